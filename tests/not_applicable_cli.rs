//! A checklist item that does not apply, from the command line: marked with a reason,
//! taken back, shown in progress, report and export, and enough for Joiner.

mod common;

use std::fs;

use common::Sandbox;
use drempel::journal::{EventBody, Journal, Welcome};
use drempel::lessons::{ItemKind, Library};
use drempel::platform::Platform;
use predicates::prelude::*;
use serde_json::Value;

const REASON: &str = "I do not manage a page";

fn linkedin_items() -> Vec<(String, ItemKind)> {
    Library::embedded()
        .load("en")
        .unwrap()
        .checklist(Platform::Linkedin)
        .map(|i| (i.id.clone(), i.kind))
        .collect()
}

fn label(id: &str) -> String {
    Library::embedded()
        .load("en")
        .unwrap()
        .item(Platform::Linkedin, id)
        .unwrap()
        .label
        .clone()
}

#[test]
fn marked_with_a_reason_shown_everywhere_and_taken_back() {
    let sandbox = Sandbox::new();
    let marked = sandbox.run_ok(&[
        "profile",
        "linkedin",
        "not-applicable",
        "page-admins",
        "--reason",
        "  I do not \u{1b}[31mmanage\u{1b}[0m a\npage <b>  ",
    ]);
    assert!(
        marked.contains("page-admins does not apply to you (1 of"),
        "{marked}"
    );
    let clean = "I do not manage a page <b>";
    assert!(marked.contains(&format!("Your reason: {clean}")), "{marked}");

    // One event of the new kind, its reason sanitised and on one line.
    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    let line: Value = serde_json::from_str(journal.lines().last().unwrap()).unwrap();
    assert_eq!(line["kind"], "profile.item_not_applicable");
    assert_eq!(line["data"]["platform"], "linkedin");
    assert_eq!(line["data"]["item"], "page-admins");
    assert_eq!(line["data"]["reason"], clean);

    let status = sandbox.run_ok(&["profile", "linkedin"]);
    assert!(status.contains(&format!("(not applicable: {clean})")), "{status}");
    assert!(status.contains("1/"), "it counts as done: {status}");

    let progress = sandbox.run_ok(&["progress"]);
    assert!(progress.contains("Not applicable to you"), "{progress}");
    assert!(
        progress.contains(&format!("LinkedIn · {}: {clean}", label("page-admins"))),
        "{progress}"
    );
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["not_applicable"][0]["platform"], "linkedin");
    assert_eq!(json["not_applicable"][0]["item"], "page-admins");
    assert_eq!(json["not_applicable"][0]["reason"], clean);
    let closest = &json["rungs"][1]["evidence"][0]["closest"];
    assert_eq!(closest["platform"], "linkedin");
    assert_eq!(closest["done"], 1);
    assert_eq!(closest["not_applicable"][0]["reason"], clean);
    assert!(
        json["rung"].is_string() && json["next"].is_object(),
        "existing keys stay"
    );

    let md = sandbox.run_ok(&["report"]);
    assert!(md.contains("Not applicable, with the learner's reason:"), "{md}");
    assert!(
        md.contains(&format!(
            "- {}: I do not manage a page \\<b\\>",
            label("page-admins")
        )),
        "Markdown escapes the reason: {md}"
    );
    let html = sandbox.run_ok(&["report", "--format", "html"]);
    assert!(html.contains("I do not manage a page &lt;b&gt;"), "{html}");
    assert!(!html.contains("page <b>"));
    let report: Value = serde_json::from_str(&sandbox.run_ok(&["report", "--format", "json"])).unwrap();
    assert_eq!(report["checklists"][0]["platform"], "linkedin");
    assert_eq!(report["checklists"][0]["done"], 1);
    assert_eq!(
        report["checklists"][0]["not_applicable"][0]["item"],
        "page-admins"
    );
    assert_eq!(report["checklists"][0]["not_applicable"][0]["reason"], clean);
    let export: Value = serde_json::from_str(&sandbox.run_ok(&["export", "--out", "-"])).unwrap();
    assert_eq!(export["checklists"][0]["not_applicable"][0]["reason"], clean);
    assert_eq!(export["counts"]["profile_items_done"], 1);

    // Undo takes back "not applicable" as it takes back "done".
    let undone = sandbox.run_ok(&["profile", "linkedin", "undo", "page-admins"]);
    assert!(
        undone.contains("LinkedIn: page-admins is open again."),
        "{undone}"
    );
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["not_applicable"], Value::Array(Vec::new()));
    assert_eq!(json["rungs"][1]["evidence"][0]["closest"]["done"], 0);
    assert!(!sandbox.run_ok(&["progress"]).contains("Not applicable to you"));
    assert!(!sandbox.run_ok(&["report"]).contains(REASON));
    let again = sandbox.run_ok(&["profile", "linkedin", "undo", "page-admins"]);
    assert!(again.contains("nothing to undo"), "{again}");

    // Marked again, then done: "done" replaces the reason.
    sandbox.run_ok(&[
        "profile",
        "linkedin",
        "not-applicable",
        "page-admins",
        "--reason",
        REASON,
    ]);
    sandbox.run_ok(&["profile", "linkedin", "done", "page-admins"]);
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["not_applicable"], Value::Array(Vec::new()));
    assert_eq!(json["rungs"][1]["evidence"][0]["closest"]["done"], 1);
}

#[test]
fn a_privacy_item_that_does_not_apply_is_enough_for_joiner() {
    let sandbox = Sandbox::new();
    let mut journal = Journal::open(&sandbox.learner_dir("me")).unwrap();
    journal
        .append(EventBody::Welcomed(Welcome {
            name: "Ada".into(),
            ..Welcome::default()
        }))
        .unwrap();
    drop(journal);
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    sandbox.run_ok(&["groups", "add", "Recruiters NL", "--platform", "linkedin"]);
    let items = linkedin_items();
    assert!(
        items
            .iter()
            .any(|(id, kind)| id == "page-admins" && *kind == ItemKind::Privacy),
        "page-admins is a privacy item"
    );
    for (id, _) in items.iter().filter(|(id, _)| id != "page-admins") {
        sandbox.run_ok(&["profile", "linkedin", "done", id]);
    }
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["rung"], "spectator", "one privacy item is still open");
    assert_eq!(
        json["next"]["command"],
        "drempel profile linkedin done page-admins"
    );

    let last = sandbox.run_ok(&[
        "profile",
        "linkedin",
        "not-applicable",
        "page-admins",
        "--reason",
        REASON,
    ]);
    assert!(
        last.contains("Your LinkedIn checklist is complete, privacy review included."),
        "{last}"
    );
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["rung"], "joiner");
    let profile = &json["rungs"][1]["evidence"][0];
    assert_eq!(profile["met"], true);
    assert_eq!(profile["closest"]["done"], items.len());
    assert_eq!(profile["closest"]["total"], items.len());
}

#[test]
fn bad_input_exits_2_with_a_clear_message_and_records_nothing() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args([
            "profile",
            "linkedin",
            "not-applicable",
            "tattoo",
            "--reason",
            REASON,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"tattoo\"").and(predicate::str::contains("page-admins")));
    for args in [
        &["profile", "linkedin", "not-applicable", "page-admins"][..],
        &[
            "profile",
            "linkedin",
            "not-applicable",
            "page-admins",
            "--reason",
            "",
        ][..],
        &[
            "profile",
            "linkedin",
            "not-applicable",
            "page-admins",
            "--reason",
            " \t\n ",
        ][..],
        &[
            "profile",
            "linkedin",
            "not-applicable",
            "page-admins",
            "--reason",
            "\u{1b}[31m\u{202e}",
        ][..],
    ] {
        sandbox.cmd().args(args).assert().code(2).stderr(
            predicate::str::contains("Say in one short line why this item does not apply to you.").and(
                predicate::str::contains(
                    "drempel profile linkedin not-applicable page-admins --reason \"I do not manage a page\"",
                ),
            ),
        );
    }
    let too_long = "x".repeat(201);
    sandbox
        .cmd()
        .args([
            "profile",
            "linkedin",
            "not-applicable",
            "page-admins",
            "--reason",
            &too_long,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("201 characters; 200 is the most"));
    sandbox
        .cmd()
        .args(["profile", "not-applicable", "page-admins", "--reason", REASON])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Say which platform"));
    sandbox
        .cmd()
        .args(["profile", "linkedin", "undo", "tattoo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"tattoo\""));
    assert!(!sandbox.journal().exists(), "nothing was recorded");
}
