//! Reading a room's exports: files and folders, each export checked before it counts,
//! every string from it sanitised, an older export of the same journey left out.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::coach::EVIDENCE_IDS;
use crate::coach::export::{Learner, Stuck};
use crate::coach::received::{self, BadExport, clean, io_reason};
use crate::coach::timeline::{RungReached, StepReached};
use crate::ladder::Rung;
use crate::step::Step;
use crate::t;
use crate::text::sanitize_line;

pub use crate::coach::received::MAX_EXPORT_BYTES;

/// How far ahead of this computer's clock an export's dates may be: a laptop set to the
/// wrong time zone is a few hours off; a forged date next month is not.
pub const CLOCK_SKEW: TimeDelta = TimeDelta::hours(3);

/// More of anything (keywords, scans, comments…) than a person could reach in years.
pub const MAX_COUNT: u64 = 1_000_000;

/// More items than any platform's profile checklist could hold.
pub const MAX_CHECKLIST_ITEMS: u64 = 1_000;

/// A learner's name longer than this is not a name.
pub const MAX_NAME_CHARS: usize = 200;

/// What the cohort needs from one export, and the figures it checks; everything else in
/// it is ignored. Every string in it is sanitised (see [`parse_record`]).
#[derive(Clone, Debug, Deserialize)]
pub struct Record {
    pub generated_at: DateTime<Utc>,
    #[serde(default)]
    pub journey: Option<String>,
    /// Missing in exports written before it was added.
    #[serde(default)]
    pub started_at: Option<DateTime<Utc>>,
    pub learner: Learner,
    pub rung: Rung,
    pub timeline: Vec<RungReached>,
    pub steps: Vec<StepReached>,
    #[serde(default)]
    pub stuck: Option<Stuck>,
    #[serde(default)]
    pub steps_done: Option<u64>,
    #[serde(default)]
    pub counts: Option<BTreeMap<String, u64>>,
    #[serde(default)]
    pub checklists: Option<Vec<ChecklistFigures>>,
}

/// The figures of one platform's checklist in an export.
#[derive(Clone, Debug, Deserialize)]
pub struct ChecklistFigures {
    pub platform: String,
    pub done: u64,
    pub total: u64,
}

impl Record {
    /// The highest rung first reached before `at`: where the learner stood then.
    pub fn rung_before(&self, at: DateTime<Utc>) -> Rung {
        self.timeline
            .iter()
            .filter(|r| r.reached_at.is_some_and(|t| t < at))
            .map(|r| r.rung)
            .max()
            .unwrap_or(Rung::Inactive)
    }
}

/// An export read from a file.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Its place among the files looked at, from 1 (see [`Loaded::total`]).
    pub number: usize,
    pub path: PathBuf,
    pub record: Record,
}

/// A file that was not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// Its place among the files looked at, from 1: "file 3 of 22" names it without
    /// its file name, which holds the learner's name.
    pub number: usize,
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// It cannot be read as an export at all.
    Bad(BadExport),
    /// A drempel export whose figures cannot be right: left out so that one forged or
    /// broken file cannot skew a room's figures.
    Invalid(Invalid),
    /// An older export of the same journey as the file with this number.
    Duplicate { newer: usize },
}

impl From<BadExport> for SkipReason {
    fn from(bad: BadExport) -> SkipReason {
        SkipReason::Bad(bad)
    }
}

/// Why an export's figures cannot be right. Fields are named as in the export's JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A date later than now, beyond [`CLOCK_SKEW`].
    Future {
        field: String,
        at: DateTime<Utc>,
    },
    /// A date later than the export itself.
    AfterExport {
        field: String,
        at: DateTime<Utc>,
        generated: DateTime<Utc>,
    },
    /// A rung or step reached before the journey started.
    BeforeStart {
        field: String,
        at: DateTime<Utc>,
        start: DateTime<Utc>,
    },
    TooManySteps(usize),
    RepeatedStep(Step),
    TooManyRungs(usize),
    RepeatedRung(Rung),
    /// A rung that holds now but was never reached.
    NeverReached(Rung),
    /// `steps_done` against the steps listed as done.
    StepsDone {
        claimed: u64,
        listed: usize,
    },
    DoneOverTotal {
        platform: String,
        done: u64,
        total: u64,
    },
    /// A count beyond what anyone could reach.
    Count {
        field: String,
        value: u64,
    },
    UnknownEvidence(String),
    NameTooLong(usize),
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = |at: &DateTime<Utc>| at.format("%Y-%m-%d %H:%M UTC").to_string();
        let text = match self {
            Invalid::Future { field, at } => {
                t!("cohort-invalid-future", field = field.as_str(), at = date(at))
            }
            Invalid::AfterExport { field, at, generated } => t!(
                "cohort-invalid-after-export",
                field = field.as_str(),
                at = date(at),
                generated = date(generated)
            ),
            Invalid::BeforeStart { field, at, start } => t!(
                "cohort-invalid-before-start",
                field = field.as_str(),
                at = date(at),
                start = date(start)
            ),
            Invalid::TooManySteps(count) => {
                t!(
                    "cohort-invalid-too-many-steps",
                    count = *count,
                    max = Step::ALL.len()
                )
            }
            Invalid::RepeatedStep(step) => t!("cohort-invalid-repeated-step", step = step.name()),
            Invalid::TooManyRungs(count) => {
                t!(
                    "cohort-invalid-too-many-rungs",
                    count = *count,
                    max = Rung::CLIMB.len()
                )
            }
            Invalid::RepeatedRung(rung) => t!("cohort-invalid-repeated-rung", rung = rung.name()),
            Invalid::NeverReached(rung) => t!("cohort-invalid-never-reached", rung = rung.name()),
            Invalid::StepsDone { claimed, listed } => {
                t!("cohort-invalid-steps-done", claimed = *claimed, listed = *listed)
            }
            Invalid::DoneOverTotal {
                platform,
                done,
                total,
            } => t!(
                "cohort-invalid-done-over-total",
                platform = platform.as_str(),
                done = *done,
                total = *total
            ),
            Invalid::Count { field, value } => {
                t!(
                    "cohort-invalid-count",
                    field = field.as_str(),
                    value = value.to_string()
                )
            }
            Invalid::UnknownEvidence(evidence) => {
                t!("cohort-invalid-evidence", evidence = evidence.as_str())
            }
            Invalid::NameTooLong(chars) => t!("cohort-invalid-name", count = *chars),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Bad(bad) => bad.fmt(f),
            SkipReason::Invalid(invalid) => {
                f.write_str(&t!("cohort-skip-invalid", reason = invalid.to_string()))
            }
            SkipReason::Duplicate { newer } => f.write_str(&t!("cohort-skip-duplicate", newer = *newer)),
        }
    }
}

/// Everything read from the paths given.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
    /// How many files were read, counted or not.
    pub files: usize,
    /// How many files and paths were looked at, read or not: the "of 22" in "file 3 of
    /// 22". They are numbered in the order they were looked at (paths as given, each
    /// folder's files in name order).
    pub total: usize,
}

/// Reads every export under `paths`: files as given, folders recursively (`*.json`).
pub fn load(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    // Each file or path that could not be looked into, in the order met.
    let mut found: Vec<(PathBuf, Option<SkipReason>)> = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => collect(path, &mut found, &mut seen_dirs),
            Ok(_) => found.push((path.clone(), None)),
            Err(err) => found.push((path.clone(), Some(io_reason(&err).into()))),
        }
    }
    loaded.total = found.len();
    for (index, (path, problem)) in found.into_iter().enumerate() {
        let number = index + 1;
        if let Some(reason) = problem {
            loaded.skipped.push(Skipped { number, path, reason });
            continue;
        }
        loaded.files += 1;
        match read_record(&path) {
            Ok(record) => loaded.entries.push(Entry { number, path, record }),
            Err(reason) => loaded.skipped.push(Skipped { number, path, reason }),
        }
    }
    drop_duplicates(&mut loaded);
    loaded.skipped.sort_by_key(|s| s.number);
    loaded
}

fn collect(dir: &Path, found: &mut Vec<(PathBuf, Option<SkipReason>)>, seen: &mut HashSet<PathBuf>) {
    // A symlink loop would otherwise walk forever.
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            found.push((dir.to_owned(), Some(io_reason(&err).into())));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        match fs::metadata(&child) {
            Ok(meta) if meta.is_dir() => collect(&child, found, seen),
            Ok(_) if is_json_name(&child) => found.push((child, None)),
            Ok(_) => {}
            Err(err) if is_json_name(&child) => found.push((child, Some(io_reason(&err).into()))),
            Err(_) => {}
        }
    }
}

fn is_json_name(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    !hidden && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Reads one export, deciding first whether it is one at all and of which version
/// (see [`received`]).
pub fn read_record(path: &Path) -> Result<Record, SkipReason> {
    parse_record(&received::read_bytes(path)?)
}

/// Reads an export's bytes: what it is, which version, then its figures, checked
/// against this computer's clock (see [`parse_record_at`]).
pub fn parse_record(bytes: &[u8]) -> Result<Record, SkipReason> {
    parse_record_at(bytes, Utc::now())
}

/// [`parse_record`] as if the time were `now`. Every string taken from the file, the
/// parser's messages included, is sanitised: an export is untrusted input.
pub fn parse_record_at(bytes: &[u8], now: DateTime<Utc>) -> Result<Record, SkipReason> {
    received::export_version(bytes)?;
    let mut record: Record =
        serde_json::from_slice(bytes).map_err(|e| BadExport::Damaged(clean(&e.to_string())))?;
    record.learner.name = record.learner.name.as_deref().map(sanitize_line);
    record.journey = record.journey.as_deref().map(clean);
    validate(&record, now).map_err(SkipReason::Invalid)?;
    Ok(record)
}

/// Checks that an export's figures can be true: no dates in the future or before the
/// journey, no more steps or rungs than there are, counts a person can reach.
fn validate(record: &Record, now: DateTime<Utc>) -> Result<(), Invalid> {
    if let Some(name) = &record.learner.name {
        let chars = name.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(Invalid::NameTooLong(chars));
        }
    }
    if let Some(stuck) = &record.stuck
        && !EVIDENCE_IDS.contains(&stuck.evidence.as_str())
    {
        return Err(Invalid::UnknownEvidence(clean(&stuck.evidence)));
    }

    if record.steps.len() > Step::ALL.len() {
        return Err(Invalid::TooManySteps(record.steps.len()));
    }
    let mut steps = HashSet::new();
    if let Some(step) = record.steps.iter().find(|s| !steps.insert(s.step)) {
        return Err(Invalid::RepeatedStep(step.step));
    }
    if record.timeline.len() > Rung::CLIMB.len() {
        return Err(Invalid::TooManyRungs(record.timeline.len()));
    }
    let mut rungs = HashSet::new();
    if let Some(rung) = record.timeline.iter().find(|r| !rungs.insert(r.rung)) {
        return Err(Invalid::RepeatedRung(rung.rung));
    }
    if let Some(rung) = record.timeline.iter().find(|r| r.holds && r.reached_at.is_none()) {
        return Err(Invalid::NeverReached(rung.rung));
    }

    // Every date: not ahead of this clock, nor of the export, nor before the journey.
    let start = record
        .started_at
        .or_else(|| record.journey.as_deref().and_then(uuid_v7_time));
    let mut dates: Vec<(String, DateTime<Utc>)> = vec![("generated_at".into(), record.generated_at)];
    if let Some(started) = record.started_at {
        dates.push(("started_at".into(), started));
    }
    for reached in &record.timeline {
        if let Some(at) = reached.reached_at {
            dates.push((format!("timeline[{}].reached_at", json_name(&reached.rung)), at));
        }
    }
    for step in &record.steps {
        if let Some(at) = step.done_at {
            dates.push((format!("steps[{}].done_at", step.step.as_str()), at));
        }
    }
    for (field, at) in dates {
        if at > now + CLOCK_SKEW {
            return Err(Invalid::Future { field, at });
        }
        if at > record.generated_at + CLOCK_SKEW {
            return Err(Invalid::AfterExport {
                field,
                at,
                generated: record.generated_at,
            });
        }
        if let Some(start) = start
            && at < start - CLOCK_SKEW
        {
            return Err(Invalid::BeforeStart { field, at, start });
        }
    }

    let listed = record.steps.iter().filter(|s| s.done).count();
    if let Some(claimed) = record.steps_done
        && claimed != listed as u64
    {
        return Err(Invalid::StepsDone { claimed, listed });
    }
    for (name, value) in record.counts.iter().flatten() {
        if *value > MAX_COUNT {
            return Err(Invalid::Count {
                field: format!("counts.{}", clean(name)),
                value: *value,
            });
        }
    }
    for checklist in record.checklists.iter().flatten() {
        let platform = clean(&checklist.platform);
        if checklist.total > MAX_CHECKLIST_ITEMS {
            return Err(Invalid::Count {
                field: format!("checklists[{platform}].total"),
                value: checklist.total,
            });
        }
        if checklist.done > checklist.total {
            return Err(Invalid::DoneOverTotal {
                platform,
                done: checklist.done,
                total: checklist.total,
            });
        }
    }
    Ok(())
}

/// How a value is spelled in the JSON: `critic`.
fn json_name(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The moment a version 7 UUID was made (an export's journey id is its first event's
/// id): when the journey started, for exports without `started_at`.
fn uuid_v7_time(id: &str) -> Option<DateTime<Utc>> {
    let uuid = uuid::Uuid::parse_str(id).ok()?;
    if uuid.get_version_num() != 7 {
        return None;
    }
    let (secs, nanos) = uuid.get_timestamp()?.to_unix();
    DateTime::from_timestamp(i64::try_from(secs).ok()?, nanos)
}

/// A learner who exported twice counts once: the newest export of a journey wins.
fn drop_duplicates(loaded: &mut Loaded) {
    let mut newest: HashMap<&str, usize> = HashMap::new();
    for (index, entry) in loaded.entries.iter().enumerate() {
        let Some(journey) = entry.record.journey.as_deref() else {
            continue;
        };
        newest
            .entry(journey)
            .and_modify(|best| {
                if entry.record.generated_at > loaded.entries[*best].record.generated_at {
                    *best = index;
                }
            })
            .or_insert(index);
    }
    let keep: Vec<bool> = loaded
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| entry.record.journey.as_deref().is_none_or(|j| newest[j] == index))
        .collect();
    let mut duplicates = Vec::new();
    for (index, entry) in loaded.entries.iter().enumerate() {
        if !keep[index] {
            let winner = newest[entry.record.journey.as_deref().expect("only journeys repeat")];
            duplicates.push(Skipped {
                number: entry.number,
                path: entry.path.clone(),
                reason: SkipReason::Duplicate {
                    newer: loaded.entries[winner].number,
                },
            });
        }
    }
    let mut index = 0;
    loaded.entries.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    loaded.skipped.extend(duplicates);
}
