//! The journey replayed: the journal's events applied one by one, the ladder assessed
//! after each, so that a report can say when each rung and step was reached.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::journal::{Event, EventBody, LearnerState};
use crate::ladder::{self, Assessment, Rung};
use crate::lessons::LessonSet;
use crate::step::Step;

/// When a rung's own evidence first held, and whether it still holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RungReached {
    pub rung: Rung,
    pub reached_at: Option<DateTime<Utc>>,
    pub holds: bool,
}

/// When a step was first done (by evidence or by finishing it in the wizard).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepReached {
    pub step: Step,
    pub done: bool,
    pub done_at: Option<DateTime<Utc>>,
}

/// The learner's rung moved, up or down (an undone item or a reset moves it down).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RungChange {
    pub at: DateTime<Utc>,
    pub from: Rung,
    pub to: Rung,
}

/// Everything the replay learned, with the state and assessment at the end.
#[derive(Clone, Debug)]
pub struct Journey {
    pub state: LearnerState,
    pub assessment: Assessment,
    pub rungs: Vec<RungReached>,
    pub steps: Vec<StepReached>,
    pub changes: Vec<RungChange>,
}

impl Journey {
    pub fn replay(events: &[Event], lessons: &LessonSet) -> Journey {
        let mut state = LearnerState::default();
        let mut assessment = ladder::assess(&state, lessons);
        let mut first_met: Vec<Option<DateTime<Utc>>> = vec![None; assessment.rungs.len()];
        let mut first_done: Vec<Option<DateTime<Utc>>> = vec![None; assessment.steps.len()];
        let mut changes = Vec::new();
        for event in events {
            state.apply(event);
            if !moves_the_ladder(&event.body) {
                continue;
            }
            let before = assessment.rung;
            assessment = ladder::assess(&state, lessons);
            for (seen, rung) in first_met.iter_mut().zip(&assessment.rungs) {
                if rung.met && seen.is_none() {
                    *seen = Some(event.at);
                }
            }
            for (seen, step) in first_done.iter_mut().zip(&assessment.steps) {
                if step.done && seen.is_none() {
                    *seen = Some(event.at);
                }
            }
            if assessment.rung != before {
                changes.push(RungChange {
                    at: event.at,
                    from: before,
                    to: assessment.rung,
                });
            }
        }
        let rungs = assessment
            .rungs
            .iter()
            .zip(first_met)
            .map(|(r, reached_at)| RungReached {
                rung: r.rung,
                reached_at,
                holds: r.met,
            })
            .collect();
        let steps = assessment
            .steps
            .iter()
            .zip(first_done)
            .map(|(s, done_at)| StepReached {
                step: s.step,
                done: s.done,
                done_at,
            })
            .collect();
        Journey {
            state,
            assessment,
            rungs,
            steps,
            changes,
        }
    }

    /// The first evidence still missing on the way up: where the learner is stuck.
    pub fn first_missing(&self) -> Option<&crate::ladder::Evidence> {
        self.assessment
            .rungs
            .iter()
            .flat_map(|r| &r.evidence)
            .find(|e| !e.met)
    }
}

/// Coach entries and bookkeeping events cannot change the ladder; skipping the
/// assessment for them keeps a long coaching history cheap to replay.
fn moves_the_ladder(body: &EventBody) -> bool {
    !matches!(
        body,
        EventBody::CoachNote { .. }
            | EventBody::CoachPlan { .. }
            | EventBody::CoachPlanDone { .. }
            | EventBody::TornLine { .. }
            | EventBody::ProfileDraft(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Community, ProfileItem, Welcome};
    use crate::lessons::Library;
    use crate::platform::Platform;
    use crate::strategy::{Goal, Strategy};
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).unwrap()
    }

    fn event(at: DateTime<Utc>, body: EventBody) -> Event {
        Event {
            id: format!("{at}"),
            at,
            body,
        }
    }

    #[test]
    fn each_rung_gets_the_moment_its_evidence_first_held() {
        let lessons = Library::embedded().load("en").unwrap();
        let mut events = vec![
            event(
                at(2, 9),
                EventBody::Welcomed(Welcome {
                    name: "Ada".into(),
                    ..Welcome::default()
                }),
            ),
            event(
                at(2, 10),
                EventBody::StrategySet(Strategy {
                    goals: vec![Goal::Recruitment],
                    ..Strategy::default()
                }),
            ),
        ];
        for (i, item) in lessons.checklist(Platform::Linkedin).enumerate() {
            events.push(event(
                at(3, 9 + i as u32),
                EventBody::ProfileItemDone(ProfileItem {
                    platform: Platform::Linkedin,
                    item: item.id.clone(),
                }),
            ));
        }
        events.push(event(
            at(4, 9),
            EventBody::CommunityJoined(Community {
                name: "HR NL".into(),
                platform: Platform::Linkedin,
                url: None,
            }),
        ));
        events.push(event(at(5, 9), EventBody::Reset { step: None }));

        let journey = Journey::replay(&events, &lessons);
        let reached: Vec<_> = journey
            .rungs
            .iter()
            .map(|r| (r.rung, r.reached_at, r.holds))
            .collect();
        assert_eq!(reached[0], (Rung::Spectator, Some(at(2, 10)), false));
        assert_eq!(reached[1], (Rung::Joiner, Some(at(4, 9)), false));
        assert_eq!(reached[2].1, None);
        let moves: Vec<_> = journey.changes.iter().map(|c| (c.at, c.to)).collect();
        assert_eq!(
            moves,
            [
                (at(2, 10), Rung::Spectator),
                (at(4, 9), Rung::Joiner),
                (at(5, 9), Rung::Inactive)
            ]
        );
        assert_eq!(journey.steps[0].done_at, Some(at(2, 9)), "welcome");
        let last_item = 9 + lessons.checklist(Platform::Linkedin).count() as u32 - 1;
        assert_eq!(
            journey.steps[2].done_at,
            Some(at(3, last_item)),
            "the last profile item"
        );
        assert_eq!(journey.assessment.rung, Rung::Inactive);
        assert_eq!(
            journey
                .first_missing()
                .map(|e| crate::coach::evidence_id(&e.need)),
            Some("welcome")
        );
    }
}
