//! The export: one versioned JSON document a learner hands to their coach or trainer.
//!
//! Privacy by design: by default it holds the journey (rungs, steps, counts) and what
//! the learner already made public (community names, comment and post addresses), plus
//! the plans agreed with the coach, and the checklist items marked not applicable with
//! the learner's reason (it is why an item counts as done without being done). Drafts, notes, keywords and feed addresses (a
//! Google Alerts feed address is personal) go in only on request (`--include-drafts`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::report::{Recorded, Report};
use super::timeline::{Journey, RungReached, StepReached};
use super::{evidence_id, evidence_step};
use crate::journal::{Community, Decision, Event, EventBody};
use crate::ladder::{NextAction, NotApplicable, Rung};
use crate::lessons::LessonSet;
use crate::platform::Platform;
use crate::step::Step;
use crate::strategy::Goal;

pub const FORMAT: &str = "drempel-export";
/// Bumped when a reader of version N could misread the document; new optional fields
/// do not bump it.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize)]
pub struct Export {
    pub format: &'static str,
    pub version: u32,
    pub generated_at: DateTime<Utc>,
    /// The drempel that wrote it, for support questions.
    pub drempel: &'static str,
    /// A pseudonymous id of the journey (its first event's id), so that a cohort counts
    /// a learner who exported twice once.
    pub journey: Option<String>,
    /// When the journey started: its earliest event. A cohort refuses an export whose
    /// rungs or steps were reached before it.
    pub started_at: Option<DateTime<Utc>>,
    pub learner: Learner,
    pub rung: Rung,
    pub contributor: bool,
    pub timeline: Vec<RungReached>,
    pub steps: Vec<StepReached>,
    pub steps_done: usize,
    /// The first evidence still missing on the way up; `None` for a Creator.
    pub stuck: Option<Stuck>,
    pub counts: Counts,
    pub checklists: Vec<ChecklistCount>,
    pub goals: Vec<Goal>,
    pub communities: Vec<Community>,
    pub comments: Vec<Recorded>,
    pub posts: Vec<Recorded>,
    pub coach_plans: Vec<Plan>,
    pub next: NextAction,
    /// Only with `--include-drafts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<Private>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    /// The name given in the welcome.
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stuck {
    /// The rung whose evidence is incomplete.
    pub rung: Rung,
    /// The evidence id, as in `progress --json`.
    pub evidence: String,
    pub step: Step,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub profile_items_done: usize,
    pub keywords: usize,
    pub feeds: usize,
    pub scans: u32,
    pub triaged: usize,
    pub kept: usize,
    pub communities: usize,
    pub comments: usize,
    pub posts: usize,
    pub coach_notes: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistCount {
    pub platform: Platform,
    pub done: usize,
    pub total: usize,
    /// Items that count as done because they do not apply, each with its reason.
    #[serde(default)]
    pub not_applicable: Vec<NotApplicable>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub text: String,
    pub due: Option<NaiveDate>,
    pub set_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
}

/// What stays on the laptop unless the learner asks for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Private {
    pub keywords: Vec<String>,
    pub feeds: Vec<String>,
    pub profile_drafts: Vec<Draft>,
    pub comment_drafts: Vec<Draft>,
    pub triage_notes: Vec<TriageNote>,
    pub coach_notes: Vec<PrivateNote>,
    pub audience: Option<String>,
    pub why: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub platform: Platform,
    /// The checklist item (headline, bio) or the comment's address.
    pub about: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TriageNote {
    pub item: String,
    pub decision: Decision,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrivateNote {
    pub at: DateTime<Utc>,
    pub text: String,
}

impl Export {
    pub fn build(events: &[Event], lessons: &LessonSet, now: DateTime<Utc>, include_private: bool) -> Export {
        let journey = Journey::replay(events, lessons);
        let stuck = journey.first_missing().map(|evidence| Stuck {
            rung: journey
                .assessment
                .rungs
                .iter()
                .find(|r| r.evidence.contains(evidence))
                .map_or(Rung::Spectator, |r| r.rung),
            evidence: evidence_id(&evidence.need).to_owned(),
            step: evidence_step(&evidence.need),
        });
        let private = include_private.then(|| private(&journey, events));
        let report = Report::from_journey(journey, events, lessons, "", now);
        let state_counts = Counts {
            profile_items_done: report.checklists.iter().map(|c| c.done).sum(),
            keywords: report.keywords.len(),
            feeds: report.feeds.len(),
            scans: report.scans,
            triaged: report.triage.total,
            kept: report.triage.kept,
            communities: report.communities.len(),
            comments: report.comments.len(),
            posts: report.posts.len(),
            coach_notes: report.coach_notes.len(),
        };
        Export {
            format: FORMAT,
            version: VERSION,
            generated_at: now,
            drempel: env!("CARGO_PKG_VERSION"),
            journey: events.first().map(|e| e.id.clone()),
            started_at: events.iter().map(|e| e.at).min(),
            learner: Learner {
                name: report.name.clone(),
            },
            rung: report.rung,
            contributor: report.contributor,
            steps_done: report.steps.iter().filter(|s| s.done).count(),
            timeline: report.timeline,
            steps: report.steps,
            stuck,
            counts: state_counts,
            checklists: report
                .checklists
                .iter()
                .map(|c| ChecklistCount {
                    platform: c.platform,
                    done: c.done,
                    total: c.total,
                    not_applicable: c.not_applicable.clone(),
                })
                .collect(),
            goals: report.strategy.map(|s| s.goals).unwrap_or_default(),
            communities: report.communities,
            comments: report.comments,
            posts: report.posts,
            coach_plans: report
                .coach_plans
                .into_iter()
                .map(|p| Plan {
                    text: p.text,
                    due: p.due,
                    set_at: p.at,
                    done_at: p.done_at,
                })
                .collect(),
            next: report.next,
            private,
        }
    }

    /// The document, with controls and bidirectional overrides written as `\uXXXX`
    /// (see [`crate::text::json`]): journal text can hold them, and an export gets printed.
    pub fn to_json(&self) -> String {
        let mut text = crate::text::json::to_string_pretty(self);
        text.push('\n');
        text
    }

    /// A file name that stays unique when twenty exports land in one folder:
    /// `drempel-export-ada-lovelace-3f9c2a1b.json`.
    pub fn file_name(&self, fallback: &str) -> String {
        let name = self.learner.name.as_deref().unwrap_or(fallback);
        // Letters are written in plain ASCII (Özlem → ozlem, Łukasz → lukasz, Zoë → zoe)
        // rather than dropped, so the file still says whose it is.
        let name = deunicode::deunicode(name);
        let mut slug = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let mut slug = slug.trim_end_matches('-').chars().take(40).collect::<String>();
        if slug.is_empty() {
            slug = "learner".into();
        }
        // The random tail of the journey's first event id (a UUIDv7 starts with the
        // time, which twenty people starting together share).
        let tail: String = self
            .journey
            .as_deref()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let tail = &tail[tail.len().saturating_sub(8)..];
        if tail.is_empty() {
            format!("drempel-export-{slug}.json")
        } else {
            format!("drempel-export-{slug}-{tail}.json")
        }
    }
}

fn private(journey: &Journey, events: &[Event]) -> Private {
    let state = &journey.state;
    let mut triage_notes: Vec<TriageNote> = Vec::new();
    for event in events {
        match &event.body {
            EventBody::ItemTriaged {
                item,
                decision,
                note: Some(note),
            } if state.triage.contains_key(item) => {
                triage_notes.retain(|n| &n.item != item);
                triage_notes.push(TriageNote {
                    item: item.clone(),
                    decision: *decision,
                    note: note.clone(),
                });
            }
            EventBody::Reset {
                step: None | Some(Step::Reading),
            } => triage_notes.clear(),
            _ => {}
        }
    }
    Private {
        keywords: state.keywords.clone(),
        // No credentials leave in an export (a journal written before they were kept apart may have them).
        feeds: state
            .feeds
            .iter()
            .map(|f| crate::feeds::credentials::strip_address(f))
            .collect(),
        profile_drafts: state
            .drafts
            .iter()
            .flat_map(|(platform, items)| {
                items.iter().map(|(item, text)| Draft {
                    platform: *platform,
                    about: item.clone(),
                    text: text.clone(),
                })
            })
            .collect(),
        comment_drafts: state
            .comments
            .iter()
            .chain(&state.posts)
            .filter_map(|c| {
                c.draft.as_ref().map(|text| Draft {
                    platform: c.platform,
                    about: c.url.clone(),
                    text: text.clone(),
                })
            })
            .collect(),
        triage_notes,
        coach_notes: state
            .coach_notes
            .iter()
            .map(|n| PrivateNote {
                at: n.at,
                text: n.text.clone(),
            })
            .collect(),
        audience: state.strategy.as_ref().and_then(|s| s.audience.clone()),
        why: state.strategy.as_ref().and_then(|s| s.why.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Contribution, Welcome};
    use crate::lessons::Library;
    use crate::strategy::Strategy;

    fn event(id: &str, body: EventBody) -> Event {
        Event {
            id: id.into(),
            at: Utc::now(),
            body,
        }
    }

    fn journal() -> Vec<Event> {
        vec![
            event(
                "0193aaaa-bbbb-7ccc-8ddd-eeeeff001122",
                EventBody::Welcomed(Welcome {
                    name: "Anna-Lena Ørsted".into(),
                    ..Welcome::default()
                }),
            ),
            event(
                "2",
                EventBody::StrategySet(Strategy {
                    goals: vec![Goal::Recruitment],
                    audience: Some("nurses".into()),
                    why: Some("my own why".into()),
                }),
            ),
            event(
                "3",
                EventBody::KeywordAdded {
                    query: "secret-project".into(),
                },
            ),
            event(
                "4",
                EventBody::FeedAdded {
                    url: "https://www.google.com/alerts/feeds/0123/4567".into(),
                    title: None,
                },
            ),
            event(
                "5",
                EventBody::ItemTriaged {
                    item: "i1".into(),
                    decision: Decision::Respond,
                    note: Some("ask Bob first".into()),
                },
            ),
            event(
                "6",
                EventBody::CommentRecorded(Contribution {
                    url: "https://example.org/c/1".into(),
                    platform: Platform::Linkedin,
                    kind: None,
                    item: Some("i1".into()),
                    draft: Some("my draft words".into()),
                    check_errors: Some(0),
                    accepted: Vec::new(),
                }),
            ),
            event(
                "7",
                EventBody::CoachNote {
                    text: "shy in the group".into(),
                },
            ),
            event(
                "8",
                EventBody::CoachPlan {
                    text: "write a post".into(),
                    due: None,
                },
            ),
        ]
    }

    #[test]
    fn private_material_stays_out_unless_asked_for() {
        let lessons = Library::embedded().load("en").unwrap();
        let events = journal();
        let export = Export::build(&events, &lessons, Utc::now(), false);
        let text = export.to_json();
        for secret in [
            "secret-project",
            "google.com/alerts",
            "ask Bob first",
            "my draft words",
            "shy in the group",
            "my own why",
            "nurses",
        ] {
            assert!(!text.contains(secret), "{secret} leaked into:\n{text}");
        }
        for public in [
            "Anna-Lena Ørsted",
            "https://example.org/c/1",
            "write a post",
            "\"critic\"",
        ] {
            assert!(text.contains(public), "{public} missing from:\n{text}");
        }
        assert_eq!(export.counts.keywords, 1);
        assert_eq!(export.counts.coach_notes, 1);

        let full = Export::build(&events, &lessons, Utc::now(), true).to_json();
        for secret in [
            "secret-project",
            "ask Bob first",
            "my draft words",
            "shy in the group",
        ] {
            assert!(full.contains(secret), "{secret} missing with --include-drafts");
        }
    }

    #[test]
    fn file_names_are_tidy_and_unique_per_journey() {
        let lessons = Library::embedded().load("en").unwrap();
        let export = Export::build(&journal(), &lessons, Utc::now(), false);
        assert_eq!(
            export.file_name("me"),
            "drempel-export-anna-lena-orsted-ff001122.json"
        );
        let empty = Export::build(&[], &lessons, Utc::now(), false);
        assert_eq!(empty.file_name("me"), "drempel-export-me.json");
        let mut named = Export::build(&[], &lessons, Utc::now(), false);
        for (name, slug) in [
            ("Özlem Yılmaz", "ozlem-yilmaz"),
            ("Zoë Weiß", "zoe-weiss"),
            ("Łukasz", "lukasz"),
        ] {
            named.learner.name = Some(name.into());
            assert_eq!(named.file_name("me"), format!("drempel-export-{slug}.json"));
        }
        assert_eq!(empty.stuck.unwrap().evidence, "welcome");
    }
}
