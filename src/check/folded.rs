//! The draft as rules read it: lower case, straight apostrophes, one space for every
//! run of white space; Hebrew without its vowel points and cantillation marks, and with
//! an acronym's geresh or gershayim (or the `'` and `"` typed for them) left out, so
//! צה״ל, צה"ל and צהל read alike. Each byte remembers where it came from, so a finding
//! can point at the words the learner wrote.

use std::ops::Range;

use crate::text::hebrew;

pub(crate) struct Folded {
    pub text: String,
    /// For every byte of `text`: the range of the original characters it stands for.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(original.len());
        let mut in_space = false;
        for (at, c) in original.char_indices() {
            let next = original[at + c.len_utf8()..].chars().next();
            let after_hebrew = text.chars().next_back().is_some_and(hebrew::is_letter);
            let left_out = (after_hebrew && hebrew::is_point(c))
                || (after_hebrew && hebrew::is_acronym_mark(c) && next.is_some_and(hebrew::is_letter));
            let end = (at + c.len_utf8()) as u32;
            if left_out {
                // Left out, but it still belongs to the letter before it.
                if let Some(last) = origin.last_mut() {
                    last.1 = end;
                }
                continue;
            }
            let at = at as u32;
            if c.is_whitespace() {
                if in_space {
                    // Widen the one space to cover the whole run.
                    if let Some(last) = origin.last_mut() {
                        last.1 = end;
                    }
                } else {
                    text.push(' ');
                    origin.push((at, end));
                    in_space = true;
                }
                continue;
            }
            in_space = false;
            let mut push = |folded: char| {
                text.push(folded);
                origin.extend(std::iter::repeat_n((at, end), folded.len_utf8()));
            };
            match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => push('\''),
                c if c.is_uppercase() => c.to_lowercase().for_each(&mut push),
                c => push(c),
            }
        }
        Folded { text, origin }
    }

    /// The original byte range of a range of the folded text.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self.origin.get(range.start).map_or_else(
                || self.origin.last().map_or(0, |o| o.1 as usize),
                |o| o.0 as usize,
            );
            return at..at;
        }
        self.origin[range.start].0 as usize..self.origin[range.end - 1].1 as usize
    }
}

/// Lower case, straight apostrophes and single spaces, for phrases written in rules.
pub(crate) fn fold(phrase: &str) -> String {
    Folded::new(phrase.trim()).text
}

/// Whether `range` of `text` starts and ends on word boundaries: a phrase "boss" must
/// not match inside "bossa nova". A Hebrew phrase may also start after a prefix glued
/// to its first word (ו, ה, ב, ל, מ, ש, כ and their combinations): a confidential
/// "הנפקה" is still found in "להנפקה".
pub(crate) fn on_word_boundaries(text: &str, range: &Range<usize>) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let inner = &text[range.clone()];
    let before = &text[..range.start];
    // The Hebrew letters right before the phrase, when nothing else of a word is.
    let rest = before.trim_end_matches(hebrew::is_letter);
    let prefix = &before[rest.len()..];
    let stem_letters = inner.chars().take_while(|c| hebrew::is_letter(*c)).count();
    let after_prefix = stem_letters >= 2 && !rest.ends_with(word) && hebrew::is_prefix(prefix);
    let before_ok = after_prefix || !inner.starts_with(word) || !before.ends_with(word);
    let after_ok = !inner.ends_with(word) || !text[range.end..].starts_with(word);
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_maps_back_to_the_original_words() {
        let original = "My  BOSS\u{2019}s\n\tÜBER Plan";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "my boss's über plan");
        let at = folded.text.find("boss's über").unwrap();
        let range = folded.original(at..at + "boss's über".len());
        assert_eq!(&original[range], "BOSS\u{2019}s\n\tÜBER");
    }

    #[test]
    fn hebrew_points_and_acronym_marks_fold_away_and_point_back() {
        let original = "יוצאי צה״ל ו\u{5b0}הַנְפָּקָה";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "יוצאי צהל והנפקה");
        let at = folded.text.find("הנפקה").unwrap();
        let range = folded.original(at..at + "הנפקה".len());
        assert_eq!(&original[range], "הַנְפָּקָה");
        assert_eq!(fold("צה\"ל"), fold("צה'ל"));
        assert_eq!(fold("צה\"ל"), "צהל");
    }

    #[test]
    fn a_hebrew_phrase_may_follow_a_glued_prefix() {
        let on = |text: &str, phrase: &str| {
            let at = text.find(phrase).unwrap();
            on_word_boundaries(text, &(at..at + phrase.len()))
        };
        assert!(on("ההכנות להנפקה נמשכות", "הנפקה"));
        assert!(on("והגיוס נפתח", "גיוס"));
        assert!(on("לכשהמיזוג יושלם", "מיזוג"));
        assert!(on("כשגיוס עובדים", "גיוס עובדים"));
        assert!(!on("אבגהנפקה", "הנפקה"), "not a prefix");
        assert!(!on("xהנפקה", "הנפקה"), "a Latin letter glued before");
        // Latin words keep their plain boundaries.
        assert!(!on("lboss", "boss"));
        assert!(!on("ובboss", "boss"));
    }

    #[test]
    fn boundaries_are_words_not_letters() {
        let text = "bossa nova, boss!";
        assert!(!on_word_boundaries(text, &(0..4)));
        assert!(on_word_boundaries(text, &(12..16)));
        assert!(on_word_boundaries("+1 great", &(0..2)));
    }
}
