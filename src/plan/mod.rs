//! Plans: what the learner means to do next (`drempel plan`, the wizard's last step) and
//! what they agreed with their coach (`drempel coach plan`), each by a date or as a
//! weekly habit. One view of both for every place that shows them: `plan list`, `coach
//! list`, `progress`, the calendar and the coach's report.

pub mod calendar;
pub mod due;
pub mod weekday;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub use weekday::Weekday;

use crate::error::{Error, Result};
use crate::journal::{EventBody, LearnerState, NewPlan};
use crate::t;

/// Whose plan it is, which decides the command that changes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    /// The learner's own: `drempel plan done N`.
    Learner,
    /// Agreed with the coach: `drempel coach done N`.
    Coach,
}

/// One plan as people see it: in lists, the calendar, the coach's report and an export
/// (which older drempels wrote without the fields marked `default`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub owner: Owner,
    /// The number `plan done N` (or `coach done N`) takes: its place among its owner's
    /// plans in the order they were made, so adding a plan never renumbers the others.
    #[serde(default)]
    pub number: usize,
    /// The id of the event that made it.
    #[serde(default)]
    pub id: String,
    pub text: String,
    pub due: Option<NaiveDate>,
    /// A weekly habit's day.
    #[serde(default)]
    pub every: Option<Weekday>,
    pub set_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    /// The day it is sorted by: its due date; for an open weekly habit, its next day
    /// (the due date when that comes first). `None`: no date at all.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Open, and its due date has passed.
    #[serde(default)]
    pub overdue: bool,
}

impl Plan {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }

    /// When it is meant to happen, in words: "every Friday, due 2026-12-11"; empty for a
    /// plan without a date or a day.
    pub fn when(&self) -> String {
        let due = self.due.map(|d| t!("coach-due", date = d.to_string()));
        let every = self.every.map(|day| t!("plan-every", day = day.name()));
        [every, due].into_iter().flatten().collect::<Vec<_>>().join(", ")
    }

    /// Open, and its due date has passed: the day it was due is still on time.
    pub fn is_overdue_on(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// Every plan, the learner's and the coach's, sorted by date (undated ones last, then in
/// the order they were made), with whether each is overdue on `today`.
pub fn all(state: &LearnerState, today: NaiveDate) -> Vec<Plan> {
    let learner = state.plans.iter().enumerate().map(|(index, p)| Plan {
        owner: Owner::Learner,
        number: index + 1,
        id: p.id.clone(),
        text: p.text.clone(),
        due: p.due,
        every: p.every,
        set_at: p.at,
        done_at: p.done_at,
        date: None,
        overdue: false,
    });
    let coach = state.coach_plans.iter().enumerate().map(|(index, p)| Plan {
        owner: Owner::Coach,
        number: index + 1,
        id: p.id.clone(),
        text: p.text.clone(),
        due: p.due,
        every: None,
        set_at: p.at,
        done_at: p.done_at,
        date: None,
        overdue: false,
    });
    let mut plans: Vec<Plan> = learner
        .chain(coach)
        .map(|mut plan| {
            plan.overdue = plan.is_overdue_on(today);
            let next_habit_day = plan
                .every
                .filter(|_| plan.is_open())
                .map(|day| day.on_or_after(today));
            plan.date = match (plan.due, next_habit_day) {
                (Some(due), Some(next)) => Some(due.min(next)),
                (due, next) => due.or(next),
            };
            plan
        })
        .collect();
    plans.sort_by_key(|p| (p.date.is_none(), p.date, p.set_at));
    plans
}

/// The plans of one owner, sorted by date.
pub fn of(state: &LearnerState, owner: Owner, today: NaiveDate) -> Vec<Plan> {
    all(state, today)
        .into_iter()
        .filter(|p| p.owner == owner)
        .collect()
}

/// Step 8 (next) is done when the learner has a plan of their own with a date. (A post
/// of their own does it too; that is the ladder's evidence for Creator.)
pub fn has_dated_plan(state: &LearnerState) -> bool {
    state.plans.iter().any(|p| p.due.is_some())
}

/// The longest plan drempel keeps: one line, as it shows in a list and a calendar.
pub const MAX_CHARS: usize = 300;

/// A new plan of the learner's own, by `due` and/or every `every`: the one action for
/// `drempel plan add` and the wizard's last step. The text becomes one line; an empty or
/// overlong one is refused.
pub fn add(text: &str, due: Option<NaiveDate>, every: Option<Weekday>) -> Result<EventBody> {
    let text = one_line(text)?;
    Ok(EventBody::PlanAdded(NewPlan { text, due, every }))
}

/// A plan's words as one line: spaces and line breaks collapsed, trimmed.
pub fn one_line(text: &str) -> Result<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(Error::Usage(t!("plan-empty")));
    }
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(Error::Usage(t!("plan-too-long", chars = chars, max = MAX_CHARS)));
    }
    Ok(text)
}

/// What can be done to a plan after it was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Done,
    Undo,
    Remove,
}

/// What a change records: the event, or `None` when the plan is that way already (done
/// twice, or undone while open).
pub fn change(plan: &Plan, change: Change) -> Option<EventBody> {
    let id = plan.id.clone();
    match (plan.owner, change) {
        (_, Change::Done) if !plan.is_open() => None,
        (_, Change::Undo) if plan.is_open() => None,
        (Owner::Learner, Change::Done) => Some(EventBody::PlanDone { plan: id }),
        (Owner::Learner, Change::Undo) => Some(EventBody::PlanUndone { plan: id }),
        (Owner::Learner, Change::Remove) => Some(EventBody::PlanRemoved { plan: id }),
        (Owner::Coach, Change::Done) => Some(EventBody::CoachPlanDone { plan: id }),
        (Owner::Coach, Change::Undo) => Some(EventBody::CoachPlanUndone { plan: id }),
        (Owner::Coach, Change::Remove) => Some(EventBody::CoachPlanRemoved { plan: id }),
    }
}

/// The plan of `owner` with `number`, or an error that says which numbers there are and
/// where to see them.
pub fn numbered(state: &LearnerState, owner: Owner, number: usize, today: NaiveDate) -> Result<Plan> {
    let plans = of(state, owner, today);
    if let Some(plan) = plans.iter().find(|p| p.number == number) {
        return Ok(plan.clone());
    }
    let count = plans.len();
    Err(Error::Usage(match owner {
        Owner::Learner => t!("plan-no-such-plan", number = number, count = count),
        Owner::Coach => t!("coach-no-such-plan", number = number, count = count),
    }))
}

/// Reads a plan number as a list shows it (1, 2, 3…); `Err` says what a plan number
/// is and which list shows them.
pub fn parse_number(text: &str, owner: Owner) -> std::result::Result<usize, String> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            let text = crate::text::sanitize_line(text);
            match owner {
                Owner::Learner => t!("plan-error-bad-number", text = text),
                Owner::Coach => t!("coach-error-bad-number", text = text),
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Event;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn event(id: &str, body: EventBody) -> Event {
        Event {
            id: id.into(),
            at: Utc::now(),
            body,
        }
    }

    fn added(id: &str, text: &str, due: Option<NaiveDate>, every: Option<Weekday>) -> Event {
        event(id, add(text, due, every).unwrap())
    }

    #[test]
    fn plans_of_both_owners_come_by_date_with_the_overdue_marked() {
        let today = date(2026, 12, 9); // a Wednesday
        let state = LearnerState::from_events(&[
            added("a", "Write a blog post", Some(date(2026, 12, 20)), None),
            added("b", "Ten minutes with the inbox", None, Some(Weekday::Friday)),
            event(
                "c",
                EventBody::CoachPlan {
                    text: "Start a discussion".into(),
                    due: Some(date(2026, 12, 1)),
                },
            ),
            added("d", "Some day", None, None),
        ]);
        let plans = all(&state, today);
        let order: Vec<(&str, Owner, usize)> = plans
            .iter()
            .map(|p| (p.text.as_str(), p.owner, p.number))
            .collect();
        assert_eq!(
            order,
            [
                ("Start a discussion", Owner::Coach, 1),
                ("Ten minutes with the inbox", Owner::Learner, 2),
                ("Write a blog post", Owner::Learner, 1),
                ("Some day", Owner::Learner, 3),
            ]
        );
        assert!(plans[0].overdue);
        assert_eq!(plans[1].date, Some(date(2026, 12, 11)), "the habit's next Friday");
        assert!(!plans[1].overdue && !plans[2].overdue);
        assert!(!has_dated_plan(&LearnerState::from_events(&[added(
            "b",
            "habit",
            None,
            Some(Weekday::Friday)
        )])));
        assert!(has_dated_plan(&state));
    }

    #[test]
    fn done_undo_and_remove_act_on_the_numbered_plan() {
        let today = date(2026, 12, 9);
        let mut state = LearnerState::from_events(&[
            added("a", "one", Some(date(2026, 12, 1)), None),
            added("b", "two", None, None),
        ]);
        let one = numbered(&state, Owner::Learner, 1, today).unwrap();
        let done = change(&one, Change::Done).unwrap();
        state.apply(&event("x", done));
        let one = numbered(&state, Owner::Learner, 1, today).unwrap();
        assert!(!one.is_open() && !one.overdue, "a done plan is not overdue");
        assert_eq!(change(&one, Change::Done), None, "done once");
        state.apply(&event("y", change(&one, Change::Undo).unwrap()));
        assert!(numbered(&state, Owner::Learner, 1, today).unwrap().overdue);
        state.apply(&event("z", change(&one, Change::Remove).unwrap()));
        let left = numbered(&state, Owner::Learner, 1, today).unwrap();
        assert_eq!(left.text, "two");
        let err = numbered(&state, Owner::Learner, 5, today).unwrap_err();
        assert!(err.to_string().contains("use 1"), "{err}");
        assert!(!has_dated_plan(&state), "the dated plan was removed");
    }

    #[test]
    fn a_plan_is_one_line_and_never_empty() {
        let EventBody::PlanAdded(plan) = add("  Start a\n discussion  ", None, None).unwrap() else {
            panic!()
        };
        assert_eq!(plan.text, "Start a discussion");
        assert!(matches!(add(" \n ", None, None), Err(Error::Usage(_))));
        assert!(matches!(add(&"x".repeat(301), None, None), Err(Error::Usage(_))));
        let err = parse_number("abc", Owner::Learner).unwrap_err();
        assert!(err.contains("abc") && err.contains("drempel plan list"), "{err}");
        assert_eq!(parse_number(" 2 ", Owner::Coach), Ok(2));
        assert!(parse_number("0", Owner::Coach).is_err());
    }
}
