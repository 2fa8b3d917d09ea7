//! A whole journey with the commands that ask nothing, as a trainer's script would run
//! it on a laptop without internet: an offline scan, triage, a checked comment, Critic.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

#[test]
fn from_an_offline_scan_through_triage_to_a_recorded_comment_that_makes_a_critic() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    for query in [
        "vacancy OR vacancies",
        "recruitment OR recruiting",
        "onboarding",
        "candidate OR candidates",
        "\"social media\"",
    ] {
        sandbox.run_ok(&["keywords", "add", query]);
    }
    for feed in ["people-at-work", "ideas-and-insights", "brand-and-customers"] {
        sandbox.run_ok(&[
            "feeds",
            "add",
            &format!("https://practice.drempel.invalid/en/{feed}.xml"),
        ]);
    }
    let scan = sandbox.json(&["--offline", "scan", "--json"]);
    assert!(scan.to_string().contains("people-at-work"), "{scan}");

    let inbox = sandbox.json(&["inbox", "--json"]);
    let items = inbox["items"].as_array().unwrap();
    assert!(items.len() >= 5, "enough to practise on: {}", items.len());
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();

    let respond = sandbox.run_ok(&[
        "triage",
        &ids[0][..6],
        "--decision",
        "respond",
        "--note",
        "ask about onboarding",
    ]);
    assert!(respond.contains("Respond to it"), "{respond}");
    for id in &ids[1..5] {
        sandbox.run_ok(&["triage", id, "--decision", "skip"]);
    }
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(
        progress["rungs"][2]["met"], true,
        "Collector's evidence holds: {progress}"
    );
    assert_eq!(
        progress["next"]["command"], "drempel",
        "the ladder still climbs in order: the welcome first"
    );
    let after = sandbox.json(&["inbox", "--json"]);
    assert_eq!(
        after["items"].as_array().unwrap().len(),
        items.len() - 5,
        "decided items leave the list of new ones"
    );

    let draft = sandbox.path().join("comment.txt");
    fs::write(
        &draft,
        "Thank you for sharing this. How did you keep new colleagues involved in their first month?",
    )
    .unwrap();
    sandbox
        .cmd()
        .args([
            "comment",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/urn:li:activity:7/",
        ])
        .args(["--platform", "linkedin", "--item", ids[0], "--draft"])
        .arg(&draft)
        .assert()
        .success()
        .stdout(predicate::str::contains("you are now a Critic"));
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rung"], "critic");
    assert_eq!(progress["contributor"], true);
}

#[test]
fn triage_refuses_unknown_items_and_missing_decisions() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["keywords", "add", "vacancy OR vacancies"]);
    sandbox.run_ok(&["--offline", "scan"]);
    sandbox
        .cmd()
        .args(["triage", "ffffffff", "--decision", "skip"])
        .assert()
        .code(2);
    let inbox = sandbox.json(&["inbox", "--json"]);
    let id = inbox["items"][0]["id"].as_str().unwrap().to_owned();
    sandbox
        .cmd()
        .args(["triage", &id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--decision"));
    sandbox
        .cmd()
        .args(["triage", &id, "--decision", "maybe"])
        .assert()
        .code(2);
    sandbox
        .cmd()
        .arg("triage")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    assert!(!journal.contains("item.triaged"));
}

/// The whole offline journey to Creator with commands only, as a trainer's script runs
/// it on a laptop without a network: nothing here asks a question.
#[test]
fn a_script_walks_the_whole_offline_journey_to_creator_and_finishes_step_8() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&[
        "welcome",
        "--name",
        "Ada Lovelace",
        "--role",
        "Recruiter",
        "--organisation",
        "Zorggroep Noord",
        "--language",
        "en",
    ]);
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    let lessons = drempel::lessons::Library::embedded().load("en").unwrap();
    for item in lessons.checklist(drempel::platform::Platform::Linkedin) {
        sandbox.run_ok(&["profile", "linkedin", "done", &item.id]);
    }
    sandbox.run_ok(&[
        "groups",
        "add",
        "Recruiters in care",
        "--platform",
        "linkedin",
        "--url",
        "https://www.linkedin.com/groups/4242",
    ]);
    for query in [
        "vacancy OR vacancies",
        "recruitment OR recruiting",
        "onboarding",
        "candidate OR candidates",
    ] {
        sandbox.run_ok(&["keywords", "add", query]);
    }
    sandbox.run_ok(&["--offline", "feeds", "add", "--practice"]);
    sandbox.run_ok(&["--offline", "scan"]);
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rung"], "joiner", "{progress}");

    let inbox = sandbox.json(&["inbox", "--json"]);
    let ids: Vec<String> = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.len() >= 5, "enough to practise on: {}", ids.len());
    sandbox.run_ok(&["triage", &ids[0], "--decision", "respond"]);
    for id in &ids[1..5] {
        sandbox.run_ok(&["triage", id, "--decision", "skip"]);
    }
    assert_eq!(sandbox.json(&["progress", "--json"])["rung"], "collector");

    let draft = sandbox.path().join("comment.txt");
    fs::write(
        &draft,
        "Thank you for sharing this. How did you keep new colleagues involved in their first month?",
    )
    .unwrap();
    sandbox
        .cmd()
        .args(["check", "--platform", "linkedin"])
        .arg(&draft)
        .assert()
        .success();
    sandbox
        .cmd()
        .args([
            "comment",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/urn:li:activity:7/",
            "--platform",
            "linkedin",
            "--item",
            &ids[0],
            "--draft",
        ])
        .arg(&draft)
        .assert()
        .success()
        .stdout(predicate::str::contains("you are now a Critic"));
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(
        progress["next"]["command"],
        "drempel post record --url URL --platform linkedin --kind discussion"
    );

    sandbox
        .cmd()
        .args([
            "post",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/urn:li:activity:8/",
            "--platform",
            "linkedin",
            "--kind",
            "discussion",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("you are now a Creator"));
    sandbox.run_ok(&[
        "plan",
        "add",
        "Write a blog post about our buddy programme",
        "--due",
        "friday",
    ]);

    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rung"], "creator", "{progress}");
    assert_eq!(progress["steps_done"], 8, "{progress}");
    assert_eq!(progress["steps"][7]["step"], "next");
    assert_eq!(progress["steps"][7]["done"], true);
    assert_eq!(
        progress["plans"][0]["text"],
        "Write a blog post about our buddy programme"
    );
    let shown = sandbox.run_ok(&["progress"]);
    assert!(shown.contains("You reached Creator"), "{shown}");
}
