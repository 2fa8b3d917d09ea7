//! A small, honest guess at the language of a draft, so Dutch drafts get Dutch rules
//! and Hebrew drafts Hebrew ones. Hebrew is told by its script: no other language
//! drempel speaks is written in Hebrew letters, and its little words hide behind the
//! prefixes glued to them (ו, ה, ב, ל…), so counting stop words would miss even a long
//! draft. The Latin-script languages are told apart by their most common little words,
//! else by `whatlang`'s letter trigrams when it is sure. Short or mixed drafts may give
//! no clear answer; then the caller falls back to the learner's language.
//!
//! Why (measured in benches/lang_guess.rs on drafts of 5–30 words): a sure `whatlang`
//! answer was never wrong there, and answers many drafts that hold too few little
//! words. The little words go first because in a draft of two languages they side with
//! the one the writer used for its little words (the trigrams pick either), and the
//! check of mixed drafts builds on that. A wrong guess is the costly case (the wrong
//! rules check the draft), so neither guesses when unsure. `lingua` answered nearly
//! every draft but adds 23–29 MB of models to the binary.

use std::sync::LazyLock;

use whatlang::{Detector, Lang};

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

/// Hebrew letters a draft needs before its script decides: one short word will do,
/// since no other language drempel speaks uses the script; a lone letter will not.
const MIN_HEBREW_LETTERS: usize = 2;

/// `whatlang` limited to the Latin-script languages drempel speaks (Hebrew is told by
/// its script before).
static TRIGRAMS: LazyLock<Detector> =
    LazyLock::new(|| Detector::with_allowlist(vec![Lang::Eng, Lang::Nld, Lang::Deu, Lang::Fra]));

/// Hebrew when Hebrew letters are most of the draft's letters (links left out: an
/// English address in a Hebrew comment says nothing about its language); else
/// the language with clearly the most stop words (at least two, and more than any
/// other); else `whatlang`'s answer when it is sure. `None` when the draft does not say.
pub fn guess(text: &str) -> Option<&'static str> {
    let letters = letters(text);
    if letters.hebrew_dominates() {
        return Some("he");
    }
    if let Some(lang) = little_word_guess(text) {
        return Some(lang);
    }
    // A Hebrew word in a mostly Latin draft makes it a mixed one: the trigrams would see
    // only its Latin part and sound sure of it.
    if letters.hebrew < MIN_HEBREW_LETTERS {
        return trigram_guess(text);
    }
    None
}

/// The guess as it was before `whatlang`: Hebrew by its script, else the little words
/// alone. Kept so that benches/lang_guess.rs can compare the two.
pub fn guess_by_little_words(text: &str) -> Option<&'static str> {
    if letters(text).hebrew_dominates() {
        return Some("he");
    }
    little_word_guess(text)
}

/// `whatlang`'s guess when it deems it reliable.
fn trigram_guess(text: &str) -> Option<&'static str> {
    let info = TRIGRAMS.detect(text).filter(|info| info.is_reliable())?;
    match info.lang() {
        Lang::Eng => Some("en"),
        Lang::Nld => Some("nl"),
        Lang::Deu => Some("de"),
        Lang::Fra => Some("fr"),
        _ => None,
    }
}

/// The language with clearly the most stop words: at least two, and more than any
/// other.
fn little_word_guess(text: &str) -> Option<&'static str> {
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

/// Letters outside links: Hebrew ones and the others.
struct Letters {
    hebrew: usize,
    other: usize,
}

impl Letters {
    /// Hebrew letters are more than half of the letters, and at least
    /// [`MIN_HEBREW_LETTERS`].
    fn hebrew_dominates(&self) -> bool {
        self.hebrew >= MIN_HEBREW_LETTERS && self.hebrew > self.other
    }
}

fn letters(text: &str) -> Letters {
    let mut letters = Letters { hebrew: 0, other: 0 };
    let mut at = 0;
    let mut count = |part: &str| {
        for c in part.chars().filter(|c| c.is_alphabetic()) {
            if crate::text::hebrew::is_letter(c) {
                letters.hebrew += 1;
            } else {
                letters.other += 1;
            }
        }
    };
    for link in super::links::find(text) {
        count(&text[at..link.span.start]);
        at = link.span.end;
    }
    count(&text[at..]);
    letters
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

    #[test]
    fn short_hebrew_drafts_are_hebrew() {
        assert_eq!(guess("תודה רבה על השיתוף!"), Some("he"));
        assert_eq!(guess("כל הכבוד לצוות, ממש מרשים."), Some("he"));
        // Five words, with niqqud.
        assert_eq!(guess("שָׁלוֹם, תּוֹדָה עַל הַפּוֹסְט"), Some("he"));
        // Thirty words.
        let long = "אני עובדת בחברה כבר שלוש שנים ורוצה לשתף את מה שלמדתי על גיוס עובדים חדשים ";
        assert_eq!(guess(&long.repeat(2)), Some("he"));
    }

    #[test]
    fn mixed_drafts_go_to_the_script_with_most_letters() {
        assert_eq!(
            guess("פוסט מעולה על LinkedIn ועל employer branding, תודה ששיתפת את זה"),
            Some("he")
        );
        // An English address does not make a Hebrew comment English.
        assert_eq!(
            guess("ממליצה לקרוא https://www.example.com/articles/hiring-in-tech-2025"),
            Some("he")
        );
        // A Hebrew name in an English comment does not make it Hebrew.
        assert_eq!(
            guess("Thanks for sharing this, it was really useful for our team at אלביט"),
            Some("en")
        );
        assert_eq!(guess("בסדר"), Some("he"), "one Hebrew word says it");
        assert_eq!(guess("א"), None, "a lone letter does not");
    }

    #[test]
    fn short_drafts_with_few_little_words_are_told_by_their_letters() {
        // Each has fewer than two little words of its language, so the little words
        // alone did not say.
        let drafts = [
            ("en", "Congratulations everyone involved, wonderful achievement!"),
            ("en", "Great insights, especially regarding remote onboarding."),
            ("nl", "Prachtige keynote gisteren, genoten van elke minuut."),
            ("de", "Herzlichen Glückwunsch zur Beförderung, absolut verdient!"),
            ("de", "Großartige Keynote gestern, jede Minute genossen."),
            ("fr", "Félicitations à toute l'équipe, superbe travail !"),
            ("fr", "Superbe conférence hier, j\u{2019}ai adoré chaque minute."),
        ];
        for (lang, draft) in drafts {
            assert_eq!(guess_by_little_words(draft), None, "{draft}");
            assert_eq!(guess(draft), Some(lang), "{draft}");
        }
        // Where neither is sure, no guess: the learner's language is safer than a wrong one.
        for draft in [
            "Welcome aboard Sarah, looking forward to working together!",
            "Welkom Sanne, veel succes in je nieuwe functie!",
            "Willkommen an Bord, viel Erfolg im neuen Job!",
        ] {
            assert_eq!(guess(draft), None, "{draft}");
        }
    }

    #[test]
    fn loanwords_names_and_hashtags_do_not_make_a_draft_english() {
        assert_eq!(
            guess("Super onboarding gisteren, bedankt Sanne en het hele team! #nieuwebaan"),
            Some("nl")
        );
        assert_eq!(
            guess("Danke für das tolle Feedback im Meeting heute, Kevin! #teamwork"),
            Some("de")
        );
        assert_eq!(
            guess("Merci pour ce webinar très clair sur le leadership, Julie ! #management"),
            Some("fr")
        );
    }

    #[test]
    fn a_hebrew_word_in_a_mostly_latin_draft_leaves_it_to_the_little_words() {
        // The trigrams would see only the English and be sure of it; the learner's
        // language decides instead.
        assert_eq!(guess("Great session today, well done everyone! תודה רבה"), None);
        // With little words enough, the draft is English.
        assert_eq!(
            guess("Thanks for the great session today, it was really useful. תודה"),
            Some("en")
        );
    }

    #[test]
    fn drafts_without_words_have_no_language() {
        for draft in [
            "",
            "   \n\t ",
            "🎉",
            "👏👏👏 🙌 💯",
            "😂😂😂 👍🏽 ❤\u{fe0f}",
            "👩\u{200d}⚕\u{fe0f}🧑\u{200d}💻",
            "!!! ??? ...",
            "12345 € 2.850,00",
            "#️⃣ @ #",
            "\u{200f}\u{200e}\u{202b}",
            "https://example.com/a/b?c=d",
        ] {
            assert_eq!(guess(draft), None, "{draft:?}");
        }
    }

    #[test]
    fn huge_or_odd_drafts_do_not_panic() {
        let huge = "Thanks for sharing this, it was really useful for our team. ".repeat(5_000);
        assert_eq!(guess(&huge), Some("en"));
        let _ = guess(&"\u{0}\u{ffff}\u{10ffff}".repeat(1_000));
        let _ = guess(&"a".repeat(100_000));
        let _ = guess("e\u{301}\u{301}\u{301}\u{301} ה\u{5b8}\u{5b8} x");
    }
}
