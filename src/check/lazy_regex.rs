//! A rule's regular expression, checked for errors when its rules load and compiled only
//! when a draft first needs it.
//!
//! Compiling every pattern of a rules file took most of a `drempel check` run (a third of
//! a second for the English rules: bounded repeats of Unicode classes make large
//! automata), while most patterns cannot match a given draft at all. So each pattern
//! keeps a list of literals one of which any match must contain ("dementia", "cancer"…
//! in a pattern about a patient's health), and one search per draft for all of them
//! tells which patterns are worth compiling and running.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use regex_syntax::hir::{Hir, HirKind};

/// A pattern whose syntax is known to be good, compiled on first use.
#[derive(Clone, Debug)]
pub(crate) struct LazyRegex {
    source: String,
    /// Whether it has a group named `m`, the part of a match to point at.
    has_m: bool,
    /// The regex, or why it cannot be compiled though it parsed (too large an
    /// automaton); `lessons check` reports that through [`LazyRegex::compile`].
    regex: OnceLock<Result<Regex, String>>,
    /// Indexes into [`Gates`] of the literals one of which a match contains; empty
    /// when any draft may match.
    gate: Vec<usize>,
}

impl LazyRegex {
    /// Checks the syntax and notes the pattern's literals in `gates`. The error says
    /// what is wrong and where.
    pub fn new(source: &str, gates: &mut Gates) -> Result<LazyRegex, String> {
        let hir = parse(source)?;
        let gate = necessary(&hir)
            .map(|literals| literals.into_iter().map(|l| gates.add(l)).collect())
            .unwrap_or_default();
        Ok(LazyRegex::from_parts(source, &hir, gate))
    }

    /// A pattern searched in every draft it is asked about (`except`, `requires`):
    /// only its syntax is checked.
    pub fn ungated(source: &str) -> Result<LazyRegex, String> {
        let hir = parse(source)?;
        Ok(LazyRegex::from_parts(source, &hir, Vec::new()))
    }

    fn from_parts(source: &str, hir: &Hir, gate: Vec<usize>) -> LazyRegex {
        LazyRegex {
            source: source.to_owned(),
            has_m: has_group(hir, "m"),
            regex: OnceLock::new(),
            gate,
        }
    }

    /// The compiled regex, or why it cannot be.
    pub fn compile(&self) -> Result<&Regex, String> {
        self.regex
            .get_or_init(|| build(&self.source))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The compiled regex (`None`: it cannot be compiled; `lessons check` says so).
    pub fn get(&self) -> Option<&Regex> {
        self.compile().ok()
    }

    /// Where it matches `text`, each match as its group `m` where it has one: none when
    /// a draft with the literals `present` (from [`Gates::present`]) cannot match, read
    /// before anything is compiled, or when it cannot be compiled.
    pub fn parts<'t>(
        &'t self,
        present: &[bool],
        text: &'t str,
    ) -> Box<dyn Iterator<Item = Range<usize>> + 't> {
        if !self.may_match(present) {
            return Box::new(std::iter::empty());
        }
        let Some(regex) = self.get() else {
            return Box::new(std::iter::empty());
        };
        if self.has_m {
            Box::new(
                (regex.captures_iter(text))
                    .map(|caps| caps.name("m").or_else(|| caps.get(0)).expect("group 0").range()),
            )
        } else {
            Box::new(regex.find_iter(text).map(|m| m.range()))
        }
    }

    /// Whether a draft with the literals `present` (from [`Gates::present`]) may match.
    pub fn may_match(&self, present: &[bool]) -> bool {
        self.gate.is_empty() || self.gate.iter().any(|&i| present.get(i).copied().unwrap_or(true))
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.get().is_some_and(|r| r.is_match(text))
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }
}

/// Parsed case-sensitively: case never makes a pattern valid or invalid, and folding
/// the case of large Unicode classes cost most of loading the rules.
fn parse(source: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .build()
        .parse(source)
        .map_err(|e| e.to_string())
}

/// Whether `hir` has a capture group called `name`.
fn has_group(hir: &Hir, name: &str) -> bool {
    match hir.kind() {
        HirKind::Capture(capture) => capture.name.as_deref() == Some(name) || has_group(&capture.sub, name),
        HirKind::Repetition(repetition) => has_group(&repetition.sub, name),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(|p| has_group(p, name)),
        _ => false,
    }
}

/// A rule's regex as every rule's regex is built: the draft is searched in lower case,
/// so a pattern written with capitals is made case-insensitive. One in lower case is
/// left as it is: folding every `\w` and class for case made compiling the rules
/// cost three times as much (measured: a `drempel check` run, 230 ms against 80 ms).
pub(crate) fn build(source: &str) -> Result<Regex, String> {
    RegexBuilder::new(source)
        .case_insensitive(has_capitals(source))
        .build()
        .map_err(|e| e.to_string())
}

/// Whether a pattern has a capital letter of its own, not one of an escape (`\W`,
/// `\B`, `\p{Lu}`).
fn has_capitals(source: &str) -> bool {
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some('p' | 'P') = chars.next()
                && chars.clone().next() == Some('{')
            {
                chars.by_ref().find(|&c| c == '}');
            }
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// The literals of every gated pattern of a rule set, searched in a draft at once.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gates {
    literals: Vec<String>,
    index: std::collections::HashMap<String, usize>,
    automaton: Option<AhoCorasick>,
}

impl Gates {
    fn add(&mut self, literal: String) -> usize {
        if let Some(&at) = self.index.get(&literal) {
            return at;
        }
        self.literals.push(literal.clone());
        self.index.insert(literal, self.literals.len() - 1);
        self.literals.len() - 1
    }

    /// Builds the search once every pattern is in.
    pub fn finish(&mut self) {
        self.automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&self.literals)
            .ok();
    }

    /// Which literals occur in `text` (the draft in lower case).
    pub fn present(&self, text: &str) -> Vec<bool> {
        let Some(automaton) = &self.automaton else {
            // Not built: every pattern may match.
            return vec![true; self.literals.len()];
        };
        let mut present = vec![false; self.literals.len()];
        for m in automaton.find_overlapping_iter(text) {
            present[m.pattern().as_usize()] = true;
        }
        present
    }
}

/// Literals one of which every match contains, in lower case: patterns run on the
/// draft in lower case. `None` when no short list says so (a match may be any words).
#[cfg(test)]
fn necessary_literals(source: &str) -> Option<Vec<String>> {
    // Case-sensitively: the case-insensitive form would list every spelling in capitals.
    necessary(&parse(source).ok()?)
}

/// Of the parts a match must have (a concatenation's pieces, a repeated part, each
/// branch of an alternation), the list whose shortest literal is longest: the rarest.
fn necessary(hir: &Hir) -> Option<Vec<String>> {
    let suffix = literals(&Extractor::new().kind(ExtractKind::Suffix).extract(hir));
    best(suffix.into_iter().chain(necessary_part(hir)))
}

/// As [`necessary`], from the prefixes of the parts only: a suffix of the whole is
/// looked at once, and extracting both at every level cost most of loading the rules.
fn necessary_part(hir: &Hir) -> Option<Vec<String>> {
    let mut candidates: Vec<Vec<String>> = literals(&Extractor::new().kind(ExtractKind::Prefix).extract(hir))
        .into_iter()
        .collect();
    match hir.kind() {
        HirKind::Capture(capture) => candidates.extend(necessary_part(&capture.sub)),
        HirKind::Repetition(repetition) if repetition.min >= 1 => {
            candidates.extend(necessary_part(&repetition.sub))
        }
        HirKind::Concat(parts) => candidates.extend(parts.iter().filter_map(necessary_part)),
        HirKind::Alternation(branches) => {
            let each: Option<Vec<Vec<String>>> = branches.iter().map(necessary_part).collect();
            candidates.extend(each.map(|lists| lists.concat()));
        }
        _ => {}
    }
    best(candidates)
}

/// The list whose shortest literal is longest: the rarest.
fn best(candidates: impl IntoIterator<Item = Vec<String>>) -> Option<Vec<String>> {
    let shortest = |list: &Vec<String>| list.iter().map(|l| l.chars().count()).min().unwrap_or(0);
    candidates
        .into_iter()
        .max_by_key(|list| (shortest(list), std::cmp::Reverse(list.len())))
}

/// A finite list of literals, none of them empty or only white space.
fn literals(seq: &Seq) -> Option<Vec<String>> {
    let words: Option<Vec<String>> = seq
        .literals()?
        .iter()
        .map(|l| std::str::from_utf8(l.as_bytes()).ok().map(str::to_lowercase))
        .collect();
    let words = words?;
    (!words.is_empty() && words.iter().all(|w| !w.trim().is_empty())).then_some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_pattern_with_capitals_of_its_own_ignores_case() {
        for (pattern, capitals) in [
            (r"\bgive \w+ a try\b", false),
            (r"\W\B\S\D\p{Lu}\P{Ll}", false),
            (r"\bAcme\b", true),
            (r"(?:^|\s)Übrigens", true),
        ] {
            assert_eq!(has_capitals(pattern), capitals, "{pattern}");
        }
        // Both find what a draft says, for the draft is searched in lower case.
        assert!(build(r"\bAcme Care\b").unwrap().is_match("i love acme care"));
        assert!(build(r"\bacme care\b").unwrap().is_match("i love acme care"));
    }

    #[test]
    fn a_pattern_runs_only_on_drafts_with_one_of_its_literals() {
        let mut gates = Gates::default();
        let starts = LazyRegex::new(r"\b(?P<m>mrs?|dr)\.? \w+ (?:has|had) \w+", &mut gates).unwrap();
        let ends = LazyRegex::new(r"\w+ is (?:useless|clueless)\b", &mut gates).unwrap();
        let open = LazyRegex::new(r"(?:^|\s)\w+", &mut gates).unwrap();
        gates.finish();
        let present = gates.present("our manager is clueless");
        assert!(!starts.may_match(&present));
        assert!(ends.may_match(&present));
        assert!(open.may_match(&present));
        let present = gates.present("mrs jansen has dementia");
        assert!(starts.may_match(&present) && starts.is_match("mrs jansen has dementia"));
        assert!(!ends.may_match(&present));
    }

    #[test]
    fn the_group_to_point_at_is_read_from_the_pattern() {
        assert!(LazyRegex::ungated(r"\bmy (?P<m>boss|manager)\b").unwrap().has_m);
        assert!(LazyRegex::ungated(r"(?:a|(?<m>b))+").unwrap().has_m);
        assert!(!LazyRegex::ungated(r"\(\?P<m>literal").unwrap().has_m);
        assert!(!LazyRegex::ungated(r"(?P<mm>x)").unwrap().has_m);
    }

    #[test]
    fn a_bad_pattern_is_refused_when_it_loads() {
        let error = LazyRegex::new(r"(?P<m>unclosed", &mut Gates::default()).unwrap_err();
        assert!(error.contains("unclosed"), "{error}");
    }

    #[test]
    fn the_rarest_part_a_match_needs_is_its_gate() {
        let sorted = |source: &str| {
            necessary_literals(source).map(|mut l| {
                l.sort();
                l
            })
        };
        assert_eq!(
            sorted(r"(?:very )?(?:good|great)"),
            Some(vec!["good".into(), "great".into()])
        );
        assert_eq!(
            sorted(r"(?:^|\s)@\w+[^.!?\n]{0,80}?\b(?:dementia|cancer)\b"),
            Some(vec!["cancer".into(), "dementia".into()])
        );
        // Every match ends with one of these.
        assert_eq!(
            sorted(r"\w+ (?:is useless|lost it)|idiots?"),
            Some(vec!["idiot".into(), "is useless".into(), "lost it".into()])
        );
        assert_eq!(sorted(r"(?:^|\s)\w+"), None);
        assert_eq!(sorted(r"\w+ ?\d*"), None);
    }
}
