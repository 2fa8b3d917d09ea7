//! `drempel export [--out FILE] [--include-drafts] [--yes] [--force]`: one JSON
//! document to hand to a coach or trainer.
//!
//! The learner first sees what goes in (on stderr). On a terminal drempel then asks
//! before writing. Without a terminal, naming the destination (`--out`) or `--yes`
//! is the consent: scripts say where the file goes, so nothing is written by surprise.
//! Without `--out` (or with `--out FOLDER`) the file lands in that folder under a name
//! that stays unique in a trainer's collection; `--out -` writes to stdout. A file
//! there already is replaced only with `--force` or a yes on the terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;
use crate::coach::export::Export;
use crate::error::{Error, Result};
use crate::files::{self, Target};
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write it: a file, a folder, or `-` for stdout [default: ./drempel-export-NAME-ID.json]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Also include drafts, private notes, keywords, feed addresses and the items kept
    #[arg(long)]
    pub include_drafts: bool,

    /// Do not ask first
    #[arg(long)]
    pub yes: bool,

    /// Replace the file if it exists already, without asking
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    let reading = ctx.reading()?;
    let export = Export::of_learner(
        &ctx.learner_dir(),
        &reading.events,
        &lessons,
        chrono::Utc::now(),
        args.include_drafts,
    );
    let to_stdout = args.out.as_deref().is_some_and(|p| p.as_os_str() == "-");
    let path = match &args.out {
        // A folder (a shared one, a USB stick): the usual file name inside it.
        Some(dir) if dir.is_dir() => dir.join(export.file_name(ctx.global.learner.as_str())),
        Some(path) if !to_stdout => path.clone(),
        Some(_) => PathBuf::from("-"),
        None => PathBuf::from(export.file_name(ctx.global.learner.as_str())),
    };

    if !args.yes && args.out.is_none() && !ctx.shell.is_interactive() {
        return Err(Error::NeedsTerminal {
            command: "drempel export",
            alternative: "drempel export --yes (or --out FILE)",
        });
    }
    // A link, pipe or device is refused before anything is shown; an existing file
    // needs --force, or a yes on the terminal.
    let exists = !to_stdout && files::out_target(&path)? == Target::Existing;
    if exists && !args.force && !ctx.shell.is_interactive() {
        return Err(Error::OutExists { path });
    }
    show_summary(ctx, &export, args.include_drafts)?;
    if exists && !args.force {
        // One question: replacing the file is also the consent to write it.
        if !super::out::may_replace(ctx, &path)? {
            return Ok(ExitCode::SUCCESS);
        }
    } else if !args.yes && ctx.shell.is_interactive() && !to_stdout {
        let question = t!("export-question", path = path.display().to_string());
        match crate::ui::confirm::ask(&question, true, None)? {
            Some(true) => {}
            Some(false) | None => {
                ctx.shell.status(t!("export-cancelled"))?;
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let json = export.to_json();
    if to_stdout {
        write!(ctx.shell.out(), "{json}")?;
    } else {
        files::write_out(&path, json.as_bytes(), exists)?;
        ctx.shell
            .status(t!("export-written", path = path.display().to_string()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What goes in, and what stays out, in plain words.
fn show_summary(ctx: &mut Context, export: &Export, include_drafts: bool) -> Result<()> {
    let p = ctx.shell.err_palette().clone();
    ctx.shell.status(p.heading.apply_to(t!("export-summary-title")))?;
    let name = export
        .learner
        .name
        .as_deref()
        .map(sanitize_line)
        .unwrap_or_else(|| t!("export-no-name"));
    let reached = export.timeline.iter().filter(|r| r.reached_at.is_some()).count();
    let counts = &export.counts;
    let role: Vec<String> = [&export.learner.role, &export.learner.organisation]
        .into_iter()
        .flatten()
        .filter(|t| !t.trim().is_empty())
        .map(|t| sanitize_line(t))
        .collect();
    let mut lines = vec![t!("export-summary-name", name = name)];
    if !role.is_empty() {
        lines.push(t!("export-summary-role", role = role.join(", ")));
    }
    lines.extend([
        t!(
            "export-summary-rung",
            rung = export.rung.name(),
            reached = reached
        ),
        t!(
            "export-summary-steps",
            done = export.steps_done,
            total = export.steps.len()
        ),
        t!(
            "export-summary-counts",
            items = counts.profile_items_done,
            keywords = counts.keywords,
            feeds = counts.feeds,
            scans = counts.scans,
            triaged = counts.triaged
        ),
        t!(
            "export-summary-public",
            communities = counts.communities,
            comments = counts.comments,
            posts = counts.posts
        ),
        t!("export-summary-plans", plans = export.plans.len()),
    ]);
    // Broken between words at the terminal's width, each bullet's lines under its text.
    let width = ctx.shell.width().saturating_sub(1).max(40);
    let bullet = |text: &str| {
        let options = textwrap::Options::new(width)
            .initial_indent("  • ")
            .subsequent_indent("    ")
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        crate::ui::wrap(text, options).join("\n")
    };
    for line in lines {
        ctx.shell.status(bullet(&line))?;
    }
    match &export.private {
        Some(private) => ctx.shell.status(
            p.warn
                .apply_to(bullet(&t!(
                    "export-summary-private",
                    drafts = private.profile_drafts.len() + private.comment_drafts.len(),
                    notes = private.triage_notes.len() + private.coach_notes.len(),
                    kept = export.kept.len()
                )))
                .to_string(),
        )?,
        None if include_drafts => {}
        None => {
            let options = textwrap::Options::new(width)
                .initial_indent("  ")
                .subsequent_indent("  ")
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            let text = crate::ui::wrap(&t!("export-summary-left-out"), options).join("\n");
            ctx.shell.status(p.dim.apply_to(text).to_string())?
        }
    }
    Ok(())
}
