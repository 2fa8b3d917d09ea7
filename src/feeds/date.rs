//! Dates as feeds really write them. RFC 2822 and RFC 3339 first, then the common ways
//! they go wrong: a wrong weekday, a named time zone, no seconds, a two-digit year, a
//! Dutch, German or French month name, a bare date. What cannot be read is `None`:
//! a date never fails a feed.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Dates before this are placeholders (the Unix epoch, "0001-01-01"), not news.
const EARLIEST_YEAR: i32 = 1990;

pub fn parse_date(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = DateTime::parse_from_rfc2822(text)
        .or_else(|_| DateTime::parse_from_rfc3339(text))
        .ok()
        .map(|d| d.with_timezone(&Utc))
        .or_else(|| iso_like(text))
        .or_else(|| day_month_year(text))?;
    plausible(parsed)
}

/// Keeps real dates only; see [`EARLIEST_YEAR`].
pub fn plausible(date: DateTime<Utc>) -> Option<DateTime<Utc>> {
    use chrono::Datelike;
    (date.year() >= EARLIEST_YEAR).then_some(date)
}

/// `2026-11-03 09:30:00`, `2026-11-03T09:30`, `2026-11-03 09:30:00 +0100`, `2026-11-03`,
/// `2026/11/03`: read as UTC when no offset is given.
fn iso_like(text: &str) -> Option<DateTime<Utc>> {
    let text = text.replace('/', "-");
    let text = text.trim_end_matches('Z').trim();
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f %z",
    ] {
        if let Ok(date) = DateTime::parse_from_str(text, format) {
            return Some(date.with_timezone(&Utc));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(date) = NaiveDateTime::parse_from_str(text, format) {
            return Some(Utc.from_utc_datetime(&date));
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .map(|d| Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)))
}

/// RFC 2822 as it is written in the wild: `[weekday,] day month year [time] [zone]`,
/// tolerating any weekday, month names in four languages, a missing `:ss`, a two-digit
/// year, a named zone and dots (`3. Nov. 2026`).
fn day_month_year(text: &str) -> Option<DateTime<Utc>> {
    // Commas, and dots that end a word ("4.", "juil."), are only punctuation here.
    let mut cleaned = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let ends_word = c == '.' && chars.peek().is_none_or(|n| n.is_whitespace());
        cleaned.push(if c == ',' || ends_word { ' ' } else { c });
    }
    let mut tokens: Vec<&str> = cleaned.split_whitespace().collect();
    // A leading weekday, in whatever language: a word that is not a number or month.
    if tokens
        .first()
        .is_some_and(|t| !t.starts_with(|c: char| c.is_ascii_digit()) && month(t).is_none())
    {
        tokens.remove(0);
    }
    let (day, month_number, year) = match tokens.as_slice() {
        [d, m, y, ..] if d.parse::<u32>().is_ok() => (d.parse().ok()?, month(m)?, year(y)?),
        // "Nov 3 2026 …": month first.
        [m, d, y, ..] => (d.parse().ok()?, month(m)?, year(y)?),
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year, month_number, day)?;
    let time = tokens.get(3).map_or(Some(NaiveTime::MIN), |t| time(t));
    let time = time?;
    let offset = match tokens.get(4) {
        None => FixedOffset::east_opt(0)?,
        Some(zone_text) => zone(zone_text)?,
    };
    let local = date.and_time(time);
    offset
        .from_local_datetime(&local)
        .single()
        .map(|d| d.with_timezone(&Utc))
}

fn year(token: &str) -> Option<i32> {
    let year: i32 = token.parse().ok()?;
    match token.len() {
        4 => Some(year),
        // RFC 2822's obsolete two-digit years.
        2 if year < 50 => Some(2000 + year),
        2 => Some(1900 + year),
        _ => None,
    }
}

fn time(token: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(token, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(token, "%H:%M"))
        .ok()
}

/// Month names and abbreviations in English, Dutch, German and French.
fn month(token: &str) -> Option<u32> {
    let lower = token.trim_end_matches('.').to_lowercase();
    let prefix: String = lower.chars().take(3).collect();
    let number = match prefix.as_str() {
        "jan" | "jän" => 1,
        "feb" | "fév" | "fev" => 2,
        // "mai" (May) shares only its first two letters with these.
        "mar" | "maa" | "mrt" | "mär" | "mrz" => 3,
        "apr" | "avr" => 4,
        "may" | "mei" | "mai" => 5,
        "jun" => 6,
        // French "juin" is June, "juil." and "juillet" July.
        "jui" if lower.starts_with("juil") => 7,
        "jui" => 6,
        "jul" => 7,
        "aug" | "aoû" | "aou" => 8,
        "sep" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "dez" | "déc" => 12,
        _ => return None,
    };
    Some(number)
}

/// `+0100`, `-05:00`, `GMT`, `UT`, `Z`, and the North American and European zone names
/// that feeds still write.
fn zone(token: &str) -> Option<FixedOffset> {
    let hours = |h: i32| FixedOffset::east_opt(h * 3600);
    match token.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" | "WET" => hours(0),
        "BST" | "CET" | "MEZ" | "WEST" => hours(1),
        "CEST" | "MESZ" | "EET" => hours(2),
        "EEST" => hours(3),
        "EDT" => hours(-4),
        "EST" | "CDT" => hours(-5),
        "CST" | "MDT" => hours(-6),
        "MST" | "PDT" => hours(-7),
        "PST" => hours(-8),
        _ => {
            let (sign, digits) = match token.as_bytes().first()? {
                b'+' => (1, &token[1..]),
                b'-' => (-1, &token[1..]),
                _ => return None,
            };
            let digits = digits.replace(':', "");
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let h: i32 = digits[..2].parse().ok()?;
            let m: i32 = digits[2..].parse().ok()?;
            FixedOffset::east_opt(sign * (h * 3600 + m * 60))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> String {
        parse_date(text)
            .map(|d| d.to_rfc3339())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn standard_dates() {
        assert_eq!(
            utc("Tue, 03 Nov 2026 09:30:00 +0100"),
            "2026-11-03T08:30:00+00:00"
        );
        assert_eq!(utc("2026-11-03T09:30:00+01:00"), "2026-11-03T08:30:00+00:00");
        assert_eq!(utc("2026-11-03T08:30:00Z"), "2026-11-03T08:30:00+00:00");
        assert_eq!(utc("2026-11-03T08:30:00.123Z"), "2026-11-03T08:30:00.123+00:00");
    }

    #[test]
    fn common_variants() {
        // Wrong weekday (3 November 2026 is a Tuesday), named zones, no seconds.
        assert_eq!(utc("Fri, 03 Nov 2026 09:30:00 GMT"), "2026-11-03T09:30:00+00:00");
        assert_eq!(utc("Tue, 3 Nov 2026 09:30 EST"), "2026-11-03T14:30:00+00:00");
        assert_eq!(utc("Tue, 03 Nov 26 09:30:00 +0000"), "2026-11-03T09:30:00+00:00");
        assert_eq!(
            utc("03 November 2026 09:30:00 +01:00"),
            "2026-11-03T08:30:00+00:00"
        );
        assert_eq!(utc("Nov 3 2026 09:30:00 PST"), "2026-11-03T17:30:00+00:00");
        assert_eq!(utc("2026-11-03 09:30:00"), "2026-11-03T09:30:00+00:00");
        assert_eq!(utc("2026-11-03 09:30:00 +0200"), "2026-11-03T07:30:00+00:00");
        assert_eq!(utc("2026/11/03"), "2026-11-03T00:00:00+00:00");
        assert_eq!(utc("2026-11-03"), "2026-11-03T00:00:00+00:00");
        assert_eq!(utc("Tuesday, 3 November 2026"), "2026-11-03T00:00:00+00:00");
    }

    #[test]
    fn month_names_in_four_languages() {
        assert_eq!(utc("di, 03 mrt 2026 10:00:00 +0100"), "2026-03-03T09:00:00+00:00");
        assert_eq!(utc("wo 13 mei 2026 10:00 CEST"), "2026-05-13T08:00:00+00:00");
        assert_eq!(utc("Mi, 4. März 2026 10:00:00 MEZ"), "2026-03-04T09:00:00+00:00");
        assert_eq!(utc("12 Dez 2026"), "2026-12-12T00:00:00+00:00");
        assert_eq!(
            utc("mer. 15 juil. 2026 08:00:00 +0200"),
            "2026-07-15T06:00:00+00:00"
        );
        assert_eq!(utc("lun. 15 juin 2026"), "2026-06-15T00:00:00+00:00");
        assert_eq!(utc("1 août 2026"), "2026-08-01T00:00:00+00:00");
        assert_eq!(utc("1 févr. 2026"), "2026-02-01T00:00:00+00:00");
    }

    #[test]
    fn garbage_and_placeholders_are_none() {
        for text in [
            "",
            "   ",
            "yesterday",
            "not a date at all",
            "32 Nov 2026",
            "2026-13-45",
            "Tue, 03 Nov 2026 25:61:00 +0000",
            "Thu, 01 Jan 1970 00:00:00 +0000",
            "0001-01-01T00:00:00Z",
            "Tue, 03 Nov 2026 09:30:00 +99999",
        ] {
            assert_eq!(utc(text), "none", "{text:?}");
        }
    }
}
