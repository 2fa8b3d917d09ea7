//! What the check found in a draft, and the count against the platform's limit.

use std::ops::Range;

use serde::Serialize;

use super::count::{Count, TextKind};
use super::rule::Level;
use crate::platform::Platform;

/// One thing the check noticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's id, as `--accept RULE=REASON` names it.
    pub rule: String,
    pub level: Level,
    /// What it is about (praise, venting…), from the rule.
    pub kind: super::Concern,
    pub message: String,
    pub explanation: String,
    /// What to do about it, in the learner's language, naming the policy's employer and
    /// disclosure where the fix needs them.
    pub fix: String,
    /// The lesson to read: `drempel lessons show <lesson>`.
    pub lesson: String,
    /// Byte range in the draft.
    pub span: Range<usize>,
    /// The words of the draft the finding is about.
    pub excerpt: String,
    /// Why the learner accepted this finding on purpose; an accepted finding stays
    /// visible but no longer counts.
    pub accepted: Option<String>,
}

impl Finding {
    pub fn counts(&self) -> bool {
        self.accepted.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The language whose rules were used.
    pub lang: String,
    pub platform: Platform,
    pub kind: TextKind,
    pub findings: Vec<Finding>,
    pub count: Count,
}

impl Verdict {
    fn at(&self, level: Level) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.level == level && f.counts())
    }

    /// Errors not accepted: these block posting.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.at(Level::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.at(Level::Warning)
    }

    pub fn suggestions(&self) -> impl Iterator<Item = &Finding> {
        self.at(Level::Suggestion)
    }

    /// No errors remain.
    pub fn passed(&self) -> bool {
        self.errors().next().is_none()
    }

    /// Accepts every finding of `rule` with `reason`; returns how many there were.
    pub fn accept(&mut self, rule: &str, reason: &str) -> usize {
        let mut accepted = 0;
        for finding in self.findings.iter_mut().filter(|f| f.rule == rule) {
            finding.accepted = Some(reason.to_owned());
            accepted += 1;
        }
        accepted
    }
}
