//! Communities and own posts from the command line.

mod common;

use common::Sandbox;
use predicates::prelude::*;

#[test]
fn suggest_add_visit_and_list() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    let suggestions = sandbox.json(&["groups", "suggest", "--json"]);
    let names: Vec<&str> = suggestions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"#recruitment"), "{names:?}");
    assert!(names.iter().any(|n| n.contains("LinkedIn groups")));

    let added = sandbox.run_ok(&[
        "groups",
        "add",
        "Recruiters NL",
        "--platform",
        "linkedin",
        "--url",
        "https://www.linkedin.com/groups/42",
    ]);
    assert!(added.contains("Joined: Recruiters NL on LinkedIn"));
    let again = sandbox.run_ok(&["groups", "add", "recruiters nl", "--platform", "linkedin"]);
    assert!(again.contains("already joined"));

    assert!(
        sandbox
            .run_ok(&["groups", "visit", "Recruiters NL"])
            .contains("First visit")
    );
    assert!(
        sandbox
            .run_ok(&["groups", "visit", "recruiters nl"])
            .contains("Visit 2")
    );
    let listed = sandbox.json(&["groups", "list", "--json"]);
    assert_eq!(listed[0]["visits"], 2);
    assert_eq!(listed[0]["url"], "https://www.linkedin.com/groups/42");

    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(
        progress["rungs"][1]["evidence"][1]["met"], true,
        "the community counts for Joiner"
    );
}

#[test]
fn bad_community_input_is_refused_and_nothing_recorded() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args([
            "groups",
            "add",
            "X",
            "--platform",
            "linkedin",
            "--url",
            "javascript:alert(1)",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a web address"));
    sandbox
        .cmd()
        .args(["groups", "add", "X", "--platform", "friendster"])
        .assert()
        .code(2);
    sandbox
        .cmd()
        .args(["groups", "add", "  ", "--platform", "x"])
        .assert()
        .code(2);
    sandbox
        .cmd()
        .args(["groups", "visit", "Nowhere"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not joined a community yet"));
    assert!(!sandbox.journal().exists());
}

#[test]
fn an_own_post_lifts_the_learner_to_creator_at_once() {
    let sandbox = Sandbox::new();
    let out = sandbox.run_ok(&[
        "post",
        "record",
        "--url",
        "https://www.linkedin.com/posts/ada-1",
        "--platform",
        "linkedin",
        "--kind",
        "discussion",
    ]);
    assert!(out.contains("Recorded your LinkedIn post"));
    assert!(out.contains("you are now a Creator"), "{out}");
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rung"], "creator");
    sandbox
        .cmd()
        .args([
            "post",
            "record",
            "--url",
            "www.example.org/post",
            "--platform",
            "x",
            "--kind",
            "post",
        ])
        .assert()
        .code(2);
    sandbox
        .cmd()
        .args([
            "post",
            "record",
            "--url",
            "https://example.org/p",
            "--platform",
            "x",
            "--kind",
            "tweet",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("post, discussion, blog"));
}
