//! The pre-post check: a draft is read the way the platform and a careful colleague
//! would, before the learner posts it. Rules are data (`lessons/<lang>/rules.toml`),
//! chosen by the draft's language; the organisation policy adds the employer, its
//! products, the disclosure tag and the confidential terms.

pub mod concern;
pub mod corpus;
pub mod count;
mod engine;
mod folded;
pub mod lang;
mod lazy_regex;
pub mod links;
mod mixed;
pub mod model;
mod phone;
pub mod policy;
mod prepared;
mod quotes;
pub mod rule;
mod ruleset;
mod stems;
pub mod training;
mod validate;
pub mod verdict;
mod verify;

pub use concern::Concern;
pub use count::{Count, TextKind};
pub use engine::{EMPLOYER_TOKEN, Feature, check_as, discloses, draft_features};
pub use policy::Policy;
pub use rule::Level;
pub use ruleset::{Rule, RuleSet};
pub use verdict::{Finding, Verdict};
pub use verify::check_rules;

use crate::platform::Platform;

/// Checks a comment for `platform`; see [`check_as`] for posts, headlines and bios.
pub fn check(draft: &str, rules: &RuleSet, policy: &Policy, platform: Platform) -> Verdict {
    check_as(draft, rules, policy, platform, TextKind::Comment)
}

/// A draft checked the way every caller checks one.
pub struct Checked {
    pub verdict: Verdict,
    pub choice: LangChoice,
    /// Rules kept on purpose that found nothing in this draft.
    pub accepted_nothing: Vec<String>,
    /// The language asked for or recognised when it has no rules of its own, so the
    /// draft was checked with another's: said out loud, never quietly.
    pub rules_missing: Option<String>,
    /// Other languages whose sentences in the draft were checked with their own rules
    /// too (a mixed-language draft), when the person did not choose one language.
    pub also_checked: Vec<String>,
}

/// One draft to check, with everything its check depends on.
#[derive(Clone, Copy)]
pub struct DraftCheck<'a> {
    pub draft: &'a str,
    pub platform: Platform,
    pub kind: TextKind,
    /// The rules' language the person named (`--lang`); without it the draft's own
    /// words decide.
    pub asked: Option<&'a str>,
    /// The rules' language when neither names one: the learner's.
    pub fallback: &'a str,
    /// A trainer's lessons folder, whose rules replace the bundled ones.
    pub lessons_dir: Option<&'a std::path::Path>,
    pub policy: &'a Policy,
    /// Findings kept on purpose: the rule's id and the reason.
    pub accepted: &'a [(String, String)],
}

/// Checks a draft with the rules of its language (`asked`, else guessed from its words,
/// else `fallback`), from a trainer's `lessons_dir` when given, against `policy`; the
/// findings in `accepted` are kept on purpose with their reasons. A rule that does not
/// exist is an error that lists the rules.
pub fn check_draft(request: &DraftCheck<'_>) -> crate::Result<Checked> {
    let DraftCheck {
        draft,
        platform,
        kind,
        asked,
        fallback,
        lessons_dir,
        policy,
        accepted,
    } = *request;
    let (lang, choice) = choose_language(draft, asked, fallback);
    let mut rules = RuleSet::load(lessons_dir, &lang)?;
    // A language without rules of its own is checked with the fallback's (English when
    // that has none either), and the caller is told.
    let rules_missing = (rules.lang != lang).then(|| lang.clone());
    if rules_missing.is_some() && lang != fallback {
        rules = RuleSet::load(lessons_dir, fallback)?;
    }
    let choice = if rules_missing.is_none() {
        choice
    } else {
        LangChoice::Fallback
    };
    let mut verdict = check_as(draft, &rules, policy, platform, kind);
    let also_checked = if asked.is_none() {
        check_other_languages(&mut verdict, request)?
    } else {
        Vec::new()
    };
    let mut accepted_nothing = Vec::new();
    for (rule, reason) in accepted {
        if rules.rule(rule).is_none() {
            return Err(crate::Error::UnknownRule {
                rule: crate::text::sanitize_line(rule),
                valid: rules.ids().into_iter().map(str::to_owned).collect(),
            });
        }
        if verdict.accept(rule, reason) == 0 {
            accepted_nothing.push(rule.clone());
        }
    }
    Ok(Checked {
        verdict,
        choice,
        accepted_nothing,
        rules_missing,
        also_checked,
    })
}

/// Checks the sentences written in another language than the verdict's with that
/// language's rules, and adds what they find there (a rule that already found the same
/// words keeps its finding). The whole draft is their context, so a disclosure in one
/// language still counts for praise in the other. Returns the languages added.
fn check_other_languages(verdict: &mut Verdict, request: &DraftCheck<'_>) -> crate::Result<Vec<String>> {
    let mut added = Vec::new();
    for (lang, sentences) in mixed::other_languages(request.draft, &verdict.lang) {
        let rules = RuleSet::load(request.lessons_dir, lang)?;
        if rules.lang != lang {
            continue;
        }
        let other = check_as(
            request.draft,
            &rules,
            request.policy,
            request.platform,
            request.kind,
        );
        let fresh: Vec<Finding> = other
            .findings
            .into_iter()
            .filter(|f| sentences.iter().any(|s| s.contains(&f.span.start)))
            .filter(|f| {
                !verdict
                    .findings
                    .iter()
                    .any(|g| g.rule == f.rule && g.span.start < f.span.end && f.span.start < g.span.end)
            })
            .collect();
        verdict.findings.extend(fresh);
        added.push(lang.to_owned());
    }
    verdict.findings.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.level.cmp(&a.level))
            .then(a.rule.cmp(&b.rule))
    });
    Ok(added)
}

/// How the language of the rules was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LangChoice {
    /// `--lang` (or `DREMPEL_LANG`) named it.
    Chosen,
    /// Guessed from the draft's words.
    Guessed,
    /// Neither: the learner's language, else English.
    Fallback,
}

/// The rules' language for a draft: the one asked for, else the guess from the draft's
/// words, else `fallback` (the learner's language; English when they chose none).
pub fn choose_language(draft: &str, asked: Option<&str>, fallback: &str) -> (String, LangChoice) {
    if let Some(lang) = asked {
        return (lang.to_owned(), LangChoice::Chosen);
    }
    match lang::guess(draft) {
        Some(lang) => (lang.to_owned(), LangChoice::Guessed),
        None => (fallback.to_owned(), LangChoice::Fallback),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(draft: &str, asked: Option<&str>, fallback: &str) -> Checked {
        check_draft(&DraftCheck {
            draft,
            platform: Platform::Linkedin,
            kind: TextKind::Comment,
            asked,
            fallback,
            lessons_dir: None,
            policy: &Policy::default(),
            accepted: &[],
        })
        .unwrap()
    }

    #[test]
    fn a_language_without_rules_is_said_and_the_learners_rules_are_used() {
        let found = checked("Een korte reactie.", Some("xx"), "nl");
        assert_eq!(found.rules_missing.as_deref(), Some("xx"));
        assert_eq!(
            found.verdict.lang, "nl",
            "the learner's language, not quietly English"
        );
        assert_eq!(found.choice, LangChoice::Fallback);
        let found = checked("Thanks!", None, "de");
        assert_eq!(found.rules_missing, None);
    }

    #[test]
    fn a_hebrew_draft_gets_hebrew_rules_or_says_there_are_none() {
        let found = checked("תודה רבה על השיתוף, ממש מעניין", None, "nl");
        match found.rules_missing.as_deref() {
            // Until lessons/he/rules.toml exists.
            Some("he") => assert_eq!(found.verdict.lang, "nl"),
            None => {
                assert_eq!(found.verdict.lang, "he");
                assert_eq!(found.choice, LangChoice::Guessed);
            }
            Some(other) => panic!("{other}"),
        }
    }
}
