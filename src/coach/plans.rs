//! The plans a coach talks about: the learner's own and the ones agreed with the coach,
//! in one list, in the order a coach goes through them, overdue ones marked.
//!
//! Reports and exports take plans as the one model of [`crate::plan`], whoever made
//! them, so a plan reads the same from the journal, from an export, in Markdown and in
//! HTML.

use chrono::NaiveDate;

use crate::journal::LearnerState;
pub use crate::plan::{Owner, Plan};

/// Every plan in the learner's state, the learner's own and the coach's, in the order a
/// coach goes through them (see [`sort`]), overdue ones marked as of `today`.
pub fn gather(state: &LearnerState, today: NaiveDate) -> Vec<Plan> {
    let mut plans = crate::plan::all(state, today);
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
    use chrono::{TimeZone, Utc};

    fn plan(owner: Owner, text: &str, due: Option<(i32, u32, u32)>, done: bool) -> Plan {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        Plan {
            owner,
            number: 1,
            id: String::new(),
            text: text.into(),
            due: due.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
            every: None,
            set_at: at,
            done_at: done.then_some(at),
            date: None,
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
