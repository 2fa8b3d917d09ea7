//! JSON output that is safe to print on a terminal: the one place every command's JSON
//! (`--json`, `--format json`, exports, reports, the cohort) is written. Strings from
//! feeds, journals and exports can hold C1 controls (U+0080–U+009F) and bidi overrides,
//! embeddings and isolates (U+202A–U+202E, U+2066–U+2069); JSON allows them raw, and a
//! terminal would act on them. Here they are written as `\uXXXX` escapes: a JSON reader
//! gets the very same strings.

use serde::Serialize;

/// Pretty JSON with every character the sanitiser would remove escaped.
pub fn to_string_pretty(value: &impl Serialize) -> String {
    let json = serde_json::to_string_pretty(value).expect("values serialise to JSON");
    // Outside strings JSON is plain ASCII, and serde_json already escapes C0 controls,
    // so what remains can only be inside a string, where an escape means the same.
    if !json.chars().any(super::sanitize::is_unsafe) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if super::sanitize::is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_read_back_the_same() {
        let title = "in\u{202e}voice \u{9b}31m \u{1b}[0m ok";
        let json = to_string_pretty(&serde_json::json!({ "title": title }));
        assert!(!json.chars().any(crate::ui::sanitize::is_unsafe), "{json}");
        assert!(json.contains("\\u202e") && json.contains("\\u009b"), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["title"], title);
    }

    #[test]
    fn every_c1_control_and_bidi_control_is_escaped() {
        let all: String = ('\u{80}'..='\u{9f}')
            .chain('\u{202a}'..='\u{202e}')
            .chain('\u{2066}'..='\u{2069}')
            .collect();
        let json = to_string_pretty(&serde_json::json!([all, { "key": all }]));
        assert!(json.is_ascii(), "{json:?}");
        for c in all.chars() {
            assert!(json.contains(&format!("\\u{:04x}", c as u32)), "{c:?} in {json}");
        }
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0], all.as_str());
        assert_eq!(back[1]["key"], all.as_str());
    }
}
