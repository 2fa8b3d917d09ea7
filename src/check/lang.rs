//! A small, honest guess at the language of a draft from its most common little words,
//! so Dutch drafts get Dutch rules. Short or mixed drafts give no clear answer; then
//! the caller falls back to English.

/// Words frequent in one language and rare in the others. Words the languages share tell
/// nothing and are left out: "de" and "je" (Dutch and French), "die" (Dutch and
/// German), "du" and "des" (German and French), "is", "en", "in".
const STOP_WORDS: [(&str, &[&str]); 4] = [
    (
        "en",
        &[
            "the", "and", "you", "for", "this", "that", "with", "of", "it", "was", "have", "not", "but",
            "what", "my", "i", "are", "thanks", "your", "our", "be", "very", "would", "to", "just", "thank",
            "really", "about", "here", "there", "how", "which", "can", "from", "they",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "ik", "jij", "niet", "dat", "met", "voor", "zijn", "wat", "maar", "ook",
            "bij", "dit", "wij", "jullie", "heel", "bedankt", "mijn", "onze", "deze", "goed", "wel", "naar",
            "hoe", "mooi", "leuk", "echt", "dank", "zich", "hebben", "ons",
        ],
    ),
    (
        "de",
        &[
            "der", "das", "und", "ist", "nicht", "ich", "mich", "mit", "für", "auf", "ein", "eine", "zu",
            "den", "dem", "sie", "wir", "auch", "aber", "sehr", "danke", "mein", "unsere", "wie", "sind",
            "vielen", "gut", "dass", "ihr", "habe", "sich", "zur", "zum", "noch", "nach", "oder", "kann",
            "wirklich",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "est", "un", "une", "vous", "pour", "pas", "ces", "que", "qui", "avec",
            "dans", "sur", "ce", "mais", "très", "merci", "nous", "mon", "notre", "au", "c'est", "j'ai",
            "bien", "cette", "aussi", "avons", "sont", "être", "leur",
        ],
    ),
];

/// The language with clearly the most stop words: at least two, and more than any
/// other. `None` when the draft does not say.
pub fn guess(text: &str) -> Option<&'static str> {
    let mut hits = [0usize; 4];
    for word in text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase().replace('\u{2019}', "'");
        for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
            if words.contains(&word.as_str()) {
                hits[i] += 1;
            }
        }
    }
    let best = (0..4).max_by_key(|&i| hits[i])?;
    let clear = hits[best] >= 2 && (0..4).all(|i| i == best || hits[i] < hits[best]);
    clear.then_some(STOP_WORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_the_four_languages() {
        assert_eq!(
            guess("Thanks for sharing this, it was really useful for our team."),
            Some("en")
        );
        assert_eq!(
            guess("Bedankt voor het delen, dit is echt een mooi voorbeeld."),
            Some("nl")
        );
        assert_eq!(
            guess("Vielen Dank für den Beitrag, das ist sehr hilfreich."),
            Some("de")
        );
        assert_eq!(
            guess("Merci pour cet article, c\u{2019}est très utile pour nous."),
            Some("fr")
        );
    }

    #[test]
    fn no_clear_answer_for_short_or_empty_drafts() {
        assert_eq!(guess("Bravo!"), None);
        assert_eq!(guess(""), None);
        assert_eq!(guess("https://example.com #hr"), None);
    }
}
