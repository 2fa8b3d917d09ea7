//! The ladder: Forrester's Social Technographics rungs, derived from evidence in the
//! journal and never self-declared.

use serde::{Deserialize, Serialize};

use crate::journal::{Contribution, ItemStatus, LearnerState};
use crate::lessons::{ItemKind, LessonSet};
use crate::platform::Platform;
use crate::step::Step;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rung {
    Inactive,
    Spectator,
    Joiner,
    Collector,
    Critic,
    Creator,
}

impl Rung {
    pub const CLIMB: [Rung; 5] = [
        Rung::Spectator,
        Rung::Joiner,
        Rung::Collector,
        Rung::Critic,
        Rung::Creator,
    ];

    pub fn name(self) -> String {
        match self {
            Rung::Inactive => t!("rung-inactive"),
            Rung::Spectator => t!("rung-spectator"),
            Rung::Joiner => t!("rung-joiner"),
            Rung::Collector => t!("rung-collector"),
            Rung::Critic => t!("rung-critic"),
            Rung::Creator => t!("rung-creator"),
        }
    }

    /// The journey's aim: a contributor is a Critic or higher.
    pub fn is_contributor(self) -> bool {
        self >= Rung::Critic
    }
}

/// A rung climbed by one action: the learner's rung before it and after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Climb {
    pub from: Rung,
    pub to: Rung,
}

impl Climb {
    /// Compares the rung before an action with the rung after it: `Some` when the
    /// learner climbed. The one rule behind every "you are now a …", in the wizard and in
    /// every command that records evidence.
    pub fn between(before: Rung, after: Rung) -> Option<Climb> {
        (after > before).then_some(Climb {
            from: before,
            to: after,
        })
    }

    /// The announcement in the learner's language: the new rung, and what it says about
    /// them.
    pub fn announcement(&self) -> String {
        let meaning = match self.to {
            Rung::Inactive => return t!("rung-reached", rung = self.to.name()),
            Rung::Spectator => t!("rung-meaning-spectator"),
            Rung::Joiner => t!("rung-meaning-joiner"),
            Rung::Collector => t!("rung-meaning-collector"),
            Rung::Critic => t!("rung-meaning-critic"),
            Rung::Creator => t!("rung-meaning-creator"),
        };
        format!("{}\n{meaning}", t!("rung-reached", rung = self.to.name()))
    }
}

pub const MIN_KEYWORDS: usize = 3;
pub const MIN_TRIAGED: usize = 5;

/// One piece of evidence a rung asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum Need {
    Welcome,
    Strategy,
    /// One platform's checklist complete, privacy items included; the closest platform.
    ProfileComplete {
        closest: Option<ChecklistProgress>,
    },
    Community {
        have: usize,
    },
    Keywords {
        have: usize,
        need: usize,
    },
    Feed {
        have: usize,
    },
    Scan {
        have: u32,
    },
    Triaged {
        have: usize,
        need: usize,
    },
    Kept {
        have: usize,
    },
    CheckedComment {
        have: usize,
    },
    OwnPost {
        have: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    #[serde(flatten)]
    pub need: Need,
    pub met: bool,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RungAssessment {
    pub rung: Rung,
    pub met: bool,
    pub evidence: Vec<Evidence>,
}

/// How far one platform's checklist is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistProgress {
    pub platform: Platform,
    pub done: usize,
    pub total: usize,
    /// The first item still open, in lesson order.
    pub next_item: Option<String>,
    /// That item's label in the lessons' language.
    #[serde(skip)]
    pub next_label: Option<String>,
    /// Items the learner marked not applicable, in lesson order: they count as done.
    pub not_applicable: Vec<NotApplicable>,
}

/// A checklist item marked not applicable, with the learner's reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotApplicable {
    pub item: String,
    /// The item's label in the lessons' language.
    pub label: String,
    pub reason: String,
}

/// Whether a checklist item with this status counts as done: done, or not applicable
/// with a reason (privacy items included), or a considered "not for me", which settles
/// a profile item but never a privacy one.
pub fn settles(status: Option<ItemStatus>, kind: ItemKind) -> bool {
    match status {
        Some(ItemStatus::Done | ItemStatus::NotApplicable) => true,
        Some(ItemStatus::Declined) => kind == ItemKind::Profile,
        Some(ItemStatus::Postponed) | None => false,
    }
}

/// Whether a recorded comment is evidence for Critic: it has its address, and its
/// draft passed the pre-post check without errors.
pub fn comment_counts(comment: &Contribution) -> bool {
    !comment.url.is_empty() && comment.check_errors == Some(0)
}

impl ChecklistProgress {
    pub fn of(state: &LearnerState, lessons: &LessonSet, platform: Platform) -> ChecklistProgress {
        let mut done = 0;
        let mut total = 0;
        let mut next_item = None;
        let mut next_label = None;
        let mut not_applicable = Vec::new();
        for item in lessons.checklist(platform) {
            total += 1;
            let status = state.item_status(platform, &item.id);
            if status == Some(ItemStatus::NotApplicable) {
                not_applicable.push(NotApplicable {
                    item: item.id.clone(),
                    label: item.label.clone(),
                    reason: state
                        .not_applicable_reason(platform, &item.id)
                        .unwrap_or_default()
                        .to_owned(),
                });
            }
            let settled = settles(status, item.kind);
            if settled {
                done += 1;
            } else if next_item.is_none() {
                next_item = Some(item.id.clone());
                next_label = Some(item.label.clone());
            }
        }
        ChecklistProgress {
            platform,
            done,
            total,
            next_item,
            next_label,
            not_applicable,
        }
    }

    pub fn complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }
}

/// The learner's place on the ladder and the journey.
#[derive(Clone, Debug, Serialize)]
pub struct Assessment {
    pub rung: Rung,
    pub rungs: Vec<RungAssessment>,
    pub steps: Vec<StepProgress>,
    pub next: NextAction,
}

#[derive(Clone, Debug, Serialize)]
pub struct StepProgress {
    pub step: Step,
    pub done: bool,
    pub skipped: bool,
}

/// The one concrete thing to do next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextAction {
    pub text: String,
    /// A command that does it, where one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

impl Assessment {
    pub fn steps_done(&self) -> usize {
        self.steps.iter().filter(|s| s.done).count()
    }

    pub fn step_done(&self, step: Step) -> bool {
        self.steps.iter().any(|s| s.step == step && s.done)
    }
}

pub fn assess(state: &LearnerState, lessons: &LessonSet) -> Assessment {
    // Only the platforms the learner works on: the next action never sends them to a
    // profile on a platform they do not use.
    let closest = state
        .platforms_in_use()
        .into_iter()
        .map(|p| ChecklistProgress::of(state, lessons, p))
        .filter(|p| p.total > 0)
        .max_by_key(|p| (p.complete(), p.done, std::cmp::Reverse(p.platform)));
    let kept = state.triage.values().filter(|d| d.keeps()).count();
    let checked_comments = state.comments.iter().filter(|c| comment_counts(c)).count();
    let evidence = |need: Need, met: bool| Evidence {
        text: need_text(&need),
        need,
        met,
    };
    let rungs = vec![
        (
            Rung::Spectator,
            vec![
                evidence(Need::Welcome, state.welcome.is_some()),
                evidence(Need::Strategy, has_strategy(state)),
            ],
        ),
        (
            Rung::Joiner,
            vec![
                evidence(
                    Need::ProfileComplete {
                        closest: closest.clone(),
                    },
                    closest.as_ref().is_some_and(ChecklistProgress::complete),
                ),
                evidence(
                    Need::Community {
                        have: state.communities.len(),
                    },
                    !state.communities.is_empty(),
                ),
            ],
        ),
        (
            Rung::Collector,
            vec![
                evidence(
                    Need::Keywords {
                        have: state.keywords.len(),
                        need: MIN_KEYWORDS,
                    },
                    state.keywords.len() >= MIN_KEYWORDS,
                ),
                evidence(
                    Need::Feed {
                        have: state.feeds.len(),
                    },
                    !state.feeds.is_empty(),
                ),
                evidence(Need::Scan { have: state.scans }, state.scans > 0),
                evidence(
                    Need::Triaged {
                        have: state.triage.len(),
                        need: MIN_TRIAGED,
                    },
                    state.triage.len() >= MIN_TRIAGED,
                ),
                evidence(Need::Kept { have: kept }, kept > 0),
            ],
        ),
        (
            Rung::Critic,
            vec![evidence(
                Need::CheckedComment {
                    have: checked_comments,
                },
                checked_comments > 0,
            )],
        ),
        (
            Rung::Creator,
            vec![evidence(
                Need::OwnPost {
                    have: state.posts.len(),
                },
                !state.posts.is_empty(),
            )],
        ),
    ];
    let rungs: Vec<RungAssessment> = rungs
        .into_iter()
        .map(|(rung, evidence)| RungAssessment {
            rung,
            met: evidence.iter().all(|e| e.met),
            evidence,
        })
        .collect();
    let rung = rungs
        .iter()
        .rev()
        .find(|r| r.met)
        .map_or(Rung::Inactive, |r| r.rung);
    let met = |need: fn(&Need) -> bool| {
        rungs
            .iter()
            .flat_map(|r| &r.evidence)
            .any(|e| need(&e.need) && e.met)
    };
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let by_evidence = match step {
                Step::Welcome => met(|n| matches!(n, Need::Welcome)),
                Step::Strategy => met(|n| matches!(n, Need::Strategy)),
                Step::Profiles => met(|n| matches!(n, Need::ProfileComplete { .. })),
                Step::Monitoring => {
                    met(|n| matches!(n, Need::Keywords { .. }))
                        && met(|n| matches!(n, Need::Feed { .. }))
                        && met(|n| matches!(n, Need::Scan { .. }))
                }
                Step::Reading => {
                    met(|n| matches!(n, Need::Triaged { .. })) && met(|n| matches!(n, Need::Kept { .. }))
                }
                Step::Communities => met(|n| matches!(n, Need::Community { .. })),
                Step::Comment => met(|n| matches!(n, Need::CheckedComment { .. })),
                // The one rule for the last step: a plan of the learner's own with a
                // date, or a post of their own.
                Step::Next => {
                    met(|n| matches!(n, Need::OwnPost { .. })) || crate::plan::has_dated_plan(state)
                }
            };
            StepProgress {
                step,
                done: by_evidence,
                skipped: state.skipped.contains(&step),
            }
        })
        .collect();
    let next = next_action(&rungs, state);
    Assessment {
        rung,
        rungs,
        steps,
        next,
    }
}

fn has_strategy(state: &LearnerState) -> bool {
    state.strategy.as_ref().is_some_and(|s| !s.goals.is_empty())
}

fn need_text(need: &Need) -> String {
    match need {
        Need::Welcome => t!("need-welcome"),
        Need::Strategy => t!("need-strategy"),
        Need::ProfileComplete { closest: Some(p) } => t!(
            "need-profile-progress",
            platform = p.platform.name(),
            done = p.done,
            total = p.total
        ),
        Need::ProfileComplete { closest: None } => t!("need-profile"),
        Need::Community { have } => t!("need-community", have = *have),
        Need::Keywords { have, need } => t!("need-keywords", have = *have, need = *need),
        Need::Feed { have } => t!("need-feed", have = *have),
        Need::Scan { have } => t!("need-scan", have = *have),
        Need::Triaged { have, need } => t!("need-triaged", have = *have, need = *need),
        Need::Kept { have } => t!("need-kept", have = *have),
        Need::CheckedComment { have } => t!("need-comment", have = *have),
        Need::OwnPost { have } => t!("need-post", have = *have),
    }
}

/// The first missing evidence on the way up, as something to do. Climbing in order
/// keeps the method's order: strategy before profiles, reading before commenting.
fn next_action(rungs: &[RungAssessment], state: &LearnerState) -> NextAction {
    let missing = rungs.iter().flat_map(|r| &r.evidence).find(|e| !e.met);
    let action = |text: String, command: Option<String>| NextAction { text, command };
    match missing.map(|e| &e.need) {
        None => action(t!("next-creator"), None),
        Some(Need::Welcome) => action(t!("next-welcome"), Some("drempel".into())),
        Some(Need::Strategy) => action(t!("next-strategy"), Some("drempel start --step strategy".into())),
        // No platform chosen yet: choosing one comes first, and no platform is named.
        Some(Need::ProfileComplete { closest: None }) => {
            action(t!("next-profile-choose"), Some("drempel profile".into()))
        }
        Some(Need::ProfileComplete {
            closest: Some(progress),
        }) => {
            let item = progress.next_item.clone().unwrap_or_default();
            let label = progress.next_label.clone().unwrap_or_default();
            action(
                t!(
                    "next-profile-item",
                    platform = progress.platform.name(),
                    label = label
                ),
                Some(format!(
                    "drempel profile {} done {item}",
                    progress.platform.as_str()
                )),
            )
        }
        Some(Need::Community { .. }) => action(t!("next-community"), Some("drempel groups suggest".into())),
        Some(Need::Keywords { have, need }) => action(
            t!("next-keywords", have = *have, need = *need),
            Some("drempel keywords suggest".into()),
        ),
        Some(Need::Feed { .. }) => action(t!("next-feed"), Some("drempel feeds add URL".into())),
        Some(Need::Scan { .. }) => action(t!("next-scan"), Some("drempel scan".into())),
        Some(Need::Triaged { .. } | Need::Kept { .. }) => {
            action(t!("next-triage"), Some("drempel triage".into()))
        }
        Some(Need::CheckedComment { .. }) => action(t!("next-comment"), Some("drempel comment".into())),
        Some(Need::OwnPost { .. }) => {
            // The platform the learner works on first; a placeholder when none is known.
            let platform = state
                .platforms_in_use()
                .first()
                .map_or("PLATFORM", |p| p.as_str());
            action(
                t!("next-post"),
                Some(format!(
                    "drempel post record --url URL --platform {platform} --kind discussion"
                )),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Community, Contribution, Decision, Welcome};
    use crate::lessons::Library;
    use crate::strategy::{Goal, Strategy};

    fn lessons() -> LessonSet {
        Library::embedded().load("en").unwrap()
    }

    fn spectator() -> LearnerState {
        LearnerState {
            welcome: Some(Welcome {
                name: "Ada".into(),
                ..Welcome::default()
            }),
            strategy: Some(Strategy {
                goals: vec![Goal::Recruitment],
                ..Strategy::default()
            }),
            ..LearnerState::default()
        }
    }

    fn joiner() -> LearnerState {
        let mut state = spectator();
        for item in lessons().checklist(Platform::Linkedin) {
            state
                .profile
                .entry(Platform::Linkedin)
                .or_default()
                .insert(item.id.clone(), ItemStatus::Done);
        }
        state.communities.push(Community {
            name: "HR NL".into(),
            platform: Platform::Linkedin,
            url: None,
        });
        state
    }

    fn collector() -> LearnerState {
        let mut state = joiner();
        state.keywords = vec!["a".into(), "b".into(), "c".into()];
        state.feeds = vec!["https://example.org/feed".into()];
        state.scans = 1;
        for i in 0..4 {
            state.triage.insert(format!("i{i}"), Decision::Skip);
        }
        state.triage.insert("i4".into(), Decision::Respond);
        state
    }

    fn comment(errors: u32) -> Contribution {
        Contribution {
            url: "https://example.org/c/1".into(),
            platform: Platform::Linkedin,
            kind: None,
            item: None,
            draft: None,
            check_errors: Some(errors),
            accepted: Vec::new(),
        }
    }

    fn rung(state: &LearnerState) -> Rung {
        assess(state, &lessons()).rung
    }

    #[test]
    fn nothing_yet_is_inactive_and_points_at_the_wizard() {
        let assessment = assess(&LearnerState::default(), &lessons());
        assert_eq!(assessment.rung, Rung::Inactive);
        assert_eq!(assessment.next.command.as_deref(), Some("drempel"));
        assert_eq!(assessment.steps_done(), 0);
    }

    #[test]
    fn spectator_needs_welcome_and_a_goal() {
        let mut state = spectator();
        assert_eq!(rung(&state), Rung::Spectator);
        state.strategy.as_mut().unwrap().goals.clear();
        assert_eq!(rung(&state), Rung::Inactive);
        let mut state = spectator();
        state.welcome = None;
        assert_eq!(rung(&state), Rung::Inactive);
    }

    #[test]
    fn joiner_needs_every_privacy_item_and_a_community() {
        assert_eq!(rung(&joiner()), Rung::Joiner);

        let mut state = joiner();
        state.communities.clear();
        assert_eq!(rung(&state), Rung::Spectator);

        let lessons = lessons();
        let privacy = lessons
            .checklist(Platform::Linkedin)
            .find(|i| i.kind == ItemKind::Privacy)
            .unwrap();
        let profile = lessons
            .checklist(Platform::Linkedin)
            .find(|i| i.kind == ItemKind::Profile && i.id != "photo")
            .unwrap();
        let mut state = joiner();
        state
            .profile
            .get_mut(&Platform::Linkedin)
            .unwrap()
            .insert(profile.id.clone(), ItemStatus::Declined);
        assert_eq!(rung(&state), Rung::Joiner, "a profile item may be declined");
        state
            .profile
            .get_mut(&Platform::Linkedin)
            .unwrap()
            .insert(privacy.id.clone(), ItemStatus::Declined);
        assert_eq!(rung(&state), Rung::Spectator, "a privacy item may not");
        state
            .profile
            .get_mut(&Platform::Linkedin)
            .unwrap()
            .insert(privacy.id.clone(), ItemStatus::NotApplicable);
        assert_eq!(
            rung(&state),
            Rung::Joiner,
            "a privacy item that does not apply counts as done"
        );
        state
            .profile
            .get_mut(&Platform::Linkedin)
            .unwrap()
            .insert(privacy.id.clone(), ItemStatus::Declined);

        let assessment = assess(&state, &lessons);
        assert_eq!(
            assessment.next.command,
            Some(format!("drempel profile linkedin done {}", privacy.id))
        );
    }

    #[test]
    fn collector_boundaries() {
        assert_eq!(rung(&collector()), Rung::Collector);

        let mut state = collector();
        state.keywords.pop();
        assert_eq!(rung(&state), Rung::Joiner, "two keywords are not enough");

        let mut state = collector();
        state.triage.remove("i0");
        assert_eq!(rung(&state), Rung::Joiner, "four triaged are not enough");

        let mut state = collector();
        state.triage.insert("i4".into(), Decision::Skip);
        assert_eq!(rung(&state), Rung::Joiner, "nothing kept");

        let mut state = collector();
        state.scans = 0;
        assert_eq!(rung(&state), Rung::Joiner);
    }

    #[test]
    fn critic_needs_a_recorded_comment_that_passed_the_check() {
        let mut state = collector();
        state.comments.push(comment(2));
        assert_eq!(
            rung(&state),
            Rung::Collector,
            "a draft with errors does not count"
        );
        state.comments.push(comment(0));
        assert_eq!(rung(&state), Rung::Critic);
        assert!(Rung::Critic.is_contributor());
        assert!(!Rung::Collector.is_contributor());
    }

    #[test]
    fn creator_needs_an_own_post() {
        let mut state = collector();
        state.comments.push(comment(0));
        state.posts.push(Contribution {
            kind: Some("post".into()),
            ..comment(0)
        });
        let assessment = assess(&state, &lessons());
        assert_eq!(assessment.rung, Rung::Creator);
        assert_eq!(assessment.steps_done(), 8);
    }

    #[test]
    fn the_highest_rung_with_its_evidence_counts() {
        let mut state = LearnerState::default();
        state.comments.push(comment(0));
        assert_eq!(rung(&state), Rung::Critic);
        let assessment = assess(&state, &lessons());
        assert_eq!(
            assessment.next.command.as_deref(),
            Some("drempel"),
            "the next action still climbs in order"
        );
    }
}
