//! The cohort view over 10,000 exports: the target is under 2 s and under 200 MB peak
//! memory, end to end.
//!
//! Setup writes 10,000 real exports (built by `Export::build` from synthetic journeys of
//! every depth, in folders of 500 like a trainer's collection) to a temp dir. Then:
//! - criterion times loading + summarising + rendering in-process;
//! - the release binary runs `drempel cohort DIR` under `/usr/bin/time -v`, which
//!   reports wall time and peak resident memory (max RSS) of the whole process.
//!
//! Run: `cargo bench --bench cohort`

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Duration, TimeZone, Utc};
use criterion::Criterion;
use drempel::coach::cohort;
use drempel::coach::export::Export;
use drempel::journal::{Community, Contribution, Decision, Event, EventBody, ProfileItem, Welcome};
use drempel::lessons::{LessonSet, Library};
use drempel::platform::Platform;
use drempel::strategy::{Goal, Strategy};

const EXPORTS: usize = 10_000;
const PER_FOLDER: usize = 500;

/// A journey that goes `depth` stages deep (0: only a welcome … 7: a post), its events
/// spread over a training day and the days after.
fn journey(i: usize, depth: usize, lessons: &LessonSet) -> Vec<Event> {
    let start: DateTime<Utc> =
        Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + Duration::minutes(i as i64 % 60);
    let mut bodies = vec![EventBody::Welcomed(Welcome {
        name: format!("Learner {i}"),
        ..Welcome::default()
    })];
    if depth >= 1 {
        bodies.push(EventBody::StrategySet(Strategy {
            goals: vec![Goal::Recruitment, Goal::KnowledgeSharing],
            audience: Some("nurses in the region".into()),
            why: None,
        }));
    }
    if depth >= 2 {
        for item in lessons.checklist(Platform::Linkedin) {
            bodies.push(EventBody::ProfileItemDone(ProfileItem {
                platform: Platform::Linkedin,
                item: item.id.clone(),
            }));
        }
        bodies.push(EventBody::CommunityJoined(Community {
            name: "Care careers".into(),
            platform: Platform::Linkedin,
            url: Some("https://www.linkedin.com/groups/12345".into()),
        }));
    }
    if depth >= 3 {
        for query in ["nurse recruitment", "\"night shift\"", "care home"] {
            bodies.push(EventBody::KeywordAdded { query: query.into() });
        }
        bodies.push(EventBody::FeedAdded {
            url: format!("https://www.google.com/alerts/feeds/{i}/1"),
            title: None,
        });
    }
    if depth >= 4 {
        bodies.push(EventBody::ScanCompleted {
            feeds: 1,
            items: 20,
            matches: 8,
        });
        for (n, decision) in [
            Decision::Skip,
            Decision::Later,
            Decision::Skip,
            Decision::Share,
            Decision::Respond,
        ]
        .into_iter()
        .enumerate()
        {
            bodies.push(EventBody::ItemTriaged {
                item: format!("item-{n}"),
                decision,
                note: None,
            });
        }
    }
    if depth >= 5 {
        bodies.push(EventBody::CommentRecorded(Contribution {
            url: format!("https://www.linkedin.com/feed/update/urn:li:activity:{i}"),
            platform: Platform::Linkedin,
            kind: None,
            item: Some("item-4".into()),
            draft: Some("A draft that stays out of the export.".into()),
            check_errors: Some(0),
            accepted: Vec::new(),
        }));
        bodies.push(EventBody::CoachPlan {
            text: "Start a discussion in the group".into(),
            due: None,
        });
    }
    if depth >= 6 {
        bodies.push(EventBody::PostRecorded(Contribution {
            url: format!("https://example.org/blog/{i}"),
            platform: Platform::Linkedin,
            kind: Some("blog".into()),
            item: None,
            draft: None,
            check_errors: None,
            accepted: Vec::new(),
        }));
    }
    bodies
        .into_iter()
        .enumerate()
        .map(|(n, body)| Event {
            id: format!("0195a3b4-{i:04x}-7000-8000-{n:012x}"),
            at: start + Duration::minutes(20 * n as i64) + Duration::days((n / 12) as i64),
            body,
        })
        .collect()
}

fn write_exports(dir: &Path) {
    let lessons = Library::embedded().load("en").unwrap();
    let generated = Utc.with_ymd_and_hms(2026, 3, 4, 16, 30, 0).unwrap();
    for i in 0..EXPORTS {
        // Most of a room gets through the first steps; fewer reach the last.
        let depth = [0, 1, 2, 2, 3, 4, 4, 5, 5, 5, 6][i % 11];
        let export = Export::build(&journey(i, depth, &lessons), &lessons, None, generated, false);
        let folder = dir.join(format!("table-{:02}", i / PER_FOLDER));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(export.file_name("me")), export.to_json()).unwrap();
    }
}

fn in_process(c: &mut Criterion, dir: &Path) {
    let paths = vec![dir.to_path_buf()];
    let mut group = c.benchmark_group("cohort");
    group.sample_size(10);
    group.bench_function("load 10k exports", |b| b.iter(|| cohort::load(&paths)));
    let loaded = cohort::load(&paths);
    assert_eq!(loaded.entries.len(), EXPORTS, "{:?}", loaded.skipped.first());
    group.bench_function("summarise + html (10k loaded)", |b| {
        b.iter(|| cohort::summarise(&loaded, None, false).to_html())
    });
    group.finish();
}

/// The whole binary, as a trainer runs it, measured by `/usr/bin/time -v`.
fn end_to_end(dir: &Path) {
    let binary = env!("CARGO_BIN_EXE_drempel");
    let time = Path::new("/usr/bin/time");
    for format in ["table", "html", "json"] {
        let mut walls = Vec::new();
        let mut peak_kb = 0u64;
        for _ in 0..5 {
            let started = Instant::now();
            let output = if time.exists() {
                Command::new(time)
                    .arg("-v")
                    .arg(binary)
                    .args(["cohort", "--format", format])
                    .arg(dir)
                    .env("NO_COLOR", "1")
                    .output()
                    .unwrap()
            } else {
                Command::new(binary)
                    .args(["cohort", "--format", format])
                    .arg(dir)
                    .output()
                    .unwrap()
            };
            walls.push(started.elapsed().as_secs_f64());
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            let stderr = String::from_utf8_lossy(&output.stderr);
            if let Some(kb) = stderr
                .lines()
                .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
            {
                peak_kb = peak_kb.max(kb.trim().parse().unwrap());
            }
        }
        walls.sort_by(f64::total_cmp);
        let memory = if peak_kb > 0 {
            format!("{:.1} MB peak RSS", peak_kb as f64 / 1024.0)
        } else {
            "peak RSS unknown (no /usr/bin/time)".into()
        };
        println!(
            "end to end: drempel cohort --format {format:<5} over {EXPORTS} exports: median {:.3} s (min {:.3}, max {:.3}), {memory}",
            walls[walls.len() / 2],
            walls[0],
            walls[walls.len() - 1],
        );
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    write_exports(dir.path());
    let bytes: u64 = walk_size(dir.path());
    println!(
        "setup: {EXPORTS} exports, {:.1} MB, written in {:.1} s",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    let mut criterion = Criterion::default().configure_from_args();
    in_process(&mut criterion, dir.path());
    end_to_end(dir.path());
    criterion.final_summary();
}

fn walk_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk_size(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}
