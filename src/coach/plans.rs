//! The plans a coach talks about: the learner's own and the ones agreed with the coach,
//! in one list by date, with the overdue ones marked.
//!
//! Reports and exports take plans as this one model, whoever made them, so a plan reads
//! the same from the journal, from an export, in Markdown and in HTML.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::journal::LearnerState;

/// Who made a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    /// The learner's own plan (`drempel plan add`).
    Learner,
    /// Agreed with the coach (`drempel coach plan`).
    Coach,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub owner: Owner,
    pub text: String,
    pub due: Option<NaiveDate>,
    pub set_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    /// Open and due before the day the list was made (see [`mark_overdue`]).
    #[serde(default)]
    pub overdue: bool,
}

impl Plan {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }

    /// Open, and its due date has passed: the day it was due is still on time.
    pub fn is_overdue_on(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// Every plan in the learner's state, by date (see [`sort`]). The coach's plans today;
/// the learner's own plans join them here.
pub fn gather(state: &LearnerState) -> Vec<Plan> {
    let mut plans: Vec<Plan> = state
        .coach_plans
        .iter()
        .map(|p| Plan {
            owner: Owner::Coach,
            text: p.text.clone(),
            due: p.due,
            set_at: p.at,
            done_at: p.done_at,
            overdue: false,
        })
        .collect();
    sort(&mut plans);
    plans
}

/// By date, the way a coach goes through them: open plans first, those with a due date
/// by that date and then the rest by when they were made; plans already done last, the
/// most recently done first.
pub fn sort(plans: &mut [Plan]) {
    plans.sort_by(|a, b| {
        let key = |p: &Plan| (!p.is_open(), p.due.is_none(), p.due, p.set_at);
        key(a)
            .cmp(&key(b))
            .then_with(|| b.done_at.cmp(&a.done_at))
            .then_with(|| a.owner.cmp(&b.owner))
    });
}

/// Marks the plans that are overdue on `today`, and clears the mark of the rest.
pub fn mark_overdue(plans: &mut [Plan], today: NaiveDate) {
    for plan in plans {
        plan.overdue = plan.is_overdue_on(today);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn plan(owner: Owner, text: &str, due: Option<(i32, u32, u32)>, done: bool) -> Plan {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        Plan {
            owner,
            text: text.into(),
            due: due.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
            set_at: at,
            done_at: done.then_some(at),
            overdue: false,
        }
    }

    #[test]
    fn open_plans_come_by_due_date_and_only_open_past_ones_are_overdue() {
        let mut plans = vec![
            plan(Owner::Coach, "done long ago", Some((2026, 3, 2)), true),
            plan(Owner::Learner, "no date", None, false),
            plan(Owner::Coach, "later", Some((2026, 3, 20)), false),
            plan(Owner::Learner, "sooner", Some((2026, 3, 5)), false),
            plan(Owner::Learner, "today", Some((2026, 3, 10)), false),
        ];
        sort(&mut plans);
        mark_overdue(&mut plans, NaiveDate::from_ymd_opt(2026, 3, 10).unwrap());
        let order: Vec<(&str, bool)> = plans.iter().map(|p| (p.text.as_str(), p.overdue)).collect();
        assert_eq!(
            order,
            [
                ("sooner", true),
                ("today", false),
                ("later", false),
                ("no date", false),
                ("done long ago", false)
            ]
        );
    }
}
