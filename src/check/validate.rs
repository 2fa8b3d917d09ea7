//! Checks that a pattern's match really is what it looks like, so that an order number
//! is not called an IBAN and a date is not called a phone number.

use super::rule::Validator;

impl Validator {
    pub fn accepts(self, text: &str) -> bool {
        match self {
            Validator::Iban => is_iban(text),
            Validator::Phone => is_phone_number(text),
        }
    }

    /// How much of a match from its start is what it looks like: all of it, or for an
    /// IBAN the longest run of its groups that is one. A pattern that reads IBANs in
    /// groups takes a short word after one for its last group ("BE13 7350 4126 8939
    /// op naam van …"), and the number is no less an IBAN for it.
    pub fn accepted(self, text: &str) -> Option<usize> {
        if self.accepts(text) {
            return Some(text.len());
        }
        match self {
            Validator::Iban => text
                .rmatch_indices(' ')
                .map(|(at, _)| at)
                .find(|&at| is_iban(&text[..at])),
            Validator::Phone => None,
        }
    }
}

/// IBAN lengths of the SEPA countries and a few neighbours (ISO 13616 registry).
/// A country not listed only needs the general 15–34 characters.
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IS", 26),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("TR", 26),
];

/// An IBAN: two letters, two check digits, the account; the mod-97 checksum of the
/// rearranged number is 1 (ISO 7064).
pub fn is_iban(text: &str) -> bool {
    let iban: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let bytes = iban.as_bytes();
    if !(15..=34).contains(&bytes.len())
        || !bytes[..2].iter().all(u8::is_ascii_uppercase)
        || !bytes[2..4].iter().all(u8::is_ascii_digit)
        || !bytes.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let country_length = IBAN_LENGTHS
        .iter()
        .find(|(country, _)| country.as_bytes() == &bytes[..2])
        .map(|(_, len)| *len);
    if country_length.is_some_and(|len| len != bytes.len()) {
        return false;
    }
    let mut remainder: u32 = 0;
    for &b in bytes[4..].iter().chain(&bytes[..4]) {
        let value = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

/// A phone number: 9 to 15 digits (the international maximum), not counting the `00`
/// that dials abroad, and not a date such as `01.02.2024 10:00`. A file number that
/// happens to hold "007 231 884" is too short to be `+7` and a number.
pub fn is_phone_number(text: &str) -> bool {
    let dialled = text.trim_start().strip_prefix("00").unwrap_or(text);
    let digits = dialled.chars().filter(char::is_ascii_digit).count();
    if !(9..=15).contains(&digits) {
        return false;
    }
    let groups: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    // A phone number written in pairs (06.12.34.56.78) has five or more parts of two
    // digits; a date has three, perhaps followed by a time (14:30:15).
    let pairs = groups.len() >= 5 && groups.iter().all(|g| g.len() == 2) && !text.contains(':');
    pairs || !starts_with_date(text)
}

/// Whether the text leads with a date: a day and a month (either way round) and a year
/// of two or four digits, joined by the same dot, slash or dash (`01.02.2024 10:00`,
/// `12/03/24`), or a year first (`2024-03-12 10:00`). A number dialled abroad never
/// does, nor one whose first parts cannot be a day and a month (`+49 89 2018-4476`).
fn starts_with_date(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with('+') {
        return false;
    }
    // The first three runs of digits and the marks between them.
    let mut parts = Vec::new();
    let mut rest = text;
    for _ in 0..3 {
        let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let (number, after) = rest.split_at(end);
        let mut marks = after.chars();
        parts.push((number, marks.next()));
        rest = marks.as_str();
    }
    let [(first, Some(mark)), (second, Some(again)), (third, _)] = parts[..] else {
        return false;
    };
    let value = |digits: &str| digits.parse::<u32>().ok();
    let (Some(a), Some(b)) = (value(first), value(second)) else {
        return false;
    };
    if mark != again || !['.', '/', '-'].contains(&mark) || third.is_empty() {
        return false;
    }
    let day_and_month = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    let year_last = first.len() <= 2
        && second.len() <= 2
        && matches!(third.len(), 2 | 4)
        && (day_and_month(a, b) || day_and_month(b, a));
    let year_first = first.len() == 4
        && second.len() <= 2
        && third.len() <= 2
        && value(third).is_some_and(|c| day_and_month(c, b));
    year_last || year_first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iban_is_found_before_a_word_its_pattern_took_for_a_group() {
        let matched = "BE13 7350 4126 8939 op";
        assert_eq!(
            Validator::Iban.accepted(matched),
            Some("BE13 7350 4126 8939".len())
        );
        assert_eq!(Validator::Iban.accepted("NL91 ABNA 0417 1643 00"), Some(22));
        assert_eq!(Validator::Iban.accepted("NL12 3456 7890 1234 56 is"), None);
    }

    #[test]
    fn ibans_need_a_valid_checksum_and_length() {
        for valid in [
            "NL91 ABNA 0417 1643 00",
            "DE89 3704 0044 0532 0130 00",
            "FR14 2004 1010 0505 0001 3M02 606",
            "BE68 5390 0754 7034",
            "gb82 west 1234 5698 7654 32",
        ] {
            assert!(is_iban(valid), "{valid}");
        }
        for invalid in [
            "NL92 ABNA 0417 1643 00",   // checksum off by one
            "NL91 ABNA 0417 1643 0",    // too short for NL
            "DE89 3704 0044 0532 0130", // too short for DE
            "XX00 0000",
        ] {
            assert!(!is_iban(invalid), "{invalid}");
        }
    }

    #[test]
    fn phone_numbers_but_not_dates_or_short_numbers() {
        for phone in [
            "+31 6 1234 5678",
            "020-123 4567",
            "+49 (0)30 123456",
            "0032 2 123 45 67",
            "06.12.34.56.78",
            "+49 89 2018-4476",
            "+49 (0)89 2018-4476",
            "089 2018-4476",
            "02/345.67.89",
        ] {
            assert!(is_phone_number(phone), "{phone}");
        }
        for other in [
            "01.02.2024 10:00",
            "2024",
            "06-1234",
            "12/03/2024 1430",
            "03-12-24 14:30:15",
            "2024-03-12 10:00",
            "007 231 884",
        ] {
            assert!(!is_phone_number(other), "{other}");
        }
    }
}
