//! Live progress of many feeds at once: one bar for the whole run and a line for each
//! feed in flight. Drawn only when the shell says so (stderr is a terminal); on a pipe
//! every call is a no-op and the final per-feed lines go out as plain status lines.

use std::collections::HashMap;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Shell, sanitize_line};
use crate::error::Result;
use crate::t;

/// Feed names longer than this are cut so that a bar fits on one line.
const NAME_WIDTH: usize = 40;

pub struct FeedBars {
    live: Option<Live>,
    names: Vec<String>,
}

struct Live {
    multi: MultiProgress,
    overall: ProgressBar,
    feeds: HashMap<usize, ProgressBar>,
}

impl FeedBars {
    /// Bars for feeds called `names` (addresses or titles; sanitised here).
    pub fn new(shell: &Shell, names: &[String]) -> FeedBars {
        let names: Vec<String> = names
            .iter()
            .map(|n| short(&sanitize_line(&crate::feeds::redact_address(n))))
            .collect();
        let live = shell.shows_progress().then(|| {
            let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
            let overall = multi.add(ProgressBar::new(names.len() as u64));
            overall.set_style(
                ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} {msg}")
                    .expect("a valid template")
                    .progress_chars("█▓░"),
            );
            overall.set_message(t!("fetchbar-feeds"));
            overall.enable_steady_tick(Duration::from_millis(120));
            Live {
                multi,
                overall,
                feeds: HashMap::new(),
            }
        });
        FeedBars { live, names }
    }

    pub fn started(&mut self, index: usize) {
        let Some(live) = &mut self.live else { return };
        let bar = live.multi.add(ProgressBar::new_spinner());
        bar.set_style(ProgressStyle::with_template("  {spinner} {prefix} {msg}").expect("a valid template"));
        bar.set_prefix(self.names.get(index).cloned().unwrap_or_default());
        bar.enable_steady_tick(Duration::from_millis(120));
        live.feeds.insert(index, bar);
    }

    pub fn received(&mut self, index: usize, bytes: u64, expected: Option<u64>) {
        let Some(bar) = self.live.as_ref().and_then(|l| l.feeds.get(&index)) else {
            return;
        };
        let got = indicatif::HumanBytes(bytes).to_string();
        bar.set_message(match expected {
            Some(total) => format!("{got} / {}", indicatif::HumanBytes(total)),
            None => got,
        });
    }

    /// Follows one event of the fetcher.
    pub fn fetch(&mut self, event: &crate::feeds::fetch::FetchEvent) {
        use crate::feeds::fetch::FetchEvent;
        match event {
            FetchEvent::Started { index } => self.started(*index),
            FetchEvent::Received {
                index,
                bytes,
                expected,
            } => self.received(*index, *bytes, *expected),
            FetchEvent::Waiting { index, wait } => self.waiting(*index, *wait),
            FetchEvent::Finished { .. } => {}
        }
    }

    pub fn waiting(&mut self, index: usize, wait: Duration) {
        if let Some(bar) = self.live.as_ref().and_then(|l| l.feeds.get(&index)) {
            bar.set_message(t!("fetchbar-waiting", seconds = wait.as_secs().max(1)));
        }
    }

    /// Ends a feed's line: its bar goes, the overall bar moves on, and `line` (if any)
    /// is printed for good above the bars.
    pub fn finished(&mut self, shell: &mut Shell, index: usize, line: Option<&str>) -> Result<()> {
        match (&mut self.live, line) {
            (Some(live), line) => {
                if let Some(bar) = live.feeds.remove(&index) {
                    bar.finish_and_clear();
                    live.multi.remove(&bar);
                }
                live.overall.inc(1);
                match line {
                    Some(line) => live.multi.suspend(|| shell.status(line)),
                    None => Ok(()),
                }
            }
            (None, Some(line)) => shell.status(line),
            (None, None) => Ok(()),
        }
    }

    /// Prints a line above the bars (or plainly on a pipe).
    pub fn note(&mut self, shell: &mut Shell, line: &str) -> Result<()> {
        match &self.live {
            Some(live) => live.multi.suspend(|| shell.status(line)),
            None => shell.status(line),
        }
    }

    /// Clears whatever is still drawn.
    pub fn clear(self) {
        if let Some(live) = self.live {
            for bar in live.feeds.values() {
                bar.finish_and_clear();
            }
            live.overall.finish_and_clear();
            let _ = live.multi.clear();
        }
    }
}

fn short(name: &str) -> String {
    super::width::fit(name, NAME_WIDTH)
}
