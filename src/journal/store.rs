//! The append-only store: `journal.jsonl`, one event a line, fsynced on every append,
//! one writer at a time.

use std::fs::{self, File};
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
    /// The line number of an unterminated, unreadable last line.
    pub fn torn_last_line(&self) -> Option<usize> {
        self.warnings.iter().find_map(|w| match w {
            Warning::TornLastLine { line, .. } => Some(*line),
            #[allow(unreachable_patterns)]
            _ => None,
        })
    }
}

/// Something worth telling the learner about the journal that does not stop the work.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    TornLastLine { path: PathBuf, line: usize },
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::TornLastLine { path, line } => f.write_str(&t!(
                "warning-torn-line",
                path = path.display().to_string(),
                line = *line
            )),
        }
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

/// Reads the journal at `path` without taking the lock; a missing file is an empty
/// journal. Never writes.
pub fn read(path: &Path) -> Result<Reading> {
    match fs::read(path) {
        Ok(bytes) => parse(path, &bytes),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Reading::default()),
        Err(err) => Err(Error::io("read", path)(err)),
    }
}

/// Parses journal bytes. A line that does not parse is fatal in the middle of the file
/// (exit 3, naming the line) and a warning when it is the unterminated last line, the
/// mark of an interrupted write.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Reading> {
    let mut reading = Reading::default();
    let mut bad: Vec<(usize, String)> = Vec::new();
    let mut torn_tail = None;
    let ends_with_newline = bytes.last() == Some(&b'\n');
    let mut lines = bytes.split(|b| *b == b'\n').enumerate().peekable();
    while let Some((index, line)) = lines.next() {
        let number = index + 1;
        let is_last = lines.peek().is_none();
        if is_last && ends_with_newline {
            break; // the empty remainder after the final newline
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse_line(line) {
            Ok(Some(event)) => reading.events.push(event),
            Ok(None) => reading.ignored += 1,
            Err(reason) if is_last => torn_tail = Some((number, reason)),
            Err(reason) => bad.push((number, reason)),
        }
    }
    let acknowledged: Vec<usize> = reading
        .events
        .iter()
        .filter_map(|e| match e.body {
            EventBody::TornLine { line } => Some(line),
            _ => None,
        })
        .collect();
    for (line, reason) in bad {
        if acknowledged.contains(&line) {
            reading.acknowledged_torn += 1;
        } else {
            return Err(Error::JournalCorrupt {
                path: path.to_owned(),
                line,
                reason,
            });
        }
    }
    if let Some((line, _)) = torn_tail {
        reading.warnings.push(Warning::TornLastLine {
            path: path.to_owned(),
            line,
        });
    }
    Ok(reading)
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

/// The journal opened for writing: holds the one-writer lock until dropped.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
    /// What must be written before the next event so that it starts on a line of its
    /// own: a newline, and the acknowledgement of a torn line if there is one.
    pending_repair: Option<Option<usize>>,
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
        let created = !path.exists();
        let mut file = fsutil::private_options()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(Error::io("open", &path))?;
        if created {
            fsutil::sync_dir(dir)?;
        }
        lock(&file, &path, patience)?;
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(0))
            .and_then(|_| file.read_to_end(&mut bytes))
            .map_err(Error::io("read", &path))?;
        let reading = parse(&path, &bytes)?;
        let pending_repair = if bytes.is_empty() || bytes.ends_with(b"\n") {
            None
        } else {
            Some(reading.torn_last_line())
        };
        Ok(Journal {
            path,
            file,
            pending_repair,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the journal as it is now, under this writer's lock.
    pub fn read(&self) -> Result<Reading> {
        read(&self.path)
    }

    /// Appends one event and fsyncs it before returning: once this returns, the answer
    /// survives a crash or a closed terminal.
    pub fn append(&mut self, body: EventBody) -> Result<Event> {
        let mut out = Vec::with_capacity(256);
        if let Some(torn) = self.pending_repair {
            out.push(b'\n');
            if let Some(line) = torn {
                encode(&mut out, &new_event(EventBody::TornLine { line }));
            }
        }
        let event = new_event(body);
        encode(&mut out, &event);
        self.file
            .write_all(&out)
            .and_then(|_| self.file.sync_data())
            .map_err(Error::io("write", &self.path))?;
        self.pending_repair = None;
        Ok(event)
    }

    /// Appends several events with one write and one fsync: importing 10,000 feeds
    /// costs one disk flush, not 10,000. A crash part-way leaves a prefix of them and
    /// at most one torn last line, as with [`Journal::append`].
    pub fn append_all(&mut self, bodies: Vec<EventBody>) -> Result<Vec<Event>> {
        if bodies.is_empty() {
            return Ok(Vec::new());
        }
        let mut out = Vec::with_capacity(256 * bodies.len());
        if let Some(torn) = self.pending_repair {
            out.push(b'\n');
            if let Some(line) = torn {
                encode(&mut out, &new_event(EventBody::TornLine { line }));
            }
        }
        let events: Vec<Event> = bodies.into_iter().map(new_event).collect();
        for event in &events {
            encode(&mut out, event);
        }
        self.file
            .write_all(&out)
            .and_then(|_| self.file.sync_data())
            .map_err(Error::io("write", &self.path))?;
        self.pending_repair = None;
        Ok(events)
    }
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
    let Ok(file) = File::open(dir.join(FILE_NAME)) else {
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
        let mut journal = Journal::open(dir.path()).unwrap();
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
            vec![Warning::TornLastLine {
                path: path.clone(),
                line: 2
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
}
