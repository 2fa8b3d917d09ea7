//! Step 8: the ladder and what was done today, then the learner's own next step — a
//! contribution by a date (or the post they placed already, recorded), a weekly habit of
//! ten minutes, and whether it goes to their next one-on-one (with the export to bring).
//!
//! Plans are made by the same action as `drempel plan add`, the post is recorded as
//! `drempel post record` does, the export is the one `drempel export` writes and the
//! calendar the one of `drempel plan calendar`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Answer, StepEnd, TextQuestion, Wizard, given};
use crate::coach::export::Export;
use crate::contribution::{Placed, PostKind};
use crate::error::Result;
use crate::feeds::inbox::Inbox;
use crate::files::{self, Target};
use crate::journal::{Decision, EventBody};
use crate::plan::{self, Owner, Weekday, calendar, due};
use crate::platform::Platform;
use crate::t;
use crate::ui::{Voice, ladder_view, plan_view, sanitize_line};

/// At most this many communities, blog items and notes are offered as a next step.
const OFFERED: usize = 3;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let assessment = wizard.assessment();
    let view = ladder_view::render_as(
        &wizard.palette,
        &assessment,
        wizard.state.name(),
        Voice::Wizard(&wizard.lessons),
    );
    wizard.say(view.trim_end())?;

    super::recap::show(wizard)?;

    let parts: [fn(&mut Wizard<'_>) -> Result<StepEnd>; 4] = [contribution, habit, calendar_file, one_on_one];
    for part in parts {
        if let StepEnd::Quit(quit) = part(wizard)? {
            return Ok(StepEnd::Quit(quit));
        }
    }

    let today = today();
    let plans = plan::of(&wizard.state, Owner::Learner, today);
    let refs: Vec<&plan::Plan> = plans.iter().collect();
    let summary = plan_view::open_bullets(&wizard.palette, &t!("plan-list-yours"), &refs);
    if !summary.is_empty() {
        wizard.say(summary.trim_end())?;
    }
    let tomorrow = wizard.palette.dim.apply_to(t!("next-tomorrow")).to_string();
    wizard.say(&format!("\n{tomorrow}"))?;
    Ok(StepEnd::Done)
}

fn today() -> NaiveDate {
    crate::coach::local_date(chrono::Utc::now())
}

/// What the learner can choose as their next contribution.
enum Choice {
    /// Keep the open plan with a date they have.
    Keep,
    /// A suggestion from their own journal, as the plan's text.
    Suggested(String),
    /// Their own words.
    Own,
    /// They placed a post of their own already: record it.
    RecordPost,
    NotNow,
}

fn contribution(wizard: &mut Wizard) -> Result<StepEnd> {
    let today = today();
    let mut options: Vec<(Choice, String)> = Vec::new();
    let open_dated = plan::of(&wizard.state, Owner::Learner, today)
        .into_iter()
        .find(|p| p.is_open() && p.due.is_some());
    if let Some(plan) = &open_dated {
        options.push((
            Choice::Keep,
            t!(
                "next-plan-keep",
                text = sanitize_line(&plan.text),
                date = plan.when()
            ),
        ));
    }
    for suggestion in suggestions(wizard)? {
        let label = suggestion.clone();
        options.push((Choice::Suggested(suggestion), label));
    }
    options.push((Choice::Own, t!("next-plan-own")));
    options.push((Choice::RecordPost, t!("next-plan-record-post")));
    options.push((Choice::NotNow, t!("next-plan-not-now")));
    let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
    let help = t!("next-plan-help");
    let chosen = given!(
        wizard
            .prompter
            .select(&t!("next-plan-question"), &labels, 0, Some(&help))
    );
    let initial = match options.swap_remove(chosen).0 {
        Choice::Keep | Choice::NotNow => return Ok(StepEnd::Done),
        Choice::RecordPost => return record_post(wizard),
        Choice::Suggested(text) => text,
        Choice::Own => String::new(),
    };
    let prompt = t!("next-plan-text");
    let one_line = |text: &str| plan::one_line(text).map(|_| ()).map_err(|e| e.to_string());
    let question = TextQuestion::new(&prompt)
        .initial(Some(&initial))
        .check(&one_line);
    let text = given!(wizard.prompter.text(&question));
    let due = given!(ask_due(wizard, today));
    wizard.record(plan::add(&text, Some(due), None)?)?;
    let line = t!("next-plan-saved", date = due.to_string());
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}

/// Next steps offered from the learner's own journal: a discussion in a community they
/// joined, a blog post from an item they kept for one, something they noted while reading.
pub(super) fn suggestions(wizard: &Wizard) -> Result<Vec<String>> {
    let mut offered = Vec::new();
    for community in wizard.state.communities.iter().take(OFFERED) {
        offered.push(t!(
            "next-plan-discussion",
            name = sanitize_line(&community.name),
            platform = community.platform.name()
        ));
    }
    let blog: Vec<&String> = wizard
        .state
        .triage
        .iter()
        .filter(|(_, decision)| **decision == Decision::Blog)
        .map(|(item, _)| item)
        .collect();
    if !blog.is_empty() {
        let inbox = Inbox::load(&wizard.learner_dir())?;
        for item in blog.into_iter().take(OFFERED) {
            if let Some(found) = inbox.items().iter().find(|i| &i.id == item) {
                offered.push(t!("next-plan-blog", title = sanitize_line(&found.title)));
            }
        }
    }
    // What the learner noted about items they kept: something they learned.
    let mut notes: Vec<String> = Vec::new();
    for event in wizard.journal.read()?.events.iter().rev() {
        if let EventBody::ItemTriaged {
            item,
            decision,
            note: Some(note),
        } = &event.body
            && decision.keeps()
            && wizard.state.triage.get(item) == Some(decision)
            && !note.trim().is_empty()
            && !notes.contains(note)
        {
            notes.push(note.clone());
        }
    }
    for note in notes.into_iter().take(OFFERED) {
        offered.push(t!("next-plan-learned", note = sanitize_line(&note)));
    }
    Ok(offered)
}

/// "By when?", read the way `drempel plan add --due` reads it; a day in the past is
/// refused, as a plan is for what comes.
pub(super) fn ask_due(wizard: &mut Wizard, today: NaiveDate) -> Result<Answer<NaiveDate>> {
    let prompt = t!("next-plan-due");
    let example = due::example(today);
    let help = t!("next-plan-due-help", example = example.as_str());
    let future = |text: &str| match due::parse(text, today) {
        Ok(date) if date < today => Err(t!("next-plan-due-past")),
        Ok(_) => Ok(()),
        Err(reason) => Err(reason),
    };
    let question = TextQuestion::new(&prompt)
        .help(&help)
        .suggested(&example)
        .check(&future);
    Ok(match wizard.prompter.text(&question)? {
        Answer::Given(text) => Answer::Given(due::parse(&text, today).unwrap_or(today)),
        Answer::Quit(quit) => Answer::Quit(quit),
    })
}

/// Records a post the learner placed, as `drempel post record` does; a new rung is
/// announced at once.
fn record_post(wizard: &mut Wizard) -> Result<StepEnd> {
    let mut platforms = wizard.state.platforms_in_use();
    platforms.extend(
        Platform::ALL
            .iter()
            .filter(|p| !platforms.contains(p))
            .collect::<Vec<_>>(),
    );
    let labels: Vec<String> = platforms.iter().map(|p| p.name().to_owned()).collect();
    let platform = platforms[given!(
        wizard
            .prompter
            .select(&t!("next-post-platform"), &labels, 0, None)
    )];
    let kinds = [
        (PostKind::Discussion, t!("next-post-kind-discussion")),
        (PostKind::Post, t!("next-post-kind-post")),
        (PostKind::Blog, t!("next-post-kind-blog")),
    ];
    let labels: Vec<String> = kinds.iter().map(|(_, l)| l.clone()).collect();
    let kind = kinds[given!(wizard.prompter.select(&t!("next-post-kind"), &labels, 0, None))].0;
    let prompt = t!("next-post-url");
    let help = t!("comment-url-help");
    let web_address = |url: &str| Placed::new(url, platform).map(|_| ()).map_err(|e| e.to_string());
    let question = TextQuestion::new(&prompt).help(&help).check(&web_address);
    let placed = Placed::new(&given!(wizard.prompter.text(&question)), platform)?;
    let climb = wizard.record_quietly(placed.post(kind))?;
    let line = t!("next-post-recorded", platform = platform.name());
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    wizard.announce(climb)?;
    Ok(StepEnd::Done)
}

/// The weekly habit: a day of the week, ten minutes.
fn habit(wizard: &mut Wizard) -> Result<StepEnd> {
    let today = today();
    let current: Vec<plan::Plan> = plan::of(&wizard.state, Owner::Learner, today)
        .into_iter()
        .filter(|p| p.is_open() && p.every.is_some())
        .collect();
    wizard.say(&t!("next-habit-intro"))?;
    let mut options: Vec<(Option<Option<Weekday>>, String)> = Vec::new();
    if let Some(habit) = current.first() {
        options.push((None, t!("next-habit-keep", when = habit.when())));
    }
    for day in Weekday::week_of(crate::messages::language()) {
        options.push((Some(Some(day)), day.name()));
    }
    options.push((Some(None), t!("next-habit-none")));
    let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
    let chosen = given!(
        wizard
            .prompter
            .select(&t!("next-habit-question"), &labels, 0, None)
    );
    let Some(Some(day)) = options[chosen].0 else {
        return Ok(StepEnd::Done);
    };
    // One weekly habit: a new day replaces the old one.
    for old in &current {
        if let Some(event) = plan::change(old, plan::Change::Remove) {
            wizard.record(event)?;
        }
    }
    wizard.record(plan::add(&t!("next-habit-text"), None, Some(day))?)?;
    let line = t!("next-habit-saved", day = day.name());
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}

/// Offers the plans as a calendar file, the one `drempel plan calendar` writes.
fn calendar_file(wizard: &mut Wizard) -> Result<StepEnd> {
    let plans = plan::all(&wizard.state, today());
    let events = calendar::event_count(&plans);
    if events == 0 {
        return Ok(StepEnd::Done);
    }
    let options = [t!("next-calendar-yes"), t!("next-calendar-no")];
    let help = t!("next-calendar-help");
    if given!(
        wizard
            .prompter
            .select(&t!("next-calendar-question"), &options, 0, Some(&help))
    ) == 1
    {
        return Ok(StepEnd::Done);
    }
    let path = given!(ask_path(wizard, "drempel-plans.ics"));
    let ics = calendar::ics(&plans, chrono::Utc::now());
    files::write_out(&path, ics.as_bytes(), false)?;
    let line = t!(
        "next-calendar-written",
        path = path.display().to_string(),
        count = events
    );
    wizard.say(&wizard.palette.good.apply_to(line).to_string())?;
    Ok(StepEnd::Done)
}

/// Whether the plan goes to the next one-on-one; if so, a plan to remember it and the
/// export to bring, written the way `drempel export` writes it.
fn one_on_one(wizard: &mut Wizard) -> Result<StepEnd> {
    let options = [t!("next-one-on-one-yes"), t!("next-one-on-one-no")];
    let help = t!("next-one-on-one-help");
    if given!(
        wizard
            .prompter
            .select(&t!("next-one-on-one-question"), &options, 0, Some(&help))
    ) == 1
    {
        return Ok(StepEnd::Done);
    }
    let reminder = t!("next-one-on-one-plan");
    let today = today();
    let reminded = plan::of(&wizard.state, Owner::Learner, today)
        .iter()
        .any(|p| p.is_open() && p.text == reminder);
    if !reminded {
        wizard.record(plan::add(&reminder, None, None)?)?;
    }
    let options = [t!("next-export-yes"), t!("next-export-no")];
    let help = t!("next-export-help");
    if given!(
        wizard
            .prompter
            .select(&t!("next-export-question"), &options, 0, Some(&help))
    ) == 1
    {
        return Ok(StepEnd::Done);
    }
    let events = wizard.journal.read()?.events;
    let export = Export::of_learner(
        &wizard.learner_dir(),
        &events,
        &wizard.lessons,
        chrono::Utc::now(),
        false,
    );
    let learner = wizard
        .learner_dir()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = given!(ask_path(wizard, &export.file_name(&learner)));
    files::write_out(&path, export.to_json().as_bytes(), false)?;
    let line = t!("export-written", path = path.display().to_string());
    wizard.say(&wizard.palette.good.apply_to(line).to_string())?;
    Ok(StepEnd::Done)
}

/// Where to write a file, `suggested` (in the current folder) to begin with; a folder
/// gets the suggested name inside it. Only a new, ordinary file is accepted, so nothing
/// the learner has is replaced.
fn ask_path(wizard: &mut Wizard, suggested: &str) -> Result<Answer<PathBuf>> {
    let destination = |text: &str| {
        let path = PathBuf::from(text.trim());
        if path.is_dir() { path.join(suggested) } else { path }
    };
    let writable = |text: &str| {
        if text.trim().is_empty() {
            return Err(t!("next-path-needed"));
        }
        let path = destination(text);
        match files::out_target(&path) {
            Ok(Target::New) => Ok(()),
            Ok(Target::Existing) => Err(t!("next-path-exists", path = shown(&path))),
            Err(err) => Err(err.to_string()),
        }
    };
    let prompt = t!("next-path");
    let question = TextQuestion::new(&prompt).suggested(suggested).check(&writable);
    Ok(match wizard.prompter.text(&question)? {
        Answer::Given(text) => Answer::Given(destination(&text)),
        Answer::Quit(quit) => Answer::Quit(quit),
    })
}

fn shown(path: &Path) -> String {
    sanitize_line(&path.display().to_string())
}
