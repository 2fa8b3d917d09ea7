//! `drempel lessons check` for rules: every rules file parses, names lessons that
//! exist, offers the same rules in every language, and keeps its own examples honest —
//! each `must_flag` draft is flagged, each `must_pass` draft is not, and the kind,
//! ordinary comments pass without errors.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::count::TextKind;
use super::engine::{Shadowing, check_as, check_with};
use super::model::{Model, Scorer};
use super::policy::Policy;
use super::rule::{Level, Scope};
use super::ruleset::{self, RULES_FILE, RuleSet, Test};
use crate::lessons::{BASE_LANGUAGE, Library, Origin, Problem};
use crate::platform::Platform;
use crate::t;

/// Examples are checked as LinkedIn comments, against [`Policy::example`].
const EXAMPLE_PLATFORM: Platform = Platform::Linkedin;

/// Every problem with the rules of a lesson library: the embedded rules, or the rules
/// files of a trainer's folder (a folder without them uses the embedded ones).
pub fn check_rules(library: &Library) -> Vec<Problem> {
    let mut problems = Vec::new();
    let files: Vec<(String, String, Result<String, String>)> = match &library.origin {
        Origin::Embedded => ruleset::embedded_languages()
            .into_iter()
            .filter_map(|lang| {
                let (source, text) = ruleset::embedded_text(&lang)?;
                Some((lang, source, Ok(text.to_owned())))
            })
            .collect(),
        Origin::Folder(dir) => folder_rules(dir),
    };
    if library.origin == Origin::Embedded && !files.iter().any(|(lang, ..)| lang == BASE_LANGUAGE) {
        problems.push(Problem {
            file: format!("lessons/{BASE_LANGUAGE}/{RULES_FILE}"),
            line: None,
            message: t!("rules-missing-base"),
        });
    }
    let mut ids_per_language = Vec::new();
    for (lang, source, text) in files {
        let text = match text {
            Ok(text) => text,
            Err(reason) => {
                problems.push(Problem {
                    file: source,
                    line: None,
                    message: reason,
                });
                continue;
            }
        };
        match RuleSet::parse(&lang, &source, &text) {
            Ok(mut rules) => {
                let dir = match &library.origin {
                    Origin::Embedded => None,
                    Origin::Folder(dir) => Some(dir.as_path()),
                };
                // The examples are checked with the scorers too: a scorer must not flag
                // what a rule says passes.
                match ruleset::model(dir, &lang) {
                    Some((file, Ok(model))) => {
                        problems.extend(verify_model(&rules, &model, &file));
                        rules.model = Some(model);
                    }
                    Some((file, Err(reason))) => problems.push(ruleset::unreadable_model(file, &reason)),
                    None => {}
                }
                problems.extend(verify(&rules, &lesson_ids(library, &lang)));
                let ids: BTreeSet<String> = rules.rules.iter().map(|r| r.id.clone()).collect();
                ids_per_language.push((lang, source, ids));
            }
            Err(found) => problems.extend(found),
        }
    }
    compare_languages(&ids_per_language, &mut problems);
    problems
}

/// The rules files in a trainer's folder, per language.
fn folder_rules(dir: &std::path::Path) -> Vec<(String, String, Result<String, String>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new(); // the lesson checker reports an unreadable folder
    };
    let mut paths: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.path().join(RULES_FILE),
            )
        })
        .filter(|(_, path)| path.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|(lang, path)| {
            let text = std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| String::from_utf8(bytes).map_err(|_| t!("rules-not-utf8")));
            (lang, path.display().to_string(), text)
        })
        .collect()
}

/// The lesson ids a rule of `lang` may link to: that language's lessons, else English.
fn lesson_ids(library: &Library, lang: &str) -> BTreeSet<String> {
    let (lessons, _) = library.parse_language(lang);
    let lessons = if lessons.is_empty() {
        library.parse_language(BASE_LANGUAGE).0
    } else {
        lessons
    };
    lessons.into_iter().map(|l| l.id).collect()
}

/// The problems of a language's scorers: each speaks as a rule of the same concern
/// that the rules file has (one that vouches for kind drafts speaks as none, but the
/// rules it vouches for exist), and flags from a probability between 0 and 1.
fn verify_model(rules: &RuleSet, model: &Model, file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    if model.lang != rules.lang {
        problems.push(Problem {
            file: file.to_owned(),
            line: None,
            message: t!(
                "model-lang",
                model = model.lang.as_str(),
                lang = rules.lang.as_str()
            ),
        });
    }
    for scorer in &model.scorers {
        let concern = scorer.concern.as_str();
        // A scorer that vouches for kind drafts speaks as no rule, but names the rules
        // whose errors it may make warnings.
        let rule = rules.rule(&scorer.rule);
        let unknown = if scorer.vouches.is_empty() {
            rule.is_none().then_some(scorer.rule.as_str())
        } else {
            scorer
                .vouches
                .keys()
                .map(String::as_str)
                .find(|id| rules.rule(id).is_none())
        };
        let message = match (unknown, rule) {
            (Some(id), _) => Some(t!("model-unknown-rule", concern = concern, id = id)),
            (None, Some(rule)) if rule.concern != scorer.concern => Some(t!(
                "model-wrong-concern",
                concern = concern,
                id = scorer.rule.as_str(),
                other = rule.concern.as_str()
            )),
            _ => flags_from(scorer).map(|threshold| {
                t!(
                    "model-threshold",
                    concern = concern,
                    threshold = threshold.to_string()
                )
            }),
        };
        problems.extend(message.map(|message| Problem {
            file: file.to_owned(),
            line: None,
            message,
        }));
    }
    problems
}

/// A probability a scorer flags or vouches from that lies outside 0 to 1.
fn flags_from(scorer: &Scorer) -> Option<f32> {
    std::iter::once(scorer.threshold)
        .chain(scorer.vouches.values().copied())
        .find(|&p| !(p > 0.0 && p < 1.0))
}

/// The problems of one parsed rule set: unknown lessons and examples that do not hold.
pub(crate) fn verify(rules: &RuleSet, lessons: &BTreeSet<String>) -> Vec<Problem> {
    let policy = Policy::example();
    let mut problems = Vec::new();
    let mut report = |line: Option<usize>, message: String| {
        problems.push(Problem {
            file: rules.source.clone(),
            line,
            message,
        })
    };
    for rule in &rules.rules {
        let line = Some(rule.line);
        let id = rule.id.as_str();
        if !lessons.is_empty() && !lessons.contains(&rule.lesson) {
            report(
                line,
                t!("rules-unknown-lesson", id = id, lesson = rule.lesson.as_str()),
            );
        }
        let length_rule = matches!(
            rule.test,
            Test::Occurrence {
                scope: Scope::Length,
                ..
            }
        );
        if !length_rule && (rule.must_flag.is_empty() || rule.must_pass.is_empty()) {
            report(line, t!("rules-needs-examples", id = id));
        }
        // Regexes compile when a draft first needs them: here every one must.
        for regex in rule.regexes(rules) {
            if let Err(reason) = regex.compile() {
                report(
                    line,
                    format!(
                        "{id}: {}",
                        t!("rules-bad-pattern", pattern = regex.as_str(), reason = reason)
                    ),
                );
            }
        }
        // Each rule's own findings, also where another rule of its concern says the
        // same to the learner.
        let flags = |draft: &str| {
            check_with(
                draft,
                rules,
                &policy,
                EXAMPLE_PLATFORM,
                TextKind::Comment,
                Shadowing::EveryRule,
            )
            .findings
            .iter()
            .any(|f| f.rule == rule.id)
        };
        for example in &rule.must_flag {
            if !flags(example) {
                report(
                    line,
                    t!("rules-example-not-flagged", id = id, example = example.as_str()),
                );
            }
        }
        for example in &rule.must_pass {
            if flags(example) {
                report(
                    line,
                    t!("rules-example-flagged", id = id, example = example.as_str()),
                );
            }
        }
    }
    for comment in &rules.ordinary_comments {
        let verdict = check_as(comment, rules, &policy, EXAMPLE_PLATFORM, TextKind::Comment);
        for finding in verdict.findings.iter().filter(|f| f.level == Level::Error) {
            report(
                None,
                t!(
                    "rules-ordinary-comment-flagged",
                    comment = comment.as_str(),
                    id = finding.rule.as_str()
                ),
            );
        }
    }
    problems
}

/// Every language offers the rules English has, so a Dutch draft is checked as
/// carefully as an English one.
fn compare_languages(ids: &[(String, String, BTreeSet<String>)], problems: &mut Vec<Problem>) {
    let Some((_, _, base)) = ids.iter().find(|(lang, ..)| lang == BASE_LANGUAGE) else {
        return;
    };
    for (lang, source, lang_ids) in ids.iter().filter(|(lang, ..)| lang != BASE_LANGUAGE) {
        for id in base.difference(lang_ids) {
            problems.push(Problem {
                file: source.clone(),
                line: None,
                message: t!("rules-language-missing", lang = lang.as_str(), id = id.as_str()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded(lang: &str) -> RuleSet {
        RuleSet::embedded(lang).unwrap_or_else(|| panic!("{lang} rules are embedded"))
    }

    /// The table-driven test of every rule: each `must_flag` example is flagged and
    /// each `must_pass` example is not, in every language.
    #[test]
    fn every_rule_keeps_its_examples_in_every_language() {
        let lessons = lesson_ids(&Library::embedded(), "en");
        for lang in crate::lang::Language::CODES {
            let problems = verify(&embedded(lang), &lessons);
            assert!(problems.is_empty(), "{lang}: {problems:#?}");
        }
    }

    #[test]
    fn the_embedded_rules_pass_lessons_check() {
        assert_eq!(check_rules(&Library::embedded()), vec![]);
    }

    #[test]
    fn every_language_has_every_rule_with_examples() {
        let english = embedded("en");
        for lang in crate::lang::Language::CODES {
            let rules = embedded(lang);
            assert_eq!(
                rules.ids(),
                english.ids(),
                "{lang} offers the same rules in the same order"
            );
            for rule in &rules.rules {
                let length = rule.id == "too-long";
                assert!(
                    length || (!rule.must_flag.is_empty() && !rule.must_pass.is_empty()),
                    "{lang} {}",
                    rule.id
                );
            }
        }
    }

    /// Kind, ordinary comments get no errors and no warnings either: the check must
    /// never scold a newcomer for writing a normal, friendly comment.
    #[test]
    fn kind_ordinary_comments_pass_cleanly_in_all_four_languages() {
        let policy = Policy::example();
        let mut total = 0;
        for lang in crate::lang::Language::CODES {
            let rules = embedded(lang);
            assert!(rules.ordinary_comments.len() >= 5, "{lang}");
            for comment in &rules.ordinary_comments {
                total += 1;
                for platform in [Platform::Linkedin, Platform::Mastodon, Platform::Facebook] {
                    let verdict = check_as(comment, &rules, &policy, platform, TextKind::Comment);
                    let loud: Vec<_> = verdict
                        .findings
                        .iter()
                        .filter(|f| f.level >= Level::Warning)
                        .collect();
                    assert!(loud.is_empty(), "{lang} on {platform}: {comment:?} got {loud:#?}");
                }
                assert_eq!(
                    crate::check::lang::guess(comment),
                    Some(lang),
                    "the language of {comment:?} is recognised"
                );
            }
        }
        assert!(total >= 15, "{total}");
    }

    #[test]
    fn a_broken_example_is_reported_with_its_line() {
        let (source, text) = ruleset::embedded_text("en").unwrap();
        let broken = text.replacen(
            "\"Thanks guys!\",",
            "\"Thanks guys!\",\n  \"Thanks everyone!\",\n  \"Cheers guys\",",
            1,
        );
        let broken = broken.replacen("\"Hi all, great discussion.\",", "\"Hi guys, all good.\",", 1);
        let mut rules = RuleSet::parse("en", &source, &broken).unwrap();
        // With its scorers, as `lessons check` reads the rules: some examples are
        // caught by a scorer where no rule's list has the words.
        rules.model = ruleset::model(None, "en").map(|(_, model)| model.unwrap());
        let problems = verify(&rules, &BTreeSet::new());
        let line = rules.rule("inclusive-greeting").unwrap().line;
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems.iter().all(|p| p.line == Some(line)));
        assert!(problems.iter().any(|p| p.message.contains("Cheers guys")));
        assert!(problems.iter().any(|p| p.message.contains("Hi guys, all good.")));
    }

    #[test]
    fn a_pattern_too_large_to_compile_is_reported_though_no_example_needs_it() {
        let text = r#"
[[rule]]
id = "huge"
kind = "existence"
level = "error"
lesson = "comment"
message = "m"
explanation = "e"
patterns = ['zzz(?:\w{100}){100}']
must_flag = ["nothing here"]
must_pass = ["fine"]
"#;
        let rules = RuleSet::parse("en", "rules.toml", text).expect("its syntax is good");
        let problems = verify(&rules, &BTreeSet::new());
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("is not a valid regular expression") && p.line == Some(2)),
            "{problems:#?}"
        );
    }
}
