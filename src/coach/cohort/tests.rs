//! The cohort from loading to rendering: what counts, what is refused, and that no
//! string from an export reaches any output unsanitised.

use std::fs;

use chrono::{DateTime, TimeDelta, Utc};

use super::*;
use crate::coach::received::BadExport;
use crate::ladder::Rung;
use crate::step::Step;
use crate::text::Palette;

#[test]
fn headers_decide_what_a_file_is() {
    let bad = |bytes: &[u8]| match parse_record(bytes) {
        Err(SkipReason::Bad(bad)) => bad,
        other => panic!("not refused as a bad export: {other:?}"),
    };
    assert_eq!(bad(b"{\"format\":\"drempel-export\""), BadExport::CutOff);
    assert_eq!(bad(b""), BadExport::Empty);
    assert!(matches!(bad(b"{]"), BadExport::NotJson(_)));
    assert_eq!(bad(b"[1,2]"), BadExport::Foreign(None));
    assert_eq!(
        bad(br#"{"format":"something-else","version":1}"#),
        BadExport::Foreign(Some("something-else".into()))
    );
    assert_eq!(
        bad(br#"{"format":"drempel-export","version":2,"anything":true}"#),
        BadExport::Newer(2)
    );
    assert!(matches!(
        bad(br#"{"format":"drempel-export","version":1,"rung":"critic"}"#),
        BadExport::Damaged(_)
    ));
    assert!(matches!(
        bad(br#"{"format":"drempel-export"}"#),
        BadExport::Damaged(_)
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
    let export = Export::build(&events, &lessons, None, at(17, 0), false);
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
    assert!(matches!(
        parse(&negative, now),
        Err(SkipReason::Bad(BadExport::Damaged(_)))
    ));
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
    assert!(matches!(reason, SkipReason::Bad(BadExport::Damaged(_))));
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

#[test]
fn namesakes_get_the_shortest_code_that_tells_them_apart() {
    let (export, _) = genuine();
    let dir = tempfile::tempdir().unwrap();
    // Two journeys whose ids end alike for four characters, one without an id.
    for (file, journey) in [
        ("a.json", Some("0195a3b4-0000-7000-8000-0000aaa91234")),
        ("b.json", Some("0195a3b4-0000-7000-8000-0000bbb81234")),
        ("c.json", None),
    ] {
        let mut sam = export.clone();
        sam["learner"]["name"] = json!("Sam de Boer");
        sam["journey"] = journey.map_or(Value::Null, |j| json!(j));
        fs::write(dir.path().join(file), sam.to_string()).unwrap();
    }
    let mut ada = export;
    ada["journey"] = json!("0195a3b4-0000-7000-8000-00000000ada1");
    fs::write(dir.path().join("d.json"), ada.to_string()).unwrap();
    let loaded = load(&[dir.path().to_owned()]);
    assert_eq!(loaded.entries.len(), 4, "{:?}", loaded.skipped);
    let people = summarise(&loaded, None, true).people.unwrap();
    let codes: Vec<(String, Option<String>)> =
        people.iter().map(|p| (p.name.clone(), p.code.clone())).collect();
    assert!(codes.contains(&("Ada Lovelace".into(), None)), "{codes:?}");
    let sams: Vec<String> = codes
        .iter()
        .filter(|(name, _)| name == "Sam de Boer")
        .map(|(_, code)| code.clone().unwrap())
        .collect();
    // One Sam has no journey id, so the codes fall back to file numbers for all three.
    assert_eq!(sams, ["#1", "#2", "#3"], "{codes:?}");
    assert!(summarise(&loaded, None, false).people.is_none());

    // Without the third Sam, the ids tell them apart once a fifth character is added.
    fs::remove_file(dir.path().join("c.json")).unwrap();
    let people = summarise(&load(&[dir.path().to_owned()]), None, true)
        .people
        .unwrap();
    let mut sams: Vec<String> = people.iter().filter_map(|p| p.code.clone()).collect();
    sams.sort();
    assert_eq!(sams, ["81234", "91234"]);
}
