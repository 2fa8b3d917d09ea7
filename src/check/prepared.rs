//! The searches a policy needs, compiled once per rule set and policy rather than once
//! per draft: the employer's names and the confidential terms as automata with their
//! stems, the terms' spelling variants as regexes, the disclosure phrases of every
//! conditional rule with the employer's names filled in, and the `requires` patterns
//! that name the employer. A rule set keeps them for the last policy it was run with,
//! so checking draft after draft (the wizard, the corpus) compiles them once.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::folded::{Folded, fold, on_word_boundaries};
use super::lazy_regex::build;
use super::policy::{EmployerName, Policy};
use super::ruleset::{RuleSet, Test, fill_employer};
use super::stems::{self, Stemmed};

/// The last policy a rule set was run with, and its searches.
#[derive(Default)]
pub(crate) struct Cache(Mutex<Option<(Policy, Arc<Prepared>)>>);

impl Clone for Cache {
    /// A copy compiles its own when first used.
    fn clone(&self) -> Cache {
        Cache::default()
    }
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

impl Cache {
    /// The searches for `policy`, compiled now unless they are for the last one.
    pub fn get(&self, rules: &RuleSet, policy: &Policy) -> Arc<Prepared> {
        let mut last = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((seen, prepared)) = last.as_ref()
            && seen == policy
        {
            return Arc::clone(prepared);
        }
        let prepared = Arc::new(Prepared::new(rules, policy));
        *last = Some((policy.clone(), Arc::clone(&prepared)));
        prepared
    }
}

/// A policy's searches, for one rule set.
pub(crate) struct Prepared {
    /// Each of the employer's names and products, searched on its own (a mention counts
    /// only where its own name is written as a name).
    pub employer: Vec<(EmployerName, Terms)>,
    /// The confidential terms and their aliases.
    pub confidential: Terms,
    /// The confidential terms without their aliases, for a conditional rule about them.
    confidential_only: OnceLock<Terms>,
    /// The confidential terms in their spelling variants (not Hebrew ones).
    pub variants: Vec<Regex>,
    /// The policy's disclosure tag, folded.
    pub tag: String,
    /// Per rule (by index): a conditional rule's disclosure phrases.
    pub disclosures: Vec<Option<Phrases>>,
    /// The public contacts, folded.
    pub public_contacts: Vec<String>,
    /// `requires` patterns with the employer's names filled in, compiled when first
    /// needed (`None`: the filled pattern does not compile).
    requires: Mutex<HashMap<String, Option<Regex>>>,
    lang: String,
    confidential_names: Vec<String>,
}

impl Prepared {
    fn new(rules: &RuleSet, policy: &Policy) -> Prepared {
        let employer = policy
            .employer_terms()
            .into_iter()
            .map(|name| {
                // A name of several words is also written as one in hashtags and
                // handles: #KestrelEnergy, @KestrelEnergy.
                let joined: String = name.name.split([' ', '-']).collect();
                let mut written = vec![name.name.clone()];
                if joined != name.name {
                    written.push(joined);
                }
                for spelling in written.clone() {
                    for plain in spelled_without_marks(&spelling) {
                        if !written.contains(&plain) {
                            written.push(plain);
                        }
                    }
                }
                let written: Vec<&str> = written.iter().map(String::as_str).collect();
                let terms = Terms::new(&rules.lang, &written);
                (name, terms)
            })
            .collect();
        let confidential: Vec<&str> = policy.confidential_terms().collect();
        let variants = confidential
            .iter()
            .filter(|t| !t.chars().any(super::engine::is_hebrew))
            .filter_map(|t| super::engine::term_variants(t))
            .collect();
        // A Hebrew term of several words is found by the automaton, which knows the
        // glued prefixes; in a hashtag its words are joined: #פרויקט_צפרדע.
        let hashtagged: Vec<String> = (confidential.iter())
            .filter(|t| t.chars().any(super::engine::is_hebrew) && t.contains(' '))
            .flat_map(|t| [t.replace(' ', "_"), t.replace(' ', "")])
            .collect();
        let confidential: Vec<&str> = (confidential.into_iter())
            .chain(hashtagged.iter().map(String::as_str))
            .collect();
        // Any of the employer's names: "ik werk bij Kadans" for "Kadans Software".
        let names: Vec<String> = policy
            .employer_names()
            .iter()
            .map(|n| fold(&n.name))
            .filter(|n| !n.is_empty())
            .collect();
        let disclosures = rules
            .rules
            .iter()
            .map(|rule| match &rule.test {
                Test::Conditional {
                    unless,
                    unless_patterns,
                    ..
                } => Some(Phrases::new(unless, unless_patterns, &names)),
                _ => None,
            })
            .collect();
        Prepared {
            employer,
            confidential: Terms::new(&rules.lang, &confidential),
            confidential_only: OnceLock::new(),
            variants,
            tag: fold(&policy.disclosure_tag),
            disclosures,
            public_contacts: policy.public_contacts.iter().map(|c| fold(c)).collect(),
            requires: Mutex::new(HashMap::new()),
            lang: rules.lang.clone(),
            confidential_names: policy.confidential.clone(),
        }
    }

    pub fn confidential_only(&self) -> &Terms {
        self.confidential_only.get_or_init(|| {
            let names: Vec<&str> = self.confidential_names.iter().map(String::as_str).collect();
            Terms::new(&self.lang, &names)
        })
    }

    /// Whether a `requires` pattern, filled with `names`, matches the folded draft.
    pub fn requirement_met(&self, written: &str, names: &[&str], text: &str) -> bool {
        let filled = fill_employer(written, names);
        let mut cache = self.requires.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(filled)
            .or_insert_with_key(|filled| build(filled).ok())
            .as_ref()
            .is_some_and(|regex| regex.is_match(text))
    }
}

/// A name as people type it without its accents: "Consulteo" for "Consultéo", and
/// "Kornmuller" and "Kornmueller" for "Kornmüller". Empty when it has none (Hebrew
/// points are folded away with the draft).
fn spelled_without_marks(name: &str) -> Vec<String> {
    let base = |c: char| {
        Some(super::engine::base_letter(c))
            .filter(char::is_ascii_alphabetic)
            .unwrap_or(c)
    };
    let mut out = Vec::new();
    let plain: String = name.chars().map(base).collect();
    if plain != name {
        out.push(plain);
    }
    let mut transliterated = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'ä' => transliterated.push_str("ae"),
            'ö' => transliterated.push_str("oe"),
            'ü' => transliterated.push_str("ue"),
            'Ä' => transliterated.push_str("Ae"),
            'Ö' => transliterated.push_str("Oe"),
            'Ü' => transliterated.push_str("Ue"),
            'ß' => transliterated.push_str("ss"),
            c => transliterated.push(base(c)),
        }
    }
    if transliterated != name && !out.contains(&transliterated) {
        out.push(transliterated);
    }
    out
}

/// Terms looked for case-insensitively on word boundaries, as written and (with a
/// stemmer) inflected.
pub(crate) struct Terms {
    /// `None` when there is nothing to look for.
    automaton: Option<AhoCorasick>,
    /// Per folded term: its stems, when the language has a stemmer, and the term.
    stems: Option<Vec<(String, String)>>,
}

impl Terms {
    fn new(lang: &str, terms: &[&str]) -> Terms {
        let folded: Vec<String> = terms.iter().map(|t| fold(t)).filter(|t| !t.is_empty()).collect();
        if folded.is_empty() {
            return Terms {
                automaton: None,
                stems: None,
            };
        }
        let Ok(automaton) = AhoCorasick::new(&folded) else {
            return Terms {
                automaton: None,
                stems: None,
            };
        };
        let stems = stems::stemmer(lang).map(|stemmer| {
            folded
                .iter()
                .map(|term| (stems::stem_phrase(&stemmer, term), term.clone()))
                .collect()
        });
        Terms {
            automaton: Some(automaton),
            stems,
        }
    }

    /// Where the terms occur, as original byte ranges: as written first, then inflected
    /// ("des Projekts Falke", "les fusions Faucon").
    pub fn find(&self, folded: &Folded, stemmed: Option<&Stemmed>) -> Vec<Range<usize>> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let text = &folded.text;
        let mut found: Vec<Range<usize>> = automaton
            .find_overlapping_iter(text)
            .map(|m| m.range())
            .filter(|r| on_word_boundaries(text, r))
            .map(|r| folded.original(r))
            .collect();
        if let (Some(stems), Some(stemmed)) = (&self.stems, stemmed) {
            for (phrase, term) in stems {
                if phrase.is_empty() {
                    continue;
                }
                for (at, _) in stemmed.text.match_indices(phrase.as_str()) {
                    if let Some(range) = stemmed.folded(&(at..at + phrase.len()))
                        && inflects(&text[range.clone()], term)
                    {
                        found.push(folded.original(range));
                    }
                }
            }
        }
        found
    }
}

/// Whether `written` (folded words that share their stems with `term`) is the term
/// inflected: each word the term's word with an ending ("projekts falke", "colibris").
/// A word that only shares the stem is another word: "remboursement" is not the
/// product "Remboursa", nor "heat" the "Heating" of a company's name.
fn inflects(written: &str, term: &str) -> bool {
    let mut written = stems::words(written).map(|w| &written[w]);
    let mut term = stems::words(term).map(|w| &term[w]);
    loop {
        match (written.next(), term.next()) {
            (Some(word), Some(base)) if word.starts_with(base) => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}

/// A conditional rule's disclosures with the employer's names filled in: its phrases in
/// the rule's order, each distinct phrase once, in one automaton, and its patterns.
pub(crate) struct Phrases {
    automaton: Option<AhoCorasick>,
    /// The rule's `unless_patterns` with the names filled in.
    patterns: Vec<Regex>,
}

impl Phrases {
    fn new(unless: &[String], unless_patterns: &[String], names: &[String]) -> Phrases {
        let names_as_str: Vec<&str> = names.iter().map(String::as_str).collect();
        let patterns = unless_patterns
            .iter()
            .filter_map(|p| build(&fill_employer(p, &names_as_str)).ok())
            .collect();
        let mut list: Vec<String> = Vec::new();
        for phrase in unless {
            if phrase.contains("{employer}") {
                for name in names {
                    let filled = phrase.replace("{employer}", name);
                    if !list.contains(&filled) {
                        list.push(filled);
                    }
                }
            } else if !list.contains(phrase) {
                list.push(phrase.clone());
            }
        }
        list.retain(|p| !p.is_empty());
        let automaton = if list.is_empty() {
            None
        } else {
            AhoCorasick::new(&list).ok()
        };
        Phrases { automaton, patterns }
    }

    /// The earliest place where a disclosure occurs; at one place, a phrase before a
    /// pattern.
    pub fn first(&self, text: &str) -> Option<Range<usize>> {
        let in_words = self
            .patterns
            .iter()
            .filter_map(|p| p.find(text))
            .map(|m| m.range());
        self.first_phrase(text)
            .into_iter()
            .chain(in_words)
            .min_by_key(|r| r.start)
    }

    /// The earliest place where a phrase occurs on word boundaries; of phrases found at
    /// the same place, the one the rule lists first. Each phrase's occurrences are taken
    /// left to right without overlapping one another, and its first one on word
    /// boundaries counts.
    fn first_phrase(&self, text: &str) -> Option<Range<usize>> {
        let automaton = self.automaton.as_ref()?;
        let count = automaton.patterns_len();
        let mut free_from = vec![0usize; count];
        let mut done = vec![false; count];
        let mut best: Option<(usize, usize, Range<usize>)> = None;
        for m in automaton.find_overlapping_iter(text) {
            let pattern = m.pattern().as_usize();
            if done[pattern] || m.start() < free_from[pattern] {
                continue;
            }
            free_from[pattern] = m.end();
            if !on_word_boundaries(text, &m.range()) {
                continue;
            }
            done[pattern] = true;
            if best
                .as_ref()
                .is_none_or(|(start, first, _)| (m.start(), pattern) < (*start, *first))
            {
                best = Some((m.start(), pattern, m.range()));
            }
        }
        best.map(|(_, _, range)| range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::folded::Folded;

    fn found(lang: &str, term: &str, draft: &str) -> Vec<String> {
        let terms = Terms::new(lang, &[term]);
        let folded = Folded::new(draft);
        let stemmer = stems::stemmer(lang).unwrap();
        let stemmed = Stemmed::new(&stemmer, &folded.text);
        (terms.find(&folded, Some(&stemmed)).into_iter())
            .map(|r| draft[r].to_owned())
            .collect()
    }

    #[test]
    fn a_term_is_found_inflected_but_not_in_another_word_with_its_stem() {
        assert_eq!(
            found("de", "Projekt Falke", "Die Zahlen des Projekts Falke"),
            ["Projekts Falke"]
        );
        assert_eq!(
            found("fr", "Remboursa", "Les Remboursas de Solvéa"),
            ["Remboursas"]
        );
        // "remboursement" and the product "Remboursa" share the stem "rembours".
        assert!(found("fr", "Remboursa", "après le remboursement de l'Assurance Maladie").is_empty());
        assert!(found("en", "Heating", "Should every home have a heat pump?").is_empty());
    }

    #[test]
    fn a_name_is_also_typed_without_its_accents() {
        assert_eq!(spelled_without_marks("Consultéo"), ["Consulteo"]);
        assert_eq!(spelled_without_marks("Kornmüller"), ["Kornmuller", "Kornmueller"]);
        assert!(spelled_without_marks("Kestrel").is_empty());
        assert!(spelled_without_marks("נחלה הום").is_empty());
    }
}
