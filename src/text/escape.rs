//! The one escape for markup: HTML pages, SVG pictures and XML files (OPML) all take
//! text through it, so no string from outside can open a tag or end an attribute.

use super::sanitize::sanitize;

/// `text` made safe inside an element or a quoted attribute of HTML, SVG or XML: first
/// sanitised (no control characters, escape sequences or bidi overrides, which XML 1.0
/// forbids anyway), then `& < > " '` as entities and newlines and tabs as character
/// references, so an attribute keeps them instead of folding them into spaces.
pub fn escape_markup(text: &str) -> String {
    let clean = sanitize(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_controls_are_escaped() {
        assert_eq!(
            escape_markup("<script>alert('x')</script> & \"q\"\u{1b}[31m\u{202e}"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn line_breaks_survive_an_attribute() {
        assert_eq!(escape_markup("a\nb\tc\rd"), "a&#10;b&#9;cd");
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(escape_markup("Zürich — café 東京"), "Zürich — café 東京");
    }
}
