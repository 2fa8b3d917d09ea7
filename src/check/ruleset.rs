//! Rules loaded from `lessons/<lang>/rules.toml` (embedded, or a trainer's folder) and
//! compiled once: every phrase of every rule into one Aho-Corasick automaton, every
//! pattern checked and made ready to compile when a draft first needs it (see
//! `lazy_regex.rs`).

use std::collections::BTreeMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};

use super::folded::fold;
use super::lazy_regex::{Gates, LazyRegex};
use super::model::{MODEL_FILE, Model};
use super::rule::{Kind, Level, PolicyTerms, RuleDef, RulesFile, Scope, Validator};
use crate::error::{Error, Result};
use crate::lessons::{BASE_LANGUAGE, Problem};
use crate::platform::Platform;
use crate::t;

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: Kind,
    pub level: Level,
    pub concern: super::Concern,
    pub lesson: String,
    pub message: String,
    pub explanation: String,
    /// The line of the rule in its file, for problems.
    pub line: usize,
    pub must_flag: Vec<String>,
    pub must_pass: Vec<String>,
    pub(crate) test: Test,
}

/// What a rule looks for, beyond the phrases that live in the shared automaton.
#[derive(Clone, Debug)]
pub(crate) enum Test {
    Existence {
        patterns: Vec<LazyRegex>,
        /// A match in a sentence where one of these is found is harmless.
        except: Vec<LazyRegex>,
        /// Patterns of which one must be in the draft; `{employer}` is kept as written
        /// and filled in per policy.
        requires: Vec<Requirement>,
        /// Patterns of which one must be in the match's sentence; as `requires`.
        near: Vec<Requirement>,
        validate: Option<Validator>,
        terms: Option<PolicyTerms>,
    },
    Substitution,
    Occurrence {
        scope: Scope,
        min: Option<usize>,
        max: Option<usize>,
        max_for: BTreeMap<Platform, usize>,
    },
    Conditional {
        terms: PolicyTerms,
        needs_praise: bool,
        /// Flags a disclosure that comes after the praise and a row of hashtags.
        buried: bool,
        /// Praise said in a pattern ("give X a try"), besides the phrases: indexes into
        /// [`RuleSet::shared`], so that a pattern two rules list is run once per draft.
        praise_patterns: Vec<usize>,
        /// The employer without its name ("our app"), likewise shared.
        mentions: Vec<usize>,
        /// Folded phrases; `{employer}` stands for the employer's name.
        unless: Vec<String>,
        /// Regexes as written, `{employer}` filled in per policy.
        unless_patterns: Vec<String>,
        /// Sentences before and after a mention where its praise still counts.
        reach: usize,
        /// Sentences that praise someone else, shared like `mentions`.
        about_others: Vec<usize>,
        /// Praise in a sentence where one of these is found is not praise (an idiom, a
        /// wish, a denial), as an existence rule's `except`.
        except: Vec<LazyRegex>,
    },
    Capitalization {
        min_words: usize,
        min_letters: usize,
    },
    /// Finds nothing itself: a learned scorer's findings speak as this rule.
    Learned,
}

/// One of an existence rule's `requires`: compiled once when it does not depend on the
/// policy, else kept as written for the employer's names to be filled in.
#[derive(Clone, Debug)]
pub(crate) enum Requirement {
    Fixed(LazyRegex),
    WithEmployer(String),
}

/// What a phrase in the shared automaton means when it matches.
#[derive(Clone, Debug)]
pub(crate) enum TokenRole {
    /// An existence rule's phrase: a finding.
    Flag { rule: usize },
    /// A substitution rule's phrase: a finding with what to say instead.
    Swap { rule: usize, suggestion: String },
    /// A conditional rule's praise word: evidence, not a finding by itself.
    Praise { rule: usize },
}

/// The rules of one language, ready to run.
#[derive(Clone, Debug)]
pub struct RuleSet {
    pub lang: String,
    /// Where the rules came from: `lessons/en/rules.toml` or a path.
    pub source: String,
    pub rules: Vec<Rule>,
    /// Kind, ordinary comments that must pass without errors.
    pub ordinary_comments: Vec<String>,
    /// The language's words for "we" and "our", folded (see `engine/features.rs`).
    pub(crate) we: Vec<String>,
    /// The titles before a person's name ("mrs", "herr"), folded.
    pub(crate) titles: Vec<String>,
    /// Per concern, the ways of framing a draft as something else ("not blaming
    /// anyone", "just to clarify"), folded.
    pub(crate) disclaimers: BTreeMap<super::Concern, Vec<String>>,
    /// Every distinct phrase once; what it means for each rule that lists it is in
    /// `token_roles`, so two rules sharing a list cost one search.
    pub(crate) tokens: Option<AhoCorasick>,
    /// The same phrases as their stems (see `stems.rs`), searched in the draft's stems
    /// so that an inflected word finds them; substitutions are left out (their
    /// suggestion fits the words as written). `None` for a language without a stemmer.
    pub(crate) stemmed_tokens: Option<AhoCorasick>,
    /// Per phrase of `tokens`: its roles, in the order the rules list them.
    pub(crate) token_roles: Vec<Vec<TokenRole>>,
    /// The conditional rules' regexes, each distinct pattern compiled once.
    pub(crate) shared: Vec<LazyRegex>,
    /// The literals the rules' patterns need, to skip those a draft cannot match.
    pub(crate) gates: Gates,
    /// The policy's searches, compiled for the last policy checked against.
    pub(crate) prepared: super::prepared::Cache,
    /// The scorers learned from the corpora (`model.json` beside the rules), if any.
    pub model: Option<Model>,
}

impl Rule {
    /// Every regular expression of the rule, those it shares with others in `rules` too.
    pub(crate) fn regexes<'a>(&'a self, rules: &'a RuleSet) -> Vec<&'a LazyRegex> {
        match &self.test {
            Test::Existence {
                patterns,
                except,
                requires,
                near,
                ..
            } => {
                let fixed = requires.iter().chain(near).filter_map(|r| match r {
                    Requirement::Fixed(regex) => Some(regex),
                    Requirement::WithEmployer(_) => None,
                });
                patterns.iter().chain(except).chain(fixed).collect()
            }
            Test::Conditional {
                praise_patterns,
                mentions,
                about_others,
                except,
                ..
            } => praise_patterns
                .iter()
                .chain(mentions)
                .chain(about_others)
                .map(|&at| &rules.shared[at])
                .chain(except)
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl RuleSet {
    /// Parses and compiles a rules file. Every problem is reported with the file and,
    /// where it has one, the line.
    pub fn parse(lang: &str, source: &str, text: &str) -> Result<RuleSet, Vec<Problem>> {
        let problem = |line: Option<usize>, message: String| Problem {
            file: source.to_owned(),
            line,
            message,
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line_of = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
        let file: RulesFile = toml::from_str(text).map_err(|e| {
            vec![problem(
                e.span().map(|s| line_of(s.start)),
                t!("rules-bad-toml", reason = e.message().trim().to_owned()),
            )]
        })?;
        let mut problems = Vec::new();
        let mut rules = Vec::with_capacity(file.rules.len());
        let mut phrases = Phrases::default();
        let mut shared = Shared::default();
        let mut gates = Gates::default();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        // The disclosures of the first rule that asks for one, per `terms`: a rule that
        // flags a buried disclosure reads these, listed once.
        let mut disclosures: BTreeMap<PolicyTerms, (Vec<String>, Vec<String>)> = BTreeMap::new();
        for def in file.rules.iter().map(|spanned| spanned.get_ref()) {
            if let (Kind::Conditional, false, Some(terms)) = (def.kind, def.buried, def.terms) {
                disclosures
                    .entry(terms)
                    .or_insert_with(|| (def.unless.clone(), def.unless_patterns.clone()));
            }
        }
        for spanned in file.rules {
            let line = line_of(spanned.span().start);
            let mut def = spanned.into_inner();
            let id = def.id.get_ref().clone();
            if def.buried {
                if !def.unless.is_empty() || !def.unless_patterns.is_empty() {
                    problems.push(problem(
                        Some(line),
                        t!("rules-buried-lists-disclosures", id = id.as_str()),
                    ));
                } else if let Some((unless, patterns)) = def.terms.and_then(|t| disclosures.get(&t)) {
                    def.unless = unless.clone();
                    def.unless_patterns = patterns.clone();
                }
            }
            if let Some(other) = seen.insert(id.clone(), line) {
                problems.push(problem(
                    Some(line),
                    t!("rules-duplicate-id", id = id.as_str(), other = other),
                ));
            }
            match compile(&def, rules.len(), &mut phrases, &mut shared, &mut gates) {
                Ok(test) => rules.push(Rule {
                    id,
                    kind: def.kind,
                    level: def.level,
                    concern: def.concern,
                    lesson: def.lesson,
                    message: def.message,
                    explanation: def.explanation,
                    line,
                    must_flag: def.must_flag,
                    must_pass: def.must_pass,
                    test,
                }),
                Err(messages) => problems.extend(
                    messages
                        .into_iter()
                        .map(|m| problem(Some(line), format!("{}: {m}", def.id.get_ref()))),
                ),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let Phrases {
            list: phrases,
            roles: token_roles,
            ..
        } = phrases;
        let tokens = if phrases.is_empty() {
            None
        } else {
            // Overlapping search: a phrase rejected for its word boundaries must not
            // hide a shorter one that fits.
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&phrases)
                    .map_err(|e| vec![problem(None, e.to_string())])?,
            )
        };
        let stemmed_tokens = match (&tokens, super::stems::stemmer(lang)) {
            (Some(_), Some(stemmer)) => {
                let stemmed: Vec<String> = phrases
                    .iter()
                    .zip(&token_roles)
                    .map(|(phrase, roles)| {
                        if roles.iter().all(|r| matches!(r, TokenRole::Swap { .. })) {
                            String::new()
                        } else {
                            super::stems::stem_phrase(&stemmer, phrase)
                        }
                    })
                    // Nothing to look for: a pattern that never occurs in stems.
                    .map(|s| if s.is_empty() { "\0".to_owned() } else { s })
                    .collect();
                Some(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .build(&stemmed)
                        .map_err(|e| vec![problem(None, e.to_string())])?,
                )
            }
            _ => None,
        };
        Ok(RuleSet {
            lang: lang.to_owned(),
            source: source.to_owned(),
            rules,
            ordinary_comments: file.ordinary_comments,
            we: folded_list(&file.we),
            titles: folded_list(&file.titles),
            disclaimers: (file.disclaimers.iter())
                .map(|(concern, phrases)| (*concern, folded_list(phrases)))
                .collect(),
            tokens,
            stemmed_tokens,
            token_roles,
            shared: shared.regexes,
            gates: {
                gates.finish();
                gates
            },
            prepared: super::prepared::Cache::default(),
            model: None,
        })
    }

    /// The embedded rules of `lang`, if drempel has them.
    pub fn embedded(lang: &str) -> Option<RuleSet> {
        let (source, text) = embedded_text(lang)?;
        // The embedded rules are verified by tests and `lessons check`.
        let mut rules =
            RuleSet::parse(lang, &source, text).unwrap_or_else(|p| panic!("embedded rules: {p:?}"));
        rules.model =
            model(None, lang).map(|(source, model)| model.unwrap_or_else(|e| panic!("{source}: {e}")));
        Some(rules)
    }

    /// The rules for `lang`: a trainer's `DIR/<lang>/rules.toml` when there is one, else
    /// the embedded ones, else English.
    pub fn load(lessons_dir: Option<&Path>, lang: &str) -> Result<RuleSet> {
        if let Some(dir) = lessons_dir {
            let path = dir.join(lang).join(RULES_FILE);
            if path.is_file() {
                let text = std::fs::read_to_string(&path).map_err(Error::io("read", &path))?;
                let mut rules = RuleSet::parse(lang, &path.display().to_string(), &text)
                    .map_err(|problems| Error::Lessons { problems })?;
                if let Some((source, model)) = model(Some(dir), lang) {
                    rules.model = Some(model.map_err(|reason| Error::Lessons {
                        problems: vec![unreadable_model(source, &reason)],
                    })?);
                }
                return Ok(rules);
            }
        }
        Ok(RuleSet::embedded(lang)
            .or_else(|| RuleSet::embedded(BASE_LANGUAGE))
            .expect("English rules are embedded"))
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.rules.iter().map(|r| r.id.as_str()).collect()
    }
}

pub const RULES_FILE: &str = "rules.toml";

/// A language's list of words or phrases as the rules read a draft (folded), without
/// the empty ones.
fn folded_list(list: &[String]) -> Vec<String> {
    list.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect()
}

/// A scorers file that cannot be read or parsed, as `lessons check` and `check` name it.
pub(crate) fn unreadable_model(file: String, reason: &str) -> Problem {
    Problem {
        file,
        line: None,
        message: t!("model-bad", reason = reason),
    }
}

/// The scorers beside the rules of `lang` (a trainer's `DIR/<lang>/model.json`, else
/// the embedded ones), with the file's name for messages; `None` when there are none.
pub(crate) fn model(
    lessons_dir: Option<&Path>,
    lang: &str,
) -> Option<(String, std::result::Result<Model, String>)> {
    match lessons_dir {
        Some(dir) => {
            let path = dir.join(lang).join(MODEL_FILE);
            if !path.is_file() {
                return None;
            }
            let model = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| Model::parse(&text));
            Some((path.display().to_string(), model))
        }
        None => {
            let file = crate::lessons::EMBEDDED.get_file(format!("{lang}/{MODEL_FILE}"))?;
            let model = file
                .contents_utf8()
                .ok_or_else(|| t!("rules-not-utf8"))
                .and_then(Model::parse);
            Some((format!("lessons/{lang}/{MODEL_FILE}"), model))
        }
    }
}

/// The embedded rules file of `lang`: its name for messages and its text.
pub(crate) fn embedded_text(lang: &str) -> Option<(String, &'static str)> {
    let file = crate::lessons::EMBEDDED.get_file(format!("{lang}/{RULES_FILE}"))?;
    Some((
        format!("lessons/{lang}/{RULES_FILE}"),
        file.contents_utf8().expect("embedded rules are UTF-8"),
    ))
}

/// The languages with embedded rules.
pub(crate) fn embedded_languages() -> Vec<String> {
    crate::lessons::EMBEDDED
        .dirs()
        .filter(|d| d.get_file(d.path().join(RULES_FILE)).is_some())
        .map(|d| d.path().display().to_string())
        .collect()
}

/// Checks that a rule has what its kind needs and nothing it does not, and compiles it.
fn compile(
    def: &RuleDef,
    index: usize,
    phrases: &mut Phrases,
    shared: &mut Shared,
    gates: &mut Gates,
) -> Result<Test, Vec<String>> {
    let mut errors = Vec::new();
    let id = def.id.get_ref();
    if !is_kebab(id) {
        errors.push(t!("rules-bad-id", id = id.as_str()));
    }
    for (field, value) in [
        ("lesson", &def.lesson),
        ("message", &def.message),
        ("explanation", &def.explanation),
    ] {
        if value.trim().is_empty() {
            errors.push(t!("rules-empty-field", field = field));
        }
    }
    // Which optional fields each kind may use.
    let used: [(&str, bool); 20] = [
        ("unless_patterns", !def.unless_patterns.is_empty()),
        ("buried", def.buried),
        ("requires", !def.requires.is_empty()),
        ("near", !def.near.is_empty()),
        ("reach", def.reach > 0),
        ("about_others", !def.about_others.is_empty()),
        ("except", !def.except.is_empty()),
        ("mentions", !def.mentions.is_empty()),
        ("tokens", !def.tokens.is_empty()),
        ("patterns", !def.patterns.is_empty()),
        ("validate", def.validate.is_some()),
        ("terms", def.terms.is_some()),
        ("swap", !def.swap.is_empty()),
        ("scope", def.scope.is_some()),
        ("min", def.min.is_some()),
        ("max", def.max.is_some() || !def.max_for.is_empty()),
        ("with_any", !def.with_any.is_empty()),
        ("unless", !def.unless.is_empty()),
        ("min_words", def.min_words.is_some()),
        ("min_letters", def.min_letters.is_some()),
    ];
    let allowed: &[&str] = match def.kind {
        Kind::Existence => &[
            "tokens", "patterns", "validate", "terms", "except", "requires", "near",
        ],
        Kind::Substitution => &["swap"],
        Kind::Occurrence => &["scope", "min", "max"],
        Kind::Conditional => &[
            "terms",
            "with_any",
            "unless",
            "unless_patterns",
            "patterns",
            "mentions",
            "buried",
            "reach",
            "about_others",
            "except",
        ],
        Kind::Capitalization => &["min_words", "min_letters"],
        Kind::Learned => &[],
    };
    let kind = format!("{:?}", def.kind).to_lowercase();
    for (field, present) in used {
        if present && !allowed.contains(&field) {
            errors.push(t!(
                "rules-field-not-for-kind",
                field = field,
                kind = kind.as_str()
            ));
        }
    }
    let mut add_phrases = |list: &mut dyn Iterator<Item = (&String, TokenRole)>, errors: &mut Vec<String>| {
        for (phrase, role) in list {
            let folded = fold(phrase);
            if folded.is_empty() {
                errors.push(t!("rules-empty-phrase"));
                continue;
            }
            phrases.add(folded, role);
        }
    };
    let test = match def.kind {
        Kind::Existence => {
            if def.tokens.is_empty() && def.patterns.is_empty() && def.terms.is_none() {
                errors.push(t!("rules-existence-needs"));
            }
            if def.validate.is_some() && def.patterns.is_empty() {
                errors.push(t!("rules-validate-needs-patterns"));
            }
            if def.terms == Some(PolicyTerms::Employer) {
                errors.push(t!("rules-employer-is-conditional"));
            }
            add_phrases(
                &mut def.tokens.iter().map(|t| (t, TokenRole::Flag { rule: index })),
                &mut errors,
            );
            Test::Existence {
                patterns: regexes(&def.patterns, Some(gates), &mut errors),
                except: regexes(&def.except, None, &mut errors),
                requires: requirements(&def.requires, &mut errors),
                near: requirements(&def.near, &mut errors),
                validate: def.validate,
                terms: def.terms,
            }
        }
        Kind::Substitution => {
            if def.swap.is_empty() {
                errors.push(t!("rules-substitution-needs"));
            }
            add_phrases(
                &mut def.swap.iter().map(|(avoid, instead)| {
                    (
                        avoid,
                        TokenRole::Swap {
                            rule: index,
                            suggestion: instead.clone(),
                        },
                    )
                }),
                &mut errors,
            );
            Test::Substitution
        }
        Kind::Occurrence => {
            let scope = def.scope.unwrap_or(Scope::Length);
            if def.scope.is_none() {
                errors.push(t!("rules-occurrence-needs-scope"));
            }
            let needs_bound = !matches!(scope, Scope::Length);
            if needs_bound && def.min.is_none() && def.max.is_none() {
                errors.push(t!("rules-occurrence-needs-bound"));
            }
            Test::Occurrence {
                scope,
                min: def.min,
                max: def.max,
                max_for: def.max_for.clone(),
            }
        }
        Kind::Conditional => {
            let Some(terms) = def.terms else {
                errors.push(t!("rules-conditional-needs-terms"));
                return Err(errors);
            };
            add_phrases(
                &mut def
                    .with_any
                    .iter()
                    .map(|w| (w, TokenRole::Praise { rule: index })),
                &mut errors,
            );
            Test::Conditional {
                terms,
                needs_praise: !def.with_any.is_empty() || !def.patterns.is_empty(),
                buried: def.buried,
                praise_patterns: shared.add(&def.patterns, gates, &mut errors),
                mentions: shared.add(&def.mentions, gates, &mut errors),
                unless: def
                    .unless
                    .iter()
                    .map(|u| fold(u))
                    .filter(|u| !u.is_empty())
                    .collect(),
                unless_patterns: {
                    // Checked with a stand-in name so that a bad one is reported on load.
                    let filled: Vec<String> = def
                        .unless_patterns
                        .iter()
                        .map(|p| fill_employer(p, &["acme"]))
                        .collect();
                    regexes(&filled, None, &mut errors);
                    def.unless_patterns.clone()
                },
                reach: def.reach,
                about_others: shared.add(&def.about_others, gates, &mut errors),
                except: regexes(&def.except, None, &mut errors),
            }
        }
        Kind::Capitalization => Test::Capitalization {
            min_words: def.min_words.unwrap_or(3),
            min_letters: def.min_letters.unwrap_or(12),
        },
        Kind::Learned => Test::Learned,
    };
    if errors.is_empty() { Ok(test) } else { Err(errors) }
}

/// `requires` or `near` compiled: checked here with a stand-in name, so a bad pattern is
/// reported at load time with its rule; one without the name is kept compiled.
fn requirements(written: &[String], errors: &mut Vec<String>) -> Vec<Requirement> {
    let filled: Vec<String> = written.iter().map(|r| fill_employer(r, &["acme"])).collect();
    let compiled = regexes(&filled, None, errors);
    if compiled.len() != written.len() {
        return Vec::new();
    }
    written
        .iter()
        .zip(compiled)
        .map(|(written, regex)| {
            if written.contains("{employer}") {
                Requirement::WithEmployer(written.clone())
            } else {
                Requirement::Fixed(regex)
            }
        })
        .collect()
}

/// The phrases of all rules for the shared automaton, each distinct phrase once with
/// every role it has.
#[derive(Default)]
struct Phrases {
    list: Vec<String>,
    roles: Vec<Vec<TokenRole>>,
    index: std::collections::HashMap<String, usize>,
}

impl Phrases {
    fn add(&mut self, folded: String, role: TokenRole) {
        let at = *self.index.entry(folded.clone()).or_insert_with(|| {
            self.list.push(folded);
            self.roles.push(Vec::new());
            self.list.len() - 1
        });
        self.roles[at].push(role);
    }
}

/// The conditional rules' regexes, each distinct pattern compiled once.
#[derive(Default)]
struct Shared {
    regexes: Vec<LazyRegex>,
    index: std::collections::HashMap<String, usize>,
}

impl Shared {
    /// The indexes of `patterns`, compiling those not seen before.
    fn add(&mut self, patterns: &[String], gates: &mut Gates, errors: &mut Vec<String>) -> Vec<usize> {
        let mut out = Vec::with_capacity(patterns.len());
        for pattern in patterns {
            if let Some(at) = self.index.get(pattern) {
                out.push(*at);
                continue;
            }
            if let Some(regex) = regexes(std::slice::from_ref(pattern), Some(gates), errors).pop() {
                self.regexes.push(regex);
                self.index.insert(pattern.clone(), self.regexes.len() - 1);
                out.push(self.regexes.len() - 1);
            }
        }
        out
    }
}

/// A pattern with `{employer}` replaced by the names, escaped, as one alternation
/// (a pattern that never matches when there are none).
pub(crate) fn fill_employer(pattern: &str, names: &[&str]) -> String {
    if !pattern.contains("{employer}") {
        return pattern.to_owned();
    }
    let names: Vec<String> = names
        .iter()
        .map(|n| fold(n))
        .filter(|n| !n.is_empty())
        .map(|n| regex::escape(&n))
        .collect();
    let alternation = if names.is_empty() {
        "[^\\s\\S]".to_owned()
    } else {
        format!("(?:{})", names.join("|"))
    };
    pattern.replace("{employer}", &alternation)
}

/// A rule's regular expressions, their syntax checked (by the parser, so that error
/// positions match the pattern as written); with `gates`, a draft is searched with one
/// only when it has one of the literals the pattern needs.
fn regexes(patterns: &[String], mut gates: Option<&mut Gates>, errors: &mut Vec<String>) -> Vec<LazyRegex> {
    let mut out = Vec::with_capacity(patterns.len());
    for pattern in patterns {
        let regex = match gates.as_deref_mut() {
            Some(gates) => LazyRegex::new(pattern, gates),
            None => LazyRegex::ungated(pattern),
        };
        match regex {
            Ok(regex) => out.push(regex),
            Err(e) => errors.push(t!("rules-bad-pattern", pattern = pattern.as_str(), reason = e)),
        }
    }
    out
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
