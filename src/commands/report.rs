//! `drempel report [--format md|html|json] [--out FILE]`: the learner's journey at a
//! glance, for a one-on-one with a coach.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;
use crate::coach::html;
use crate::coach::report::Report;
use crate::error::Result;
use crate::t;

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
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    let reading = ctx.reading()?;
    let report = Report::build(
        &reading.events,
        &lessons,
        ctx.global.learner.as_str(),
        chrono::Utc::now(),
    );
    let text = match args.format {
        Format::Md => report.to_markdown(),
        Format::Html => html::report(&report),
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
