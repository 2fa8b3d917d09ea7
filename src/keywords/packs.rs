//! Keyword packs: ready-made queries per strategy goal and language, in
//! `keywords/<lang>/<goal>.toml`, embedded in the binary.
//!
//! ```toml
//! [[term]]
//! query = '"open day" OR "open house" -"real estate"'
//! why = "Employers invite candidates in; estate agents use the same words."
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};

use super::query::Query;
use crate::lessons::Problem;
use crate::strategy::Goal;
use crate::t;

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/keywords");

/// The language suggestions fall back to when there is no pack in the learner's.
pub const FALLBACK_LANGUAGE: &str = "en";

/// How many terms a pack holds: enough to choose from, few enough to read.
pub const TERMS_PER_PACK: std::ops::RangeInclusive<usize> = 20..=60;

/// A query proposed for a goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The canonical form, as `keywords add` would store it.
    pub query: String,
    pub why: Option<String>,
    pub goal: Goal,
    pub lang: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    #[serde(rename = "term", default)]
    terms: Vec<toml::Spanned<PackTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackTerm {
    query: toml::Spanned<String>,
    #[serde(default)]
    why: Option<String>,
}

/// One pack file as text, wherever it came from.
struct Source<'a> {
    /// `keywords/en/recruitment.toml`
    path: String,
    lang: &'a str,
    stem: &'a str,
    text: Option<&'a str>,
}

fn embedded_sources() -> Vec<Source<'static>> {
    let mut sources = Vec::new();
    for dir in EMBEDDED.dirs() {
        let Some(lang) = dir.path().file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        for file in dir.files() {
            let Some(stem) = file.path().file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if file.path().extension().is_none_or(|e| e != "toml") {
                continue;
            }
            sources.push(Source {
                path: format!("keywords/{}", file.path().display()),
                lang,
                stem,
                text: file.contents_utf8(),
            });
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources
}

/// The suggestions for `goals` in `lang` (English when there is no pack in `lang`),
/// goal by goal in pack order, each query once.
pub fn suggest(goals: &[Goal], lang: &str) -> Vec<Suggestion> {
    let lang = if has_language(lang) {
        lang
    } else {
        FALLBACK_LANGUAGE
    };
    let mut seen = BTreeSet::new();
    let mut suggestions = Vec::new();
    for &goal in goals {
        for (query, why) in pack(goal, lang) {
            if seen.insert(query.key()) {
                suggestions.push(Suggestion {
                    query: query.canonical(),
                    why,
                    goal,
                    lang: lang.to_owned(),
                });
            }
        }
    }
    suggestions
}

/// Whether there are packs in `lang`.
pub fn has_language(lang: &str) -> bool {
    EMBEDDED.get_dir(lang).is_some()
}

/// The parsed terms of one embedded pack; a term that does not parse is left out
/// (`check` reports it, and a test keeps the embedded packs clean).
fn pack(goal: Goal, lang: &str) -> Vec<(Query, Option<String>)> {
    let path = format!("{lang}/{}.toml", goal.as_str());
    let Some(text) = EMBEDDED.get_file(&path).and_then(|f| f.contents_utf8()) else {
        return Vec::new();
    };
    let Ok(file) = toml::from_str::<PackFile>(text) else {
        return Vec::new();
    };
    file.terms
        .into_iter()
        .filter_map(|term| {
            let term = term.into_inner();
            let query = Query::parse(term.query.get_ref()).ok()?;
            Some((query, term.why.filter(|w| !w.trim().is_empty())))
        })
        .collect()
}

/// Every problem in the embedded packs, each with its file and line.
pub fn check() -> Vec<Problem> {
    check_sources(&embedded_sources())
}

fn check_sources(sources: &[Source]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut present: BTreeMap<&str, BTreeSet<Goal>> = BTreeMap::new();
    for source in sources {
        let problem = |line: Option<usize>, message: String| Problem {
            file: source.path.clone(),
            line,
            message,
        };
        let Some(goal) = Goal::ALL.iter().copied().find(|g| g.as_str() == source.stem) else {
            let valid: Vec<&str> = Goal::ALL.iter().map(|g| g.as_str()).collect();
            problems.push(problem(
                None,
                t!("packs-unknown-goal", name = source.stem, valid = valid.join(", ")),
            ));
            continue;
        };
        present.entry(source.lang).or_default().insert(goal);
        let Some(text) = source.text else {
            problems.push(problem(None, t!("packs-not-utf8")));
            continue;
        };
        let line_of = |span: Range<usize>| text[..span.start.min(text.len())].matches('\n').count() + 1;
        let file: PackFile = match toml::from_str(text) {
            Ok(file) => file,
            Err(err) => {
                let line = err.span().map(&line_of);
                problems.push(problem(line, t!("packs-bad-toml", reason = err.message())));
                continue;
            }
        };
        let count = file.terms.len();
        if !TERMS_PER_PACK.contains(&count) {
            problems.push(problem(
                None,
                t!(
                    "packs-term-count",
                    count = count,
                    min = *TERMS_PER_PACK.start(),
                    max = *TERMS_PER_PACK.end()
                ),
            ));
        }
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for term in &file.terms {
            let line = line_of(term.get_ref().query.span());
            match Query::parse(term.get_ref().query.get_ref()) {
                Err(err) => problems.push(problem(
                    Some(line),
                    t!(
                        "packs-bad-query",
                        error = err.to_string(),
                        query = err.query.as_str()
                    ),
                )),
                Ok(query) => {
                    if let Some(first) = seen.insert(query.key(), line) {
                        problems.push(problem(
                            Some(line),
                            t!("packs-duplicate", query = query.canonical(), line = first),
                        ));
                    }
                }
            }
            if term.get_ref().why.as_deref().is_some_and(|w| w.trim().is_empty()) {
                problems.push(problem(Some(line), t!("packs-empty-why")));
            }
        }
    }
    for lang in crate::lang::Language::CODES {
        for goal in Goal::ALL {
            if !present.get(lang).is_some_and(|goals| goals.contains(&goal)) {
                problems.push(Problem {
                    file: format!("keywords/{lang}/{}.toml", goal.as_str()),
                    line: None,
                    message: t!("packs-missing", goal = goal.as_str(), lang = lang),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source<'a>(lang: &'a str, stem: &'a str, text: &'a str) -> Source<'a> {
        Source {
            path: format!("keywords/{lang}/{stem}.toml"),
            lang,
            stem,
            text: Some(text),
        }
    }

    fn terms(n: usize) -> String {
        (0..n).map(|i| format!("[[term]]\nquery = 'word{i}'\n")).collect()
    }

    /// Every pack but one, so the tests can add the one under test.
    fn complete_but(lang: &str, goal: Goal, text: &str) -> Vec<Problem> {
        let good = terms(20);
        let mut sources = Vec::new();
        for l in crate::lang::Language::CODES {
            for g in Goal::ALL {
                if l == lang && g == goal {
                    sources.push(source(l, g.as_str(), text));
                } else {
                    sources.push(source(l, g.as_str(), &good));
                }
            }
        }
        check_sources(&sources)
    }

    #[test]
    fn the_embedded_packs_are_clean() {
        assert_eq!(check(), vec![]);
    }

    #[test]
    fn every_goal_has_a_pack_in_every_language() {
        for lang in crate::lang::Language::CODES {
            for goal in Goal::ALL {
                let terms = pack(goal, lang);
                assert!(TERMS_PER_PACK.contains(&terms.len()), "{lang}/{}", goal.as_str());
            }
        }
    }

    #[test]
    fn a_bad_query_is_reported_with_its_line() {
        let mut text = terms(20);
        text.push_str("[[term]]\nquery = '\"open day'\nwhy = \"x\"\n");
        let problems = complete_but("nl", Goal::Recruitment, &text);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].file, "keywords/nl/recruitment.toml");
        assert_eq!(problems[0].line, Some(42));
        assert!(problems[0].message.contains("quote"), "{}", problems[0]);
    }

    #[test]
    fn duplicates_counts_and_missing_packs_are_reported() {
        let mut text = terms(20);
        text.push_str("[[term]]\nquery = 'WORD3'\n");
        let problems = complete_but("de", Goal::CustomerCare, &text);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].line, Some(42));
        assert!(problems[0].message.contains("line 8"), "{}", problems[0]);

        let problems = complete_but("fr", Goal::Recruitment, &terms(3));
        assert!(problems[0].message.contains('3'), "{problems:#?}");

        let mut sources = vec![source("en", "fame", "")];
        sources.extend(Goal::ALL.iter().skip(1).map(|g| source("en", g.as_str(), "")));
        let problems = check_sources(&sources);
        assert!(
            problems.iter().any(|p| p.file == "keywords/en/fame.toml"),
            "{problems:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.file == "keywords/en/recruitment.toml" && p.line.is_none()),
            "{problems:#?}"
        );
        assert!(problems.iter().any(|p| p.file.starts_with("keywords/nl/")));
    }

    #[test]
    fn broken_toml_is_reported_with_its_line() {
        let mut text = terms(20);
        text.push_str("[[term]]\nquery = oops\n");
        let problems = complete_but("en", Goal::Recruitment, &text);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].line, Some(42));
    }

    #[test]
    fn suggestions_follow_goals_and_fall_back_to_english() {
        let dutch = suggest(&[Goal::Recruitment, Goal::CustomerCare], "nl");
        assert!(dutch.iter().all(|s| s.lang == "nl"));
        assert!(dutch.iter().any(|s| s.goal == Goal::Recruitment));
        assert!(dutch.iter().any(|s| s.goal == Goal::CustomerCare));
        let keys: BTreeSet<String> = dutch
            .iter()
            .map(|s| Query::parse(&s.query).unwrap().key())
            .collect();
        assert_eq!(keys.len(), dutch.len(), "each query once");
        let klingon = suggest(&[Goal::Recruitment], "tlh");
        assert_eq!(klingon, suggest(&[Goal::Recruitment], "en"));
        assert!(suggest(&[], "en").is_empty());
    }
}
