//! The profile checklist's rules, one place for the wizard and the `profile` command:
//! which item is meant, what marking it records, and what a "not applicable" reason must
//! be. Each action returns the event to record; the caller appends it to the journal.

use crate::error::{Error, Result};
use crate::journal::{EventBody, LearnerState, NotApplicableItem, ProfileItem};
use crate::lessons::{ChecklistItem, LessonSet};
use crate::platform::Platform;
use crate::t;
use crate::text::sanitize_line;

/// The longest reason, in characters: one short line, enough to say why.
pub const REASON_LIMIT: usize = 200;

/// A reason that cannot be kept as it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReasonError {
    #[error("{}", t!("checklist-reason-empty"))]
    Empty,
    #[error("{}", t!("checklist-reason-too-long", used = *.used, limit = *.limit, over = *.used - *.limit))]
    TooLong { used: usize, limit: usize },
}

impl From<ReasonError> for Error {
    fn from(error: ReasonError) -> Error {
        Error::Usage(error.to_string())
    }
}

/// The reason as it is kept: sanitised (no control characters, escape sequences or bidi
/// overrides), on one line with single spaces, not empty and at most [`REASON_LIMIT`]
/// characters.
pub fn reason(text: &str) -> Result<String, ReasonError> {
    let clean = sanitize_line(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let used = clean.chars().count();
    if used == 0 {
        Err(ReasonError::Empty)
    } else if used > REASON_LIMIT {
        Err(ReasonError::TooLong {
            used,
            limit: REASON_LIMIT,
        })
    } else {
        Ok(clean)
    }
}

/// The platform's checklist item with this id, or an error that lists the valid ids.
pub fn item<'a>(lessons: &'a LessonSet, platform: Platform, id: &str) -> Result<&'a ChecklistItem> {
    lessons.item(platform, id).ok_or_else(|| Error::UnknownItem {
        platform: platform.as_str().to_owned(),
        item: sanitize_line(id),
        valid: lessons.checklist(platform).map(|i| i.id.clone()).collect(),
    })
}

/// Marks an item done.
pub fn done(lessons: &LessonSet, platform: Platform, id: &str) -> Result<EventBody> {
    let item = item(lessons, platform, id)?;
    Ok(EventBody::ProfileItemDone(ProfileItem {
        platform,
        item: item.id.clone(),
    }))
}

/// Marks an item not applicable to the learner, with their reason. Any item may be
/// marked, privacy items included: it then counts as done, and the reason shows in
/// progress and in the report so that nobody has to tick "done" falsely.
pub fn not_applicable(lessons: &LessonSet, platform: Platform, id: &str, why: &str) -> Result<EventBody> {
    let item = item(lessons, platform, id)?;
    let reason = reason(why)?;
    Ok(EventBody::ProfileItemNotApplicable(NotApplicableItem {
        platform,
        item: item.id.clone(),
        reason,
    }))
}

/// Takes back whatever the item was marked (done, not applicable, later, not for me);
/// `None` when it was not marked at all.
pub fn undo(
    lessons: &LessonSet,
    state: &LearnerState,
    platform: Platform,
    id: &str,
) -> Result<Option<EventBody>> {
    let item = item(lessons, platform, id)?;
    Ok(state.item_status(platform, &item.id).map(|_| {
        EventBody::ProfileItemUndone(ProfileItem {
            platform,
            item: item.id.clone(),
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Event, ItemStatus};
    use crate::lessons::Library;

    fn lessons() -> LessonSet {
        Library::embedded().load("en").unwrap()
    }

    #[test]
    fn a_reason_is_one_clean_line_of_limited_length() {
        assert_eq!(
            reason("  I run\tno \u{1b}[31mcompany\u{1b}[0m page\n  ").unwrap(),
            "I run no company page"
        );
        assert_eq!(reason("\u{202e}"), Err(ReasonError::Empty));
        assert_eq!(reason(" \n\t "), Err(ReasonError::Empty));
        let longest = "é".repeat(REASON_LIMIT);
        assert_eq!(reason(&longest).unwrap(), longest);
        assert_eq!(
            reason(&format!("{longest}x")),
            Err(ReasonError::TooLong {
                used: REASON_LIMIT + 1,
                limit: REASON_LIMIT
            })
        );
    }

    #[test]
    fn not_applicable_then_undo_leaves_the_item_open() {
        let lessons = lessons();
        let body = not_applicable(&lessons, Platform::Linkedin, "page-admins", " I run no page ").unwrap();
        assert_eq!(
            body,
            EventBody::ProfileItemNotApplicable(NotApplicableItem {
                platform: Platform::Linkedin,
                item: "page-admins".into(),
                reason: "I run no page".into(),
            })
        );
        let mut state = LearnerState::default();
        let apply = |state: &mut LearnerState, body: EventBody| {
            state.apply(&Event {
                id: "x".into(),
                at: chrono::Utc::now(),
                body,
            })
        };
        apply(&mut state, body);
        assert_eq!(
            state.item_status(Platform::Linkedin, "page-admins"),
            Some(ItemStatus::NotApplicable)
        );
        let undo_body = undo(&lessons, &state, Platform::Linkedin, "page-admins")
            .unwrap()
            .expect("something to take back");
        apply(&mut state, undo_body);
        assert_eq!(state.item_status(Platform::Linkedin, "page-admins"), None);
        assert_eq!(
            undo(&lessons, &state, Platform::Linkedin, "page-admins").unwrap(),
            None
        );
    }

    #[test]
    fn an_unknown_item_or_an_empty_reason_records_nothing() {
        let lessons = lessons();
        assert!(matches!(
            not_applicable(&lessons, Platform::Linkedin, "tattoo", "why not"),
            Err(Error::UnknownItem { .. })
        ));
        assert!(matches!(
            not_applicable(&lessons, Platform::Linkedin, "page-admins", "  "),
            Err(Error::Usage(_))
        ));
        assert!(done(&lessons, Platform::Linkedin, "tattoo").is_err());
    }
}
