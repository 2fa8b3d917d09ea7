//! Phone numbers as people write them: nationally with a trunk 0 ("030 1234 5670"), or
//! internationally with a country code ("+49 30 1234 5670", "0049 (0)30 1234 5670").

/// The two-digit country calling codes (ITU-T E.164). The codes form a prefix code:
/// `1` and `7` are the only one-digit codes, and every code not listed here or there
/// has three digits, so the digits after `+` say where the code ends.
const TWO_DIGIT_CODES: &[&str] = &[
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48",
    "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81",
    "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
];

/// The digits of a number as written, without the marks between them.
pub(crate) fn digits(written: &str) -> String {
    written.chars().filter(char::is_ascii_digit).collect()
}

/// The number within its country: without the trunk 0 of a national number, and
/// without the `+` or `00`, the country code and a bracketed trunk `(0)` of an
/// international one. `None` for a number that is neither (no trunk, no code).
fn within_country(written: &str) -> Option<(Option<String>, String)> {
    let digits = digits(written);
    let international = written.trim_start().starts_with('+') || digits.starts_with("00");
    if !international {
        return digits.strip_prefix('0').map(|rest| (None, rest.to_owned()));
    }
    let dialled = digits.strip_prefix("00").unwrap_or(&digits);
    let code_len = if dialled.starts_with(['1', '7']) {
        1
    } else if TWO_DIGIT_CODES.iter().any(|code| dialled.starts_with(code)) {
        2
    } else {
        3
    };
    let (code, rest) = dialled.split_at_checked(code_len)?;
    // Italy keeps its 0 after the code, and "+49 (0)30" writes the trunk in brackets.
    Some((Some(code.to_owned()), rest.trim_start_matches('0').to_owned()))
}

/// Whether two written numbers are the same phone number, one perhaps written
/// nationally and the other internationally ("09 233 41 70" and "+32 9 233 41 70"),
/// but not two numbers that merely end alike ("02 345 67 89" and "+33 1 23 45 67 89").
/// The shortest national numbers (Belgian and Israeli landlines) keep eight digits
/// after the trunk 0.
pub(crate) fn same_number(a: &str, b: &str) -> bool {
    let (Some((code_a, a)), Some((code_b, b))) = (within_country(a), within_country(b)) else {
        return false;
    };
    // Two international numbers must share their country; a national one has none to
    // compare.
    let same_country = match (code_a, code_b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    a.len() >= 8 && a == b && same_country
}

#[cfg(test)]
mod tests {
    use super::same_number;

    #[test]
    fn a_number_is_itself_written_nationally_or_internationally() {
        for (a, b) in [
            ("09 233 41 70", "+32 9 233 41 70"),
            ("09/233.41.70", "+32 9 233 41 70"),
            ("030 1234 5670", "+49 30 1234 5670"),
            ("030 1234 5670", "0049 (0)30 1234 5670"),
            ("03-555-1234", "+972 3-555-1234"),
            ("0161 496 0420", "+44 161 496 0420"),
            ("0161 496 0420", "0044 161 496 0420"),
            ("02 1234 5678", "+39 02 1234 5678"),
        ] {
            assert!(same_number(a, b), "{a} = {b}");
            assert!(same_number(b, a), "{b} = {a}");
        }
    }

    #[test]
    fn numbers_that_end_alike_are_not_the_same() {
        for (a, b) in [
            // +33 1 is Paris: 01 23 45 67 89, not 02 345 67 89.
            ("02/345.67.89", "+33 1 23 45 67 89"),
            ("09 233 41 71", "+32 9 233 41 70"),
            ("+32 9 233 41 70", "+33 9 233 41 70"),
            ("+972 3-555-1234", "+973 3-555-1234"),
            ("233 41 70", "+32 233 41 70"),
        ] {
            assert!(!same_number(a, b), "{a} ≠ {b}");
            assert!(!same_number(b, a), "{b} ≠ {a}");
        }
    }
}
