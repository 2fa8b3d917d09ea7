//! The eight steps of the journey, in the order the method teaches them.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Welcome,
    Strategy,
    Profiles,
    Monitoring,
    Reading,
    Communities,
    Comment,
    Next,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Welcome,
        Step::Strategy,
        Step::Profiles,
        Step::Monitoring,
        Step::Reading,
        Step::Communities,
        Step::Comment,
        Step::Next,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Strategy => "strategy",
            Step::Profiles => "profiles",
            Step::Monitoring => "monitoring",
            Step::Reading => "reading",
            Step::Communities => "communities",
            Step::Comment => "comment",
            Step::Next => "next",
        }
    }

    /// The step's name in the learner's language ("Monitoring", "Monitoren").
    pub fn name(self) -> String {
        match self {
            Step::Welcome => crate::t!("step-welcome"),
            Step::Strategy => crate::t!("step-strategy"),
            Step::Profiles => crate::t!("step-profiles"),
            Step::Monitoring => crate::t!("step-monitoring"),
            Step::Reading => crate::t!("step-reading"),
            Step::Communities => crate::t!("step-communities"),
            Step::Comment => crate::t!("step-comment"),
            Step::Next => crate::t!("step-next"),
        }
    }

    /// 1-based position, for "step 3 of 8".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn parse(text: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
