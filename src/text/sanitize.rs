//! The one sanitiser every string from outside passes through before it reaches a
//! terminal: feeds, files, URLs and journal text can carry escape sequences that would
//! recolour, retitle or rewrite the learner's screen.

use std::borrow::Cow;

/// Removes control characters (C0 but newline and tab, DEL, C1 — which includes the
/// 8-bit escape introducers), and the bidirectional overrides and isolates that can make
/// text read differently from what it is. An ESC takes the rest of its sequence with it.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            skip_escape_sequence(&mut chars);
        } else if !is_unsafe(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The same, for one line: newlines and tabs become spaces.
pub fn sanitize_line(text: &str) -> String {
    sanitize(text).replace(['\n', '\t'], " ").replace('\r', "")
}

/// Whether the sanitiser removes `c`: a control character other than newline and tab,
/// or a bidirectional override, embedding, isolate or mark.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Skips what follows an ESC: a CSI (`[` … final byte), an OSC or string sequence (up
/// to BEL or ST), or the single character of a two-character sequence.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => {
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{9c}' {
                    break;
                }
                if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                    chars.next();
                    break;
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_untouched() {
        assert!(matches!(sanitize("Zürich — café 東京\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_go_with_their_parameters() {
        assert_eq!(sanitize("a\u{1b}[31;1mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;owned title\u{7}y"), "xy");
        assert_eq!(
            sanitize("x\u{1b}]8;;http://evil\u{1b}\\link\u{1b}]8;;\u{1b}\\y"),
            "xlinky"
        );
        assert_eq!(sanitize("a\u{9b}31mb"), "a31mb", "C1 CSI is dropped on its own");
    }

    #[test]
    fn controls_and_bidi_overrides_are_removed() {
        assert_eq!(sanitize("in\u{202e}voice.exe\u{2066}\u{7}\u{0}\r"), "invoice.exe");
        assert_eq!(sanitize_line("two\nlines\tand tab"), "two lines and tab");
    }
}
