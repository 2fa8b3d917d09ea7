//! The learner's strategy: the organisation's goals, the audience and their own why.

use serde::{Deserialize, Serialize};

/// Why the organisation is on social media at all; keywords and communities follow from it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Recruitment,
    EmployerBranding,
    MarketingSales,
    CustomerCare,
    ThoughtLeadership,
    KnowledgeSharing,
}

impl Goal {
    pub const ALL: [Goal; 6] = [
        Goal::Recruitment,
        Goal::EmployerBranding,
        Goal::MarketingSales,
        Goal::CustomerCare,
        Goal::ThoughtLeadership,
        Goal::KnowledgeSharing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Goal::Recruitment => "recruitment",
            Goal::EmployerBranding => "employer-branding",
            Goal::MarketingSales => "marketing-sales",
            Goal::CustomerCare => "customer-care",
            Goal::ThoughtLeadership => "thought-leadership",
            Goal::KnowledgeSharing => "knowledge-sharing",
        }
    }

    /// The goal in words, from the message catalog.
    pub fn label(self) -> String {
        match self {
            Goal::Recruitment => crate::t!("goal-recruitment"),
            Goal::EmployerBranding => crate::t!("goal-employer-branding"),
            Goal::MarketingSales => crate::t!("goal-marketing-sales"),
            Goal::CustomerCare => crate::t!("goal-customer-care"),
            Goal::ThoughtLeadership => crate::t!("goal-thought-leadership"),
            Goal::KnowledgeSharing => crate::t!("goal-knowledge-sharing"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strategy {
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}
