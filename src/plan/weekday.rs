//! The day of a weekly habit, as the journal stores it (`"friday"`), as the learner reads
//! it (in their language) and as they type it (in their language, or in English, which
//! scripts use).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lang::Language;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday first, as the week runs in most learners' countries (see [`Weekday::week_of`]).
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The seven days in the order a learner of `lang` reads a week.
    pub fn week_of(lang: Language) -> [Weekday; 7] {
        let mut week = Weekday::ALL;
        if lang.week_starts_on_sunday() {
            week.rotate_right(1);
        }
        week
    }

    /// The day's name in the run's language: "Friday", "vrijdag", "Freitag", "vendredi".
    pub fn name(self) -> String {
        match self {
            Weekday::Monday => t!("weekday-monday"),
            Weekday::Tuesday => t!("weekday-tuesday"),
            Weekday::Wednesday => t!("weekday-wednesday"),
            Weekday::Thursday => t!("weekday-thursday"),
            Weekday::Friday => t!("weekday-friday"),
            Weekday::Saturday => t!("weekday-saturday"),
            Weekday::Sunday => t!("weekday-sunday"),
        }
    }

    /// The two letters of iCalendar's BYDAY (RFC 5545): `FR`.
    pub fn ical(self) -> &'static str {
        match self {
            Weekday::Monday => "MO",
            Weekday::Tuesday => "TU",
            Weekday::Wednesday => "WE",
            Weekday::Thursday => "TH",
            Weekday::Friday => "FR",
            Weekday::Saturday => "SA",
            Weekday::Sunday => "SU",
        }
    }

    pub fn of(date: NaiveDate) -> Weekday {
        Weekday::ALL[date.weekday().num_days_from_monday() as usize]
    }

    fn chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
        }
    }

    fn from_chrono(day: chrono::Weekday) -> Weekday {
        Weekday::ALL[day.num_days_from_monday() as usize]
    }

    /// The first day on or after `date` that is this weekday.
    pub fn on_or_after(self, date: NaiveDate) -> NaiveDate {
        let ahead = (7 + self.chrono().num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
        date + chrono::Days::new(u64::from(ahead))
    }

    /// The first day after `date` that is this weekday: "friday" typed on a Friday
    /// means next week's ("today" is there for today).
    pub fn after(self, date: NaiveDate) -> NaiveDate {
        self.on_or_after(date + chrono::Days::new(1))
    }

    /// The weekday `text` names, in the run's language or in English; full names and
    /// any beginning of two letters or more that names one day only (`fri`, `vr`,
    /// `Mi`, `mer`). `None` when it names no day, or more than one.
    pub fn parse(text: &str) -> Option<Weekday> {
        let typed = fold(text);
        if typed.chars().count() < 2 {
            return None;
        }
        // English through chrono, which reads "fri" and "Friday" alike.
        if let Ok(day) = typed.parse::<chrono::Weekday>() {
            return Some(Weekday::from_chrono(day));
        }
        let mut found: Option<Weekday> = None;
        for lang in [crate::messages::language(), Language::BASE] {
            for day in Weekday::ALL {
                let name = crate::messages::with_language(lang, || fold(&day.name()));
                // A name of several words ("יום שישי") is also typed as its last word.
                let last_word = name.split_whitespace().last().unwrap_or_default();
                if name == typed || last_word == typed {
                    return Some(day);
                }
                if name.starts_with(&typed) {
                    match found {
                        Some(other) if other != day => return None,
                        _ => found = Some(day),
                    }
                }
            }
        }
        found
    }

    /// Every day's name in the run's language, for a message that lists them.
    pub fn names() -> String {
        Weekday::ALL.map(Weekday::name).join(", ")
    }
}

/// A typed word as it is compared: trimmed, lower case, one kind of apostrophe.
pub(crate) fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_week_starts_on_sunday_in_hebrew_and_on_monday_elsewhere() {
        let hebrew = Weekday::week_of(Language::He);
        assert_eq!(hebrew[0], Weekday::Sunday);
        assert_eq!(hebrew[4], Weekday::Thursday);
        for lang in [Language::En, Language::Nl, Language::De, Language::Fr] {
            assert_eq!(Weekday::week_of(lang), Weekday::ALL, "{lang:?}");
        }
    }

    #[test]
    fn a_weekday_is_read_in_english_and_the_run_language() {
        assert_eq!(Weekday::parse("Friday"), Some(Weekday::Friday));
        assert_eq!(Weekday::parse(" fri "), Some(Weekday::Friday));
        assert_eq!(Weekday::parse("t"), None, "one letter names no day");
        assert_eq!(Weekday::parse("frydag"), None);
        crate::messages::with_language(Language::Nl, || {
            assert_eq!(Weekday::parse("vrijdag"), Some(Weekday::Friday));
            assert_eq!(Weekday::parse("Wo"), Some(Weekday::Wednesday));
            assert_eq!(Weekday::parse("zo"), Some(Weekday::Sunday));
            assert_eq!(Weekday::parse("friday"), Some(Weekday::Friday));
        });
        crate::messages::with_language(Language::De, || {
            assert_eq!(Weekday::parse("Mittwoch"), Some(Weekday::Wednesday));
            assert_eq!(Weekday::parse("Do"), Some(Weekday::Thursday));
        });
        crate::messages::with_language(Language::Fr, || {
            assert_eq!(Weekday::parse("vendredi"), Some(Weekday::Friday));
            assert_eq!(Weekday::parse("mer"), Some(Weekday::Wednesday));
            assert_eq!(Weekday::parse("ma"), Some(Weekday::Tuesday));
        });
    }

    #[test]
    fn the_next_weekday_is_counted_from_a_date() {
        let friday = date(2026, 12, 11);
        assert_eq!(Weekday::of(friday), Weekday::Friday);
        assert_eq!(Weekday::Friday.on_or_after(friday), friday);
        assert_eq!(Weekday::Friday.after(friday), date(2026, 12, 18));
        assert_eq!(Weekday::Monday.after(friday), date(2026, 12, 14));
        assert_eq!(Weekday::Sunday.on_or_after(date(2026, 12, 31)), date(2027, 1, 3));
    }
}
