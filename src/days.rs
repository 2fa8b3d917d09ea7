//! A day as people say it, in the learner's language: "today", "yesterday", "Friday"
//! for a day in the week around today, else a date ("12 December"). Messages place it
//! with the grammar their language needs ("since Tuesday", "seit dem 12. Dezember"),
//! so a day comes as a kind and its words.

use chrono::{Datelike, NaiveDate};

use crate::t;

/// How a day relates to today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Day {
    Today,
    Yesterday,
    Tomorrow,
    /// Within six days either way: its weekday's name says which day it is.
    Weekday(String),
    /// Further away: the date in words.
    Date(String),
}

impl Day {
    pub fn of(date: NaiveDate, today: NaiveDate) -> Day {
        match (date - today).num_days() {
            0 => Day::Today,
            -1 => Day::Yesterday,
            1 => Day::Tomorrow,
            -6..=6 => Day::Weekday(crate::plan::Weekday::of(date).name()),
            _ => Day::Date(date_words(date, today)),
        }
    }

    /// The kind, for a message's selector: `today`, `yesterday`, `tomorrow`, `weekday`
    /// or `date`.
    pub fn kind(&self) -> &'static str {
        match self {
            Day::Today => "today",
            Day::Yesterday => "yesterday",
            Day::Tomorrow => "tomorrow",
            Day::Weekday(_) => "weekday",
            Day::Date(_) => "date",
        }
    }

    /// The weekday's name or the date's words; empty for today, yesterday, tomorrow.
    pub fn words(&self) -> String {
        match self {
            Day::Weekday(words) | Day::Date(words) => words.clone(),
            _ => String::new(),
        }
    }
}

/// "12 December", with the year when it is not this year's.
pub fn date_words(date: NaiveDate, today: NaiveDate) -> String {
    let month = t!("date-month", month = date.month());
    if date.year() == today.year() {
        t!("date-day-month", day = date.day(), month = month)
    } else {
        t!(
            "date-day-month-year",
            day = date.day(),
            month = month,
            year = date.year().to_string()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::messages::with_language;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn days_near_today_by_name_further_ones_by_date() {
        let today = date(2026, 12, 9); // a Wednesday
        with_language(Language::En, || {
            assert_eq!(Day::of(today, today), Day::Today);
            assert_eq!(Day::of(date(2026, 12, 8), today), Day::Yesterday);
            assert_eq!(Day::of(date(2026, 12, 10), today), Day::Tomorrow);
            assert_eq!(Day::of(date(2026, 12, 11), today).words(), "Friday");
            assert_eq!(Day::of(date(2026, 12, 3), today).words(), "Thursday");
            assert_eq!(Day::of(date(2026, 12, 2), today).kind(), "date");
            assert_eq!(Day::of(date(2026, 12, 2), today).words(), "2 December");
            assert_eq!(Day::of(date(2027, 1, 20), today).words(), "20 January 2027");
        });
        with_language(Language::De, || {
            assert_eq!(Day::of(date(2026, 12, 11), today).words(), "Freitag");
            assert_eq!(Day::of(date(2026, 3, 1), today).words(), "1. März");
        });
        with_language(Language::Fr, || {
            assert_eq!(Day::of(date(2026, 3, 1), today).words(), "1er mars");
            assert_eq!(Day::of(date(2026, 12, 11), today).words(), "vendredi");
        });
        with_language(Language::Nl, || {
            assert_eq!(Day::of(date(2026, 5, 17), today).words(), "17 mei");
        });
    }
}
