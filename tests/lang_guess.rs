//! The language guess on short LinkedIn comments (`tests/corpus/lang/<lang>.txt`, one a
//! line, 5–15 words, with English loanwords, names and hashtags): most are recognised,
//! and a wrong guess — the wrong rules checking the draft — stays rare. A draft the
//! guess is unsure of is left to the learner's language. benches/lang_guess.rs compares
//! the guess with `whatlang` and `lingua` on the same drafts.

use std::path::Path;

use drempel::check::lang;

const LANGUAGES: [&str; 5] = ["en", "nl", "de", "fr", "he"];

/// Share of each language's comments guessed right; just under the figures reached.
const RIGHT_FLOOR: f64 = 0.70;
/// Wrong guesses over all the comments.
const WRONG_CEILING: usize = 1;

fn comments(lang: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/corpus/lang/{lang}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn short_comments_are_mostly_recognised_and_rarely_misread() {
    let mut wrong = Vec::new();
    let mut low = Vec::new();
    for lang in LANGUAGES {
        let drafts = comments(lang);
        assert!(drafts.len() >= 30, "{lang}: {} comments", drafts.len());
        let mut right = 0;
        for draft in &drafts {
            let words = draft.split_whitespace().count();
            assert!((5..=15).contains(&words), "{lang}: {words} words: {draft}");
            match lang::guess(draft) {
                Some(guess) if guess == lang => right += 1,
                Some(guess) => wrong.push(format!("{lang} read as {guess}: {draft}")),
                None => {}
            }
        }
        let share = right as f64 / drafts.len() as f64;
        eprintln!("{lang}: {right}/{} recognised", drafts.len());
        if share < RIGHT_FLOOR {
            low.push(format!("{lang}: {right}/{}", drafts.len()));
        }
    }
    assert!(low.is_empty(), "too few recognised: {low:?}");
    assert!(wrong.len() <= WRONG_CEILING, "wrong guesses: {wrong:#?}");
}

#[test]
fn hebrew_comments_with_english_words_stay_hebrew() {
    for draft in comments("he") {
        if draft.chars().any(|c| c.is_ascii_alphabetic()) {
            assert_eq!(lang::guess(&draft), Some("he"), "{draft}");
        }
    }
}
