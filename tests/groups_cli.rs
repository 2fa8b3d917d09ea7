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

/// Every goal at once, so that every place of a language shows.
const ALL_GOALS: [&str; 12] = [
    "--goal",
    "recruitment",
    "--goal",
    "employer-branding",
    "--goal",
    "marketing-sales",
    "--goal",
    "customer-care",
    "--goal",
    "thought-leadership",
    "--goal",
    "knowledge-sharing",
];

fn suggestions(sandbox: &Sandbox, lang: &str) -> Vec<serde_json::Value> {
    sandbox
        .json(&["--lang", lang, "groups", "suggest", "--json"])
        .as_array()
        .expect("a list")
        .clone()
}

fn names(found: &[serde_json::Value]) -> Vec<String> {
    found
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn suggestions_come_in_the_learners_language_without_xing_groups() {
    let sandbox = Sandbox::new();
    let mut args = vec!["strategy", "set"];
    args.extend(ALL_GOALS);
    sandbox.run_ok(&args);
    let english = suggestions(&sandbox, "en");
    let english_places: Vec<String> = names(&english)
        .into_iter()
        .zip(&english)
        .filter(|(_, s)| s["platform"].is_null())
        .map(|(n, _)| n)
        .collect();
    for (lang, own) in [
        ("nl", ["#vacature", "#klantenservice", "#kennisdeling"]),
        (
            "de",
            ["#personalgewinnung", "#kundenservice", "#wissensmanagement"],
        ),
        (
            "fr",
            ["#recrutement", "#relationclient", "#gestiondesconnaissances"],
        ),
    ] {
        let found = suggestions(&sandbox, lang);
        let all = names(&found);
        for tag in own {
            assert!(all.iter().any(|n| n == tag), "{lang}: {tag} in {all:#?}");
        }
        for s in &found {
            assert_ne!(s["platform"], "xing", "{lang}: {s}");
            assert!(!s["name"].as_str().unwrap().contains("XING"), "{lang}: {s}");
        }
        let places: Vec<&serde_json::Value> = found.iter().filter(|s| s["platform"].is_null()).collect();
        assert!(places.len() >= 6, "{lang}: {places:#?}");
        for place in places {
            let name = place["name"].as_str().unwrap();
            assert!(!english_places.iter().any(|e| e == name), "{lang}: {name}");
        }
        let searches: Vec<&str> = found
            .iter()
            .filter(|s| s["platform"] == "linkedin")
            .filter_map(|s| s["url"].as_str())
            .collect();
        assert!(!searches.is_empty(), "{lang}");
    }
    // The Dutch places cover Flanders as well as the Netherlands, the French ones
    // Wallonia and Brussels as well as France, the German ones all three countries.
    let joined = |lang: &str| names(&suggestions(&sandbox, lang)).join("\n");
    for (lang, words) in [
        ("nl", ["VDAB", "Vlaanderen", "Nederland"]),
        ("fr", ["Forem", "Actiris", "France Travail"]),
        ("de", ["Österreich", "Schweiz", "Deutschland"]),
    ] {
        let text = joined(lang);
        for word in words {
            assert!(text.contains(word), "{lang}: {word}");
        }
    }
}

#[test]
fn a_keyword_with_alternatives_gives_one_readable_search() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "employer-branding"]);
    sandbox.run_ok(&[
        "keywords",
        "add",
        "werkgeversmerk OR \"employer branding\" OR werkgeversimago -vacature",
    ]);
    let found = suggestions(&sandbox, "nl");
    let urls: Vec<&str> = found.iter().filter_map(|s| s["url"].as_str()).collect();
    assert!(
        urls.contains(&"https://www.linkedin.com/search/results/groups/?keywords=werkgeversmerk"),
        "{urls:#?}"
    );
    assert!(
        urls.contains(&"https://mastodon.social/tags/werkgeversmerk"),
        "{urls:#?}"
    );
    for s in &found {
        let text = format!("{} {}", s["name"], s["why"]);
        for junk in [" OR ", "werkgeversimago", "vacature", "werkgeversmerkemployer"] {
            assert!(!text.contains(junk), "{junk} in {text}");
        }
    }
}

#[test]
fn a_community_cannot_be_recorded_on_xing() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["groups", "add", "Recruiting DACH", "--platform", "xing"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("XING closed its groups"));
    assert!(!sandbox.journal().exists());
}
