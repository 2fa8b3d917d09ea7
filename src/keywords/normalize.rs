//! Folding text into the form that keywords are matched in: compatibility-decomposed,
//! without diacritics, lowercase, split into words.
//!
//! A folded text is its words joined by single spaces, with a space before the first
//! and after the last: ` our new cafe in zurich `. A term folds the same way, so a
//! plain substring search for ` cafe ` (or ` social media `) can only ever find whole
//! words, and every punctuation or spacing between words in the original is alike.
//! Each word remembers the byte range of the original text it came from, so a match
//! can be highlighted where the person wrote it.
//!
//! Words follow the Unicode word-boundary rules (UAX #29) where it matters for
//! keywords, at the speed a scan over thousands of items needs: a word is a run of
//! letters and digits, and in scripts written without spaces between words (Han,
//! Hiragana, Thai, Lao, Khmer, Myanmar) every character is a word of its own, so `東京`
//! is found inside `東京都` as two consecutive words. Unlike UAX #29 an apostrophe or a
//! dot always separates (`l'emploi` is `l emploi`, so `emploi` matches French
//! elisions); the query is split the same way, so `don't` still finds `don't`.

use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A text folded for matching, with the way back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// ` word word word `: the words, each preceded by one space, and a final space.
    pub text: String,
    pub words: Vec<Word>,
}

/// One word of a folded text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the word starts in [`Folded::text`] (after its leading space).
    pub folded_start: usize,
    /// The bytes of the original text it came from.
    pub original: Range<usize>,
}

impl Folded {
    /// The original byte range covered by a match of `start..end` in [`Folded::text`],
    /// where the match runs from the space before its first word to the space after
    /// its last, as every folded term does.
    pub fn original_range(&self, start: usize, end: usize) -> Range<usize> {
        let first = self.word_at(start + 1);
        let last = self.word_at_or_before(end - 1);
        self.words[first].original.start..self.words[last].original.end
    }

    fn word_at(&self, folded_start: usize) -> usize {
        self.words
            .binary_search_by_key(&folded_start, |w| w.folded_start)
            .expect("a match starts at a word")
    }

    fn word_at_or_before(&self, folded_end: usize) -> usize {
        match self.words.binary_search_by_key(&folded_end, |w| w.folded_start) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The folded words, without their spaces.
    pub fn word_texts(&self) -> impl Iterator<Item = &str> {
        self.text.split(' ').filter(|w| !w.is_empty())
    }
}

/// Folds `original` into words for matching (see the module documentation).
pub fn fold(original: &str) -> Folded {
    let mut builder = Builder {
        folded: Folded {
            text: String::with_capacity(original.len() + 2),
            words: Vec::with_capacity(original.len() / 5 + 1),
        },
        in_word: false,
        base: ' ',
    };
    for (at, c) in original.char_indices() {
        let span = at..at + c.len_utf8();
        if c.is_ascii() {
            // Most feed text is ASCII: no decomposition, no marks, a cheap lowercase.
            builder.base = c;
            if c.is_ascii_alphanumeric() {
                builder.word_char(c.to_ascii_lowercase(), &span);
            } else {
                builder.in_word = false;
            }
            continue;
        }
        decompose_compatible(c, |d| {
            if is_combining_mark(d) {
                builder.mark(d, &span);
                return;
            }
            builder.base = d;
            match d {
                // Full case folding: Straße and STRASSE are the same street.
                'ß' | 'ẞ' => {
                    builder.word_char('s', &span);
                    builder.word_char('s', &span);
                }
                // Ligatures that Unicode does not decompose, typed both ways in
                // French and Danish: œuvre and oeuvre, Æble and aeble.
                'œ' | 'Œ' => {
                    builder.word_char('o', &span);
                    builder.word_char('e', &span);
                }
                'æ' | 'Æ' => {
                    builder.word_char('a', &span);
                    builder.word_char('e', &span);
                }
                // The final sigma is a sigma: ΟΔΟΣ and οδός are one word.
                'ς' => builder.word_char('σ', &span),
                _ => {
                    for lower in d.to_lowercase() {
                        if is_combining_mark(lower) {
                            // İ lowercases to i + a combining dot above.
                            builder.mark(lower, &span);
                        } else if stands_alone(lower) {
                            builder.in_word = false;
                            builder.word_char(lower, &span);
                            builder.in_word = false;
                        } else if lower.is_alphanumeric() {
                            builder.word_char(lower, &span);
                        } else {
                            builder.in_word = false;
                        }
                    }
                }
            }
        });
    }
    builder.folded.text.push(' ');
    builder.folded
}

/// The folded words of `text`: what a term is matched as.
pub fn fold_words(text: &str) -> Vec<String> {
    fold(text).word_texts().map(str::to_owned).collect()
}

struct Builder {
    folded: Folded,
    in_word: bool,
    /// The last character that was not a mark: the one a mark sits on.
    base: char,
}

impl Builder {
    /// Diacritics on Latin, Greek and Cyrillic letters are accents that people leave
    /// out or type differently (Zurich, Zürich, Zuerich); in other scripts marks are
    /// part of the letter (the voicing of で, the vowel signs of हिन्दी) and stay.
    fn mark(&mut self, mark: char, span: &Range<usize>) {
        let accent = self.base <= '\u{052F}' || ('\u{1E00}'..='\u{1FFF}').contains(&self.base);
        if !accent && self.text_ends_in_word() {
            self.folded.text.push(mark);
            let word = self.folded.words.last_mut().expect("a word to carry the mark");
            word.original.end = span.end;
        }
    }

    /// Whether the last thing written is a word (a mark may join it), not a space.
    fn text_ends_in_word(&self) -> bool {
        self.folded.text.chars().next_back().is_some_and(|c| c != ' ')
    }

    fn word_char(&mut self, c: char, span: &Range<usize>) {
        if self.in_word {
            let word = self.folded.words.last_mut().expect("inside a word");
            word.original.end = span.end;
        } else {
            self.folded.text.push(' ');
            self.folded.words.push(Word {
                folded_start: self.folded.text.len(),
                original: span.clone(),
            });
            self.in_word = true;
        }
        self.folded.text.push(c);
    }
}

/// Characters of scripts written without spaces between words: each is a word, so a
/// term in such a script is found inside a longer run as a sequence of characters.
fn stands_alone(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{309F}'   // Hiragana
        | '\u{3400}'..='\u{4DBF}' // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK Unified Ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{3FFFF}' // CJK Extensions B and later
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn words(text: &str) -> Vec<String> {
        fold_words(text)
    }

    #[test]
    fn case_and_diacritics_fold_away() {
        assert_eq!(words("Café"), ["cafe"]);
        assert_eq!(words("ZÜRICH Zürich zurich"), ["zurich", "zurich", "zurich"]);
        assert_eq!(
            words("crème brûlée À LA CARTE"),
            ["creme", "brulee", "a", "la", "carte"]
        );
        assert_eq!(
            words("Łódź"),
            ["łodz"],
            "a stroke is part of the letter, not a mark"
        );
        // Decomposed input (e + combining acute) folds like the composed one.
        assert_eq!(words("Cafe\u{301}"), ["cafe"]);
    }

    #[test]
    fn sharp_s_sigma_ligatures_and_full_width_letters() {
        assert_eq!(words("Straße STRASSE straße"), ["strasse", "strasse", "strasse"]);
        assert_eq!(words("ΟΔΟΣ οδός"), ["οδοσ", "οδοσ"]);
        assert_eq!(words("ﬁnance"), ["finance"]);
        assert_eq!(words("main-d’Œuvre"), ["main", "d", "oeuvre"]);
        assert_eq!(words("ＨＲ"), ["hr"]);
        assert_eq!(
            words("İstanbul"),
            ["istanbul"],
            "the dot above goes with the diacritics"
        );
    }

    #[test]
    fn punctuation_separates_words() {
        assert_eq!(
            words("e-mail, l'emploi; #vacature!"),
            ["e", "mail", "l", "emploi", "vacature"]
        );
        assert_eq!(words("  \t"), Vec::<String>::new());
        assert_eq!(fold("").text, " ");
    }

    #[test]
    fn scripts_without_spaces_are_split_per_character() {
        assert_eq!(words("東京都で").len(), 4);
        assert_eq!(words("東京都で"), words("東京都て\u{3099}"), "composed or not");
        assert_ne!(
            words("で"),
            words("て"),
            "a kana voicing mark is part of the kana"
        );
        assert_eq!(words("हिन्दी"), ["हिन्दी"], "vowel signs stay in the word");
        assert_eq!(
            words("カタカナ"),
            ["カタカナ"],
            "Katakana runs stay one word, as in UAX #29"
        );
        assert_eq!(words("서울 시").len(), 2, "Hangul words are separated by spaces");
    }

    #[test]
    fn every_word_knows_its_original_bytes() {
        let text = "Het CAFÉ in Zürich—Straße";
        let folded = fold(text);
        let originals: Vec<&str> = folded.words.iter().map(|w| &text[w.original.clone()]).collect();
        assert_eq!(originals, ["Het", "CAFÉ", "in", "Zürich", "Straße"]);
        assert_eq!(folded.text, " het cafe in zurich strasse ");
        let start = folded.text.find(" cafe in ").unwrap();
        let range = folded.original_range(start, start + " cafe in ".len());
        assert_eq!(&text[range], "CAFÉ in");
    }

    /// Our words are UAX #29 words split further at what is not a letter or digit.
    #[test]
    fn words_agree_with_unicode_word_boundaries() {
        let samples = [
            "The quick brown fox's 3.5 jumps — over the lazy dog.",
            "Ελληνικά κείμενα και Русский текст, עברית",
            "Vacatures bij de gemeente: 12 functies (m/v/x)",
            "naïve coöperatie façade",
        ];
        for sample in samples {
            let expected: Vec<String> = sample
                .unicode_words()
                .flat_map(|w| {
                    w.split(|c: char| !c.is_alphanumeric())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .filter(|w| !w.is_empty())
                .flat_map(|w| fold_words(&w))
                .collect();
            assert_eq!(words(sample), expected, "{sample}");
        }
    }
}
