//! Coaching sessions from the outside: coach notes and plans, the report, the export
//! and the cohort view, over journeys built with the real binary. Kinds whose commands
//! belong to other areas and are not merged yet (keywords, feeds, scans, triage,
//! comments), and the welcome the wizard asks for, are appended through the library's
//! own journal.

mod common;

use std::fs;
use std::path::Path;

use common::{Sandbox, append, run, run_ok};
use drempel::journal::{Community, Contribution, Decision, EventBody, Welcome};
use drempel::platform::Platform;
use predicates::prelude::*;
use serde_json::Value;

const LINKEDIN_ITEMS: [&str; 10] = [
    "change-announcements",
    "photo",
    "headline",
    "about",
    "current-role",
    "connections-visibility",
    "groups-visibility",
    "open-to-work",
    "discoverability",
    "page-admins",
];

fn welcome(name: &str) -> EventBody {
    EventBody::Welcomed(Welcome {
        name: name.into(),
        ..Welcome::default()
    })
}

fn comment(url: &str) -> EventBody {
    EventBody::CommentRecorded(Contribution {
        url: url.into(),
        platform: Platform::Linkedin,
        kind: None,
        item: Some("item-4".into()),
        draft: Some("Thanks, this matches what we see on the ward.".into()),
        check_errors: Some(0),
        accepted: Vec::new(),
    })
}

/// Welcome, strategy and a complete LinkedIn profile: a Spectator on the way to Joiner.
fn start_journey(sandbox: &Sandbox, learner: &str, name: &str) {
    append(sandbox, learner, vec![welcome(name)]);
    run_ok(
        sandbox,
        learner,
        &["strategy", "set", "--goal", "recruitment", "--audience", "nurses"],
    );
    for item in LINKEDIN_ITEMS {
        run_ok(sandbox, learner, &["profile", "linkedin", "done", item]);
    }
}

/// The whole way to Critic: a community, monitoring, reading, a checked comment.
fn journey_to_critic(sandbox: &Sandbox, learner: &str, name: &str) {
    start_journey(sandbox, learner, name);
    run_ok(
        sandbox,
        learner,
        &[
            "groups",
            "add",
            "Nursing careers NL",
            "--platform",
            "linkedin",
            "--url",
            "https://www.linkedin.com/groups/123",
        ],
    );
    let mut bodies = vec![
        EventBody::KeywordAdded {
            query: "nurse recruitment".into(),
        },
        EventBody::KeywordAdded {
            query: "\"night shift\"".into(),
        },
        EventBody::KeywordAdded {
            query: "care home".into(),
        },
        EventBody::FeedAdded {
            url: "https://www.google.com/alerts/feeds/0001/0002".into(),
            title: None,
        },
        EventBody::ScanCompleted {
            feeds: 1,
            items: 12,
            matches: 6,
        },
    ];
    let decisions = [
        Decision::Skip,
        Decision::Skip,
        Decision::Later,
        Decision::Skip,
        Decision::Respond,
    ];
    for (i, decision) in decisions.into_iter().enumerate() {
        bodies.push(EventBody::ItemTriaged {
            item: format!("item-{i}"),
            decision,
            note: (decision == Decision::Respond).then(|| "ask the ward manager first".into()),
        });
    }
    bodies.push(comment("https://www.linkedin.com/feed/update/urn:li:activity:42"));
    append(sandbox, learner, bodies);
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// Writes journal lines with chosen timestamps, in the documented on-disk format.
fn write_dated_journal(sandbox: &Sandbox, learner: &str, lines: &[(&str, &str, Value)]) {
    let dir = sandbox.learner_dir(learner);
    fs::create_dir_all(&dir).unwrap();
    let mut text = String::new();
    for (i, (at, kind, data)) in lines.iter().enumerate() {
        let line =
            serde_json::json!({"v": 1, "id": format!("0193-{i:04}"), "at": at, "kind": kind, "data": data});
        text.push_str(&line.to_string());
        text.push('\n');
    }
    fs::write(dir.join("journal.jsonl"), text).unwrap();
}

/// The page needs nothing from outside and runs nothing: no scripts, no event
/// handlers, no assets; the only addresses are web links in anchors.
fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(lower.starts_with("<!doctype html>"));
    assert!(
        lower.contains("default-src 'none'"),
        "a CSP forbids scripts and fetches"
    );
    let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
    assert!(style.contains("@media print"), "print CSS");
    for forbidden in ["url(", "@import", "http"] {
        assert!(!style.contains(forbidden), "{forbidden:?} in the CSS");
    }
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        let end = start + rest[start..].find('>').expect("every tag closes");
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(
            ![
                "script",
                "link",
                "img",
                "image",
                "iframe",
                "object",
                "embed",
                "base",
                "use",
                "foreignobject"
            ]
            .contains(&name.as_str()),
            "<{tag}>"
        );
        assert!(!tag.contains(" src="), "<{tag}>");
        for (at, _) in tag.match_indices(" on") {
            let attribute: String = tag[at + 1..]
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            assert!(
                !tag[at + 1 + attribute.len()..].starts_with('='),
                "event handler in <{tag}>"
            );
        }
        if let Some(at) = tag.find("href=") {
            assert_eq!(name, "a", "href outside a link: <{tag}>");
            let value = &tag[at + 6..];
            assert!(
                value.starts_with("https://") || value.starts_with("http://"),
                "<{tag}>"
            );
        }
    }
}

#[test]
fn a_report_tells_a_coach_the_rung_dates_urls_and_counts() {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "ada", "Ada Lovelace");
    run_ok(
        &sandbox,
        "ada",
        &["coach", "note", "Proud", "of", "her", "first", "comment"],
    );
    run_ok(
        &sandbox,
        "ada",
        &["coach", "plan", "Start a discussion", "--due", "2099-01-31"],
    );

    let report: Value =
        serde_json::from_str(&run_ok(&sandbox, "ada", &["report", "--format", "json"])).unwrap();
    assert_eq!(report["format"], "drempel-report");
    assert_eq!(report["name"], "Ada Lovelace");
    assert_eq!(report["rung"], "critic");
    assert_eq!(report["contributor"], true);
    let timeline = report["timeline"].as_array().unwrap();
    let rungs: Vec<&str> = timeline.iter().map(|r| r["rung"].as_str().unwrap()).collect();
    assert_eq!(rungs, ["spectator", "joiner", "collector", "critic", "creator"]);
    for reached in &timeline[..4] {
        assert!(
            reached["reached_at"].as_str().unwrap().starts_with(&today()),
            "{reached}"
        );
        assert_eq!(reached["holds"], true);
    }
    assert_eq!(timeline[4]["reached_at"], Value::Null);
    assert_eq!(report["checklists"][0]["platform"], "linkedin");
    assert_eq!(report["checklists"][0]["done"], 10);
    assert_eq!(report["checklists"][0]["total"], 10);
    assert_eq!(report["keywords"].as_array().unwrap().len(), 3);
    assert_eq!(report["triage"]["total"], 5);
    assert_eq!(report["triage"]["kept"], 2);
    let skip = &report["triage"]["by_decision"][0];
    assert_eq!(
        (skip["decision"].as_str(), skip["count"].as_u64()),
        (Some("skip"), Some(3))
    );
    assert_eq!(
        report["comments"][0]["url"],
        "https://www.linkedin.com/feed/update/urn:li:activity:42"
    );
    assert_eq!(report["communities"][0]["name"], "Nursing careers NL");
    assert_eq!(report["plans"][0]["due"], "2099-01-31");
    assert_eq!(report["plans"][0]["owner"], "coach");
    assert_eq!(report["plans"][0]["overdue"], false);
    assert_eq!(report["coach_notes"][0]["text"], "Proud of her first comment");
    assert!(
        report["next"]["text"]
            .as_str()
            .unwrap()
            .contains("post of your own")
    );

    let md = run_ok(&sandbox, "ada", &["report"]);
    assert!(md.starts_with("# The journey of Ada Lovelace\n"), "{md}");
    assert!(
        md.contains("**Rung now:** Critic (the aim reached: Critic or higher)"),
        "{md}"
    );
    assert!(md.contains(&format!("| Critic | {}", today())), "{md}");
    assert!(md.contains("| Creator | — | no |"), "{md}");
    assert!(md.contains("### LinkedIn — 10 / 10 ✓\n"), "{md}");
    assert!(md.contains("3 keywords, 1 feed, 1 scan."), "{md}");
    assert!(md.contains("5 items decided on, 2 kept for something."), "{md}");
    assert!(md.contains("| Respond to it | 1 |"), "{md}");
    assert!(
        md.contains(
            "<https://www.linkedin.com/feed/update/urn:li:activity:42> (LinkedIn) ✓ counted: checked without errors"
        ),
        "{md}"
    );
    assert!(
        md.contains("- [ ] Start a discussion (agreed with the coach; due 2099-01-31, agreed "),
        "{md}"
    );
    assert!(md.contains("Proud of her first comment"), "{md}");
    assert!(
        md.contains("**Next:** You reached Critic: your own words"),
        "{md}"
    );
}

#[test]
fn a_recorded_post_makes_a_creator_in_report_and_export() {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "me", "Ada");
    run_ok(
        &sandbox,
        "me",
        &[
            "post",
            "record",
            "--url",
            "https://example.org/blog/night-shifts",
            "--platform",
            "linkedin",
            "--kind",
            "blog",
        ],
    );
    let md = run_ok(&sandbox, "me", &["report"]);
    assert!(
        md.contains("**Rung now:** Creator (the aim reached: Critic or higher)"),
        "{md}"
    );
    assert!(md.contains(&format!("| Creator | {}", today())), "{md}");
    assert!(
        md.contains(&format!(
            "- {}: <https://example.org/blog/night-shifts> (LinkedIn, blog)",
            today()
        )),
        "{md}"
    );
    let export: Value = serde_json::from_str(&run_ok(&sandbox, "me", &["export", "--out", "-"])).unwrap();
    assert_eq!(export["rung"], "creator");
    assert_eq!(export["stuck"], Value::Null, "nothing is missing any more");
    assert_eq!(export["posts"][0]["kind"], "blog");
    assert_eq!(export["steps_done"], 8);
}

#[test]
fn the_timeline_dates_each_rung_from_the_journal() {
    let sandbox = Sandbox::new();
    let mut lines = vec![
        (
            "2026-03-02T09:00:00Z",
            "learner.welcomed",
            serde_json::json!({"name": "Bo"}),
        ),
        (
            "2026-03-02T09:30:00Z",
            "strategy.set",
            serde_json::json!({"goals": ["customer-care"]}),
        ),
    ];
    let done: Vec<(String, Value)> = LINKEDIN_ITEMS
        .iter()
        .enumerate()
        .map(|(i, item)| {
            (
                format!("2026-03-03T1{i}:00:00Z"),
                serde_json::json!({"platform": "linkedin", "item": item}),
            )
        })
        .collect();
    for (at, data) in &done {
        lines.push((at.as_str(), "profile.item_done", data.clone()));
    }
    lines.push((
        "2026-03-05T14:00:00Z",
        "community.joined",
        serde_json::json!({"name": "Care forum", "platform": "linkedin"}),
    ));
    lines.push((
        "2026-03-06T08:00:00Z",
        "profile.item_undone",
        serde_json::json!({"platform": "linkedin", "item": "photo"}),
    ));
    write_dated_journal(&sandbox, "bo", &lines);

    let md = run_ok(&sandbox, "bo", &["report"]);
    assert!(md.contains("| Spectator | 2026-03-02 09:30 | yes |"), "{md}");
    assert!(md.contains("| Joiner | 2026-03-05 14:00 | no |"), "{md}");
    assert!(md.contains("- 2026-03-02 09:30: Inactive → Spectator"), "{md}");
    assert!(md.contains("- 2026-03-05 14:00: Spectator → Joiner"), "{md}");
    assert!(md.contains("- 2026-03-06 08:00: Joiner → Spectator"), "{md}");
    assert!(md.contains("| 3. Profiles | 2026-03-03 19:00 | no |"), "{md}");
    assert!(md.contains("| 6. Communities | 2026-03-05 14:00 | yes |"), "{md}");
    assert!(md.contains("Started 2026-03-02, last active 2026-03-06."), "{md}");

    let html = run_ok(&sandbox, "bo", &["report", "--format", "html"]);
    assert_self_contained(&html);
    assert_eq!(html.matches("<svg").count(), 2, "the ladder and the timeline");
    assert!(html.contains("2026-03-05 14:00"));
    assert!(
        html.contains(">2026-03-02</text>"),
        "the ladder dates the Spectator step"
    );
}

#[test]
fn the_html_report_escapes_everything_from_the_journal() {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "me", "<b>Eve</b> & co");
    append(
        &sandbox,
        "me",
        vec![
            EventBody::CommunityJoined(Community {
                name: "<img src=x onerror=alert(1)>".into(),
                platform: Platform::X,
                url: Some("javascript:alert(document.cookie)".into()),
            }),
            comment("https://example.org/c?a=1&b=\"><script>alert(2)</script>"),
        ],
    );
    run_ok(
        &sandbox,
        "me",
        &["coach", "note", "<script>alert('note')</script>"],
    );
    run_ok(
        &sandbox,
        "me",
        &["coach", "plan", "Read </style><script>x()</script>"],
    );

    let out = sandbox.path().join("reports").join("eve.html");
    let output = run(
        &sandbox,
        "me",
        &["report", "--format", "html", "--out", out.to_str().unwrap()],
    );
    assert!(output.status.success());
    assert!(
        output.stdout.is_empty(),
        "--out writes the file, not the terminal"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("eve.html"));
    let html = fs::read_to_string(&out).unwrap();
    assert_self_contained(&html);
    assert!(html.contains("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"));
    assert!(html.contains("Read &lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        html.contains(r#"<a href="https://example.org/c?a=1&amp;b=&quot;&gt;&lt;script&gt;"#),
        "the quote cannot end the attribute"
    );
    assert!(
        html.contains("javascript:alert(document.cookie)") && !html.contains("href=\"javascript"),
        "a javascript: address is shown as text, never as a link"
    );
    assert_eq!(
        html.matches("<a href=").count(),
        4,
        "community, feed and two comment links"
    );

    let md = run_ok(&sandbox, "me", &["report"]);
    assert!(md.contains(r"\<script\>alert('note')\</script\>"), "{md}");
    for (at, _) in md.match_indices('<') {
        assert!(
            md[..at].ends_with('\\') || md[at..].starts_with("<https://"),
            "raw HTML in Markdown at {at}: {}",
            &md[at..]
        );
    }
}

#[test]
fn coach_notes_and_plans_show_in_progress_until_done() {
    let sandbox = Sandbox::new();
    run_ok(
        &sandbox,
        "me",
        &["coach", "plan", "Join", "one", "group", "--due", "2099-02-01"],
    );
    run_ok(&sandbox, "me", &["coach", "plan", "Read the inbox together"]);
    run_ok(&sandbox, "me", &["coach", "note", "Prefers LinkedIn over X"]);

    let progress = run_ok(&sandbox, "me", &["progress"]);
    assert!(progress.contains("From your coach"), "{progress}");
    assert!(
        progress.contains("• Join one group (due 2099-02-01)"),
        "{progress}"
    );
    assert!(
        !progress.contains("Prefers LinkedIn"),
        "notes are for the coach's report"
    );

    let list = run_ok(&sandbox, "me", &["coach", "list"]);
    assert!(list.contains(" 1. · Join one group (due 2099-02-01)"), "{list}");
    assert!(list.contains(" 2. · Read the inbox together"), "{list}");
    assert!(list.contains("Prefers LinkedIn over X"), "{list}");

    run_ok(&sandbox, "me", &["coach", "done", "1"]);
    let progress = run_ok(&sandbox, "me", &["progress"]);
    assert!(!progress.contains("Join one group"), "{progress}");
    assert!(progress.contains("• Read the inbox together"), "{progress}");
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["coach_plans"].as_array().unwrap().len(), 1);
    assert!(run_ok(&sandbox, "me", &["coach", "list"]).contains(" 1. ✓ Join one group"));

    run_ok(&sandbox, "me", &["coach", "done", "2"]);
    assert!(!run_ok(&sandbox, "me", &["progress"]).contains("From your coach"));

    for (args, says) in [
        (&["coach", "plan", "x", "--due", "2026-02-30"][..], "YYYY-MM-DD"),
        (&["coach", "plan", "x", "--due", "1/3/2026"][..], "YYYY-MM-DD"),
        (&["coach", "done", "7"][..], "from 1 to 2"),
        (&["coach", "note", "   "][..], "text is empty"),
    ] {
        sandbox
            .cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn an_export_shows_what_goes_in_and_keeps_private_things_out() {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "me", "Ada Lovelace");
    run_ok(
        &sandbox,
        "me",
        &["coach", "note", "Nervous about her manager reading along"],
    );
    run_ok(
        &sandbox,
        "me",
        &["coach", "plan", "Write a post about night shifts"],
    );

    // No terminal, no destination, no --yes: nothing is written by surprise.
    let work = tempfile::tempdir().unwrap();
    sandbox
        .cmd()
        .current_dir(work.path())
        .arg("export")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert_eq!(fs::read_dir(work.path()).unwrap().count(), 0);

    let out = sandbox.path().join("ada.json");
    let output = run(&sandbox, "me", &["export", "--out", out.to_str().unwrap()]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for shown in [
        "This export holds",
        "Ada Lovelace",
        "Critic",
        "7 of 8",
        "10 profile items done",
        "1 comment addresses",
        "Left out: drafts",
    ] {
        assert!(stderr.contains(shown), "{shown:?} not in {stderr}");
    }
    let text = fs::read_to_string(&out).unwrap();
    let export: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(export["format"], "drempel-export");
    assert_eq!(export["version"], 1);
    assert_eq!(export["learner"]["name"], "Ada Lovelace");
    assert_eq!(export["rung"], "critic");
    assert_eq!(export["steps_done"], 7);
    assert_eq!(export["counts"]["keywords"], 3);
    assert_eq!(export["counts"]["triaged"], 5);
    assert_eq!(
        export["comments"][0]["url"],
        "https://www.linkedin.com/feed/update/urn:li:activity:42"
    );
    assert_eq!(export["plans"][0]["text"], "Write a post about night shifts");
    assert_eq!(export["plans"][0]["owner"], "coach");
    assert_eq!(export["stuck"]["evidence"], "own-post");
    for private in [
        "Nervous about",
        "ask the ward manager",
        "matches what we see",
        "nurse recruitment",
        "google.com/alerts",
        "nurses",
    ] {
        assert!(!text.contains(private), "{private:?} leaked into the export");
    }

    let full = run_ok(&sandbox, "me", &["export", "--out", "-", "--include-drafts"]);
    let full: Value = serde_json::from_str(&full).unwrap();
    assert_eq!(
        full["private"]["coach_notes"][0]["text"],
        "Nervous about her manager reading along"
    );
    assert_eq!(
        full["private"]["triage_notes"][0]["note"],
        "ask the ward manager first"
    );
    assert_eq!(full["private"]["keywords"][0], "nurse recruitment");

    // --yes without --out: a file named after the learner in the current folder.
    sandbox
        .cmd()
        .current_dir(work.path())
        .args(["export", "--yes"])
        .assert()
        .success();
    let names: Vec<String> = fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1);
    assert!(
        names[0].starts_with("drempel-export-ada-lovelace-") && names[0].ends_with(".json"),
        "{names:?}"
    );

    // --out FOLDER (a shared folder, a USB stick): the same name, inside it.
    let stick = tempfile::tempdir().unwrap();
    run_ok(
        &sandbox,
        "me",
        &["export", "--out", stick.path().to_str().unwrap()],
    );
    assert!(stick.path().join(&names[0]).is_file());
}

/// Three learners' exports in a folder tree, plus files a trainer's USB stick collects.
fn classroom() -> (Sandbox, tempfile::TempDir) {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "ada", "Ada Lovelace");
    start_journey(&sandbox, "bob", "Bob Marley");
    append(&sandbox, "cy", vec![welcome("Cy Twombly")]);
    let room = tempfile::tempdir().unwrap();
    let nested = room.path().join("table-2");
    fs::create_dir_all(&nested).unwrap();
    for (learner, dir) in [
        ("ada", room.path()),
        ("bob", nested.as_path()),
        ("cy", room.path()),
    ] {
        let out = dir.join(format!("{learner}.json"));
        run_ok(&sandbox, learner, &["export", "--out", out.to_str().unwrap()]);
    }
    // Bob exported twice: he counts once.
    run_ok(
        &sandbox,
        "bob",
        &[
            "export",
            "--out",
            room.path().join("bob-again.json").to_str().unwrap(),
        ],
    );
    let ada = fs::read_to_string(room.path().join("ada.json")).unwrap();
    fs::write(room.path().join("cut-off.json"), &ada[..ada.len() / 2]).unwrap();
    fs::write(
        nested.join("from-the-future.json"),
        ada.replacen("\"version\": 1", "\"version\": 2", 1)
            .replace("Ada Lovelace", "Dee Future"),
    )
    .unwrap();
    fs::write(
        room.path().join("package.json"),
        r#"{"name": "left-over", "version": "1.0.0"}"#,
    )
    .unwrap();
    fs::write(room.path().join("notes.txt"), "not an export and not .json").unwrap();
    (sandbox, room)
}

#[test]
fn the_cohort_counts_good_exports_and_lists_the_rest_with_reasons() {
    let (sandbox, room) = classroom();
    let dir = room.path().to_str().unwrap();
    let output = run(&sandbox, "me", &["cohort", dir, "--format", "json"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let cohort: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(cohort["format"], "drempel-cohort");
    assert_eq!(cohort["learners"], 3);
    assert_eq!(cohort["contributors"], 1);
    let rungs: Vec<(String, u64)> = cohort["rungs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rung"].as_str().unwrap().to_owned(),
                r["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rungs,
        [
            ("inactive".into(), 1),
            ("spectator".into(), 1),
            ("joiner".into(), 0),
            ("collector".into(), 0),
            ("critic".into(), 1),
            ("creator".into(), 0)
        ]
    );
    let funnel: Vec<u64> = cohort["funnel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["count"].as_u64().unwrap())
        .collect();
    assert_eq!(funnel, [3, 2, 2, 1, 1, 1, 1, 0], "welcome … next");
    // Ada reached the aim: only Bob and Cy are stuck on the way to Critic.
    let stuck = &cohort["stuck"];
    assert_eq!(stuck.as_array().unwrap().len(), 2, "{stuck}");
    assert_eq!(stuck[0]["count"], 1);
    assert!(
        stuck
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["evidence"] != "own-post"),
        "{stuck}"
    );
    assert_eq!(
        cohort["movement"]["moved_up"], 2,
        "everyone but Cy moved up today"
    );
    assert_eq!(cohort["movement"]["stayed"], 1);
    assert_eq!(cohort["movement"]["since"].as_str().unwrap(), today());

    // Without --names a skipped file is named by its place among the 7 files looked at
    // (ada, bob-again, cut-off, cy, package, table-2/bob, table-2/from-the-future).
    let skipped: Vec<(u64, String)> = cohort["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert_eq!(s["of"], 7, "{s}");
            assert!(s.get("path").is_none(), "no path without --names: {s}");
            (
                s["file"].as_u64().unwrap(),
                s["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let numbers: Vec<u64> = skipped.iter().map(|(n, _)| *n).collect();
    assert_eq!(numbers, [3, 5, 6, 7], "{skipped:#?}");
    assert_eq!(skipped[0].1, "it is cut off — ask for the export again");
    assert!(skipped[1].1.contains("not a drempel export"), "{skipped:?}");
    assert_eq!(skipped[2].1, "an older export of the same learner as file 2");
    assert!(
        skipped[3].1.contains("from a newer drempel (export version 2"),
        "{skipped:?}"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Skipped file 3 of 7: it is cut off"),
        "skipped files are listed on stderr too: {stderr}"
    );
    assert!(!stderr.contains("cut-off.json"), "{stderr}");

    // With --names, the paths too.
    let named: Value = serde_json::from_str(&run_ok(
        &sandbox,
        "me",
        &["cohort", dir, "--format", "json", "--names"],
    ))
    .unwrap();
    let path = |number: usize| named["skipped"][number]["path"].as_str().unwrap().to_owned();
    assert!(path(0).ends_with("cut-off.json"), "{named}");
    assert!(path(2).ends_with("bob.json"), "{named}");

    let since = run_ok(
        &sandbox,
        "me",
        &["cohort", dir, "--since", "2099-01-01", "--format", "md"],
    );
    assert!(
        since.contains("Moved up since 2099-01-01: 0 of 3 (3 stayed, 0 moved down)."),
        "{since}"
    );
}

#[test]
fn the_cohort_shows_names_only_when_asked() {
    let (sandbox, room) = classroom();
    let dir = room.path().to_str().unwrap();
    let names = ["Ada Lovelace", "Bob Marley", "Cy Twombly", "Dee Future"];
    for format in ["table", "md", "html", "json"] {
        let output = run(&sandbox, "me", &["cohort", dir, "--format", format]);
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
        for name in names {
            // File paths of skipped files are listed; no learner's name may show.
            assert!(
                !text.contains(name),
                "{name:?} shown without --names in {format}:\n{text}"
            );
        }
        assert!(text.contains('3'), "{format} still reports the group");

        let named = run_ok(&sandbox, "me", &["cohort", dir, "--format", format, "--names"]);
        for name in ["Ada Lovelace", "Bob Marley", "Cy Twombly"] {
            assert!(named.contains(name), "{name:?} missing with --names in {format}");
        }
        assert!(!named.contains("Dee Future"), "a skipped export shows no one");
    }
    let html = run_ok(&sandbox, "me", &["cohort", dir, "--format", "html"]);
    assert_self_contained(&html);
    assert!(html.contains("font-size: 28px"), "large type for the projector");
}

#[test]
fn a_cohort_of_nothing_readable_is_a_data_problem_and_of_nothing_at_all_bad_input() {
    let sandbox = Sandbox::new();
    let room = tempfile::tempdir().unwrap();
    sandbox
        .cmd()
        .args(["cohort", room.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("No exports found"));
    sandbox
        .cmd()
        .args(["cohort", "no-such-folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-folder").and(predicate::str::contains("no such file")));

    fs::write(
        room.path().join("broken.json"),
        "{\"format\": \"drempel-export\", ",
    )
    .unwrap();
    sandbox
        .cmd()
        .args(["cohort", room.path().to_str().unwrap()])
        .assert()
        .code(3)
        .stdout(
            predicate::str::contains("file 1 of 1: it is cut off — ask for the export again")
                .and(predicate::str::contains("broken.json").not()),
        )
        .stderr(predicate::str::contains("None of the files"));
}

#[test]
fn an_export_round_trips_into_a_cohort_html_page_for_the_projector() {
    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "me", "Ada");
    let room = tempfile::tempdir().unwrap();
    let export = room.path().join("a.json");
    run_ok(&sandbox, "me", &["export", "--out", export.to_str().unwrap()]);
    let page = room.path().join("cohort.html");
    run_ok(
        &sandbox,
        "me",
        &[
            "cohort",
            export.to_str().unwrap(),
            "--format",
            "html",
            "--out",
            page.to_str().unwrap(),
        ],
    );
    let html = fs::read_to_string(&page).unwrap();
    assert_self_contained(&html);
    assert!(
        html.contains("1 learner, 1 of them at Critic or higher"),
        "{html}"
    );
    assert!(
        !html.contains("a post of their own") && html.contains("Nobody is stuck on the way to Critic"),
        "a Critic reached the aim: nobody is stuck"
    );
    assert!(!Path::new(&page).with_extension("html.tmp").exists());
}

/// On a terminal the learner sees what goes in, then decides.
#[cfg(unix)]
#[test]
fn on_a_terminal_the_export_asks_first() {
    use expectrl::Expect;

    let sandbox = Sandbox::new();
    journey_to_critic(&sandbox, "me", "Ada");
    let work = tempfile::tempdir().unwrap();
    let session = |answer: &str| {
        // A wide terminal, set before drempel starts: on a narrow one the long temporary
        // path breaks the sentences this test looks for across lines.
        let mut command = std::process::Command::new("sh");
        command
            .current_dir(work.path())
            .arg("-c")
            .arg(r#"stty cols 250 rows 40 && exec "$0" "$@""#)
            .arg(env!("CARGO_BIN_EXE_drempel"))
            .arg("--home")
            .arg(sandbox.path())
            .arg("export")
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        let mut s = expectrl::Session::spawn(command).expect("spawn drempel in a pty");
        s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
        s.expect("This export holds").unwrap();
        s.expect("1 comment addresses").unwrap();
        s.expect("Write this to drempel-export-ada-").unwrap();
        s.send(answer).unwrap();
        s
    };

    // What drempel said after the answer, to its end, as words: the pty's width can
    // reach drempel after its first line, and a sentence wrapped at 80 columns is the
    // same sentence.
    let rest = |mut s: expectrl::session::OsSession| {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut s, &mut out).ok();
        String::from_utf8_lossy(&out)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };

    let no = rest(session("n\r"));
    assert!(no.contains("Nothing was written"), "{no}");
    assert_eq!(fs::read_dir(work.path()).unwrap().count(), 0);

    let yes = rest(session("y\r"));
    assert!(yes.contains("Hand this file to your coach or trainer"), "{yes}");
    assert_eq!(fs::read_dir(work.path()).unwrap().count(), 1);
}

/// Escape sequences, a title change, a right-to-left override and an 8-bit CSI.
const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[31mEve\u{202e}gpj.exe\u{9b}2J\u{2066}";

/// What a terminal would act on: controls (but newline and tab) and bidi controls.
fn has_hostile(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn crafted_exports_print_nothing_a_terminal_acts_on_and_forged_figures_are_left_out() {
    let sandbox = Sandbox::new();
    start_journey(&sandbox, "ada", "Ada Lovelace");
    append(&sandbox, "eve", vec![welcome(HOSTILE)]);
    let room = tempfile::tempdir().unwrap();
    for learner in ["ada", "eve"] {
        let out = room.path().join(format!("{learner}.json"));
        run_ok(&sandbox, learner, &["export", "--out", out.to_str().unwrap()]);
    }
    // JSON from any command escapes what a terminal would act on.
    for args in [
        &["export", "--out", "-"][..],
        &["report", "--format", "json"][..],
        &["progress", "--json"][..],
    ] {
        let out = run_ok(&sandbox, "eve", args);
        assert!(!has_hostile(&out), "{args:?}: {out:?}");
        assert!(out.contains("\\u202e") || args[0] == "progress", "{args:?}");
    }

    let ada: Value =
        serde_json::from_str(&fs::read_to_string(room.path().join("ada.json")).unwrap()).unwrap();
    let forge = |name: &str, change: &dyn Fn(&mut Value)| {
        let mut forged = ada.clone();
        forged["journey"] = Value::String(format!("forged-{name}"));
        change(&mut forged);
        fs::write(room.path().join(format!("{name}.json")), forged.to_string()).unwrap();
    };
    forge("future", &|e| e["generated_at"] = "2099-01-01T00:00:00Z".into());
    forge("early", &|e| {
        e["timeline"][0]["reached_at"] = "2001-01-01T00:00:00Z".into()
    });
    forge("steps", &|e| {
        let steps = e["steps"].as_array().unwrap().clone();
        e["steps"].as_array_mut().unwrap().extend(steps);
    });
    forge("counts", &|e| e["checklists"][0]["done"] = 99.into());
    forge("variant", &|e| e["rung"] = HOSTILE.into());
    forge("evidence", &|e| e["stuck"]["evidence"] = HOSTILE.into());
    let dir = room.path().to_str().unwrap();

    for format in ["table", "md", "json", "html"] {
        for names in [false, true] {
            let mut args = vec!["cohort", dir, "--format", format];
            if names {
                args.push("--names");
            }
            let output = run(&sandbox, "me", &args);
            assert!(output.status.success(), "{args:?}");
            let stdout = String::from_utf8(output.stdout).unwrap();
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(!has_hostile(&stdout), "{args:?}: {stdout:?}");
            assert!(!has_hostile(&stderr), "{args:?}: {stderr:?}");
        }
    }

    let cohort: Value = serde_json::from_str(&run_ok(
        &sandbox,
        "me",
        &["cohort", dir, "--format", "json", "--names"],
    ))
    .unwrap();
    assert_eq!(cohort["learners"], 2, "only Ada and Eve count");
    let rungs: Vec<u64> = cohort["rungs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["count"].as_u64().unwrap())
        .collect();
    assert_eq!(
        rungs,
        [1, 1, 0, 0, 0, 0],
        "Eve inactive, Ada a Spectator: no forged rung counts"
    );
    let names: Vec<&str> = cohort["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada Lovelace", "Evegpj.exe2J"]);
    let reason = |file: &str| {
        cohort["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["path"].as_str().unwrap().ends_with(file))
            .map(|s| s["reason"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("{file} not skipped"))
    };
    assert!(reason("future.json").contains("in the future"));
    assert!(reason("early.json").contains("before the journey started"));
    assert!(reason("steps.json").contains("16 steps"));
    assert!(reason("counts.json").contains("99 profile items done out of"));
    assert!(reason("evidence.json").contains("missing evidence"));
    assert!(reason("variant.json").contains("unknown variant"));
    for file in [
        "future.json",
        "early.json",
        "steps.json",
        "counts.json",
        "evidence.json",
    ] {
        assert!(reason(file).contains("cannot be right"), "{file}");
    }
}
