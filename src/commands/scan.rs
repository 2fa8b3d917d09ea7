//! `drempel scan [--json]`: fetch every feed, match the keywords, fill the inbox.

use std::process::ExitCode;
use std::time::Duration;

use super::Context;
use crate::error::Result;
use crate::feeds::fetch::FetchOptions;
use crate::feeds::inbox::InboxItem;
use crate::feeds::scan::{Scan, ScanSettings};
use crate::t;
use crate::ui::Voice;
use crate::ui::scan_view::{print_summary, scan_with_progress};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the result as JSON on stdout
    #[arg(long)]
    pub json: bool,

    /// Seconds to wait for a server's next answer before giving up on that feed
    #[arg(long, value_name = "SECONDS", default_value = "15", value_parser = seconds)]
    pub timeout: Duration,

    /// Seconds the whole scan may take; feeds not done by then are reported
    #[arg(long, value_name = "SECONDS", default_value = "60", value_parser = seconds)]
    pub deadline: Duration,

    /// Feeds fetched at the same time (at most 2 from one site)
    #[arg(long, value_name = "N", default_value_t = 48, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,

    /// List every feed with how it did, not only those with a problem
    #[arg(long, short)]
    pub verbose: bool,
}

impl Default for Args {
    fn default() -> Args {
        let fetch = FetchOptions::default();
        Args {
            json: false,
            timeout: fetch.read_timeout,
            deadline: fetch.deadline,
            jobs: fetch.concurrency as u16,
            verbose: false,
        }
    }
}

impl Args {
    pub fn fetch_options(&self) -> FetchOptions {
        FetchOptions {
            read_timeout: self.timeout,
            deadline: self.deadline,
            concurrency: usize::from(self.jobs),
            ..FetchOptions::default()
        }
    }
}

/// A positive number of seconds, fractions allowed (`0.5`).
pub fn seconds(text: &str) -> std::result::Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(t!("scan-bad-seconds")),
    }
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    // A first scan can be the last piece of evidence a rung asked for.
    super::announcing(ctx, args.json, |ctx| scan(ctx, args))
}

fn scan(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let settings = ScanSettings {
        offline: ctx.global.offline,
        lang: ctx.lang()?,
        fetch: args.fetch_options(),
    };
    let learner_dir = ctx.learner_dir();
    let mut journal = ctx.journal()?;
    let scan = scan_with_progress(
        ctx.shell,
        &learner_dir,
        &mut journal,
        &settings,
        Voice::Command,
        args.verbose,
    )?;
    drop(journal);
    if args.json {
        print_json(ctx, &scan)?;
    } else {
        print_summary(ctx.shell, &scan, Voice::Command)?;
    }
    Ok(if scan.report.all_failed() {
        ctx.shell.warn(t!("scan-all-failed"))?;
        ExitCode::from(4)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_json(ctx: &mut Context, scan: &Scan) -> Result<()> {
    let new: Vec<&InboxItem> = scan
        .report
        .new_items
        .iter()
        .filter_map(|id| scan.inbox.by_id(id))
        .collect();
    let value = serde_json::json!({
        "practice": scan.practice,
        "keywords": scan.keywords,
        "feeds": scan.report.feeds,
        "items": scan.report.items,
        "new_matches": new,
        "inbox_new": scan.inbox.new_items().len(),
        "inbox_limit": crate::feeds::inbox::MAX_ITEMS,
        "left_out": scan.report.left_out,
    });
    ctx.shell.json(&value)
}
