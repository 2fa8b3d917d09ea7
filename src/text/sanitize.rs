//! The one sanitiser every string from outside passes through before it reaches a
//! terminal: feeds, files, URLs and journal text can carry escape sequences that would
//! recolour, retitle or rewrite the learner's screen.

use std::borrow::Cow;

/// Removes control characters (C0 but newline and tab, DEL, C1 — which includes the
/// 8-bit escape introducers), and the bidirectional overrides, embeddings and isolates
/// that can make text read differently from what it is. An ESC takes the rest of its
/// sequence with it.
///
/// The direction marks (LRM, RLM, ALM) stay: Hebrew and Arabic writers use them to put
/// a full stop or a number on the right side of a word, they are invisible, and they
/// reorder nothing beyond the characters next to them. Isolates go even though they are
/// harmless when balanced: one left open in a title would take the rest of the line
/// with it, and drempel adds its own, balanced, after sanitising.
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
/// or a bidirectional embedding (LRE, RLE), override (LRO, RLO), their PDF, or an
/// isolate (LRI, RLI, FSI, PDI). The marks LRM, RLM and ALM are kept.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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

    #[test]
    fn every_embedding_override_and_isolate_goes_and_the_marks_stay() {
        for c in ['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}'] {
            assert_eq!(sanitize(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
        for c in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert_eq!(sanitize(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
        // LRM, RLM and ALM are part of right-to-left writing: kept, borrowed untouched.
        let marked = "\u{5de}\u{5d7}\u{5d9}\u{5e8}: 100\u{200f} \u{20aa} \u{200e}A\u{61c}";
        assert!(matches!(sanitize(marked), Cow::Borrowed(_)));
    }

    #[test]
    fn mixed_hebrew_english_digits_emoji_and_controls_keep_everything_but_the_controls() {
        let title = "\u{1b}[31mגיוס\u{202e} 2025:\u{200f} LinkedIn \u{1F389} \u{2067}104 / 220\u{7}\u{200e}!";
        assert_eq!(
            sanitize_line(title),
            "גיוס 2025:\u{200f} LinkedIn \u{1F389} 104 / 220\u{200e}!"
        );
        // An isolate opened and never closed goes too: it would swallow the line.
        assert_eq!(sanitize("\u{2068}כותרת ללא סוף"), "כותרת ללא סוף");
        // Niqqud and cantillation are letters' marks, not controls.
        let pointed = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd} \u{5d1}\u{591}";
        assert_eq!(sanitize(pointed), pointed);
    }
}
