//! Hebrew is written gender-neutral for every learner (infinitives, "we"), never with
//! slash forms such as עובד/ת or מוזמנ/ת: this test reads every Hebrew file a learner
//! reads from, the catalog and the lessons with their rules, feeds and keyword packs.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl" | "md" | "toml" | "xml" | "opml")
        ) {
            out.push(path);
        }
    }
}

const ENDINGS: [&str; 7] = ["ת", "ה", "ית", "ות", "ים", "יות", "תה"];

fn is_hebrew(c: char) -> bool {
    ('\u{05D0}'..='\u{05EA}').contains(&c)
}

#[test]
fn hebrew_text_has_no_slash_forms() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["i18n/he", "lessons/he", "keywords/he"] {
        files(&root.join(dir), &mut paths);
    }
    assert!(paths.len() > 10, "the Hebrew files are where they were");
    let mut found = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("read");
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let chars: Vec<char> = line.chars().collect();
            for at in 1..chars.len().saturating_sub(1) {
                if chars[at] != '/' || !is_hebrew(chars[at - 1]) {
                    continue;
                }
                // A Hebrew word, a slash and a gender ending on its own: עובד/ת, מוזמנים/ות
                // (not "כן/לא", two words).
                let ending: String = chars[at + 1..].iter().take_while(|c| is_hebrew(**c)).collect();
                if ENDINGS.contains(&ending.as_str()) {
                    found.push(format!("{}:{}: {line}", path.display(), number + 1));
                    break;
                }
            }
        }
    }
    assert!(found.is_empty(), "slash forms in Hebrew:\n{}", found.join("\n"));
}
