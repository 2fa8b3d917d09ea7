//! `drempel report [--format md|html|json] [--out FILE] [--include-drafts] [--from EXPORT]`:
//! the coach's review — the learner's journey at a glance and what to talk about — from
//! the learner's journal, or from the export they mailed.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;
use crate::coach::received;
use crate::coach::report::{Report, Sources, html};
use crate::error::{Error, Result};
use crate::feeds::inbox::Inbox;
use crate::t;
use crate::ui::sanitize_line;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, for notes and wikis
    #[default]
    Md,
    /// One self-contained page to open, print or project
    Html,
    /// Machine-readable (stable)
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,

    /// Write to this file (replaced atomically) instead of the terminal
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Replace the --out file if it exists already, without asking
    #[arg(long)]
    pub force: bool,

    /// Also show the learner's notes on the items they kept
    #[arg(long)]
    pub include_drafts: bool,

    /// Make the report from an export a learner handed in (`drempel export`) instead of a journal
    #[arg(long, value_name = "EXPORT")]
    pub from: Option<PathBuf>,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    let now = chrono::Utc::now();
    let report = match &args.from {
        Some(path) => {
            let export = received::read_export(path).map_err(|reason| {
                Error::Usage(t!(
                    "report-from-bad",
                    path = sanitize_line(&path.display().to_string()),
                    reason = reason.to_string()
                ))
            })?;
            Report::from_export(export, &lessons, now)
        }
        None => {
            let reading = ctx.reading()?;
            // The inbox only names the kept items; without it they show by their ids.
            let inbox = Inbox::load(&ctx.learner_dir()).ok();
            let sources = Sources {
                lessons: &lessons,
                inbox: inbox.as_ref(),
                learner: ctx.global.learner.as_str(),
                private: args.include_drafts,
                now,
            };
            Report::build(&reading.events, &sources)
        }
    };
    let text = match args.format {
        Format::Md => report.to_markdown(),
        Format::Html => html::render(&report),
        Format::Json => report.to_json(),
    };
    match &args.out {
        Some(path) => {
            if !super::out::write(ctx, path, text.as_bytes(), args.force)? {
                return Ok(ExitCode::SUCCESS);
            }
            ctx.shell
                .status(t!("report-written", path = path.display().to_string()))?;
        }
        None => write!(ctx.shell.out(), "{}", ensure_newline(text))?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn ensure_newline(mut text: String) -> String {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}
