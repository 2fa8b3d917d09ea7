//! Quoted speech in a draft: „…“, “…”, «…», "…". A writer who quotes a sentence
//! reports someone's words ("„Du bist zu dumm für Mathe.“ Diesen Satz hörte er
//! ständig"), where a word in scare quotes ("our \"experts\"") is the writer's own.

use std::ops::Range;

/// The fewest words between quotation marks that make a quoted sentence, not a word
/// set apart.
const SENTENCE_WORDS: usize = 3;

/// The byte ranges of the quoted sentences in `draft`, quotation marks included.
pub(crate) fn quoted_sentences(draft: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((open, closers)) = next_opening(draft, at) {
        let inner = open + draft[open..].chars().next().map_or(1, char::len_utf8);
        let Some(close) = closing(draft, inner, closers) else {
            at = inner;
            continue;
        };
        let end = close + draft[close..].chars().next().map_or(1, char::len_utf8);
        if draft[inner..close].split_whitespace().count() >= SENTENCE_WORDS {
            out.push(open..end);
        }
        at = end;
    }
    out
}

/// The next opening quotation mark from `from`, with the marks that close it. A
/// straight quote opens only at the start of a word: inside one it is part of the word
/// (Hebrew abbreviations such as מנכ"ל).
fn next_opening(draft: &str, from: usize) -> Option<(usize, &'static [char])> {
    let mut previous = draft[..from].chars().next_back();
    for (i, c) in draft[from..].char_indices() {
        let closers: Option<&'static [char]> = match c {
            '„' => Some(&['“', '”']),
            '“' => Some(&['”', '“']),
            '«' => Some(&['»']),
            '"' if previous.is_none_or(|p| p.is_whitespace() || "([:".contains(p)) => Some(&['"']),
            _ => None,
        };
        if let Some(closers) = closers {
            return Some((from + i, closers));
        }
        previous = Some(c);
    }
    None
}

/// Where the quotation opened before `from` closes: the first closing mark that ends a
/// word (a straight quote followed by a letter is inside a word).
fn closing(draft: &str, from: usize, closers: &[char]) -> Option<usize> {
    let mut chars = draft[from..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if closers.contains(&c) {
            let next = chars.peek().map(|(_, n)| *n);
            if c != '"' || next.is_none_or(|n| !n.is_alphanumeric()) {
                return Some(from + i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(draft: &str) -> Vec<&str> {
        quoted_sentences(draft).into_iter().map(|r| &draft[r]).collect()
    }

    #[test]
    fn a_quoted_sentence_is_found_in_each_language_s_marks() {
        assert_eq!(
            quoted("„Du bist zu dumm für Mathe.“ Diesen Satz hörte er oft."),
            ["„Du bist zu dumm für Mathe.“"]
        );
        assert_eq!(
            quoted("Il m'a dit « tu n'y arriveras jamais » et voilà."),
            ["« tu n'y arriveras jamais »"]
        );
        assert_eq!(
            quoted("My teacher said “you will never make it” once."),
            ["“you will never make it”"]
        );
        assert_eq!(
            quoted("He said \"you are hopeless at this\", and I believed him."),
            ["\"you are hopeless at this\""]
        );
    }

    #[test]
    fn a_word_in_scare_quotes_is_not_a_quoted_sentence() {
        assert!(quoted("Thanks to our \"experts\" in IT for another outage.").is_empty());
        assert!(quoted("Die „Profis“ aus der IT haben wieder zugeschlagen.").is_empty());
    }

    /// A straight quote inside a word is part of it: a Hebrew abbreviation does not open
    /// a quotation that swallows the rest of the draft.
    #[test]
    fn a_quote_inside_a_word_opens_nothing() {
        assert!(quoted("המנכ\"ל שלנו אמר שהצוות עבד קשה מאוד השנה").is_empty());
        assert!(quoted("An unclosed \"quote that runs on and on").is_empty());
    }
}
