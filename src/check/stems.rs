//! The draft's words reduced to their stems (Snowball, via `rust-stemmers`), so that an
//! inflected form finds the phrase a rule or a policy names: German cases
//! ("des Projekts Falke"), Dutch and French plurals ("aanraders", "fusions"), English
//! verb forms ("recommended"). Hebrew has no Snowball stemmer; its glued prefixes are
//! handled where its terms are matched.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

/// The Snowball stemmer for a rules language, if there is one.
pub(crate) fn stemmer(lang: &str) -> Option<Stemmer> {
    let algorithm = match lang {
        "en" => Algorithm::English,
        "nl" => Algorithm::Dutch,
        "de" => Algorithm::German,
        "fr" => Algorithm::French,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The words of folded text: runs of letters and digits.
pub(crate) fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let start = at + rest.find(|c: char| c.is_alphanumeric())?;
        let len = text[start..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(text.len() - start);
        at = start + len;
        Some(start..at)
    })
}

/// A phrase as its stems, one space apart: how a rule's phrase or a policy's term is
/// looked for in [`Stemmed::text`]. Empty when the phrase has no words, or a mark at
/// its edge: the mark is part of what it says ("a+", "#1", "Shield+"), and its stems
/// would leave it out and find every "a", "1" and "shield", so such a phrase is only
/// found as written.
pub(crate) fn stem_phrase(stemmer: &Stemmer, folded: &str) -> String {
    let marked = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric());
    if marked(folded.chars().next()) || marked(folded.chars().next_back()) {
        return String::new();
    }
    words(folded)
        .map(|w| stemmer.stem(&folded[w]).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Folded text as the stems of its words, one space apart, remembering which words of
/// the folded text each stem stands for.
pub(crate) struct Stemmed {
    pub text: String,
    /// Per word: where its stem starts in `text`, and the word in the folded text.
    words: Vec<(usize, Range<usize>)>,
}

impl Stemmed {
    pub fn new(stemmer: &Stemmer, folded: &str) -> Stemmed {
        let mut text = String::with_capacity(folded.len());
        let mut out = Vec::new();
        for word in words(folded) {
            if !text.is_empty() {
                text.push(' ');
            }
            out.push((text.len(), word.clone()));
            text.push_str(&stemmer.stem(&folded[word]));
        }
        Stemmed { text, words: out }
    }

    /// The folded text's range for a match in `text`, when the match covers whole stems
    /// (not the middle of one).
    pub fn folded(&self, found: &Range<usize>) -> Option<Range<usize>> {
        let first = self.words.binary_search_by_key(&found.start, |w| w.0).ok()?;
        let last = match self.words.binary_search_by_key(&found.end, |w| w.0) {
            // The match ends right before the space in front of the next word.
            _ if found.end == self.text.len() => self.words.len() - 1,
            Ok(_) => return None,
            Err(_) if self.text.as_bytes().get(found.end) == Some(&b' ') => {
                self.words.partition_point(|w| w.0 < found.end) - 1
            }
            Err(_) => return None,
        };
        Some(self.words[first].1.start..self.words[last].1.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_words_meet_their_phrase() {
        let german = stemmer("de").unwrap();
        let text = "die pläne des projekts falke sind geheim";
        let stemmed = Stemmed::new(&german, text);
        let phrase = stem_phrase(&german, "projekt falke");
        let at = stemmed.text.find(&phrase).unwrap();
        let range = stemmed.folded(&(at..at + phrase.len())).unwrap();
        assert_eq!(&text[range], "projekts falke");

        let dutch = stemmer("nl").unwrap();
        let stemmed = Stemmed::new(&dutch, "twee echte aanraders!");
        assert!(stemmed.text.contains(&stem_phrase(&dutch, "aanrader")));
    }

    #[test]
    fn a_phrase_with_a_mark_at_its_edge_has_no_stems_to_look_for() {
        let english = stemmer("en").unwrap();
        for phrase in ["a+", "#1", "shield+", "entre nous :"] {
            assert_eq!(stem_phrase(&english, phrase), "", "{phrase}");
        }
        // A mark inside a phrase is read as the draft's words are: apart.
        assert_eq!(stem_phrase(&english, "e-mail offers"), "e mail offer");
        assert!(stemmer("he").is_none());
    }

    #[test]
    fn a_match_inside_a_stem_is_no_match() {
        let english = stemmer("en").unwrap();
        let stemmed = Stemmed::new(&english, "the falconry club");
        let at = stemmed.text.find("falcon").unwrap();
        assert_eq!(stemmed.folded(&(at..at + "falcon".len())), None);
    }
}
