//! The commands a trainer scripts, as a user runs them.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

#[test]
fn an_unknown_platform_item_or_step_exits_2_and_lists_the_valid_ones() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["profile", "myspace", "status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "linkedin, x, facebook, xing, mastodon, bluesky",
        ));
    sandbox
        .cmd()
        .args(["profile", "linkedin", "done", "tattoo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"tattoo\"").and(predicate::str::contains("photo, headline")));
    sandbox
        .cmd()
        .args(["reset", "--step", "nap", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("welcome, strategy, profiles"));
    sandbox
        .cmd()
        .args(["profile", "done", "photo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("linkedin done photo"));
    assert!(!sandbox.journal().exists(), "nothing was recorded");
}

#[test]
fn strategy_set_and_show() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["strategy", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No strategy yet"));
    sandbox.run_ok(&[
        "strategy",
        "set",
        "--goal",
        "recruitment,customer-care",
        "--goal",
        "recruitment",
        "--audience",
        "nurses \u{1b}[31min\u{1b}[0m the region",
    ]);
    let shown = sandbox.run_ok(&["strategy", "show"]);
    assert!(shown.contains("recruitment, customer care"), "{shown}");
    assert!(
        shown.contains("nurses in the region"),
        "escape codes are stripped: {shown:?}"
    );
    assert!(!shown.contains('\u{1b}'));
    sandbox
        .cmd()
        .args(["strategy", "set", "--goal", "fame"])
        .assert()
        .code(2);
}

#[test]
fn profile_status_shows_the_checklist_with_privacy_items() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "mastodon", "done", "photo"]);
    let status = sandbox.run_ok(&["profile", "mastodon"]);
    assert!(status.contains("Mastodon"));
    assert!(status.contains("1/"), "{status}");
    assert!(status.contains("[privacy]"));
    let overview = sandbox.run_ok(&["profile"]);
    assert_eq!(
        overview.lines().filter(|l| l.contains('/')).count(),
        6,
        "{overview}"
    );
    let undone = sandbox.run_ok(&["profile", "mastodon", "undo", "photo"]);
    assert!(undone.contains("open again"));
    let again = sandbox.run_ok(&["profile", "mastodon", "undo", "photo"]);
    assert!(again.contains("nothing to undo"));
}

#[test]
fn a_complete_checklist_is_celebrated() {
    let sandbox = Sandbox::new();
    let lessons = drempel::lessons::Library::embedded().load("en").unwrap();
    let items: Vec<String> = lessons
        .checklist(drempel::platform::Platform::Bluesky)
        .map(|i| i.id.clone())
        .collect();
    let mut last = String::new();
    for item in &items {
        last = sandbox.run_ok(&["profile", "bluesky", "done", item]);
    }
    assert!(last.contains("complete"), "{last}");
}

#[test]
fn reset_asks_first_and_refuses_without_a_terminal() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    sandbox
        .cmd()
        .args(["reset", "--step", "strategy"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("drempel reset --yes"));
    sandbox.run_ok(&["reset", "--step", "strategy", "--yes"]);
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rungs"][0]["evidence"][1]["met"], false);
    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    assert!(journal.contains("strategy.set"), "nothing is deleted");
    assert!(journal.contains("journey.reset"));
}

#[test]
fn the_wizard_refuses_at_once_without_a_terminal_and_names_the_other_commands() {
    let sandbox = Sandbox::new();
    for args in [&[][..], &["start"][..], &["start", "--step", "profiles"][..]] {
        sandbox
            .cmd()
            .args(args)
            .write_stdin("")
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(
                predicate::str::contains("needs a terminal")
                    .and(predicate::str::contains("drempel progress")),
            );
    }
    assert!(!sandbox.journal().exists());
}

#[test]
fn lessons_list_and_show_are_plain_when_piped() {
    let sandbox = Sandbox::new();
    let list = sandbox.run_ok(&["lessons", "list"]);
    assert_eq!(list.lines().count(), 8);
    let profiles = sandbox.run_ok(&["lessons", "show", "profiles"]);
    assert!(!profiles.contains("# "), "text, not Markdown");
    assert!(profiles.contains("237"), "the privacy story is there");
    assert!(
        profiles.lines().any(|l| l.trim() == "LinkedIn"),
        "headings are lines of their own"
    );
    assert!(!profiles.contains('\u{1b}'));
    sandbox
        .cmd()
        .args(["lessons", "show", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1 welcome, 2 strategy, 3 profiles"));
}

#[test]
fn lessons_check_names_file_and_line_of_broken_front_matter() {
    let sandbox = Sandbox::new();
    let dir = sandbox.path().join("my-lessons");
    let en = dir.join("en");
    fs::create_dir_all(&en).unwrap();
    for entry in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/en")).unwrap() {
        let path = entry.unwrap().path();
        // Lesson files only; practice feeds live in a folder beside them.
        if path.is_file() {
            fs::copy(&path, en.join(path.file_name().unwrap())).unwrap();
        }
    }
    sandbox
        .cmd()
        .args(["lessons", "check"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(predicate::str::contains("No problems"));

    let broken = en.join("05-reading.md");
    let text = fs::read_to_string(&broken)
        .unwrap()
        .replacen("title = ", "title = = ", 1);
    fs::write(&broken, text).unwrap();
    sandbox
        .cmd()
        .args(["lessons", "check"])
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("05-reading.md:4:"));
    // Other commands go on: the broken lesson is replaced by the built-in one, with one
    // warning that names the file and line.
    sandbox
        .cmd()
        .arg("--lessons")
        .arg(&dir)
        .arg("progress")
        .assert()
        .success()
        .stderr(predicate::str::contains("05-reading.md:4:"))
        .stderr(predicate::str::contains("reading"));
    sandbox
        .cmd()
        .args(["lessons", "check"])
        .arg(sandbox.path().join("missing"))
        .assert()
        .code(3);
}

#[test]
fn doctor_reports_paths_and_health() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let report = sandbox.run_ok(&["doctor"]);
    assert!(report.contains(&sandbox.path().display().to_string()));
    assert!(report.contains("1 events"), "{report}");
    assert!(report.contains("8 lessons"));
}

#[test]
fn completions_and_man_page() {
    let sandbox = Sandbox::new();
    for shell in ["bash", "zsh", "fish"] {
        let script = sandbox.run_ok(&["completions", shell]);
        assert!(
            script.contains("progress") && script.contains("profile"),
            "{shell}"
        );
    }
    assert!(sandbox.run_ok(&["man"]).contains(".TH drempel"));
}

#[test]
fn help_lists_the_commands_that_exist() {
    let help = common::bare().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for command in [
        "progress",
        "lessons",
        "strategy",
        "profile",
        "reset",
        "doctor",
        "completions",
        "man",
    ] {
        assert!(help.contains(command), "{command}");
    }
}

/// A trainer who translated two lessons into Dutch: Dutch learners read those two in Dutch
/// and the rest in English, with one warning; English learners see no warning at all, and
/// `lessons check` lists what is missing.
#[test]
fn a_half_translated_lesson_folder_falls_back_lesson_by_lesson() {
    let sandbox = Sandbox::new();
    let dir = sandbox.path().join("my-lessons");
    for lang in ["en", "nl"] {
        fs::create_dir_all(dir.join(lang)).unwrap();
    }
    for entry in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/en")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            fs::copy(&path, dir.join("en").join(path.file_name().unwrap())).unwrap();
        }
    }
    for name in ["01-welcome.md", "02-strategy.md"] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("lessons/nl")
            .join(name);
        fs::copy(from, dir.join("nl").join(name)).unwrap();
    }
    let dutch = sandbox
        .cmd()
        .arg("--lessons")
        .arg(&dir)
        .args(["--lang", "nl", "lessons", "list"])
        .output()
        .unwrap();
    assert!(dutch.status.success());
    let stdout = String::from_utf8_lossy(&dutch.stdout);
    let stderr = String::from_utf8_lossy(&dutch.stderr);
    assert!(
        stdout.contains("Begin bij het waarom"),
        "the Dutch strategy lesson: {stdout}"
    );
    assert!(
        stdout.contains("A complete profile"),
        "the English profiles lesson: {stdout}"
    );
    assert_eq!(stderr.lines().count(), 1, "one warning: {stderr}");
    assert!(stderr.contains("profiles") && stderr.contains("next"), "{stderr}");

    sandbox
        .cmd()
        .arg("--lessons")
        .arg(&dir)
        .args(["--lang", "en", "lessons", "list"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    sandbox
        .cmd()
        .args(["lessons", "check"])
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("profiles"));
}

/// `--help` speaks the run's language, wherever `--lang` stands and also from the locale.
#[test]
fn help_follows_the_language_of_the_run() {
    use drempel::lang::Language;
    let about =
        |lang| drempel::messages::with_language(lang, || drempel::messages::text("cli-progress-about", &[]));
    let sandbox = Sandbox::new();
    for (args, env, lang) in [
        (vec!["progress", "--lang", "de", "--help"], None, Language::De),
        (vec!["--lang", "fr", "help", "progress"], None, Language::Fr),
        (vec!["progress", "--help"], Some("nl_BE.UTF-8"), Language::Nl),
        (vec!["progress", "--help"], None, Language::En),
    ] {
        let mut cmd = sandbox.cmd();
        if let Some(locale) = env {
            cmd.env("LANG", locale);
        }
        cmd.args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains(about(lang)));
    }
}
