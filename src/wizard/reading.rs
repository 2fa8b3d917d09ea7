//! Step 5, and `drempel triage`: reading together. New matches one at a time, and the
//! learner decides what each deserves. Items marked "respond" are what a first comment
//! can answer.

use super::comment::Target;
use super::{StepEnd, Wizard, given};
use crate::error::Result;
use crate::feeds::inbox::{Inbox, InboxItem, rank};
use crate::journal::{Decision, EventBody};
use crate::step::Step;
use crate::t;
use crate::ui::{highlight::highlight, sanitize, sanitize_line};

/// The decisions, in the order they are offered.
pub(crate) const DECISIONS: [Decision; 6] = [
    Decision::Skip,
    Decision::Later,
    Decision::Blog,
    Decision::Newsletter,
    Decision::Respond,
    Decision::Share,
];

pub fn decision_label(decision: Decision) -> String {
    match decision {
        Decision::Skip => t!("decision-skip"),
        Decision::Later => t!("decision-later"),
        Decision::Blog => t!("decision-blog"),
        Decision::Newsletter => t!("decision-newsletter"),
        Decision::Respond => t!("decision-respond"),
        Decision::Share => t!("decision-share"),
    }
}

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let (inbox, items) = waiting(wizard)?;
    if items.is_empty() {
        wizard.say(&t!("reading-nothing-new"))?;
        // Nothing was read, so the step is not walked: the next session comes back here.
        return Ok(StepEnd::Skipped);
    }
    decide(wizard, inbox, items, &|wizard| {
        crate::ui::ladder_view::orientation(&wizard.palette, Step::Reading, wizard.assessment().rung)
    })
}

/// The inbox, and its items waiting for a decision, best first.
pub(super) fn waiting(wizard: &Wizard) -> Result<(Inbox, Vec<InboxItem>)> {
    let dir = wizard.learner_dir();
    let mut inbox = Inbox::load(&dir)?;
    if inbox.sync_with(&wizard.state) {
        inbox.save(&dir)?;
    }
    let items: Vec<InboxItem> = {
        let mut new = inbox.new_items();
        rank(&mut new);
        new.into_iter().cloned().collect()
    };
    Ok((inbox, items))
}

/// The items one at a time, each under the line `heading` draws (where the learner
/// is), until the learner stops; every decision is written the moment it is made.
pub(super) fn decide(
    wizard: &mut Wizard,
    mut inbox: Inbox,
    items: Vec<InboxItem>,
    heading: &dyn Fn(&Wizard) -> String,
) -> Result<StepEnd> {
    let dir = wizard.learner_dir();
    let total = items.len();
    let mut decided = 0;
    for (index, item) in items.into_iter().enumerate() {
        wizard.say("")?;
        let line = heading(wizard);
        wizard.say(&line)?;
        let position = t!("reading-position", number = index + 1, total = total);
        wizard.say(&format!(
            "{}\n{}",
            wizard.palette.dim.apply_to(position),
            show(wizard, &item)
        ))?;
        let mut labels: Vec<String> = DECISIONS.iter().map(|d| decision_label(*d)).collect();
        labels.push(t!("reading-stop"));
        let help = t!("reading-help");
        let choice = given!(
            wizard
                .prompter
                .select(&t!("reading-question"), &labels, 0, Some(&help))
        );
        let Some(decision) = DECISIONS.get(choice).copied() else {
            break;
        };
        // The decision is written before the note is asked, so a break at the note
        // keeps it; a note then comes as the same decision again, with the note.
        wizard.record(EventBody::ItemTriaged {
            item: item.id.clone(),
            decision,
            note: None,
        })?;
        inbox.mark_triaged(&item.id);
        inbox.save(&dir)?;
        decided += 1;
        if decision.keeps()
            && let Some(note) =
                given!(wizard.optional_text(&t!("reading-note"), &t!("welcome-optional"), None))
        {
            wizard.record(EventBody::ItemTriaged {
                item: item.id.clone(),
                decision,
                note: Some(note),
            })?;
        }
    }
    let kept = wizard.state.triage.values().filter(|d| d.keeps()).count();
    wizard.say(&t!(
        "reading-summary",
        decided = decided,
        kept = kept,
        total = wizard.state.triage.len()
    ))?;
    Ok(StepEnd::Done)
}

/// One item as the learner reads it: title, source and date, the snippet with the
/// matched keywords marked, the link.
pub(crate) fn show(wizard: &Wizard, item: &InboxItem) -> String {
    let p = &wizard.palette;
    let ranges = |field: crate::feeds::inbox::Field| -> Vec<(usize, usize)> {
        item.hits
            .iter()
            .filter(|h| h.field == field)
            .map(|h| (h.start, h.end))
            .collect()
    };
    let mark = |s: &str| {
        if p.styled {
            p.accent.apply_to(s).to_string()
        } else {
            format!("[{s}]")
        }
    };
    let title = highlight(&item.title, &ranges(crate::feeds::inbox::Field::Title), mark);
    let date = item
        .published
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let snippet: String = item.summary.chars().take(400).collect();
    let summary = highlight(&snippet, &ranges(crate::feeds::inbox::Field::Summary), mark);
    let keywords = t!(
        "reading-matched",
        keywords = sanitize_line(&item.keywords.join(", "))
    );
    let mut out = format!(
        "{}\n{}\n{}\n{}",
        p.heading.apply_to(title),
        p.dim
            .apply_to(format!("{} · {date}", sanitize_line(&item.source))),
        summary,
        p.dim.apply_to(keywords)
    );
    if let Some(link) = &item.link {
        out.push_str(&format!("\n{}", p.command.apply_to(sanitize(link))));
    }
    out
}

/// The items the learner decided to respond to, with their titles from the inbox.
pub(super) fn respond_targets(wizard: &Wizard) -> Result<Vec<Target>> {
    let inbox = Inbox::load(&wizard.learner_dir())?;
    Ok(wizard
        .state
        .triage
        .iter()
        .filter(|(_, decision)| **decision == Decision::Respond)
        .filter(|(item, _)| {
            !wizard
                .state
                .comments
                .iter()
                .any(|c| c.item.as_ref() == Some(*item))
        })
        .map(|(item, _)| {
            let found = inbox.items().iter().find(|i| &i.id == item);
            Target {
                item: Some(item.clone()),
                label: found.map_or_else(
                    || item.clone(),
                    |i| {
                        t!(
                            "comment-target-item",
                            title = sanitize_line(&i.title),
                            source = sanitize_line(&i.source)
                        )
                    },
                ),
                platform: None,
            }
        })
        .collect())
}

/// The target for `drempel comment ITEM`: an item the learner marked "respond".
pub(super) fn target(wizard: &Wizard, item: &str) -> Result<Target> {
    let inbox = Inbox::load(&wizard.learner_dir())?;
    let id = inbox.find(item)?.id.clone();
    respond_targets(wizard)?
        .into_iter()
        .find(|t| t.item.as_deref() == Some(id.as_str()))
        .ok_or_else(|| crate::Error::Usage(t!("comment-unknown-item", item = sanitize_line(item))))
}
