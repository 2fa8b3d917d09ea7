//! Lesson Markdown on a terminal, rendered by termimad: with styles when colour is on, as
//! plain text when it is off (`NO_COLOR`, `--color never`, a pipe) — headings, emphasis
//! and tables become text, never raw `##`, `**` or pipes — and broken between words. In a
//! right-to-left language every rendered line gets its left-to-right pieces (commands,
//! addresses, brand names) isolated, as catalog sentences do.

/// Renders `markdown` for a terminal `width` columns wide.
pub fn render(markdown: &str, width: usize, styled: bool) -> String {
    let skin = if styled {
        termimad::MadSkin::default()
    } else {
        termimad::MadSkin::no_style()
    };
    // One column short: termimad pads lines to the width it is given, and a full line
    // followed by a newline makes some terminals show an empty line.
    let text = skin.text(markdown, Some(width.clamp(40, 100) - 1)).to_string();
    let rendered = text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    if !crate::messages::language().is_rtl() {
        return rendered;
    }
    // Line by line: a terminal lays out each line on its own.
    let mut out = String::with_capacity(rendered.len() + rendered.len() / 8);
    for line in rendered.split_inclusive('\n') {
        out.push_str(&crate::messages::directed(line));
    }
    out
}
