//! The layers stay apart: the wizard talks to the library, never to the commands, and the
//! domain never reaches up into the terminal, the commands or the wizard. A `use` that
//! crosses a line fails here, with the file and the line.

use std::fs;
use std::path::{Path, PathBuf};

/// The modules that print: they may use everything below them.
const TERMINAL: &[&str] = &["commands", "ui", "wizard", "cli", "main.rs", "lib.rs"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a source file belongs to: `feeds` for `src/feeds/scan.rs`,
/// `ladder.rs` for `src/ladder.rs`.
fn module(path: &Path) -> String {
    let relative = path.strip_prefix(src()).unwrap();
    relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .into_owned()
}

/// The modules a source names right under `crate::`, with the line they are on: `ui`
/// for `crate::ui::Shell`, and `journal` and `ui` for a `use crate::{journal, ui::Palette}`
/// group, also one that spans lines.
fn crate_paths(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices("crate::") {
        let line = source[..at].matches('\n').count() + 1;
        let rest = &source[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The heads of the group's top-level paths.
            let mut depth = 0;
            let mut head = true;
            let mut word = String::new();
            for c in group.chars() {
                if head && (c.is_alphanumeric() || c == '_') {
                    word.push(c);
                    continue;
                }
                if !word.is_empty() {
                    found.push((line, std::mem::take(&mut word)));
                    head = false;
                }
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => head = true,
                    _ => {}
                }
            }
        } else {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((line, word));
        }
    }
    found
}

/// Every place in `files` that names one of `forbidden`, as `path:line: module`.
fn crossings(files: &[PathBuf], forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(file).unwrap();
        for (line, module) in crate_paths(&source) {
            if forbidden.contains(&module.as_str()) {
                found.push(format!("{}:{line}: crate::{module}", file.display()));
            }
        }
    }
    found
}

fn all_sources() -> Vec<PathBuf> {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    assert!(
        files.len() > 50,
        "the sources were not found under {}",
        src().display()
    );
    files
}

#[test]
fn the_wizard_uses_no_command() {
    let wizard: Vec<PathBuf> = all_sources()
        .into_iter()
        .filter(|f| module(f) == "wizard")
        .collect();
    assert!(!wizard.is_empty());
    let found = crossings(&wizard, &["commands"]);
    assert!(
        found.is_empty(),
        "the wizard reaches into commands/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_domain_uses_no_terminal_command_or_wizard() {
    let domain: Vec<PathBuf> = all_sources()
        .into_iter()
        .filter(|f| !TERMINAL.contains(&module(f).as_str()))
        .collect();
    // The modules the issue names are among those checked.
    for named in [
        "journal",
        "keywords",
        "check",
        "feeds",
        "coach",
        "communities.rs",
        "ladder.rs",
        "text",
    ] {
        assert!(
            domain.iter().any(|f| module(f) == named),
            "{named} was not checked"
        );
    }
    let found = crossings(&domain, &["ui", "commands", "wizard"]);
    assert!(
        found.is_empty(),
        "domain code reaches up into ui/, commands/ or wizard/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_text_layer_stands_on_its_own() {
    let text: Vec<PathBuf> = all_sources()
        .into_iter()
        .filter(|f| module(f) == "text")
        .collect();
    assert!(!text.is_empty());
    let found: Vec<String> = text
        .iter()
        .flat_map(|file| {
            let source = fs::read_to_string(file).unwrap();
            source
                .lines()
                .enumerate()
                .filter(|(_, line)| line.contains("crate::"))
                .map(|(n, line)| format!("{}:{}: {}", file.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "src/text uses the rest of drempel:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_crossing() {
    let names = |source: &str| -> Vec<String> { crate_paths(source).into_iter().map(|(_, m)| m).collect() };
    assert_eq!(names("use crate::ui::sanitize_line;"), ["ui"]);
    assert_eq!(names("    let x = crate::ui::sanitize(t);"), ["ui"]);
    assert_eq!(names("use crate::{journal, ui};"), ["journal", "ui"]);
    assert_eq!(
        names("use crate::{ui::{Palette, Shell}, journal};"),
        ["ui", "journal"]
    );
    assert_eq!(
        names("use crate::{\n    journal::Event,\n    ui::Palette,\n};"),
        ["journal", "ui"]
    );
    assert_eq!(names("use crate::uikit::Thing;"), ["uikit"]);
    assert_eq!(
        crate_paths("a\nb crate::commands::scan")[0],
        (2, "commands".to_owned())
    );
}
