//! A plan's date as a person types it: `2026-12-11`, `today`, `tomorrow` or a weekday
//! ("friday", "vrijdag"), in the run's language or in English. One reader for `plan add
//! --due`, `coach plan --due` and the wizard's "by when?".

use chrono::NaiveDate;

use super::weekday::{Weekday, fold};
use crate::lang::Language;
use crate::t;
use crate::text::sanitize_line;

/// The day `text` names, counted from `today`. `Err` says in the learner's words what
/// was wrong and how to write a date.
pub fn parse(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let typed = fold(text);
    let shown = sanitize_line(text.trim());
    let bad = || {
        t!(
            "plan-error-bad-date",
            text = shown.as_str(),
            example = example(today)
        )
    };
    if let Some(date) = iso(&typed) {
        return match (date, days_in_month(&typed)) {
            (Some(date), _) => Ok(date),
            (None, Some(days)) => Err(t!("plan-error-no-such-day", text = shown.as_str(), days = days)),
            (None, None) => Err(bad()),
        };
    }
    let words = |key: fn() -> String| {
        let mut words = vec![fold(&crate::messages::with_language(Language::BASE, key))];
        words.push(fold(&key()));
        words
    };
    if typed == "today" || words(|| t!("date-today")).contains(&typed) {
        return Ok(today);
    }
    if typed == "tomorrow" || words(|| t!("date-tomorrow")).contains(&typed) {
        return Ok(today + chrono::Days::new(1));
    }
    if let Some(day) = Weekday::parse(&typed) {
        return Ok(day.after(today));
    }
    Err(bad())
}

/// A date to give as an example: a week from today, as YYYY-MM-DD.
pub fn example(today: NaiveDate) -> String {
    (today + chrono::Days::new(7)).format("%Y-%m-%d").to_string()
}

/// `Some` for text shaped like YYYY-MM-DD: the date, or `None` inside when the calendar
/// has no such day (2026-02-30); `None` for any other shape.
fn iso(text: &str) -> Option<Option<NaiveDate>> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped.then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
}

/// How many days the month of a YYYY-MM-DD text has, when its month exists.
fn days_in_month(text: &str) -> Option<u32> {
    let year: i32 = text.get(0..4)?.parse().ok()?;
    let month: u32 = text.get(5..7)?.parse().ok()?;
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    u32::try_from((next - first).num_days()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_dates_and_the_words_people_type() {
        let today = date(2026, 12, 9); // a Wednesday
        assert_eq!(parse("2026-12-11", today), Ok(date(2026, 12, 11)));
        assert_eq!(parse(" Today ", today), Ok(today));
        assert_eq!(parse("tomorrow", today), Ok(date(2026, 12, 10)));
        assert_eq!(parse("friday", today), Ok(date(2026, 12, 11)));
        assert_eq!(parse("wednesday", today), Ok(date(2026, 12, 16)), "next week's");
        crate::messages::with_language(Language::Nl, || {
            assert_eq!(parse("morgen", today), Ok(date(2026, 12, 10)));
            assert_eq!(parse("vrijdag", today), Ok(date(2026, 12, 11)));
        });
        crate::messages::with_language(Language::De, || {
            assert_eq!(parse("heute", today), Ok(today));
            assert_eq!(parse("Freitag", today), Ok(date(2026, 12, 11)));
        });
        crate::messages::with_language(Language::Fr, || {
            assert_eq!(parse("aujourd’hui", today), Ok(today));
            assert_eq!(parse("demain", today), Ok(date(2026, 12, 10)));
        });
    }

    #[test]
    fn an_impossible_date_says_why() {
        let today = date(2026, 12, 9);
        let err = parse("2026-02-30", today).unwrap_err();
        assert!(err.contains("2026-02-30") && err.contains("28"), "{err}");
        let err = parse("2028-02-30", today).unwrap_err();
        assert!(err.contains("29"), "a leap year: {err}");
        for bad in ["2026-13-01", "11-12-2026", "2026/12/11", "someday", ""] {
            let err = parse(bad, today).unwrap_err();
            assert!(err.contains("2026-12-16"), "{bad}: {err}");
        }
    }
}
