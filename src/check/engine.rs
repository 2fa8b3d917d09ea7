//! Running a rule set over one draft.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::Level;
use super::count::{self, Count, TextKind};
use super::folded::{Folded, fold, on_word_boundaries};
use super::lazy_regex::LazyRegex;
use super::links;
use super::model::{Model, Scorer};
use super::phone;
use super::policy::Policy;
use super::prepared::Prepared;
use super::rule::{PolicyTerms, Scope, Validator};
use super::ruleset::{Requirement, Rule, RuleSet, Test, TokenRole};
use super::stems::{self, Stemmed};
use super::verdict::{Finding, Verdict};
use crate::platform::Platform;
use crate::text::hebrew;

mod features;

pub use features::{EMPLOYER_TOKEN, Feature};

/// Hashtags between the praise and the disclosure that bury it.
const BURIED_AFTER_HASHTAGS: usize = 3;

/// Characters between the praise and the disclosure that bury it as surely: a reader
/// who has read that far past the praise has taken it for an outsider's.
const BURIED_AFTER_CHARS: usize = 200;

/// Whether what stands between the praise and the disclosure hides the disclosure from
/// a reader of the praise: a row of hashtags, or a long text.
fn buries(between: &str) -> bool {
    HASHTAG.find_iter(between).count() >= BURIED_AFTER_HASHTAGS
        || between.chars().count() >= BURIED_AFTER_CHARS
}

/// The rule that flags a disclosure buried after the praise.
fn is_burying(rule: &Rule) -> bool {
    matches!(rule.test, Test::Conditional { buried: true, .. })
}

/// The longest excerpt a finding carries; longer spans are cut with `…`.
const EXCERPT_CHARS: usize = 120;

static HASHTAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w&#/])(#\w*\p{L}[\w-]*)").expect("valid regex"));
static MENTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w@./])(@\w+(?:@[\w-]+(?:\.[\w-]+)+)?)").expect("valid regex"));
static IBAN_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b").expect("valid regex")
});
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}[\p{L}\p{M}'’-]*").expect("valid regex"));

/// Checks a draft written as `kind` for `platform` against the rules and the policy.
pub fn check_as(
    draft: &str,
    rules: &RuleSet,
    policy: &Policy,
    platform: Platform,
    kind: TextKind,
) -> Verdict {
    check_with(draft, rules, policy, platform, kind, Shadowing::OnePerConcern)
}

/// Whether a finding that another rule of the same concern already makes at the same
/// place is left out (what the learner reads) or kept (what `lessons check` needs to
/// see each rule's own examples).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shadowing {
    OnePerConcern,
    EveryRule,
}

pub(crate) fn check_with(
    draft: &str,
    rules: &RuleSet,
    policy: &Policy,
    platform: Platform,
    kind: TextKind,
    shadowing: Shadowing,
) -> Verdict {
    let run = Run::new(draft, rules, policy, platform, kind);
    let mut found = run.findings(shadowing);
    if let Some(model) = &rules.model {
        run.scored(model, &mut found);
    }
    // A draft that gives the organisation's own public phone number or e-mail speaks for
    // it, as a service notice does ("Questions about your plan? Ring us on 0161 496
    // 0800"): whether what reads as praise there needs a disclosure is a judgement call.
    let praise = |p: &Pending| p.rule.concern == super::Concern::Praise;
    if found.iter().any(praise) && run.gives_public_contact() {
        for p in found.iter_mut().filter(|p| praise(p)) {
            p.doubted = true;
        }
    }
    // An insult inside a quoted sentence is someone's words, reported, most often to
    // reject them ("„Du bist zu dumm für Mathe.“ … Bitte sagt so etwas nie zu
    // Kindern."): whether the draft vents is a judgement call.
    let venting = |p: &Pending| p.rule.concern == super::Concern::Venting;
    if found.iter().any(venting) {
        let quoted = super::quotes::quoted_sentences(draft);
        for p in found.iter_mut().filter(|p| venting(p)) {
            if quoted
                .iter()
                .any(|q| q.start <= p.span.start && p.span.end <= q.end)
            {
                p.doubted = true;
            }
        }
    }
    let mut findings: Vec<Finding> = found.into_iter().map(|p| run.render(p)).collect();
    findings.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.level.cmp(&a.level))
            .then(a.rule.cmp(&b.rule))
    });
    Verdict {
        lang: rules.lang.clone(),
        platform,
        kind,
        findings,
        count: run.count,
    }
}

/// What the learned scorers read in `draft` (see `features.rs`): for training them on
/// a corpus with exactly the reading the check uses.
pub fn draft_features(draft: &str, rules: &RuleSet, policy: &Policy) -> Vec<Feature> {
    Run::new(draft, rules, policy, Platform::Linkedin, TextKind::Comment).features()
}

/// Whether the draft says that the writer works for the employer, the way the praise
/// rules read a disclosure: for telling disclosed praise from other drafts.
pub fn discloses(draft: &str, rules: &RuleSet, policy: &Policy) -> bool {
    let run = Run::new(draft, rules, policy, Platform::Linkedin, TextKind::Comment);
    rules.rules.iter().enumerate().any(|(index, rule)| {
        matches!(
            rule.test,
            Test::Conditional {
                terms: PolicyTerms::Employer,
                ..
            }
        ) && run.disclosure(index).is_some()
    })
}

struct Run<'a> {
    draft: &'a str,
    folded: Folded,
    /// The folded draft as word stems, for languages with a stemmer.
    stemmed: Option<Stemmed>,
    rules: &'a RuleSet,
    policy: &'a Policy,
    /// The policy's searches, compiled once per policy.
    prepared: Arc<Prepared>,
    platform: Platform,
    kind: TextKind,
    count: Count,
    // Found once per draft, when first needed, whichever rules need them.
    /// Per employer name (of `prepared.employer`): where it is written as a name.
    employer_found: OnceCell<Vec<Vec<Range<usize>>>>,
    /// Per shared regex of the rule set: its matches as original ranges.
    shared_found: Vec<OnceCell<Vec<Range<usize>>>>,
    folded_sentences: OnceCell<Vec<Range<usize>>>,
    draft_sentences: OnceCell<Vec<Range<usize>>>,
    gates_present: OnceCell<Vec<bool>>,
    /// The IBANs of the folded draft (their checksum holds).
    ibans: OnceCell<Vec<Range<usize>>>,
    /// Where the draft speaks of the employer, for the scorers (`org_mentions`).
    org_found: OnceCell<Vec<Range<usize>>>,
}

/// A finding before its messages are written: only those left after
/// [`dedupe`] are rendered.
struct Pending<'a> {
    rule: &'a Rule,
    span: Range<usize>,
    fill: Fill<'a>,
    /// The scorer of its concern doubts it: a judgement call, shown as a warning.
    doubted: bool,
    /// Only a scorer read it, in words no rule lists: a reading, less sure than a
    /// rule's match, so a reader of kind drafts vouches against it sooner.
    read: bool,
}

/// Values a message may mention.
#[derive(Default)]
struct Fill<'a> {
    suggestion: Option<&'a str>,
    count: Option<usize>,
    bound: Option<usize>,
}

impl<'a> Run<'a> {
    fn new(
        draft: &'a str,
        rules: &'a RuleSet,
        policy: &'a Policy,
        platform: Platform,
        kind: TextKind,
    ) -> Run<'a> {
        let folded = Folded::new(draft);
        let stemmer = stems::stemmer(&rules.lang);
        Run {
            draft,
            stemmed: stemmer.map(|s| Stemmed::new(&s, &folded.text)),
            folded,
            rules,
            policy,
            prepared: rules.prepared.get(rules, policy),
            platform,
            count: count::count(platform, kind, draft),
            kind,
            employer_found: OnceCell::new(),
            shared_found: vec![OnceCell::new(); rules.shared.len()],
            folded_sentences: OnceCell::new(),
            draft_sentences: OnceCell::new(),
            gates_present: OnceCell::new(),
            ibans: OnceCell::new(),
            org_found: OnceCell::new(),
        }
    }

    /// The learned scorers' findings, for the concerns no rule found here. A draft that
    /// scores over a scorer's threshold is flagged (from its `warn` probability up to
    /// the threshold, as a warning) at the sentence that weighs most
    /// among those where the scorer's rule may find something: its `requires`, `near`
    /// and `except` hold there, and for praise the sentence names the employer and the
    /// draft does not disclose. So a scorer never flags what its rule lets pass on
    /// purpose. From its `sure` probability on, a scorer no longer needs the rule's
    /// `requires` and `near` (lists written from the drafts read so far), and praise
    /// may be where the writer says "we" instead of the name; `except` and a
    /// disclosure still hold. Where a rule did find something and its scorer gives
    /// less than `doubt`, the finding is a warning: a judgement call. A scorer that
    /// `amends` a concern flags nothing itself: where it scores over its threshold, the
    /// findings of that concern so far become its rule's (so it comes after the scorer
    /// of that concern in the model). A scorer that `vouches` for a kind draft flags
    /// nothing either: where it scores over the probability it gives a rule, on the
    /// draft and on the sentence of the finding if that names the employer, the errors
    /// found so far of that rule become warnings (so it comes last).
    fn scored(&self, model: &Model, found: &mut Vec<Pending<'a>>) {
        let rules: &'a RuleSet = self.rules;
        let mut features: Option<Vec<Feature>> = None;
        // The rule that flags a buried disclosure, if these rules have one (a trainer's
        // may not).
        let burying = rules.rules.iter().enumerate().find(|(_, r)| is_burying(r));
        for scorer in &model.scorers {
            if let Some(amended) = scorer.amends {
                // One finding says it, at the first of those it amends.
                let first = found
                    .iter()
                    .filter(|p| p.rule.concern == amended)
                    .map(|p| p.span.clone())
                    .min_by_key(|span| span.start);
                let (Some(first), Some(rule)) = (first, rules.rule(&scorer.rule)) else {
                    continue;
                };
                let features = features.get_or_insert_with(|| self.features());
                if scorer.score(features) >= scorer.threshold {
                    found.retain(|p| p.rule.concern != amended);
                    found.push(pending(rule, first, Fill::default()));
                }
                continue;
            }
            if !scorer.vouches.is_empty() {
                let vouched = |p: &Pending| {
                    !p.doubted && p.rule.level >= Level::Error && scorer.vouches.contains_key(&p.rule.id)
                };
                if !found.iter().any(vouched) {
                    continue;
                }
                // A rule that asks for a surer reading than the scorer's threshold asks
                // it of its own matches; a scorer's reading is vouched against from the
                // threshold ("Lior from the tills got married!" read as private).
                let from = |p: &Pending| {
                    let from = scorer.vouches[&p.rule.id];
                    if p.read { from.min(scorer.threshold) } else { from }
                };
                let features = features.get_or_insert_with(|| self.features());
                let draft_kind = scorer.score(features);
                if !found.iter().any(|p| vouched(p) && draft_kind >= from(p)) {
                    continue;
                }
                // A sentence of the finding that names the employer must read as kind on
                // its own: a kind opener does not vouch for the plug after it ("Amazing
                // article! And CareConnect is excellent at this.").
                for p in found.iter_mut().filter(|p| vouched(p)) {
                    let kind = self.sentence_score(scorer, &p.span).unwrap_or(draft_kind);
                    let from = from(p);
                    p.doubted = kind >= from && draft_kind >= from;
                }
                continue;
            }
            if found.iter().any(|p| p.rule.concern == scorer.concern) {
                if let Some(doubt) = scorer.doubt {
                    let features = features.get_or_insert_with(|| self.features());
                    if scorer.score(features) < doubt {
                        for p in found.iter_mut().filter(|p| p.rule.concern == scorer.concern) {
                            p.doubted = true;
                        }
                    }
                }
                continue;
            }
            let Some((index, rule)) = rules.rules.iter().enumerate().find(|(_, r)| r.id == scorer.rule)
            else {
                continue;
            };
            let praise = matches!(rule.test, Test::Conditional { .. });
            let disclosure = praise.then(|| self.disclosure(index)).flatten();
            let disclosed = disclosure.is_some();
            if disclosed && burying.is_none() {
                continue;
            }
            let features = features.get_or_insert_with(|| self.features());
            let score = scorer.score(features);
            if score < scorer.threshold && scorer.warn.is_none_or(|warn| score < warn) {
                continue;
            }
            let unnamed = praise && self.employer_found().iter().all(Vec::is_empty);
            // A writer who frames the draft as something else is heard where only the
            // scorer reads the concern: "Ce n'est une critique envers personne : …",
            // "Das stimmt so nicht ganz: das Camp ist nur im Sommer".
            let doubted = score < scorer.threshold
                || (unnamed && scorer.unnamed.is_some_and(|from| score < from))
                || self.disclaims(scorer.concern);
            let sure = scorer.sure.is_some_and(|sure| score >= sure);
            if !sure && !self.required(rule) {
                continue;
            }
            // Praise that is disclosed can only be buried before the disclosure: the
            // sentence that says "I work at Solvéa" names the employer too, and is no
            // praise to bury.
            let before = disclosure.map(|d| d.start);
            let Some(span) = self.weightiest_place(rule, scorer, features, sure, before) else {
                continue;
            };
            // A sentence a rule finds contemptuous is not also read as praise ("Unsere
            // Chefin ist einfach unfähig"). The other way round it may well be: sarcasm
            // says its contempt in words of praise ("Great planning as usual 🙄").
            if scorer.concern == super::Concern::Praise && self.rules_found_venting(found, &span) {
                continue;
            }
            if !disclosed {
                found.push(Pending {
                    doubted,
                    read: true,
                    ..pending(rule, span, Fill::default())
                });
                continue;
            }
            // Praise only the scorer reads (and is sure enough of to block), disclosed
            // long after: buried, as the rules find it where their lists read the praise.
            let Some((buried, rule)) = burying else {
                continue;
            };
            if doubted || found.iter().any(|p| p.rule.id == rule.id) {
                continue;
            }
            if let Some(disclosure) = self.disclosure(buried)
                && span.end <= disclosure.start
                && buries(&self.draft[span.end..disclosure.start])
            {
                found.push(pending(rule, disclosure, Fill::default()));
            }
        }
    }

    /// Whether a rule (not a scorer) found venting in the sentence of `span`.
    fn rules_found_venting(&self, found: &[Pending], span: &Range<usize>) -> bool {
        let Some(sentence) = self.draft_sentence_at(span.start) else {
            return false;
        };
        found.iter().any(|p| {
            !p.read
                && p.rule.concern == super::Concern::Venting
                && p.span.start < sentence.end
                && sentence.start < p.span.end
        })
    }

    /// What the scorer reads in the sentence of `span` on its own, where that sentence
    /// names the employer and is not the whole draft; else nothing.
    fn sentence_score(&self, scorer: &Scorer, span: &Range<usize>) -> Option<f32> {
        let s = self.draft_sentence_at(span.start)?;
        let names = self
            .org_mentions()
            .iter()
            .any(|m| m.start < s.end && s.start < m.end);
        if s.len() >= self.draft.len() || !names {
            return None;
        }
        let alone = Run::new(
            &self.draft[s.clone()],
            self.rules,
            self.policy,
            self.platform,
            self.kind,
        );
        Some(scorer.score(&alone.features()))
    }

    /// Of the sentences where `rule` may find something (that end by `before`, if
    /// given), the one whose features weigh most for the scorer, as written; for
    /// praise, the employer's name in it.
    fn weightiest_place(
        &self,
        rule: &Rule,
        scorer: &Scorer,
        features: &[Feature],
        sure: bool,
        before: Option<usize>,
    ) -> Option<Range<usize>> {
        let sentences = self.folded_sentences.get_or_init(|| sentences(&self.folded.text));
        let mut weight = vec![0.0f32; sentences.len()];
        for feature in features.iter().filter(|f| !f.span.is_empty()) {
            let at = sentences.partition_point(|s| s.end <= feature.span.start);
            if let Some(w) = weight.get_mut(at) {
                *w += scorer.weight(&feature.name);
            }
        }
        // Praise is flagged in a sentence about the employer: one that names it, or,
        // where the scorer is sure, one where the writer says "we" or "our" (praise that
        // never names the employer). Without an employer in the policy there is nobody
        // to disclose.
        let praise = matches!(rule.test, Test::Conditional { .. });
        if praise && self.prepared.employer.is_empty() {
            return None;
        }
        let org = self.org_mentions();
        let named = |written: &Range<usize>| {
            org.iter()
                .filter(|m| m.start < written.end && written.start < m.end)
                .min_by_key(|m| (m.start, std::cmp::Reverse(m.end - m.start)))
                .cloned()
        };
        let written =
            |sentence: &Range<usize>| self.folded.original(trimmed(&self.folded.text, sentence.clone()));
        let best = (0..sentences.len())
            .filter(|&i| {
                let sentence = &sentences[i];
                let text = &self.folded.text[sentence.clone()];
                !text.trim().is_empty()
                    && before.is_none_or(|before| written(sentence).end <= before)
                    && (!praise || named(&written(sentence)).is_some() || (sure && self.says_we(text)))
                    && if sure {
                        !self.excepted_at(&rule.test, sentence)
                    } else {
                        self.counts_here(&rule.test, &(sentence.start..sentence.start))
                    }
            })
            .max_by(|a, b| weight[*a].total_cmp(&weight[*b]).then(b.cmp(a)))?;
        let sentence = written(&sentences[best]);
        // For praise, the employer's name in that sentence, where it has one.
        if praise {
            return Some(named(&sentence).unwrap_or(sentence));
        }
        Some(sentence)
    }

    fn findings(&self, shadowing: Shadowing) -> Vec<Pending<'a>> {
        let mut found: Vec<Pending<'a>> = Vec::new();
        let mut praise: BTreeMap<usize, Vec<Range<usize>>> = BTreeMap::new();
        // Once per rule, not per match: `requires` is compiled with the policy's names.
        let required: Vec<bool> = self.rules.rules.iter().map(|r| self.required(r)).collect();
        self.phrases(&mut found, &mut praise, &required);
        let rules: &'a RuleSet = self.rules;
        for (index, rule) in rules.rules.iter().enumerate() {
            match &rule.test {
                Test::Existence {
                    patterns,
                    validate,
                    terms,
                    ..
                } => {
                    let text = &self.folded.text;
                    let patterns = if required[index] { &patterns[..] } else { &[] };
                    for pattern in patterns {
                        for m in pattern.parts(self.gates_present(), text) {
                            let m = match validate {
                                Some(v) => match v.accepted(&text[m.clone()]) {
                                    Some(len) => m.start..m.start + len,
                                    None => continue,
                                },
                                None => m,
                            };
                            let matched = &text[m.clone()];
                            if m.is_empty()
                                || self.is_public_contact(matched, &m)
                                || (*validate == Some(Validator::Phone) && self.inside_iban(&m))
                            {
                                continue;
                            }
                            if !self.counts_here(&rule.test, &m) {
                                continue;
                            }
                            let span = self.folded.original(m);
                            found.push(pending(rule, span, Fill::default()));
                        }
                    }
                    if *terms == Some(PolicyTerms::Confidential) {
                        for range in self.confidential_mentions() {
                            found.push(pending(rule, range, Fill::default()));
                        }
                    }
                }
                Test::Substitution | Test::Learned => {}
                Test::Occurrence {
                    scope,
                    min,
                    max,
                    max_for,
                } => {
                    let max = max_for.get(&self.platform).copied().or(*max);
                    self.occurrence(rule, *scope, *min, max, &mut found);
                }
                Test::Conditional {
                    terms,
                    needs_praise,
                    praise_patterns,
                    mentions,
                    buried,
                    reach,
                    about_others,
                    except,
                    ..
                } => {
                    let mut praise = praise.remove(&index).unwrap_or_default();
                    for pattern in praise_patterns {
                        praise.extend(self.shared_matches(*pattern).iter().cloned());
                    }
                    if !except.is_empty() {
                        praise.retain(|p| !self.excepted(except, p.start));
                    }
                    let conditional = Conditional {
                        index,
                        terms: *terms,
                        needs_praise: *needs_praise,
                        mentions,
                        buried: *buried,
                        reach: *reach,
                        about_others,
                    };
                    self.conditional(rule, &conditional, &praise, &mut found);
                }
                Test::Capitalization {
                    min_words,
                    min_letters,
                } => self.capitals(rule, *min_words, *min_letters, &mut found),
            }
        }
        match shadowing {
            Shadowing::OnePerConcern => dedupe(found),
            Shadowing::EveryRule => dedupe_per_rule(found),
        }
    }

    /// Where one of the rule set's shared regexes matches (its group `m` where it has
    /// one), found once per draft.
    fn shared_matches(&self, pattern: usize) -> &[Range<usize>] {
        self.shared_found[pattern].get_or_init(|| {
            let text = &self.folded.text;
            (self.rules.shared[pattern].parts(self.gates_present(), text))
                .map(|m| self.folded.original(m))
                .collect()
        })
    }

    /// Which of the literals the rules' patterns need the draft has, found once.
    fn gates_present(&self) -> &[bool] {
        self.gates_present
            .get_or_init(|| self.rules.gates.present(&self.folded.text))
    }

    /// Sentence ranges of the draft as written.
    fn draft_sentences(&self) -> &[Range<usize>] {
        self.draft_sentences.get_or_init(|| sentences(self.draft))
    }

    /// The sentence of the draft as written that holds byte `at`, or the first after it;
    /// none past the last.
    fn draft_sentence_at(&self, at: usize) -> Option<&Range<usize>> {
        let sentences = self.draft_sentences();
        sentences.get(sentences.partition_point(|s| s.end <= at))
    }

    /// The sentence of the folded draft around byte `at`.
    fn sentence_around(&self, at: usize) -> Range<usize> {
        let sentences = self.folded_sentences.get_or_init(|| sentences(&self.folded.text));
        // Sentences follow one another from the start: the first that ends after `at`.
        let index = sentences.partition_point(|s| s.end <= at);
        sentences
            .get(index)
            .filter(|s| s.contains(&at))
            .cloned()
            .unwrap_or(0..self.folded.text.len())
    }

    /// Every phrase of every rule, in one pass over the folded draft.
    fn phrases(
        &self,
        found: &mut Vec<Pending<'a>>,
        praise: &mut BTreeMap<usize, Vec<Range<usize>>>,
        required: &[bool],
    ) {
        let rules: &'a RuleSet = self.rules;
        let Some(automaton) = &rules.tokens else {
            return;
        };
        let text = &self.folded.text;
        let as_written = automaton
            .find_overlapping_iter(text)
            .filter(|m| on_word_boundaries(text, &m.range()))
            .map(|m| (m.pattern().as_usize(), m.range(), false));
        // …and inflected: the phrase's stems among the draft's stems.
        let inflected = rules
            .stemmed_tokens
            .as_ref()
            .zip(self.stemmed.as_ref())
            .into_iter()
            .flat_map(|(automaton, stemmed)| {
                automaton
                    .find_overlapping_iter(&stemmed.text)
                    .filter_map(|m| Some((m.pattern().as_usize(), stemmed.folded(&m.range())?, true)))
            });
        for (pattern, range, from_stems) in as_written.chain(inflected) {
            let span = self.folded.original(range.clone());
            for role in &rules.token_roles[pattern] {
                match role {
                    TokenRole::Flag { rule } => {
                        if !required[*rule] || !self.counts_here(&rules.rules[*rule].test, &range) {
                            continue;
                        }
                        found.push(pending(&rules.rules[*rule], span.clone(), Fill::default()));
                    }
                    // A suggestion fits the words as written, not their stems.
                    TokenRole::Swap { .. } if from_stems => {}
                    TokenRole::Swap { rule, suggestion } => found.push(pending(
                        &rules.rules[*rule],
                        span.clone(),
                        Fill {
                            suggestion: Some(suggestion),
                            ..Fill::default()
                        },
                    )),
                    TokenRole::Praise { rule } => praise.entry(*rule).or_default().push(span.clone()),
                }
            }
        }
    }

    /// Per employer name and product: where it occurs, written the way it must be to
    /// count. Found once per draft.
    fn employer_found(&self) -> &[Vec<Range<usize>>] {
        self.employer_found.get_or_init(|| {
            self.prepared
                .employer
                .iter()
                .map(|(name, terms)| {
                    terms
                        .find(&self.folded, self.stemmed.as_ref())
                        .into_iter()
                        .filter(|span| {
                            name.written_here(self.draft, span)
                                && !in_address(self.draft, span)
                                && !after_title(self.draft, span, &self.rules.titles)
                        })
                        .collect()
                })
                .collect()
        })
    }

    fn occurrence(
        &self,
        rule: &'a Rule,
        scope: Scope,
        min: Option<usize>,
        max: Option<usize>,
        found: &mut Vec<Pending<'a>>,
    ) {
        match scope {
            Scope::Length => {
                if self.count.over() {
                    let start = overflow_start(self.platform, self.kind, self.draft, self.count.limit);
                    let span = start..self.draft.trim_end().len().max(start);
                    found.push(pending(
                        rule,
                        span,
                        Fill {
                            count: Some(self.count.used),
                            bound: Some(self.count.limit),
                            ..Fill::default()
                        },
                    ));
                }
            }
            Scope::Hashtags | Scope::Mentions => {
                let pattern = if scope == Scope::Hashtags {
                    &*HASHTAG
                } else {
                    &*MENTION
                };
                let disclosure = self.policy.disclosure_tag.to_lowercase();
                let items: Vec<Range<usize>> = pattern
                    .captures_iter(self.draft)
                    .map(|c| c.get(1).expect("group 1").range())
                    // The disclosure tag is required, so it never counts as one too many.
                    .filter(|r| self.draft[r.clone()].to_lowercase() != disclosure)
                    .collect();
                if let Some(max) = max.filter(|max| items.len() > *max) {
                    let span = items[max].start..items[items.len() - 1].end;
                    found.push(pending(
                        rule,
                        span,
                        Fill {
                            count: Some(items.len()),
                            bound: Some(max),
                            ..Fill::default()
                        },
                    ));
                }
                if let Some(min) = min.filter(|min| items.len() < *min) {
                    found.push(pending(
                        rule,
                        0..self.draft.len(),
                        Fill {
                            count: Some(items.len()),
                            bound: Some(min),
                            ..Fill::default()
                        },
                    ));
                }
            }
            Scope::WordsBesidesLinks => {
                let links = links::find(self.draft);
                let Some(first) = links.first() else {
                    return;
                };
                let words = WORD
                    .find_iter(self.draft)
                    .filter(|w| {
                        !links
                            .iter()
                            .any(|l| l.span.start <= w.start() && w.end() <= l.span.end)
                    })
                    .filter(|w| {
                        let before = self.draft[..w.start()].chars().next_back();
                        !matches!(before, Some('#' | '@'))
                    })
                    .count();
                if let Some(min) = min.filter(|min| words < *min) {
                    found.push(pending(
                        rule,
                        first.span.clone(),
                        Fill {
                            count: Some(words),
                            bound: Some(min),
                            ..Fill::default()
                        },
                    ));
                }
            }
        }
    }

    /// Whether the draft has what a rule's matches need around them (`requires`).
    fn required(&self, rule: &Rule) -> bool {
        let Test::Existence { requires, .. } = &rule.test else {
            return true;
        };
        self.any_met(requires, &self.folded.text)
    }

    /// Whether a rule's match at `at` (in the folded draft) counts in its sentence:
    /// nothing there shows it harmless (`except`), and what it must be aimed at is
    /// there (an existence rule's `near`).
    fn counts_here(&self, test: &Test, at: &Range<usize>) -> bool {
        let near: &[Requirement] = match test {
            Test::Existence { near, .. } => near,
            _ => &[],
        };
        let sentence = self.sentence_around(at.start);
        // A praise rule's `except` holds for its scorer too: no finding in a sentence
        // the rule excuses.
        !self.excepted_at(test, &sentence) && self.any_met(near, &self.folded.text[sentence])
    }

    /// Whether the draft frames itself, in one of the language's ways, as other than
    /// `concern` ("not blaming anyone", "just to clarify").
    fn disclaims(&self, concern: super::Concern) -> bool {
        (self.rules.disclaimers.get(&concern).into_iter().flatten())
            .any(|d| self.folded.text.contains(d.as_str()))
    }

    /// Whether the folded `text` has one of the language's words for "we" or "our".
    pub(super) fn says_we(&self, text: &str) -> bool {
        stems::words(text).any(|word| self.is_we(&text[word]))
    }

    /// Whether a folded word is one of the language's words for "we" or "our".
    pub(super) fn is_we(&self, word: &str) -> bool {
        self.rules.we.iter().any(|we| we == word)
    }

    /// Whether the folded `sentence` has one of the rule's `except`.
    fn excepted_at(&self, test: &Test, sentence: &Range<usize>) -> bool {
        let except: &[LazyRegex] = match test {
            Test::Existence { except, .. } | Test::Conditional { except, .. } => except,
            _ => return false,
        };
        let text = &self.folded.text[sentence.clone()];
        except.iter().any(|e| e.is_match(text))
    }

    /// Whether the sentence of the draft around `at` (as written) has one of `except`,
    /// read as rules read a draft.
    fn excepted(&self, except: &[LazyRegex], at: usize) -> bool {
        let Some(sentence) = self.draft_sentence_at(at) else {
            return false;
        };
        let folded = Folded::new(&self.draft[sentence.clone()]);
        except.iter().any(|e| e.is_match(&folded.text))
    }

    /// Whether one of `requirements` is found in `text` (true when there are none).
    fn any_met(&self, requirements: &[Requirement], text: &str) -> bool {
        if requirements.is_empty() {
            return true;
        }
        requirements.iter().any(|r| match r {
            Requirement::Fixed(regex) => regex.is_match(text),
            Requirement::WithEmployer(written) => {
                // Only the names the draft uses as the employer's: a short name counts
                // where it is written as a name.
                let names: Vec<&str> = self
                    .prepared
                    .employer
                    .iter()
                    .zip(self.employer_found())
                    .filter(|(_, found)| !found.is_empty())
                    .map(|((name, _), _)| name.name.as_str())
                    .collect();
                self.prepared.requirement_met(written, &names, text)
            }
        })
    }

    /// Whether a range of the folded draft is part of an IBAN: its digits are the
    /// account, not a phone number.
    fn inside_iban(&self, at: &Range<usize>) -> bool {
        self.ibans
            .get_or_init(|| {
                IBAN_LIKE
                    .find_iter(&self.folded.text)
                    .filter_map(|m| Some(m.start()..m.start() + Validator::Iban.accepted(m.as_str())?))
                    .collect()
            })
            .iter()
            .any(|m| m.start <= at.start && at.end <= m.end)
    }

    /// Whether the draft gives one of the organisation's own public contact details: its
    /// e-mail, or its number in any of the ways people write one (spaces, dots, dashes,
    /// brackets, the trunk 0 or the country code).
    fn gives_public_contact(&self) -> bool {
        let text = &self.folded.text;
        if self
            .prepared
            .public_contacts
            .iter()
            .any(|c| c.contains('@') && text.contains(c.as_str()))
        {
            return true;
        }
        let numbers: Vec<(&str, String)> = (self.policy.public_contacts.iter())
            .filter(|c| !c.contains('@'))
            .map(|c| (c.as_str(), phone::digits(c)))
            .filter(|(_, digits)| digits.len() >= 8)
            .collect();
        if numbers.is_empty() {
            return false;
        }
        // Each run of digits and the marks written between them: the number as written
        // in the policy, or the same number written the other way.
        let runs = text.split(|c: char| !(c.is_ascii_digit() || " .-/()+".contains(c)));
        runs.map(|run| (run, phone::digits(run)))
            .filter(|(_, run_digits)| run_digits.len() >= 8)
            .any(|(run, run_digits)| {
                numbers.iter().any(|(contact, written)| {
                    run_digits.contains(written.as_str()) || phone::same_number(run, contact)
                })
            })
    }

    /// Whether a match is one of the organisation's own public contact details: the
    /// same letters and digits, ignoring spaces, dots, dashes and brackets.
    fn is_public_contact(&self, matched: &str, at: &Range<usize>) -> bool {
        // Part of a public contact as written (the digits of a public IBAN).
        let text = &self.folded.text;
        let inside = self.prepared.public_contacts.iter().any(|c| {
            !c.is_empty()
                && text
                    .match_indices(c.as_str())
                    .any(|(start, _)| start <= at.start && at.end <= start + c.len())
        });
        if inside {
            return true;
        }
        let key = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric() || *c == '@')
                .flat_map(char::to_lowercase)
                .collect()
        };
        let matched_key = key(matched);
        !matched_key.is_empty()
            && self.policy.public_contacts.iter().any(|c| {
                let contact = key(c);
                // Hebrew glues its prepositions to the front: "ל-info@…" is "to info@…".
                contact == matched_key
                    || hebrew::prefix_before(&matched_key, &contact).is_some()
                    // The same number written nationally in one and internationally in
                    // the other.
                    || phone::same_number(matched, c)
            })
    }

    /// The confidential terms and their aliases as people write them: in any case, with
    /// a space, a hyphen or nothing between their parts, as a hashtag, with an ending
    /// (German cases, Dutch and French plurals) or a Hebrew prefix glued to the front.
    fn confidential_mentions(&self) -> Vec<Range<usize>> {
        // Found as written (Hebrew behind its glued prefixes and with its points)…
        let mut out = self
            .prepared
            .confidential
            .find(&self.folded, self.stemmed.as_ref());
        // …and, for other scripts, in their spelling variants.
        for regex in &self.prepared.variants {
            let text = &self.folded.text;
            for caps in regex.captures_iter(text) {
                let m = caps.name("m").expect("group m");
                out.push(self.folded.original(m.range()));
            }
        }
        out
    }

    /// Mentions of the employer or its products need the disclosure; with praise words
    /// listed, only mentions in a sentence that praises.
    fn conditional(
        &self,
        rule: &'a Rule,
        conditional: &Conditional<'_>,
        praise: &[Range<usize>],
        found: &mut Vec<Pending<'a>>,
    ) {
        let Conditional {
            index,
            terms,
            needs_praise,
            mentions,
            buried,
            reach,
            about_others,
        } = *conditional;
        let mentions = self.mentions(terms, mentions);
        if mentions.is_empty() {
            return;
        }
        let disclosure = self.disclosure(index);
        let sentences = self.draft_sentences();
        // Sentences follow one another from the start: the first that ends at or after
        // `at` holds it (or ends right before it). A match that starts on the space
        // after a full stop (`(?:^|\s)@\w+`) is in the sentence its words are in.
        let sentence_of = |at: usize| {
            let rest = self.draft.get(at..).unwrap_or_default();
            let at = at + (rest.len() - rest.trim_start().len());
            let index = sentences.partition_point(|s| s.end < at);
            (index < sentences.len()).then_some(index)
        };
        // The sentences that praise, each once.
        let mut praised: Vec<Option<usize>> = praise.iter().map(|p| sentence_of(p.start)).collect();
        praised.sort_unstable();
        praised.dedup();
        // …and those whose praise is for someone else: it counts in their own sentence only.
        // A mark that starts on the full stop before its sentence ("(?:^|[.!?] )heroes")
        // marks the sentence its words are in.
        let mut others: Vec<Option<usize>> = about_others
            .iter()
            .flat_map(|p| self.shared_matches(*p))
            .map(|m| {
                let text = &self.draft[m.clone()];
                let words = text.trim_start_matches(['.', '!', '?', '…']);
                sentence_of(m.start + (text.len() - words.len()))
            })
            .collect();
        others.sort_unstable();
        others.dedup();
        let praises = |sentence: Option<usize>| {
            let Some(at) = sentence else {
                return praised.binary_search(&None).is_ok();
            };
            let near = at.saturating_sub(reach)..=at.saturating_add(reach);
            praised
                .iter()
                .flatten()
                .any(|&p| p == at || (near.contains(&p) && others.binary_search(&Some(p)).is_err()))
        };
        if buried {
            // Said, but only after the praise and a row of hashtags.
            let Some(disclosure) = disclosure else {
                return;
            };
            let praised = mentions
                .iter()
                .filter(|m| m.end <= disclosure.start && (!needs_praise || praises(sentence_of(m.start))));
            let Some(last) = praised.map(|m| m.end).max() else {
                return;
            };
            if buries(&self.draft[last..disclosure.start]) {
                found.push(pending(rule, disclosure, Fill::default()));
            }
            return;
        }
        if disclosure.is_some() {
            return;
        }
        let mut reported = Vec::new();
        for mention in mentions {
            let sentence = sentence_of(mention.start);
            if needs_praise && !praises(sentence) {
                continue;
            }
            if reported.contains(&sentence) {
                continue;
            }
            reported.push(sentence);
            found.push(pending(rule, mention, Fill::default()));
        }
    }

    /// Where the draft names the policy's `terms` or, when the policy has any, speaks of
    /// them without a name (the shared regexes `patterns`, "our new app"), as written;
    /// at one place the longest name first ("Acme Planner" before "Acme").
    fn mentions(&self, terms: PolicyTerms, patterns: &[usize]) -> Vec<Range<usize>> {
        let (mut found, anyone) = match terms {
            PolicyTerms::Employer => (self.employer_found().concat(), !self.prepared.employer.is_empty()),
            PolicyTerms::Confidential => (
                self.prepared
                    .confidential_only()
                    .find(&self.folded, self.stemmed.as_ref()),
                !self.policy.confidential.is_empty(),
            ),
        };
        // Without an employer in the policy there is nobody to disclose.
        if anyone {
            for pattern in patterns {
                found.extend(self.shared_matches(*pattern).iter().cloned());
            }
        }
        found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        found
    }

    /// Where the draft first says that the writer works there (in the draft): the
    /// policy's disclosure tag, or one of the rule's phrases with the employer's name
    /// filled in.
    fn disclosure(&self, rule: usize) -> Option<Range<usize>> {
        let text = &self.folded.text;
        let mut first: Option<Range<usize>> = None;
        let tag = &self.prepared.tag;
        if let Some(at) = (!tag.is_empty()).then(|| text.find(tag.as_str())).flatten() {
            first = Some(at..at + tag.len());
        }
        // Any of the employer's names: "ik werk bij Kadans" for "Kadans Software". As
        // written only: stems would take "Mitarbeitende der …" (the staff) for
        // "Mitarbeiter der …" (I work there).
        if let Some(at) = self.prepared.disclosures[rule]
            .as_ref()
            .and_then(|phrases| phrases.first(text))
            && first.as_ref().is_none_or(|f| at.start < f.start)
        {
            first = Some(at);
        }
        first.map(|r| self.folded.original(r))
    }

    /// Runs of words in capitals: shouting. Acronyms alone (HR, KPI, NATO) stay below
    /// both thresholds, and so does a list of them ("CRM, ERP, HRIS, KPI"): short words
    /// that a comma or a slash keeps apart are names, not a raised voice.
    fn capitals(&self, rule: &'a Rule, min_words: usize, min_letters: usize, found: &mut Vec<Pending<'a>>) {
        let links = links::find(self.draft);
        let mut run: Option<CapitalRun> = None;
        let flush = |run: &mut Option<CapitalRun>, found: &mut Vec<Pending<'a>>| {
            if let Some(run) = run.take()
                && (run.words >= min_words || run.letters >= min_letters)
                && !run.acronyms
            {
                found.push(pending(rule, run.span, Fill::default()));
            }
        };
        let mut at = 0;
        for token in self.draft.split_whitespace() {
            let start = at + self.draft[at..].find(token).expect("token is in the draft");
            at = start + token.len();
            // The words, without the punctuation around them.
            let word = token.trim_matches(|c: char| !c.is_alphanumeric());
            let word_start = start + token.find(word).unwrap_or(0);
            let span = word_start..word_start + word.len();
            if token.starts_with(['#', '@'])
                || links.iter().any(|l| l.span.start <= start && at <= l.span.end)
            {
                continue;
            }
            let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.is_empty() {
                continue; // numbers and punctuation neither shout nor break a run
            }
            let shouting = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            if !shouting {
                flush(&mut run, found);
                continue;
            }
            // "CRM/ERP/HRIS" is a list in one token.
            let acronym = token.split(CapitalRun::LIST_MARKS).all(|part| {
                part.chars().filter(|c| c.is_alphabetic()).count() <= CapitalRun::ACRONYM_LETTERS
            });
            let listed = token.ends_with(CapitalRun::LIST_MARKS);
            match &mut run {
                Some(run) => {
                    run.span.end = span.end;
                    run.words += 1;
                    run.letters += letters.len();
                    run.acronyms &= acronym && run.listed;
                    run.listed = listed;
                }
                None => {
                    run = Some(CapitalRun {
                        span,
                        words: 1,
                        letters: letters.len(),
                        acronyms: acronym,
                        listed,
                    });
                }
            }
        }
        flush(&mut run, found);
    }

    fn render(&self, pending: Pending<'_>) -> Finding {
        let Pending {
            rule,
            span,
            fill,
            doubted,
            ..
        } = pending;
        // A pattern that stands in for a word boundary ("(?:^|[^\p{L}])", for Hebrew's
        // glued prefixes) takes the space before the word with it: the learner is shown
        // the words, not the space.
        let words = trimmed(self.draft, span.clone());
        let span = if words.is_empty() { span } else { words };
        let excerpt = excerpt(&self.draft[span.clone()]);
        let render = |template: &str| {
            let mut text = template
                .replace("{match}", &excerpt)
                .replace("{platform}", self.platform.name())
                .replace("{used}", &self.count.used.to_string())
                .replace("{limit}", &self.count.limit.to_string())
                // The fix names the learner's own employer and disclosure.
                .replace("{employer}", &self.policy.employer)
                .replace("{tag}", &self.policy.disclosure_tag);
            if let Some(suggestion) = fill.suggestion {
                text = text.replace("{suggestion}", suggestion);
            }
            if let Some(count) = fill.count {
                text = text.replace("{count}", &count.to_string());
            }
            if let Some(bound) = fill.bound {
                text = text
                    .replace("{max}", &bound.to_string())
                    .replace("{min}", &bound.to_string());
            }
            text
        };
        Finding {
            rule: rule.id.clone(),
            level: if doubted {
                rule.level.min(crate::check::Level::Warning)
            } else {
                rule.level
            },
            kind: rule.concern,
            message: render(&rule.message),
            explanation: render(&rule.explanation),
            fix: rule
                .concern
                .fix(&self.policy.employer, &self.policy.disclosure_tag),
            lesson: rule.lesson.clone(),
            span,
            excerpt,
            accepted: None,
        }
    }
}

/// A run of words in capitals, as [`Run::capitals`] reads it.
struct CapitalRun {
    span: Range<usize>,
    words: usize,
    letters: usize,
    /// Every word is short, and a list mark (a comma, a slash) follows each but the
    /// last: a list of acronyms.
    acronyms: bool,
    /// The last word so far ends with a list mark.
    listed: bool,
}

impl CapitalRun {
    /// The longest word read as an acronym in a list ("HRIS", "GDPR", "SCRUM").
    const ACRONYM_LETTERS: usize = 5;
    /// What keeps the items of a list apart.
    const LIST_MARKS: [char; 5] = [',', '/', ';', '|', '+'];
}

fn pending<'a>(rule: &'a Rule, span: Range<usize>, fill: Fill<'a>) -> Pending<'a> {
    Pending {
        rule,
        span,
        fill,
        doubted: false,
        read: false,
    }
}

/// What a conditional rule needs besides its praise.
struct Conditional<'a> {
    /// The rule's index, for its disclosure phrases.
    index: usize,
    terms: PolicyTerms,
    needs_praise: bool,
    /// Indexes of the rule set's shared regexes.
    mentions: &'a [usize],
    buried: bool,
    reach: usize,
    about_others: &'a [usize],
}

/// Hebrew letters that glue to the front of a word: and, the, in, as, to, from, that.
const HEBREW_PREFIXES: &str = "והבכלמש";

pub(crate) fn is_hebrew(c: char) -> bool {
    ('\u{0590}'..='\u{05FF}').contains(&c)
}

/// A regex for a term in its written variants, run on folded text; group `m` is the
/// mention. `None` for a term with nothing to look for. Its parts may be joined by a
/// space, hyphen or underscore or by nothing ("Project Falcon", "#ProjectFalcon"),
/// letters and digits may be apart ("PK27", "PK-27"), a long word may be split by a
/// hyphen ("salt-marsh" for "Saltmarsh"), and an accented letter may be written without
/// its accent, as in hashtags ("#ProjetHeron" for "Projet Héron").
pub(crate) fn term_variants(term: &str) -> Option<Regex> {
    let folded = fold(term);
    let parts: Vec<String> = folded
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .flat_map(split_letters_from_digits)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let letters: Vec<char> = p.chars().collect();
            // A hyphen only where it leaves a word of three letters on each side: a space
            // there would find ordinary words ("the north gate" for "Northgate").
            let split = !letters.iter().any(|&c| is_hebrew(c)) && letters.iter().all(|c| c.is_alphabetic());
            letters
                .iter()
                .enumerate()
                .map(|(at, &c)| {
                    let hyphen = split && at >= 3 && letters.len() - at >= 3;
                    format!("{}{}", if hyphen { "-?" } else { "" }, letter_or_its_base(c))
                })
                .collect()
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    let hebrew = folded.chars().any(is_hebrew);
    let prefix = if hebrew {
        format!("[{HEBREW_PREFIXES}]{{0,3}}-?")
    } else {
        String::new()
    };
    // Endings that inflect a name without making it another word, with the last
    // consonant doubled where Dutch and German double it ("Zwaluwplan", "Zwaluwplannen").
    let doubled = (folded.chars().last())
        .filter(|c| c.is_alphabetic() && !"aeiouy".contains(*c))
        .map(|c| format!("|{c}(?:en|e|er|es)"))
        .unwrap_or_default();
    let ending = if hebrew {
        String::new()
    } else {
        format!("(?:'s|s|es|e|en|n|er|ern|ens{doubled})?")
    };
    let pattern = format!(
        r"(?:^|[^\p{{L}}\p{{N}}])(?P<m>#?{prefix}{}{ending})(?:$|[^\p{{L}}\p{{N}}])",
        parts.join(r"[\s_-]?")
    );
    Regex::new(&pattern).ok()
}

/// "pk27" → "pk", "27": a code is written with and without a hyphen.
fn split_letters_from_digits(part: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut last: Option<bool> = None;
    for (at, c) in part.char_indices() {
        let digit = c.is_ascii_digit();
        if last.is_some_and(|was| was != digit) && c.is_alphanumeric() {
            pieces.push(&part[start..at]);
            start = at;
        }
        if c.is_alphanumeric() {
            last = Some(digit);
        }
    }
    pieces.push(&part[start..]);
    pieces
}

/// A letter as a regex that also takes it without its accent: "é" → "[ée]".
fn letter_or_its_base(c: char) -> String {
    match base_letter(c) {
        base if base != c => format!("[{c}{base}]"),
        _ => regex::escape(c.encode_utf8(&mut [0; 4])),
    }
}

/// A letter without its accent ("é" → "e"); any other character, and a Hebrew letter
/// with its points, as it is.
pub(crate) fn base_letter(c: char) -> char {
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    base.filter(|_| !is_hebrew(c)).unwrap_or(c)
}

/// The first byte of the draft past the platform's limit, found by halving: the count
/// of a prefix grows with the prefix.
fn overflow_start(platform: Platform, kind: TextKind, draft: &str, limit: usize) -> usize {
    let boundaries: Vec<usize> = draft
        .char_indices()
        .map(|(i, _)| i)
        .chain([draft.len()])
        .collect();
    let (mut low, mut high) = (0, boundaries.len() - 1);
    while low < high {
        let mid = (low + high) / 2;
        if count::count(platform, kind, &draft[..boundaries[mid]]).used > limit {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    // `low` is the first prefix over the limit; the character that tipped it starts one
    // boundary earlier.
    boundaries[low.saturating_sub(1)]
}

/// Sentence ranges: a sentence ends after `.`, `!`, `?` or `…` followed by white space,
/// or at a line break; white space between sentences belongs to the next.
pub(super) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = at + c.len_utf8();
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let ends = c == '\n' || (matches!(c, '.' | '!' | '?' | '…') && next_is_space);
        // A line break right after a sentence's end is no sentence of its own: it would
        // stand between two sentences that follow one another.
        if ends && !text[start..end].trim().is_empty() {
            out.push(start..end);
            start = end;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// `range` of `text` without the white space at its ends (empty, at its start, when it
/// is all white space).
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start().len());
    let end = (range.start + part.trim_end().len()).max(start);
    start..end
}

fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(EXCERPT_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// One finding per rule and place: overlapping matches of the same rule (a phrase and
/// a pattern, or two phrases) keep the longest. Then one finding per concern and
/// place: when two rules see the same words as venting (a name-calling pattern and an
/// evaluation word aimed at the boss), the learner reads it once, from the rule that
/// matters most and else from the one the file lists first (the older id, which
/// trainers may already accept by name).
fn dedupe(found: Vec<Pending<'_>>) -> Vec<Pending<'_>> {
    let mut kept = dedupe_per_rule(found);
    let overlaps = |a: &Range<usize>, b: &Range<usize>| {
        a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
    };
    let outranks = |a: &Pending<'_>, b: &Pending<'_>| {
        (b.rule.level, std::cmp::Reverse(b.rule.line)) < (a.rule.level, std::cmp::Reverse(a.rule.line))
    };
    let shadowed: Vec<bool> = kept
        .iter()
        .map(|f| {
            f.rule.concern != super::Concern::Other
                && kept.iter().any(|g| {
                    g.rule.concern == f.rule.concern
                        && g.rule.id != f.rule.id
                        && overlaps(&g.span, &f.span)
                        && outranks(g, f)
                })
        })
        .collect();
    let mut shadowed = shadowed.into_iter();
    kept.retain(|_| !shadowed.next().unwrap_or(false));
    kept
}

fn dedupe_per_rule(mut found: Vec<Pending<'_>>) -> Vec<Pending<'_>> {
    found.sort_by(|a, b| {
        a.rule
            .id
            .cmp(&b.rule.id)
            .then(a.span.start.cmp(&b.span.start))
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut kept: Vec<Pending<'_>> = Vec::with_capacity(found.len());
    for finding in found {
        if let Some(last) = kept.last()
            && last.rule.id == finding.rule.id
            && finding.span.start < last.span.end.max(last.span.start + 1)
        {
            continue;
        }
        kept.push(finding);
    }
    kept
}

/// Whether `span` of the draft is part of an e-mail or web address ("info@acmecare.nl",
/// "www.acmecare.nl/jobs"): the employer's name there points somewhere, it says nothing
/// about the employer. A page tagged with its name ("@AcmeCare") is still the name.
fn in_address(draft: &str, span: &Range<usize>) -> bool {
    let start = draft[..span.start]
        .rfind(char::is_whitespace)
        .map_or(0, |at| at + 1);
    let end = draft[span.end..]
        .find(char::is_whitespace)
        .map_or(draft.len(), |at| span.end + at);
    let word = &draft[start..end];
    word.char_indices().any(|(at, c)| c == '@' && at > 0)
        || word.contains("://")
        || word.to_lowercase().starts_with("www.")
}

/// Whether `span` of the draft comes right after one of the language's `titles` (folded)
/// and a space ("Frau Auerbach", "Mme. Lefèvre", "גב׳ כהן"): a person of that name.
fn after_title(draft: &str, span: &Range<usize>, titles: &[String]) -> bool {
    let before = &draft[..span.start];
    let trimmed = before.trim_end();
    if titles.is_empty() || trimmed.len() == before.len() {
        return false;
    }
    // A title's own marks belong to it: "Mme." "ד״ר" "גב׳".
    let title_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '"' | '׳' | '״');
    let start = trimmed.trim_end_matches(title_char).len();
    let word = fold(&trimmed[start..]);
    let word = word.trim_end_matches('.');
    titles.iter().any(|t| t.trim_end_matches('.') == word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Level;

    fn english() -> RuleSet {
        RuleSet::embedded("en").unwrap()
    }

    fn verdict(draft: &str) -> Verdict {
        verdict_with(&english(), draft)
    }

    /// The draft checked as a LinkedIn comment with `rules` and the example policy.
    fn verdict_with(rules: &RuleSet, draft: &str) -> Verdict {
        check_as(
            draft,
            rules,
            &Policy::example(),
            Platform::Linkedin,
            TextKind::Comment,
        )
    }

    #[test]
    fn spans_point_at_the_words_as_written() {
        let draft = "Well…  I\u{2019}M NO EXPERT,   BUT\nthis worked. Honestly, MY  BOSS is an idiot!";
        let found = verdict(draft);
        let texts: Vec<(&str, &str)> = found
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), &draft[f.span.clone()]))
            .collect();
        assert!(
            texts.contains(&("self-doubt", "I\u{2019}M NO EXPERT,   BUT")),
            "{texts:?}"
        );
        assert!(
            texts.contains(&("venting-insult", "MY  BOSS is an idiot")),
            "{texts:?}"
        );
        let swap = found.findings.iter().find(|f| f.rule == "self-doubt").unwrap();
        assert!(swap.message.contains("In my experience,"), "{}", swap.message);
    }

    /// "Heroes." on its own cheers the colleagues just thanked; the mark of praise for
    /// others starts on the full stop before it, and still marks its own sentence.
    #[test]
    fn a_cheer_on_its_own_after_thanks_is_for_the_people_thanked() {
        assert!(verdict("Thanks to our IT lads for moving every Acme Care laptop. Heroes.").passed());
        let plug =
            verdict("Thanks to our IT lads for moving every Acme Care laptop. Best care agency in Leeds.");
        assert_eq!(plug.errors().count(), 1);
    }

    /// The organisation's own number or e-mail, however written, makes a draft a
    /// service notice: its praise is a warning; another number changes nothing.
    #[test]
    fn praise_beside_the_public_contact_is_a_judgement_call() {
        let levels = |draft: &str| {
            let found = verdict(draft);
            let praise = found.findings.iter().filter(|f| f.rule == "undisclosed-praise");
            praise.map(|f| f.level).collect::<Vec<_>>()
        };
        assert_eq!(
            levels("CareConnect is the best app. Call 030-765 43 21."),
            [Level::Warning]
        );
        assert_eq!(
            levels("CareConnect is the best app. Mail info@acmecare.example."),
            [Level::Warning]
        );
        assert_eq!(levels("CareConnect is the best app."), [Level::Error]);
        assert_eq!(
            levels("CareConnect is the best app. Call 030 765 4399."),
            [Level::Error]
        );
    }

    #[test]
    fn praise_counts_only_in_the_sentence_that_names_the_employer() {
        assert!(verdict("We discussed CareConnect yesterday. Amazing article, thanks!").passed());
        let found = verdict("Amazing article! And CareConnect is excellent at this.");
        assert_eq!(found.errors().count(), 1);
        assert_eq!(found.errors().next().unwrap().excerpt, "CareConnect");
    }

    /// A praise scorer that reads one made-up word, "blorft", which no rule lists.
    fn blorft_scorer(weight: f32) -> Scorer {
        Scorer {
            concern: crate::check::Concern::Praise,
            rule: "undisclosed-praise".into(),
            bias: 0.0,
            threshold: 0.5,
            sure: None,
            doubt: None,
            warn: None,
            unnamed: None,
            amends: None,
            vouches: BTreeMap::new(),
            weights: BTreeMap::from([("w:blorft".into(), weight)]),
        }
    }

    /// Praise the rules find, beside a disclosure in a made-up word no phrase lists,
    /// which only a disclosure scorer reads: a warning that asks for the disclosure
    /// plainly, instead of the error.
    #[test]
    fn a_disclosure_only_a_scorer_reads_makes_praise_a_warning() {
        let rules = with_praise_scorer(Scorer {
            concern: crate::check::Concern::DisclosureUnclear,
            rule: "disclosure-unclear".into(),
            bias: -2.0,
            threshold: 0.7,
            amends: Some(crate::check::Concern::Praise),
            weights: BTreeMap::from([("w:gorpwerk".into(), 4.0)]),
            ..blorft_scorer(0.0)
        });
        let check = |draft: &str| rules_levels_excerpts(&rules, draft);
        let praise = "CareConnect is the best app for home care.";
        assert_eq!(
            check(praise),
            [(
                "undisclosed-praise".to_owned(),
                Level::Error,
                "CareConnect".to_owned()
            )]
        );
        assert_eq!(
            check(&format!("Gorpwerk here, so I see it daily: {praise}")),
            [(
                "disclosure-unclear".to_owned(),
                Level::Warning,
                "CareConnect".to_owned()
            )]
        );
        // A kind draft has no praise to amend: nothing to say.
        assert!(check("Gorpwerk here: the rota for December is out today.").is_empty());
    }

    /// A scorer that vouches for kind drafts, reading a made-up word no list has: where
    /// it reads one, what the rules it vouches for block becomes a warning the learner
    /// judges, and what is never a judgement call (an insult aimed at someone) stays
    /// an error.
    #[test]
    fn a_draft_a_scorer_reads_as_kind_is_warned_not_blocked() {
        let rules = with_praise_scorer(kind_reader(&[
            ("undisclosed-praise", 0.7),
            ("venting-aimed", 0.7),
        ]));
        let levels = |draft: &str| rules_levels(&rules, draft);
        let aimed = "The porters at the Leeds site are useless on a Sunday.";
        assert_eq!(levels(aimed), [("venting-aimed".to_owned(), Level::Error)]);
        assert_eq!(
            levels(&format!("Zorbat, as we say: {aimed}")),
            [("venting-aimed".to_owned(), Level::Warning)]
        );
        let insult = "Zorbat, as we say: my boss is an idiot.";
        assert_eq!(levels(insult), [("venting-insult".to_owned(), Level::Error)]);

        // A rule it vouches for only where it is surer than it is here (0.88) stays an
        // error.
        let surer = with_praise_scorer(kind_reader(&[("venting-aimed", 0.95)]));
        assert_eq!(
            rules_levels(&surer, &format!("Zorbat, as we say: {aimed}")),
            [("venting-aimed".to_owned(), Level::Error)]
        );
    }

    /// Praise only a scorer reads is a reading, not a rule's match: the reader of kind
    /// drafts vouches against it from its own threshold, though it asks a surer reading
    /// (here 0.95, more than it gives) against the rule's matches.
    #[test]
    fn a_reading_only_a_scorer_made_is_vouched_against_sooner_than_a_rules_match() {
        let mut rules = with_praise_scorer(Scorer {
            bias: -4.0,
            threshold: 0.5,
            sure: Some(0.6),
            ..blorft_scorer(8.0)
        });
        rules
            .model
            .as_mut()
            .unwrap()
            .scorers
            .push(kind_reader(&[("undisclosed-praise", 0.95)]));
        let levels = |draft: &str| rules_levels(&rules, draft);
        let praise = ("undisclosed-praise".to_owned(), Level::Error);
        assert_eq!(levels("CareConnect is blorft."), std::slice::from_ref(&praise));
        assert_eq!(
            levels("Zorbat, as we say: CareConnect is blorft."),
            [("undisclosed-praise".to_owned(), Level::Warning)]
        );
        assert_eq!(
            levels("Zorbat, as we say: CareConnect is the best app."),
            [praise]
        );
    }

    /// A reader of kind drafts that reads one made-up word, "zorbat", which no rule
    /// lists, vouching for these rules from these probabilities.
    fn kind_reader(vouches: &[(&str, f32)]) -> Scorer {
        Scorer {
            concern: crate::check::Concern::Other,
            rule: String::new(),
            bias: -2.0,
            threshold: 0.7,
            vouches: vouches
                .iter()
                .map(|(id, from)| ((*id).to_owned(), *from))
                .collect(),
            weights: BTreeMap::from([("w:zorbat".into(), 4.0)]),
            ..blorft_scorer(0.0)
        }
    }

    /// Each finding's rule and level.
    fn rules_levels(rules: &RuleSet, draft: &str) -> Vec<(String, Level)> {
        verdict_with(rules, draft)
            .findings
            .iter()
            .map(|f| (f.rule.clone(), f.level))
            .collect()
    }

    /// Each finding's rule.
    fn rule_ids_with(rules: &RuleSet, draft: &str) -> Vec<String> {
        verdict_with(rules, draft)
            .findings
            .into_iter()
            .map(|f| f.rule)
            .collect()
    }

    /// Each finding's rule, level and words.
    fn rules_levels_excerpts(rules: &RuleSet, draft: &str) -> Vec<(String, Level, String)> {
        verdict_with(rules, draft)
            .findings
            .iter()
            .map(|f| (f.rule.clone(), f.level, f.excerpt.clone()))
            .collect()
    }

    /// The English rules with `scorer` as their only scorer.
    fn with_praise_scorer(scorer: Scorer) -> RuleSet {
        let mut rules = english();
        rules.model = Some(Model {
            lang: "en".into(),
            trained_on: Vec::new(),
            scorers: vec![scorer],
        });
        rules
    }

    /// A comparative question is praise when the writer answers it at once: the praise
    /// pattern names the answer (group `m`), so the except that lets a question pass
    /// reads the answer's sentence, not the question's.
    #[test]
    fn a_question_answered_at_once_is_praise() {
        let rules = english();
        let check = |draft: &str| rule_ids_with(&rules, draft);
        let question = "Is there a better home-care app than CareConnect?";
        assert_eq!(
            check(&format!("{question} (There isn't.)")),
            ["undisclosed-praise"]
        );
        assert!(check(&format!("{question} Genuinely asking.")).is_empty());
    }

    /// A sentence a rule finds contemptuous is not also read as praise of the employer:
    /// the same reading stands in a sentence of its own.
    #[test]
    fn a_sentence_found_contemptuous_is_not_read_as_praise() {
        let rules = with_praise_scorer(Scorer {
            bias: -4.0,
            threshold: 0.5,
            sure: Some(0.6),
            ..blorft_scorer(8.0)
        });
        let check = |draft: &str| rule_ids_with(&rules, draft);
        let contempt = check("Our CareConnect managers are blorft idiots.");
        assert!(!contempt.is_empty(), "the contempt is found");
        assert!(
            !contempt.contains(&"undisclosed-praise".to_owned()),
            "{contempt:?}"
        );
        assert_eq!(check("CareConnect is blorft."), ["undisclosed-praise"]);
    }

    /// Praise in a word no list has, which only a scorer reads, is flagged without a
    /// disclosure, passes with one right after it, and is buried with one that comes
    /// only at the end of a long comment.
    #[test]
    fn praise_only_a_scorer_reads_is_buried_by_a_late_disclosure() {
        let rules = with_praise_scorer(Scorer {
            bias: -4.0,
            threshold: 0.5,
            sure: Some(0.6),
            ..blorft_scorer(8.0)
        });
        let check = |draft: &str| rule_ids_with(&rules, draft);
        let praise = "CareConnect is blorft.";
        let story = " My aunt needed help at home every morning last winter, and the nurses came \
                     on time, rang ahead when they were late, kept her daughter in the loop and \
                     wrote down every change in her routine, for months on end without a single \
                     missed visit.";
        let disclosure = " (I work at Acme Care.)";
        assert_eq!(check(&format!("{praise}{story}")), ["undisclosed-praise"]);
        assert!(check(&format!("{praise}{disclosure}{story}")).is_empty());
        assert_eq!(
            check(&format!("{praise}{story}{disclosure}")),
            ["disclosure-buried"]
        );
        // The sentence that discloses names the employer too, and may weigh most for the
        // scorer ("je suis salariée de la Mutuelle Solvéa"): the praise before it is
        // still buried.
        let mut weights = blorft_scorer(8.0).weights;
        weights.insert("w:work".into(), 9.0);
        let rules = with_praise_scorer(Scorer {
            bias: -4.0,
            threshold: 0.5,
            sure: Some(0.6),
            weights,
            ..blorft_scorer(8.0)
        });
        assert_eq!(
            rule_ids_with(&rules, &format!("{praise}{story}{disclosure}")),
            ["disclosure-buried"]
        );
    }

    /// Praise a scorer reads where the writer says "our" but names neither the employer
    /// nor its products is an error only from its `unnamed` probability: under it, a
    /// warning. Named, the same reading is an error.
    #[test]
    fn praise_a_scorer_reads_without_the_employers_name_asks_a_surer_reading() {
        let rules = with_praise_scorer(Scorer {
            sure: Some(0.5),
            unnamed: Some(0.8),
            ..blorft_scorer(1.0)
        });
        let levels = |draft: &str| rules_levels(&rules, draft);
        // sigmoid(1) = 0.73: over the threshold, under `unnamed`.
        assert_eq!(
            levels("Our team is blorft."),
            [("undisclosed-praise".to_owned(), Level::Warning)]
        );
        assert_eq!(
            levels("Acme Care is blorft."),
            [("undisclosed-praise".to_owned(), Level::Error)]
        );
        let surer = with_praise_scorer(Scorer {
            sure: Some(0.5),
            unnamed: Some(0.8),
            ..blorft_scorer(2.0)
        });
        assert_eq!(
            rules_levels(&surer, "Our team is blorft."),
            [("undisclosed-praise".to_owned(), Level::Error)]
        );
    }

    /// Venting only the scorer reads is a judgement call where the writer says they
    /// blame nobody; an insult a rule finds is still an error.
    #[test]
    fn a_writer_who_blames_nobody_is_taken_at_their_word_by_the_venting_scorer() {
        let rules = with_praise_scorer(Scorer {
            concern: crate::check::Concern::Venting,
            rule: "venting-aimed".into(),
            sure: Some(0.5),
            ..blorft_scorer(4.0)
        });
        let levels = |draft: &str| rules_levels(&rules, draft);
        let venting = |level| [("venting-aimed".to_owned(), level)];
        assert_eq!(levels("The night shift is so blorft."), venting(Level::Error));
        assert_eq!(
            levels("I'm not blaming anyone: the night shift is so blorft."),
            venting(Level::Warning)
        );
        assert!(
            levels("I'm not blaming anyone, but the night shift are idiots.")
                .iter()
                .any(|(rule, level)| rule.starts_with("venting") && *level == Level::Error)
        );
    }

    /// Praise only the scorer reads is a judgement call in a correction: "Just to
    /// clarify, CareConnect isn't open on Sundays" sets a fact straight.
    #[test]
    fn a_correction_is_heard_by_the_praise_scorer() {
        let rules = with_praise_scorer(Scorer {
            sure: Some(0.5),
            ..blorft_scorer(4.0)
        });
        let levels = |draft: &str| rules_levels(&rules, draft);
        let praise = |level| [("undisclosed-praise".to_owned(), level)];
        assert_eq!(levels("CareConnect is blorft on Sundays."), praise(Level::Error));
        assert_eq!(
            levels("Just to clarify, CareConnect is blorft on Sundays."),
            praise(Level::Warning)
        );
    }

    /// Below its threshold, from its `warn` probability on, a scorer flags a judgement
    /// call: a warning, which blocks nothing; under `warn`, nothing.
    #[test]
    fn a_scorer_warns_between_its_warn_probability_and_its_threshold() {
        let with_weight = |weight: f32| {
            let rules = with_praise_scorer(Scorer {
                threshold: 0.8,
                warn: Some(0.6),
                ..blorft_scorer(weight)
            });
            let found = verdict_with(&rules, "CareConnect is blorft.");
            found
                .findings
                .iter()
                .map(|f| (f.rule.clone(), f.level))
                .collect::<Vec<_>>()
        };
        // sigmoid(2) = 0.88, sigmoid(1) = 0.73, sigmoid(0) = 0.5.
        assert_eq!(
            with_weight(2.0),
            [("undisclosed-praise".to_owned(), Level::Error)]
        );
        assert_eq!(
            with_weight(1.0),
            [("undisclosed-praise".to_owned(), Level::Warning)]
        );
        assert!(with_weight(0.0).is_empty());
    }

    /// A firm named after its founder: "Mrs Hartley" is the founder, "Hartley" the firm.
    #[test]
    fn the_employers_name_after_a_title_is_a_person() {
        let policy = Policy {
            employer: "Hartley".into(),
            ..Policy::default()
        };
        let errors = |draft: &str| {
            let found = check_as(draft, &english(), &policy, Platform::Linkedin, TextKind::Comment);
            found.errors().map(|f| f.rule.clone()).collect::<Vec<_>>()
        };
        assert!(errors("Happy birthday, Mrs Hartley! The best boss I ever had.").is_empty());
        assert!(errors("Thank you, Dr. Hartley, for a brilliant talk.").is_empty());
        assert_eq!(
            errors("Hartley is the best firm in town."),
            ["undisclosed-praise"]
        );
        assert!(after_title("Ask Mme. Lefèvre", &(9..17), &["mme".into()]));
        assert!(after_title("תודה לגב׳ כהן", &(18..24), &["לגב׳".into()]));
        assert!(!after_title("Lefèvre", &(0..7), &["mme".into()]));
        assert!(!after_title("Ask Lefèvre", &(4..11), &["mme".into()]));
    }

    #[test]
    fn without_a_policy_nothing_about_the_employer_is_checked() {
        let draft = "CareConnect is amazing. Project Falcon starts soon.";
        let found = check_as(
            draft,
            &english(),
            &Policy::default(),
            Platform::Linkedin,
            TextKind::Comment,
        );
        assert!(found.findings.is_empty(), "{:#?}", found.findings);
        assert_eq!(verdict(draft).errors().count(), 2);
    }

    #[test]
    /// The finding points at the term itself, without the prefix glued to it.
    fn a_confidential_hebrew_term_is_found_behind_a_glued_prefix_and_points() {
        let policy = Policy {
            confidential: vec![
                "הנפקה".into(),
                "צה\"ל".into(),
                "פרויקט צפרדע".into(),
                "Project Falcon".into(),
            ],
            ..Policy::default()
        };
        let check = |draft: &str| check_as(draft, &english(), &policy, Platform::Linkedin, TextKind::Comment);
        for (draft, term) in [
            ("אנחנו מתכוננים להנפקה בקרוב", "הנפקה"),
            ("ההכנות וההנפקה עצמה", "הנפקה"),
            ("הַהַנְפָּקָה תהיה בקרוב", "הַנְפָּקָה"),
            ("שירתתי בצה״ל", "צה״ל"),
            ("יום ארוך 💪 #פרויקט_צפרדע", "פרויקט_צפרדע"),
            ("#פרויקטצפרדע", "פרויקטצפרדע"),
        ] {
            let found = check(draft);
            let spans: Vec<&str> = found.findings.iter().map(|f| &draft[f.span.clone()]).collect();
            assert!(spans.contains(&term), "{draft}: {spans:?}");
        }
        // A word that only ends in the term, and a Latin term after a Hebrew letter.
        assert!(check("אבגהנפקה").findings.is_empty());
        assert!(
            check("בProject Falcon").findings.is_empty(),
            "Latin keeps its boundaries"
        );
    }

    /// Inflection does not hide a confidential term: German cases, French plurals, a
    /// Dutch plural that doubles the last consonant.
    #[test]
    fn an_inflected_confidential_term_is_found() {
        let policy = Policy {
            confidential: vec![
                "Projekt Adler".into(),
                "fusion Faucon".into(),
                "Zwaluwplan".into(),
            ],
            ..Policy::default()
        };
        for (lang, draft, term) in [
            ("de", "Die Zahlen des Projekts Adler sind gut.", "Projekts Adler"),
            ("fr", "Les fusions Faucon avancent bien.", "fusions Faucon"),
            (
                "nl",
                "Wie zit er in de werkgroep voor de Zwaluwplannen?",
                "Zwaluwplannen",
            ),
        ] {
            let rules = RuleSet::embedded(lang).unwrap();
            let found = check_as(draft, &rules, &policy, Platform::Linkedin, TextKind::Comment);
            let spans: Vec<&str> = found.findings.iter().map(|f| &draft[f.span.clone()]).collect();
            assert!(spans.contains(&term), "{draft}: {spans:?}");
        }
    }

    /// Hebrew glues "to" to the front of an address: the public address is still the
    /// organisation's own, and a private one behind the same prefix is still flagged.
    #[test]
    fn a_public_address_behind_a_hebrew_prefix_is_not_flagged() {
        let policy = Policy {
            public_contacts: vec!["info@ganey-tut.example".into()],
            ..Policy::default()
        };
        let rules = RuleSet::embedded("he").unwrap();
        let flagged = |draft: &str| {
            check_as(draft, &rules, &policy, Platform::Linkedin, TextKind::Comment)
                .findings
                .iter()
                .any(|f| f.rule == "email-address")
        };
        assert!(!flagged("לשאלות אפשר לכתוב ל-info@ganey-tut.example או להתקשר"));
        assert!(flagged("לשאלות אפשר לכתוב ל-dana.levi@gmail.example או להתקשר"));
    }

    /// The organisation's public number written the national way, with the trunk 0
    /// for the country code, or the international way, is still its own; another number
    /// with the same ending is not.
    #[test]
    fn a_public_number_written_the_other_way_is_not_flagged() {
        let policy = Policy {
            public_contacts: vec![
                "+32 9 233 41 70".into(),
                "+49 30 1234 5670".into(),
                "+972 3-555-1234".into(),
            ],
            ..Policy::default()
        };
        let flagged = |lang: &str, draft: &str| {
            let rules = RuleSet::embedded(lang).unwrap();
            check_as(draft, &rules, &policy, Platform::Linkedin, TextKind::Comment)
                .findings
                .iter()
                .any(|f| f.rule == "phone-number")
        };
        assert!(!flagged("nl", "Inschrijven? Bel 09 233 41 70 of kom langs."));
        assert!(!flagged("nl", "Inschrijven? Bel 09/233.41.70 of kom langs."));
        assert!(!flagged("de", "Fragen? Ruf uns an: 030 1234 5670."));
        assert!(!flagged("he", "לשאלות: 03-555-1234"));
        // …and a national one the international way.
        let national = Policy {
            public_contacts: vec!["0161 496 0420".into()],
            ..Policy::default()
        };
        let rules = RuleSet::embedded("en").unwrap();
        for draft in ["Ring us on +44 161 496 0420.", "Ring us on 0044 161 496 0420."] {
            let found = check_as(draft, &rules, &national, Platform::Linkedin, TextKind::Comment);
            assert!(
                !found.findings.iter().any(|f| f.rule == "phone-number"),
                "{draft}"
            );
        }
        assert!(flagged(
            "nl",
            "Bel Sofie privé op 09 233 41 71, ze helpt je graag."
        ));
        assert!(flagged(
            "nl",
            "Bel Sofie privé op 0470 23 34 17, ze helpt je graag."
        ));
    }

    #[test]
    fn a_confidential_code_or_accented_name_is_found_as_people_write_it() {
        let policy = Policy {
            confidential: vec!["Projet Héron".into(), "PK27".into(), "Mirabelle".into()],
            ..Policy::default()
        };
        let rules = RuleSet::embedded("fr").unwrap();
        for (draft, term) in [
            ("On avance bien sur #ProjetHeron cette semaine.", "#ProjetHeron"),
            ("Le dossier PK-27 est presque prêt.", "PK-27"),
            ("Le dossier pk 27 est presque prêt.", "pk 27"),
            ("Les planches de Mira-belle sont superbes.", "Mira-belle"),
        ] {
            let found = check_as(draft, &rules, &policy, Platform::Linkedin, TextKind::Comment);
            let spans: Vec<&str> = found.findings.iter().map(|f| &draft[f.span.clone()]).collect();
            assert!(spans.contains(&term), "{draft}: {spans:?}");
        }
        // A code's digits alone are not the code, and a long word split by a space is
        // two ordinary words.
        let found = check_as(
            "Nous étions 27 ce matin, mira belle vue.",
            &rules,
            &policy,
            Platform::Linkedin,
            TextKind::Comment,
        );
        assert!(found.findings.is_empty(), "{:?}", found.findings);
    }

    #[test]
    fn the_length_finding_starts_where_the_limit_is_passed() {
        let draft = format!("{}{}", "a".repeat(1_250), "bcd");
        let found = verdict(&draft);
        let long = found.findings.iter().find(|f| f.rule == "too-long").unwrap();
        assert_eq!(long.span, 1_250..1_253);
        assert_eq!(long.level, Level::Error);
        assert!(long.message.contains("1253 of 1250"), "{}", long.message);
        assert!(!found.passed());
    }

    #[test]
    fn accepting_keeps_the_finding_but_not_the_error() {
        let mut found = verdict("Honestly my boss is an idiot.");
        assert!(!found.passed());
        // More than one venting rule may see it; each is accepted by its id.
        let ids: Vec<String> = found.errors().map(|f| f.rule.clone()).collect();
        assert!(ids.contains(&"venting-insult".to_owned()), "{ids:?}");
        for id in &ids {
            assert_eq!(found.accept(id, "a film quote"), 1);
        }
        assert!(found.passed());
        assert_eq!(found.findings.len(), ids.len());
        assert!(
            found
                .findings
                .iter()
                .all(|f| f.accepted.as_deref() == Some("a film quote"))
        );
        assert_eq!(found.accept("shouting", "none here"), 0);
    }

    /// A rules file of its own, so the mechanism is tested and not the bundled data.
    fn rules_for_reach_and_near() -> RuleSet {
        let text = r#"
[[rule]]
id = "praise"
kind = "conditional"
concern = "praise"
terms = "employer"
level = "error"
lesson = "comment"
message = "m"
explanation = "e"
with_any = ["brilliant", "great"]
unless = ["i work at {employer}"]
unless_patterns = ['\bwork(?:ed|ing)? (?:\w+ ){0,4}(?:at|for) {employer}']
reach = 1
about_others = ['\bgreat (?:post|talk)\b', '(?:^|\s)@\w+']
mentions = ['\bour new app\b']
except = ['\bwish(?:es|ing)?\b']

[[rule]]
id = "aimed"
kind = "existence"
level = "error"
lesson = "comment"
message = "m"
explanation = "e"
tokens = ["useless"]
near = ['\b(?:management|hr)\b']
except = ['\bnot useless\b']
"#;
        RuleSet::parse("en", "test", text).unwrap()
    }

    /// The rule that flags a buried disclosure reads the disclosures of the rule that
    /// asks for one: a form listed only there ("werkzaam bij X") is a disclosure to
    /// both, and a buried rule that lists its own does not load.
    #[test]
    fn a_buried_disclosure_is_read_in_the_forms_the_praise_rule_lists() {
        let praise = r#"
[[rule]]
id = "praise"
kind = "conditional"
concern = "praise"
terms = "employer"
level = "error"
lesson = "comment"
message = "m"
explanation = "e"
with_any = ["brilliant"]
unless = ["proud to work at {employer}"]
unless_patterns = ['\bworking (?:\w+ ){0,3}for {employer}']
"#;
        let buried = r#"
[[rule]]
id = "buried"
kind = "conditional"
concern = "disclosure-buried"
terms = "employer"
level = "warning"
buried = true
lesson = "comment"
message = "m"
explanation = "e"
with_any = ["brilliant"]
"#;
        let rules = RuleSet::parse("en", "test", &format!("{praise}{buried}")).unwrap();
        let ids = |draft: &str| rule_ids_with(&rules, draft);
        let story = " #homecare #nursing #winter #family";
        for disclosure in [
            " Proud to work at Acme Care.",
            " I have been working here for Acme Care.",
        ] {
            let draft = format!("CareConnect is brilliant.{story}{disclosure}");
            assert_eq!(ids(&draft), ["buried"], "{draft}");
        }
        let listed = format!("{praise}{buried}unless = [\"i work at {{employer}}\"]\n");
        let problems = RuleSet::parse("en", "test", &listed).unwrap_err();
        assert!(
            problems.iter().any(|p| p.message.contains("buried")),
            "{problems:?}"
        );
    }

    fn rule_ids(draft: &str) -> Vec<String> {
        rule_ids_with(&rules_for_reach_and_near(), draft)
    }

    fn findings(rules: &RuleSet, policy: &Policy, draft: &str) -> Vec<Finding> {
        check_as(draft, rules, policy, Platform::Linkedin, TextKind::Comment).findings
    }

    /// Each finding's rule and the words it points at.
    fn excerpts(rules: &RuleSet, policy: &Policy, draft: &str) -> Vec<(String, String)> {
        findings(rules, policy, draft)
            .into_iter()
            .map(|f| (f.rule, f.excerpt))
            .collect()
    }

    /// Scorers as trained ones look, with weights small enough to follow by hand.
    fn scorers() -> Model {
        Model::parse(
            r#"{"lang": "en", "trained_on": [], "scorers": [
                {"concern": "praise", "rule": "praise", "bias": -2.0, "threshold": 0.5,
                 "weights": {"w:smooth": 4.0}},
                {"concern": "venting", "rule": "aimed", "bias": -2.0, "threshold": 0.5,
                 "weights": {"w:clueless": 4.0}}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_scorer_flags_what_no_list_names_where_its_rule_may_find_something() {
        let mut rules = rules_for_reach_and_near();
        let found = |rules: &RuleSet, draft: &str| excerpts(rules, &Policy::example(), draft);
        let praise = "Honestly, CareConnect runs so smooth these days.";
        let venting = "Management is clueless again. Sigh.";
        assert_eq!(found(&rules, praise), [], "no rule lists these words");
        assert_eq!(found(&rules, venting), []);
        rules.model = Some(scorers());
        // Praise points at the employer's name, venting at its sentence, each as the
        // rule it speaks as.
        assert_eq!(
            found(&rules, praise),
            [("praise".to_owned(), "CareConnect".to_owned())]
        );
        assert_eq!(
            found(&rules, venting),
            [("aimed".to_owned(), "Management is clueless again.".to_owned())]
        );
        // What the rule lets pass, the scorer does too: praise with a disclosure, praise
        // of no employer, and contempt aimed at nobody at work.
        assert_eq!(found(&rules, &format!("I work at Acme Care. {praise}")), []);
        assert_eq!(found(&rules, "The new tram runs so smooth these days."), []);
        assert_eq!(found(&rules, "Clueless about the weather again. Sigh."), []);
        // Praise is looked for in a sentence that names the employer: where the rule
        // excuses that sentence (a wish), a smooth tram in the next is no praise of it.
        assert_eq!(
            found(
                &rules,
                "Wishing everyone at Acme Care a smooth new year! The tram runs so smooth these days."
            ),
            []
        );
        // The employer without its name counts as it does for the rule, and only when
        // the policy names an employer: otherwise there is nobody to disclose.
        let unnamed = "Our new app runs so smooth these days.";
        assert_eq!(
            found(&rules, unnamed),
            [("praise".to_owned(), "Our new app".to_owned())]
        );
        let without_employer = check_as(
            unnamed,
            &rules,
            &Policy::default(),
            Platform::Linkedin,
            TextKind::Comment,
        );
        assert_eq!(without_employer.findings, []);
    }

    #[test]
    fn a_sure_scorer_needs_no_list_of_targets_and_praise_without_the_name_needs_a_we() {
        let mut rules = rules_for_reach_and_near();
        rules.we = vec!["we".to_owned(), "our".to_owned()];
        let mut model = scorers();
        model.scorers[0].sure = Some(0.8);
        model.scorers[1].weights.insert("w:hopeless".to_owned(), 6.0);
        model.scorers[1].sure = Some(0.95);
        rules.model = Some(model);
        let found = |draft: &str, policy: &Policy| excerpts(&rules, policy, draft);
        let example = Policy::example();
        // Sure (0.88 over 0.8): praise where the writer says "we", at that sentence…
        let ours = "Honestly? We run so smooth these days.";
        assert_eq!(
            found(ours, &example),
            [("praise".to_owned(), "We run so smooth these days.".to_owned())]
        );
        // …but not praise of no one of ours, nor when no employer is named in the policy.
        assert_eq!(found("The new tram runs so smooth these days.", &example), []);
        assert_eq!(found(ours, &Policy::default()), []);
        // A disclosure holds whatever the scorer says.
        assert_eq!(found(&format!("I work at Acme Care. {ours}"), &example), []);
        // Venting the rule's targets do not name: flagged where the scorer is sure
        // (0.98), not where it merely leans (0.88 under 0.95).
        assert_eq!(
            found("Hopeless, the lot of them. Sigh.", &example),
            [("aimed".to_owned(), "Hopeless, the lot of them.".to_owned())]
        );
        assert_eq!(found("Clueless about the weather again. Sigh.", &example), []);
    }

    #[test]
    fn what_a_rule_finds_and_its_scorer_doubts_is_a_warning() {
        let mut rules = rules_for_reach_and_near();
        let level = |rules: &RuleSet, draft: &str| -> Vec<(String, Level)> {
            findings(rules, &Policy::example(), draft)
                .into_iter()
                .map(|f| (f.rule, f.level))
                .collect()
        };
        let draft = "Acme Care has a brilliant new ward.";
        assert_eq!(level(&rules, draft), [("praise".to_owned(), Level::Error)]);
        let mut model = scorers();
        model.scorers[0].doubt = Some(0.2);
        rules.model = Some(model);
        // The praise scorer gives it 0.12 (nothing it weighs is there): under its doubt.
        assert_eq!(level(&rules, draft), [("praise".to_owned(), Level::Warning)]);
        // Where the scorer leans to praise too, it stays an error.
        assert_eq!(
            level(&rules, "Acme Care has a brilliant new ward, so smooth."),
            [("praise".to_owned(), Level::Error)]
        );
    }

    #[test]
    fn a_name_inside_an_address_is_not_the_name() {
        let draft = "Mail info@acmecare.example or see https://acmecare.example/jobs, www.acmecare.example and @acmecare";
        let at = |from: usize| {
            let start = draft[from..].find("acmecare").unwrap() + from;
            start..start + "acmecare".len()
        };
        assert!(in_address(draft, &at(0)));
        assert!(in_address(draft, &at(30)));
        assert!(in_address(draft, &at(62)));
        // A page tagged with its name is the name.
        assert!(!in_address(draft, &at(draft.rfind('@').unwrap())));
        assert!(!in_address("Acme Care is brilliant", &(0..4)));
    }

    #[test]
    fn praise_in_a_sentence_the_rule_excepts_is_not_praise() {
        assert_eq!(rule_ids("Acme Care has a brilliant new ward."), ["praise"]);
        assert!(rule_ids("Wishing everyone at Acme Care a brilliant new year!").is_empty());
        // Only in its own sentence: the wish does not excuse the praise next to it.
        assert_eq!(
            rule_ids("Wishing you all a good weekend. Acme Care is brilliant."),
            ["praise"]
        );
    }

    #[test]
    fn praise_reaches_the_next_sentence_unless_it_praises_someone_else() {
        assert_eq!(
            rule_ids("We moved to CareConnect. Brilliant, honestly."),
            ["praise"]
        );
        assert_eq!(
            rule_ids("Brilliant! We moved to CareConnect last week."),
            ["praise"]
        );
        // Two sentences away is out of reach.
        assert!(rule_ids("Brilliant. Sunny day. We moved to CareConnect.").is_empty());
        // Praise of the post is not praise of the employer…
        assert!(rule_ids("Great post! We moved to CareConnect last year.").is_empty());
        // …nor is praise of someone named after the full stop.
        assert!(rule_ids("We moved to CareConnect. @Ann brilliant write-up.").is_empty());
        // …unless it is in the very sentence that names it.
        assert_eq!(rule_ids("Great post, and CareConnect is great too."), ["praise"]);
        assert!(rule_ids("I work at Acme Care. We moved to CareConnect. Brilliant.").is_empty());
        // A disclosure in words no phrase lists.
        assert!(rule_ids("Worked in sales at Acme Care for years: CareConnect is brilliant.").is_empty());
    }

    #[test]
    fn a_name_of_several_words_is_found_written_as_one() {
        for draft in [
            "Brilliant, as always: #AcmeCare",
            "Brilliant, thanks @AcmeCare",
            "Brilliant, #AcmePlanner",
        ] {
            assert_eq!(rule_ids(draft), ["praise"], "{draft}");
        }
    }

    #[test]
    fn praise_on_the_next_line_is_the_next_sentence() {
        assert_eq!(
            rule_ids("We moved to CareConnect.\nBrilliant, honestly."),
            ["praise"]
        );
        assert_eq!(
            rule_ids("We moved to CareConnect.\n\nBrilliant, honestly."),
            ["praise"]
        );
    }

    #[test]
    fn two_rules_seeing_the_same_words_as_one_concern_give_one_finding() {
        let rule = |id: &str, level: &str, token: &str| {
            format!(
                "[[rule]]\nid = \"{id}\"\nkind = \"existence\"\nlevel = \"{level}\"\n\
                 concern = \"venting\"\nlesson = \"comment\"\nmessage = \"m\"\n\
                 explanation = \"e\"\ntokens = [\"{token}\"]\n\n"
            )
        };
        let text = [
            rule("older", "warning", "an idiot"),
            rule("newer", "error", "idiot"),
            rule("newest", "error", "boss is an idiot"),
        ]
        .concat();
        let rules = RuleSet::parse("en", "test", &text).unwrap();
        let found = verdict_with(&rules, "My boss is an idiot. Such an idiot.");
        let seen: Vec<(&str, &str)> = found
            .findings
            .iter()
            .map(|f| {
                (
                    f.rule.as_str(),
                    &"My boss is an idiot. Such an idiot."[f.span.clone()],
                )
            })
            .collect();
        // Errors outrank the warning; of the errors, the one listed first stays.
        assert_eq!(seen, [("newer", "idiot"), ("newer", "idiot")], "{seen:?}");
    }

    #[test]
    fn praise_points_at_the_longest_name_found_there() {
        let draft = "Switched to Acme Planner. Brilliant.";
        let found = verdict_with(&rules_for_reach_and_near(), draft);
        let praise = found.findings.iter().find(|f| f.rule == "praise").unwrap();
        assert_eq!(&draft[praise.span.clone()], "Acme Planner");
    }

    #[test]
    fn a_finding_points_at_words_not_at_the_space_before_them() {
        // The Hebrew patterns match the character before a word as its boundary.
        let rules = RuleSet::load(None, "he").unwrap();
        let draft = "רוצים מקרר טוב? אף אחד לא מתקרב למחירים שלנו 💪";
        let found = findings(&rules, &Policy::example(), draft);
        assert!(!found.is_empty());
        for finding in found {
            assert_eq!(finding.excerpt, finding.excerpt.trim(), "{finding:?}");
            assert_eq!(&draft[finding.span.clone()], finding.excerpt);
        }
    }

    #[test]
    fn a_word_counts_only_near_what_it_must_be_aimed_at() {
        assert_eq!(rule_ids("Honestly, management is useless."), ["aimed"]);
        assert!(rule_ids("This charger is useless. Management agrees.").is_empty());
        // `except` now holds for phrases too, not only for patterns.
        assert!(rule_ids("HR is not useless, they helped me a lot.").is_empty());
    }

    #[test]
    fn odd_drafts_never_panic() {
        let fragments = [
            "İ",
            "ß",
            "e\u{301}",
            "\u{1F468}\u{200D}\u{1F469}",
            "\u{1F1F3}\u{1F1F1}",
            "字",
            "\r\n",
            "\n",
            " ",
            "@",
            "@a@b.c",
            "#",
            "#x",
            "http://",
            "https://a.co/(",
            "a.com",
            "0",
            "+31 6",
            "NL91",
            "ABNA",
            "\u{202E}",
            "\u{1b}[31m",
            "'",
            "\u{2019}",
            "…",
            ".",
            "BOSS",
            "my boss is",
            "idiot",
            "CareConnect",
            "amazing",
            "\u{0}",
        ];
        let rule_sets: Vec<RuleSet> = crate::lang::Language::CODES
            .iter()
            .map(|l| RuleSet::embedded(l).unwrap())
            .collect();
        let policy = Policy::example();
        let mut seed: u64 = 42;
        for _ in 0..400 {
            let mut draft = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                draft.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            for rules in &rule_sets {
                for platform in Platform::ALL {
                    let found = check_as(&draft, rules, &policy, platform, TextKind::Comment);
                    for finding in &found.findings {
                        assert!(
                            draft.is_char_boundary(finding.span.start)
                                && draft.is_char_boundary(finding.span.end)
                        );
                        assert!(finding.span.end <= draft.len());
                    }
                }
            }
        }
    }
}
