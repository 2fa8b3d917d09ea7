//! What matching needs to know about Hebrew writing, in one place for the feed
//! keywords and the pre-post check alike:
//!
//! - Short words are glued to the front of the next word: ו (and), ה (the), ב (in),
//!   ל (to), מ (from), ש (that), כ (as), and their combinations (וה, ול, מה, שב, כש,
//!   וכש, לכש…). "להנפקה" is "to the issue"; a keyword or confidential term "הנפקה"
//!   must still be found in it.
//! - Vowel points (niqqud) and cantillation marks are optional: most text has none,
//!   some has them, and the word is the same.
//! - Acronyms and abbreviations carry a gershayim (״) or geresh (׳), typed just as
//!   often with the ASCII `"` and `'`: צה״ל and צה"ל are one word.
//!
//! All of this applies to words in Hebrew letters only: a Latin word is matched as
//! before.

/// A letter of the Hebrew alphabet (final forms, the Yiddish digraphs and the
/// presentation forms included); the points are marks, not letters.
pub fn is_letter(c: char) -> bool {
    matches!(c, '\u{05D0}'..='\u{05EA}' | '\u{05EF}'..='\u{05F2}' | '\u{FB1D}'..='\u{FB4F}')
        && c.is_alphabetic()
}

/// A vowel point or cantillation mark: the combining marks of the Hebrew block, which
/// matching leaves out (U+0591–U+05C7 but the punctuation among them: maqaf, paseq,
/// sof pasuq, nun hafukha).
pub fn is_point(c: char) -> bool {
    matches!(c, '\u{0591}'..='\u{05C7}') && !matches!(c, '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05C6}')
}

/// A geresh or gershayim, or the ASCII apostrophe and quote typed for them (and the
/// typographic apostrophe keyboards put in their place).
pub fn is_acronym_mark(c: char) -> bool {
    matches!(c, '\u{05F3}' | '\u{05F4}' | '\'' | '"' | '\u{2019}')
}

/// The prefixes that glue to the front of a word, alone and combined.
const PREFIXES: &[&str] = &[
    "וכשה", "וכש", "לכשה", "לכש", "כשה", "ושה", "ושב", "ושל", "ומה", "שכש", "וה", "וב", "ול", "ומ", "וש",
    "וכ", "מה", "מש", "שה", "שב", "של", "שמ", "שכ", "כש", "בש", "לה", "ה", "ו", "ב", "ל", "מ", "ש", "כ",
];

/// Whether `text` is one of the glued prefixes (whole, nothing else).
pub fn is_prefix(text: &str) -> bool {
    PREFIXES.contains(&text)
}

/// Whether the word `word` (Hebrew letters) ends with `stem` after a glued prefix:
/// the prefix, or `None`. The stem must be at least two letters, so a single letter
/// left over is never taken for a word.
pub fn prefix_before<'a>(word: &'a str, stem: &str) -> Option<&'a str> {
    let prefix = word.strip_suffix(stem)?;
    (stem.chars().count() >= 2 && is_prefix(prefix)).then_some(prefix)
}

/// The word `word` (Hebrew letters) without each glued prefix it may start with, where
/// at least three letters are left: "והמנהלים" is also "המנהלים" and "מנהלים". A word
/// that only looks prefixed ("מנהל" is not "from נהל") yields a form that is seldom
/// seen, which costs a reader of words nothing.
pub fn without_prefixes(word: &str) -> impl Iterator<Item = &str> {
    PREFIXES.iter().filter_map(move |prefix| {
        let rest = word.strip_prefix(prefix)?;
        (rest.chars().count() >= 3 && rest.chars().all(is_letter)).then_some(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_points_and_marks() {
        assert!("שלום".chars().all(is_letter));
        assert!(is_letter('ך') && is_letter('\u{FB2A}'));
        assert!(!is_letter('a') && !is_letter('\u{05B8}') && !is_letter('1'));
        for point in [
            '\u{0591}', '\u{05B0}', '\u{05B8}', '\u{05BC}', '\u{05C1}', '\u{05C7}',
        ] {
            assert!(is_point(point), "U+{:04X}", point as u32);
        }
        for punctuation in ['\u{05BE}', '\u{05C0}', '\u{05C3}', '\u{05F3}', 'א'] {
            assert!(!is_point(punctuation), "U+{:04X}", punctuation as u32);
        }
        assert!(is_acronym_mark('״') && is_acronym_mark('"') && is_acronym_mark('\''));
    }

    #[test]
    fn prefixes_alone_and_combined() {
        for prefix in [
            "ה", "ו", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "מה", "שה", "כש", "וכש", "שב", "לכש",
        ] {
            assert!(is_prefix(prefix), "{prefix}");
        }
        assert!(!is_prefix("") && !is_prefix("את") && !is_prefix("a"));
        assert_eq!(prefix_before("להנפקה", "הנפקה"), Some("ל"));
        assert_eq!(prefix_before("והגיוס", "גיוס"), Some("וה"));
        assert_eq!(prefix_before("וכשהגיוס", "גיוס"), Some("וכשה"));
        assert_eq!(
            prefix_before("הנפקה", "הנפקה"),
            None,
            "no prefix: the word itself"
        );
        assert_eq!(
            prefix_before("אבגהנפקה", "הנפקה"),
            None,
            "not a known combination"
        );
        assert_eq!(prefix_before("אהנפקה", "הנפקה"), None, "א is no prefix");
        assert_eq!(prefix_before("וה", "ה"), None, "a one-letter stem is no word");
    }

    #[test]
    fn a_word_is_read_without_its_glued_prefixes() {
        let mut bare: Vec<&str> = without_prefixes("והמנהלים").collect();
        bare.sort_unstable();
        assert_eq!(bare, ["המנהלים", "מנהלים"]);
        // Three letters must be left; a Latin word has no prefix.
        assert_eq!(without_prefixes("ולא").count(), 0);
        assert_eq!(without_prefixes("hello").count(), 0);
    }
}
