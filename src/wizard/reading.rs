//! Step 5: reading together. Items marked "respond" become what a first comment can
//! answer.

use super::Wizard;
use super::comment::Target;
use crate::error::Result;
use crate::journal::Decision;

/// The items the learner decided to respond to, newest decision last.
pub(super) fn respond_targets(wizard: &Wizard) -> Result<Vec<Target>> {
    Ok(wizard
        .state
        .triage
        .iter()
        .filter(|(_, decision)| **decision == Decision::Respond)
        .map(|(item, _)| Target {
            item: Some(item.clone()),
            label: item.clone(),
            platform: None,
        })
        .collect())
}

/// The target for `drempel comment ITEM`: an item the learner triaged.
pub(super) fn target(wizard: &Wizard, item: &str) -> Result<Target> {
    respond_targets(wizard)?
        .into_iter()
        .find(|t| t.item.as_deref() == Some(item))
        .ok_or_else(|| {
            crate::Error::Usage(crate::t!(
                "comment-unknown-item",
                item = crate::ui::sanitize_line(item)
            ))
        })
}
