//! What learners see on their terminals: lessons as text when colour is off, lines broken
//! between words at 80 columns, platforms and lessons named the way people name them, and
//! one message where one is enough.

mod common;

use std::process::Command;
use std::time::Duration;

use common::Sandbox;
use std::io::Read;

#[test]
fn lessons_without_colour_are_text_not_markdown() {
    let sandbox = Sandbox::new();
    for lang in ["en", "de"] {
        let out = sandbox.run_ok(&["--lang", lang, "--color", "never", "lessons", "show", "reading"]);
        for line in out.lines() {
            let line = line.trim_start();
            assert!(!line.starts_with('#'), "a Markdown heading in {lang}: {line}");
            assert!(!line.starts_with('|'), "a Markdown table row in {lang}: {line}");
            assert!(!line.contains("**"), "Markdown emphasis in {lang}: {line}");
        }
        // The decisions table is still a table, drawn as text.
        assert!(out.contains('│'), "{out}");
    }
}

#[test]
fn lessons_are_found_by_the_number_lessons_list_shows() {
    let sandbox = Sandbox::new();
    let list = sandbox.run_ok(&["lessons", "list"]);
    assert!(
        list.lines()
            .any(|l| l.starts_with("3 ") && l.contains("profiles")),
        "{list}"
    );
    let by_number = sandbox.run_ok(&["lessons", "show", "3"]);
    let by_id = sandbox.run_ok(&["lessons", "show", "PROFILES"]);
    assert_eq!(by_number, by_id);
    let out = sandbox.cmd().args(["lessons", "show", "9"]).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("3 profiles"),
        "the message lists numbers and names: {stderr}"
    );
}

#[test]
fn platforms_are_accepted_in_any_case() {
    let sandbox = Sandbox::new();
    let out = sandbox.run_ok(&["profile", "XING"]);
    assert!(out.contains("XING"), "{out}");
    sandbox.run_ok(&["profile", "LinkedIn", "done", "photo"]);
    let status = sandbox.run_ok(&["profile", "linkedin"]);
    assert!(status.contains("1/10"), "{status}");
    sandbox
        .cmd()
        .args(["check", "--platform", "Bluesky", "-"])
        .write_stdin("Thanks for sharing this, very useful.")
        .assert()
        .success();
}

#[test]
fn a_new_policy_names_its_file_once_before_the_hint() {
    let sandbox = Sandbox::new();
    let out = sandbox
        .cmd()
        .args(["policy", "init"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains("File:"),
        "the path was just said on stderr: {stdout}"
    );
    // `policy show` still names the file: there it is the answer.
    assert!(sandbox.run_ok(&["policy", "show"]).contains("File:"));
}

/// The real binary in an 80-column pseudo-terminal.
fn in_terminal(sandbox: &Sandbox, args: &[&str]) -> String {
    in_terminal_with(sandbox, args, &[])
}

/// [`in_terminal`] with more environment variables (a terminal's own, say).
fn in_terminal_with(sandbox: &Sandbox, args: &[&str], vars: &[(&str, &str)]) -> String {
    // The size is set before drempel starts (it asks the terminal once, at once).
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(r#"stty cols 80 rows 40 && exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_drempel"))
        .arg("--home")
        .arg(sandbox.path())
        .args(args)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .envs(vars.iter().copied());
    let mut session = expectrl::Session::spawn(command).expect("spawn drempel in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    read_to_end(&mut session)
}

/// Everything the program shows until it ends, with the terminal's line ends as `\n`.
fn read_to_end(session: &mut impl Read) -> String {
    let mut shown = Vec::new();
    let mut buffer = [0; 4096];
    // A pseudo-terminal reports an error, not an end of file, once the program is gone.
    while let Ok(n) = session.read(&mut buffer) {
        if n == 0 {
            break;
        }
        shown.extend_from_slice(&buffer[..n]);
    }
    String::from_utf8_lossy(&shown).replace("\r\n", "\n")
}

#[test]
fn long_lines_break_between_words_at_80_columns() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["--lang", "de", "strategy", "set", "--goal", "recruitment"]);
    let german_words: Vec<String> = sandbox
        .run_ok(&["--lang", "de", "progress"])
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let shown = in_terminal(&sandbox, &["--lang", "de", "progress"]);
    for line in shown.lines() {
        assert!(
            textwrap::core::display_width(line) <= 80,
            "a line longer than the terminal: {line:?}"
        );
    }
    // The same words as on a pipe, none cut in two, and a broken evidence line continues
    // under its text rather than under the tick.
    let words: Vec<&str> = shown.split_whitespace().collect();
    assert_eq!(words, german_words);
    assert!(
        shown.lines().any(|l| l.starts_with("        Privatsphäre")),
        "{shown}"
    );
}

/// The wizard (`drempel` with no command) in an 80 × 24 pseudo-terminal; it waits for
/// its first answer, so the size can be set after it starts.
fn wizard_in_terminal(sandbox: &Sandbox) -> expectrl::session::OsSession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_drempel"));
    command
        .arg("--home")
        .arg(sandbox.path())
        .env_clear()
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1");
    let mut session = expectrl::Session::spawn(command).expect("spawn drempel in a pty");
    session.get_process_mut().set_window_size(80, 24).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

#[test]
fn esc_is_a_break_not_a_cancellation() {
    let sandbox = Sandbox::new();
    let mut session = wizard_in_terminal(&sandbox);
    expectrl::Expect::expect(&mut session, "Ready?").unwrap();
    expectrl::Expect::send(&mut session, "\x1b").unwrap();
    let shown = read_to_end(&mut session);
    assert!(!shown.contains("<canceled>"), "{shown}");
    assert!(!shown.is_empty());
}

#[test]
fn after_drempel_welcome_the_wizard_goes_on_at_the_strategy() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["welcome", "--name", "Ada"]);
    let mut session = wizard_in_terminal(&sandbox);
    expectrl::Expect::expect(&mut session, "Step 2 of 8").unwrap();
    expectrl::Expect::send(&mut session, "\x1b").unwrap();
    let shown = read_to_end(&mut session);
    assert!(!shown.contains("What should I call you?"), "{shown}");
}

/// VTE lays every line out left to right unless asked otherwise: a Hebrew line then
/// starts at the left, and its closing bracket turns around. drempel asks it to lay each
/// line out by its first letter while it speaks Hebrew, and gives the layout back before
/// it ends, also when the command fails.
#[test]
fn hebrew_lines_start_at_the_right_in_vte_and_the_terminal_gets_its_layout_back() {
    const ON: &str = "\x1b[?2501h";
    const OFF: &str = "\x1b[?2501l";
    let sandbox = Sandbox::new();
    let vte = [("VTE_VERSION", "7006")];

    let shown = in_terminal_with(&sandbox, &["--lang", "he", "progress"], &vte);
    let (on, off) = (shown.find(ON), shown.rfind(OFF));
    assert!(on.is_some() && off.is_some(), "asked and given back: {shown:?}");
    assert!(
        on < shown.find("drempel"),
        "asked before the first line: {shown:?}"
    );
    assert!(
        shown[off.unwrap()..].trim_end() == OFF,
        "given back at the very end: {shown:?}"
    );

    let failed = in_terminal_with(&sandbox, &["--lang", "he", "plan", "done", "99"], &vte);
    assert!(failed.contains(ON), "{failed:?}");
    assert!(
        failed.trim_end().ends_with(OFF),
        "given back after an error too: {failed:?}"
    );

    for (args, vars) in [
        (&["--lang", "en", "progress"][..], &vte[..]),
        (&["--lang", "he", "progress"][..], &[][..]),
        (
            &["--lang", "he", "progress"][..],
            &[("KONSOLE_VERSION", "230804")][..],
        ),
    ] {
        let shown = in_terminal_with(&sandbox, args, vars);
        assert!(!shown.contains("\x1b[?2501"), "{args:?} {vars:?}: {shown:?}");
    }
}

#[test]
fn a_pipe_never_gets_the_layout_request() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["--lang", "he", "progress"])
        .env("VTE_VERSION", "7006")
        .output()
        .expect("run drempel");
    let text =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    assert!(!text.contains("\x1b[?2501"), "{text:?}");
}
