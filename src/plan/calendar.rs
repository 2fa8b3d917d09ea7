//! The open plans as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
//! Apple Calendar import: a plan's due date as an all-day event, a weekly habit as ten
//! minutes that recur every week on its day.
//!
//! The `icalendar` crate writes the format (CRLF line ends, lines folded at 75 octets,
//! text escaped). Each event's UID comes from the plan's journal id, so importing a newer
//! file updates the events instead of doubling them.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

use super::{Owner, Plan};
use crate::t;

/// When a weekly habit starts on its day, in the learner's own time zone (a "floating"
/// time, which every calendar reads as local).
pub const HABIT_START: NaiveTime = NaiveTime::from_hms_opt(9, 0, 0).expect("a valid time");
/// How long a weekly habit takes: look at what came in, decide, react once.
pub const HABIT_MINUTES: i64 = 10;

/// How many events the calendar of `plans` holds: one per due date of an open plan, one
/// per open weekly habit.
pub fn event_count(plans: &[Plan]) -> usize {
    plans
        .iter()
        .filter(|p| p.is_open())
        .map(|p| usize::from(p.due.is_some()) + usize::from(p.every.is_some()))
        .sum()
}

/// The open plans as an iCalendar document, stamped `now`.
pub fn ics(plans: &[Plan], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new(
            "PRODID",
            format!("-//drempel//drempel {}//EN", env!("CARGO_PKG_VERSION")),
        ))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&t!("calendar-name"));
    for plan in plans.iter().filter(|p| p.is_open()) {
        let description = match plan.owner {
            Owner::Learner => t!("calendar-description-yours"),
            Owner::Coach => t!("calendar-description-coach"),
        };
        if let Some(due) = plan.due {
            let mut event = icalendar::Event::new();
            event
                .uid(&format!("due-{}@drempel", plan.id))
                .timestamp(now)
                .summary(&plan.text)
                .description(&description)
                .starts(due)
                // An all-day event ends on the next day: DTEND is exclusive.
                .ends(due + chrono::Days::new(1))
                // A deadline does not make the learner busy that day.
                .add_property("TRANSP", "TRANSPARENT");
            calendar.push(event.done());
        }
        if let Some(day) = plan.every {
            let first = day.on_or_after(first_day(plan));
            let start = first.and_time(HABIT_START);
            let mut rule = format!("FREQ=WEEKLY;BYDAY={}", day.ical());
            if let Some(due) = plan.due {
                // Floating start, floating end: the habit stops after its due date.
                rule.push_str(&format!(";UNTIL={}T235959", due.format("%Y%m%d")));
            }
            let mut event = icalendar::Event::new();
            event
                .uid(&format!("habit-{}@drempel", plan.id))
                .timestamp(now)
                .summary(&plan.text)
                .description(&format!("{description} {}", t!("calendar-habit")))
                .starts(start)
                .ends(start + chrono::Duration::minutes(HABIT_MINUTES))
                .add_property("RRULE", rule);
            calendar.push(event.done());
        }
    }
    calendar.done().to_string()
}

/// The earliest day a habit can start: the day it was made, in the learner's time zone.
fn first_day(plan: &Plan) -> NaiveDate {
    crate::coach::local_date(plan.set_at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Weekday;

    fn plan(text: &str, due: Option<NaiveDate>, every: Option<Weekday>) -> Plan {
        Plan {
            owner: Owner::Learner,
            number: 1,
            id: "0190".into(),
            text: text.into(),
            due,
            every,
            set_at: "2026-12-09T10:00:00Z".parse().unwrap(),
            done_at: None,
            date: due,
            overdue: false,
        }
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets() {
        let long = "Schreiben Sie über Präsentationen, Fragen; und Antworten ".repeat(4);
        let text = ics(
            &[plan(long.trim(), NaiveDate::from_ymd_opt(2026, 12, 11), None)],
            Utc::now(),
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(!line.contains('\n'), "a bare LF: {line:?}");
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(text.contains("Fragen\\; und"), "text is escaped: {text}");
    }

    #[test]
    fn done_plans_and_undated_ones_stay_out() {
        let mut done = plan("done", NaiveDate::from_ymd_opt(2026, 12, 11), None);
        done.done_at = Some(Utc::now());
        let plans = [done, plan("whenever", None, None)];
        assert_eq!(event_count(&plans), 0);
        assert!(!ics(&plans, Utc::now()).contains("BEGIN:VEVENT"));
    }
}
