//! Drafts in more than one language: a Dutch comment with an English sentence, a
//! German post quoting a French customer. The draft's language picks its rules, but a
//! sentence in another language would slip past them, so each such sentence is checked
//! with its own language's rules too.

use std::collections::BTreeMap;
use std::ops::Range;

use super::lang;

/// The sentences (byte ranges of `draft`) clearly written in a language other than
/// `main`, grouped by that language. Sentences too short to tell are left to `main`.
pub fn other_languages(draft: &str, main: &str) -> BTreeMap<&'static str, Vec<Range<usize>>> {
    let mut out: BTreeMap<&'static str, Vec<Range<usize>>> = BTreeMap::new();
    for sentence in sentences(draft) {
        if let Some(lang) = lang::guess(&draft[sentence.clone()])
            && lang != main
        {
            out.entry(lang).or_default().push(sentence);
        }
    }
    out
}

/// The draft's sentences (the engine's own sentence breaks) without the white space
/// that starts them.
fn sentences(text: &str) -> Vec<Range<usize>> {
    super::engine::sentences(text)
        .into_iter()
        .map(|s| {
            let start = s.start + (text[s.clone()].len() - text[s.clone()].trim_start().len());
            start..s.end
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_in_another_language_is_found() {
        let draft = "Thanks for sharing this, it was really useful for our team. \
                     Eerlijk gezegd is mijn baas een idioot en dat weet iedereen.";
        let others = other_languages(draft, "en");
        let dutch = &others["nl"];
        assert_eq!(dutch.len(), 1);
        assert!(draft[dutch[0].clone()].starts_with("Eerlijk"));
        assert!(other_languages(draft, "nl").contains_key("en"));
    }

    #[test]
    fn one_language_has_no_others() {
        let draft = "Thanks for sharing this. It was really useful for our team.";
        assert!(other_languages(draft, "en").is_empty());
        assert!(other_languages("", "en").is_empty());
    }
}
