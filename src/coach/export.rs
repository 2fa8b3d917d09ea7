//! The export: one versioned JSON document a learner hands to their coach or trainer.
//!
//! Privacy by design: by default it holds the journey (rungs, steps, counts), the
//! learner's name, role and organisation, what they already made public (community
//! names, comment and post addresses), how many items got each decision, the plans
//! (their own and those agreed with the coach), the open checklist items, and the items
//! marked not applicable with the learner's reason (it is why an item counts as done
//! without being done). Drafts, notes, keywords, feed addresses (a Google Alerts feed
//! address is personal), the items kept, the audience and the why go in only on
//! request (`--include-drafts`).
//!
//! The same struct reads an export back (`report --from`): every field added after
//! version 1 has a default, so an older export reads too.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::plans::Plan;
use super::report::{Checklist, DecisionCount, KeptItem, Recorded, Report, Sources};
use super::timeline::{Journey, RungChange, RungReached, StepReached};
use super::{evidence_id, evidence_step};
use crate::feeds::inbox::Inbox;
use crate::journal::{Community, Decision, Event, EventBody};
use crate::ladder::{NextAction, Rung};
use crate::lessons::LessonSet;
use crate::platform::Platform;
use crate::step::Step;
use crate::strategy::Goal;

pub const FORMAT: &str = "drempel-export";
/// Bumped when a reader of version N could misread the document; new optional fields
/// do not bump it.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub generated_at: DateTime<Utc>,
    /// The drempel that wrote it, for support questions.
    #[serde(default)]
    pub drempel: String,
    /// A pseudonymous id of the journey (its first event's id), so that a cohort counts
    /// a learner who exported twice once.
    #[serde(default)]
    pub journey: Option<String>,
    /// When the journey started: its earliest event. A cohort refuses an export whose
    /// rungs or steps were reached before it.
    #[serde(default)]
    pub started_at: Option<DateTime<Utc>>,
    /// When the learner last did something.
    #[serde(default)]
    pub last_activity: Option<DateTime<Utc>>,
    pub learner: Learner,
    pub rung: Rung,
    pub contributor: bool,
    pub timeline: Vec<RungReached>,
    /// Every move of the rung, up or down.
    #[serde(default)]
    pub changes: Vec<RungChange>,
    pub steps: Vec<StepReached>,
    pub steps_done: usize,
    /// The first evidence still missing on the way up; `None` for a Creator.
    #[serde(default)]
    pub stuck: Option<Stuck>,
    pub counts: Counts,
    /// The platforms the learner uses (chosen in the wizard, else started).
    #[serde(default)]
    pub platforms: Vec<Platform>,
    pub checklists: Vec<Checklist>,
    pub goals: Vec<Goal>,
    /// How many items got each decision.
    #[serde(default)]
    pub decisions: Vec<DecisionCount>,
    /// The items kept for something: only with `--include-drafts` (their titles show
    /// what the learner watches, as the keywords do); their notes are in `private`.
    #[serde(default)]
    pub kept: Vec<KeptItem>,
    pub communities: Vec<Community>,
    pub comments: Vec<Recorded>,
    pub posts: Vec<Recorded>,
    /// The learner's and the coach's plans, by date.
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// Exports made before `plans` held the coach's plans here; read, never written.
    #[serde(default, skip_serializing)]
    pub coach_plans: Vec<CoachPlanV1>,
    pub next: NextAction,
    /// Only with `--include-drafts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private: Option<Private>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    /// The name, role and organisation given in the welcome.
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
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
#[serde(default)]
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

/// A coach's plan as exports before `plans` wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CoachPlanV1 {
    pub text: String,
    pub due: Option<chrono::NaiveDate>,
    pub set_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
}

/// What stays on the laptop unless the learner asks for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub platform: Platform,
    /// The checklist item (headline, bio) or the comment's address.
    pub about: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageNote {
    pub item: String,
    pub decision: Decision,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateNote {
    pub at: DateTime<Utc>,
    pub text: String,
}

impl Export {
    /// The export of the learner whose folder is `learner_dir`: what `drempel export` and
    /// the wizard's closing step both write. The inbox names the kept items; it is a
    /// cache, so an export goes ahead without it.
    pub fn of_learner(
        learner_dir: &std::path::Path,
        events: &[Event],
        lessons: &LessonSet,
        now: DateTime<Utc>,
        include_private: bool,
    ) -> Export {
        let inbox = crate::feeds::inbox::Inbox::load(learner_dir).ok();
        Export::build(events, lessons, inbox.as_ref(), now, include_private)
    }

    /// The export of a journal. `inbox` names the kept items (a cache; may be absent).
    pub fn build(
        events: &[Event],
        lessons: &LessonSet,
        inbox: Option<&Inbox>,
        now: DateTime<Utc>,
        include_private: bool,
    ) -> Export {
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
        let platforms = journey.state.platforms_chosen();
        let checklists = super::report::all_checklists(&journey.state, lessons);
        let sources = Sources {
            lessons,
            inbox,
            learner: "",
            // Notes travel in `private`, once.
            private: false,
            now,
        };
        let report = Report::from_journey(journey, events, &sources);
        let state_counts = Counts {
            profile_items_done: checklists.iter().map(|c| c.done).sum(),
            keywords: report.monitoring.keywords,
            feeds: report.monitoring.feeds,
            scans: report.monitoring.scans,
            triaged: report.triage.total,
            kept: report.triage.kept,
            communities: report.communities.len(),
            comments: report.comments.len(),
            posts: report.posts.len(),
            coach_notes: report.coach_notes.len(),
        };
        Export {
            format: FORMAT.to_owned(),
            version: VERSION,
            generated_at: now,
            drempel: env!("CARGO_PKG_VERSION").to_owned(),
            journey: events.first().map(|e| e.id.clone()),
            started_at: events.iter().map(|e| e.at).min(),
            last_activity: report.last_activity,
            learner: Learner {
                name: report.name.clone(),
                role: report.role.clone(),
                organisation: report.organisation.clone(),
            },
            rung: report.rung,
            contributor: report.contributor,
            steps_done: report.steps.iter().filter(|s| s.done).count(),
            timeline: report.timeline,
            changes: report.changes,
            steps: report.steps,
            stuck,
            counts: state_counts,
            platforms,
            checklists,
            goals: report.strategy.map(|s| s.goals).unwrap_or_default(),
            decisions: report.triage.by_decision,
            // What a learner kept shows what they watch, as their keywords do.
            kept: if include_private { report.kept } else { Vec::new() },
            communities: report.communities,
            comments: report.comments,
            posts: report.posts,
            plans: report.plans,
            coach_plans: Vec::new(),
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
        let export = Export::build(&events, &lessons, None, Utc::now(), false);
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

        let full = Export::build(&events, &lessons, None, Utc::now(), true).to_json();
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
        let export = Export::build(&journal(), &lessons, None, Utc::now(), false);
        assert_eq!(
            export.file_name("me"),
            "drempel-export-anna-lena-orsted-ff001122.json"
        );
        let empty = Export::build(&[], &lessons, None, Utc::now(), false);
        assert_eq!(empty.file_name("me"), "drempel-export-me.json");
        let mut named = Export::build(&[], &lessons, None, Utc::now(), false);
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
