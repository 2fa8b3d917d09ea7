//! The learner's journal: the source of truth for everything drempel knows about them.

mod event;
mod state;
mod store;

pub use event::{
    AcceptedFinding, CommentDraft, Community, Contribution, Decision, Event, EventBody, NewPlan,
    NotApplicableItem, PolicyChange, ProfileDraft, ProfileItem, SCHEMA_VERSION, Welcome,
};
pub use state::{CoachNote, CoachPlan, ItemStatus, LearnerPlan, LearnerState, Visits};
pub use store::{FILE_NAME, Journal, LOCK_PATIENCE, Reading, Warning, is_locked, parse, peek, read};
