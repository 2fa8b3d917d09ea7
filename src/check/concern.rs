//! What a finding is about, in the words a newcomer uses: praise without disclosure,
//! venting, a hint at news… Rules name it (`concern` in rules.toml); the learner reads
//! its name and the fix in their own language, whatever the draft's language.

use serde::{Deserialize, Serialize};

use crate::t;

/// The kind of a finding, as a newcomer would name it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    /// Praise of the employer or its products without saying one works there.
    Praise,
    /// A disclosure that comes only after the praise and a row of hashtags or a long text.
    DisclosureBuried,
    /// A disclosure in words a reader may not take for one ("speaking as the wholesale
    /// manager"): praise that says the writer works there, but not plainly.
    DisclosureUnclear,
    /// Insults and complaints about colleagues, managers, clients.
    Venting,
    /// A hint at news that is not public yet.
    Hint,
    /// One of the policy's confidential terms.
    Confidential,
    /// Contact or bank details: an e-mail address, a phone number, an IBAN.
    Personal,
    /// A patient's, client's or applicant's private details.
    Patient,
    Shouting,
    /// Over the platform's limit.
    Length,
    Hashtags,
    Mentions,
    /// A link with hardly any words of one's own.
    BareLink,
    /// A way of saying something that undersells it or leaves readers out.
    Wording,
    /// A trainer's rule that names no concern.
    #[default]
    Other,
}

impl Concern {
    pub const ALL: [Concern; 15] = [
        Concern::Praise,
        Concern::DisclosureBuried,
        Concern::DisclosureUnclear,
        Concern::Venting,
        Concern::Hint,
        Concern::Confidential,
        Concern::Personal,
        Concern::Patient,
        Concern::Shouting,
        Concern::Length,
        Concern::Hashtags,
        Concern::Mentions,
        Concern::BareLink,
        Concern::Wording,
        Concern::Other,
    ];

    /// The id used in rules.toml, the JSON output and the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            Concern::Praise => "praise",
            Concern::DisclosureBuried => "disclosure-buried",
            Concern::DisclosureUnclear => "disclosure-unclear",
            Concern::Venting => "venting",
            Concern::Hint => "hint",
            Concern::Confidential => "confidential",
            Concern::Personal => "personal",
            Concern::Patient => "patient",
            Concern::Shouting => "shouting",
            Concern::Length => "length",
            Concern::Hashtags => "hashtags",
            Concern::Mentions => "mentions",
            Concern::BareLink => "bare-link",
            Concern::Wording => "wording",
            Concern::Other => "other",
        }
    }

    /// Its name in the learner's language.
    pub fn name(self) -> String {
        t!("check-concern", kind = self.as_str())
    }

    /// Why it matters, in the learner's language.
    pub fn why(self) -> String {
        t!("check-concern-why", kind = self.as_str())
    }

    /// What to do about it, in the learner's language, naming the policy's employer
    /// and disclosure where the fix needs them.
    pub fn fix(self, employer: &str, tag: &str) -> String {
        t!(
            "check-concern-fix",
            kind = self.as_str(),
            employer = employer,
            tag = tag,
            has_employer = if employer.is_empty() { "no" } else { "yes" }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concern_has_a_name_a_reason_and_a_fix() {
        for concern in Concern::ALL {
            let id = concern.as_str();
            let parsed: Concern = serde_json::from_value(serde_json::json!(id)).unwrap();
            assert_eq!(parsed, concern);
            assert!(!concern.name().is_empty(), "{id}");
            assert!(!concern.why().is_empty(), "{id}");
            assert!(!concern.fix("Acme Care", "#AcmeEmployee").is_empty(), "{id}");
        }
        let fix = Concern::Praise.fix("Acme Care", "#AcmeEmployee");
        assert!(
            fix.contains("I work at Acme Care") && fix.contains("#AcmeEmployee"),
            "{fix}"
        );
    }
}
