//! The coach's review and the projector, as a coach and a trainer meet them: the report
//! from a journal and from the export a learner mailed, plans and open items, each
//! address once; the cohort page without names, namesakes told apart, and both pages
//! right to left in Hebrew.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Sandbox, append, run, run_ok};
use drempel::journal::{
    Community, Contribution, Decision, EventBody, NotApplicableItem, ProfileItem, Welcome,
};
use drempel::platform::Platform;
use serde_json::Value;

fn item(platform: Platform, item: &str) -> ProfileItem {
    ProfileItem {
        platform,
        item: item.into(),
    }
}

fn comment(url: &str, errors: Option<u32>) -> EventBody {
    EventBody::CommentRecorded(Contribution {
        url: url.into(),
        platform: Platform::Linkedin,
        kind: None,
        item: None,
        draft: Some("Thanks, this matches what we see on the ward.".into()),
        check_errors: errors,
        accepted: Vec::new(),
    })
}

const HEADLINE: &str = "A headline that says what you do and for whom";
const ABOUT: &str = "A short About section in your own words";
const COMMENT_URL: &str = "https://www.linkedin.com/feed/update/urn:li:activity:42";

/// Ada: a recruiter who chose LinkedIn only, did part of its checklist, postponed the
/// About section, marked one item not applicable, ticked an X item anyway, recorded a
/// comment twice (first with errors, then fixed) and one that failed the check, and
/// has three plans with her coach: one overdue, one later, one done.
fn ada(sandbox: &Sandbox) {
    append(
        sandbox,
        "ada",
        vec![
            EventBody::Welcomed(Welcome {
                name: "Ada Lovelace".into(),
                role: Some("Recruiter".into()),
                organisation: Some("Zorggroep Noord".into()),
                language: None,
            }),
            EventBody::PlatformsChosen {
                platforms: vec![Platform::Linkedin],
            },
            EventBody::ProfileItemDone(item(Platform::Linkedin, "photo")),
            EventBody::ProfileItemPostponed(item(Platform::Linkedin, "about")),
            EventBody::ProfileItemNotApplicable(NotApplicableItem {
                platform: Platform::Linkedin,
                item: "open-to-work".into(),
                reason: "I am not looking for a job".into(),
            }),
            EventBody::ProfileItemDone(item(Platform::X, "photo")),
            EventBody::ItemTriaged {
                item: "item-1".into(),
                decision: Decision::Blog,
                note: Some("ask the ward manager first".into()),
            },
            EventBody::CommunityJoined(Community {
                name: "Nursing careers NL".into(),
                platform: Platform::Linkedin,
                url: Some("https://www.linkedin.com/groups/123".into()),
            }),
            comment(COMMENT_URL, Some(2)),
            comment(COMMENT_URL, Some(0)),
            comment("https://www.linkedin.com/feed/update/urn:li:activity:77", Some(3)),
        ],
    );
    run_ok(
        sandbox,
        "ada",
        &[
            "strategy",
            "set",
            "--goal",
            "recruitment",
            "--audience",
            "nurses in the region",
            "--why",
            "Our wards need people who stay",
        ],
    );
    for (text, due) in [
        ("Write about night shifts", "2099-05-01"),
        ("Start a discussion in the group", "2020-01-15"),
        ("Read the inbox together", "2098-01-01"),
    ] {
        run_ok(sandbox, "ada", &["coach", "plan", text, "--due", due]);
    }
    run_ok(sandbox, "ada", &["coach", "done", "3"]);
}

/// The text a reader sees in an HTML page: the tags taken out.
fn visible_text(html: &str) -> String {
    let body = &html[html.find("<body").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_review_marks_overdue_plans_and_lists_them_by_date_first() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let md = run_ok(&sandbox, "ada", &["report"]);
    assert!(md.contains("## Plans (1 overdue)"), "{md}");
    let overdue = md
        .find("- [ ] **overdue** Start a discussion in the group (agreed with the coach; due 2020-01-15")
        .unwrap_or_else(|| panic!("{md}"));
    let later = md
        .find("- [ ] Write about night shifts (agreed with the coach; due 2099-05-01")
        .unwrap_or_else(|| panic!("{md}"));
    let done = md
        .find("- [x] Read the inbox together")
        .unwrap_or_else(|| panic!("{md}"));
    assert!(overdue < later && later < done, "open by date, then done:\n{md}");
    assert_eq!(md.matches("**overdue**").count(), 1, "only the one past its date");

    let json: Value =
        serde_json::from_str(&run_ok(&sandbox, "ada", &["report", "--format", "json"])).unwrap();
    let plans: Vec<(&str, bool)> = json["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["text"].as_str().unwrap(), p["overdue"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        plans,
        [
            ("Start a discussion in the group", true),
            ("Write about night shifts", false),
            ("Read the inbox together", false)
        ]
    );

    // On paper the next action and the plans come before everything else.
    let html = run_ok(&sandbox, "ada", &["report", "--format", "html"]);
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} missing"));
    assert!(at("class=\"next\"") < at("<h2>Plans (1 overdue)</h2>"));
    assert!(at("<h2>Plans (1 overdue)</h2>") < at("<h2>Profile checklists</h2>"));
    assert!(at("<h2>Profile checklists</h2>") < at("<svg"));
    assert!(html.contains("class=\"overdue-plan\""));
    assert!(html.contains("<strong class=\"overdue tag\">overdue</strong>"));
}

#[test]
fn the_review_shows_who_why_open_items_of_chosen_platforms_and_whether_comments_counted() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let md = run_ok(&sandbox, "ada", &["report"]);
    assert!(md.contains("Recruiter · Zorggroep Noord"), "{md}");
    assert!(md.contains("- **Why:** Our wards need people who stay"), "{md}");
    assert!(md.contains("### LinkedIn — 2 / 10"), "{md}");
    assert!(md.contains(&format!("- {HEADLINE}\n")), "{md}");
    assert!(md.contains(&format!("- {ABOUT} (postponed)")), "{md}");
    assert!(
        md.contains("- Decide who can see your list of connections [privacy]"),
        "{md}"
    );
    assert!(
        md.contains("Know who sees it if you are open to work: I am not looking for a job"),
        "{md}"
    );
    assert!(!md.contains("### X"), "X was not chosen:\n{md}");
    assert!(
        md.contains(&format!(
            "<{COMMENT_URL}> (LinkedIn) ✓ counted: checked without errors"
        )),
        "{md}"
    );
    assert!(
        md.contains("activity:77> (LinkedIn) ✗ not counted: the check found 3 errors"),
        "{md}"
    );
    assert!(md.contains("- **Input for a blog post**: item-1"), "{md}");
    assert!(
        !md.contains("ask the ward manager"),
        "notes only with --include-drafts"
    );
    let drafts = run_ok(&sandbox, "ada", &["report", "--include-drafts"]);
    assert!(
        drafts.contains("item-1 — _note:_ ask the ward manager first"),
        "{drafts}"
    );
}

#[test]
fn each_address_is_shown_once_on_screen_and_on_paper() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let md = run_ok(&sandbox, "ada", &["report"]);
    assert_eq!(md.matches(COMMENT_URL).count(), 1, "{md}");

    let html = run_ok(&sandbox, "ada", &["report", "--format", "html"]);
    let text = visible_text(&html);
    for url in [COMMENT_URL, "https://www.linkedin.com/groups/123"] {
        assert_eq!(text.matches(url).count(), 1, "{url} in:\n{text}");
    }
    // A link that shows its address prints as it is: no address added after it.
    let style = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    assert!(!style.contains("a[href]::after"), "{style}");
    assert!(
        style.contains("a.titled[href]::after"),
        "only titled links print their address"
    );
    assert!(
        style.contains("break-after: avoid"),
        "headings stay with what follows"
    );
    assert!(
        !style.contains("section, table"),
        "sections may break across pages"
    );
}

/// Ada's export, as she would mail it: the default, or with drafts and notes.
fn export(sandbox: &Sandbox, learner: &str, dir: &Path, drafts: bool) -> PathBuf {
    let out = dir.join(format!("{learner}-{drafts}.json"));
    let mut args = vec!["export", "--out", out.to_str().unwrap()];
    if drafts {
        args.push("--include-drafts");
    }
    run_ok(sandbox, learner, &args);
    out
}

#[test]
fn a_coach_reads_the_mailed_export_as_the_learner_would_see_their_report() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let mail = tempfile::tempdir().unwrap();
    let plain = export(&sandbox, "ada", mail.path(), false);

    // The coach's laptop: another home, no journal for Ada at all.
    let coach = Sandbox::new();
    let md = run_ok(&coach, "me", &["report", "--from", plain.to_str().unwrap()]);
    assert!(md.starts_with("# The journey of Ada Lovelace\n"), "{md}");
    assert!(md.contains("_Made from the export of "), "{md}");
    assert!(md.contains("Recruiter · Zorggroep Noord"), "{md}");
    assert!(md.contains("## Plans (1 overdue)"), "{md}");
    assert!(md.contains("**overdue** Start a discussion in the group"), "{md}");
    assert!(md.contains(&format!("- {ABOUT} (postponed)")), "{md}");
    assert!(md.contains("I am not looking for a job"), "{md}");
    assert!(!md.contains("### X"), "{md}");
    assert!(md.contains("✓ counted: checked without errors"), "{md}");
    assert!(md.contains("✗ not counted: the check found 3 errors"), "{md}");
    assert_eq!(md.matches(COMMENT_URL).count(), 1, "{md}");
    assert!(
        md.contains("**Next:** Work on your LinkedIn profile. Still to do: "),
        "the next action travels with the export:\n{md}"
    );
    // What the learner kept private says so, rather than looking empty.
    assert!(md.contains("- **Why:** _not in this export"), "{md}");
    assert!(!md.contains("Our wards need"), "{md}");
    assert!(md.contains("Which items were kept is not in this export"), "{md}");

    let full = export(&sandbox, "ada", mail.path(), true);
    let md = run_ok(&coach, "me", &["report", "--from", full.to_str().unwrap()]);
    assert!(md.contains("- **Why:** Our wards need people who stay"), "{md}");
    assert!(md.contains("item-1 — _note:_ ask the ward manager first"), "{md}");

    for format in ["html", "json"] {
        let out = run_ok(
            &coach,
            "me",
            &["report", "--from", plain.to_str().unwrap(), "--format", format],
        );
        assert!(out.contains("Start a discussion in the group"), "{format}");
    }
    let json: Value = serde_json::from_str(&run_ok(
        &coach,
        "me",
        &["report", "--from", plain.to_str().unwrap(), "--format", "json"],
    ))
    .unwrap();
    assert_eq!(json["from_export"]["drempel"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json["checklists"].as_array().unwrap().len(), 1, "LinkedIn only");
    assert!(
        !coach.learner_dir("me").join("journal.jsonl").exists(),
        "reading an export writes nothing"
    );
}

#[test]
fn an_export_that_is_not_one_is_refused_with_a_reason_and_nothing_written() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let dir = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(export(&sandbox, "ada", dir.path(), false)).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path
    };
    let cases = [
        (
            write("cut.json", &good[..good.len() / 3]),
            "it is cut off — ask for the export again",
        ),
        (write("empty.json", ""), "it is empty"),
        (
            write(
                "newer.json",
                &good.replacen("\"version\": 1", "\"version\": 9", 1),
            ),
            "it is from a newer drempel (export version 9",
        ),
        (
            write("package.json", r#"{"name": "left-over", "version": "1.0.0"}"#),
            "it is not a drempel export",
        ),
        (write("notes.json", "hello"), "not JSON"),
        (dir.path().join("missing.json"), "there is no such file"),
    ];
    let out = dir.path().join("report.html");
    for (path, says) in cases {
        let output = run(
            &sandbox,
            "me",
            &[
                "report",
                "--from",
                path.to_str().unwrap(),
                "--format",
                "html",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{path:?}: {stderr}");
        assert!(
            stderr.contains("cannot be read as a drempel export") && stderr.contains(says),
            "{path:?}: {stderr}"
        );
        assert!(output.stdout.is_empty());
        assert!(!out.exists(), "nothing written for {path:?}");
    }
}

/// A room of learners whose exports carry their names in their file names, as `drempel
/// export` names them, with the kinds of file a USB stick collects.
fn room(names: &[&str]) -> (Sandbox, tempfile::TempDir) {
    let sandbox = Sandbox::new();
    let room = tempfile::tempdir().unwrap();
    for (i, name) in names.iter().enumerate() {
        let learner = format!("learner-{i}");
        append(
            &sandbox,
            &learner,
            vec![EventBody::Welcomed(Welcome {
                name: (*name).into(),
                ..Welcome::default()
            })],
        );
        // Spread over the ladder: some stop before the strategy, some before a community.
        if i % 3 != 0 {
            run_ok(&sandbox, &learner, &["strategy", "set", "--goal", "recruitment"]);
        }
        run_ok(
            &sandbox,
            &learner,
            &["export", "--out", room.path().to_str().unwrap()],
        );
    }
    (sandbox, room)
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn the_projector_shows_no_name_without_names_not_even_of_a_skipped_file() {
    let names = ["Ada Lovelace", "Bob Marley", "Cy Twombly", "Sam de Boer"];
    let (sandbox, room) = room(&names);
    let exports = files_in(room.path());
    let ada = fs::read_to_string(&exports[0]).unwrap();
    // The broken copies keep their names in their file names, as mail clients do.
    fs::write(room.path().join("drempel-export-dee-future-1.json"), {
        let newer = ada.replacen("\"version\": 1", "\"version\": 2", 1);
        newer.replace("Ada Lovelace", "Dee Future")
    })
    .unwrap();
    fs::write(
        room.path().join("drempel-export-eve-cut-2.json"),
        &ada[..ada.len() / 2],
    )
    .unwrap();
    fs::write(room.path().join("drempel-export-fay-empty-3.json"), "").unwrap();
    let dir = room.path().to_str().unwrap();

    let forbidden = [
        "Ada",
        "Lovelace",
        "Bob",
        "Marley",
        "Twombly",
        "Sam de Boer",
        "Dee",
        "Future",
        "eve-cut",
        "fay-empty",
        "ada-lovelace",
        "sam-de-boer",
    ];
    for format in ["table", "md", "html", "json"] {
        let output = run(&sandbox, "me", &["cohort", dir, "--format", format]);
        assert!(output.status.success(), "{format}");
        let text = String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
        for name in forbidden {
            assert!(
                !text.contains(name),
                "{name:?} shown without --names in {format}:\n{text}"
            );
        }
        for plain in [
            "file 4 of 7: it is from a newer drempel",
            "file 5 of 7: it is cut off — ask for the export again",
            "file 6 of 7: it is empty",
        ] {
            assert!(text.contains(plain), "{plain:?} missing in {format}:\n{text}");
        }
    }
}

#[test]
fn namesakes_get_a_short_code_and_stuck_counts_only_those_before_the_aim() {
    let names = [
        "Sam de Boer",
        "Sam de Boer",
        "Ada Lovelace",
        "Bo Ek",
        "Cy Li",
        "Di Ho",
    ];
    let (sandbox, room) = room(&names);
    let dir = room.path().to_str().unwrap();
    let cohort: Value = serde_json::from_str(&run_ok(
        &sandbox,
        "me",
        &["cohort", dir, "--format", "json", "--names"],
    ))
    .unwrap();
    let people = cohort["people"].as_array().unwrap();
    let sams: Vec<&Value> = people.iter().filter(|p| p["name"] == "Sam de Boer").collect();
    assert_eq!(sams.len(), 2);
    let codes: Vec<&str> = sams.iter().map(|p| p["code"].as_str().unwrap()).collect();
    assert_ne!(codes[0], codes[1], "{codes:?}");
    assert!(codes.iter().all(|c| c.chars().count() == 4), "{codes:?}");
    assert!(
        people
            .iter()
            .filter(|p| p["name"] != "Sam de Boer")
            .all(|p| p.get("code").is_none()),
        "a unique name needs no code"
    );
    // Each code is the end of that learner's export file name.
    let files: Vec<String> = files_in(room.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for code in &codes {
        assert!(
            files
                .iter()
                .any(|f| f.starts_with("drempel-export-sam-de-boer-") && f.ends_with(&format!("{code}.json"))),
            "{code} in {files:?}"
        );
    }
    let md = run_ok(&sandbox, "me", &["cohort", dir, "--format", "md", "--names"]);
    for code in &codes {
        assert!(md.contains(&format!("| Sam de Boer ({code}) |")), "{md}");
    }

    // Two stopped before the strategy (learners 0 and 3), four before a profile: the
    // most common first.
    let stuck: Vec<(&str, u64)> = cohort["stuck"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["evidence"].as_str().unwrap(), s["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(stuck, [("profile-complete", 4), ("strategy", 2)]);
}

#[test]
fn the_projector_puts_rungs_and_steps_side_by_side_in_large_type() {
    let (sandbox, room) = room(&["Ada", "Bob", "Cy"]);
    let html = run_ok(
        &sandbox,
        "me",
        &["cohort", room.path().to_str().unwrap(), "--format", "html"],
    );
    let grid = html
        .find("<div class=\"side-by-side\">")
        .expect("a two-column block");
    let rungs = html.find("<h2>Where people are on the ladder</h2>").unwrap();
    let steps = html.find("<h2>Steps finished</h2>").unwrap();
    let end = html[grid..].find("</div>").unwrap() + grid;
    assert!(grid < rungs && rungs < steps && steps < end, "both in the block");
    assert!(html.contains("html { font-size: 28px; }"));
    assert_eq!(html.matches("<table class=\"bars\"").count(), 2);
    assert!(html.contains("<body class=\"projector\">"));
}

/// The x of the first `<rect` in the ladder picture: where its lowest rung stands.
fn first_rung_x(html: &str) -> f64 {
    let svg = &html[html.find("<svg class=\"chart ladder\"").expect("the ladder")..];
    let rect = &svg[svg.find("<rect x=\"").unwrap() + 9..];
    rect[..rect.find('"').unwrap()].parse().unwrap()
}

#[test]
fn in_hebrew_the_pages_run_right_to_left_and_the_ladder_climbs_leftwards() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let english = run_ok(&sandbox, "ada", &["report", "--format", "html"]);
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        first_rung_x(&english) < 500.0,
        "left to right: the first rung on the left"
    );

    let hebrew = run_ok(&sandbox, "ada", &["--lang", "he", "report", "--format", "html"]);
    assert!(hebrew.contains("<html lang=\"he\" dir=\"rtl\">"), "{hebrew}");
    assert!(
        first_rung_x(&hebrew) > 500.0,
        "right to left: the first rung on the right"
    );
    assert!(
        hebrew.contains("direction=\"rtl\""),
        "the pictures know their direction"
    );
    // Latin names and addresses keep their own direction inside Hebrew lines.
    assert!(hebrew.contains("<bdi>Ada Lovelace</bdi>"));
    assert!(hebrew.contains("<bdi>Zorggroep Noord</bdi>"));
    assert!(hebrew.contains(&format!("<a href=\"{COMMENT_URL}\" dir=\"ltr\">")));
    // The layout mirrors by itself: no physical left or right in the style.
    let style = &hebrew[hebrew.find("<style>").unwrap()..hebrew.find("</style>").unwrap()];
    for physical in ["left", "right"] {
        assert!(!style.contains(physical), "{physical} in the style");
    }

    let mail = tempfile::tempdir().unwrap();
    export(&sandbox, "ada", mail.path(), false);
    let cohort = run_ok(
        &sandbox,
        "me",
        &[
            "--lang",
            "he",
            "cohort",
            mail.path().to_str().unwrap(),
            "--format",
            "html",
        ],
    );
    assert!(cohort.contains("<html lang=\"he\" dir=\"rtl\">"));
}

/// Escape sequences, a title change, a right-to-left override and an 8-bit CSI.
const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[31mEve\u{202e}gpj.exe\u{9b}2J\u{2066}";

#[test]
fn a_crafted_export_prints_nothing_a_terminal_acts_on() {
    let sandbox = Sandbox::new();
    ada(&sandbox);
    let dir = tempfile::tempdir().unwrap();
    let mut export: Value =
        serde_json::from_str(&fs::read_to_string(export(&sandbox, "ada", dir.path(), false)).unwrap())
            .unwrap();
    export["learner"]["name"] = HOSTILE.into();
    export["learner"]["role"] = HOSTILE.into();
    export["plans"][0]["text"] = HOSTILE.into();
    export["checklists"][0]["not_applicable"][0]["reason"] = HOSTILE.into();
    export["comments"][0]["url"] = HOSTILE.into();
    export["next"]["text"] = HOSTILE.into();
    let crafted = dir.path().join("crafted.json");
    fs::write(&crafted, export.to_string()).unwrap();
    for format in ["md", "html", "json"] {
        let out = run_ok(
            &sandbox,
            "me",
            &["report", "--from", crafted.to_str().unwrap(), "--format", format],
        );
        assert!(
            !out.chars().any(|c| (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{format}: {out:?}"
        );
        assert!(out.contains("Evegpj.exe2J"), "{format}: the text itself stays");
    }
}

#[test]
fn the_learners_own_plans_stand_beside_the_coachs_in_the_review_and_the_export() {
    let sandbox = Sandbox::new();
    run_ok(
        &sandbox,
        "sam",
        &["plan", "add", "Write about the open day", "--due", "2020-01-06"],
    );
    run_ok(
        &sandbox,
        "sam",
        &["plan", "add", "Ten minutes of reading", "--every", "friday"],
    );
    run_ok(&sandbox, "sam", &["coach", "plan", "Bring two questions"]);
    let md = run_ok(&sandbox, "sam", &["report"]);
    assert!(md.contains("Write about the open day"), "{md}");
    assert!(md.contains("Ten minutes of reading"), "{md}");
    assert!(md.contains("Bring two questions"), "{md}");
    assert!(md.contains("**overdue** Write about the open day"), "{md}");
    assert!(md.contains("the learner's own"), "{md}");

    let mail = tempfile::tempdir().unwrap();
    let file = mail.path().join("sam.json");
    run_ok(&sandbox, "sam", &["export", "--out", file.to_str().unwrap()]);
    let coach = Sandbox::new();
    let from = run_ok(&coach, "me", &["report", "--from", file.to_str().unwrap()]);
    assert!(from.contains("**overdue** Write about the open day"), "{from}");
    assert!(from.contains("Ten minutes of reading"), "{from}");
}
