//! What the room achieved: the loaded exports summed up into the cohort view.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, Utc};
use serde::Serialize;

use super::load::{Loaded, Record};
use crate::coach::{ALL_RUNGS, EVIDENCE_IDS, local_date, start_of_day};
use crate::ladder::Rung;
use crate::step::Step;
use crate::text::sanitize_line;

pub const FORMAT: &str = "drempel-cohort";
pub const VERSION: u32 = 1;

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
    /// A short code that tells apart learners with the same name (from their journey
    /// id, as the end of their export's file name has it); `None` for a unique name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub rung: Rung,
    pub rung_since: Rung,
    pub steps_done: usize,
    pub stuck: Option<String>,
}

/// A file left out, named by its place among the files ("file 3 of 22"): its path only
/// with `--names`, as export file names hold the learner's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedOut {
    pub file: usize,
    pub of: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
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

    // Only those who have not reached the aim: a Critic's next piece of evidence (a post
    // of their own) is not where anyone is stuck.
    let mut stuck_counts: HashMap<&str, (Step, usize)> = HashMap::new();
    for stuck in records
        .iter()
        .filter(|r| !r.rung.is_contributor())
        .filter_map(|r| r.stuck.as_ref())
    {
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
        let mut people: Vec<(Person, Option<&str>, usize)> = loaded
            .entries
            .iter()
            .map(|entry| {
                let person = Person {
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
                    code: None,
                    rung: entry.record.rung,
                    rung_since: entry.record.rung_before(since_start),
                    steps_done: entry.record.steps.iter().filter(|s| s.done).count(),
                    stuck: entry.record.stuck.as_ref().map(|s| s.evidence.clone()),
                };
                (person, entry.record.journey.as_deref(), entry.number)
            })
            .collect();
        tell_apart(&mut people);
        let mut people: Vec<Person> = people.into_iter().map(|(person, _, _)| person).collect();
        people.sort_by(|a, b| {
            b.rung
                .cmp(&a.rung)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.code.cmp(&b.code))
        });
        people
    });

    let skipped: Vec<SkippedOut> = loaded
        .skipped
        .iter()
        .map(|s| SkippedOut {
            file: s.number,
            of: loaded.total,
            // File names are outside text too: a collected folder can hold any name.
            path: names.then(|| sanitize_line(&s.path.display().to_string())),
            reason: s.reason.to_string(),
        })
        .collect();

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

/// The shortest code that tells apart learners with the same name: the end of their
/// journey id (4 characters, more when those are shared too), else their file number.
fn tell_apart(people: &mut [(Person, Option<&str>, usize)]) {
    let key = |name: &str| name.trim().to_lowercase();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, (person, _, _)) in people.iter().enumerate() {
        by_name.entry(key(&person.name)).or_default().push(index);
    }
    for group in by_name.values().filter(|g| g.len() > 1) {
        let ids: Vec<Vec<char>> = group
            .iter()
            .map(|&i| {
                people[i]
                    .1
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect()
            })
            .collect();
        let tail = |id: &[char], len: usize| id[id.len().saturating_sub(len)..].iter().collect::<String>();
        let longest = ids.iter().map(Vec::len).max().unwrap_or(0);
        let length = (4..=longest.max(4)).find(|&len| {
            let tails: std::collections::HashSet<String> = ids.iter().map(|id| tail(id, len)).collect();
            tails.len() == ids.len() && ids.iter().all(|id| id.len() >= 4)
        });
        for (&index, id) in group.iter().zip(&ids) {
            let number = people[index].2;
            people[index].0.code = Some(match length {
                Some(len) => tail(id, len),
                None => format!("#{number}"),
            });
        }
    }
}
