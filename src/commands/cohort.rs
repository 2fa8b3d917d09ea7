//! `drempel cohort PATH… [--format table|md|html|json] [--names] [--since DATE] [--out FILE]`:
//! what a training group achieved, from the exports its learners handed in.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::Context;
use super::report::ensure_newline;
use crate::coach::{cohort, parse_date};
use crate::error::{Error, Result};
use crate::t;
use crate::ui::{Palette, sanitize_line};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For the terminal
    #[default]
    Table,
    /// Markdown
    Md,
    /// One self-contained page in large type, for the projector
    Html,
    /// Machine-readable (stable)
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Export files, or folders to search for *.json exports
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Show each learner by name (ask the group first: a per-person view needs consent)
    #[arg(long)]
    pub names: bool,

    /// Count who moved up since this day (YYYY-MM-DD) [default: the day of the newest export]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,

    /// Write to this file (replaced atomically) instead of the terminal
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Replace the --out file if it exists already, without asking
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let loaded = cohort::load(&args.paths);
    // Without --names a file is "file 3 of 22": export file names hold learners' names,
    // and this screen may be the one on the projector.
    let name_of = |skipped: &cohort::Skipped| {
        let file = t!("cohort-file", number = skipped.number, total = loaded.total);
        if args.names {
            format!("{file} ({})", sanitize_line(&skipped.path.display().to_string()))
        } else {
            file
        }
    };
    if loaded.files == 0 {
        for skipped in &loaded.skipped {
            ctx.shell.warn(t!(
                "cohort-skipped-one",
                file = name_of(skipped),
                reason = skipped.reason.to_string()
            ))?;
        }
        return Err(Error::Usage(t!(
            "cohort-nothing-found",
            paths = args
                .paths
                .iter()
                .map(|p| sanitize_line(&p.display().to_string()))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let summary = cohort::summarise(&loaded, args.since, args.names);
    // The table lists skipped files itself; other formats may go to a file or a
    // browser, so the person at the keyboard hears about them here too.
    if args.format != Format::Table || args.out.is_some() {
        for skipped in &loaded.skipped {
            ctx.shell.warn(t!(
                "cohort-skipped-one",
                file = name_of(skipped),
                reason = skipped.reason.to_string()
            ))?;
        }
    }
    let plain = Palette::new(false);
    let text = match args.format {
        Format::Table => summary.to_table(if args.out.is_some() {
            &plain
        } else {
            ctx.shell.palette()
        }),
        Format::Md => summary.to_markdown(),
        Format::Html => summary.to_html(),
        Format::Json => summary.to_json(),
    };
    match &args.out {
        Some(path) => {
            if super::out::write(ctx, path, text.as_bytes(), args.force)? {
                ctx.shell
                    .status(t!("report-written", path = path.display().to_string()))?;
            }
        }
        None => write!(ctx.shell.out(), "{}", ensure_newline(text))?,
    }
    if loaded.entries.is_empty() {
        ctx.shell.warn(t!("cohort-none-readable"))?;
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}
