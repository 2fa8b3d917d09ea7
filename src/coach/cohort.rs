//! The cohort view: what a training group achieved, from the exports its learners
//! handed in. Aggregates by default; individuals only when the trainer asks (`--names`),
//! because a per-person performance view needs consent in many workplaces.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::{self, Write};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::export::{self, Learner, Stuck};
use super::report::md_escape;
use super::timeline::{RungReached, StepReached};
use super::{ALL_RUNGS, EVIDENCE_IDS, evidence_label, html, local_date, start_of_day, svg};
use crate::files::{self, InputError};
use crate::ladder::Rung;
use crate::step::Step;
use crate::t;
use crate::ui::ladder_view::step_name;
use crate::ui::{Palette, sanitize_line};

pub const FORMAT: &str = "drempel-cohort";
pub const VERSION: u32 = 1;

/// Exports are a few kilobytes; anything far bigger is not one, and reading it whole
/// would cost the memory a room's worth of exports needs.
pub const MAX_EXPORT_BYTES: u64 = 4 * 1024 * 1024;

/// How far ahead of this computer's clock an export's dates may be: a laptop set to the
/// wrong time zone is a few hours off; a forged date next month is not.
pub const CLOCK_SKEW: TimeDelta = TimeDelta::hours(3);

/// More of anything (keywords, scans, comments…) than a person could reach in years.
pub const MAX_COUNT: u64 = 1_000_000;

/// More items than any platform's profile checklist could hold.
pub const MAX_CHECKLIST_ITEMS: u64 = 1_000;

/// A learner's name longer than this is not a name.
pub const MAX_NAME_CHARS: usize = 200;

/// A reason quoted from a parser is cut to this many characters: it can quote the file.
const MAX_REASON_CHARS: usize = 200;

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

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<serde_json::Value>,
}

/// An export read from a file.
#[derive(Clone, Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub record: Record,
}

/// A file that was not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Missing,
    Unreadable(String),
    TooLarge(u64),
    NotJson(String),
    /// JSON, but not a drempel export; the format it claims, if any.
    Foreign(Option<String>),
    /// Written by a newer drempel.
    Newer(u64),
    Damaged(String),
    /// A drempel export whose figures cannot be right: left out so that one forged or
    /// broken file cannot skew a room's figures.
    Invalid(Invalid),
    /// An older export of the same journey as this file.
    Duplicate(PathBuf),
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
            Invalid::RepeatedStep(step) => t!("cohort-invalid-repeated-step", step = step_name(*step)),
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
        let text = match self {
            SkipReason::Missing => t!("cohort-skip-missing"),
            SkipReason::Unreadable(reason) => t!("cohort-skip-unreadable", reason = reason.as_str()),
            SkipReason::TooLarge(bytes) => t!("cohort-skip-too-large", megabytes = bytes / (1024 * 1024)),
            SkipReason::NotJson(reason) => t!("cohort-skip-not-json", reason = reason.as_str()),
            SkipReason::Foreign(Some(format)) => {
                t!("cohort-skip-foreign-format", format = sanitize_line(format))
            }
            SkipReason::Foreign(None) => t!("cohort-skip-foreign"),
            SkipReason::Newer(version) => t!(
                "cohort-skip-newer",
                version = *version,
                supported = export::VERSION
            ),
            SkipReason::Damaged(reason) => t!("cohort-skip-damaged", reason = reason.as_str()),
            SkipReason::Invalid(invalid) => t!("cohort-skip-invalid", reason = invalid.to_string()),
            SkipReason::Duplicate(newer) => {
                t!(
                    "cohort-skip-duplicate",
                    newer = sanitize_line(&newer.display().to_string())
                )
            }
        };
        f.write_str(&text)
    }
}

/// Everything read from the paths given.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
    /// How many files were looked at, counted or not.
    pub files: usize,
}

/// Reads every export under `paths`: files as given, folders recursively (`*.json`).
pub fn load(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    let mut files = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => collect(path, &mut files, &mut seen_dirs, &mut loaded.skipped),
            Ok(_) => files.push(path.clone()),
            Err(err) => loaded.skipped.push(Skipped {
                path: path.clone(),
                reason: io_reason(&err),
            }),
        }
    }
    loaded.files = files.len();
    for path in files {
        match read_record(&path) {
            Ok(record) => loaded.entries.push(Entry { path, record }),
            Err(reason) => loaded.skipped.push(Skipped { path, reason }),
        }
    }
    drop_duplicates(&mut loaded);
    loaded
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>, skipped: &mut Vec<Skipped>) {
    // A symlink loop would otherwise walk forever.
    let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    if !seen.insert(canonical) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            skipped.push(Skipped {
                path: dir.to_owned(),
                reason: io_reason(&err),
            });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        match fs::metadata(&child) {
            Ok(meta) if meta.is_dir() => collect(&child, files, seen, skipped),
            Ok(_) if is_json_name(&child) => files.push(child),
            Ok(_) => {}
            Err(err) if is_json_name(&child) => skipped.push(Skipped {
                path: child,
                reason: io_reason(&err),
            }),
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

fn io_reason(err: &std::io::Error) -> SkipReason {
    if err.kind() == std::io::ErrorKind::NotFound {
        SkipReason::Missing
    } else {
        SkipReason::Unreadable(clean(&err.to_string()))
    }
}

/// Text quoted from a file or a parser, made safe to print: no controls or bidi
/// overrides, one line, and short (a parser's message can quote a whole string).
fn clean(text: &str) -> String {
    let line = sanitize_line(text);
    if line.chars().count() <= MAX_REASON_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(MAX_REASON_CHARS).collect();
    cut.push('…');
    cut
}

/// Reads one export, deciding first whether it is one at all and of which version.
/// At most [`MAX_EXPORT_BYTES`] are read, whatever size the file reports; a pipe or
/// device is skipped, never waited on.
pub fn read_record(path: &Path) -> Result<Record, SkipReason> {
    let bytes = files::read_capped(path, MAX_EXPORT_BYTES).map_err(|err| match err {
        InputError::Io(err) => io_reason(&err),
        InputError::TooLarge { size: Some(size), .. } => SkipReason::TooLarge(size),
        other => SkipReason::Unreadable(other.to_string()),
    })?;
    parse_record(&bytes)
}

/// Reads an export's bytes: what it is, which version, then its figures, checked
/// against this computer's clock (see [`parse_record_at`]).
pub fn parse_record(bytes: &[u8]) -> Result<Record, SkipReason> {
    parse_record_at(bytes, Utc::now())
}

/// [`parse_record`] as if the time were `now`. Every string taken from the file, the
/// parser's messages included, is sanitised: an export is untrusted input.
pub fn parse_record_at(bytes: &[u8], now: DateTime<Utc>) -> Result<Record, SkipReason> {
    let header: Header = match serde_json::from_slice(bytes) {
        Ok(header) => header,
        Err(err) if err.is_data() => return Err(SkipReason::Foreign(None)),
        Err(err) => return Err(SkipReason::NotJson(clean(&err.to_string()))),
    };
    match header.format.as_deref() {
        Some(export::FORMAT) => {}
        other => return Err(SkipReason::Foreign(other.map(clean))),
    }
    let version = header
        .version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| SkipReason::Damaged(t!("cohort-no-version")))?;
    if version > u64::from(export::VERSION) {
        return Err(SkipReason::Newer(version));
    }
    if version == 0 {
        return Err(SkipReason::Damaged(t!("cohort-no-version")));
    }
    let mut record: Record =
        serde_json::from_slice(bytes).map_err(|e| SkipReason::Damaged(clean(&e.to_string())))?;
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
                path: entry.path.clone(),
                reason: SkipReason::Duplicate(loaded.entries[winner].path.clone()),
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

/// The cohort view, ready to render; `people` only with `--names`.
#[derive(Clone, Debug, Serialize)]
pub struct Cohort {
    pub format: &'static str,
    pub version: u32,
    pub learners: usize,
    pub contributors: usize,
    pub rungs: Vec<RungCount>,
    pub funnel: Vec<StepCount>,
    pub stuck: Vec<StuckCount>,
    pub movement: Movement,
    pub by_day: Vec<DayCount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<Person>>,
    pub skipped: Vec<SkippedOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RungCount {
    pub rung: Rung,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepCount {
    pub step: Step,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StuckCount {
    pub evidence: String,
    pub step: Step,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Movement {
    pub since: NaiveDate,
    pub moved_up: usize,
    pub stayed: usize,
    pub moved_down: usize,
    pub transitions: Vec<Transition>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Transition {
    pub from: Rung,
    pub to: Rung,
    pub count: usize,
}

/// How many reached each rung on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayCount {
    pub date: NaiveDate,
    pub reached: Vec<RungCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub rung: Rung,
    pub rung_since: Rung,
    pub steps_done: usize,
    pub stuck: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedOut {
    pub path: String,
    pub reason: String,
}

/// Sums up the loaded exports. `since` defaults to the day of the newest export: at
/// the end of a training day, "who moved up today".
pub fn summarise(loaded: &Loaded, since: Option<NaiveDate>, names: bool) -> Cohort {
    let records: Vec<&Record> = loaded.entries.iter().map(|e| &e.record).collect();
    let since = since.unwrap_or_else(|| {
        records
            .iter()
            .map(|r| r.generated_at)
            .max()
            .map_or_else(|| local_date(Utc::now()), local_date)
    });
    let since_start = start_of_day(since);

    let count_rung = |rung: Rung| records.iter().filter(|r| r.rung == rung).count();
    let rungs = ALL_RUNGS
        .into_iter()
        .map(|rung| RungCount {
            rung,
            count: count_rung(rung),
        })
        .collect();
    let funnel = Step::ALL
        .into_iter()
        .map(|step| StepCount {
            step,
            count: records
                .iter()
                .filter(|r| r.steps.iter().any(|s| s.step == step && s.done))
                .count(),
        })
        .collect();

    let mut stuck_counts: HashMap<&str, (Step, usize)> = HashMap::new();
    for stuck in records.iter().filter_map(|r| r.stuck.as_ref()) {
        stuck_counts.entry(&stuck.evidence).or_insert((stuck.step, 0)).1 += 1;
    }
    let ladder_order = |id: &str| EVIDENCE_IDS.iter().position(|e| *e == id).unwrap_or(usize::MAX);
    let mut stuck: Vec<StuckCount> = stuck_counts
        .into_iter()
        .map(|(evidence, (step, count))| StuckCount {
            evidence: evidence.to_owned(),
            step,
            count,
        })
        .collect();
    stuck.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| ladder_order(&a.evidence).cmp(&ladder_order(&b.evidence)))
            .then_with(|| a.evidence.cmp(&b.evidence))
    });

    let mut transitions: BTreeMap<(Rung, Rung), usize> = BTreeMap::new();
    let (mut moved_up, mut stayed, mut moved_down) = (0, 0, 0);
    for record in &records {
        let before = record.rung_before(since_start);
        match record.rung.cmp(&before) {
            std::cmp::Ordering::Greater => {
                moved_up += 1;
                *transitions.entry((before, record.rung)).or_default() += 1;
            }
            std::cmp::Ordering::Equal => stayed += 1,
            std::cmp::Ordering::Less => moved_down += 1,
        }
    }
    let mut transitions: Vec<Transition> = transitions
        .into_iter()
        .map(|((from, to), count)| Transition { from, to, count })
        .collect();
    transitions.sort_by(|a, b| b.count.cmp(&a.count).then((a.from, a.to).cmp(&(b.from, b.to))));

    let mut days: BTreeMap<NaiveDate, BTreeMap<Rung, usize>> = BTreeMap::new();
    for record in &records {
        for reached in &record.timeline {
            if let Some(at) = reached.reached_at {
                *days
                    .entry(local_date(at))
                    .or_default()
                    .entry(reached.rung)
                    .or_default() += 1;
            }
        }
    }
    let by_day = days
        .into_iter()
        .map(|(date, counts)| DayCount {
            date,
            reached: Rung::CLIMB
                .into_iter()
                .map(|rung| RungCount {
                    rung,
                    count: counts.get(&rung).copied().unwrap_or(0),
                })
                .collect(),
        })
        .collect();

    let people = names.then(|| {
        let mut people: Vec<Person> = loaded
            .entries
            .iter()
            .map(|entry| Person {
                name: entry
                    .record
                    .learner
                    .name
                    .clone()
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| {
                        entry
                            .path
                            .file_stem()
                            .map_or_else(String::new, |s| sanitize_line(&s.to_string_lossy()))
                    }),
                rung: entry.record.rung,
                rung_since: entry.record.rung_before(since_start),
                steps_done: entry.record.steps.iter().filter(|s| s.done).count(),
                stuck: entry.record.stuck.as_ref().map(|s| s.evidence.clone()),
            })
            .collect();
        people.sort_by(|a, b| b.rung.cmp(&a.rung).then_with(|| a.name.cmp(&b.name)));
        people
    });

    let mut skipped: Vec<SkippedOut> = loaded
        .skipped
        .iter()
        .map(|s| SkippedOut {
            // File names are outside text too: a collected folder can hold any name.
            path: sanitize_line(&s.path.display().to_string()),
            reason: s.reason.to_string(),
        })
        .collect();
    skipped.sort_by(|a, b| a.path.cmp(&b.path));

    Cohort {
        format: FORMAT,
        version: VERSION,
        learners: records.len(),
        contributors: records.iter().filter(|r| r.rung.is_contributor()).count(),
        rungs,
        funnel,
        stuck,
        movement: Movement {
            since,
            moved_up,
            stayed,
            moved_down,
            transitions,
        },
        by_day,
        people,
        skipped,
    }
}

impl Cohort {
    pub fn to_json(&self) -> String {
        crate::ui::json::to_string_pretty(self)
    }

    fn headline(&self) -> String {
        t!(
            "cohort-headline",
            learners = self.learners,
            contributors = self.contributors
        )
    }

    fn movement_line(&self) -> String {
        t!(
            "cohort-moved-up",
            since = self.movement.since.to_string(),
            up = self.movement.moved_up,
            learners = self.learners,
            stayed = self.movement.stayed,
            down = self.movement.moved_down
        )
    }

    /// For the terminal: bars in the palette's colours, the largest type a terminal has.
    pub fn to_table(&self, p: &Palette) -> String {
        let mut out = String::new();
        let total = self.learners;
        let _ = writeln!(out, "{}", p.heading.apply_to(self.headline()));
        let rungs: Vec<(String, usize)> = self
            .rungs
            .iter()
            .rev()
            .map(|r| (r.rung.name(), r.count))
            .collect();
        table_section(&mut out, p, &t!("cohort-rungs"), &rungs, total);
        let funnel: Vec<(String, usize)> = self
            .funnel
            .iter()
            .map(|s| (format!("{} {}", s.step.number(), step_name(s.step)), s.count))
            .collect();
        table_section(&mut out, p, &t!("cohort-funnel"), &funnel, total);
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-stuck")));
        if self.stuck.is_empty() {
            let _ = writeln!(out, "  {}", t!("report-none"));
        }
        for stuck in &self.stuck {
            let _ = writeln!(
                out,
                "  {:>4}  {}  {}",
                stuck.count,
                evidence_label(&stuck.evidence),
                p.dim.apply_to(format!("({})", step_name(stuck.step)))
            );
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", p.heading.apply_to(self.movement_line()));
        for transition in &self.movement.transitions {
            let _ = writeln!(
                out,
                "  {:>4}  {} → {}",
                transition.count,
                transition.from.name(),
                transition.to.name()
            );
        }
        if !self.by_day.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-by-day")));
            let mut header = format!("  {:<10}", t!("cohort-col-date"));
            for rung in Rung::CLIMB {
                let _ = write!(header, " {:>10}", rung.name());
            }
            let _ = writeln!(out, "{}", p.dim.apply_to(header));
            for day in &self.by_day {
                let _ = write!(out, "  {:<10}", day.date);
                for count in &day.reached {
                    let _ = write!(out, " {:>10}", count.count);
                }
                let _ = writeln!(out);
            }
        }
        if let Some(people) = &self.people {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-people")));
            let width = people
                .iter()
                .map(|p| unicode_width::UnicodeWidthStr::width(sanitize_line(&p.name).as_str()))
                .max()
                .unwrap_or(0)
                .clamp(4, 32);
            for person in people {
                let name = sanitize_line(&person.name);
                let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                let _ = writeln!(
                    out,
                    "  {name}{}  {:<10} {:<16} {}/8  {}",
                    " ".repeat(pad),
                    person.rung.name(),
                    moved(person),
                    person.steps_done,
                    person.stuck.as_deref().map(evidence_label).unwrap_or_default()
                );
            }
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{}",
                p.warn.apply_to(t!("cohort-skipped", count = self.skipped.len()))
            );
            for skipped in &self.skipped {
                let _ = writeln!(out, "  {}: {}", sanitize_line(&skipped.path), skipped.reason);
            }
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# {}", t!("cohort-title"));
        let _ = writeln!(out);
        let _ = writeln!(out, "**{}**", self.headline());
        let md_table = |out: &mut String, title: String, head: [String; 2], rows: Vec<(String, usize)>| {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {title}");
            let _ = writeln!(out);
            let _ = writeln!(out, "| {} | {} |", head[0], head[1]);
            let _ = writeln!(out, "|---|---:|");
            for (label, count) in rows {
                let _ = writeln!(out, "| {label} | {count} |");
            }
        };
        md_table(
            &mut out,
            t!("cohort-rungs"),
            [t!("report-col-rung"), t!("cohort-col-learners")],
            self.rungs
                .iter()
                .rev()
                .map(|r| (r.rung.name(), r.count))
                .collect(),
        );
        md_table(
            &mut out,
            t!("cohort-funnel"),
            [t!("report-col-step"), t!("cohort-col-learners")],
            self.funnel
                .iter()
                .map(|s| (format!("{}. {}", s.step.number(), step_name(s.step)), s.count))
                .collect(),
        );
        md_table(
            &mut out,
            t!("cohort-stuck"),
            [t!("cohort-col-missing"), t!("cohort-col-learners")],
            self.stuck
                .iter()
                .map(|s| {
                    (
                        format!("{} ({})", evidence_label(&s.evidence), step_name(s.step)),
                        s.count,
                    )
                })
                .collect(),
        );
        md_table(
            &mut out,
            self.movement_line(),
            [t!("cohort-col-move"), t!("cohort-col-learners")],
            self.movement
                .transitions
                .iter()
                .map(|m| (format!("{} → {}", m.from.name(), m.to.name()), m.count))
                .collect(),
        );
        if !self.by_day.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-by-day"));
            let _ = writeln!(out);
            let names: Vec<String> = Rung::CLIMB.iter().map(|r| r.name()).collect();
            let _ = writeln!(out, "| {} | {} |", t!("cohort-col-date"), names.join(" | "));
            let _ = writeln!(out, "|---|{}", "---:|".repeat(names.len()));
            for day in &self.by_day {
                let counts: Vec<String> = day.reached.iter().map(|c| c.count.to_string()).collect();
                let _ = writeln!(out, "| {} | {} |", day.date, counts.join(" | "));
            }
        }
        if let Some(people) = &self.people {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-people"));
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                t!("cohort-col-name"),
                t!("report-col-rung"),
                t!("cohort-col-before", since = self.movement.since.to_string()),
                t!("cohort-col-steps"),
                t!("cohort-col-missing")
            );
            let _ = writeln!(out, "|---|---|---|---:|---|");
            for person in people {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {}/8 | {} |",
                    md_escape(&sanitize_line(&person.name)),
                    person.rung.name(),
                    moved(person),
                    person.steps_done,
                    person.stuck.as_deref().map(evidence_label).unwrap_or_default()
                );
            }
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-skipped", count = self.skipped.len()));
            let _ = writeln!(out);
            for skipped in &self.skipped {
                let _ = writeln!(
                    out,
                    "- `{}`: {}",
                    sanitize_line(&skipped.path).replace('`', "'"),
                    md_escape(&skipped.reason)
                );
            }
        }
        out
    }

    /// One page for the projector: big bars, big numbers, no names unless asked.
    pub fn to_html(&self) -> String {
        let mut b = String::new();
        let total = self.learners;
        let _ = writeln!(
            b,
            "<header><h1>{}</h1><p class=\"rung\">{}</p></header>",
            html::escape(&t!("cohort-title")),
            html::escape(&self.headline())
        );
        html::section(&mut b, &t!("cohort-rungs"), |b| {
            let rows: Vec<(String, usize)> = self
                .rungs
                .iter()
                .rev()
                .map(|r| (r.rung.name(), r.count))
                .collect();
            b.push_str(&svg::bars(&t!("cohort-rungs"), &rows, total));
        });
        html::section(&mut b, &t!("cohort-funnel"), |b| {
            let rows: Vec<(String, usize)> = self
                .funnel
                .iter()
                .map(|s| (format!("{}. {}", s.step.number(), step_name(s.step)), s.count))
                .collect();
            b.push_str(&svg::bars(&t!("cohort-funnel"), &rows, total));
        });
        html::section(&mut b, &t!("cohort-stuck"), |b| {
            if self.stuck.is_empty() {
                let _ = writeln!(b, "<p class=\"muted\">{}</p>", html::escape(&t!("report-none")));
                return;
            }
            let _ = writeln!(
                b,
                "<table><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th></tr>",
                html::escape(&t!("cohort-col-missing")),
                html::escape(&t!("report-col-step")),
                html::escape(&t!("cohort-col-learners"))
            );
            for stuck in &self.stuck {
                let _ = writeln!(
                    b,
                    "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                    html::escape(&evidence_label(&stuck.evidence)),
                    html::escape(&step_name(stuck.step)),
                    stuck.count
                );
            }
            b.push_str("</table>\n");
        });
        html::section(&mut b, &self.movement_line(), |b| {
            if self.movement.transitions.is_empty() {
                return;
            }
            let _ = writeln!(
                b,
                "<table><tr><th>{}</th><th class=\"n\">{}</th></tr>",
                html::escape(&t!("cohort-col-move")),
                html::escape(&t!("cohort-col-learners"))
            );
            for m in &self.movement.transitions {
                let _ = writeln!(
                    b,
                    "<tr><td>{} → {}</td><td class=\"n\">{}</td></tr>",
                    html::escape(&m.from.name()),
                    html::escape(&m.to.name()),
                    m.count
                );
            }
            b.push_str("</table>\n");
        });
        if !self.by_day.is_empty() {
            html::section(&mut b, &t!("cohort-by-day"), |b| {
                let _ = write!(b, "<table><tr><th>{}</th>", html::escape(&t!("cohort-col-date")));
                for rung in Rung::CLIMB {
                    let _ = write!(b, "<th class=\"n\">{}</th>", html::escape(&rung.name()));
                }
                b.push_str("</tr>\n");
                for day in &self.by_day {
                    let _ = write!(b, "<tr><td>{}</td>", day.date);
                    for count in &day.reached {
                        let _ = write!(b, "<td class=\"n\">{}</td>", count.count);
                    }
                    b.push_str("</tr>\n");
                }
                b.push_str("</table>\n");
            });
        }
        if let Some(people) = &self.people {
            html::section(&mut b, &t!("cohort-people"), |b| {
                let _ = writeln!(
                    b,
                    "<table><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"n\">{}</th><th>{}</th></tr>",
                    html::escape(&t!("cohort-col-name")),
                    html::escape(&t!("report-col-rung")),
                    html::escape(&t!("cohort-col-before", since = self.movement.since.to_string())),
                    html::escape(&t!("cohort-col-steps")),
                    html::escape(&t!("cohort-col-missing"))
                );
                for person in people {
                    let _ = writeln!(
                        b,
                        "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}/8</td><td>{}</td></tr>",
                        html::escape(&person.name),
                        html::escape(&person.rung.name()),
                        html::escape(&moved(person)),
                        person.steps_done,
                        html::escape(&person.stuck.as_deref().map(evidence_label).unwrap_or_default())
                    );
                }
                b.push_str("</table>\n");
            });
        }
        if !self.skipped.is_empty() {
            html::section(&mut b, &t!("cohort-skipped", count = self.skipped.len()), |b| {
                b.push_str("<ul>");
                for skipped in &self.skipped {
                    let _ = write!(
                        b,
                        "<li><code>{}</code>: {}</li>",
                        html::escape(&skipped.path),
                        html::escape(&skipped.reason)
                    );
                }
                b.push_str("</ul>\n");
            });
        }
        html::page(&t!("cohort-title"), 28, &b)
    }
}

/// Where a person stood at the start of the movement window: "↑ from Joiner", or the
/// same rung when they did not move.
fn moved(person: &Person) -> String {
    match person.rung.cmp(&person.rung_since) {
        std::cmp::Ordering::Greater => t!("cohort-moved-from", rung = person.rung_since.name()),
        std::cmp::Ordering::Less => t!("cohort-dropped-from", rung = person.rung_since.name()),
        std::cmp::Ordering::Equal => "—".into(),
    }
}

fn table_section(out: &mut String, p: &Palette, title: &str, rows: &[(String, usize)], total: usize) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(title));
    let width = rows
        .iter()
        .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()))
        .max()
        .unwrap_or(0);
    for (label, count) in rows {
        let pad = width - unicode_width::UnicodeWidthStr::width(label.as_str());
        let _ = writeln!(out, "  {label}{}  {}", " ".repeat(pad), p.bar(*count, total, 30));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_decide_what_a_file_is() {
        assert!(matches!(
            parse_record(b"{\"format\":\"drempel-export\""),
            Err(SkipReason::NotJson(_))
        ));
        assert_eq!(parse_record(b"[1,2]").unwrap_err(), SkipReason::Foreign(None));
        assert_eq!(
            parse_record(br#"{"format":"something-else","version":1}"#).unwrap_err(),
            SkipReason::Foreign(Some("something-else".into()))
        );
        assert_eq!(
            parse_record(br#"{"format":"drempel-export","version":2,"anything":true}"#).unwrap_err(),
            SkipReason::Newer(2)
        );
        assert!(matches!(
            parse_record(br#"{"format":"drempel-export","version":1,"rung":"critic"}"#),
            Err(SkipReason::Damaged(_))
        ));
        assert!(matches!(
            parse_record(br#"{"format":"drempel-export"}"#),
            Err(SkipReason::Damaged(_))
        ));
    }

    use crate::coach::export::Export;
    use crate::journal::{Event, EventBody, Welcome};
    use crate::lessons::Library;
    use crate::strategy::{Goal, Strategy};
    use chrono::TimeZone;
    use serde_json::{Value, json};

    /// A true export: welcomed and with a strategy (a Spectator) on 2 March 2026 at 9,
    /// written at 17:00; "now" is the evening after.
    fn genuine() -> (Value, DateTime<Utc>) {
        let at = |h: u32, m: u32| Utc.with_ymd_and_hms(2026, 3, 2, h, m, 0).unwrap();
        let events = vec![
            Event {
                id: "0195a3b4-0000-7000-8000-000000000001".into(),
                at: at(9, 0),
                body: EventBody::Welcomed(Welcome {
                    name: "Ada Lovelace".into(),
                    ..Welcome::default()
                }),
            },
            Event {
                id: "0195a3b4-0000-7000-8000-000000000002".into(),
                at: at(9, 20),
                body: EventBody::StrategySet(Strategy {
                    goals: vec![Goal::Recruitment],
                    audience: None,
                    why: None,
                }),
            },
        ];
        let lessons = Library::embedded().load("en").unwrap();
        let export = Export::build(&events, &lessons, at(17, 0), false);
        (serde_json::from_str(&export.to_json()).unwrap(), at(20, 0))
    }

    fn parse(value: &Value, now: DateTime<Utc>) -> Result<Record, SkipReason> {
        parse_record_at(value.to_string().as_bytes(), now)
    }

    fn invalid(value: &Value, now: DateTime<Utc>) -> Invalid {
        match parse(value, now) {
            Err(SkipReason::Invalid(invalid)) => invalid,
            other => panic!("not refused as invalid: {other:?}"),
        }
    }

    #[test]
    fn a_genuine_export_passes_the_checks() {
        let (export, now) = genuine();
        let record = parse(&export, now).unwrap();
        assert_eq!(record.rung, Rung::Spectator);
        assert_eq!(
            record.started_at,
            Some(Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap())
        );
        // A laptop clock an hour or two ahead is not a forgery.
        let mut ahead = export.clone();
        ahead["generated_at"] = json!("2026-03-02T21:30:00Z");
        parse(&ahead, now).unwrap();
        // Older exports have no started_at: the journey id's own time serves.
        let mut older = export;
        older.as_object_mut().unwrap().remove("started_at");
        parse(&older, now).unwrap();
    }

    #[test]
    fn forged_dates_make_an_export_invalid() {
        let (export, now) = genuine();
        let mut future = export.clone();
        future["generated_at"] = json!("2027-01-01T00:00:00Z");
        assert!(matches!(invalid(&future, now), Invalid::Future { field, .. } if field == "generated_at"));

        let mut after = export.clone();
        after["steps"][0]["done_at"] = json!("2026-03-02T21:00:00Z");
        let reason = invalid(&after, now);
        assert!(matches!(&reason, Invalid::AfterExport { field, .. } if field == "steps[welcome].done_at"));
        assert!(reason.to_string().contains("after the export"), "{reason}");

        let mut early = export.clone();
        early["timeline"][0]["reached_at"] = json!("2025-12-24T10:00:00Z");
        let reason = invalid(&early, now);
        assert!(
            matches!(&reason, Invalid::BeforeStart { field, .. } if field == "timeline[spectator].reached_at"),
            "{reason:?}"
        );
        assert!(
            reason.to_string().contains("before the journey started"),
            "{reason}"
        );

        // Without started_at, the UUIDv7 journey id says when the journey started.
        let mut older = early;
        older.as_object_mut().unwrap().remove("started_at");
        older["journey"] = json!("019c0000-0000-7000-8000-000000000001"); // 27 January 2026
        assert!(matches!(invalid(&older, now), Invalid::BeforeStart { .. }));
    }

    #[test]
    fn impossible_steps_rungs_and_counts_make_an_export_invalid() {
        let (export, now) = genuine();
        type Forge = fn(&mut Value);
        type Expect = fn(&Invalid) -> bool;
        let cases: Vec<(Forge, Expect)> = vec![
            (
                |e| {
                    let step = e["steps"][7].clone();
                    e["steps"].as_array_mut().unwrap().push(step);
                },
                |i| matches!(i, Invalid::TooManySteps(9)),
            ),
            (
                |e| e["steps"][1]["step"] = json!("welcome"),
                |i| matches!(i, Invalid::RepeatedStep(Step::Welcome)),
            ),
            (
                |e| e["timeline"][1]["rung"] = json!("spectator"),
                |i| matches!(i, Invalid::RepeatedRung(Rung::Spectator)),
            ),
            (
                |e| {
                    e["timeline"][4]["holds"] = json!(true);
                    e["timeline"][4]["reached_at"] = Value::Null;
                },
                |i| matches!(i, Invalid::NeverReached(Rung::Creator)),
            ),
            (
                |e| e["steps_done"] = json!(8),
                |i| {
                    matches!(
                        i,
                        Invalid::StepsDone {
                            claimed: 8,
                            listed: 2
                        }
                    )
                },
            ),
            (
                |e| e["counts"]["comments"] = json!(99_999_999u64),
                |i| matches!(i, Invalid::Count { field, .. } if field == "counts.comments"),
            ),
            (
                |e| e["checklists"][0]["done"] = json!(40),
                |i| matches!(i, Invalid::DoneOverTotal { done: 40, .. }),
            ),
            (
                |e| e["checklists"][0]["total"] = json!(1_000_000),
                |i| matches!(i, Invalid::Count { .. }),
            ),
            (
                |e| e["stuck"]["evidence"] = json!("\u{1b}]0;pwned\u{7}"),
                |i| matches!(i, Invalid::UnknownEvidence(e) if e.is_empty()),
            ),
            (
                |e| e["learner"]["name"] = json!("A".repeat(5000)),
                |i| matches!(i, Invalid::NameTooLong(5000)),
            ),
        ];
        for (i, (forge, expected)) in cases.into_iter().enumerate() {
            let mut forged = export.clone();
            forge(&mut forged);
            let reason = invalid(&forged, now);
            assert!(expected(&reason), "case {i}: {reason:?}");
            let text = SkipReason::Invalid(reason).to_string();
            assert!(
                text.starts_with("it is a drempel export, but its figures cannot be right"),
                "{text}"
            );
        }
        // Negative and non-integer counts do not even parse.
        let mut negative = export;
        negative["counts"]["kept"] = json!(-3);
        assert!(matches!(parse(&negative, now), Err(SkipReason::Damaged(_))));
    }

    const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[31mEve\u{202e}gpj.exe\u{9b}2J\u{2066}";

    fn is_hostile(c: char) -> bool {
        c == '\u{1b}'
            || (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }

    #[test]
    fn strings_from_an_export_are_sanitised_parser_messages_included() {
        let (export, now) = genuine();
        let mut named = export.clone();
        named["learner"]["name"] = json!(HOSTILE);
        named["journey"] = json!(HOSTILE);
        let record = parse(&named, now).unwrap();
        assert_eq!(record.learner.name.as_deref(), Some("Evegpj.exe2J"));
        assert!(!record.journey.unwrap().chars().any(is_hostile));

        // serde quotes the unknown variant, escapes and all.
        let mut variant = export.clone();
        variant["rung"] = json!(HOSTILE);
        let reason = parse(&variant, now).unwrap_err();
        assert!(matches!(reason, SkipReason::Damaged(_)));
        let text = reason.to_string();
        assert!(text.contains("unknown variant"), "{text}");
        assert!(!text.chars().any(is_hostile), "{text:?}");

        let mut long = export.clone();
        long["rung"] = json!("x".repeat(100_000));
        let text = parse(&long, now).unwrap_err().to_string();
        assert!(text.chars().count() < 400, "{} characters", text.chars().count());

        let mut format = export;
        format["format"] = json!(HOSTILE);
        assert!(
            !parse(&format, now)
                .unwrap_err()
                .to_string()
                .chars()
                .any(is_hostile)
        );
    }

    #[test]
    fn a_room_with_hostile_exports_renders_clean_everywhere() {
        let (export, now) = genuine();
        let dir = tempfile::tempdir().unwrap();
        let mut named = export.clone();
        named["learner"]["name"] = json!(HOSTILE);
        fs::write(dir.path().join("eve.json"), named.to_string()).unwrap();
        let mut variant = export.clone();
        variant["rung"] = json!(HOSTILE);
        fs::write(dir.path().join("variant.json"), variant.to_string()).unwrap();
        let mut future = export;
        future["generated_at"] = json!((now + TimeDelta::days(300)).to_rfc3339());
        fs::write(dir.path().join("future.json"), future.to_string()).unwrap();
        fs::write(dir.path().join(format!("{HOSTILE}.json")), "{").unwrap();

        let loaded = load(&[dir.path().to_owned()]);
        assert_eq!(loaded.entries.len(), 1);
        assert_eq!(loaded.skipped.len(), 3);
        let cohort = summarise(&loaded, None, true);
        for (format, text) in [
            ("table", cohort.to_table(&Palette::new(false))),
            ("markdown", cohort.to_markdown()),
            ("json", cohort.to_json()),
            ("html", cohort.to_html()),
        ] {
            assert!(!text.chars().any(is_hostile), "{format}: {text:?}");
        }
        let json: Value = serde_json::from_str(&cohort.to_json()).unwrap();
        assert_eq!(json["people"][0]["name"], "Evegpj.exe2J");
    }
}
