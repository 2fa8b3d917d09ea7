//! The last step for today: the ladder, what was achieved in this session, the one next
//! action, and how to carry on tomorrow.

use super::{StepEnd, Wizard};
use crate::error::Result;
use crate::journal::EventBody;
use crate::t;
use crate::ui::{Voice, ladder_view};

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let assessment = wizard.assessment();
    let view = ladder_view::render_as(
        &wizard.palette,
        &assessment,
        wizard.state.name(),
        Voice::Wizard(&wizard.lessons),
    );
    wizard.say(view.trim_end())?;

    let achieved = achieved_today(&wizard.recorded);
    if !achieved.is_empty() {
        let heading = wizard.palette.heading.apply_to(t!("next-today")).to_string();
        let lines: Vec<String> = achieved
            .iter()
            .map(|line| format!("  {} {line}", wizard.palette.check(true)))
            .collect();
        wizard.say(&format!("\n{heading}\n{}", lines.join("\n")))?;
    }
    let tomorrow = wizard.palette.dim.apply_to(t!("next-tomorrow")).to_string();
    wizard.say(&format!("\n{tomorrow}"))?;
    Ok(StepEnd::Done)
}

/// One line per kind of thing done in this session, counted.
fn achieved_today(recorded: &[EventBody]) -> Vec<String> {
    let (mut welcomed, mut strategy, mut done, mut later, mut drafts, mut communities) =
        (false, false, 0, 0, 0, 0);
    let mut not_applicable = 0;
    let (mut keywords, mut feeds, mut scans, mut comments) = (0, 0, 0, 0);
    let mut triaged = std::collections::BTreeSet::new();
    for body in recorded {
        match body {
            EventBody::Welcomed(_) => welcomed = true,
            EventBody::StrategySet(_) => strategy = true,
            EventBody::ProfileItemDone(_) => done += 1,
            EventBody::ProfileItemPostponed(_) => later += 1,
            EventBody::ProfileItemNotApplicable(_) => not_applicable += 1,
            EventBody::ProfileDraft(_) => drafts += 1,
            EventBody::CommunityJoined(_) => communities += 1,
            EventBody::KeywordAdded { .. } => keywords += 1,
            EventBody::FeedAdded { .. } => feeds += 1,
            EventBody::ScanCompleted { .. } => scans += 1,
            EventBody::ItemTriaged { item, .. } => {
                triaged.insert(item.clone());
            }
            EventBody::CommentRecorded(_) => comments += 1,
            _ => {}
        }
    }
    let mut lines = Vec::new();
    if welcomed {
        lines.push(t!("today-welcomed"));
    }
    if strategy {
        lines.push(t!("today-strategy"));
    }
    if done > 0 {
        lines.push(t!("today-items-done", count = done));
    }
    if not_applicable > 0 {
        lines.push(t!("today-items-not-applicable", count = not_applicable));
    }
    if drafts > 0 {
        lines.push(t!("today-drafts", count = drafts));
    }
    if keywords > 0 {
        lines.push(t!("today-keywords", count = keywords));
    }
    if feeds > 0 {
        lines.push(t!("today-feeds", count = feeds));
    }
    if scans > 0 {
        lines.push(t!("today-scans"));
    }
    if !triaged.is_empty() {
        lines.push(t!("today-triaged", count = triaged.len()));
    }
    if comments > 0 {
        lines.push(t!("today-comment"));
    }
    if communities > 0 {
        lines.push(t!("today-communities", count = communities));
    }
    if later > 0 {
        lines.push(t!("today-items-later", count = later));
    }
    lines
}
