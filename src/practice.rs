//! The practice session after the first day: what came in since last time, a decision
//! or two, one reaction, the plan. Short, each part skippable, resumed like the journey.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::feeds::inbox::Inbox;
use crate::journal::LearnerState;
use crate::ladder::Assessment;
use crate::step::Step;
use crate::t;

/// The parts of a practice session, in the order they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// Look for what came in.
    Scan,
    /// Decide what the new items deserve.
    Decide,
    /// Respond to one: check, post, record.
    Respond,
    /// Mark the plan done, give it a new date, or make a new one.
    Plan,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Scan, Part::Decide, Part::Respond, Part::Plan];

    /// The part as the learner reads it: "look at what came in".
    pub fn name(self) -> String {
        match self {
            Part::Scan => t!("practice-part-scan"),
            Part::Decide => t!("practice-part-decide"),
            Part::Respond => t!("practice-part-respond"),
            Part::Plan => t!("practice-part-plan"),
        }
    }
}

/// How long an unfinished session waits to be resumed: a break within the same sitting,
/// or the same day. A learner who comes back later than that gets a fresh session with
/// what came in since.
pub const RESUME_WITHIN: Duration = Duration::hours(12);

/// The latest practice session, as the journal tells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Session {
    pub started: DateTime<Utc>,
    /// When the learner was last here before this session: what "since" counts from.
    pub since: Option<DateTime<Utc>>,
    pub done: BTreeSet<Part>,
    pub skipped: BTreeSet<Part>,
    /// Closed by the learner, or every part walked.
    pub ended: bool,
    /// The session's latest event.
    pub last: DateTime<Utc>,
}

impl Session {
    pub fn new(started: DateTime<Utc>, since: Option<DateTime<Utc>>) -> Session {
        Session {
            started,
            since,
            done: BTreeSet::new(),
            skipped: BTreeSet::new(),
            ended: false,
            last: started,
        }
    }

    /// The first part neither done nor skipped; `None` when every part was walked.
    pub fn next_part(&self) -> Option<Part> {
        Part::ALL
            .into_iter()
            .find(|p| !self.done.contains(p) && !self.skipped.contains(p))
    }

    /// Whether `drempel` at `now` carries on with this session rather than starting one.
    pub fn resumes_at(&self, now: DateTime<Utc>) -> bool {
        !self.ended && self.next_part().is_some() && now - self.last < RESUME_WITHIN
    }
}

/// Whether the first day's journey is behind the learner, so that `drempel` opens a
/// practice session instead of a step: every step's evidence holds, or the last step
/// was walked to its end and its evidence holds (a plan with a date, or a post).
/// A learner still walking the last step in the wizard finishes it first.
pub fn first_day_done(state: &LearnerState, assessment: &Assessment) -> bool {
    let every_step = Step::ALL.iter().all(|s| assessment.step_done(*s));
    let last_walked = state.completed.contains(&Step::Next);
    let in_last_step = !last_walked
        && Step::ALL
            .iter()
            .filter(|s| **s != Step::Next)
            .all(|s| state.completed.contains(s) || state.skipped.contains(s));
    (last_walked && assessment.step_done(Step::Next)) || (every_step && !in_last_step)
}

/// The session `drempel` at `now` carries on with: the latest one while it can be
/// resumed, else a new one, not recorded until the learner answers its first question.
pub fn current(state: &LearnerState, now: DateTime<Utc>) -> (Session, bool) {
    match &state.practice {
        Some(session) if session.resumes_at(now) => (session.clone(), true),
        _ => (Session::new(now, state.last_active), false),
    }
}

/// The inbox items that came in after `since` and still wait for a decision.
pub fn new_since(inbox: &Inbox, since: Option<DateTime<Utc>>) -> usize {
    inbox
        .new_items()
        .into_iter()
        .filter(|item| since.is_none_or(|since| item.first_seen > since))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hours: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + Duration::hours(hours)
    }

    #[test]
    fn a_session_resumes_at_its_first_unwalked_part_within_the_same_sitting() {
        let mut session = Session::new(at(0), Some(at(-72)));
        assert_eq!(session.next_part(), Some(Part::Scan));
        session.skipped.insert(Part::Scan);
        session.done.insert(Part::Decide);
        session.last = at(1);
        assert_eq!(session.next_part(), Some(Part::Respond));
        assert!(session.resumes_at(at(2)));
        assert!(!session.resumes_at(at(14)), "a day later starts afresh");
        session.ended = true;
        assert!(!session.resumes_at(at(2)), "closed by the learner");
        session.ended = false;
        session.done.extend([Part::Respond, Part::Plan]);
        assert_eq!(session.next_part(), None);
        assert!(!session.resumes_at(at(2)), "every part walked");
    }
}
