//! The coach's review: the learner's journey at a glance, and what to talk about.
//!
//! One model ([`Report`]) made two ways — from the learner's journal
//! ([`Report::build`]) or from the export a learner mailed ([`Report::from_export`]) — and
//! rendered three: JSON (this struct as it is), Markdown ([`markdown`]) and HTML
//! ([`html`]).

mod build;
mod from_export;
pub mod html;
pub mod markdown;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::plans::Plan;
use super::timeline::{RungChange, RungReached, StepReached};
use super::{format_date, format_datetime};
use crate::journal::{CoachNote, Community, Decision};
use crate::ladder::{NextAction, NotApplicable, Rung};
use crate::platform::Platform;
use crate::strategy::Strategy;
use crate::t;

pub use build::Sources;
pub(crate) use build::all_checklists;

pub const FORMAT: &str = "drempel-report";
/// 2: plans of both owners in `plans`, open checklist items, kept items, and the
/// counts beside the lists an export may leave out.
pub const VERSION: u32 = 2;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub format: &'static str,
    pub version: u32,
    pub generated_at: DateTime<Utc>,
    /// Set when the report was made from an export instead of the journal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_export: Option<FromExport>,
    /// The learner's folder name (`--learner`); empty for a report from an export.
    pub learner: String,
    /// The name, role and organisation given in the welcome.
    pub name: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub rung: Rung,
    pub contributor: bool,
    pub started: Option<DateTime<Utc>>,
    pub last_activity: Option<DateTime<Utc>>,
    pub timeline: Vec<RungReached>,
    pub changes: Vec<RungChange>,
    pub steps: Vec<StepReached>,
    /// Goals, audience and the learner's why (the last two may stay out of an export).
    pub strategy: Option<Strategy>,
    /// The platforms the learner uses, each with what is still open.
    pub checklists: Vec<Checklist>,
    pub monitoring: Monitoring,
    /// The keywords and feed addresses themselves: empty when an export left them out.
    pub keywords: Vec<String>,
    pub feeds: Vec<String>,
    pub triage: TriageCounts,
    /// Items the learner kept for something, most recently decided first.
    pub kept: Vec<KeptItem>,
    pub communities: Vec<Community>,
    pub comments: Vec<Recorded>,
    pub posts: Vec<Recorded>,
    /// The learner's and the coach's plans, by date, overdue ones marked.
    pub plans: Vec<Plan>,
    pub coach_notes: Vec<CoachNote>,
    /// Whether drafts and notes are in (`--include-drafts`, or an export made with it).
    pub private: bool,
    pub next: NextAction,
}

/// Where a report made from an export came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FromExport {
    /// When the learner made the export.
    pub exported_at: DateTime<Utc>,
    /// The drempel that made it.
    pub drempel: String,
}

/// One platform's profile checklist: how far it is, what is still open, and what the
/// learner marked as not applying to them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub platform: Platform,
    pub done: usize,
    pub total: usize,
    /// Items not done yet, in lesson order (missing in exports made before it was added).
    #[serde(default)]
    pub open: Vec<OpenItem>,
    /// Items that count as done because they do not apply, each with its reason.
    #[serde(default)]
    pub not_applicable: Vec<NotApplicable>,
}

impl Checklist {
    pub fn complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

/// A checklist item still to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenItem {
    pub item: String,
    /// The item's label in the lessons' language.
    pub label: String,
    /// Part of the privacy review, which a complete profile never skips.
    #[serde(default)]
    pub privacy: bool,
    #[serde(default)]
    pub status: Openness,
}

/// Why an item is still open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Openness {
    /// Not looked at yet.
    #[default]
    NotYet,
    /// "Later".
    Postponed,
    /// "Not for me" on a privacy item, which that does not settle.
    Declined,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Monitoring {
    pub keywords: usize,
    pub feeds: usize,
    pub scans: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TriageCounts {
    pub total: usize,
    pub kept: usize,
    /// Every decision, in the order `triage --decision` lists them, zeros included.
    pub by_decision: Vec<DecisionCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionCount {
    pub decision: Decision,
    pub count: usize,
}

/// An item the learner kept, with what they decided it deserves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptItem {
    /// The inbox id (`drempel triage ID`).
    pub item: String,
    pub decision: Decision,
    /// Its title and link, when the inbox still holds the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The learner's note: only with drafts and notes included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A comment or post with where it stands and when it was recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub url: String,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default)]
    pub at: Option<DateTime<Utc>>,
    /// Whether its draft passed the pre-post check without errors; `None` when unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    /// How many errors the check found; `None` when unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_errors: Option<u32>,
    /// Whether it is evidence for the ladder (a comment: checked without errors).
    #[serde(default)]
    pub counted: bool,
}

impl Report {
    /// The heading: "Ada" or the folder name ("me") when no name was given.
    pub fn who(&self) -> &str {
        self.name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(&self.learner)
    }

    pub fn to_json(&self) -> String {
        crate::text::json::to_string_pretty(self)
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

    /// "Made from the export of 2026-03-09 14:05 (drempel 0.4.0)."
    pub fn source_line(&self) -> Option<String> {
        self.from_export.as_ref().map(|from| {
            t!(
                "report-from-export",
                at = format_datetime(from.exported_at),
                drempel = from.drempel.as_str()
            )
        })
    }

    /// The open plans whose date has passed.
    pub fn overdue_plans(&self) -> usize {
        self.plans.iter().filter(|p| p.overdue).count()
    }
}

/// A plan's dates in words: "due 2026-03-20, agreed 2026-03-02" or "done 2026-03-12".
pub fn plan_dates(plan: &Plan) -> String {
    let mut parts = Vec::new();
    let when = plan.when();
    if !when.is_empty() {
        parts.push(when);
    }
    parts.push(match (plan.done_at, plan.owner) {
        (Some(done), _) => t!("coach-done-on", date = format_date(done)),
        (None, super::plans::Owner::Coach) => t!("coach-set-on", date = format_date(plan.set_at)),
        (None, super::plans::Owner::Learner) => t!("report-plan-made-on", date = format_date(plan.set_at)),
    });
    parts.join(", ")
}

/// Who made a plan, in words: "yours" or "with your coach".
pub fn plan_owner(plan: &Plan) -> String {
    match plan.owner {
        super::plans::Owner::Learner => t!("report-plan-learner"),
        super::plans::Owner::Coach => t!("report-plan-coach"),
    }
}

/// Whether a comment counted, in words.
pub fn counted_label(recorded: &Recorded) -> String {
    match (recorded.counted, recorded.check_errors) {
        (true, _) => t!("report-counted"),
        (false, Some(errors)) => t!("report-not-counted-errors", errors = errors),
        (false, None) => t!("report-not-counted-unchecked"),
    }
}

pub fn openness_label(item: &OpenItem) -> Option<String> {
    match item.status {
        Openness::NotYet => None,
        Openness::Postponed => Some(t!("report-open-postponed")),
        Openness::Declined => Some(t!("report-open-declined")),
    }
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

/// Only http(s) addresses become links; anything else (javascript:, data:, file:) is
/// shown as text.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

pub use markdown::escape as md_escape;
