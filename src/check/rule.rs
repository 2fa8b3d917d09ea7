//! A rule as a trainer writes it in `lessons/<lang>/rules.toml`, modelled on the kinds
//! of prose linters such as Vale: existence, substitution, occurrence, conditional and
//! capitalization. Loading turns these into compiled rules (see `ruleset.rs`).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// How much a finding matters. Only errors make `drempel check` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Suggestion,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Suggestion => "suggestion",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kinds of rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Words, phrases or patterns that must not appear.
    Existence,
    /// Phrases with a better way to say them.
    Substitution,
    /// Too many or too few of something: characters, hashtags, mentions, words.
    Occurrence,
    /// Mentioning one thing requires another: the employer requires the disclosure.
    Conditional,
    /// Words written in capitals: shouting.
    Capitalization,
    /// Found by a learned scorer only (`model.json`, see `model.rs`): the rule gives the
    /// scorer's findings their message, level, concern and lesson.
    Learned,
}

/// What an occurrence rule counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The draft's length, counted the platform's way, against the platform's limit.
    Length,
    Hashtags,
    Mentions,
    /// Words outside links, when the draft has a link: a bare link says nothing.
    WordsBesidesLinks,
}

/// Extra validation of a pattern's match, for patterns that alone would flag too much.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Validator {
    /// An IBAN whose length fits its country and whose mod-97 checksum holds.
    Iban,
    /// 9 to 15 digits and not a date.
    Phone,
}

/// Lists of words taken from the organisation policy rather than from the rule file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyTerms {
    /// The policy's confidential terms.
    Confidential,
    /// The employer's name and its products.
    Employer,
}

/// One rule as written. Which fields a rule needs depends on its kind; loading reports
/// a field that does not belong, with its line.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: Spanned<String>,
    pub kind: Kind,
    pub level: Level,
    /// What its findings are about, as the learner reads it (praise, venting, hint…);
    /// the learner sees its name and fix in their own language. (`kind` is the rule's
    /// way of looking, above.)
    #[serde(default)]
    pub concern: super::Concern,
    /// The lesson that teaches this: a lesson id such as `comment`.
    pub lesson: String,
    /// One line saying what is wrong. May use `{match}`, `{suggestion}`, `{count}`,
    /// `{max}`, `{min}`, `{used}`, `{limit}`, `{platform}`, and the policy's `{employer}`
    /// and `{tag}` (its disclosure), so a fix can name them.
    pub message: String,
    /// Why it matters, for a nervous newcomer.
    pub explanation: String,

    /// existence: phrases, matched case-insensitively on word boundaries.
    #[serde(default)]
    pub tokens: Vec<String>,
    /// existence: regular expressions, case-insensitive, run on the draft in lower case
    /// with curly apostrophes made straight and runs of spaces made one. A group named
    /// `m` marks the part to highlight.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// existence: regular expressions that, found in the same sentence as a match, show
    /// it is harmless (a negation, an idiom, a technical sense).
    #[serde(default)]
    pub except: Vec<String>,
    /// existence: regular expressions of which one must occur somewhere in the draft for
    /// a match to count (a hint is about the employer: "we", "our", its name).
    /// `{employer}` stands for the employer's name and products.
    #[serde(default)]
    pub requires: Vec<String>,
    /// existence: regular expressions of which one must occur in the same sentence as a
    /// match for it to count: an evaluation word counts when it is aimed at someone
    /// ("useless" near "management"). `{employer}` as in `requires`.
    #[serde(default)]
    pub near: Vec<String>,
    /// existence: a check every pattern match must pass.
    #[serde(default)]
    pub validate: Option<Validator>,
    /// existence: phrases from the policy instead of (or besides) `tokens`;
    /// conditional: the policy terms whose mention requires the disclosure.
    #[serde(default)]
    pub terms: Option<PolicyTerms>,

    /// substitution: phrase to avoid = what to say instead.
    #[serde(default)]
    pub swap: BTreeMap<String, String>,

    /// occurrence: what to count.
    #[serde(default)]
    pub scope: Option<Scope>,
    #[serde(default)]
    pub min: Option<usize>,
    #[serde(default)]
    pub max: Option<usize>,
    /// occurrence: another maximum on some platforms (Mastodon lives on hashtags).
    #[serde(default)]
    pub max_for: BTreeMap<crate::platform::Platform, usize>,

    /// conditional: the mention only counts when one of these words is in the same
    /// sentence (praise). Empty: every mention counts.
    #[serde(default)]
    pub with_any: Vec<String>,
    /// conditional: regular expressions that stand for the employer without naming it
    /// ("our new clinic", "our app"): they need the disclosure just like its name.
    #[serde(default)]
    pub mentions: Vec<String>,
    /// conditional: phrases that disclose the relation, besides the policy's disclosure
    /// tag. `{employer}` stands for the employer's name.
    #[serde(default)]
    pub unless: Vec<String>,
    /// conditional: regular expressions that disclose the relation in words a phrase
    /// cannot list ("werk sinds maart bij {employer}", "bin selber an der {employer}
    /// angestellt"); `{employer}` stands for the employer's names.
    #[serde(default)]
    pub unless_patterns: Vec<String>,
    /// conditional: how many sentences before or after a mention its praise may stand in
    /// ("We switched to CareConnect. Best decision ever."). 0: the same sentence only.
    #[serde(default)]
    pub reach: usize,
    /// conditional: regular expressions that show a sentence praises someone else (the
    /// post, its writer, a speaker): its praise counts only for a mention in that very
    /// sentence, never for one `reach` sentences away.
    #[serde(default)]
    pub about_others: Vec<String>,

    /// conditional: instead of a missing disclosure, flag one that comes only after the
    /// praise and a row of hashtags, where most readers never get to it. Such a rule
    /// lists no disclosures of its own: it reads those of the rule that asks for one
    /// (the same `terms`, not buried), so that a disclosure is one wherever it stands.
    #[serde(default)]
    pub buried: bool,

    /// capitalization: a run of this many words in capitals is shouting…
    #[serde(default)]
    pub min_words: Option<usize>,
    /// …and so is a run with this many capital letters.
    #[serde(default)]
    pub min_letters: Option<usize>,

    /// Drafts this rule must flag; `drempel lessons check` verifies them.
    #[serde(default)]
    pub must_flag: Vec<String>,
    /// Drafts this rule must leave alone.
    #[serde(default)]
    pub must_pass: Vec<String>,
}

/// A rules file: the rules, the kind, ordinary comments that must pass without errors,
/// and the language's words for "we", the titles before a person's name and, per
/// concern, the ways of framing a draft as something else ("not blaming anyone", "just
/// to clarify").
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    #[serde(default)]
    pub ordinary_comments: Vec<String>,
    /// The words by which a writer speaks of their own organisation ("we", "our",
    /// "unsere", "שלנו"): a learned scorer reads a sentence with one as about "us".
    #[serde(default)]
    pub we: Vec<String>,
    /// The words that stand before a person's name ("Mrs", "Herr", "מר"): the employer's
    /// name right after one is that person, not the organisation named after them
    /// ("Happy birthday, Frau Auerbach!").
    #[serde(default)]
    pub titles: Vec<String>,
    /// Per concern, what a writer says to frame the draft as something else: "I'm not
    /// blaming anyone" (not venting), "just to clarify" (a correction, not praise).
    /// What only that concern's scorer reads, in a draft that says one of these, is a
    /// judgement call: a warning. What a rule finds is unchanged ("No offence, but HR
    /// are clowns").
    #[serde(default)]
    pub disclaimers: BTreeMap<super::Concern, Vec<String>>,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Spanned<RuleDef>>,
}
