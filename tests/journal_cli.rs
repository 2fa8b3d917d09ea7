//! The journal seen from the outside: what a learner, a script or a second window does.

mod common;

use std::fs;
use std::io::Write;

use common::Sandbox;
use predicates::prelude::*;

#[test]
fn a_done_item_shows_in_progress_json() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let progress = sandbox.json(&["progress", "--json"]);
    let joiner = &progress["rungs"][1];
    assert_eq!(joiner["rung"], "joiner");
    let profile = &joiner["evidence"][0];
    assert_eq!(profile["id"], "profile-complete");
    assert_eq!(profile["closest"]["platform"], "linkedin");
    assert_eq!(profile["closest"]["done"], 1);
    // The privacy setting that keeps profile edits quiet comes before them.
    assert_eq!(profile["closest"]["next_item"], "change-announcements");
    assert_eq!(progress["next"]["command"], "drempel");
}

#[test]
fn half_a_line_appended_by_hand_leaves_progress_working_and_the_file_intact() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(sandbox.journal())
        .unwrap();
    file.write_all(br#"{"v":1,"id":"0193","at":"2026-11-25T10:"#)
        .unwrap();
    drop(file);
    let before = fs::read(sandbox.journal()).unwrap();

    sandbox
        .cmd()
        .args(["progress", "--json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("line 2").and(predicate::str::contains("incomplete")));
    assert_eq!(
        fs::read(sandbox.journal()).unwrap(),
        before,
        "progress never writes"
    );

    // The next answer starts on a line of its own and the torn bytes stay as they were.
    sandbox.run_ok(&["profile", "linkedin", "done", "headline"]);
    let after = fs::read(sandbox.journal()).unwrap();
    assert!(after.starts_with(&before));
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rungs"][1]["evidence"][0]["closest"]["done"], 2);
    sandbox
        .cmd()
        .arg("progress")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_corrupt_middle_line_stops_with_its_line_number_and_touches_nothing() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let mut text = fs::read_to_string(sandbox.journal()).unwrap();
    text.push_str("this is not an event\n");
    text.push_str(&fs::read_to_string(sandbox.journal()).unwrap());
    fs::write(sandbox.journal(), &text).unwrap();

    for args in [&["progress"][..], &["profile", "linkedin", "done", "about"][..]] {
        sandbox
            .cmd()
            .args(args)
            .assert()
            .code(3)
            .stderr(predicate::str::contains("line 2").and(predicate::str::contains("journal.jsonl")));
    }
    assert_eq!(fs::read_to_string(sandbox.journal()).unwrap(), text);
}

#[test]
fn two_processes_taking_turns_lose_no_events() {
    let sandbox = Sandbox::new();
    let home = sandbox.path().to_owned();
    let writers: Vec<_> = ["photo", "headline"]
        .into_iter()
        .map(|item| {
            let home = home.clone();
            std::thread::spawn(move || {
                for _ in 0..40 {
                    common::bare()
                        .arg("--home")
                        .arg(&home)
                        .args(["profile", "linkedin", "done", item])
                        .assert()
                        .success();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let text = fs::read_to_string(sandbox.journal()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 80);
    for item in ["photo", "headline"] {
        let count = lines
            .iter()
            .filter(|l| l.contains(&format!("\"item\":\"{item}\"")))
            .count();
        assert_eq!(count, 40, "{item}");
    }
    for line in lines {
        serde_json::from_str::<serde_json::Value>(line).expect("every line is whole");
    }
}

#[test]
fn a_second_writer_gets_a_clear_message() {
    let sandbox = Sandbox::new();
    let _held = drempel::journal::Journal::open(&sandbox.learner_dir("me")).unwrap();
    sandbox
        .cmd()
        .args(["profile", "linkedin", "done", "photo"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Another drempel is busy"));
    // Reading does not need the lock.
    sandbox.cmd().arg("progress").assert().success();
}

#[test]
fn unknown_kinds_from_a_newer_drempel_are_kept_and_ignored() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(sandbox.journal())
        .unwrap();
    writeln!(
        file,
        r#"{{"v":1,"id":"z","at":"2030-01-01T00:00:00Z","kind":"hologram.posted","data":{{}}}}"#
    )
    .unwrap();
    drop(file);
    sandbox.run_ok(&["profile", "linkedin", "done", "headline"]);
    let text = fs::read_to_string(sandbox.journal()).unwrap();
    assert!(text.contains("hologram.posted"));
    sandbox
        .cmd()
        .arg("doctor")
        .assert()
        .success()
        .stdout(predicate::str::contains("2 events, 1 from a newer drempel"));
}

#[test]
fn a_home_that_is_a_file_is_a_data_problem_with_its_path() {
    let sandbox = Sandbox::new();
    let file = sandbox.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    common::bare()
        .arg("--home")
        .arg(&file)
        .args(["profile", "linkedin", "done", "photo"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not-a-folder").and(predicate::str::contains("--home")));
    assert_eq!(fs::read(&file).unwrap(), b"x");
}

#[test]
fn the_home_can_come_from_the_environment() {
    let sandbox = Sandbox::new();
    common::bare()
        .env("DREMPEL_HOME", sandbox.path())
        .args(["--learner", "ada", "profile", "x", "done", "photo"])
        .assert()
        .success();
    assert!(sandbox.learner_dir("ada").join("journal.jsonl").exists());
}

#[cfg(unix)]
#[test]
fn the_journal_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&sandbox.journal()), 0o600);
    assert_eq!(mode(&sandbox.learner_dir("me")), 0o700);
}

#[test]
fn a_crash_right_after_the_mending_newline_leaves_every_command_working() {
    // What an interrupted mend leaves: the torn line, then the newline that ends it, and
    // the acknowledgement never written. Every command used to stop with exit 3 here.
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(sandbox.journal())
        .unwrap();
    file.write_all(b"{\"v\":1,\"id\":\"0193\",\"at\":\"2026-11-25T10:\n{\"v\":1,\"id\":\"01")
        .unwrap();
    drop(file);
    let before = fs::read(sandbox.journal()).unwrap();

    for args in [
        &["progress"][..],
        &["progress", "--json"][..],
        &["report"][..],
        &["doctor"][..],
    ] {
        sandbox
            .cmd()
            .args(args)
            .assert()
            .success()
            .stderr(predicate::str::contains("incomplete").or(predicate::str::is_empty()));
    }
    assert_eq!(
        fs::read(sandbox.journal()).unwrap(),
        before,
        "reading never writes"
    );

    sandbox.run_ok(&["profile", "linkedin", "done", "headline"]);
    assert!(fs::read(sandbox.journal()).unwrap().starts_with(&before));
    let progress = sandbox.json(&["progress", "--json"]);
    assert_eq!(progress["rungs"][1]["evidence"][0]["closest"]["done"], 2);
    sandbox
        .cmd()
        .arg("progress")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[cfg(unix)]
#[test]
fn a_symlinked_journal_is_refused_with_exit_3_and_never_written_through() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let elsewhere = sandbox.path().join("elsewhere.jsonl");
    fs::rename(sandbox.journal(), &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, sandbox.journal()).unwrap();
    let before = fs::read(&elsewhere).unwrap();
    for args in [
        &["progress"][..],
        &["profile", "linkedin", "done", "headline"][..],
    ] {
        sandbox
            .cmd()
            .args(args)
            .assert()
            .code(3)
            .stderr(predicate::str::contains("symbolic link").and(predicate::str::contains("journal.jsonl")));
    }
    assert_eq!(fs::read(&elsewhere).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_journal_others_can_read_is_made_private_with_a_notice() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["profile", "linkedin", "done", "photo"]);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let set = |p: &std::path::Path, m: u32| fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();

    set(&sandbox.learner_dir("me"), 0o755);
    set(&sandbox.journal(), 0o644);
    sandbox
        .cmd()
        .args(["profile", "linkedin", "done", "headline"])
        .assert()
        .success()
        .stderr(predicate::str::contains("0644").and(predicate::str::contains("0755")));
    assert_eq!(mode(&sandbox.journal()), 0o600);
    assert_eq!(mode(&sandbox.learner_dir("me")), 0o700);

    // A command that only reads tightens too, and says so once.
    set(&sandbox.journal(), 0o640);
    sandbox
        .cmd()
        .arg("progress")
        .assert()
        .success()
        .stderr(predicate::str::contains("0640").and(predicate::str::contains("private")));
    assert_eq!(mode(&sandbox.journal()), 0o600);
    sandbox
        .cmd()
        .arg("progress")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}
