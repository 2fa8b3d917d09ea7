//! `drempel post record --url URL --platform P --kind post|discussion|blog`: a post of
//! the learner's own, placed by themselves, recorded with where it stands.

use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::contribution::{Placed, PostKind};
use crate::error::Result;
use crate::platform::Platform;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Record a post, discussion or blog post you placed
    Record {
        #[arg(long)]
        url: String,
        #[arg(long, value_enum)]
        platform: Platform,
        #[arg(long, value_enum)]
        kind: PostKind,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let Action::Record { url, platform, kind } = &args.action;
    let placed = Placed::new(url, *platform)?;
    let url = placed.url().to_owned();
    let mut journal = ctx.journal()?;
    let (before, _) = super::assess_journal(&journal, &ctx.lessons()?)?;
    journal.append(placed.post(*kind))?;
    ctx.shell.println(t!(
        "post-recorded",
        platform = platform.name(),
        url = crate::ui::sanitize_line(&url)
    ))?;
    super::announce_new_rung(ctx, &journal, before.rung)?;
    Ok(ExitCode::SUCCESS)
}
