//! The real binary in a pseudo-terminal: a newcomer types through welcome and strategy,
//! presses Ctrl-C, starts again and is welcomed back at the right step.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{ControlCode, Expect, Session};

fn spawn(home: &Path) -> expectrl::session::OsSession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_drempel"));
    command
        .arg("--home")
        .arg(home)
        .env_clear()
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1");
    let mut session = Session::spawn(command).expect("spawn drempel in a pty");
    session.get_process_mut().set_window_size(80, 24).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

fn exit_code(session: &expectrl::session::OsSession) -> i32 {
    match session.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("drempel did not exit normally: {other:?}"),
    }
}

#[test]
fn typing_through_welcome_and_strategy_then_ctrl_c_resumes_at_profiles() {
    let home = tempfile::tempdir().unwrap();
    let mut s = spawn(home.path());

    s.expect("Step 1 of 8").unwrap();
    s.expect("Ready?").unwrap();
    s.send("\r").unwrap();
    s.expect("What should I call you?").unwrap();
    s.send("Ada\r").unwrap();
    s.expect("What is your role?").unwrap();
    s.send("Recruiter\r").unwrap();
    s.expect("Which organisation").unwrap();
    s.send("Acme Care\r").unwrap();
    s.expect("Which language").unwrap();
    s.send("\r").unwrap();

    s.expect("Step 2 of 8").unwrap();
    s.expect("Ready?").unwrap();
    s.send("\r").unwrap();
    s.expect("What does your organisation want").unwrap();
    s.send(" ").unwrap();
    s.send("\r").unwrap();
    s.expect("Who do you want to reach?").unwrap();
    s.send("nurses in the region\r").unwrap();
    s.expect("why does this matter").unwrap();
    s.send("\r").unwrap();
    s.expect("employer's name").unwrap();
    s.send("\r").unwrap();
    s.expect("say that you work there").unwrap();
    s.send("\r").unwrap();
    s.expect("products or services").unwrap();
    s.send("\r").unwrap();
    s.expect("must stay inside").unwrap();
    s.send("\r").unwrap();
    s.expect("DON'T").unwrap();

    s.expect("Step 3 of 8").unwrap();
    s.expect("Ready?").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("Everything you answered is saved").unwrap();
    assert_eq!(exit_code(&s), 130);

    let journal = std::fs::read_to_string(home.path().join("learners/me/journal.jsonl")).unwrap();
    let events: Vec<serde_json::Value> = journal
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let last_welcome = events
        .iter()
        .rev()
        .find(|e| e["kind"] == "learner.welcomed")
        .unwrap();
    assert_eq!(last_welcome["data"]["name"], "Ada");
    assert_eq!(last_welcome["data"]["role"], "Recruiter");
    assert_eq!(last_welcome["data"]["organisation"], "Acme Care");
    assert_eq!(last_welcome["data"]["language"], "en");
    let last_strategy = events.iter().rev().find(|e| e["kind"] == "strategy.set").unwrap();
    assert_eq!(last_strategy["data"]["goals"], serde_json::json!(["recruitment"]));
    assert_eq!(last_strategy["data"]["audience"], "nurses in the region");
    let policy = std::fs::read_to_string(home.path().join("learners/me/policy.toml")).unwrap();
    assert!(policy.contains("employer = \"Acme Care\""), "{policy}");

    let mut again = spawn(home.path());
    again.expect("Welcome back, Ada. We stopped at Profiles").unwrap();
    again.expect("Step 3 of 8").unwrap();
    again.expect("Ready?").unwrap();
    again.send("\x1b").unwrap();
    again.expect("Everything you answered is saved").unwrap();
    assert_eq!(exit_code(&again), 0, "Esc is a break, not an error");
    let after = std::fs::read_to_string(home.path().join("learners/me/journal.jsonl")).unwrap();
    assert_eq!(after, journal, "resuming and leaving again writes nothing");
}

/// The same first minutes for a German newcomer whose system speaks German: every question
/// comes from the German catalog, the language list starts on Deutsch, and the journal
/// records the choice.
#[test]
fn a_german_system_gets_the_wizard_in_german() {
    use drempel::lang::Language;
    let german =
        |key: &str| drempel::messages::with_language(Language::De, || drempel::messages::text(key, &[]));
    let home = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_drempel"));
    command
        .arg("--home")
        .arg(home.path())
        .env_clear()
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("LANG", "de_DE.UTF-8");
    let mut s = Session::spawn(command).expect("spawn drempel in a pty");
    s.get_process_mut().set_window_size(80, 24).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));

    for (key, answer) in [
        ("wizard-ready", "\r"),
        ("welcome-name", "Jürgen\r"),
        ("welcome-role", "Ausbilder\r"),
        ("welcome-organisation", "Muster Pflege\r"),
        // The list starts on the system's language.
        ("welcome-language", "\r"),
        ("wizard-ready", "\r"),
        ("strategy-goals-question", " "),
    ] {
        let expected = german(key);
        assert_ne!(expected, drempel::messages::text(key, &[]), "{key} is translated");
        s.expect(expected.as_str())
            .unwrap_or_else(|e| panic!("{key}: {expected:?}: {e}"));
        s.send(answer).unwrap();
    }
    s.send("\r").unwrap();
    s.expect(german("strategy-audience-question").as_str()).unwrap();
    s.send("\x1b").unwrap();
    let bye = german("wizard-saved-bye");
    s.expect(&bye[..bye.find('.').unwrap_or(bye.len())]).unwrap();
    assert_eq!(exit_code(&s), 0);

    let journal = std::fs::read_to_string(home.path().join("learners/me/journal.jsonl")).unwrap();
    assert!(journal.contains("\"language\":\"de\""), "{journal}");
    assert!(journal.contains("Jürgen"));
}
