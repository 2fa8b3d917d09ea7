//! Journal events: what happened, when, as one JSON object a line.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::plan::Weekday;
use crate::platform::Platform;
use crate::practice::Part;
use crate::step::Step;
use crate::strategy::Strategy;

/// The schema version written into every line. Lines with a higher version come from a
/// newer drempel; they are kept and ignored.
pub const SCHEMA_VERSION: u32 = 1;

/// One recorded event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub at: DateTime<Utc>,
    pub body: EventBody,
}

/// What happened. The serde tag is the event's `kind`, the content its `data`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data")]
#[non_exhaustive]
pub enum EventBody {
    #[serde(rename = "learner.welcomed")]
    Welcomed(Welcome),
    #[serde(rename = "strategy.set")]
    StrategySet(Strategy),
    #[serde(rename = "profile.item_done")]
    ProfileItemDone(ProfileItem),
    #[serde(rename = "profile.item_undone")]
    ProfileItemUndone(ProfileItem),
    #[serde(rename = "profile.item_postponed")]
    ProfileItemPostponed(ProfileItem),
    #[serde(rename = "profile.item_declined")]
    ProfileItemDeclined(ProfileItem),
    /// The item does not apply to this learner, for the reason they gave; it counts as
    /// done. Older versions keep the line and ignore it.
    #[serde(rename = "profile.item_not_applicable")]
    ProfileItemNotApplicable(NotApplicableItem),
    #[serde(rename = "profile.draft")]
    ProfileDraft(ProfileDraft),
    /// The wizard walked this step to its end: where it resumes, not evidence.
    #[serde(rename = "step.completed")]
    StepCompleted { step: Step },
    #[serde(rename = "step.skipped")]
    StepSkipped { step: Step },
    /// Starts the whole journey, or one step, afresh. Nothing is deleted: the events
    /// before it stay in the journal.
    #[serde(rename = "journey.reset")]
    Reset {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<Step>,
    },
    /// Acknowledges that line `line` was torn by an interrupted write, so that later
    /// reads skip it quietly instead of calling the journal corrupt.
    #[serde(rename = "journal.torn_line")]
    TornLine { line: usize },
    #[serde(rename = "keyword.added")]
    KeywordAdded { query: String },
    #[serde(rename = "keyword.removed")]
    KeywordRemoved { query: String },
    #[serde(rename = "feed.added")]
    FeedAdded {
        url: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
    },
    #[serde(rename = "feed.removed")]
    FeedRemoved { url: String },
    #[serde(rename = "scan.completed")]
    ScanCompleted { feeds: u32, items: u32, matches: u32 },
    #[serde(rename = "item.triaged")]
    ItemTriaged {
        item: String,
        decision: Decision,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    #[serde(rename = "community.joined")]
    CommunityJoined(Community),
    #[serde(rename = "comment.recorded")]
    CommentRecorded(Contribution),
    #[serde(rename = "post.recorded")]
    PostRecorded(Contribution),
    /// The platforms the learner works on, chosen in the profiles step.
    #[serde(rename = "profile.platforms_chosen")]
    PlatformsChosen { platforms: Vec<Platform> },
    /// The learner looked in on a community they joined: the habit the method asks for.
    #[serde(rename = "community.visited")]
    CommunityVisited { name: String },
    /// A coach's remark about the learner's journey; private unless exported on request.
    #[serde(rename = "coach.note")]
    CoachNote { text: String },
    /// Something the coach and learner agreed to do next, optionally by a date.
    #[serde(rename = "coach.plan")]
    CoachPlan {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<NaiveDate>,
    },
    /// Closes the plan whose `coach.plan` event has the id `plan`.
    #[serde(rename = "coach.plan_done")]
    CoachPlanDone { plan: String },
    /// Opens again the coach's plan `plan`, marked done by mistake.
    #[serde(rename = "coach.plan_undone")]
    CoachPlanUndone { plan: String },
    /// Takes the coach's plan `plan` off the list; the journal keeps it.
    #[serde(rename = "coach.plan_removed")]
    CoachPlanRemoved { plan: String },
    /// A plan of the learner's own: by a date, as a weekly habit, or both.
    #[serde(rename = "plan.added")]
    PlanAdded(NewPlan),
    /// Closes the learner's plan whose `plan.added` event has the id `plan`.
    #[serde(rename = "plan.done")]
    PlanDone { plan: String },
    #[serde(rename = "plan.undone")]
    PlanUndone { plan: String },
    #[serde(rename = "plan.removed")]
    PlanRemoved { plan: String },
    /// The organisation policy was written by `policy init` or replaced by `policy set`.
    #[serde(rename = "policy.set")]
    PolicySet(PolicyChange),
    #[serde(rename = "comment.drafted")]
    CommentDrafted(CommentDraft),
    /// A feed answered with a permanent redirect (301/308): it is watched at `to` from
    /// now on.
    #[serde(rename = "feed.moved")]
    FeedMoved { from: String, to: String },
    /// A practice session after the first day began: the learner came back.
    #[serde(rename = "practice.started")]
    PracticeStarted {},
    /// A part of the practice session was walked to its end: where it resumes.
    #[serde(rename = "practice.part_done")]
    PracticePartDone { part: Part },
    #[serde(rename = "practice.part_skipped")]
    PracticePartSkipped { part: Part },
    /// The learner closed the practice session ("that is all for today"), or walked
    /// every part: the next `drempel` starts a new one.
    #[serde(rename = "practice.ended")]
    PracticeEnded {},
}

impl EventBody {
    /// Every kind this version understands; any other kind is kept and ignored.
    pub const KINDS: &[&str] = &[
        "learner.welcomed",
        "strategy.set",
        "profile.item_done",
        "profile.item_undone",
        "profile.item_postponed",
        "profile.item_declined",
        "profile.item_not_applicable",
        "profile.draft",
        "step.completed",
        "step.skipped",
        "journey.reset",
        "journal.torn_line",
        "keyword.added",
        "keyword.removed",
        "feed.added",
        "feed.removed",
        "scan.completed",
        "item.triaged",
        "community.joined",
        "comment.recorded",
        "post.recorded",
        "profile.platforms_chosen",
        "community.visited",
        "coach.note",
        "coach.plan",
        "coach.plan_done",
        "coach.plan_undone",
        "coach.plan_removed",
        "plan.added",
        "plan.done",
        "plan.undone",
        "plan.removed",
        "policy.set",
        "comment.drafted",
        "feed.moved",
        "practice.started",
        "practice.part_done",
        "practice.part_skipped",
        "practice.ended",
    ];

    /// Reads the typed body of a known `kind`; `Ok(None)` for a kind this version does
    /// not know, an error when a known kind carries data of the wrong shape.
    pub fn from_parts(kind: &str, data: Value) -> Result<Option<EventBody>, serde_json::Error> {
        if !Self::KINDS.contains(&kind) {
            return Ok(None);
        }
        let mut tagged = serde_json::Map::with_capacity(2);
        tagged.insert("kind".into(), Value::String(kind.to_owned()));
        tagged.insert("data".into(), data);
        serde_json::from_value(Value::Object(tagged)).map(Some)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileItem {
    pub platform: Platform,
    pub item: String,
}

/// A checklist item that does not apply to the learner, with their reason in one line
/// (already sanitised and capped by [`crate::checklist::reason`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotApplicableItem {
    pub platform: Platform,
    pub item: String,
    pub reason: String,
}

/// A headline or bio typed in the wizard, kept so the learner can paste it later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileDraft {
    pub platform: Platform,
    pub item: String,
    pub text: String,
}

/// What a monitored item deserves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Skip,
    Later,
    Blog,
    Newsletter,
    Respond,
    Share,
}

impl Decision {
    /// Everything but skip keeps the item for something.
    pub fn keeps(self) -> bool {
        self != Decision::Skip
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    pub name: String,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Community {
    /// Whether the community is called `name`: the one rule, in any case and with any
    /// spaces around it (`Recruiters NL` is `recruiters nl`, `ZÜRICH HR` is `Zürich HR`).
    pub fn is_named(&self, name: &str) -> bool {
        fn lower(s: &str) -> impl Iterator<Item = char> + '_ {
            s.trim().chars().flat_map(char::to_lowercase)
        }
        lower(&self.name).eq(lower(name))
    }

    /// Whether this is the community `name` on `platform`: one community per name and
    /// platform, so joining it again adds nothing.
    pub fn is(&self, name: &str, platform: Platform) -> bool {
        self.platform == platform && self.is_named(name)
    }
}

/// A comment or post the learner placed themselves, recorded with where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub url: String,
    pub platform: Platform,
    /// For posts: post, discussion or blog.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// How many errors the pre-post check found in the draft; `None` when unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_errors: Option<u32>,
    /// Findings the learner kept on purpose, each with their reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<AcceptedFinding>,
}

/// A finding of the pre-post check that the learner kept on purpose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedFinding {
    pub rule: String,
    pub reason: String,
}

/// A comment draft as last written, kept so that nothing typed is lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentDraft {
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub text: String,
}

/// A plan of the learner's own, as `drempel plan add` and the wizard's last step make it
/// (see [`crate::plan::add`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPlan {
    pub text: String,
    /// The day it should be done by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// A weekly habit's day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Weekday>,
}

/// A change of the organisation policy: whose policy it is and where it came from
/// (`init`, or the file given to `policy set`). The policy itself lives in policy.toml.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyChange {
    #[serde(default)]
    pub employer: String,
    pub source: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_community_is_one_per_platform_whatever_the_case() {
        let joined = Community {
            name: "Zürich HR".into(),
            platform: Platform::Linkedin,
            url: None,
        };
        assert!(joined.is("zürich hr", Platform::Linkedin));
        assert!(joined.is("  ZÜRICH HR ", Platform::Linkedin));
        assert!(!joined.is("Zürich HR", Platform::Mastodon));
        assert!(!joined.is("Zürich HR Netwerk", Platform::Linkedin));
        assert!(joined.is_named("ZüRiCh Hr"));
    }
}
