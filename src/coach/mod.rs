//! Coaching and training sessions: the one-on-one report (from the journal or from an
//! export a learner mailed), the export a learner hands to a coach or trainer, and the
//! cohort view over a room full of exports.
//!
//! Everything here takes and returns values; the commands print them.

pub mod cohort;
pub mod export;
pub mod html;
pub mod plans;
pub mod received;
pub mod report;
pub mod svg;
pub mod timeline;

use chrono::{DateTime, Local, NaiveDate, Utc};

use crate::ladder::{Need, Rung};
use crate::step::Step;
use crate::t;

/// Every rung from the bottom, Inactive included.
pub const ALL_RUNGS: [Rung; 6] = [
    Rung::Inactive,
    Rung::Spectator,
    Rung::Joiner,
    Rung::Collector,
    Rung::Critic,
    Rung::Creator,
];

/// The stable id of a piece of evidence, as `progress --json` spells it.
pub fn evidence_id(need: &Need) -> &'static str {
    match need {
        Need::Welcome => "welcome",
        Need::Strategy => "strategy",
        Need::ProfileComplete { .. } => "profile-complete",
        Need::Community { .. } => "community",
        Need::Keywords { .. } => "keywords",
        Need::Feed { .. } => "feed",
        Need::Scan { .. } => "scan",
        Need::Triaged { .. } => "triaged",
        Need::Kept { .. } => "kept",
        Need::CheckedComment { .. } => "checked-comment",
        Need::OwnPost { .. } => "own-post",
    }
}

/// Every evidence id, in the order the ladder asks for them.
pub const EVIDENCE_IDS: [&str; 11] = [
    "welcome",
    "strategy",
    "profile-complete",
    "community",
    "keywords",
    "feed",
    "scan",
    "triaged",
    "kept",
    "checked-comment",
    "own-post",
];

/// A short name for a piece of evidence, for tables: "a complete profile".
pub fn evidence_label(id: &str) -> String {
    match id {
        "welcome" => t!("cohort-evidence-welcome"),
        "strategy" => t!("cohort-evidence-strategy"),
        "profile-complete" => t!("cohort-evidence-profile-complete"),
        "community" => t!("cohort-evidence-community"),
        "keywords" => t!("cohort-evidence-keywords"),
        "feed" => t!("cohort-evidence-feed"),
        "scan" => t!("cohort-evidence-scan"),
        "triaged" => t!("cohort-evidence-triaged"),
        "kept" => t!("cohort-evidence-kept"),
        "checked-comment" => t!("cohort-evidence-checked-comment"),
        "own-post" => t!("cohort-evidence-own-post"),
        other => other.to_owned(),
    }
}

/// The step of the journey that produces a piece of evidence.
pub fn evidence_step(need: &Need) -> Step {
    match need {
        Need::Welcome => Step::Welcome,
        Need::Strategy => Step::Strategy,
        Need::ProfileComplete { .. } => Step::Profiles,
        Need::Community { .. } => Step::Communities,
        Need::Keywords { .. } | Need::Feed { .. } | Need::Scan { .. } => Step::Monitoring,
        Need::Triaged { .. } | Need::Kept { .. } => Step::Reading,
        Need::CheckedComment { .. } => Step::Comment,
        Need::OwnPost { .. } => Step::Next,
    }
}

/// A day as people read it: in the local time zone of whoever looks at the report.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Local).date_naive()
}

pub fn format_date(at: DateTime<Utc>) -> String {
    local_date(at).format("%Y-%m-%d").to_string()
}

pub fn format_datetime(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// Parses a calendar date the way every drempel option takes one: YYYY-MM-DD.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let valid_shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date = valid_shape
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten();
    date.ok_or_else(|| t!("coach-error-bad-date", text = crate::text::sanitize_line(text)))
}

/// The start of a local day, as an instant.
pub fn start_of_day(date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    match midnight.and_local_timezone(Local) {
        chrono::LocalResult::Single(at) | chrono::LocalResult::Ambiguous(at, _) => at.with_timezone(&Utc),
        chrono::LocalResult::None => midnight.and_utc(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_ids_match_what_progress_json_says() {
        let needs = [
            Need::Welcome,
            Need::Strategy,
            Need::ProfileComplete { closest: None },
            Need::Community { have: 0 },
            Need::Keywords { have: 0, need: 3 },
            Need::Feed { have: 0 },
            Need::Scan { have: 0 },
            Need::Triaged { have: 0, need: 5 },
            Need::Kept { have: 0 },
            Need::CheckedComment { have: 0 },
            Need::OwnPost { have: 0 },
        ];
        for (need, id) in needs.iter().zip(EVIDENCE_IDS) {
            let value = serde_json::to_value(need).unwrap();
            assert_eq!(value["id"], evidence_id(need));
            assert_eq!(evidence_id(need), id);
            assert_ne!(evidence_label(id), id, "{id} has a label");
        }
    }

    #[test]
    fn dates_are_strict_yyyy_mm_dd() {
        assert_eq!(
            parse_date("2026-03-01"),
            Ok(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap())
        );
        for bad in [
            "2026-3-1",
            "01-03-2026",
            "2026-02-30",
            "2026/03/01",
            "tomorrow",
            "+2026-03-01",
        ] {
            let err = parse_date(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}
