//! Everything the wizard does, a script can do: the welcome, the practice feeds offline,
//! and a next action that names only the platforms the learner works on.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

#[test]
fn the_welcome_asks_nothing_and_keeps_what_is_not_given() {
    let sandbox = Sandbox::new();
    let said = sandbox.run_ok(&[
        "welcome",
        "--name",
        "  Ada   Lovelace ",
        "--role",
        "Recruiter",
        "--organisation",
        "Zorggroep Noord",
    ]);
    assert!(said.contains("Nice to meet you, Ada Lovelace."), "{said}");
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["name"], "Ada Lovelace");
    assert_eq!(progress["steps"][0]["done"], true, "the welcome step is done");

    // A second welcome changes what is given and keeps the rest; the language chosen
    // speaks at once, and from then on.
    let said = sandbox.run_ok(&["welcome", "--name", "Ada", "--language", "nl"]);
    assert!(said.contains("Leuk je te ontmoeten, Ada."), "{said}");
    let lines = fs::read_to_string(sandbox.journal()).unwrap();
    let last = lines
        .lines()
        .rev()
        .find(|l| l.contains("\"kind\":\"learner.welcomed\""))
        .unwrap();
    assert!(
        last.contains("\"role\":\"Recruiter\"") && last.contains("\"language\":\"nl\""),
        "{last}"
    );
    let progress = sandbox.run_ok(&["progress"]);
    assert!(progress.contains("Jouw stappen"), "{progress}");
    assert!(progress.contains("Ada"), "{progress}");
}

#[test]
fn a_welcome_without_a_name_or_with_an_unknown_language_writes_nothing() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["welcome", "--name", "   "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("A first name is enough"));
    sandbox
        .cmd()
        .args(["welcome", "--name", "Ada", "--language", "xx"])
        .assert()
        .code(2);
    sandbox.cmd().args(["welcome"]).assert().code(2);
    assert!(
        !fs::read_to_string(sandbox.journal())
            .unwrap_or_default()
            .contains("welcomed")
    );
}

#[test]
fn practice_feeds_are_watched_offline_once_and_count_as_watched_feeds() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["--offline", "--lang", "de", "feeds", "add", "--practice"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("practice.drempel.invalid/de/"), "{stdout}");
    let progress = sandbox.json(&["progress", "--json"]);
    let feed = &progress["rungs"][2]["evidence"][1];
    assert_eq!(feed["id"], "feed");
    assert_eq!(feed["met"], true, "{feed}");
    let watched = progress["rungs"][2]["evidence"][1]["have"].as_u64().unwrap();
    assert!(watched >= 2, "{watched}");

    // Again: nothing new, and said so.
    let again = sandbox
        .cmd()
        .args(["--offline", "--lang", "de", "feeds", "add", "--practice"])
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(String::from_utf8(again.stderr).unwrap().contains("bereits alle"));
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(
        progress["rungs"][2]["evidence"][1]["have"].as_u64(),
        Some(watched)
    );

    sandbox
        .cmd()
        .args(["feeds", "add", "--practice", "https://example.org/feed"])
        .assert()
        .code(2);
}

#[test]
fn the_next_action_names_only_a_platform_the_learner_works_on() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["welcome", "--name", "Ada"]);
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    let next = sandbox.json(&["progress", "--json"])["next"].clone();
    assert_eq!(
        next["command"], "drempel profile",
        "no platform chosen yet: {next}"
    );
    let named = next.to_string().to_lowercase();
    for platform in ["linkedin", "facebook", "xing", "mastodon", "bluesky", " x "] {
        assert!(!named.contains(platform), "{next}");
    }

    sandbox.run_ok(&["profile", "mastodon", "done", "photo"]);
    let next = sandbox.json(&["progress", "--json"])["next"].clone();
    let command = next["command"].as_str().unwrap();
    assert!(command.starts_with("drempel profile mastodon done "), "{next}");
    assert!(next["text"].as_str().unwrap().contains("Mastodon"), "{next}");
    assert!(!next.to_string().contains("LinkedIn"), "{next}");
}
