//! The language of a short draft: drempel's little-word guess against `whatlang`,
//! limited to the languages drempel speaks, and their combinations (issue 11, item 4).
//! `lingua` was measured once beside them (BENCHMARKS.md: more accurate, 23–29 MB more
//! binary); it is not a dependency, so that every build does not compile its models.
//!
//! `cargo bench --bench lang_guess` prints, per guesser and language, how many drafts
//! were guessed right, wrong, or not at all, on two sets: the development corpus
//! (`tests/corpus/<lang>.toml`, drafts of 5–30 words, as the corpus runner counts them)
//! and the short comments of `tests/corpus/lang/<lang>.txt` (5–15 words, with English
//! loanwords, names and hashtags). Then the time of one guess, and of the first guess
//! in a fresh process. The binary's size is measured apart: see BENCHMARKS.md.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use drempel::check::lang;
use whatlang::{Detector, Lang};

const LANGUAGES: [&str; 5] = ["en", "nl", "de", "fr", "he"];

#[derive(serde::Deserialize)]
struct Corpus {
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(serde::Deserialize)]
struct Case {
    text: String,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The development corpus's drafts of 5–30 words.
fn corpus(lang: &str) -> Vec<String> {
    let path = root().join(format!("tests/corpus/{lang}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let corpus: Corpus = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    corpus
        .cases
        .into_iter()
        .map(|c| c.text)
        .filter(|t| (5..=30).contains(&t.split_whitespace().count()))
        .collect()
}

/// The short comments, one a line.
fn comments(lang: &str) -> Vec<String> {
    let path = root().join(format!("tests/corpus/lang/{lang}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

fn whatlang_detector() -> Detector {
    Detector::with_allowlist(vec![Lang::Eng, Lang::Nld, Lang::Deu, Lang::Fra, Lang::Heb])
}

fn whatlang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Eng => "en",
        Lang::Nld => "nl",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Heb => "he",
        _ => "??",
    }
}

/// A set of drafts by its name, and how to load one language's drafts.
type DraftSet = (&'static str, fn(&str) -> Vec<String>);

type Guesser<'a> = (&'static str, Box<dyn Fn(&str) -> Option<&'static str> + 'a>);

/// Right, wrong, no answer.
fn tally(
    name: &str,
    guess: &dyn Fn(&str) -> Option<&'static str>,
    lang: &str,
    drafts: &[String],
) -> [usize; 3] {
    let mut counts = [0; 3];
    for draft in drafts {
        match guess(draft) {
            Some(g) if g == lang => counts[0] += 1,
            Some(g) => {
                counts[1] += 1;
                if std::env::var_os("LANG_GUESS_WRONG").is_some() {
                    eprintln!("WRONG {name}: {lang}→{g}: {draft}");
                }
            }
            None => counts[2] += 1,
        }
    }
    counts
}

fn per_guess(guess: &dyn Fn(&str) -> Option<&'static str>, drafts: &[&String]) -> Duration {
    let rounds = 5;
    let start = Instant::now();
    for _ in 0..rounds {
        for draft in drafts {
            black_box(guess(black_box(draft)));
        }
    }
    start.elapsed() / (rounds * drafts.len()) as u32
}

fn main() {
    // First guesses, each in a process where nothing has guessed yet.
    let draft = "Bedankt voor het delen, dit is echt een mooi voorbeeld.";
    let start = Instant::now();
    black_box(whatlang_detector().detect(draft));
    let whatlang_first = start.elapsed();
    let start = Instant::now();
    black_box(lang::guess(draft));
    let drempel_first = start.elapsed();
    println!(
        "first guess: drempel {drempel_first:?} (whatlang's again, and its own regexes), whatlang {whatlang_first:?}"
    );

    let whatlang = whatlang_detector();
    let whatlang_sure = |t: &str, min: f64| {
        whatlang
            .detect(t)
            .filter(|i| i.confidence() >= min)
            .map(|i| whatlang_code(i.lang()))
    };
    let guessers: Vec<Guesser> = vec![
        ("little words (before)", Box::new(lang::guess_by_little_words)),
        (
            "drempel now: little words, else whatlang reliable",
            Box::new(lang::guess),
        ),
        (
            "whatlang",
            Box::new(|t: &str| whatlang.detect_lang(t).map(whatlang_code)),
        ),
        (
            "whatlang, reliable only",
            Box::new(|t: &str| {
                whatlang
                    .detect(t)
                    .filter(|i| i.is_reliable())
                    .map(|i| whatlang_code(i.lang()))
            }),
        ),
        (
            "little words, else whatlang reliable",
            Box::new(|t: &str| lang::guess_by_little_words(t).or_else(|| whatlang_sure(t, 0.9))),
        ),
        (
            "little words, else whatlang ≥ 0.5",
            Box::new(|t: &str| lang::guess_by_little_words(t).or_else(|| whatlang_sure(t, 0.5))),
        ),
        (
            "whatlang reliable, else little words",
            Box::new(|t: &str| whatlang_sure(t, 0.9).or_else(|| lang::guess_by_little_words(t))),
        ),
        (
            "either (whatlang ≥ 0.5), none if they differ",
            Box::new(
                |t: &str| match (lang::guess_by_little_words(t), whatlang_sure(t, 0.5)) {
                    (Some(a), Some(b)) => (a == b).then_some(a),
                    (a, b) => a.or(b),
                },
            ),
        ),
    ];

    let sets: [DraftSet; 2] = [
        ("dev corpus, 5–30 words", corpus),
        ("short comments, 5–15 words", comments),
    ];
    for (set, load) in sets {
        let drafts: Vec<(&str, Vec<String>)> = LANGUAGES.iter().map(|l| (*l, load(l))).collect();
        println!("\n{set}: right / wrong / no answer\n");
        println!("| guesser | en | nl | de | fr | he | en–fr wrong |");
        println!("|---|---|---|---|---|---|---|");
        for (name, guess) in &guessers {
            let mut row = format!("| {name} |");
            let mut latin_wrong = 0;
            for (lang, texts) in &drafts {
                let [right, wrong, none] = tally(name, guess.as_ref(), lang, texts);
                if *lang != "he" {
                    latin_wrong += wrong;
                }
                row.push_str(&format!(" {right} / {wrong} / {none} |"));
            }
            println!("{row} {latin_wrong} |");
        }
    }

    let all: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|l| corpus(l).into_iter().chain(comments(l)))
        .collect();
    let all: Vec<&String> = all.iter().collect();
    println!("\ntime per guess ({} drafts, 5 rounds):", all.len());
    for (name, guess) in &guessers {
        println!("  {name}: {:?}", per_guess(guess.as_ref(), &all));
    }
    // The check's own budget is 5 ms for 3,000 characters; the guess runs first.
    let mut long = String::new();
    for draft in corpus("en") {
        if long.len() >= 3_000 {
            break;
        }
        long.push_str(&draft);
        long.push(' ');
    }
    let long = [&long];
    println!("time per guess of {} characters:", long[0].len());
    for (name, guess) in &guessers {
        println!("  {name}: {:?}", per_guess(guess.as_ref(), &long));
    }
}
