//! The append-only store: `journal.jsonl`, one event a line, fsynced on every append,
//! one writer at a time.
//!
//! # Interrupted writes
//!
//! An append can stop at any byte: a crash, a closed laptop, a full disk. What it leaves
//! is a line cut short, and every command must still read the journal. The rules:
//!
//! - A line that does not parse but is the beginning of one (incomplete JSON, or the
//!   zeros some file systems leave after a power cut) is *torn* when nothing but other
//!   torn lines and acknowledgements follow it: a warning, never a stop. The next append
//!   starts on a line of its own and first writes one `journal.torn_line` event for each
//!   torn line, so that later reads skip them quietly.
//! - Any other line that does not parse, or a torn line with real events after it and no
//!   acknowledgement, is damage: exit 3, naming the line, and nothing is appended.
//!
//! Cutting an append anywhere, the mending newline and the acknowledgements included,
//! only ever adds torn lines and acknowledgements after the last real event, so the
//! journal stays readable; the test `an_append_cut_at_any_byte_leaves_a_readable_journal`
//! checks every byte.
//!
//! # Files
//!
//! The journal is opened without following a symbolic link (refused, exit 3) and must be
//! an ordinary file. A journal or learner folder that others may read is made private
//! (0600, 0700) with a warning: it holds personal notes and drafts.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::event::{Event, EventBody, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::t;

pub const FILE_NAME: &str = "journal.jsonl";

/// How long a writer waits for another drempel to finish before giving up. Long enough
/// for two scripted loops taking turns, short enough that nobody stares at a hung prompt.
pub const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// Everything read from a journal: the events this version understands, in order, and
/// what was noticed along the way.
#[derive(Debug, Default)]
pub struct Reading {
    pub events: Vec<Event>,
    pub warnings: Vec<Warning>,
    /// Lines of kinds (or versions) this drempel does not know: kept in the file, ignored.
    pub ignored: usize,
    /// Torn lines that an earlier append acknowledged; skipped without a warning.
    pub acknowledged_torn: usize,
}

impl Reading {
    /// The line numbers of torn lines not acknowledged yet.
    pub fn torn_lines(&self) -> Vec<usize> {
        self.warnings
            .iter()
            .filter_map(|w| match w {
                Warning::TornLine { line, .. } => Some(*line),
                _ => None,
            })
            .collect()
    }
}

/// Something worth telling the learner about the journal that does not stop the work.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// A line cut short by an interrupted write; `last` when it ends the file.
    TornLine { path: PathBuf, line: usize, last: bool },
    /// The journal or its folder could be read by others (`mode`, e.g. `0o644`); it was
    /// made owner-only (`made` is the new mode) or, when `made` is `None`, could not be.
    TooOpen {
        path: PathBuf,
        mode: u32,
        made: Option<u32>,
    },
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Warning::TornLine {
                path,
                line,
                last: true,
            } => t!(
                "warning-torn-line",
                path = path.display().to_string(),
                line = *line
            ),
            Warning::TornLine {
                path,
                line,
                last: false,
            } => t!(
                "warning-torn-line-inside",
                path = path.display().to_string(),
                line = *line
            ),
            Warning::TooOpen {
                path,
                mode,
                made: Some(made),
            } => t!(
                "warning-journal-tightened",
                path = path.display().to_string(),
                mode = format!("{mode:04o}"),
                made = format!("{made:04o}")
            ),
            Warning::TooOpen {
                path,
                mode,
                made: None,
            } => t!(
                "warning-journal-too-open",
                path = path.display().to_string(),
                mode = format!("{mode:04o}")
            ),
        };
        f.write_str(&text)
    }
}

#[derive(Serialize)]
struct LineOut<'a> {
    v: u32,
    id: &'a str,
    at: &'a DateTime<Utc>,
    #[serde(flatten)]
    body: &'a EventBody,
}

#[derive(Deserialize)]
struct LineIn {
    v: u32,
    id: String,
    at: DateTime<Utc>,
    kind: String,
    #[serde(default)]
    data: Value,
}

/// What must go before the next event so that the journal stays readable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Repair {
    /// The file does not end with a newline: the next event must start a line.
    newline: bool,
    /// Torn lines to acknowledge, in order.
    torn: Vec<usize>,
}

/// Reads the journal at `path` without taking the lock; a missing file is an empty
/// journal. Never writes the file; a journal others may read is made private, which the
/// warnings say.
pub fn read(path: &Path) -> Result<Reading> {
    read_with(path, true)
}

/// Reads the journal like [`read`] but changes nothing at all, permissions included: a
/// look before the command starts (which language to speak), so that the command's own
/// read makes the journal private and says so.
pub fn peek(path: &Path) -> Result<Reading> {
    read_with(path, false)
}

fn read_with(path: &Path, private: bool) -> Result<Reading> {
    let Some(mut file) = open_file(path, OpenOptions::new().read(true))? else {
        return Ok(Reading::default());
    };
    let notices = if private {
        make_private(&file, path)
    } else {
        Vec::new()
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(Error::io("read", path))?;
    let mut reading = parse(path, &bytes)?;
    reading.warnings.splice(0..0, notices);
    Ok(reading)
}

/// Parses journal bytes. A line that does not parse is a warning when it is torn (see
/// the module documentation) and fatal otherwise (exit 3, naming the line).
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Reading> {
    scan(path, bytes).map(|(reading, _)| reading)
}

fn scan(path: &Path, bytes: &[u8]) -> Result<(Reading, Repair)> {
    let mut reading = Reading::default();
    // Lines that do not parse: number, reason, whether it looks like the start of a line.
    let mut bad: Vec<(usize, String, bool)> = Vec::new();
    // The last line holding something other than an acknowledgement.
    let mut last_real = 0;
    let mut last_line = 0;
    let mut acknowledged = HashSet::new();
    let ends_with_newline = bytes.last() == Some(&b'\n');
    let mut lines = bytes.split(|b| *b == b'\n').enumerate().peekable();
    while let Some((index, line)) = lines.next() {
        let number = index + 1;
        if lines.peek().is_none() && ends_with_newline {
            break; // the empty remainder after the final newline
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        last_line = number;
        match parse_line(line) {
            Ok(Some(event)) => {
                match event.body {
                    EventBody::TornLine { line } => {
                        acknowledged.insert(line);
                    }
                    _ => last_real = number,
                }
                reading.events.push(event);
            }
            Ok(None) => {
                reading.ignored += 1;
                last_real = number;
            }
            Err(reason) => bad.push((number, reason, looks_torn(line))),
        }
    }
    let mut repair = Repair {
        newline: !bytes.is_empty() && !ends_with_newline,
        torn: Vec::new(),
    };
    for (line, reason, torn) in bad {
        if acknowledged.contains(&line) {
            reading.acknowledged_torn += 1;
        } else if torn && line > last_real {
            reading.warnings.push(Warning::TornLine {
                path: path.to_owned(),
                line,
                last: line == last_line,
            });
            repair.torn.push(line);
        } else {
            return Err(Error::JournalCorrupt {
                path: path.to_owned(),
                line,
                reason,
            });
        }
    }
    Ok((reading, repair))
}

fn parse_line(line: &[u8]) -> std::result::Result<Option<Event>, String> {
    let raw: LineIn = serde_json::from_slice(line).map_err(|e| e.to_string())?;
    if raw.v > SCHEMA_VERSION {
        return Ok(None);
    }
    let body = EventBody::from_parts(&raw.kind, raw.data).map_err(|e| {
        t!(
            "journal-bad-data",
            kind = raw.kind.as_str(),
            reason = e.to_string()
        )
    })?;
    Ok(body.map(|body| Event {
        id: raw.id,
        at: raw.at,
        body,
    }))
}

/// Whether a line that does not parse is what an interrupted write leaves: the start of
/// a JSON object that ends too soon, or zeros where a power cut lost the data.
fn looks_torn(line: &[u8]) -> bool {
    let end = line.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    let line = &line[..end];
    line.is_empty()
        || (line.first() == Some(&b'{')
            && serde_json::from_slice::<serde::de::IgnoredAny>(line).is_err_and(|e| e.is_eof()))
}

/// The journal opened for writing: holds the one-writer lock until dropped.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
    /// What the next append writes before its event; `None` after a failed write, when
    /// the file is looked at again first.
    repair: Option<Repair>,
    /// Said when the journal was opened (a folder made private), repeated by
    /// [`Journal::read`] so that the command shows them.
    notices: Vec<Warning>,
}

impl Journal {
    /// Opens (creating if needed) the journal in `dir` and takes the writer's lock,
    /// waiting up to [`LOCK_PATIENCE`] for another drempel to finish. A corrupt journal
    /// is refused, so nothing is ever appended to it.
    pub fn open(dir: &Path) -> Result<Journal> {
        Self::open_with_patience(dir, LOCK_PATIENCE)
    }

    pub fn open_with_patience(dir: &Path, patience: Duration) -> Result<Journal> {
        fsutil::create_private_dir(dir)?;
        let path = dir.join(FILE_NAME);
        let created = fs::symlink_metadata(&path).is_err();
        let mut file = open_file(
            &path,
            fsutil::private_options().read(true).append(true).create(true),
        )?
        .ok_or_else(|| Error::io("open", &path)(std::io::ErrorKind::NotFound.into()))?;
        if created {
            fsutil::sync_dir(dir)?;
        }
        let notices = make_private(&file, &path);
        lock(&file, &path, patience)?;
        let bytes = read_all(&mut file, &path)?;
        let (_, repair) = scan(&path, &bytes)?;
        Ok(Journal {
            path,
            file,
            repair: Some(repair),
            notices,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the journal as it is now, under this writer's lock, with what was noticed
    /// when it was opened.
    pub fn read(&self) -> Result<Reading> {
        let mut reading = read(&self.path)?;
        reading.warnings.splice(0..0, self.notices.iter().cloned());
        Ok(reading)
    }

    /// Appends one event and fsyncs it before returning: once this returns, the answer
    /// survives a crash or a closed terminal. Torn lines are acknowledged first, in the
    /// same write.
    pub fn append(&mut self, body: EventBody) -> Result<Event> {
        let repair = match self.repair.take() {
            Some(repair) => repair,
            None => {
                let bytes = read_all(&mut self.file, &self.path)?;
                scan(&self.path, &bytes)?.1
            }
        };
        let event = new_event(body);
        let out = append_bytes(&repair, &event);
        self.file
            .write_all(&out)
            .and_then(|_| self.file.sync_data())
            .map_err(Error::io("write", &self.path))?;
        self.repair = Some(Repair::default());
        Ok(event)
    }

    /// Appends several events with one write and one fsync: importing 10,000 feeds
    /// costs one disk flush, not 10,000. A crash part-way leaves a prefix of them and
    /// at most one torn last line, as with [`Journal::append`].
    pub fn append_all(&mut self, bodies: Vec<EventBody>) -> Result<Vec<Event>> {
        if bodies.is_empty() {
            return Ok(Vec::new());
        }
        let repair = match self.repair.take() {
            Some(repair) => repair,
            None => {
                let bytes = read_all(&mut self.file, &self.path)?;
                scan(&self.path, &bytes)?.1
            }
        };
        let events: Vec<Event> = bodies.into_iter().map(new_event).collect();
        let mut out = append_bytes(&repair, &events[0]);
        out.reserve(256 * events.len());
        for event in &events[1..] {
            encode(&mut out, event);
        }
        self.file
            .write_all(&out)
            .and_then(|_| self.file.sync_data())
            .map_err(Error::io("write", &self.path))?;
        self.repair = Some(Repair::default());
        Ok(events)
    }
}

/// The bytes one append writes: the mending newline, the acknowledgements, the event.
fn append_bytes(repair: &Repair, event: &Event) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    if repair.newline {
        out.push(b'\n');
    }
    for &line in &repair.torn {
        encode(&mut out, &new_event(EventBody::TornLine { line }));
    }
    encode(&mut out, event);
    out
}

fn read_all(file: &mut File, path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.seek(SeekFrom::Start(0))
        .and_then(|_| file.read_to_end(&mut bytes))
        .map_err(Error::io("read", path))?;
    Ok(bytes)
}

/// Opens the journal file with `options`, never through a symbolic link and never
/// anything but an ordinary file. `None` when it does not exist (and is not created).
fn open_file(path: &Path, options: &mut OpenOptions) -> Result<Option<File>> {
    let symlink = || Error::JournalSymlink {
        path: path.to_owned(),
    };
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(symlink());
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = match options.open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        #[cfg(unix)]
        // A link that appeared after the look above (ELOOP; EMLINK on FreeBSD).
        Err(err) if matches!(err.raw_os_error(), Some(libc::ELOOP | libc::EMLINK)) => return Err(symlink()),
        Err(err) => return Err(Error::io("open", path)(err)),
    };
    let meta = file.metadata().map_err(Error::io("read", path))?;
    if !meta.is_file() {
        return Err(Error::JournalNotAFile {
            path: path.to_owned(),
        });
    }
    Ok(Some(file))
}

/// Makes the open journal and its folder owner-only when others may read them, and
/// says so. Best effort: what cannot be changed is a warning too, never a stop.
fn make_private(file: &File, path: &Path) -> Vec<Warning> {
    let mut notices = Vec::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut tighten = |path: &Path,
                           meta: std::io::Result<fs::Metadata>,
                           set: &dyn Fn(fs::Permissions) -> std::io::Result<()>| {
            let Ok(meta) = meta else { return };
            let mode = meta.permissions().mode() & 0o7777;
            if mode & 0o077 == 0 {
                return;
            }
            let private = mode & 0o700;
            let made = set(fs::Permissions::from_mode(private)).ok().map(|()| private);
            notices.push(Warning::TooOpen {
                path: path.to_owned(),
                mode,
                made,
            });
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            tighten(dir, fs::metadata(dir), &|p| fs::set_permissions(dir, p));
        }
        tighten(path, file.metadata(), &|p| file.set_permissions(p));
    }
    #[cfg(not(unix))]
    let _ = (file, path);
    notices
}

fn new_event(body: EventBody) -> Event {
    Event {
        id: uuid::Uuid::now_v7().to_string(),
        at: Utc::now(),
        body,
    }
}

fn encode(out: &mut Vec<u8>, event: &Event) {
    let line = LineOut {
        v: SCHEMA_VERSION,
        id: &event.id,
        at: &event.at,
        body: &event.body,
    };
    serde_json::to_writer(&mut *out, &line).expect("events serialise to JSON");
    out.push(b'\n');
}

fn lock(file: &File, path: &Path, patience: Duration) -> Result<()> {
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < patience => {
                std::thread::sleep(Duration::from_millis(25));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(Error::JournalLocked {
                    path: path.to_owned(),
                });
            }
            Err(fs::TryLockError::Error(err)) => return Err(Error::io("lock", path)(err)),
        }
    }
}

/// Whether another process holds the writer's lock right now (for `doctor`).
pub fn is_locked(dir: &Path) -> bool {
    let Ok(Some(file)) = open_file(&dir.join(FILE_NAME), OpenOptions::new().read(true)) else {
        return false;
    };
    matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::event::ProfileItem;
    use crate::platform::Platform;

    fn photo() -> EventBody {
        EventBody::ProfileItemDone(ProfileItem {
            platform: Platform::Linkedin,
            item: "photo".into(),
        })
    }

    #[test]
    fn appended_events_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut journal = Journal::open(&dir.path().join("me")).unwrap();
        journal.append(photo()).unwrap();
        journal
            .append(EventBody::KeywordAdded { query: "hr".into() })
            .unwrap();
        let reading = journal.read().unwrap();
        assert_eq!(reading.events.len(), 2);
        assert_eq!(reading.events[0].body, photo());
        assert!(reading.warnings.is_empty());
    }

    #[test]
    fn a_line_has_the_documented_shape() {
        let dir = tempfile::tempdir().unwrap();
        Journal::open(dir.path()).unwrap().append(photo()).unwrap();
        let text = fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        let value: Value = serde_json::from_str(text.trim_end()).unwrap();
        assert_eq!(value["v"], 1);
        assert_eq!(value["kind"], "profile.item_done");
        assert_eq!(value["data"]["platform"], "linkedin");
        assert_eq!(value["data"]["item"], "photo");
        assert!(value["id"].as_str().unwrap().len() >= 32);
        assert!(DateTime::parse_from_rfc3339(value["at"].as_str().unwrap()).is_ok());
    }

    #[test]
    fn unknown_kinds_and_newer_versions_are_ignored_not_fatal() {
        let text = concat!(
            r#"{"v":1,"id":"a","at":"2026-01-01T10:00:00Z","kind":"future.thing","data":{"x":1}}"#,
            "\n",
            r#"{"v":9,"id":"b","at":"2026-01-01T10:00:00Z","kind":"keyword.added","data":{"q":2}}"#,
            "\n",
            r#"{"v":1,"id":"c","at":"2026-01-01T10:00:00+02:00","kind":"keyword.added","data":{"query":"hr"}}"#,
            "\n"
        );
        let reading = parse(Path::new("j"), text.as_bytes()).unwrap();
        assert_eq!(reading.ignored, 2);
        assert_eq!(reading.events.len(), 1);
    }

    #[test]
    fn a_corrupt_middle_line_names_its_line() {
        let text = "{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"keyword.added\",\"data\":{\"query\":\"hr\"}}\nnot json\n{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"step.completed\",\"data\":{\"step\":\"next\"}}\n";
        let err = parse(Path::new("j.jsonl"), text.as_bytes()).unwrap_err();
        assert!(matches!(err, Error::JournalCorrupt { line: 2, .. }), "{err:?}");
        assert_eq!(err.exit_code(), 3);
    }

    #[test]
    fn a_known_kind_with_wrong_data_is_corrupt() {
        let text = "{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"keyword.added\",\"data\":{\"nope\":1}}\n{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"keyword.added\",\"data\":{\"query\":\"x\"}}\n";
        let err = parse(Path::new("j.jsonl"), text.as_bytes()).unwrap_err();
        assert!(err.to_string().contains("keyword.added"), "{err}");
    }

    #[test]
    fn a_torn_last_line_is_a_warning_and_the_next_append_acknowledges_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        Journal::open(dir.path()).unwrap().append(photo()).unwrap();
        let mut file = fs::OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(b"{\"v\":1,\"id\":\"x\",\"at\":\"20").unwrap();
        drop(file);
        let before = fs::read(&path).unwrap();

        let reading = read(&path).unwrap();
        assert_eq!(reading.events.len(), 1);
        assert_eq!(
            reading.warnings,
            vec![Warning::TornLine {
                path: path.clone(),
                line: 2,
                last: true
            }]
        );
        assert_eq!(fs::read(&path).unwrap(), before, "reading never writes");

        let mut journal = Journal::open(dir.path()).unwrap();
        journal
            .append(EventBody::KeywordAdded { query: "hr".into() })
            .unwrap();
        drop(journal);
        let after = fs::read(&path).unwrap();
        assert!(after.starts_with(&before), "the torn bytes are kept as they were");
        let reading = read(&path).unwrap();
        assert!(reading.warnings.is_empty());
        assert_eq!(reading.acknowledged_torn, 1);
        assert_eq!(reading.events.len(), 3, "photo, the acknowledgement, the keyword");
    }

    #[test]
    fn append_all_writes_many_events_at_once_and_mends_a_torn_line_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        Journal::open(dir.path()).unwrap().append(photo()).unwrap();
        let mut file = fs::OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(b"{\"v\":1,\"id\":\"x\"").unwrap();
        drop(file);
        let mut journal = Journal::open(dir.path()).unwrap();
        assert!(journal.append_all(Vec::new()).unwrap().is_empty());
        let bodies = (0..1000)
            .map(|n| EventBody::FeedAdded {
                url: format!("https://feeds.example/{n}"),
                title: None,
            })
            .collect();
        assert_eq!(journal.append_all(bodies).unwrap().len(), 1000);
        drop(journal);
        let reading = read(&path).unwrap();
        assert!(reading.warnings.is_empty());
        assert_eq!(reading.acknowledged_torn, 1);
        assert_eq!(
            reading.events.len(),
            1002,
            "photo, the acknowledgement, 1000 feeds"
        );
    }

    #[test]
    fn a_complete_last_line_without_newline_is_not_torn() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, "{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"keyword.added\",\"data\":{\"query\":\"hr\"}}").unwrap();
        Journal::open(dir.path()).unwrap().append(photo()).unwrap();
        let reading = read(&path).unwrap();
        assert_eq!(reading.events.len(), 2);
        assert_eq!(reading.acknowledged_torn, 0);
    }

    #[test]
    fn a_corrupt_journal_is_never_appended_to() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        fs::write(&path, "garbage\n{}\n").unwrap();
        let err = Journal::open(dir.path()).unwrap_err();
        assert!(matches!(err, Error::JournalCorrupt { line: 1, .. }));
        assert_eq!(fs::read(&path).unwrap(), b"garbage\n{}\n");
    }

    #[test]
    fn a_second_writer_waits_then_gets_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Journal::open(dir.path()).unwrap();
        assert!(is_locked(dir.path()));
        let err = Journal::open_with_patience(dir.path(), Duration::from_millis(100)).unwrap_err();
        assert!(matches!(err, Error::JournalLocked { .. }));
        assert_eq!(err.exit_code(), 3);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let learner = dir.path().join("learners").join("me");
        Journal::open(&learner).unwrap().append(photo()).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&learner.join(FILE_NAME)), 0o600);
        assert_eq!(mode(&learner), 0o700);
    }

    #[test]
    fn every_listed_kind_is_a_real_variant() {
        for kind in EventBody::KINDS {
            let err = EventBody::from_parts(kind, Value::Bool(true)).unwrap_err();
            assert!(!err.to_string().contains("unknown variant"), "{kind}: {err}");
        }
    }

    #[test]
    fn samples_round_trip_through_their_kind() {
        let samples = [
            photo(),
            EventBody::StepCompleted {
                step: crate::step::Step::Next,
            },
            EventBody::Reset { step: None },
            EventBody::TornLine { line: 3 },
        ];
        for body in samples {
            let value = serde_json::to_value(&body).unwrap();
            let kind = value["kind"].as_str().unwrap();
            assert!(EventBody::KINDS.contains(&kind), "{kind}");
            assert_eq!(
                EventBody::from_parts(kind, value["data"].clone()).unwrap(),
                Some(body)
            );
        }
    }

    fn note(text: &str) -> EventBody {
        EventBody::CoachNote { text: text.into() }
    }

    /// The events that are not acknowledgements of torn lines.
    fn real(reading: &Reading) -> Vec<&EventBody> {
        reading
            .events
            .iter()
            .map(|e| &e.body)
            .filter(|b| !matches!(b, EventBody::TornLine { .. }))
            .collect()
    }

    /// What appending `body` to a journal holding `bytes` writes, byte for byte: the
    /// mending newline, the acknowledgements and the event, as [`Journal::append`] does.
    fn would_append(bytes: &[u8], body: EventBody) -> Vec<u8> {
        let (_, repair) = scan(Path::new("j"), bytes).expect("the journal before is readable");
        append_bytes(&repair, &new_event(body))
    }

    /// Writes `base` plus the first `k` bytes of `append` as the journal in `dir`, then
    /// checks what every command needs: the journal reads, holds the events of `base`
    /// (and the cut event once its line is whole), takes the next answer, and then reads
    /// without a warning, every byte written before kept as it was.
    fn cut_and_recover(dir: &Path, base: &[u8], append: &[u8], k: usize, expected: &[EventBody]) -> Vec<u8> {
        let path = dir.join(FILE_NAME);
        let mut bytes = base.to_vec();
        bytes.extend_from_slice(&append[..k]);
        fs::write(&path, &bytes).unwrap();

        let reading = read(&path).unwrap_or_else(|e| panic!("cut at byte {k}: {e}"));
        let events = real(&reading);
        assert!(
            events.len() == expected.len() || events.len() == expected.len() + 1,
            "cut at byte {k}: {events:?}"
        );
        assert_eq!(
            &events[..expected.len()],
            expected.iter().collect::<Vec<_>>(),
            "cut at byte {k}"
        );

        let next = note("after the cut");
        let mut journal = Journal::open(dir).unwrap_or_else(|e| panic!("cut at byte {k}: {e}"));
        journal.append(next.clone()).unwrap();
        drop(journal);
        let after = fs::read(&path).unwrap();
        assert!(after.starts_with(&bytes), "cut at byte {k}: nothing is rewritten");
        let reading = read(&path).unwrap_or_else(|e| panic!("cut at byte {k}, then an append: {e}"));
        assert!(
            reading.warnings.is_empty(),
            "cut at byte {k}: {:?}",
            reading.warnings
        );
        let events = real(&reading);
        assert_eq!(events.last(), Some(&&next), "cut at byte {k}");
        assert_eq!(
            &events[..expected.len()],
            expected.iter().collect::<Vec<_>>(),
            "cut at byte {k}"
        );
        bytes
    }

    #[test]
    fn an_append_cut_at_any_byte_leaves_a_readable_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let first = photo();
        Journal::open(dir.path()).unwrap().append(first.clone()).unwrap();
        let clean = fs::read(&path).unwrap();
        // Accents, a CJK word, a quote and a control character: cuts inside a UTF-8
        // sequence and inside a \u escape.
        let cut = note("Zoë \"asked\" 東京 \u{1} ok");

        // A clean journal: the event alone.
        let append = would_append(&clean, cut.clone());
        for k in 0..=append.len() {
            cut_and_recover(dir.path(), &clean, &append, k, std::slice::from_ref(&first));
        }

        // A journal whose last line is torn: the mending newline, the acknowledgement and
        // the event, every byte of them.
        let mut torn = clean.clone();
        torn.extend_from_slice(br#"{"v":1,"id":"0193","at":"2026-11-25T10:"#);
        let append = would_append(&torn, cut.clone());
        assert_eq!(append[0], b'\n');
        for k in 0..=append.len() {
            cut_and_recover(dir.path(), &torn, &append, k, std::slice::from_ref(&first));
        }
    }

    #[test]
    fn a_mend_cut_while_mending_a_mend_leaves_a_readable_journal() {
        // The append after an interrupted mend has more to mend: cut that one at every
        // byte too, after a first cut right after the mending newline and one inside the
        // acknowledgement. (Every byte of every pair would be 100,000 fsynced appends.)
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let first = photo();
        Journal::open(dir.path()).unwrap().append(first.clone()).unwrap();
        let mut torn = fs::read(&path).unwrap();
        torn.extend_from_slice(br#"{"v":1,"id":"0193","at":"2026-1"#);
        let append = would_append(&torn, note("first try"));
        let ack_end = 1 + append[1..].iter().position(|b| *b == b'\n').unwrap() + 1;
        for k1 in [1, ack_end / 2] {
            let mut cut1 = torn.clone();
            cut1.extend_from_slice(&append[..k1]);
            let again = would_append(&cut1, note("second try"));
            // Two torn lines to acknowledge: the first, and the cut acknowledgement.
            assert_eq!(
                scan(Path::new("j"), &cut1).unwrap().1.torn.len(),
                1 + usize::from(k1 > 1)
            );
            for k2 in 0..=again.len() {
                cut_and_recover(dir.path(), &cut1, &again, k2, std::slice::from_ref(&first));
            }
        }
    }

    #[test]
    fn the_state_an_old_drempel_left_after_a_cut_mend_is_read_and_mended() {
        // Before the fix: the torn line, then the mending newline, then nothing.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        Journal::open(dir.path()).unwrap().append(photo()).unwrap();
        let mut bytes = fs::read(&path).unwrap();
        bytes.extend_from_slice(b"{\"v\":1,\"id\":\"x\",\"at\":\"20\n");
        fs::write(&path, &bytes).unwrap();
        let reading = read(&path).unwrap();
        assert_eq!(reading.torn_lines(), [2]);
        let mut journal = Journal::open(dir.path()).unwrap();
        journal.append(note("hello")).unwrap();
        drop(journal);
        let reading = read(&path).unwrap();
        assert!(reading.warnings.is_empty());
        assert_eq!(reading.acknowledged_torn, 1);
    }

    #[test]
    fn zeros_from_a_power_cut_are_torn_but_other_junk_at_the_end_is_damage() {
        let event = "{\"v\":1,\"id\":\"a\",\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"keyword.added\",\"data\":{\"query\":\"hr\"}}\n";
        for tail in ["\0\0\0\0", "{\"v\":1,\"id\":\"b\0\0\0", "\0\0\n", "{\"v\":1,\n"] {
            let reading = parse(Path::new("j"), format!("{event}{tail}").as_bytes())
                .unwrap_or_else(|e| panic!("{tail:?}: {e}"));
            assert_eq!(reading.torn_lines(), [2], "{tail:?}");
        }
        for tail in ["garbage", "garbage\n", "{}\n", "{\"v\":1}x\n", "[1,"] {
            let err = parse(Path::new("j"), format!("{event}{tail}").as_bytes()).unwrap_err();
            assert!(
                matches!(err, Error::JournalCorrupt { line: 2, .. }),
                "{tail:?}: {err:?}"
            );
        }
        // A torn line with real events after it and no acknowledgement is damage too.
        let err = parse(Path::new("j"), format!("{event}{{\"v\":1,\n{event}").as_bytes()).unwrap_err();
        assert!(matches!(err, Error::JournalCorrupt { line: 2, .. }), "{err:?}");
    }

    #[test]
    fn after_a_failed_write_the_next_append_looks_at_the_file_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let mut journal = Journal::open(dir.path()).unwrap();
        journal.append(photo()).unwrap();
        // What a write cut short by a full disk leaves, and what the journal then knows.
        let mut file = fs::OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(b"{\"v\":1,\"id\":\"half").unwrap();
        journal.repair = None;
        journal.append(note("after")).unwrap();
        drop(journal);
        let reading = read(&path).unwrap();
        assert!(reading.warnings.is_empty());
        assert_eq!(reading.acknowledged_torn, 1);
        assert_eq!(real(&reading), [&photo(), &note("after")]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_journal_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let learner = dir.path().join("me");
        fs::create_dir(&learner).unwrap();
        let target = dir.path().join("elsewhere.txt");
        fs::write(&target, "not yours\n").unwrap();
        std::os::unix::fs::symlink(&target, learner.join(FILE_NAME)).unwrap();
        let err = Journal::open(&learner).unwrap_err();
        assert!(matches!(err, Error::JournalSymlink { .. }), "{err:?}");
        assert_eq!(err.exit_code(), 3);
        assert!(err.to_string().contains("symbolic link"), "{err}");
        let err = read(&learner.join(FILE_NAME)).unwrap_err();
        assert!(matches!(err, Error::JournalSymlink { .. }), "{err:?}");
        assert_eq!(fs::read(&target).unwrap(), b"not yours\n");
        assert!(!is_locked(&learner));

        // A link to nowhere would be created through: refused as well.
        let dangling = dir.path().join("dangling");
        fs::create_dir(&dangling).unwrap();
        std::os::unix::fs::symlink(dir.path().join("nothing"), dangling.join(FILE_NAME)).unwrap();
        let err = Journal::open(&dangling).unwrap_err();
        assert!(matches!(err, Error::JournalSymlink { .. }), "{err:?}");
        assert!(!dir.path().join("nothing").exists());
    }

    #[cfg(unix)]
    #[test]
    fn the_open_itself_does_not_follow_a_link() {
        // The look before opening can race with a link made in between; the open must
        // refuse on its own.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        fs::write(&target, "x").unwrap();
        let link = dir.path().join(FILE_NAME);
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut options = OpenOptions::new();
        options.read(true);
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
        let err = options.open(&link).unwrap_err();
        assert!(
            matches!(err.raw_os_error(), Some(libc::ELOOP | libc::EMLINK)),
            "{err:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_where_the_journal_should_be_is_refused_not_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let c_path = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let err = read(&path).unwrap_err();
        assert!(matches!(err, Error::JournalNotAFile { .. }), "{err:?}");
        let err = Journal::open(dir.path()).unwrap_err();
        assert!(matches!(err, Error::JournalNotAFile { .. }), "{err:?}");
        assert_eq!(err.exit_code(), 3);
    }

    #[cfg(unix)]
    #[test]
    fn an_open_journal_and_folder_are_made_private_with_a_notice() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let learner = dir.path().join("me");
        let path = learner.join(FILE_NAME);
        Journal::open(&learner).unwrap().append(photo()).unwrap();

        // Opened for writing: both tightened, both said, once each.
        fs::set_permissions(&learner, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let journal = Journal::open(&learner).unwrap();
        assert_eq!((mode(&learner), mode(&path)), (0o700, 0o600));
        assert_eq!(
            journal.read().unwrap().warnings,
            [
                Warning::TooOpen {
                    path: learner.clone(),
                    mode: 0o755,
                    made: Some(0o700)
                },
                Warning::TooOpen {
                    path: path.clone(),
                    mode: 0o644,
                    made: Some(0o600)
                }
            ]
        );
        drop(journal);

        // Only read: tightened all the same, the content untouched.
        fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
        let before = fs::read(&path).unwrap();
        let reading = read(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(
            reading.warnings,
            [Warning::TooOpen {
                path: path.clone(),
                mode: 0o664,
                made: Some(0o600)
            }]
        );
        assert!(
            reading.warnings[0].to_string().contains("0664"),
            "{}",
            reading.warnings[0]
        );
        assert_eq!(fs::read(&path).unwrap(), before);
        assert!(read(&path).unwrap().warnings.is_empty(), "said once");
    }
}
