//! The pre-post check measured on twenty-five sets of drafts: the development corpus
//! (`tests/corpus/<lang>.toml`), which the rules were first tuned on, twenty-three fresh sets
//! (`tests/corpus/fresh*/<lang>.toml`), each written later by other writers for other
//! employers and sectors, who saw no rule and no earlier set, and `neutral`, kind
//! drafts that name the employer. Each fresh set is measured blind first (BENCHMARKS.md
//! keeps those figures) and read to tune the rules and train the scorers only once a
//! newer set exists: the newest (`fresh23`) is read by nobody who tunes the rules and
//! taught no scorer, and its figure is the honest one. (`train1` … `train10` were
//! written only to train the scorers and are not measured here: a scorer's figure on
//! its own lessons says nothing.) Every draft is checked the way `drempel check` checks
//! it, with the file's policy and the case's language, and scored per language and
//! category.
//!
//! `cargo test --test check_corpus -- --nocapture` prints the tables; with
//! `CHECK_CORPUS_TABLE=path` (and `CHECK_CORPUS_FRESH_TABLE`, `…_FRESH2_TABLE` …
//! `…_FRESH22_TABLE`, `…_BLIND_TABLE`, `…_NEUTRAL_TABLE`) they are also written as
//! Markdown for BENCHMARKS.md. `CHECK_CORPUS_MISSES=1` lists the development set's
//! misses, `CHECK_CORPUS_FRESH_MISSES=1` … `…_FRESH22_MISSES=1` those of the read fresh
//! sets; the blind set's and `neutral`'s are never listed. `CHECK_CORPUS_RULES=lessons`
//! reads the rules from that folder (as edited, no rebuild needed). The floors sit just
//! under the figures reached, so that a regression fails.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use drempel::check::corpus::{Case, Corpus};
use drempel::check::{self, Level, Policy, RuleSet, TextKind};
use drempel::platform::Platform;

const LANGUAGES: [&str; 5] = ["en", "nl", "de", "fr", "he"];

/// Must be flagged; an error where the check is sure, a warning for a judgement call
/// (the recall counts both, and asks that most be errors: the table shows each
/// category's errors too, and `problems that are errors` has a floor).
const ERRORS: [&str; 6] = ["praise", "venting", "hint", "confidential", "personal", "patient"];
/// A warning is enough.
const WARNINGS: [&str; 2] = ["buried", "shouting"];
/// Must pass without an error.
const PASSES: [&str; 2] = ["pass", "disclosed"];

/// Floors per category over all languages (recall; for pass and disclosed: share that
/// passes), and per language for the false positives.
struct Floors {
    recall: [(&'static str, f64); 10],
    error_share: f64,
    language_guess: f64,
}

const DEVELOPMENT: Floors = Floors {
    recall: DEV_RECALL_FLOOR,
    error_share: 0.87,
    language_guess: 0.90,
};

const DEV_RECALL_FLOOR: [(&str, f64); 10] = [
    ("praise", 0.98),
    ("buried", 0.99),
    ("venting", 0.98),
    ("hint", 0.99),
    ("confidential", 0.94),
    ("personal", 0.97),
    ("patient", 0.96),
    ("shouting", 0.99),
    ("pass", 0.99),
    ("disclosed", 0.99),
];

/// The fresh set: floors under its figures, so that a change that only helps the
/// development set shows.
const FRESH: Floors = Floors {
    recall: [
        ("praise", 0.99),
        ("buried", 0.99),
        ("venting", 0.99),
        ("hint", 0.99),
        ("confidential", 0.93),
        ("personal", 0.94),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.90,
};

/// The second fresh set, read from this session on: floors under its figures.
const FRESH2: Floors = Floors {
    recall: [
        ("praise", 0.99),
        ("buried", 0.99),
        ("venting", 0.99),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.97),
        ("patient", 0.87),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.89,
};

/// The third fresh set, read from its second measurement on: floors under its figures.
const FRESH3: Floors = Floors {
    recall: [
        ("praise", 0.97),
        ("buried", 0.99),
        ("venting", 0.98),
        ("hint", 0.99),
        ("confidential", 0.91),
        ("personal", 0.95),
        ("patient", 0.71),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.94,
};

/// The fifth fresh set, measured blind for a session, then read to train the scorers:
/// floors under its figures.
const FRESH5: Floors = Floors {
    recall: [
        ("praise", 0.79),
        ("buried", 0.99),
        ("venting", 0.85),
        ("hint", 0.92),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.92),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.81,
    language_guess: 0.97,
};

/// The sixth fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures.
const FRESH6: Floors = Floors {
    recall: [
        ("praise", 0.86),
        ("buried", 0.99),
        ("venting", 0.89),
        ("hint", 0.88),
        ("confidential", 0.96),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.85,
    language_guess: 0.96,
};

/// The seventh fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures.
const FRESH7: Floors = Floors {
    recall: [
        ("praise", 0.82),
        ("buried", 0.99),
        ("venting", 0.78),
        ("hint", 0.81),
        ("confidential", 0.96),
        ("personal", 0.92),
        ("patient", 0.9),
        ("shouting", 0.99),
        ("pass", 0.93),
        ("disclosed", 0.94),
    ],
    error_share: 0.78,
    language_guess: 0.96,
};

/// The eighth fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures.
const FRESH8: Floors = Floors {
    recall: [
        ("praise", 0.97),
        ("buried", 0.99),
        ("venting", 0.97),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.98),
        ("disclosed", 0.97),
    ],
    error_share: 0.91,
    language_guess: 0.97,
};

/// The ninth fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures.
const FRESH9: Floors = Floors {
    recall: [
        ("praise", 0.97),
        ("buried", 0.99),
        ("venting", 0.99),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.98),
        ("disclosed", 0.99),
    ],
    error_share: 0.91,
    language_guess: 0.97,
};

/// The tenth fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures. Its problems that are errors went from
/// 90 % to 89.9 % when the scorers learned `fresh22`.
const FRESH10: Floors = Floors {
    recall: [
        ("praise", 0.95),
        ("buried", 0.99),
        ("venting", 0.98),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.92),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.89,
    language_guess: 0.97,
};

/// The eleventh fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures. Its buried disclosures caught went from
/// 19 to 18 of 20 when the scorers learned `fresh14` and `train19` and read the marks of the
/// sentences about the employer.
const FRESH11: Floors = Floors {
    recall: [
        ("praise", 0.85),
        ("buried", 0.89),
        ("venting", 0.97),
        ("hint", 0.99),
        ("confidential", 0.99),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.84,
    language_guess: 0.97,
};

/// The twelfth fresh set, measured blind for a session, then read to tune the rules and
/// train the scorers: floors under its figures. Its venting caught went from 138 to 137
/// of 140 when the scorers learned `fresh14` and `train19` and read the marks of the
/// sentences about the employer, to 135 when they learned `fresh21`, and to 134 when
/// they learned `fresh22`.
const FRESH12: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.94),
        ("venting", 0.95),
        ("hint", 0.99),
        ("confidential", 0.99),
        ("personal", 0.96),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.97),
        ("disclosed", 0.99),
    ],
    error_share: 0.85,
    language_guess: 0.96,
};

/// The thirteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH13: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.84),
        ("venting", 0.98),
        ("hint", 0.98),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.97,
};

/// The fourteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH14: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.99),
        ("venting", 0.98),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.88,
    language_guess: 0.97,
};

/// The fifteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH15: Floors = Floors {
    recall: [
        ("praise", 0.96),
        ("buried", 0.99),
        ("venting", 0.99),
        ("hint", 0.99),
        ("confidential", 0.96),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.90,
    language_guess: 0.97,
};

/// The sixteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH16: Floors = Floors {
    recall: [
        ("praise", 0.95),
        ("buried", 0.99),
        ("venting", 0.97),
        ("hint", 0.99),
        ("confidential", 0.99),
        ("personal", 0.96),
        ("patient", 0.98),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.97,
};

/// The seventeenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH17: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.94),
        ("venting", 0.94),
        ("hint", 0.94),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.92),
        ("shouting", 0.99),
        ("pass", 0.98),
        ("disclosed", 0.98),
    ],
    error_share: 0.87,
    language_guess: 0.97,
};

/// The eighteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH18: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.99),
        ("venting", 0.93),
        ("hint", 0.96),
        ("confidential", 0.93),
        ("personal", 0.96),
        ("patient", 0.89),
        ("shouting", 0.99),
        ("pass", 0.96),
        ("disclosed", 0.99),
    ],
    error_share: 0.87,
    language_guess: 0.97,
};

/// The nineteenth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH19: Floors = Floors {
    recall: [
        ("praise", 0.93),
        ("buried", 0.89),
        ("venting", 0.96),
        ("hint", 0.97),
        ("confidential", 0.99),
        ("personal", 0.99),
        ("patient", 0.95),
        ("shouting", 0.99),
        ("pass", 0.98),
        ("disclosed", 0.99),
    ],
    error_share: 0.88,
    language_guess: 0.97,
};

/// The twentieth fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH20: Floors = Floors {
    recall: [
        ("praise", 0.92),
        ("buried", 0.99),
        ("venting", 0.92),
        ("hint", 0.95),
        ("confidential", 0.96),
        ("personal", 0.93),
        ("patient", 0.97),
        ("shouting", 0.99),
        ("pass", 0.98),
        ("disclosed", 0.99),
    ],
    error_share: 0.84,
    language_guess: 0.96,
};

/// The twenty-first fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH21: Floors = Floors {
    recall: [
        ("praise", 0.94),
        ("buried", 0.94),
        ("venting", 0.97),
        ("hint", 0.98),
        ("confidential", 0.96),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.88,
    language_guess: 0.97,
};

/// The twenty-second fresh set, measured blind for a session, then read to tune the rules
/// and train the scorers: floors under its figures.
const FRESH22: Floors = Floors {
    recall: [
        ("praise", 0.95),
        ("buried", 0.99),
        ("venting", 0.96),
        ("hint", 0.99),
        ("confidential", 0.99),
        ("personal", 0.89),
        ("patient", 0.98),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.88,
    language_guess: 0.95,
};

/// The twenty-third fresh set, read by nobody who tunes the rules and learned from by no
/// scorer: floors under its figures.
const BLIND: Floors = Floors {
    recall: [
        ("praise", 0.93),
        ("buried", 0.99),
        ("venting", 0.95),
        ("hint", 0.94),
        ("confidential", 0.96),
        ("personal", 0.96),
        ("patient", 0.95),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.98),
    ],
    error_share: 0.85,
    language_guess: 0.96,
};

/// Kind drafts that name the employer (`tests/corpus/neutral`): opening hours, a
/// vacancy, a welcome, a condolence, with some praise among them. Written for other
/// employers by writers who saw nothing of the check, read by nobody who tunes it.
/// Its kind drafts passing went 228 -> 224 of 250 when the scorers learned `train12`
/// and `train13` (the rules of pass 13 alone moved none), and back to 226 with the
/// disclosure scorer, `train14`, `train15` and the rules of pass 14, to 233 with the
/// reader of kind drafts, to 234 when the scorers learned `fresh13` and `train18`, and
/// to 235 when they learned `fresh15` and `train20` and read Hebrew words behind their
/// prefixes: the floor follows, so that a loss shows.
const NEUTRAL: Floors = Floors {
    recall: [
        ("praise", 0.91),
        ("buried", 0.0),
        ("venting", 0.0),
        ("hint", 0.0),
        ("confidential", 0.0),
        ("personal", 0.0),
        ("patient", 0.0),
        ("shouting", 0.0),
        ("pass", 0.92),
        ("disclosed", 0.0),
    ],
    error_share: 0.81,
    language_guess: 0.9,
};

/// The fourth fresh set, read from this session on: floors under its figures.
const FRESH4: Floors = Floors {
    recall: [
        ("praise", 0.87),
        ("buried", 0.99),
        ("venting", 0.88),
        ("hint", 0.94),
        ("confidential", 0.95),
        ("personal", 0.99),
        ("patient", 0.99),
        ("shouting", 0.99),
        ("pass", 0.99),
        ("disclosed", 0.99),
    ],
    error_share: 0.85,
    language_guess: 0.94,
};

/// How one case came out.
#[derive(Default, Clone, Copy)]
struct Tally {
    cases: usize,
    /// Flagged as the category needs (for pass and disclosed: passed without an error).
    good: usize,
    errors: usize,
    /// Passed, with a warning: what a kind draft's writer reads and may heed or not.
    warned: usize,
}

/// The example policy and the drafts of `dir`.
fn load(dir: &str, lang: &str) -> Option<(Policy, Vec<Case>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{dir}/{lang}.toml"));
    let corpus = Corpus::load(&path).unwrap_or_else(|e| panic!("{e}"))?;
    Some((corpus.policy, corpus.cases))
}

/// Checked as `drempel check --lang <lang>` checks a LinkedIn comment (the rules loaded
/// once per language rather than once per draft).
/// Whether the check got the case right, and whether it found an error and a finding
/// at all.
fn judge(lang: &str, rules: &RuleSet, policy: &Policy, case: &Case, misses: bool) -> (bool, bool, bool) {
    let verdict = check::check_as(&case.text, rules, policy, Platform::Linkedin, TextKind::Comment);
    let error = verdict.errors().next().is_some();
    let warning = verdict.findings.iter().any(|f| f.level >= Level::Warning);
    let category = case.expect.as_str();
    let good = if ERRORS.contains(&category) || WARNINGS.contains(&category) {
        warning
    } else if PASSES.contains(&category) {
        !error
    } else {
        panic!("{lang}: unknown category {category:?} for {:?}", case.text)
    };
    if misses && !good {
        let found: Vec<String> = verdict
            .findings
            .iter()
            .map(|f| format!("{}:{}:{}", f.rule, f.level, f.excerpt))
            .collect();
        eprintln!(
            "MISS {lang} {category}: {}\n    {found:?}",
            case.text.replace('\n', " / ")
        );
    }
    (good, error, warning)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        format!("{:.0} %", 100.0 * part as f64 / whole as f64)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Language guesses of drafts of 5–30 words: right, guessed wrong, no guess.
fn guesses(lang: &str, cases: &[Case]) -> (usize, usize, usize) {
    let mut tally = (0, 0, 0);
    for case in cases {
        let words = case.text.split_whitespace().count();
        if !(5..=30).contains(&words) {
            continue;
        }
        match check::lang::guess(&case.text) {
            Some(guess) if guess == lang => tally.0 += 1,
            Some(_) => tally.1 += 1,
            None => tally.2 += 1,
        }
    }
    tally
}

#[test]
fn the_development_corpus_meets_its_floors() {
    let misses = std::env::var_os("CHECK_CORPUS_MISSES").is_some();
    measure("tests/corpus", &DEVELOPMENT, "CHECK_CORPUS_TABLE", misses);
}

#[test]
fn the_fresh_set_meets_its_floors() {
    measure_read("fresh", &FRESH);
}

/// The second fresh set (`tests/corpus/fresh2`), written by other writers for yet
/// other employers and sectors after the first fresh set had been read to tune the
/// rules. Nobody read it for two sessions (its first figures are in BENCHMARKS.md); it
/// may be read now that a third set is the honest measure. `CHECK_CORPUS_FRESH2_MISSES=1`
/// lists its misses.
#[test]
fn the_second_fresh_set_meets_its_floors() {
    measure_read("fresh2", &FRESH2);
}

/// The third fresh set (`tests/corpus/fresh3`), written for yet other employers and
/// sectors by writers told to avoid textbook phrases, who saw no rule and no earlier
/// set. Measured blind twice (BENCHMARKS.md), then read to tune the rules.
/// `CHECK_CORPUS_FRESH3_MISSES=1` lists its misses.
#[test]
fn the_third_fresh_set_meets_its_floors() {
    measure_read("fresh3", &FRESH3);
}

/// The fourth fresh set (`tests/corpus/fresh4`), written like the third for yet other
/// employers. Measured blind for two sessions, then read to choose the scorers'
/// thresholds and to train them. `CHECK_CORPUS_FRESH4_MISSES=1` lists its misses.
#[test]
fn the_fourth_fresh_set_meets_its_floors() {
    measure_read("fresh4", &FRESH4);
}

/// The fifth fresh set (`tests/corpus/fresh5`), written like the fourth for yet other
/// employers, in Hebrew too. Measured blind for a session, then read to train the
/// scorers. `CHECK_CORPUS_FRESH5_MISSES=1` lists its misses.
#[test]
fn the_fifth_fresh_set_meets_its_floors() {
    measure_read("fresh5", &FRESH5);
}

/// The sixth fresh set (`tests/corpus/fresh6`), written like the fifth for yet other
/// employers, with more kind drafts by staff that name the employer. Measured blind
/// for a session, then read to tune the rules and train the scorers.
/// `CHECK_CORPUS_FRESH6_MISSES=1` lists its misses.
#[test]
fn the_sixth_fresh_set_meets_its_floors() {
    measure_read("fresh6", &FRESH6);
}

/// The seventh fresh set (`tests/corpus/fresh7`), written like the sixth for yet other
/// employers, larger (180 drafts a language), with kind words about named people
/// among the kind drafts. Measured blind for a session, then read to tune the rules
/// and train the scorers. `CHECK_CORPUS_FRESH7_MISSES=1` lists its misses.
#[test]
fn the_seventh_fresh_set_meets_its_floors() {
    measure_read("fresh7", &FRESH7);
}

/// The eighth fresh set (`tests/corpus/fresh8`), written like the seventh for yet other
/// employers and sectors. Measured blind for a session, then read to tune the rules and
/// train the scorers. `CHECK_CORPUS_FRESH8_MISSES=1` lists its misses.
#[test]
fn the_eighth_fresh_set_meets_its_floors() {
    measure_read("fresh8", &FRESH8);
}

/// The ninth fresh set (`tests/corpus/fresh9`), written like the eighth for yet other
/// employers and sectors. Measured blind for a session, then read to tune the rules and
/// train the scorers. `CHECK_CORPUS_FRESH9_MISSES=1` lists its misses.
#[test]
fn the_ninth_fresh_set_meets_its_floors() {
    measure_read("fresh9", &FRESH9);
}

/// The tenth fresh set (`tests/corpus/fresh10`), written like the ninth for yet other
/// employers and sectors. Measured blind for a session, then read to tune the rules and
/// train the scorers. `CHECK_CORPUS_FRESH10_MISSES=1` lists its misses.
#[test]
fn the_tenth_fresh_set_meets_its_floors() {
    measure_read("fresh10", &FRESH10);
}

/// The eleventh fresh set (`tests/corpus/fresh11`), written like the tenth for yet
/// other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH11_MISSES=1` lists its misses.
#[test]
fn the_eleventh_fresh_set_meets_its_floors() {
    measure_read("fresh11", &FRESH11);
}

/// The twelfth fresh set (`tests/corpus/fresh12`), written like the eleventh for yet
/// other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH12_MISSES=1` lists its misses.
#[test]
fn the_twelfth_fresh_set_meets_its_floors() {
    measure_read("fresh12", &FRESH12);
}

/// The thirteenth fresh set (`tests/corpus/fresh13`), written like the twelfth for yet
/// other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH13_MISSES=1` lists its misses.
#[test]
fn the_thirteenth_fresh_set_meets_its_floors() {
    measure_read("fresh13", &FRESH13);
}

/// The fourteenth fresh set (`tests/corpus/fresh14`), written like the thirteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH14_MISSES=1` lists its misses.
#[test]
fn the_fourteenth_fresh_set_meets_its_floors() {
    measure_read("fresh14", &FRESH14);
}

/// The fifteenth fresh set (`tests/corpus/fresh15`), written like the fourteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH15_MISSES=1` lists its misses.
#[test]
fn the_fifteenth_fresh_set_meets_its_floors() {
    measure_read("fresh15", &FRESH15);
}

/// The sixteenth fresh set (`tests/corpus/fresh16`), written like the fifteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH16_MISSES=1` lists its misses.
#[test]
fn the_sixteenth_fresh_set_meets_its_floors() {
    measure_read("fresh16", &FRESH16);
}

/// The seventeenth fresh set (`tests/corpus/fresh17`), written like the sixteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH17_MISSES=1` lists its misses.
#[test]
fn the_seventeenth_fresh_set_meets_its_floors() {
    measure_read("fresh17", &FRESH17);
}

/// The eighteenth fresh set (`tests/corpus/fresh18`), written like the seventeenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH18_MISSES=1` lists its misses.
#[test]
fn the_eighteenth_fresh_set_meets_its_floors() {
    measure_read("fresh18", &FRESH18);
}

/// The nineteenth fresh set (`tests/corpus/fresh19`), written like the eighteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH19_MISSES=1` lists its misses.
#[test]
fn the_nineteenth_fresh_set_meets_its_floors() {
    measure_read("fresh19", &FRESH19);
}

/// The twentieth fresh set (`tests/corpus/fresh20`), written like the nineteenth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH20_MISSES=1` lists its misses.
#[test]
fn the_twentieth_fresh_set_meets_its_floors() {
    measure_read("fresh20", &FRESH20);
}

/// The twenty-first fresh set (`tests/corpus/fresh21`), written like the twentieth for
/// yet other employers and sectors. Measured blind for a session, then read to tune the
/// rules and train the scorers. `CHECK_CORPUS_FRESH21_MISSES=1` lists its misses.
#[test]
fn the_twenty_first_fresh_set_meets_its_floors() {
    measure_read("fresh21", &FRESH21);
}

/// The twenty-second fresh set (`tests/corpus/fresh22`), written like the twenty-first
/// for yet other employers and sectors. Measured blind for a session, then read to tune
/// the rules and train the scorers. `CHECK_CORPUS_FRESH22_MISSES=1` lists its misses.
#[test]
fn the_twenty_second_fresh_set_meets_its_floors() {
    measure_read("fresh22", &FRESH22);
}

/// The twenty-third fresh set (`tests/corpus/fresh23`), written like the twenty-second
/// for yet other employers and sectors: nobody tuning the rules reads it or its misses,
/// and no scorer learns from it. This is the honest figure.
#[test]
fn the_twenty_third_fresh_set_meets_its_floors() {
    measure("tests/corpus/fresh23", &BLIND, "CHECK_CORPUS_BLIND_TABLE", false);
}

/// Kind drafts that name the employer or "our team" must pass: the scorers and the
/// praise rules learned that most drafts that name the employer praise it, and these
/// drafts say whether they learned too much.
#[test]
fn kind_drafts_that_name_the_employer_pass() {
    measure(
        "tests/corpus/neutral",
        &NEUTRAL,
        "CHECK_CORPUS_NEUTRAL_TABLE",
        false,
    );
}

/// Measures a read set (`tests/corpus/<set>`): `CHECK_CORPUS_<SET>_MISSES=1` lists its
/// misses and `CHECK_CORPUS_<SET>_TABLE=path` writes its table.
fn measure_read(set: &str, floors: &Floors) {
    let name = set.to_uppercase();
    let misses = std::env::var_os(format!("CHECK_CORPUS_{name}_MISSES")).is_some();
    let table_var = format!("CHECK_CORPUS_{name}_TABLE");
    measure(&format!("tests/corpus/{set}"), floors, &table_var, misses);
}

fn measure(dir: &str, floors: &Floors, table_var: &str, misses: bool) {
    let categories: Vec<&str> = ERRORS.iter().chain(&WARNINGS).chain(&PASSES).copied().collect();
    let mut table: BTreeMap<(&str, String), Tally> = BTreeMap::new();
    let mut langs = Vec::new();
    let mut guessed = Vec::new();
    for lang in LANGUAGES {
        let Some((policy, cases)) = load(dir, lang) else {
            continue;
        };
        langs.push(lang);
        guessed.push((lang, guesses(lang, &cases)));
        // CHECK_CORPUS_RULES=lessons measures rules as edited, without a rebuild.
        let dir = std::env::var_os("CHECK_CORPUS_RULES").map(std::path::PathBuf::from);
        let rules = RuleSet::load(dir.as_deref(), lang).expect("the rules load");
        assert_eq!(rules.lang, lang, "bundled rules for {lang}");
        for case in &cases {
            let (good, error, warning) = judge(lang, &rules, &policy, case, misses);
            for key in [(lang, case.expect.clone()), ("all", case.expect.clone())] {
                let tally = table.entry(key).or_default();
                tally.cases += 1;
                tally.good += usize::from(good);
                tally.errors += usize::from(error);
                tally.warned += usize::from(warning && !error);
            }
        }
    }
    assert!(!langs.is_empty(), "no corpus in {dir}");

    let mut out = String::new();
    let columns: Vec<&str> = langs.iter().copied().chain(["all"]).collect();
    writeln!(out, "| category | {} |", columns.join(" | ")).unwrap();
    writeln!(out, "|---|{}", "---|".repeat(columns.len())).unwrap();
    let mut row = |label: String, category: &str, part: fn(&Tally) -> usize| {
        let cells: Vec<String> = columns
            .iter()
            .map(|lang| {
                let t = table
                    .get(&(*lang, category.to_string()))
                    .copied()
                    .unwrap_or_default();
                format!("{} ({}/{})", percent(part(&t), t.cases), part(&t), t.cases)
            })
            .collect();
        writeln!(out, "| {label} | {} |", cells.join(" | ")).unwrap();
    };
    for category in &categories {
        let label = match *category {
            "pass" => "pass: passes".to_owned(),
            "disclosed" => "disclosed: passes".to_owned(),
            c => format!("{c}: flagged"),
        };
        row(label, category, |t| t.good);
    }
    // What the learner reads beside: a problem's error, a kind draft's warning.
    for category in ERRORS {
        row(format!("{category}: as an error"), category, |t| t.errors);
    }
    for category in PASSES {
        row(format!("{category}: passes with a warning"), category, |t| {
            t.warned
        });
    }
    let share = |lang: &str| {
        let (errors, cases) = ERRORS
            .iter()
            .chain(&WARNINGS)
            .filter_map(|c| table.get(&(lang, c.to_string())))
            .fold((0, 0), |(e, n), t| (e + t.errors, n + t.cases));
        (errors, cases)
    };
    let cells: Vec<String> = columns
        .iter()
        .map(|lang| {
            let (e, n) = share(lang);
            format!("{} ({e}/{n})", percent(e, n))
        })
        .collect();
    writeln!(out, "| problems that are errors | {} |", cells.join(" | ")).unwrap();
    let mut all_guesses = (0, 0, 0);
    let cells: Vec<String> = guessed
        .iter()
        .map(|(_, (right, wrong, none))| {
            all_guesses = (all_guesses.0 + right, all_guesses.1 + wrong, all_guesses.2 + none);
            let n = right + wrong + none;
            format!("{} ({right}/{n}, {wrong} wrong)", percent(*right, n))
        })
        .collect();
    let n = all_guesses.0 + all_guesses.1 + all_guesses.2;
    writeln!(
        out,
        "| language guessed (5–30 words) | {} | {} ({}/{n}, {} wrong) |",
        cells.join(" | "),
        percent(all_guesses.0, n),
        all_guesses.0,
        all_guesses.1
    )
    .unwrap();
    println!("{dir}\n{out}");
    if let Some(path) = std::env::var_os(table_var) {
        std::fs::write(path, &out).expect("write the table");
    }

    let mut below = Vec::new();
    for (category, floor) in floors.recall {
        let t = table
            .get(&("all", category.to_owned()))
            .copied()
            .unwrap_or_default();
        if ratio(t.good, t.cases) < floor {
            below.push(format!("{category}: {} < {floor}", ratio(t.good, t.cases)));
        }
    }
    let (e, n) = share("all");
    if ratio(e, n) < floors.error_share {
        below.push(format!(
            "problems that are errors: {} < {}",
            ratio(e, n),
            floors.error_share
        ));
    }
    if ratio(all_guesses.0, n.max(1)) < floors.language_guess {
        below.push("language guess".to_owned());
    }
    assert!(below.is_empty(), "{dir}: below the floors: {below:#?}\n{out}");
}
