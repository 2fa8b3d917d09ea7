//! Recording a first comment from the command line.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

const URL: &str = "https://www.linkedin.com/feed/update/urn:li:activity:42/";

#[test]
fn a_checked_draft_without_errors_lifts_the_learner_to_critic() {
    let sandbox = Sandbox::new();
    let draft = sandbox.path().join("draft.txt");
    fs::write(
        &draft,
        "Thank you for this overview. Which of these steps made the biggest difference for you?",
    )
    .unwrap();
    let out = sandbox.run_ok(&[
        "comment",
        "record",
        "--url",
        URL,
        "--platform",
        "linkedin",
        "--draft",
        draft.to_str().unwrap(),
    ]);
    assert!(out.contains("Recorded your LinkedIn comment"));
    assert!(out.contains("you are now a Critic"), "{out}");
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rung"], "critic");
    assert_eq!(progress["contributor"], true);
}

#[test]
fn a_draft_with_errors_is_recorded_but_does_not_count() {
    let sandbox = Sandbox::new();
    let draft = sandbox.path().join("draft.txt");
    fs::write(&draft, "My boss is an idiot, but this is a good post.").unwrap();
    sandbox
        .cmd()
        .args([
            "comment",
            "record",
            "--url",
            URL,
            "--platform",
            "linkedin",
            "--draft",
        ])
        .arg(&draft)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "To count for Critic, a comment's words have to pass the check",
        ))
        .stderr(predicate::str::contains("found one error"))
        .stderr(predicate::str::contains("warning:").not());
    assert_eq!(sandbox.json(&["progress", "--json"])["rung"], "inactive");

    // Kept on purpose with a reason, the same finding no longer counts as an error.
    fs::write(
        &draft,
        "Donations for the hospice run: NL91 ABNA 0417 1643 00. Thank you all!",
    )
    .unwrap();
    let out = sandbox.run_ok(&[
        "comment",
        "record",
        "--url",
        URL,
        "--platform",
        "linkedin",
        "--draft",
        draft.to_str().unwrap(),
        "--accept",
        "iban=the public account of the charity run",
    ]);
    assert!(out.contains("Critic"), "{out}");
    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    assert!(journal.contains("the public account of the charity run"));
}

#[test]
fn without_a_draft_the_comment_is_recorded_as_unchecked() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["comment", "record", "--url", URL, "--platform", "x"])
        .assert()
        .success()
        .stderr(predicate::str::contains("--draft FILE"));
    assert_eq!(sandbox.json(&["progress", "--json"])["rung"], "inactive");
}

#[test]
fn bad_input_records_nothing() {
    let sandbox = Sandbox::new();
    let empty = sandbox.path().join("empty.txt");
    fs::write(&empty, "  \n").unwrap();
    let binary = sandbox.path().join("photo.jpg");
    fs::write(&binary, [0xff, 0xd8, 0x00, 0x10]).unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec![
            "--url".into(),
            "ftp://example.org/x".into(),
            "--platform".into(),
            "x".into(),
        ],
        vec!["--url".into(), URL.into(), "--platform".into(), "myspace".into()],
        vec![
            "--url".into(),
            URL.into(),
            "--platform".into(),
            "x".into(),
            "--draft".into(),
            empty.display().to_string(),
        ],
        vec![
            "--url".into(),
            URL.into(),
            "--platform".into(),
            "x".into(),
            "--draft".into(),
            binary.display().to_string(),
        ],
        vec![
            "--url".into(),
            URL.into(),
            "--platform".into(),
            "x".into(),
            "--accept".into(),
            "iban=because".into(),
        ],
    ];
    for args in cases {
        sandbox
            .cmd()
            .args(["comment", "record"])
            .args(&args)
            .assert()
            .code(2);
    }
    assert!(!sandbox.journal().exists(), "nothing recorded");
}

#[test]
fn the_interactive_comment_needs_a_terminal() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .arg("comment")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("drempel comment record"));
}
