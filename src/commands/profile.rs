//! `drempel profile [PLATFORM] [status | done ITEM | undo ITEM]`

use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::error::{Error, Result};
use crate::journal::{EventBody, ItemStatus, LearnerState, ProfileItem};
use crate::ladder::ChecklistProgress;
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
    /// Take back a done (or postponed, or declined) item
    Undo { item: String },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    match (args.platform, &args.action) {
        (None, None | Some(Action::Status)) => overview(ctx, &lessons)?,
        (Some(platform), None | Some(Action::Status)) => {
            let state = ctx.state()?;
            status(ctx, &lessons, &state, platform)?;
        }
        (None, Some(Action::Done { item } | Action::Undo { item })) => {
            return Err(Error::Usage(t!("profile-needs-platform", item = item.as_str())));
        }
        (Some(platform), Some(Action::Done { item })) => {
            valid_item(&lessons, platform, item)?;
            let mut journal = ctx.journal()?;
            let (before, _) = super::assess_journal(&journal, &lessons)?;
            journal.append(EventBody::ProfileItemDone(ProfileItem {
                platform,
                item: item.clone(),
            }))?;
            let state = LearnerState::from_events(&journal.read()?.events);
            let progress = ChecklistProgress::of(&state, &lessons, platform);
            ctx.shell.println(t!(
                "profile-item-done",
                platform = platform.name(),
                item = item.as_str(),
                done = progress.done,
                total = progress.total
            ))?;
            match &progress.next_item {
                None => ctx
                    .shell
                    .println(t!("profile-complete", platform = platform.name()))?,
                Some(next) => ctx.shell.println(t!(
                    "profile-next-item",
                    command = format!("drempel profile {} done {next}", platform.as_str())
                ))?,
            }
            super::announce_new_rung(ctx, &journal, before.rung)?;
        }
        (Some(platform), Some(Action::Undo { item })) => {
            valid_item(&lessons, platform, item)?;
            let mut journal = ctx.journal()?;
            let state = LearnerState::from_events(&journal.read()?.events);
            if state.item_status(platform, item).is_none() {
                ctx.shell.println(t!(
                    "profile-nothing-to-undo",
                    platform = platform.name(),
                    item = item.as_str()
                ))?;
            } else {
                journal.append(EventBody::ProfileItemUndone(ProfileItem {
                    platform,
                    item: item.clone(),
                }))?;
                ctx.shell.println(t!(
                    "profile-item-undone",
                    platform = platform.name(),
                    item = item.as_str()
                ))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn valid_item(lessons: &LessonSet, platform: Platform, item: &str) -> Result<()> {
    if lessons.item(platform, item).is_some() {
        return Ok(());
    }
    Err(Error::UnknownItem {
        platform: platform.as_str().to_owned(),
        item: crate::ui::sanitize_line(item),
        valid: lessons.checklist(platform).map(|i| i.id.clone()).collect(),
    })
}

fn overview(ctx: &mut Context, lessons: &LessonSet) -> Result<()> {
    let state = ctx.state()?;
    let p = ctx.shell.palette().clone();
    for platform in Platform::ALL {
        let progress = ChecklistProgress::of(&state, lessons, platform);
        ctx.shell.println(format!(
            "{} {:<9} {}",
            p.check(progress.complete()),
            platform.as_str(),
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
            None => (p.check(false), String::new()),
        };
        let privacy = if item.kind == ItemKind::Privacy {
            t!("profile-privacy-tag")
        } else {
            String::new()
        };
        ctx.shell.println(format!(
            "  {mark} {:<24} {}{}{}",
            sanitize_line(&item.id),
            sanitize_line(&item.label),
            p.dim.apply_to(privacy),
            p.dim.apply_to(note)
        ))?;
    }
    if let Some(next) = &progress.next_item {
        ctx.shell.println(t!(
            "profile-next-item",
            command = format!("drempel profile {} done {next}", platform.as_str())
        ))?;
    }
    Ok(())
}
