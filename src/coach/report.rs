//! The one-on-one report: the learner's journey at a glance, for a coach.
//!
//! One model ([`Report`]) rendered three ways: JSON (this struct as it is), Markdown
//! ([`Report::to_markdown`]) and HTML ([`super::html::report`]).

use std::collections::HashMap;
use std::fmt::Write;

use chrono::{DateTime, Utc};
use clap::ValueEnum;
use serde::Serialize;

use super::timeline::{Journey, RungChange, RungReached, StepReached};
use super::{format_date, format_datetime};
use crate::journal::{CoachNote, CoachPlan, Community, Contribution, Decision, Event, EventBody};
use crate::ladder::{ChecklistProgress, NextAction, Rung, RungAssessment};
use crate::lessons::LessonSet;
use crate::platform::Platform;
use crate::strategy::Strategy;
use crate::t;
use crate::text::sanitize_line;

pub const FORMAT: &str = "drempel-report";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub format: &'static str,
    pub version: u32,
    pub generated_at: DateTime<Utc>,
    /// The learner's folder name (`--learner`).
    pub learner: String,
    /// The name given in the welcome.
    pub name: Option<String>,
    pub rung: Rung,
    pub contributor: bool,
    pub started: Option<DateTime<Utc>>,
    pub last_activity: Option<DateTime<Utc>>,
    pub timeline: Vec<RungReached>,
    pub changes: Vec<RungChange>,
    pub steps: Vec<StepReached>,
    pub rungs: Vec<RungAssessment>,
    pub strategy: Option<Strategy>,
    pub checklists: Vec<ChecklistProgress>,
    pub keywords: Vec<String>,
    pub feeds: Vec<String>,
    pub scans: u32,
    pub triage: TriageCounts,
    pub communities: Vec<Community>,
    pub comments: Vec<Recorded>,
    pub posts: Vec<Recorded>,
    pub coach_notes: Vec<CoachNote>,
    pub coach_plans: Vec<CoachPlan>,
    pub next: NextAction,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TriageCounts {
    pub total: usize,
    pub kept: usize,
    /// Every decision, in the order `triage --decision` lists them, zeros included.
    pub by_decision: Vec<DecisionCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionCount {
    pub decision: Decision,
    pub count: usize,
}

/// A comment or post with where it stands and when it was recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recorded {
    pub url: String,
    pub platform: Platform,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub at: Option<DateTime<Utc>>,
    /// Whether its draft passed the pre-post check without errors; `None` when unchecked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
}

impl Report {
    pub fn build(events: &[Event], lessons: &LessonSet, learner: &str, now: DateTime<Utc>) -> Report {
        let journey = Journey::replay(events, lessons);
        Report::from_journey(journey, events, lessons, learner, now)
    }

    pub fn from_journey(
        journey: Journey,
        events: &[Event],
        lessons: &LessonSet,
        learner: &str,
        now: DateTime<Utc>,
    ) -> Report {
        let state = &journey.state;
        let recorded_at = recorded_times(events);
        let recorded = |c: &Contribution, post: bool| Recorded {
            url: c.url.clone(),
            platform: c.platform,
            kind: c.kind.clone(),
            at: recorded_at.get(&(post, c.url.as_str())).copied(),
            checked: c.check_errors.map(|e| e == 0),
        };
        let by_decision = Decision::value_variants()
            .iter()
            .map(|d| DecisionCount {
                decision: *d,
                count: state.triage.values().filter(|x| *x == d).count(),
            })
            .collect();
        Report {
            format: FORMAT,
            version: VERSION,
            generated_at: now,
            learner: learner.to_owned(),
            name: state.name().map(str::to_owned),
            rung: journey.assessment.rung,
            contributor: journey.assessment.rung.is_contributor(),
            started: state.first_event,
            last_activity: state.last_event,
            timeline: journey.rungs.clone(),
            changes: journey.changes.clone(),
            steps: journey.steps.clone(),
            rungs: journey.assessment.rungs.clone(),
            strategy: state.strategy.clone(),
            checklists: Platform::ALL
                .into_iter()
                .map(|p| ChecklistProgress::of(state, lessons, p))
                .collect(),
            keywords: state.keywords.clone(),
            // Addresses are shown without credentials (a journal written before they were kept apart may have them).
            feeds: state
                .feeds
                .iter()
                .map(|f| crate::feeds::redact_address(f))
                .collect(),
            scans: state.scans,
            triage: TriageCounts {
                total: state.triage.len(),
                kept: state.triage.values().filter(|d| d.keeps()).count(),
                by_decision,
            },
            communities: state.communities.clone(),
            comments: state.comments.iter().map(|c| recorded(c, false)).collect(),
            posts: state.posts.iter().map(|c| recorded(c, true)).collect(),
            coach_notes: state.coach_notes.clone(),
            coach_plans: state.coach_plans.clone(),
            next: journey.assessment.next.clone(),
        }
    }

    /// The heading: "Ada — Critic" or "me — Critic" when no name was given.
    pub fn who(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.learner)
    }

    pub fn to_json(&self) -> String {
        crate::text::json::to_string_pretty(self)
    }

    /// Markdown for a coach's notes or a wiki; every journal string is sanitised and
    /// escaped so that it shows as the text it is.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let md = |text: &str| md_escape(&sanitize_line(text));
        let _ = writeln!(out, "# {}", t!("report-title", name = md(self.who())));
        let _ = writeln!(out);
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
        let _ = writeln!(out);
        let _ = writeln!(out, "**{}** {}", t!("report-next"), md(&self.next.text));
        if let Some(command) = &self.next.command {
            let _ = writeln!(out, "`{command}`");
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

        heading(&mut out, &t!("report-strategy"));
        match &self.strategy {
            Some(strategy) => {
                let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
                let _ = writeln!(out, "- {} {}", t!("strategy-goals"), goals.join(", "));
                if let Some(audience) = &strategy.audience {
                    let _ = writeln!(out, "- {} {}", t!("strategy-audience"), md(audience));
                }
            }
            None => {
                let _ = writeln!(out, "{}", t!("report-none"));
            }
        }

        heading(&mut out, &t!("report-checklists"));
        table_head(&mut out, &[t!("report-col-platform"), t!("report-col-done")]);
        for list in &self.checklists {
            let _ = writeln!(
                out,
                "| {} | {} / {}{} |",
                list.platform.name(),
                list.done,
                list.total,
                if list.complete() { " ✓" } else { "" }
            );
        }
        let not_applicable: Vec<String> = self
            .checklists
            .iter()
            .flat_map(|list| {
                list.not_applicable.iter().map(move |item| {
                    t!(
                        "report-not-applicable-item",
                        platform = list.platform.name(),
                        label = md(&item.label),
                        reason = md(&item.reason)
                    )
                })
            })
            .collect();
        if !not_applicable.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", t!("report-not-applicable"));
            let _ = writeln!(out);
            for line in not_applicable {
                let _ = writeln!(out, "- {line}");
            }
        }

        heading(&mut out, &t!("report-monitoring"));
        let _ = writeln!(
            out,
            "{}",
            t!(
                "report-monitoring-counts",
                keywords = self.keywords.len(),
                feeds = self.feeds.len(),
                scans = self.scans
            )
        );
        let _ = writeln!(out);
        for keyword in &self.keywords {
            let _ = writeln!(out, "- {} `{}`", t!("report-keyword"), code(keyword));
        }
        for feed in &self.feeds {
            let _ = writeln!(out, "- {} {}", t!("report-feed"), md_link(feed));
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
        for count in &self.triage.by_decision {
            let _ = writeln!(out, "| {} | {} |", decision_label(count.decision), count.count);
        }

        heading(&mut out, &t!("report-communities"));
        if self.communities.is_empty() {
            let _ = writeln!(out, "{}", t!("report-none"));
        }
        for community in &self.communities {
            let _ = write!(out, "- {} ({})", md(&community.name), community.platform.name());
            if let Some(url) = &community.url {
                let _ = write!(out, ": {}", md_link(url));
            }
            let _ = writeln!(out);
        }

        for (title, list) in [
            (t!("report-comments"), &self.comments),
            (t!("report-posts"), &self.posts),
        ] {
            heading(&mut out, &title);
            if list.is_empty() {
                let _ = writeln!(out, "{}", t!("report-none"));
            }
            for item in list {
                let _ = write!(out, "- ");
                if let Some(at) = item.at {
                    let _ = write!(out, "{}: ", format_date(at));
                }
                let _ = write!(out, "{} ({}", md_link(&item.url), item.platform.name());
                if let Some(kind) = &item.kind {
                    let _ = write!(out, ", {}", md(kind));
                }
                let _ = writeln!(out, ")");
            }
        }

        heading(&mut out, &t!("report-coach"));
        if self.coach_notes.is_empty() && self.coach_plans.is_empty() {
            let _ = writeln!(out, "{}", t!("report-none"));
        }
        for plan in &self.coach_plans {
            let _ = writeln!(
                out,
                "- [{}] {}",
                if plan.is_open() { " " } else { "x" },
                plan_line(plan, md)
            );
        }
        for note in &self.coach_notes {
            let _ = writeln!(out, "- {}: {}", format_date(note.at), md(&note.text));
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "_{}_",
            t!("report-generated", at = format_datetime(self.generated_at))
        );
        out
    }

    /// "Started 2026-03-02, last active 2026-03-09."
    pub fn period_line(&self) -> String {
        match (self.started, self.last_activity) {
            (Some(start), Some(last)) => t!(
                "report-period",
                started = format_date(start),
                last = format_date(last)
            ),
            _ => t!("report-period-none"),
        }
    }
}

/// A plan in one line: the text, its due date, and when it was set or closed.
pub fn plan_line(plan: &CoachPlan, escape: impl Fn(&str) -> String) -> String {
    let mut line = escape(&plan.text);
    if let Some(due) = plan.due {
        line.push_str(&format!(" ({})", t!("coach-due", date = due.to_string())));
    }
    match plan.done_at {
        Some(done) => line.push_str(&format!(" — {}", t!("coach-done-on", date = format_date(done)))),
        None => line.push_str(&format!(" — {}", t!("coach-set-on", date = format_date(plan.at)))),
    }
    line
}

pub fn decision_label(decision: Decision) -> String {
    match decision {
        Decision::Skip => t!("report-decision-skip"),
        Decision::Later => t!("report-decision-later"),
        Decision::Blog => t!("report-decision-blog"),
        Decision::Newsletter => t!("report-decision-newsletter"),
        Decision::Respond => t!("report-decision-respond"),
        Decision::Share => t!("report-decision-share"),
    }
}

pub fn yes_no(yes: bool) -> String {
    if yes { t!("report-yes") } else { t!("report-no") }
}

/// When each comment and post was recorded, by (is a post, URL); the last one wins.
fn recorded_times(events: &[Event]) -> HashMap<(bool, &str), DateTime<Utc>> {
    let mut times = HashMap::new();
    for event in events {
        match &event.body {
            EventBody::CommentRecorded(c) => {
                times.insert((false, c.url.as_str()), event.at);
            }
            EventBody::PostRecorded(p) => {
                times.insert((true, p.url.as_str()), event.at);
            }
            _ => {}
        }
    }
    times
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
pub fn md_escape(text: &str) -> String {
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
pub fn md_link(url: &str) -> String {
    let clean = sanitize_line(url);
    if is_web_url(&clean) && !clean.contains([' ', '<', '>']) {
        format!("<{clean}>")
    } else {
        md_escape(&clean)
    }
}

/// Only http(s) addresses become links; anything else (javascript:, data:, file:) is
/// shown as text.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
