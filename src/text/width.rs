//! How many terminal columns text takes, for every column drempel lines up. Rust's
//! `{:<9}` counts characters, which is right only for plain Latin: a CJK character or
//! an emoji takes two columns, a combining mark (an accent, a Hebrew vowel point) and
//! the invisible direction controls take none, and a style's escape sequence takes none
//! either. One measure, here, serves every padded column.

use unicode_width::UnicodeWidthStr;

/// The columns `text` takes on a terminal: Unicode's East Asian widths (through
/// `unicode-width`), with marks, isolates, direction marks and escape sequences as zero.
pub fn columns(text: &str) -> usize {
    let mut total = 0;
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        total += UnicodeWidthStr::width(&rest[..at]);
        rest = skip_escape(&rest[at..]);
    }
    total + UnicodeWidthStr::width(rest)
}

/// What follows a style's escape sequence at the start of `text` (`ESC [ … m`).
fn skip_escape(text: &str) -> &str {
    let after_esc = &text[1..];
    let Some(params) = after_esc.strip_prefix('[') else {
        return after_esc;
    };
    match params.find(|c: char| ('\u{40}'..='\u{7e}').contains(&c)) {
        Some(end) => &params[end + 1..],
        None => "",
    }
}

/// `text` followed by spaces up to `width` columns: a column aligned at its start.
pub fn pad_end(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(columns(text));
    let mut out = String::with_capacity(text.len() + pad);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// Spaces up to `width` columns, then `text`: a column aligned at its end (numbers).
pub fn pad_start(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(columns(text));
    let mut out = String::with_capacity(text.len() + pad);
    out.extend(std::iter::repeat_n(' ', pad));
    out.push_str(text);
    out
}

/// `text` cut to at most `width` columns, ending in `…` when cut; whole grapheme
/// clusters only, so a letter never loses its marks and an emoji is never halved.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    if columns(text) <= width {
        return text.to_owned();
    }
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for grapheme in text.graphemes(true) {
        let w = UnicodeWidthStr::width(grapheme);
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(grapheme);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The widest of `texts`, in columns.
pub fn widest<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts.into_iter().map(columns).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_every_script_take_their_columns() {
        assert_eq!(columns("LinkedIn"), 8);
        assert_eq!(columns("פרופיל"), 6, "Hebrew letters take one column each");
        // Niqqud and cantillation sit on their letter.
        assert_eq!(columns("\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}"), 4);
        assert_eq!(columns("東京"), 4, "CJK takes two columns");
        assert_eq!(columns("\u{1F389}"), 2, "an emoji takes two");
        assert_eq!(columns("e\u{301}"), 1, "a combining accent takes none");
    }

    #[test]
    fn controls_styles_and_isolates_take_no_columns() {
        assert_eq!(columns("\u{2066}drempel scan\u{2069}"), 12);
        assert_eq!(columns("\u{2068}א\u{2069}\u{200e}\u{200f}\u{61c}"), 1);
        assert_eq!(columns("\u{1b}[1;36mcyan\u{1b}[0m"), 4);
        assert_eq!(columns("\u{1b}[1"), 0, "a cut sequence takes nothing");
    }

    #[test]
    fn padding_lines_columns_up_by_what_is_seen() {
        let rows = ["LinkedIn", "לינקדאין", "東京", "\u{2066}X\u{2069}", "ü\u{308}"];
        let width = widest(rows);
        assert_eq!(width, 8);
        for row in rows {
            assert_eq!(columns(&pad_end(row, width)), 8, "{row}");
            assert_eq!(columns(&pad_start(row, width)), 8, "{row}");
            assert!(pad_end(row, width).starts_with(row));
        }
        assert_eq!(pad_end("too long", 3), "too long");
    }

    #[test]
    fn fitting_cuts_whole_clusters() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("abcdefgh", 5), "abcd…");
        assert_eq!(fit("東京都庁舎", 5), "東京…");
        let pointed = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}\u{5d5}\u{5ea}";
        let cut = fit(pointed, 3);
        assert_eq!(
            cut, "\u{5e9}\u{5c1}\u{5b8}\u{5dc}…",
            "the shin keeps both its points"
        );
        assert!(columns(&cut) <= 3);
    }
}
