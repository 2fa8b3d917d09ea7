//! An export as it arrives — mailed to a coach, collected on a trainer's USB stick:
//! first what the file is (there at all, empty, cut off, an export, from a newer
//! drempel), then what it says. The cohort and `report --from` read exports through
//! here, so a file is judged the same way by both.

use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::export::{self, Export};
use crate::files::{self, InputError};
use crate::t;
use crate::text::sanitize_line;

/// Exports are a few kilobytes; anything far bigger is not one, and reading it whole
/// would cost the memory a room's worth of exports needs.
pub const MAX_EXPORT_BYTES: u64 = 4 * 1024 * 1024;

/// A reason quoted from a parser is cut to this many characters: it can quote the file.
const MAX_REASON_CHARS: usize = 200;

/// Why a file cannot be read as an export, in words a trainer can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadExport {
    Missing,
    Unreadable(String),
    TooLarge(u64),
    /// Nothing in it (or only blank space): a copy that went wrong.
    Empty,
    /// JSON that stops in the middle: a mail attachment or copy cut short.
    CutOff,
    NotJson(String),
    /// JSON, but not a drempel export; the format it claims, if any.
    Foreign(Option<String>),
    /// Written by a newer drempel: its export version.
    Newer(u64),
    /// A drempel export that does not read as one.
    Damaged(String),
}

impl fmt::Display for BadExport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            BadExport::Missing => t!("cohort-skip-missing"),
            BadExport::Unreadable(reason) => t!("cohort-skip-unreadable", reason = reason.as_str()),
            BadExport::TooLarge(bytes) => t!("cohort-skip-too-large", megabytes = bytes / (1024 * 1024)),
            BadExport::Empty => t!("cohort-skip-empty"),
            BadExport::CutOff => t!("cohort-skip-cut-off"),
            BadExport::NotJson(reason) => t!("cohort-skip-not-json", reason = reason.as_str()),
            BadExport::Foreign(Some(format)) => {
                t!("cohort-skip-foreign-format", format = sanitize_line(format))
            }
            BadExport::Foreign(None) => t!("cohort-skip-foreign"),
            BadExport::Newer(version) => t!(
                "cohort-skip-newer",
                version = *version,
                supported = export::VERSION
            ),
            BadExport::Damaged(reason) => t!("cohort-skip-damaged", reason = reason.as_str()),
        };
        f.write_str(&text)
    }
}

/// The bytes of a file, at most [`MAX_EXPORT_BYTES`] whatever size it reports; a pipe
/// or device is refused, never waited on.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, BadExport> {
    files::read_capped(path, MAX_EXPORT_BYTES).map_err(|err| match err {
        InputError::Io(err) => io_reason(&err),
        InputError::TooLarge { size: Some(size), .. } => BadExport::TooLarge(size),
        other => BadExport::Unreadable(clean(&other.to_string())),
    })
}

pub fn io_reason(err: &std::io::Error) -> BadExport {
    if err.kind() == std::io::ErrorKind::NotFound {
        BadExport::Missing
    } else {
        BadExport::Unreadable(clean(&err.to_string()))
    }
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<serde_json::Value>,
}

/// What the bytes are: the export version of a drempel export this drempel reads.
pub fn export_version(bytes: &[u8]) -> Result<u64, BadExport> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(BadExport::Empty);
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|err| {
        if err.is_eof() {
            BadExport::CutOff
        } else if err.is_data() {
            BadExport::Foreign(None)
        } else {
            BadExport::NotJson(clean(&err.to_string()))
        }
    })?;
    match header.format.as_deref() {
        Some(export::FORMAT) => {}
        other => return Err(BadExport::Foreign(other.map(clean))),
    }
    let version = header
        .version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| BadExport::Damaged(t!("cohort-no-version")))?;
    if version > u64::from(export::VERSION) {
        return Err(BadExport::Newer(version));
    }
    if version == 0 {
        return Err(BadExport::Damaged(t!("cohort-no-version")));
    }
    Ok(version)
}

/// Reads a whole export for a report: what it is first, then every field, every string
/// in it sanitised (an export is outside text, and its report gets printed).
pub fn parse_export(bytes: &[u8]) -> Result<Export, BadExport> {
    export_version(bytes)?;
    let mut export: Export =
        serde_json::from_slice(bytes).map_err(|e| BadExport::Damaged(clean(&e.to_string())))?;
    sanitise(&mut export);
    Ok(export)
}

/// Reads the export at `path` (see [`parse_export`]).
pub fn read_export(path: &Path) -> Result<Export, BadExport> {
    parse_export(&read_bytes(path)?)
}

/// Text quoted from a file or a parser, made safe to print: no controls or bidi
/// overrides, one line, and short (a parser's message can quote a whole string).
pub fn clean(text: &str) -> String {
    let line = sanitize_line(text);
    if line.chars().count() <= MAX_REASON_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(MAX_REASON_CHARS).collect();
    cut.push('…');
    cut
}

fn sanitise(export: &mut Export) {
    fn one(text: &mut String) {
        *text = sanitize_line(text);
    }
    fn maybe(text: &mut Option<String>) {
        if let Some(text) = text {
            one(text);
        }
    }
    one(&mut export.format);
    one(&mut export.drempel);
    maybe(&mut export.journey);
    maybe(&mut export.learner.name);
    maybe(&mut export.learner.role);
    maybe(&mut export.learner.organisation);
    for list in &mut export.checklists {
        for item in &mut list.open {
            one(&mut item.item);
            one(&mut item.label);
        }
        for item in &mut list.not_applicable {
            one(&mut item.item);
            one(&mut item.label);
            one(&mut item.reason);
        }
    }
    for item in &mut export.kept {
        one(&mut item.item);
        maybe(&mut item.title);
        maybe(&mut item.link);
        maybe(&mut item.note);
    }
    for community in &mut export.communities {
        one(&mut community.name);
        maybe(&mut community.url);
    }
    for recorded in export.comments.iter_mut().chain(&mut export.posts) {
        one(&mut recorded.url);
        maybe(&mut recorded.kind);
    }
    for plan in &mut export.plans {
        one(&mut plan.text);
    }
    for plan in &mut export.coach_plans {
        one(&mut plan.text);
    }
    one(&mut export.next.text);
    maybe(&mut export.next.command);
    if let Some(private) = &mut export.private {
        private.keywords.iter_mut().for_each(one);
        private.feeds.iter_mut().for_each(one);
        for draft in private
            .profile_drafts
            .iter_mut()
            .chain(&mut private.comment_drafts)
        {
            one(&mut draft.about);
            one(&mut draft.text);
        }
        for note in &mut private.triage_notes {
            one(&mut note.item);
            one(&mut note.note);
        }
        for note in &mut private.coach_notes {
            one(&mut note.text);
        }
        maybe(&mut private.audience);
        maybe(&mut private.why);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_judged_before_it_is_read() {
        assert_eq!(export_version(b""), Err(BadExport::Empty));
        assert_eq!(export_version(b"  \n"), Err(BadExport::Empty));
        assert_eq!(
            export_version(br#"{"format": "drempel-export", "version": 1, "learner": {"na"#),
            Err(BadExport::CutOff)
        );
        assert!(matches!(export_version(b"hello"), Err(BadExport::NotJson(_))));
        assert_eq!(export_version(b"[1, 2]"), Err(BadExport::Foreign(None)));
        assert_eq!(
            export_version(br#"{"name": "left-over", "version": "1.0.0"}"#),
            Err(BadExport::Foreign(None))
        );
        assert_eq!(
            export_version(br#"{"format": "drempel-export", "version": 7}"#),
            Err(BadExport::Newer(7))
        );
        assert_eq!(
            export_version(br#"{"format": "drempel-export", "version": 1}"#),
            Ok(1)
        );
        let newer = BadExport::Newer(7).to_string();
        assert!(newer.contains("newer drempel"), "{newer}");
        assert!(BadExport::CutOff.to_string().contains("cut off"));
    }
}
