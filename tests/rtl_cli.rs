//! Right-to-left output as a person would see it: what drempel prints in Hebrew, read
//! through a real bidi algorithm (unicode-bidi, as a bidi terminal lays out a line),
//! and what doctor says about the terminal.

mod common;

use std::fs;

use common::Sandbox;
use unicode_bidi::{BidiInfo, Level};

/// The variables a terminal sets, cleared so a test names its own terminal.
const TERMINAL_VARIABLES: &[&str] = &[
    "VTE_VERSION",
    "KONSOLE_VERSION",
    "KONSOLE_DBUS_SESSION",
    "MLTERM",
    "WT_SESSION",
    "TERM_PROGRAM",
    "TERM_PROGRAM_VERSION",
    "KITTY_WINDOW_ID",
    "ALACRITTY_WINDOW_ID",
    "ALACRITTY_SOCKET",
    "XTERM_VERSION",
    "TERM",
];

fn doctor(sandbox: &Sandbox, lang: &str, terminal: &[(&str, &str)]) -> String {
    let mut cmd = sandbox.cmd();
    for name in TERMINAL_VARIABLES {
        cmd.env_remove(name);
    }
    cmd.envs(terminal.iter().copied());
    let output = cmd.args(["--lang", lang, "doctor"]).output().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

/// The line as a bidi terminal shows it in a right-to-left paragraph, left to right on
/// the screen, without the invisible controls.
fn shown_rtl(line: &str) -> String {
    let info = BidiInfo::new(line, Some(Level::rtl()));
    let Some(para) = info.paragraphs.first() else {
        return String::new();
    };
    info.reorder_line(para, para.range.clone())
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Every line opens no isolate it does not close, closes none it did not open, and
/// carries no embedding or override.
fn assert_balanced(output: &str) {
    for line in output.lines() {
        let mut depth = 0i32;
        for c in line.chars() {
            assert!(
                !matches!(c, '\u{202a}'..='\u{202e}'),
                "an override or embedding in {line:?}"
            );
            match c {
                '\u{2066}'..='\u{2068}' => depth += 1,
                '\u{2069}' => {
                    depth -= 1;
                    assert!(depth >= 0, "a PDI without its isolate in {line:?}");
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "an isolate left open in {line:?}");
    }
}

#[test]
fn doctor_names_a_terminal_that_reorders_and_gives_no_advice() {
    let sandbox = Sandbox::new();
    let report = doctor(
        &sandbox,
        "he",
        &[("VTE_VERSION", "7006"), ("TERM", "xterm-256color")],
    );
    assert!(report.contains("VTE 0.70.6"), "{report}");
    assert!(!report.contains("--format html"), "{report}");
}

#[test]
fn doctor_advises_another_terminal_or_the_report_when_hebrew_would_show_backwards() {
    let sandbox = Sandbox::new();
    for terminal in [
        &[("WT_SESSION", "1")][..],
        &[("TERM", "xterm-kitty")],
        &[("VTE_VERSION", "5202")],
        &[("TERM_PROGRAM", "iTerm.app")],
        &[],
    ] {
        let report = doctor(&sandbox, "he", terminal);
        assert!(
            report.contains("drempel report --format html"),
            "{terminal:?}: {report}"
        );
        assert_balanced(&report);
    }
    // The English learner in the same terminal is not told to switch.
    let report = doctor(&sandbox, "en", &[("WT_SESSION", "1")]);
    assert!(report.contains("Windows Terminal does not reorder"), "{report}");
    assert!(!report.contains("--format html"), "{report}");
}

#[test]
fn doctor_lines_up_its_keys_by_what_is_seen() {
    let sandbox = Sandbox::new();
    let report = doctor(&sandbox, "he", &[("VTE_VERSION", "7006")]);
    // Every value starts in the same column, whatever script the keys are in.
    let columns: Vec<usize> = report
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| {
            let key_end = line.find("  ")?;
            let value_start = key_end + line[key_end..].len() - line[key_end..].trim_start().len();
            Some(unicode_width::UnicodeWidthStr::width(&line[..value_start]))
        })
        .collect();
    assert!(columns.len() >= 5, "{report}");
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{columns:?}\n{report}");
}

/// A feed whose titles mix Hebrew, English, digits, emoji and every kind of direction
/// control: nothing it holds may reorder what drempel prints around it.
const HOSTILE_FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>חדשות &#x202E;גיוס</title><link>https://example.co.il/</link>
<description>x</description>
<item><title>גיוס 2025: Hello &#x202E;evil.exe עדכון 104 / 220 &#x1F389;</title>
<link>https://example.co.il/a</link><description>משרות ב-LinkedIn &#x2067;open isolate</description></item>
<item><title>&#x202B;embedded&#x202C; ו&#x200F;הגיוס ב-Tel Aviv &#x2068;unclosed</title>
<link>https://example.co.il/b</link><description>ok</description></item>
</channel></rss>"#;

#[test]
fn a_hostile_feed_title_cannot_reverse_or_swallow_the_line_in_hebrew() {
    let sandbox = Sandbox::new();
    let feed = sandbox.path().join("hostile.xml");
    fs::write(&feed, HOSTILE_FEED).unwrap();
    let output = sandbox.run_ok(&["--lang", "he", "feeds", "preview", feed.to_str().unwrap()]);
    assert_balanced(&output);
    let shown: Vec<String> = output.lines().map(shown_rtl).collect();
    let all = shown.join("\n");
    // The override is gone: the file name reads as written, not as "exe.live".
    assert!(all.contains("Hello evil.exe"), "{all}");
    assert!(!all.contains("exe.live") && !all.contains("elif"), "{all}");
    // The RLM, a legitimate mark, stays in the title.
    assert!(output.contains("\u{200f}"), "{output}");
    // The unclosed isolate did not take the rest of the line: the title ends with its own words.
    assert!(all.contains("Tel Aviv") && all.contains("unclosed"), "{all}");
}

#[test]
fn a_hostile_draft_is_checked_and_shown_without_its_controls() {
    let sandbox = Sandbox::new();
    let draft = sandbox.path().join("draft.txt");
    fs::write(
        &draft,
        "תודה על הפוסט \u{202e}ב-LinkedIn\u{202c}! 104 / 220 \u{1F389} \u{2066}open https://example.co.il/x",
    )
    .unwrap();
    let output = sandbox
        .cmd()
        .args([
            "--lang",
            "he",
            "check",
            "--platform",
            "x",
            draft.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_balanced(&stdout);
    assert_balanced(&stderr);
    for line in stdout.lines() {
        let shown = shown_rtl(line);
        assert!(!shown.contains("nIdekniL"), "the override did not act: {shown}");
    }
}

#[test]
fn hebrew_in_a_keyword_test_is_matched_through_its_prefix_and_shown_whole() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["keywords", "test", "--query", "הנפקה", "ההכנות להנפקה נמשכות"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("להנפקה"), "{stdout}");
}
