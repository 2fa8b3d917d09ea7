//! Shared helpers for end-to-end tests: the real binary, a temporary home, and an
//! environment cleared of everything that changes behaviour.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The environment variables that change drempel's behaviour; tests clear them all.
/// Proxies among them: loopback must stay loopback.
const BEHAVIOUR_VARIABLES: &[&str] = &[
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "NO_COLOR",
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "EDITOR",
    "VISUAL",
];

pub struct Sandbox {
    pub home: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.home.path()
    }

    pub fn journal(&self) -> PathBuf {
        self.learner_dir("me").join("journal.jsonl")
    }

    pub fn learner_dir(&self, learner: &str) -> PathBuf {
        self.home.path().join("learners").join(learner)
    }

    /// `drempel --home <sandbox> …` with a clean environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = bare();
        cmd.arg("--home").arg(self.home.path());
        cmd
    }

    pub fn run_ok(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().expect("runs");
        assert!(
            output.status.success(),
            "drempel {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.run_ok(args)).expect("valid JSON")
    }
}

/// The binary with a cleared environment and no home set.
pub fn bare() -> Command {
    let mut cmd = Command::cargo_bin("drempel").expect("binary built");
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("DREMPEL_") {
            cmd.env_remove(name);
        }
    }
    for name in BEHAVIOUR_VARIABLES {
        cmd.env_remove(name);
    }
    cmd
}

/// Runs drempel for `learner` in UTC, so that dates in reports are predictable.
pub fn run(sandbox: &Sandbox, learner: &str, args: &[&str]) -> std::process::Output {
    sandbox
        .cmd()
        .env("TZ", "UTC")
        .args(["--learner", learner])
        .args(args)
        .output()
        .expect("runs")
}

/// [`run`], which must succeed; its stdout.
pub fn run_ok(sandbox: &Sandbox, learner: &str, args: &[&str]) -> String {
    let output = run(sandbox, learner, args);
    assert!(
        output.status.success(),
        "drempel {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Writes events into `learner`'s journal, as if they had happened.
pub fn append(sandbox: &Sandbox, learner: &str, bodies: Vec<drempel::journal::EventBody>) {
    let mut journal = drempel::journal::Journal::open(&sandbox.learner_dir(learner)).expect("journal opens");
    for body in bodies {
        journal.append(body).expect("appends");
    }
}
