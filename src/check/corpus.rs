//! A corpus of labelled drafts (`tests/corpus/…/<lang>.toml`): an example policy and
//! drafts, each with what the check must make of it. The corpus tests measure the
//! check on them, and the scorers of `model.rs` are trained on them.

use std::path::Path;

use serde::Deserialize;

use super::policy::Policy;

/// What a draft in a corpus is: the concern it must be flagged for, or a pass.
pub const CATEGORIES: [&str; 10] = [
    "praise",
    "venting",
    "hint",
    "confidential",
    "personal",
    "patient",
    "buried",
    "shouting",
    "pass",
    "disclosed",
];

pub struct Corpus {
    pub policy: Policy,
    pub cases: Vec<Case>,
}

#[derive(Deserialize)]
pub struct Case {
    pub text: String,
    /// One of [`CATEGORIES`].
    pub expect: String,
    #[serde(default)]
    pub why: Option<String>,
}

#[derive(Deserialize)]
struct File {
    policy: toml::Table,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

impl Corpus {
    /// Reads a corpus file; its policy goes through the parser a learner's policy file
    /// goes through. `None` when there is no such file. Only developers read corpora
    /// (the tests and the trainer), so the error is a plain English sentence.
    pub fn load(path: &Path) -> Result<Option<Corpus>, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let bad = |reason: String| format!("{}: {reason}", path.display());
        let file: File = toml::from_str(&text).map_err(|e| bad(e.message().to_owned()))?;
        let policy = toml::to_string(&file.policy).map_err(|e| bad(e.to_string()))?;
        let policy = Policy::parse(&policy).map_err(|e| bad(e.to_string()))?;
        if let Some(case) = file
            .cases
            .iter()
            .find(|c| !CATEGORIES.contains(&c.expect.as_str()))
        {
            return Err(bad(format!(
                "unknown category {:?} for {:?}",
                case.expect, case.text
            )));
        }
        Ok(Some(Corpus {
            policy,
            cases: file.cases,
        }))
    }
}
