//! The draft as rules read it: lower case, straight apostrophes, one space for every
//! run of white space. Each byte remembers where it came from, so a finding can point
//! at the words the learner wrote.

use std::ops::Range;

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
            let end = (at + c.len_utf8()) as u32;
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
/// not match inside "bossa nova".
pub(crate) fn on_word_boundaries(text: &str, range: &Range<usize>) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let inner = &text[range.clone()];
    let before_ok = !inner.starts_with(word) || !text[..range.start].ends_with(word);
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
    fn boundaries_are_words_not_letters() {
        let text = "bossa nova, boss!";
        assert!(!on_word_boundaries(text, &(0..4)));
        assert!(on_word_boundaries(text, &(12..16)));
        assert!(on_word_boundaries("+1 great", &(0..2)));
    }
}
