//! Files named from outside: `--out` writes only ordinary files and replaces one only
//! when allowed; inputs are capped by the bytes read, and a pipe or device where a file
//! is expected is refused at once. Timeouts here are generous: they catch a hang, they
//! do not measure speed.

#![cfg(unix)]

mod common;

use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::{FileTypeExt, symlink};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::Sandbox;
use predicates::prelude::*;

/// Long enough for a loaded CI machine; a command waiting on a FIFO never finishes.
const HANG: Duration = Duration::from_secs(60);

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// The four commands with an output file, writing to `path`.
fn writers(path: &Path, exports: &Path) -> Vec<Vec<String>> {
    let out = arg(path).to_owned();
    vec![
        vec!["export".into(), "--out".into(), out.clone()],
        vec!["report".into(), "--out".into(), out.clone()],
        vec!["cohort".into(), arg(exports).into(), "--out".into(), out.clone()],
        vec!["feeds".into(), "export".into(), out],
    ]
}

/// A sandbox with one learner's export in a folder, for `cohort` to read.
fn with_export() -> (Sandbox, tempfile::TempDir) {
    let sandbox = Sandbox::new();
    let exports = tempfile::tempdir().unwrap();
    sandbox.run_ok(&["export", "--out", arg(&exports.path().join("me.json"))]);
    (sandbox, exports)
}

#[test]
fn output_to_a_symlink_is_refused_and_neither_link_nor_target_changes() {
    let (sandbox, exports) = with_export();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("precious.txt");
    fs::write(&target, "keep me").unwrap();
    let links = [
        (dir.path().join("to-file"), target.clone()),
        (dir.path().join("to-null"), PathBuf::from("/dev/null")),
        (dir.path().join("dangling"), dir.path().join("nowhere")),
    ];
    for (link, to) in &links {
        symlink(to, link).unwrap();
        for args in writers(link, exports.path()) {
            sandbox
                .cmd()
                .args(&args)
                .timeout(HANG)
                .assert()
                .code(2)
                .stderr(predicate::str::contains("symbolic link"));
            assert!(is_symlink(link), "{args:?} replaced the link");
        }
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
    assert!(!dir.path().join("nowhere").exists());
    assert!(
        fs::metadata("/dev/null").unwrap().file_type().is_char_device(),
        "/dev/null is still a device"
    );
}

#[test]
fn output_to_a_fifo_is_refused_at_once() {
    let (sandbox, exports) = with_export();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    for args in writers(&fifo, exports.path()) {
        sandbox
            .cmd()
            .args(&args)
            .timeout(HANG)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("pipe (FIFO)"));
        assert!(is_fifo(&fifo), "{args:?} replaced the FIFO");
    }
}

/// Named directly, as in the report. Not run as root: there a regression would replace
/// the machine's /dev/null (the symlink test above covers it safely).
#[test]
fn output_to_a_device_is_refused() {
    if unsafe { libc::geteuid() } == 0 {
        return;
    }
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["report", "--out", "/dev/null", "--force"])
        .timeout(HANG)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a device"));
    assert!(fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

#[test]
fn an_existing_file_is_replaced_only_with_force_when_nobody_can_be_asked() {
    let (sandbox, exports) = with_export();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.txt");
    for args in writers(&path, exports.path()) {
        fs::write(&path, "the trainer's notes").unwrap();
        sandbox
            .cmd()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("exists already").and(predicate::str::contains("--force")));
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "the trainer's notes",
            "{args:?}"
        );

        sandbox.cmd().args(&args).arg("--force").assert().success();
        let written = fs::read_to_string(&path).unwrap();
        assert_ne!(written, "the trainer's notes", "{args:?}");
        assert!(!written.is_empty(), "{args:?}");
        fs::remove_file(&path).unwrap();
    }
    // --yes is consent to write, not to replace.
    fs::write(&path, "mine").unwrap();
    sandbox
        .cmd()
        .args(["export", "--yes", "--out", arg(&path)])
        .assert()
        .code(2);
    assert_eq!(fs::read_to_string(&path).unwrap(), "mine");
}

/// Makes a file look as if it was left an hour ago.
fn age(path: &Path) {
    let file = OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
}

#[test]
fn temp_files_a_crash_left_are_cleaned_up_on_the_next_run() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["progress"]);
    // Beside an output file: swept when the next file is written there.
    let dir = tempfile::tempdir().unwrap();
    let beside = dir.path().join(".drempel-Ab12Cd");
    fs::write(&beside, "half an export").unwrap();
    age(&beside);
    // Someone's own file with a similar name stays.
    let theirs = dir.path().join(".drempel-notes.txt");
    fs::write(&theirs, "mine").unwrap();
    age(&theirs);
    sandbox.run_ok(&["report", "--out", arg(&dir.path().join("report.md"))]);
    assert!(!beside.exists(), "the temp file beside the output is gone");
    assert!(theirs.exists());

    // In the learner's folder: swept at the start of any command.
    let learner = sandbox.learner_dir("me");
    fs::create_dir_all(&learner).unwrap();
    let inside = learner.join(".drempel-x9Y8z7");
    fs::write(&inside, "half a cache").unwrap();
    age(&inside);
    // One being written right now (fresh) stays.
    let fresh = learner.join(".drempel-NoWnOw");
    fs::write(&fresh, "being written").unwrap();
    sandbox.run_ok(&["progress"]);
    assert!(!inside.exists(), "the temp file in the learner's folder is gone");
    assert!(fresh.exists());
}

#[test]
fn a_draft_larger_than_any_platform_takes_is_refused_without_reading_it_all() {
    let sandbox = Sandbox::new();
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("dump.txt");
    // 100 MB, as in the report (sparse: the size is what counts): refused at once, not
    // checked for 15 s.
    File::create(&big).unwrap().set_len(100 * 1024 * 1024).unwrap();
    sandbox
        .cmd()
        .args(["check", arg(&big)])
        .timeout(HANG)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 256 KB"));
    // The same through standard input: counted as it is read.
    sandbox
        .cmd()
        .args(["check", "-"])
        .write_stdin("word ".repeat(100 * 1024))
        .timeout(HANG)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 256 KB"));
    sandbox
        .cmd()
        .args([
            "comment",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/1",
        ])
        .args(["--platform", "linkedin", "--draft", arg(&big)])
        .timeout(HANG)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 256 KB"));
    // A long Facebook post still fits, and is told how far over it is.
    let long = dir.path().join("long.txt");
    fs::write(&long, "word ".repeat(13_000)).unwrap();
    sandbox
        .cmd()
        .args(["check", "--platform", "facebook", "--kind", "post", arg(&long)])
        .timeout(HANG)
        .assert()
        .code(1);
}

#[test]
fn the_cohort_skips_a_fifo_and_a_device_without_waiting_or_growing() {
    let (sandbox, exports) = with_export();
    let fifo = exports.path().join("pipe.json");
    mkfifo(&fifo);
    let output = sandbox
        .cmd()
        .args(["cohort", arg(exports.path()), "/dev/zero", "--format", "json"])
        // With names, skipped files are named by their paths (else "file 2 of 3").
        .arg("--names")
        .timeout(HANG)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pipe (FIFO)"), "{stderr}");
    assert!(
        stderr.contains("/dev/zero") && stderr.contains("a device"),
        "{stderr}"
    );
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(summary["learners"], 1, "{summary}");

    // Named alone, nothing is readable: a data problem, promptly.
    for path in [fifo.as_path(), Path::new("/dev/zero")] {
        sandbox
            .cmd()
            .args(["cohort", arg(path)])
            .timeout(HANG)
            .assert()
            .code(3);
    }
}

#[test]
fn every_input_file_refuses_a_fifo_at_once() {
    let sandbox = Sandbox::new();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("input");
    mkfifo(&fifo);
    let fifo = arg(&fifo);
    let commands: [&[&str]; 6] = [
        &["feeds", "import", fifo],
        &["feeds", "preview", fifo],
        &["policy", "set", fifo],
        &["check", fifo],
        &["check", "--policy", fifo, "-"],
        &[
            "comment",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/1",
            "--platform",
            "linkedin",
            "--draft",
            fifo,
        ],
    ];
    for args in commands {
        sandbox
            .cmd()
            .args(args)
            .write_stdin("A kind comment.")
            .timeout(HANG)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("pipe (FIFO)"));
    }
    // Nothing was recorded on the way.
    assert!(!sandbox.journal().exists());
}

#[test]
fn a_device_is_refused_as_input() {
    let sandbox = Sandbox::new();
    for args in [
        &["feeds", "import", "/dev/zero"][..],
        &["policy", "set", "/dev/zero"],
        &["check", "/dev/zero"],
    ] {
        sandbox
            .cmd()
            .args(args)
            .timeout(HANG)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("a device"));
    }
}

/// On a terminal, replacing a file is a question; "no" is the default and keeps it.
#[test]
fn on_a_terminal_replacing_a_file_is_asked_first() {
    use expectrl::process::unix::WaitStatus;
    use expectrl::{Expect, Session};

    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    fs::write(&path, "the coach's copy").unwrap();
    let spawn = || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_drempel"));
        command
            .arg("--home")
            .arg(home.path())
            .args(["report", "--out", arg(&path)])
            .env_clear()
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        let mut session = Session::spawn(command).expect("spawn drempel in a pty");
        session.get_process_mut().set_window_size(80, 24).unwrap();
        session.set_expect_timeout(Some(HANG));
        session
    };
    let exit_code = |session: &expectrl::session::OsSession| match session.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("drempel did not exit normally: {other:?}"),
    };

    let mut s = spawn();
    s.expect("exists already. Replace it?").unwrap();
    s.send("n\r").unwrap();
    s.expect("stays as it was").unwrap();
    assert_eq!(exit_code(&s), 0);
    assert_eq!(fs::read_to_string(&path).unwrap(), "the coach's copy");

    let mut s = spawn();
    s.expect("Replace it?").unwrap();
    s.send("y\r").unwrap();
    s.expect("Written to").unwrap();
    assert_eq!(exit_code(&s), 0);
    assert_ne!(fs::read_to_string(&path).unwrap(), "the coach's copy");
}
