//! Marking the words a keyword matched, in text that comes from outside.

use super::sanitize_line;

/// `text` on one line, sanitised, with the byte ranges `ranges` (of the original
/// text) passed through `mark`. Each piece is sanitised on its own so that the ranges
/// still point at the right words.
pub fn highlight(text: &str, ranges: &[(usize, usize)], mark: impl Fn(&str) -> String) -> String {
    let mut ranges: Vec<(usize, usize)> = ranges
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
        .collect();
    ranges.sort_unstable();
    // Overlapping or touching ranges become one mark.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in merged {
        out.push_str(&sanitize_line(&text[at..start]));
        out.push_str(&mark(&sanitize_line(&text[start..end])));
        at = end;
    }
    out.push_str(&sanitize_line(&text[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_follow_the_original_ranges_through_sanitising() {
        let text = "\u{1b}[31mHR\u{1b}[0m news: hiring in Zürich";
        let hr = text.find("HR").unwrap();
        let zurich = text.find("Zürich").unwrap();
        let out = highlight(
            text,
            &[(zurich, zurich + "Zürich".len()), (hr, hr + 2), (hr, hr + 1)],
            |s| format!("[{s}]"),
        );
        assert_eq!(out, "[HR] news: hiring in [Zürich]");
    }

    #[test]
    fn ranges_off_a_character_boundary_are_ignored() {
        assert_eq!(highlight("Zürich", &[(2, 3)], |s| format!("[{s}]")), "Zürich");
    }
}
