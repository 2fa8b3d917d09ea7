//! Scorers learned from the corpora (`lessons/<lang>/model.json`): for praise, venting
//! and hints, a weight per feature of a draft (see `engine/features.rs`) that together
//! say how likely the draft is one. The rules catch what their lists name; a scorer
//! catches the drafts that say the same in words no list has, because it weighs
//! everything the draft says at once: "our", the employer's name, a stem that leans
//! warm or bitter, an emoji, the words of the sentences about the employer. Trained by
//! `cargo run --release --example train_check_model` (see `training.rs`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Concern;
use super::engine::Feature;

/// The file next to a language's rules.
pub const MODEL_FILE: &str = "model.json";

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub lang: String,
    /// The corpus files it learned from.
    pub trained_on: Vec<String>,
    pub scorers: Vec<Scorer>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorer {
    pub concern: Concern,
    /// The rule whose message, level and lesson its finding carries.
    pub rule: String,
    pub bias: f32,
    /// A draft scoring at least this is flagged.
    pub threshold: f32,
    /// From this probability on, the scorer flags even where its rule's `requires` and
    /// `near` do not hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sure: Option<f32>,
    /// Under this probability, what its rules find is a judgement call: a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doubt: Option<f32>,
    /// From this probability up to `threshold`, the scorer flags too, as a warning: a
    /// judgement call the learner makes, where an error would block a kind draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn: Option<f32>,
    /// Praise the scorer reads in a draft that names neither the employer nor its
    /// products, only "we" or "our team", is an error only from this probability, and
    /// a warning under it: "our branch shuts at 1pm on Saturday" and "our team mourns
    /// Bella" read as praise to a scorer that learned that most drafts about "us" praise
    /// it, and a reader cannot tell which employer such a draft would advertise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unnamed: Option<f32>,
    /// A scorer that flags nothing of its own but re-reads another concern's findings:
    /// from its threshold on, they become findings of its rule. The disclosure scorer
    /// amends praise: praise whose writer says they work there in words no phrase
    /// lists ("speaking as the wholesale manager") is not undisclosed, but the reader
    /// may miss it, so it is a warning that asks for it plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<Concern>,
    /// A scorer that flags nothing of its own but reads how likely the draft is one a
    /// kind, careful writer may post. From the probability given with a rule, the
    /// errors of that rule are judgement calls, shown as warnings: the rules and the
    /// other scorers read words ("not a nuisance at all", "our branch", "keep an eye
    /// on it") that this draft uses kindly, and a warning lets the learner judge
    /// instead of blocking them. A rule whose finding is seldom a judgement call
    /// (someone's diagnosis) asks for a surer reading than one that often is (praise),
    /// and rules whose finding never is (an insult aimed at someone, an IBAN, a
    /// confidential term) are not among them. It reads no concern of its own (`other`)
    /// and speaks as no rule.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub vouches: BTreeMap<String, f32>,
    pub weights: BTreeMap<String, f32>,
}

impl Model {
    pub fn parse(text: &str) -> Result<Model, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

impl Scorer {
    pub fn weight(&self, feature: &str) -> f32 {
        self.weights.get(feature).copied().unwrap_or(0.0)
    }

    /// How likely the draft with these features is one for the concern, 0 to 1.
    pub fn score(&self, features: &[Feature]) -> f32 {
        let sum: f32 = features.iter().map(|f| self.weight(&f.name)).sum();
        sigmoid(self.bias + sum)
    }
}

pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}
