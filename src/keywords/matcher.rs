//! Matching many queries against many items: every word and phrase of every query is
//! compiled once into one Aho-Corasick automaton over folded text, so an item is read
//! once whatever the number of queries; only the queries whose terms occur in it are
//! then weighed clause by clause.
//!
//! A term is found on whole words: its pattern is ` word word `, spaces included.
//! A term that starts with a Hebrew letter drops the leading space, and where it is
//! found inside a longer word, what comes before it must be one of the prefixes Hebrew
//! glues to words (ו, ה, ב, ל, מ, ש, כ and their combinations, `crate::text::hebrew`):
//! "הנפקה" is found in "להנפקה", not in an unrelated word that happens to end in it.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::Serialize;

use super::normalize::{Folded, fold};
use super::query::{Atom, Query, Site};

/// An item to match: a feed item's title, summary and link.
#[derive(Clone, Copy, Debug, Default)]
pub struct Document<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub link: Option<&'a str>,
}

/// Which part of the item a term was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Title,
    Summary,
}

/// A query that holds for an item, and what made it hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// The index of the query in the slice the matcher was built from.
    pub query: usize,
    /// Every place a required term was found (terms of alternatives that did not
    /// occur are absent).
    pub terms: Vec<TermHit>,
    /// The `site:`s that the item's link is on, when the query has one that held.
    #[serde(serialize_with = "labels")]
    pub sites: Vec<Arc<str>>,
}

/// One occurrence of a term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TermHit {
    /// The term as the query writes it (`"open day"`, `intitle:hiring`); shared, as
    /// the same term is found in many items.
    #[serde(serialize_with = "label")]
    pub term: Arc<str>,
    pub field: Field,
    /// The bytes of the ORIGINAL title or summary, for highlighting.
    pub range: Range<usize>,
}

/// Why a query did or did not hold for an item, for people who want to know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub query: usize,
    pub matched: bool,
    /// Where required terms were found.
    pub found: Vec<TermHit>,
    /// `site:`s that held.
    #[serde(serialize_with = "labels")]
    pub sites: Vec<Arc<str>>,
    /// Exclusions that occurred and so blocked the query, with where.
    pub blocked_by: Vec<Blocker>,
    /// Clauses none of whose alternatives held, written as in the query.
    pub missing: Vec<String>,
}

/// An exclusion that held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Blocker {
    /// As the query writes it, with its minus: `-unpaid`, `-site:example.com`.
    pub exclusion: String,
    /// Where it was found; empty for a `-site:`.
    pub found: Vec<TermHit>,
}

/// Queries compiled for matching.
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    queries: Vec<Compiled>,
    /// For each pattern, the queries that use it.
    users: Vec<Vec<u32>>,
    /// Queries that can hold without any term occurring (such as a lone `site:`).
    always_candidates: Vec<u32>,
    /// For each pattern, whether it starts with a Hebrew letter and so may follow a
    /// glued prefix inside a word.
    after_prefix: Vec<bool>,
}

struct Compiled {
    required: Vec<Vec<CompiledAtom>>,
    excluded: Vec<CompiledAtom>,
}

enum CompiledAtom {
    Term {
        pattern: u32,
        title_only: bool,
        label: Arc<str>,
    },
    Site {
        site: Site,
        label: Arc<str>,
    },
}

impl CompiledAtom {
    fn label(&self) -> &str {
        match self {
            CompiledAtom::Term { label, .. } | CompiledAtom::Site { label, .. } => label,
        }
    }
}

/// One occurrence of a pattern in one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Occurrence {
    pattern: u32,
    field: Field,
    start: usize,
    end: usize,
}

const IN_TITLE: u8 = 1;
const IN_SUMMARY: u8 = 2;

/// What was found in one item, shared by every query weighed against it.
struct Scan<'d> {
    title: Folded,
    summary: Folded,
    /// Sorted by pattern.
    occurrences: Vec<Occurrence>,
    /// Per pattern, where it occurred: [`IN_TITLE`] and [`IN_SUMMARY`] bits.
    seen: Vec<u8>,
    link: Option<&'d str>,
    host: Option<Option<String>>,
}

impl Scan<'_> {
    fn of_pattern(&self, pattern: u32) -> &[Occurrence] {
        let from = self.occurrences.partition_point(|o| o.pattern < pattern);
        let to = self.occurrences.partition_point(|o| o.pattern <= pattern);
        &self.occurrences[from..to]
    }

    /// The link's host, parsed once per item and only when a `site:` asks for it.
    fn host(&mut self) -> Option<&str> {
        let link = self.link;
        self.host
            .get_or_insert_with(|| {
                let url = url::Url::parse(link?.trim()).ok()?;
                url.host_str()
                    .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
            })
            .as_deref()
    }

    fn term_hits(&self, pattern: u32, title_only: bool, label: &Arc<str>, into: &mut Vec<TermHit>) {
        into.extend(
            self.of_pattern(pattern)
                .iter()
                .filter(|o| !title_only || o.field == Field::Title)
                .map(|o| TermHit {
                    term: Arc::clone(label),
                    field: o.field,
                    range: self.folded(o.field).original_range(o.start, o.end),
                }),
        );
    }

    fn folded(&self, field: Field) -> &Folded {
        match field {
            Field::Title => &self.title,
            Field::Summary => &self.summary,
        }
    }

    fn holds(&mut self, atom: &CompiledAtom) -> bool {
        match atom {
            CompiledAtom::Term {
                pattern, title_only, ..
            } => {
                let wanted = if *title_only {
                    IN_TITLE
                } else {
                    IN_TITLE | IN_SUMMARY
                };
                self.seen[*pattern as usize] & wanted != 0
            }
            CompiledAtom::Site { site, .. } => self.host().is_some_and(|h| site.covers(h)),
        }
    }
}

impl Matcher {
    /// Compiles the queries once; [`Hit::query`] indexes into `queries`.
    pub fn new(queries: &[Query]) -> Matcher {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_ids: HashMap<String, u32> = HashMap::new();
        let mut users: Vec<Vec<u32>> = Vec::new();
        let mut always_candidates = Vec::new();
        let mut after_prefix: Vec<bool> = Vec::new();
        let mut compiled = Vec::with_capacity(queries.len());
        for (index, query) in queries.iter().enumerate() {
            let index = index as u32;
            let mut compile = |atom: &Atom, users_it: bool| match atom {
                Atom::Term(term) => {
                    let joined = term.words.join(" ");
                    // A Hebrew term may follow a glued prefix: no leading space, and the
                    // scan checks what comes before it.
                    let hebrew = joined.starts_with(crate::text::hebrew::is_letter)
                        && term.words[0].chars().count() >= 2;
                    let pattern = if hebrew {
                        format!("{joined} ")
                    } else {
                        format!(" {joined} ")
                    };
                    let id = *pattern_ids.entry(pattern.clone()).or_insert_with(|| {
                        patterns.push(pattern);
                        users.push(Vec::new());
                        after_prefix.push(hebrew);
                        (patterns.len() - 1) as u32
                    });
                    let user_list = &mut users[id as usize];
                    if users_it && user_list.last() != Some(&index) {
                        user_list.push(index);
                    }
                    CompiledAtom::Term {
                        pattern: id,
                        title_only: term.in_title,
                        label: atom.canonical().into(),
                    }
                }
                Atom::Site(site) => CompiledAtom::Site {
                    site: site.clone(),
                    label: atom.canonical().into(),
                },
            };
            let required: Vec<Vec<CompiledAtom>> = query
                .required()
                .map(|alternatives| alternatives.iter().map(|a| compile(a, true)).collect())
                .collect();
            let excluded = query.excluded().map(|a| compile(a, false)).collect();
            // A query holds only when each clause does; if one clause is all terms, some
            // term must occur, and the query is found through that term's pattern.
            let needs_a_term = required
                .iter()
                .any(|alts| alts.iter().all(|a| matches!(a, CompiledAtom::Term { .. })));
            if !needs_a_term {
                always_candidates.push(index);
            }
            compiled.push(Compiled { required, excluded });
        }
        let automaton = (!patterns.is_empty()).then(|| {
            let mut builder = AhoCorasick::builder();
            // Every pattern starts with a space, so a prefilter would stop at every word.
            builder.match_kind(MatchKind::Standard).prefilter(false);
            // A DFA is the fastest to run (a few MB for 500 queries); should it grow
            // too large, an NFA does the same job in less memory.
            builder
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .or_else(|_| builder.kind(None).build(&patterns))
                .expect("short word patterns always fit in an NFA")
        });
        Matcher {
            automaton,
            queries: compiled,
            users,
            always_candidates,
            after_prefix,
        }
    }

    pub fn len(&self) -> usize {
        self.queries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.queries.is_empty()
    }

    /// The queries that hold for `document`, in query order.
    pub fn find(&self, document: &Document) -> Vec<Hit> {
        let mut scan = self.scan(document);
        let mut hits = Vec::new();
        for index in self.candidates(&scan) {
            let query = &self.queries[index as usize];
            if query.excluded.iter().any(|atom| scan.holds(atom)) {
                continue;
            }
            if !query
                .required
                .iter()
                .all(|alts| alts.iter().any(|a| scan.holds(a)))
            {
                continue;
            }
            let mut terms = Vec::new();
            let mut sites = Vec::new();
            for atom in query.required.iter().flatten() {
                match atom {
                    CompiledAtom::Term {
                        pattern,
                        title_only,
                        label,
                    } => scan.term_hits(*pattern, *title_only, label, &mut terms),
                    CompiledAtom::Site { label, .. } => {
                        if scan.holds(atom) {
                            sites.push(Arc::clone(label));
                        }
                    }
                }
            }
            terms.sort_by_key(|t| (t.field, t.range.start));
            hits.push(Hit {
                query: index as usize,
                terms,
                sites,
            });
        }
        hits
    }

    /// For every query, whether it holds for `document` and why.
    pub fn explain(&self, document: &Document) -> Vec<Verdict> {
        let mut scan = self.scan(document);
        let mut verdicts = Vec::with_capacity(self.queries.len());
        for (index, query) in self.queries.iter().enumerate() {
            let mut found = Vec::new();
            let mut sites = Vec::new();
            let mut missing = Vec::new();
            for alternatives in &query.required {
                let mut held = false;
                for atom in alternatives {
                    if !scan.holds(atom) {
                        continue;
                    }
                    held = true;
                    match atom {
                        CompiledAtom::Term {
                            pattern,
                            title_only,
                            label,
                        } => scan.term_hits(*pattern, *title_only, label, &mut found),
                        CompiledAtom::Site { label, .. } => sites.push(Arc::clone(label)),
                    }
                }
                if !held {
                    let labels: Vec<&str> = alternatives.iter().map(CompiledAtom::label).collect();
                    missing.push(labels.join(" OR "));
                }
            }
            let mut blocked_by = Vec::new();
            for atom in &query.excluded {
                if !scan.holds(atom) {
                    continue;
                }
                let mut found = Vec::new();
                if let CompiledAtom::Term {
                    pattern,
                    title_only,
                    label,
                } = atom
                {
                    scan.term_hits(*pattern, *title_only, label, &mut found);
                }
                blocked_by.push(Blocker {
                    exclusion: format!("-{}", atom.label()),
                    found,
                });
            }
            found.sort_by_key(|t| (t.field, t.range.start));
            verdicts.push(Verdict {
                query: index,
                matched: missing.is_empty() && blocked_by.is_empty(),
                found,
                sites,
                blocked_by,
                missing,
            });
        }
        verdicts
    }

    /// Folds the item and finds every pattern in it.
    fn scan<'d>(&self, document: &Document<'d>) -> Scan<'d> {
        let title = fold(document.title);
        let summary = fold(document.summary);
        let mut occurrences = Vec::new();
        if let Some(automaton) = &self.automaton {
            for (field, folded) in [(Field::Title, &title), (Field::Summary, &summary)] {
                let text = folded.text.as_str();
                for m in automaton.find_overlapping_iter(text) {
                    let pattern = m.pattern().as_u32();
                    let start = if self.after_prefix[pattern as usize] {
                        // From the space that starts the word, when the word is the term
                        // itself or the term after a glued prefix.
                        let word_start = text[..m.start()].rfind(' ').map_or(0, |at| at + 1);
                        let prefix = &text[word_start..m.start()];
                        if !prefix.is_empty() && !crate::text::hebrew::is_prefix(prefix) {
                            continue;
                        }
                        word_start - 1
                    } else {
                        m.start()
                    };
                    occurrences.push(Occurrence {
                        pattern,
                        field,
                        start,
                        end: m.end(),
                    });
                }
            }
        }
        occurrences.sort_unstable();
        let mut seen = vec![0; self.users.len()];
        for o in &occurrences {
            seen[o.pattern as usize] |= match o.field {
                Field::Title => IN_TITLE,
                Field::Summary => IN_SUMMARY,
            };
        }
        Scan {
            title,
            summary,
            occurrences,
            seen,
            link: document.link,
            host: None,
        }
    }

    /// The queries worth weighing: those using a pattern that occurred, and those that
    /// can hold without one. Sorted, without repeats.
    fn candidates(&self, scan: &Scan) -> Vec<u32> {
        let mut candidates = self.always_candidates.clone();
        let mut last = None;
        for occurrence in &scan.occurrences {
            if last == Some(occurrence.pattern) {
                continue;
            }
            last = Some(occurrence.pattern);
            candidates.extend_from_slice(&self.users[occurrence.pattern as usize]);
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    }
}

fn label<S: serde::Serializer>(label: &Arc<str>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(label)
}

fn labels<S: serde::Serializer>(labels: &[Arc<str>], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(labels.iter().map(|l| &**l))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(queries: &[&str]) -> Matcher {
        let parsed: Vec<Query> = queries.iter().map(|q| Query::parse(q).unwrap()).collect();
        Matcher::new(&parsed)
    }

    fn doc<'a>(title: &'a str, summary: &'a str) -> Document<'a> {
        Document {
            title,
            summary,
            link: None,
        }
    }

    fn matched(queries: &[&str], document: &Document) -> Vec<usize> {
        matcher(queries).find(document).iter().map(|h| h.query).collect()
    }

    #[test]
    fn a_glued_hebrew_prefix_does_not_hide_a_term() {
        let queries = ["הנפקה", "גיוס", "\"גיוס עובדים\"", "צה\"ל"];
        let found = |title: &str| matched(&queries, &doc(title, ""));
        assert_eq!(found("ההכנות להנפקה נמשכות"), [0]);
        assert_eq!(found("הגיוס והגיוס"), [1]);
        assert_eq!(found("וכשהגיוס נפתח"), [1]);
        assert_eq!(found("שבגיוס עובדים חדשים"), [1, 2]);
        assert_eq!(found("יוצאי צה״ל בהייטק"), [3]);
        assert_eq!(found("בצה'ל"), [3], "a prefix before an acronym, typed with '");
        // Points make no difference.
        assert_eq!(found("הַנְפָּקָה"), [0]);
        // A word that merely ends in the term is no match: its front is no prefix.
        assert_eq!(found("אבגהנפקה"), Vec::<usize>::new());
        assert_eq!(found("ספיגיוס"), Vec::<usize>::new());
    }

    #[test]
    fn the_prefixed_word_is_highlighted_whole() {
        let title = "ההכנות להנפקה נמשכות";
        let hits = matcher(&["הנפקה"]).find(&doc(title, ""));
        assert_eq!(&title[hits[0].terms[0].range.clone()], "להנפקה");
    }

    #[test]
    fn latin_terms_are_untouched_by_the_hebrew_rule() {
        let queries = ["hiring", "ipo"];
        let found = |title: &str| matched(&queries, &doc(title, ""));
        assert_eq!(found("We are hiring"), [0]);
        assert_eq!(
            found("lhiring bipo"),
            Vec::<usize>::new(),
            "no prefixes for Latin words"
        );
        assert_eq!(
            found("ב-hiring"),
            [0],
            "after a hyphenated Hebrew prefix, as before"
        );
        assert_eq!(
            found("וhiring"),
            Vec::<usize>::new(),
            "glued, one word, as before"
        );
    }

    #[test]
    fn case_and_diacritics_do_not_matter() {
        let m = matcher(&["cafe", "Zürich", "STRASSE"]);
        let found = m.find(&doc("Neues Café in der Zurich-Straße", ""));
        assert_eq!(found.iter().map(|h| h.query).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn words_match_on_word_boundaries_only() {
        assert_eq!(
            matched(&["hr"], &doc("three hrs of threading", "")),
            Vec::<usize>::new()
        );
        assert_eq!(matched(&["hr"], &doc("Three new HR tools", "")), [0]);
        assert_eq!(matched(&["hr"], &doc("(HR)", "")), [0]);
        assert_eq!(
            matched(&["care"], &doc("Healthcare careers", "")),
            Vec::<usize>::new()
        );
        assert_eq!(matched(&["emploi"], &doc("Salon de l'emploi à Lyon", "")), [0]);
    }

    #[test]
    fn cjk_terms_are_found_inside_runs_of_characters() {
        assert_eq!(matched(&["東京"], &doc("東京都の求人", "")), [0]);
        assert_eq!(matched(&["大阪"], &doc("東京都の求人", "")), Vec::<usize>::new());
    }

    #[test]
    fn phrases_need_their_words_in_order_and_adjacent() {
        let q = &["\"social media\""];
        assert_eq!(matched(q, &doc("Social-media policy", "")), [0]);
        assert_eq!(
            matched(q, &doc("media on social networks", "")),
            Vec::<usize>::new()
        );
        assert_eq!(matched(q, &doc("social and media", "")), Vec::<usize>::new());
    }

    #[test]
    fn every_clause_must_hold_and_or_offers_alternatives() {
        let q = &["nurse OR caregiver hospital"];
        assert_eq!(matched(q, &doc("Caregiver wanted", "at the city hospital")), [0]);
        assert_eq!(matched(q, &doc("Nurse wanted", "")), Vec::<usize>::new());
        assert_eq!(matched(q, &doc("Hospital news", "")), Vec::<usize>::new());
    }

    #[test]
    fn exclusions_block_a_match() {
        let q = &["vacancy -unpaid -\"no experience\""];
        assert_eq!(matched(q, &doc("Vacancy: designer", "paid well")), [0]);
        assert_eq!(
            matched(q, &doc("Vacancy: designer", "Unpaid internship")),
            Vec::<usize>::new()
        );
        assert_eq!(
            matched(q, &doc("Vacancy", "No-experience needed")),
            Vec::<usize>::new()
        );
        assert_eq!(matched(q, &doc("Vacancy", "no prior experience")), [0]);
    }

    #[test]
    fn intitle_looks_only_at_the_title() {
        let q = &["intitle:hiring", "hiring"];
        assert_eq!(matched(q, &doc("We are hiring", "")), [0, 1]);
        assert_eq!(matched(q, &doc("News", "we are hiring")), [1]);
        assert_eq!(matched(&["news -intitle:quiz"], &doc("News", "a quiz")), [0]);
        assert_eq!(
            matched(&["news -intitle:quiz"], &doc("News quiz", "")),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn site_matches_the_link_host_and_its_subdomains() {
        let q = &[
            "site:example.com",
            "jobs site:example.com",
            "jobs -site:spam.example",
        ];
        let on = |link| Document {
            title: "Jobs",
            summary: "",
            link: Some(link),
        };
        assert_eq!(matched(q, &on("https://example.com/a")), [0, 1, 2]);
        assert_eq!(matched(q, &on("https://careers.EXAMPLE.com./a")), [0, 1, 2]);
        assert_eq!(matched(q, &on("https://notexample.com/a")), [2]);
        assert_eq!(matched(q, &on("https://www.spam.example/")), Vec::<usize>::new());
        assert_eq!(matched(q, &on("not a url")), [2]);
        assert_eq!(matched(q, &doc("Jobs", "")), [2], "no link, no site");
        let idn = matcher(&["site:münchen.de"]);
        assert_eq!(idn.find(&on("https://www.münchen.de/")).len(), 1);
    }

    #[test]
    fn hits_point_at_the_original_text() {
        let m = matcher(&["\"open day\" OR hiring café"]);
        let title = "OPEN-Day at Café Zürich";
        let summary = "We’re hiring; come to our open day!";
        let hits = m.find(&doc(title, summary));
        assert_eq!(hits.len(), 1);
        let shown: Vec<(Field, &str, &str)> = hits[0]
            .terms
            .iter()
            .map(|t| {
                let text = if t.field == Field::Title { title } else { summary };
                (t.field, &*t.term, &text[t.range.clone()])
            })
            .collect();
        assert_eq!(
            shown,
            [
                (Field::Title, "\"open day\"", "OPEN-Day"),
                (Field::Title, "café", "Café"),
                (Field::Summary, "hiring", "hiring"),
                (Field::Summary, "\"open day\"", "open day"),
            ]
        );
    }

    #[test]
    fn explain_says_what_was_found_missing_and_blocking() {
        let m = matcher(&["vacancy -unpaid", "designer OR developer remote"]);
        let verdicts = m.explain(&doc("Vacancy for a designer", "Unpaid, sadly"));
        assert!(!verdicts[0].matched);
        assert_eq!(verdicts[0].found.len(), 1);
        assert_eq!(verdicts[0].blocked_by[0].exclusion, "-unpaid");
        assert_eq!(verdicts[0].blocked_by[0].found[0].field, Field::Summary);
        assert!(!verdicts[1].matched);
        assert_eq!(verdicts[1].missing, ["remote"]);
        assert_eq!(&*verdicts[1].found[0].term, "designer");
    }

    #[test]
    fn many_queries_share_patterns_and_report_their_own_index() {
        let m = matcher(&["a b", "b", "c -b", "intitle:b", "x OR b"]);
        assert_eq!(m.len(), 5);
        let hits = m.find(&doc("B", "a"));
        assert_eq!(hits.iter().map(|h| h.query).collect::<Vec<_>>(), [0, 1, 3, 4]);
        assert!(matcher(&[]).find(&doc("anything", "")).is_empty());
    }
}
