//! `drempel keywords …` as a learner and a trainer's script run it.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

fn journal_kinds(sandbox: &Sandbox) -> Vec<(String, String)> {
    let Ok(text) = fs::read_to_string(sandbox.journal()) else {
        return Vec::new();
    };
    text.lines()
        .map(|line| {
            let event: serde_json::Value = serde_json::from_str(line).unwrap();
            (
                event["kind"].as_str().unwrap().to_owned(),
                event["data"]["query"].as_str().unwrap_or("").to_owned(),
            )
        })
        .filter(|(kind, _)| kind.starts_with("keyword."))
        .collect()
}

#[test]
fn suggest_needs_goals_then_proposes_terms_in_the_learners_language() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["keywords", "suggest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("drempel strategy set --goal"));

    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    let english = sandbox.run_ok(&["keywords", "suggest"]);
    assert!(english.contains("For recruitment"), "{english}");
    assert!(english.contains("\"job fair\" OR \"career fair\""), "{english}");
    assert!(
        !english.contains("customer service"),
        "only the learner's goals: {english}"
    );

    let dutch = sandbox.run_ok(&["--lang", "nl", "keywords", "suggest"]);
    assert!(dutch.contains("vacature OR vacatures"), "{dutch}");

    // A language drempel does not speak is refused, with the ones it does.
    let output = sandbox
        .cmd()
        .args(["--lang", "sv", "keywords", "suggest"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("\"sv\"") && stderr.contains("en, nl, de, fr"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());

    let chosen = sandbox.run_ok(&["keywords", "suggest", "--goal", "customer-care"]);
    assert!(
        chosen.contains("\"customer service\""),
        "--goal overrides: {chosen}"
    );
}

#[test]
fn suggest_json_leaves_out_what_the_learner_already_watches() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment,knowledge-sharing"]);
    let before = sandbox.json(&["--lang", "de", "keywords", "suggest", "--json"]);
    assert_eq!(before["version"], 1);
    assert_eq!(before["lang"], "de");
    assert_eq!(
        before["goals"],
        serde_json::json!(["recruitment", "knowledge-sharing"])
    );
    let suggestions = before["suggestions"].as_array().unwrap();
    assert!(suggestions.len() >= 40, "two packs of 20 or more");
    let first = &suggestions[0];
    assert_eq!(first["goal"], "recruitment");
    assert!(first["query"].is_string());
    assert!(first.get("why").is_some());

    let query = first["query"].as_str().unwrap().to_owned();
    sandbox.run_ok(&["keywords", "add", &query]);
    let after = sandbox.json(&["--lang", "de", "keywords", "suggest", "--json"]);
    let after = after["suggestions"].as_array().unwrap();
    assert_eq!(after.len(), suggestions.len() - 1);
    assert!(after.iter().all(|s| s["query"] != query.as_str()));
}

#[test]
fn add_stores_the_canonical_form_once() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["keywords", "add", "-Virtual  “Job Fair”"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Watching \"job fair\" -virtual (one keyword)",
        ));
    sandbox
        .cmd()
        .args(["keywords", "add", "\"JOB FAIR\" -virtual"])
        .assert()
        .success()
        .stdout(predicate::str::contains("already watch").and(predicate::str::contains("Nothing was added")));
    let duplicate = sandbox.json(&["keywords", "add", "--json", "-VIRTUAL \"job   fair\""]);
    assert_eq!(duplicate["added"], false);
    assert_eq!(duplicate["existing"], "\"job fair\" -virtual");
    assert_eq!(duplicate["count"], 1);
    let added = sandbox.json(&["keywords", "add", "Zürich OR café", "--json"]);
    assert_eq!(
        added,
        serde_json::json!({"version": 1, "query": "zürich OR café", "added": true, "existing": null, "count": 2})
    );
    assert_eq!(
        journal_kinds(&sandbox),
        [
            ("keyword.added".to_owned(), "\"job fair\" -virtual".to_owned()),
            ("keyword.added".to_owned(), "zürich OR café".to_owned()),
        ]
    );
}

#[test]
fn a_malformed_query_exits_2_with_a_caret_under_the_problem() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["keywords", "add", "hiring OR \"open day"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("never closed"), "{stderr}");
    assert!(
        stderr.contains("\n  hiring OR \"open day\n            ^"),
        "the caret stands under the quote: {stderr}"
    );
    for (bad, says) in [
        ("", "empty"),
        ("jobs -", "minus"),
        ("OR jobs", "OR joins"),
        ("jobs OR", "OR joins"),
        ("jobs site:", "site:"),
        ("intitle: jobs", "intitle:"),
    ] {
        sandbox
            .cmd()
            .args(["keywords", "add", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says).and(predicate::str::contains("^")));
    }
    sandbox
        .cmd()
        .args(["keywords", "add", "social", "media"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("'social media'").and(predicate::str::contains("'\"social media\"'")),
        );
    assert!(journal_kinds(&sandbox).is_empty(), "nothing was recorded");
}

#[test]
fn remove_takes_any_spelling_and_lists_the_keywords_when_unknown() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["keywords", "remove", "hiring"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no keywords yet"));
    sandbox.run_ok(&["keywords", "add", "café"]);
    sandbox.run_ok(&["keywords", "add", "hiring -spam"]);
    sandbox
        .cmd()
        .args(["keywords", "remove", "nursing"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("\"nursing\"")
                .and(predicate::str::contains("  café\n"))
                .and(predicate::str::contains("  hiring -spam")),
        );
    sandbox
        .cmd()
        .args(["keywords", "remove", "CAFE"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "No longer watching café (one keyword left)",
        ));
    let removed = sandbox.json(&["keywords", "remove", "-spam hiring", "--json"]);
    assert_eq!(
        removed,
        serde_json::json!({"version": 1, "query": "hiring -spam", "removed": true, "count": 0})
    );
    assert_eq!(journal_kinds(&sandbox).last().unwrap().0, "keyword.removed");
    let listed = sandbox.json(&["keywords", "list", "--json"]);
    assert_eq!(listed, serde_json::json!({"version": 1, "keywords": []}));
}

#[test]
fn list_shows_the_keywords_in_the_order_they_were_added() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["keywords", "list"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no keywords yet"));
    sandbox.run_ok(&["keywords", "add", "hiring"]);
    sandbox.run_ok(&["keywords", "add", "intitle:webinar"]);
    assert_eq!(sandbox.run_ok(&["keywords", "list"]), "hiring\nintitle:webinar\n");
    let listed = sandbox.json(&["keywords", "--json", "list"]);
    assert_eq!(
        listed,
        serde_json::json!({"version": 1, "keywords": [
            {"query": "hiring", "valid": true},
            {"query": "intitle:webinar", "valid": true},
        ]})
    );
}

#[test]
fn test_shows_what_matched_where_and_exits_like_grep() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["keywords", "test", "anything"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no keywords yet"));
    sandbox.run_ok(&["keywords", "add", "café OR zürich"]);
    sandbox.run_ok(&["keywords", "add", "\"job fair\" -virtual"]);
    sandbox.run_ok(&["keywords", "add", "hr"]);

    let shown = sandbox.run_ok(&["keywords", "test", "Our new Café opens in three weeks in Zurich"]);
    assert!(
        shown.contains("Title     Our new [Café] opens in three weeks in [Zurich]"),
        "brackets when plain, and `hr` is not found in `three`: {shown}"
    );
    assert!(shown.contains("✓ café OR zürich"), "{shown}");
    assert!(shown.contains("café in the title: \"Café\""), "{shown}");
    assert!(shown.contains("· hr\n    missing: hr"), "{shown}");
    assert!(shown.contains("1 of 3 keywords match."), "{shown}");

    let blocked = sandbox
        .cmd()
        .args(["keywords", "test", "Job fair\nThe virtual job fair opens today"])
        .output()
        .unwrap();
    assert_eq!(blocked.status.code(), Some(1), "nothing matched");
    let blocked = String::from_utf8_lossy(&blocked.stdout);
    assert!(
        blocked.contains("Summary   The virtual job fair opens today"),
        "{blocked}"
    );
    assert!(blocked.contains("✗ \"job fair\" -virtual"), "{blocked}");
    assert!(
        blocked.contains("blocked by -virtual: virtual in the summary: \"virtual\""),
        "{blocked}"
    );
    assert!(
        !blocked.contains('['),
        "nothing is highlighted when nothing matched: {blocked}"
    );
    assert!(blocked.contains("0 of 3 keywords match."));
}

#[test]
fn test_reads_stdin_takes_a_link_and_sanitises_what_it_echoes() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["keywords", "add", "hiring"]);
    sandbox
        .cmd()
        .args(["keywords", "test", "-"])
        .write_stdin("We are \u{1b}[31mhiring\u{1b}[0m\u{202e}\nin Zürich\n")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Title     We are [hiring]")
                .and(predicate::str::contains("Summary   in Zürich"))
                .and(predicate::str::contains("\u{1b}").not())
                .and(predicate::str::contains("\u{202e}").not()),
        );
    sandbox
        .cmd()
        .args([
            "keywords",
            "test",
            "Hiring now",
            "--query",
            "hiring site:example.com",
            "--link",
            "https://jobs.example.com/1",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "site:example.com: the link is on that site",
        ));
    sandbox
        .cmd()
        .args([
            "keywords",
            "test",
            "Hiring now",
            "--query",
            "hiring site:example.com",
            "--link",
            "https://example.org/1",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("missing: site:example.com"));
    sandbox
        .cmd()
        .args(["keywords", "test", "Hiring now", "--query", "hiring OR"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OR joins"));
}

#[test]
fn test_json_gives_byte_ranges_into_the_original_text() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["keywords", "add", "zurich -closed"]);
    sandbox.run_ok(&["keywords", "add", "intitle:nurse"]);
    let output = sandbox
        .cmd()
        .args([
            "keywords",
            "test",
            "--json",
            "Café in Zürich\nNow closed: the nurse left",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["version"], 1);
    assert_eq!(report["title"], "Café in Zürich");
    assert_eq!(report["summary"], "Now closed: the nurse left");
    assert_eq!(report["link"], serde_json::Value::Null);
    assert_eq!(report["matched"], false);
    let zurich = &report["keywords"][0];
    assert_eq!(zurich["query"], "zurich -closed");
    assert_eq!(zurich["matched"], false);
    assert_eq!(
        zurich["found"],
        serde_json::json!([{"term": "zurich", "field": "title", "start": 9, "end": 16, "text": "Zürich"}])
    );
    assert_eq!(zurich["blocked_by"][0]["exclusion"], "-closed");
    assert_eq!(zurich["blocked_by"][0]["found"][0]["field"], "summary");
    assert_eq!(zurich["missing"], serde_json::json!([]));
    let nurse = &report["keywords"][1];
    assert_eq!(nurse["matched"], false);
    assert_eq!(
        nurse["found"],
        serde_json::json!([]),
        "intitle: ignores the summary"
    );
    assert_eq!(nurse["missing"], serde_json::json!(["intitle:nurse"]));

    let matched = sandbox.json(&["keywords", "test", "--json", "Nurse wanted"]);
    assert_eq!(matched["matched"], true);
    assert_eq!(matched["keywords"][1]["found"][0]["text"], "Nurse");
}

#[test]
fn lessons_check_also_checks_the_keyword_packs() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["lessons", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No problems"));
}
