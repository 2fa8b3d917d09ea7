//! The pre-post check: a draft is read the way the platform and a careful colleague
//! would, before the learner posts it.

pub mod count;
pub mod links;
