//! A scan as a person follows it: progress bars and a status line per feed while it
//! runs, then the ranked list of what it added. `drempel scan` and the wizard's
//! monitoring step both show a scan this way.

use std::path::Path;

use super::inbox_view::print_item;
use super::progress::FeedBars;
use super::{Shell, Voice, sanitize_line};
use crate::error::Result;
use crate::feeds::inbox::InboxItem;
use crate::feeds::redact_address;
use crate::feeds::scan::{self, FeedReport, PracticeReason, Scan, ScanEvent, ScanSettings};
use crate::journal::Journal;
use crate::t;

/// How many new matches the summary lists; the rest are in `drempel inbox`.
const SUMMARY_LIMIT: usize = 20;

/// Runs a scan with progress bars on a terminal and a status line per feed on stderr,
/// then warns about skipped keywords. Takes the open journal (and so its lock) rather
/// than a `Context`, so that the wizard's monitoring step can use it too; `voice` says
/// which of them speaks.
pub fn scan_with_progress(
    shell: &mut Shell,
    learner_dir: &Path,
    journal: &mut Journal,
    settings: &ScanSettings,
    voice: Voice<'_>,
    verbose: bool,
) -> Result<Scan> {
    let mut bars: Option<FeedBars> = None;
    // Output failures (a closed stderr) must not abort a scan half-saved: the first is
    // kept and returned once the caches are written.
    let mut output_error = None;
    let result = scan::run(learner_dir, journal, settings, |event| {
        let shown = match event {
            ScanEvent::Plan { names, practice } => {
                let note = practice.map(|reason| match reason {
                    PracticeReason::Offline => t!("scan-practice-offline"),
                    PracticeReason::NoFeeds => t!("scan-practice-no-feeds"),
                });
                let shown = note.map_or(Ok(()), |note| shell.status(note));
                bars = Some(FeedBars::new(shell, names));
                shown
            }
            ScanEvent::Fetch(event) => {
                if let Some(bars) = &mut bars {
                    bars.fetch(event);
                }
                Ok(())
            }
            ScanEvent::FeedDone { index, report } => {
                let listed = verbose || report.failed() || report.moved_to.is_some();
                let line = listed.then(|| status_line(shell, report, voice));
                match (&mut bars, line) {
                    (Some(bars), line) => bars.finished(shell, index, line.as_deref()),
                    (None, Some(line)) => shell.status(line),
                    (None, None) => Ok(()),
                }
            }
        };
        if let Err(err) = shown {
            output_error.get_or_insert(err);
        }
    });
    if let Some(bars) = bars {
        bars.clear();
    }
    let scan = result?;
    if let Some(err) = output_error {
        return Err(err);
    }
    for (query, reason) in &scan.invalid_keywords {
        shell.warn(t!(
            "scan-invalid-keyword",
            query = sanitize_line(query),
            reason = sanitize_line(reason)
        ))?;
    }
    if scan.keywords == 0 {
        shell.warn(if voice.is_wizard() {
            t!("monitoring-no-keywords", need = crate::ladder::MIN_KEYWORDS)
        } else {
            t!("scan-no-keywords")
        })?;
    }
    Ok(scan)
}

/// "✓ Name — ok, 25 items, 2 new matches"; a failed feed shows its address too. In the
/// wizard, a document that is no feed gets advice without commands.
fn status_line(shell: &Shell, report: &FeedReport, voice: Voice<'_>) -> String {
    let p = shell.err_palette();
    let name = sanitize_line(&redact_address(report.name()));
    let not_a_feed = report.error.as_ref().is_some_and(|e| e.kind == "not-a-feed");
    let summary = if voice.is_wizard() && not_a_feed {
        t!("monitoring-not-a-feed")
    } else {
        sanitize_line(&report.summary())
    };
    let mut line = if report.failed() {
        let name = if report.title.is_some() {
            format!("{name} ({})", sanitize_line(&redact_address(&report.url)))
        } else {
            name
        };
        format!("{} {name} — {summary}", p.bad.apply_to("✗"))
    } else {
        format!("{} {name} — {summary}", p.good.apply_to("✓"))
    };
    if let Some(to) = &report.moved_to {
        line.push('\n');
        line.push_str(&format!(
            "  {}",
            t!("scan-feed-moved", url = sanitize_line(&redact_address(to)))
        ));
    }
    line
}

/// The ranked list of what this scan added, for a person; the wizard points on to its
/// reading step instead of to `drempel inbox` and `drempel triage`.
pub fn print_summary(shell: &mut Shell, scan: &Scan, voice: Voice<'_>) -> Result<()> {
    let report = &scan.report;
    let failed = report.feeds.iter().filter(|f| f.failed()).count();
    shell.println(t!(
        "scan-summary",
        matches = report.new_items.len(),
        feeds = report.feeds.len(),
        failed = failed
    ))?;
    if report.left_out > 0 {
        shell.println(t!(
            "scan-left-out",
            kept = crate::feeds::inbox::MAX_ITEMS,
            left = report.left_out
        ))?;
    }
    let mut new: Vec<&InboxItem> = report
        .new_items
        .iter()
        .filter_map(|id| scan.inbox.by_id(id))
        .collect();
    crate::feeds::inbox::rank(&mut new);
    for (n, item) in new.iter().take(SUMMARY_LIMIT).enumerate() {
        print_item(shell, item, Some(n + 1))?;
    }
    if new.len() > SUMMARY_LIMIT {
        let more = new.len() - SUMMARY_LIMIT;
        shell.println(if voice.is_wizard() {
            t!("monitoring-scan-more", more = more)
        } else {
            t!("scan-more", more = more)
        })?;
    }
    let waiting = scan.inbox.new_items().len();
    if waiting > 0 {
        shell.println(String::new())?;
        shell.println(if voice.is_wizard() {
            t!("monitoring-scan-next", waiting = waiting)
        } else {
            t!("scan-next", waiting = waiting)
        })?;
    }
    Ok(())
}
