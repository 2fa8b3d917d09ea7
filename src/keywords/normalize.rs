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
//!
//! Hebrew words lose their vowel points and cantillation marks, and a geresh or
//! gershayim between two Hebrew letters (or the `'` and `"` typed for them) joins
//! them, so צה״ל, צה"ל and צהל are one word. The prefixes glued to a Hebrew word are
//! left to the matcher, which lets a term match after them (`crate::text::hebrew`).

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
    let mut builder = Builder::with_capacity(original.len());
    let latin = latin_table();
    let bytes = original.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if (byte == b'\'' || byte == b'"' || byte >= 0x80) && joins_hebrew_acronym(&builder, original, at) {
            // צה"ל: the mark vanishes and the word goes on.
            at += original[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if byte.is_ascii() {
            // Most feed text is ASCII: letters and digits are lowercased through a
            // table, a run at a time, without decomposition or marks.
            let lower = ASCII_FOLD[byte as usize];
            builder.base = byte as char;
            if lower == 0 {
                builder.in_word = false;
                at += 1;
                continue;
            }
            builder.open_word(at);
            while at < bytes.len() && bytes[at].is_ascii() && ASCII_FOLD[bytes[at] as usize] != 0 {
                builder.text.push(ASCII_FOLD[bytes[at] as usize]);
                at += 1;
            }
            builder.extend_word(at);
            continue;
        }
        let c = original[at..].chars().next().expect("a character starts here");
        let span = at..at + c.len_utf8();
        at = span.end;
        match latin.get((c as usize).wrapping_sub(LATIN_START)) {
            Some(Latin::Separator) => {
                builder.base = c;
                builder.in_word = false;
            }
            Some(Latin::Letters(folded)) => {
                builder.open_word(span.start);
                builder.text.extend_from_slice(folded.as_bytes());
                builder.extend_word(span.end);
                builder.base = c;
            }
            Some(Latin::Other) | None => fold_char(&mut builder, c, span),
        }
    }
    builder.finish()
}

/// Whether the character at `at` is a geresh or gershayim (or `'`, `"`) between two
/// Hebrew letters: inside an acronym, where it joins rather than separates.
fn joins_hebrew_acronym(builder: &Builder, original: &str, at: usize) -> bool {
    use crate::text::hebrew;
    if !builder.in_word || !hebrew::is_letter(builder.base) {
        return false;
    }
    let mut chars = original[at..].chars();
    chars.next().is_some_and(hebrew::is_acronym_mark) && chars.next().is_some_and(hebrew::is_letter)
}

/// ASCII letters and digits lowercased; 0 for everything else.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The first character after ASCII, and the end of the Latin letters with accents
/// (Latin-1 Supplement, Latin Extended-A and -B): the non-ASCII letters of en, nl,
/// de and fr text, folded once and then looked up.
const LATIN_START: usize = 0x80;
const LATIN_END: usize = 0x250;

enum Latin {
    /// Folds to nothing: punctuation, symbols, spaces.
    Separator,
    /// Folds to letters that continue the current word (`é` → `e`, `ß` → `ss`).
    Letters(String),
    /// Anything else (`½` folds to `1⁄2`): the general path.
    Other,
}

fn latin_table() -> &'static [Latin] {
    static TABLE: std::sync::OnceLock<Vec<Latin>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (LATIN_START..LATIN_END)
            .map(|code| {
                let Some(c) = char::from_u32(code as u32) else {
                    return Latin::Other;
                };
                // Fold the character inside a word, and see what it became.
                let mut builder = Builder::with_capacity(8);
                builder.open_word(0);
                builder.text.push(b'a');
                builder.extend_word(1);
                builder.base = 'a';
                fold_char(&mut builder, c, 1..2);
                let in_word = builder.in_word;
                let folded = builder.finish();
                if folded.words.len() == 1 && !in_word && folded.text == " a " {
                    Latin::Separator
                } else if folded.words.len() == 1 && in_word && folded.words[0].original == (0..2) {
                    Latin::Letters(folded.text[2..folded.text.len() - 1].to_owned())
                } else {
                    Latin::Other
                }
            })
            .collect()
    })
}

/// The general path for one character: compatibility decomposition, marks, case.
fn fold_char(builder: &mut Builder, c: char, span: Range<usize>) {
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

/// The folded words of `text`: what a term is matched as.
pub fn fold_words(text: &str) -> Vec<String> {
    fold(text).word_texts().map(str::to_owned).collect()
}

struct Builder {
    /// The folded text so far, as UTF-8 bytes (pushed a byte at a time on the ASCII
    /// path, which a `String` would check each time).
    text: Vec<u8>,
    words: Vec<Word>,
    in_word: bool,
    /// The last character that was not a mark: the one a mark sits on.
    base: char,
}

impl Builder {
    fn with_capacity(len: usize) -> Builder {
        Builder {
            text: Vec::with_capacity(len + 2),
            words: Vec::with_capacity(len / 5 + 1),
            in_word: false,
            base: ' ',
        }
    }

    /// Starts a word at byte `at` of the original, unless one is going on.
    fn open_word(&mut self, at: usize) {
        if !self.in_word {
            self.text.push(b' ');
            self.words.push(Word {
                folded_start: self.text.len(),
                original: at..at,
            });
            self.in_word = true;
        }
    }

    /// The current word now reaches byte `end` of the original.
    fn extend_word(&mut self, end: usize) {
        if let Some(word) = self.words.last_mut() {
            word.original.end = end;
        }
    }

    fn word_char(&mut self, c: char, span: &Range<usize>) {
        self.open_word(span.start);
        self.text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        self.extend_word(span.end);
    }

    /// Diacritics on Latin, Greek and Cyrillic letters are accents that people leave
    /// out or type differently (Zurich, Zürich, Zuerich), and Hebrew vowel points and
    /// cantillation marks are left out by most writers; in other scripts marks are
    /// part of the letter (the voicing of で, the vowel signs of हिन्दी) and stay.
    fn mark(&mut self, mark: char, span: &Range<usize>) {
        let accent = self.base <= '\u{052F}'
            || ('\u{1E00}'..='\u{1FFF}').contains(&self.base)
            || crate::text::hebrew::is_point(mark);
        if accent && crate::text::hebrew::is_point(mark) && self.in_word {
            // The point belongs to the word in the original, for highlighting.
            self.extend_word(span.end);
        }
        // A mark joins the word just written, even a word of one character that
        // stands alone (で is て with a voicing mark).
        if !accent && self.text.last().is_some_and(|b| *b != b' ') {
            self.text
                .extend_from_slice(mark.encode_utf8(&mut [0; 4]).as_bytes());
            self.extend_word(span.end);
        }
    }

    fn finish(mut self) -> Folded {
        self.text.push(b' ');
        Folded {
            text: String::from_utf8(self.text).expect("built from whole characters"),
            words: self.words,
        }
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
    fn hebrew_points_fold_away_and_acronym_marks_join() {
        // שָׁלוֹם with its points is שלום.
        assert_eq!(
            words("\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}"),
            ["שלום"]
        );
        // Cantillation goes too, and a presentation form decomposes.
        assert_eq!(words("ב\u{591}ית \u{fb2a}ם"), ["בית", "שם"]);
        // Geresh, gershayim and the ASCII marks typed for them are alike.
        for acronym in ["צה״ל", "צה\"ל", "צה'ל", "צהל"] {
            assert_eq!(words(acronym), ["צהל"], "{acronym}");
        }
        assert_eq!(words("ג׳ובס"), ["גובס"]);
        // A quote around a Hebrew word still separates; Latin apostrophes are unchanged.
        assert_eq!(words("\"שלום\" don't"), ["שלום", "don", "t"]);
        // The maqaf is a hyphen: it separates.
        assert_eq!(words("בית־ספר"), ["בית", "ספר"]);
        let text = "הַנְפָּקָה";
        let folded = fold(text);
        assert_eq!(folded.text, " הנפקה ");
        assert_eq!(
            &text[folded.words[0].original.clone()],
            text,
            "points are highlighted with their word"
        );
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

    /// The fold without the Latin lookup table: every character takes the general path.
    fn fold_general(text: &str) -> Folded {
        let mut builder = Builder::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let span = at..at + c.len_utf8();
            if c.is_ascii_alphanumeric() {
                builder.word_char(c.to_ascii_lowercase(), &span);
            } else if c.is_ascii() {
                builder.in_word = false;
            } else {
                fold_char(&mut builder, c, span);
            }
        }
        builder.finish()
    }

    #[test]
    fn the_latin_table_agrees_with_the_general_path() {
        for code in LATIN_START..LATIN_END {
            let Some(c) = char::from_u32(code as u32) else {
                continue;
            };
            for text in [format!("a{c}b"), format!("{c}"), format!(" {c}{c} ")] {
                assert_eq!(fold(&text), fold_general(&text), "U+{code:04X} in {text:?}");
            }
        }
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
