//! `drempel profile [PLATFORM] [status | done ITEM | undo ITEM | not-applicable ITEM --reason TEXT]`

use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::checklist;
use crate::error::{Error, Result};
use crate::journal::{EventBody, ItemStatus, Journal, LearnerState};
use crate::ladder::{ChecklistProgress, Rung};
use crate::lessons::{ItemKind, LessonSet};
use crate::platform::Platform;
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = false, subcommand_negates_reqs = true)]
pub struct Args {
    /// The platform; without it, an overview of all of them
    #[arg(value_enum)]
    pub platform: Option<Platform>,

    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// The platform's checklist and what is done
    Status,
    /// Mark a checklist item done
    Done { item: String },
    /// Take back a done, not applicable, postponed or declined item
    Undo { item: String },
    /// Mark an item that does not apply to you, with your reason; it counts as done
    NotApplicable {
        item: String,
        /// Why it does not apply to you, in one short line (required)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    match (args.platform, &args.action) {
        (None, None | Some(Action::Status)) => overview(ctx, &lessons)?,
        (Some(platform), None | Some(Action::Status)) => {
            let state = ctx.state()?;
            status(ctx, &lessons, &state, platform)?;
        }
        (None, Some(Action::Done { item } | Action::Undo { item } | Action::NotApplicable { item, .. })) => {
            return Err(Error::Usage(t!(
                "profile-needs-platform",
                item = sanitize_line(item)
            )));
        }
        (Some(platform), Some(Action::Done { item })) => {
            let body = checklist::done(&lessons, platform, item)?;
            let mut journal = ctx.journal()?;
            let (before, _) = super::assess_journal(&journal, &lessons)?;
            journal.append(body)?;
            let progress = progress_now(&journal, &lessons, platform)?;
            ctx.shell.println(t!(
                "profile-item-done",
                platform = platform.name(),
                item = item.as_str(),
                done = progress.done,
                total = progress.total
            ))?;
            after_marking(ctx, &journal, &progress, before.rung)?;
        }
        (Some(platform), Some(Action::NotApplicable { item, reason })) => {
            let body = checklist::not_applicable(&lessons, platform, item, reason.as_deref().unwrap_or(""))
                .map_err(|error| match error {
                Error::Usage(message) => Error::Usage(format!(
                    "{message}\n{}",
                    t!(
                        "profile-reason-example",
                        command = format!(
                            "drempel profile {} not-applicable {} --reason \"{}\"",
                            platform.as_str(),
                            sanitize_line(item),
                            t!("profile-reason-example-text")
                        )
                    )
                )),
                other => other,
            })?;
            let EventBody::ProfileItemNotApplicable(marked) = &body else {
                unreachable!("not_applicable records a not-applicable item");
            };
            let reason = marked.reason.clone();
            let mut journal = ctx.journal()?;
            let (before, _) = super::assess_journal(&journal, &lessons)?;
            journal.append(body)?;
            let progress = progress_now(&journal, &lessons, platform)?;
            ctx.shell.println(t!(
                "profile-item-not-applicable",
                platform = platform.name(),
                item = item.as_str(),
                reason = reason,
                done = progress.done,
                total = progress.total
            ))?;
            after_marking(ctx, &journal, &progress, before.rung)?;
        }
        (Some(platform), Some(Action::Undo { item })) => {
            // An unknown item is refused before the journal is opened.
            checklist::item(&lessons, platform, item)?;
            let mut journal = ctx.journal()?;
            let state = LearnerState::from_events(&journal.read()?.events);
            match checklist::undo(&lessons, &state, platform, item)? {
                None => ctx.shell.println(t!(
                    "profile-nothing-to-undo",
                    platform = platform.name(),
                    item = item.as_str()
                ))?,
                Some(body) => {
                    journal.append(body)?;
                    ctx.shell.println(t!(
                        "profile-item-undone",
                        platform = platform.name(),
                        item = item.as_str()
                    ))?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn progress_now(journal: &Journal, lessons: &LessonSet, platform: Platform) -> Result<ChecklistProgress> {
    let state = LearnerState::from_events(&journal.read()?.events);
    Ok(ChecklistProgress::of(&state, lessons, platform))
}

/// What follows marking an item: the checklist complete or the next item, and a new rung.
fn after_marking(
    ctx: &mut Context,
    journal: &Journal,
    progress: &ChecklistProgress,
    before: Rung,
) -> Result<()> {
    let platform = progress.platform;
    match &progress.next_item {
        None => ctx
            .shell
            .println(t!("profile-complete", platform = platform.name()))?,
        Some(next) => ctx.shell.println(t!(
            "profile-next-item",
            command = format!("drempel profile {} done {next}", platform.as_str())
        ))?,
    }
    super::announce_new_rung(ctx, journal, before)
}

fn overview(ctx: &mut Context, lessons: &LessonSet) -> Result<()> {
    let state = ctx.state()?;
    let p = ctx.shell.palette().clone();
    for platform in Platform::ALL {
        let progress = ChecklistProgress::of(&state, lessons, platform);
        ctx.shell.println(format!(
            "{} {}{}",
            p.check(progress.complete()),
            crate::ui::cell(platform.as_str(), 10),
            p.bar(progress.done, progress.total, 10)
        ))?;
    }
    ctx.shell.println(p.dim.apply_to(t!("profile-overview-hint")))?;
    Ok(())
}

fn status(ctx: &mut Context, lessons: &LessonSet, state: &LearnerState, platform: Platform) -> Result<()> {
    let p = ctx.shell.palette().clone();
    let progress = ChecklistProgress::of(state, lessons, platform);
    ctx.shell.println(format!(
        "{}  {}",
        p.heading.apply_to(platform.name()),
        p.bar(progress.done, progress.total, 10)
    ))?;
    for item in lessons.checklist(platform) {
        let (mark, note) = match state.item_status(platform, &item.id) {
            Some(ItemStatus::Done) => (p.check(true), String::new()),
            Some(ItemStatus::Postponed) => (p.warn.apply_to("~").to_string(), t!("profile-status-later")),
            Some(ItemStatus::Declined) => (p.dim.apply_to("-").to_string(), t!("profile-status-declined")),
            Some(ItemStatus::NotApplicable) => (
                p.check(true),
                t!(
                    "profile-status-not-applicable",
                    reason = sanitize_line(
                        state
                            .not_applicable_reason(platform, &item.id)
                            .unwrap_or_default()
                    )
                ),
            ),
            None => (p.check(false), String::new()),
        };
        let privacy = if item.kind == ItemKind::Privacy {
            t!("profile-privacy-tag")
        } else {
            String::new()
        };
        // A long label continues under itself, not under the ids.
        ctx.shell.println_hanging(
            format!(
                "  {mark} {}{}{}{}",
                crate::ui::cell(&sanitize_line(&item.id), 25),
                // The label is lesson text, drempel's own sentence in the learner's language.
                crate::messages::directed(&sanitize_line(&item.label)),
                p.dim.apply_to(privacy),
                p.dim.apply_to(note)
            ),
            29,
        )?;
    }
    if let Some(next) = &progress.next_item {
        ctx.shell.println(t!(
            "profile-next-item",
            command = format!("drempel profile {} done {next}", platform.as_str())
        ))?;
    }
    Ok(())
}
