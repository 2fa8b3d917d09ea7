//! `drempel post record --url URL --platform P --kind post|discussion|blog`: a post of
//! the learner's own, placed by themselves, recorded with where it stands.

use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};

use super::Context;
use crate::communities::validate_url;
use crate::error::Result;
use crate::journal::{Contribution, EventBody};
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PostKind {
    Post,
    Discussion,
    Blog,
}

impl PostKind {
    fn as_str(self) -> &'static str {
        match self {
            PostKind::Post => "post",
            PostKind::Discussion => "discussion",
            PostKind::Blog => "blog",
        }
    }
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let Action::Record { url, platform, kind } = &args.action;
    let url = validate_url(url)?;
    let mut journal = ctx.journal()?;
    let (before, _) = super::assess_journal(&journal, &ctx.lessons()?)?;
    journal.append(EventBody::PostRecorded(Contribution {
        url: url.clone(),
        platform: *platform,
        kind: Some(kind.as_str().to_owned()),
        item: None,
        draft: None,
        check_errors: None,
        accepted: Vec::new(),
    }))?;
    ctx.shell.println(t!(
        "post-recorded",
        platform = platform.name(),
        url = crate::ui::sanitize_line(&url)
    ))?;
    super::announce_new_rung(ctx, &journal, before.rung)?;
    Ok(ExitCode::SUCCESS)
}
