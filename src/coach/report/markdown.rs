//! The report in Markdown, for a coach's notes or a wiki: the same sections in the same
//! order as the HTML page. Every string from the journal or an export is sanitised and
//! escaped, so it shows as the text it is.

use std::fmt::Write;

use super::{
    Recorded, Report, counted_label, decision_label, is_web_url, openness_label, plan_dates, plan_owner,
    yes_no,
};
use crate::coach::{format_date, format_datetime};
use crate::t;
use crate::text::sanitize_line;

impl Report {
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let md = |text: &str| escape(&sanitize_line(text));
        let _ = writeln!(out, "# {}", t!("report-title", name = md(self.who())));
        let _ = writeln!(out);
        let who: Vec<String> = [&self.role, &self.organisation]
            .into_iter()
            .flatten()
            .filter(|t| !t.trim().is_empty())
            .map(|t| md(t))
            .collect();
        if !who.is_empty() {
            let _ = writeln!(out, "{}", who.join(" · "));
            let _ = writeln!(out);
        }
        let _ = writeln!(
            out,
            "**{}** {}{}",
            t!("report-rung"),
            self.rung.name(),
            if self.contributor {
                format!(" ({})", t!("report-contributor"))
            } else {
                String::new()
            }
        );
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", self.period_line());
        if let Some(source) = self.source_line() {
            let _ = writeln!(out);
            let _ = writeln!(out, "_{}_", md(&source));
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "**{}** {}", t!("report-next"), md(&self.next.text));
        if let Some(command) = &self.next.command {
            let _ = writeln!(out, "`{}`", code(command));
        }

        let title = match self.overdue_plans() {
            0 => t!("report-plans"),
            overdue => t!("report-plans-overdue", overdue = overdue),
        };
        heading(&mut out, &title);
        if self.plans.is_empty() {
            let _ = writeln!(out, "{}", t!("report-no-plans"));
        }
        for plan in &self.plans {
            let _ = write!(out, "- [{}] ", if plan.is_open() { " " } else { "x" });
            if plan.overdue {
                let _ = write!(out, "**{}** ", t!("report-overdue"));
            }
            let _ = writeln!(
                out,
                "{} ({}; {})",
                md(&plan.text),
                plan_owner(plan),
                plan_dates(plan)
            );
        }

        heading(&mut out, &t!("report-why-title"));
        let strategy = self.strategy.as_ref();
        let why = match strategy
            .and_then(|s| s.why.as_deref())
            .filter(|w| !w.trim().is_empty())
        {
            Some(why) => md(why),
            None if self.from_export.is_some() && !self.private => format!("_{}_", t!("report-left-out")),
            None => format!("_{}_", t!("report-not-given")),
        };
        let _ = writeln!(out, "- **{}** {why}", t!("report-why"));
        match strategy.filter(|s| !s.goals.is_empty()) {
            Some(strategy) => {
                let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
                let _ = writeln!(out, "- **{}** {}", t!("strategy-goals"), goals.join(", "));
            }
            None => {
                let _ = writeln!(out, "- **{}** _{}_", t!("strategy-goals"), t!("report-not-given"));
            }
        }
        if let Some(audience) = strategy.and_then(|s| s.audience.as_deref()) {
            let _ = writeln!(out, "- **{}** {}", t!("strategy-audience"), md(audience));
        }

        heading(&mut out, &t!("report-checklists"));
        if self.checklists.is_empty() {
            let _ = writeln!(out, "{}", t!("report-no-platforms"));
        }
        for (index, list) in self.checklists.iter().enumerate() {
            if index > 0 {
                let _ = writeln!(out);
            }
            let _ = writeln!(
                out,
                "### {} — {} / {}{}",
                list.platform.name(),
                list.done,
                list.total,
                if list.complete() { " ✓" } else { "" }
            );
            if !list.open.is_empty() {
                let _ = writeln!(out);
                let _ = writeln!(out, "{}", t!("report-open-items"));
                let _ = writeln!(out);
                for item in &list.open {
                    let _ = write!(out, "- {}", md(&item.label));
                    if item.privacy {
                        let _ = write!(out, " [{}]", t!("report-privacy"));
                    }
                    if let Some(status) = openness_label(item) {
                        let _ = write!(out, " ({status})");
                    }
                    let _ = writeln!(out);
                }
            }
            if !list.not_applicable.is_empty() {
                let _ = writeln!(out);
                let _ = writeln!(out, "{}", t!("report-not-applicable"));
                let _ = writeln!(out);
                for item in &list.not_applicable {
                    let _ = writeln!(out, "- {}: {}", md(&item.label), md(&item.reason));
                }
            }
        }

        for (title, list, comments) in [
            (t!("report-comments"), &self.comments, true),
            (t!("report-posts"), &self.posts, false),
        ] {
            heading(&mut out, &title);
            if list.is_empty() {
                let _ = writeln!(out, "{}", t!("report-none"));
            }
            for item in list {
                recorded(&mut out, item, comments);
            }
        }

        heading(&mut out, &t!("report-triage"));
        let _ = writeln!(
            out,
            "{}",
            t!(
                "report-triage-counts",
                total = self.triage.total,
                kept = self.triage.kept
            )
        );
        let _ = writeln!(out);
        table_head(&mut out, &[t!("report-col-decision"), t!("report-col-count")]);
        for count in self.triage.by_decision.iter().filter(|c| c.count > 0) {
            let _ = writeln!(out, "| {} | {} |", decision_label(count.decision), count.count);
        }
        if !self.kept.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "### {}", t!("report-kept"));
            let _ = writeln!(out);
            for item in &self.kept {
                let title = md(item.title.as_deref().unwrap_or(&item.item));
                let _ = write!(out, "- **{}**: ", decision_label(item.decision));
                match item.link.as_deref() {
                    Some(url) => {
                        let _ = write!(out, "{title} {}", link(url));
                    }
                    None => {
                        let _ = write!(out, "{title}");
                    }
                }
                if let Some(note) = &item.note {
                    let _ = write!(out, " — _{}_ {}", t!("report-note"), md(note));
                }
                let _ = writeln!(out);
            }
        } else if self.triage.kept > 0 && self.from_export.is_some() && !self.private {
            let _ = writeln!(out);
            let _ = writeln!(out, "_{}_", t!("report-kept-left-out"));
        }

        heading(&mut out, &t!("report-communities"));
        if self.communities.is_empty() {
            let _ = writeln!(out, "{}", t!("report-none"));
        }
        for community in &self.communities {
            let _ = write!(out, "- {} ({})", md(&community.name), community.platform.name());
            if let Some(url) = &community.url {
                let _ = write!(out, ": {}", link(url));
            }
            let _ = writeln!(out);
        }

        heading(&mut out, &t!("report-monitoring"));
        let _ = writeln!(
            out,
            "{}",
            t!(
                "report-monitoring-counts",
                keywords = self.monitoring.keywords,
                feeds = self.monitoring.feeds,
                scans = self.monitoring.scans
            )
        );
        if !self.keywords.is_empty() || !self.feeds.is_empty() {
            let _ = writeln!(out);
            for keyword in &self.keywords {
                let _ = writeln!(out, "- {} `{}`", t!("report-keyword"), code(keyword));
            }
            for feed in &self.feeds {
                let _ = writeln!(out, "- {} {}", t!("report-feed"), link(feed));
            }
        } else if self.monitoring.keywords + self.monitoring.feeds > 0 && !self.private {
            let _ = writeln!(out);
            let _ = writeln!(out, "_{}_", t!("report-monitoring-left-out"));
        }

        heading(&mut out, &t!("report-timeline"));
        table_head(
            &mut out,
            &[
                t!("report-col-rung"),
                t!("report-col-reached"),
                t!("report-col-now"),
            ],
        );
        for reached in &self.timeline {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                reached.rung.name(),
                reached
                    .reached_at
                    .map(format_datetime)
                    .unwrap_or_else(|| "—".into()),
                yes_no(reached.holds)
            );
        }
        if !self.changes.is_empty() {
            let _ = writeln!(out);
            for change in &self.changes {
                let _ = writeln!(
                    out,
                    "- {}: {} → {}",
                    format_datetime(change.at),
                    change.from.name(),
                    change.to.name()
                );
            }
        }

        heading(&mut out, &t!("report-steps"));
        table_head(
            &mut out,
            &[
                t!("report-col-step"),
                t!("report-col-first-done"),
                t!("report-col-done-now"),
            ],
        );
        for step in &self.steps {
            let _ = writeln!(
                out,
                "| {}. {} | {} | {} |",
                step.step.number(),
                step.step.name(),
                step.done_at.map(format_datetime).unwrap_or_else(|| "—".into()),
                yes_no(step.done)
            );
        }

        if !self.coach_notes.is_empty() {
            heading(&mut out, &t!("report-notes"));
            for note in &self.coach_notes {
                let _ = writeln!(out, "- {}: {}", format_date(note.at), md(&note.text));
            }
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "_{}_",
            t!("report-generated", at = format_datetime(self.generated_at))
        );
        out
    }
}

fn recorded(out: &mut String, item: &Recorded, comment: bool) {
    let _ = write!(out, "- ");
    if let Some(at) = item.at {
        let _ = write!(out, "{}: ", format_date(at));
    }
    let _ = write!(out, "{} ({}", link(&item.url), item.platform.name());
    if let Some(kind) = &item.kind {
        let _ = write!(out, ", {}", escape(&sanitize_line(kind)));
    }
    let _ = write!(out, ")");
    if comment {
        let mark = if item.counted { "✓" } else { "✗" };
        let _ = write!(out, " {mark} {}", counted_label(item));
    }
    let _ = writeln!(out);
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out);
    let _ = writeln!(out, "## {title}");
    let _ = writeln!(out);
}

fn table_head(out: &mut String, columns: &[String]) {
    let _ = writeln!(out, "| {} |", columns.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(columns.len()));
}

/// Escapes what Markdown would read as markup (including raw HTML), so journal text
/// shows as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '&' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text inside a code span: backticks cannot be escaped there, so they become quotes.
fn code(text: &str) -> String {
    sanitize_line(text).replace('`', "'")
}

/// A URL as an autolink when it is a plain web address, else as escaped text.
pub fn link(url: &str) -> String {
    let clean = sanitize_line(url);
    if is_web_url(&clean) && !clean.contains([' ', '<', '>']) {
        format!("<{clean}>")
    } else {
        escape(&clean)
    }
}
