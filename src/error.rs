//! The one error type of the library. Every message says what was wrong, where, and
//! what to do; the wording comes from the message catalog.

use std::io;
use std::path::PathBuf;

use crate::t;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong, with the exit code each case maps to (see [`Error::exit_code`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Bad usage or bad input that clap could not catch; the text is complete.
    #[error("{0}")]
    Usage(String),

    #[error("{}", t!("error-unknown-item", platform = .platform.as_str(), item = .item.as_str(), valid = .valid.join(", ")))]
    UnknownItem {
        platform: String,
        item: String,
        valid: Vec<String>,
    },

    #[error("{}", t!("error-no-home"))]
    NoHome,

    #[error("{}", t!("error-io", action = *.action, path = .path.display().to_string(), reason = io_reason(.source)))]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    #[error("{}", t!("error-journal-corrupt", path = .path.display().to_string(), line = *.line, reason = .reason.as_str()))]
    JournalCorrupt {
        path: PathBuf,
        line: usize,
        reason: String,
    },

    #[error("{}", t!("error-journal-locked", path = .path.display().to_string()))]
    JournalLocked { path: PathBuf },

    /// The journal is a symbolic link: never followed, so that nothing is written to
    /// wherever it points.
    #[error("{}", t!("error-journal-symlink", path = .path.display().to_string()))]
    JournalSymlink { path: PathBuf },

    /// Something other than an ordinary file (a folder, a pipe, a device) stands where
    /// the journal should be.
    #[error("{}", t!("error-journal-not-a-file", path = .path.display().to_string()))]
    JournalNotAFile { path: PathBuf },

    #[error("{}", t!("error-lessons", count = .problems.len(), problems = .problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")))]
    Lessons { problems: Vec<crate::lessons::Problem> },

    #[error("{}", t!("error-needs-terminal", command = *.command, alternative = *.alternative))]
    NeedsTerminal {
        command: &'static str,
        alternative: &'static str,
    },

    #[error("{}", t!("error-wizard-needs-terminal"))]
    WizardNeedsTerminal,

    /// Ctrl-C at a prompt: everything answered before it is already in the journal.
    #[error("{}", t!("error-interrupted"))]
    Interrupted,

    /// The reader of our output went away (`drempel progress | head -1`): not an error
    /// worth a message.
    #[error("broken pipe")]
    BrokenPipe,

    #[error("{}", t!("error-output", reason = .0.to_string()))]
    Output(io::Error),

    #[error("{}", t!("error-draft-empty", draft = .draft.as_str()))]
    DraftEmpty { draft: String },

    #[error("{}", t!("error-draft-binary", draft = .draft.as_str(), offset = *.offset, nul = u8::from(*.nul)))]
    DraftBinary { draft: String, offset: usize, nul: bool },

    #[error("{}", t!("error-draft-unreadable", draft = .draft.as_str(), reason = .reason.as_str()))]
    DraftUnreadable { draft: String, reason: String },

    #[error("{}", t!("error-policy-invalid", path = .path.display().to_string(), line = .line.map_or_else(String::new, |l| format!(":{l}")), reason = .reason.as_str()))]
    PolicyInvalid {
        path: PathBuf,
        line: Option<usize>,
        reason: String,
    },

    #[error("{}", t!("error-policy-unreadable", path = .path.display().to_string(), reason = .reason.as_str()))]
    PolicyUnreadable { path: PathBuf, reason: String },

    #[error("{}", t!("error-policy-exists", path = .path.display().to_string()))]
    PolicyExists { path: PathBuf },

    #[error("{}", t!("error-unknown-rule", rule = .rule.as_str(), valid = .valid.join(", ")))]
    UnknownRule { rule: String, valid: Vec<String> },
    /// A document that is not a readable feed; `location` is its URL or path.
    #[error("{}", t!("error-feed", location = .location.as_str(), reason = .error.to_string()))]
    Feed {
        location: String,
        #[source]
        error: crate::feeds::FeedError,
    },

    #[error("{}", t!("error-opml", path = .path.display().to_string(), reason = .error.to_string()))]
    Opml {
        path: PathBuf,
        #[source]
        error: crate::feeds::opml::OpmlError,
    },

    /// A keyword query that does not parse: what is wrong, then the query with a caret
    /// under the problem.
    #[error("{}\n{}", t!("error-query", message = .0.message()), .0.pointer())]
    Query(crate::keywords::QueryError),

    /// The HTTP client could not be set up (no TLS roots, no threads).
    #[error("{}", t!("error-http-setup", reason = .reason.as_str()))]
    HttpSetup { reason: String },

    /// A cache file (feed cache, inbox) that does not parse: kept as it is.
    #[error("{}", t!("error-cache-corrupt", path = .path.display().to_string(), reason = .reason.as_str()))]
    CacheCorrupt { path: PathBuf, reason: String },

    #[error("{}", t!("error-bad-feed-url", url = crate::ui::sanitize_line(.url), reason = .reason.as_str()))]
    BadFeedUrl { url: String, reason: String },

    /// `--offline` with a command that must go to the network.
    #[error("{}", t!("error-needs-network", command = *.command))]
    NeedsNetwork { command: &'static str },

    /// The one address a command needed could not be fetched.
    #[error("{}", t!("error-feed-fetch", url = crate::ui::sanitize_line(.url), reason = crate::ui::sanitize_line(.reason)))]
    FeedFetch { url: String, reason: String },

    /// A web page with no feed announced in it.
    #[error("{}", t!("error-no-feed-found", url = crate::ui::sanitize_line(.url)))]
    NoFeedFound { url: String },

    #[error("{}", t!("error-not-watching", url = crate::ui::sanitize_line(.url)))]
    NotWatching { url: String },

    /// An OPML file that parses but lists no feed with a usable address.
    #[error("{}", t!("error-nothing-to-import", path = .path.display().to_string()))]
    NothingToImport { path: PathBuf },

    /// A file named on the command line that cannot be read.
    #[error("{}", t!("error-input-file", path = .path.display().to_string(), reason = .reason.as_str()))]
    InputFile { path: PathBuf, reason: String },

    /// No inbox item has this id or prefix.
    #[error("{}", t!("error-no-such-item", id = crate::ui::sanitize_line(.id)))]
    NoSuchItem { id: String },

    #[error("{}", t!("error-ambiguous-item", id = crate::ui::sanitize_line(.id), candidates = .candidates.join(", ")))]
    AmbiguousItem { id: String, candidates: Vec<String> },

    /// An output path (`--out`) with something other than an ordinary file at it: never
    /// written through.
    #[error("{}", t!("error-out-not-a-file", path = .path.display().to_string(), reason = .kind.describe()))]
    OutNotAFile { path: PathBuf, kind: crate::files::Kind },

    /// An output file that exists, with no terminal to ask and no `--force`.
    #[error("{}", t!("error-out-exists", path = .path.display().to_string()))]
    OutExists { path: PathBuf },

    /// An output file that could not be written; the advice is about that file, not the
    /// data folder.
    #[error("{}", t!("error-out-write", path = .path.display().to_string(), reason = io_reason(.source)))]
    OutWrite {
        path: PathBuf,
        #[source]
        source: io::Error,
    },

    /// No room left on the disk for the file being written.
    #[error("{}", t!("error-disk-full", path = .path.display().to_string()))]
    DiskFull { path: PathBuf },

    /// A draft far longer than any platform takes.
    #[error("{}", t!("error-draft-too-large", draft = .draft.as_str(), limit = crate::files::size_text(*.limit)))]
    DraftTooLarge { draft: String, limit: u64 },
}

impl Error {
    /// The process exit code: 2 bad usage or input, 3 a data problem (corrupt, locked or
    /// unreadable files), 130 interrupted, 0 for a closed pipe.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_)
            | Error::UnknownItem { .. }
            | Error::NoHome
            | Error::Lessons { .. }
            | Error::NeedsTerminal { .. }
            | Error::DraftEmpty { .. }
            | Error::DraftBinary { .. }
            | Error::DraftUnreadable { .. }
            | Error::PolicyInvalid { .. }
            | Error::PolicyUnreadable { .. }
            | Error::PolicyExists { .. }
            | Error::UnknownRule { .. }
            | Error::WizardNeedsTerminal
            | Error::Feed { .. }
            | Error::Opml { .. }
            | Error::Query(_) => 2,
            Error::Io { .. } | Error::JournalCorrupt { .. } | Error::JournalLocked { .. } => 3,
            Error::JournalSymlink { .. } | Error::JournalNotAFile { .. } => 3,
            Error::Interrupted => 130,
            Error::BrokenPipe => 0,
            Error::Output(_) => 3,
            Error::HttpSetup { .. } | Error::FeedFetch { .. } => 4,
            Error::CacheCorrupt { .. } => 3,
            Error::BadFeedUrl { .. }
            | Error::NeedsNetwork { .. }
            | Error::NoFeedFound { .. }
            | Error::NotWatching { .. }
            | Error::NothingToImport { .. }
            | Error::InputFile { .. }
            | Error::NoSuchItem { .. }
            | Error::AmbiguousItem { .. } => 2,
            Error::OutNotAFile { .. } | Error::OutExists { .. } | Error::DraftTooLarge { .. } => 2,
            Error::OutWrite { .. } | Error::DiskFull { .. } => 3,
        }
    }

    /// A file operation's error, naming `path`. A full disk is [`Error::DiskFull`]: its
    /// advice is to make room, not to choose another folder.
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> Error {
        let path = path.into();
        move |source| {
            if is_disk_full(&source) {
                Error::DiskFull { path }
            } else {
                Error::Io { action, path, source }
            }
        }
    }
}

impl From<crate::keywords::QueryError> for Error {
    fn from(err: crate::keywords::QueryError) -> Error {
        Error::Query(err)
    }
}

impl From<io::Error> for Error {
    /// Only terminal output errors arrive here without a path of their own.
    fn from(err: io::Error) -> Error {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Output(err)
        }
    }
}

/// Whether `err` says there is no room left (on the disk, or in the person's quota).
pub fn is_disk_full(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// Why a file operation failed, in the learner's language for the reasons people meet;
/// the system's own (English) words for the rare rest.
pub fn io_reason(err: &io::Error) -> String {
    use io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => t!("io-not-found"),
        ErrorKind::PermissionDenied => t!("io-permission-denied"),
        ErrorKind::AlreadyExists => t!("io-already-exists"),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => t!("io-disk-full"),
        ErrorKind::IsADirectory => t!("io-is-a-directory"),
        ErrorKind::NotADirectory => t!("io-not-a-directory"),
        ErrorKind::ReadOnlyFilesystem => t!("io-read-only"),
        ErrorKind::InvalidData => t!("io-not-text"),
        _ => crate::ui::sanitize_line(&err.to_string()),
    }
}
