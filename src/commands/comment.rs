//! `drempel comment [ITEM]`: write, check and record a first comment, step by step.
//! `drempel comment record --url URL --platform P [--item ITEM] [--draft FILE]`: record
//! a comment placed elsewhere, checking its draft.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use super::check::{parse_accept, read_draft};
use crate::check::{self, Policy, TextKind};
use crate::contribution::{CheckedDraft, Placed};
use crate::error::{Error, Result};
use crate::journal::AcceptedFinding;
use crate::platform::Platform;
use crate::t;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    /// The inbox item to respond to (see `drempel inbox`)
    pub item: Option<String>,

    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Record a comment you placed yourself, with where it stands
    Record {
        #[arg(long)]
        url: String,
        #[arg(long, value_enum)]
        platform: Platform,
        /// The inbox item it responds to
        #[arg(long)]
        item: Option<String>,
        /// The text you posted: it is checked, and a draft without errors is the
        /// evidence for Critic
        #[arg(long, value_name = "FILE")]
        draft: Option<PathBuf>,
        /// Keep a finding on purpose, with the reason: --accept iban="our charity's account"
        #[arg(long = "accept", value_name = "RULE=REASON", value_parser = parse_accept)]
        accept: Vec<(String, String)>,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Some(Action::Record {
            url,
            platform,
            item,
            draft,
            accept,
        }) => record(ctx, url, *platform, item.as_deref(), draft.as_ref(), accept),
        None => interactive(ctx, args.item.as_deref()),
    }
}

fn interactive(ctx: &mut Context, item: Option<&str>) -> Result<ExitCode> {
    let refusal = Error::NeedsTerminal {
        command: "drempel comment",
        alternative: "drempel comment record --url URL --platform PLATFORM --draft FILE",
    };
    super::on_terminal(ctx, refusal, |wizard| wizard.comment(item))
}

fn record(
    ctx: &mut Context,
    url: &str,
    platform: Platform,
    item: Option<&str>,
    draft: Option<&PathBuf>,
    accept: &[(String, String)],
) -> Result<ExitCode> {
    let placed = Placed::new(url, platform)?;
    let url = placed.url().to_owned();
    // An item is named by its id or a prefix; the journal keeps the full id.
    let item = match item.map(str::trim).filter(|i| !i.is_empty()) {
        Some(prefix) => Some(
            crate::feeds::inbox::Inbox::load(&ctx.learner_dir())?
                .find(prefix)?
                .id
                .clone(),
        ),
        None => None,
    };
    let mut checked = None;
    if let Some(file) = draft {
        let text = read_draft(ctx, Some(file))?;
        let policy = Policy::stored(&ctx.learner_dir())?.unwrap_or_default();
        let verdict = check::check_draft(&check::DraftCheck {
            draft: &text,
            platform,
            kind: TextKind::Comment,
            asked: ctx.global.lang.map(|l| l.code()),
            fallback: &ctx.lang()?,
            lessons_dir: ctx.global.lessons.as_deref(),
            policy: &policy,
            accepted: accept,
        })?
        .verdict;
        checked = Some(CheckedDraft {
            text,
            errors: verdict.errors().count() as u32,
        });
    }
    let errors = checked.as_ref().map(|c| c.errors);
    let accepted = accept
        .iter()
        .map(|(rule, reason)| AcceptedFinding {
            rule: rule.clone(),
            reason: reason.clone(),
        })
        .collect();
    let event = placed.comment(item, checked, accepted)?;
    let mut journal = ctx.journal()?;
    let (before, _) = super::assess_journal(&journal, &ctx.lessons()?)?;
    journal.append(event)?;
    ctx.shell.println(t!(
        "comment-recorded-at",
        platform = platform.name(),
        url = crate::ui::sanitize_line(&url)
    ))?;
    // Not warnings: the comment stands. What would make it count is said plainly.
    match errors {
        None => ctx.shell.status(t!("comment-unchecked"))?,
        Some(0) => {}
        Some(errors) => ctx.shell.status(t!("comment-had-errors", errors = errors))?,
    }
    super::announce_new_rung(ctx, &journal, before.rung)?;
    Ok(ExitCode::SUCCESS)
}
