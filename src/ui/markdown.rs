//! Lesson Markdown on a terminal, rendered by termimad: with styles when colour is on, as
//! plain text when it is off (`NO_COLOR`, `--color never`, a pipe) — headings, emphasis
//! and tables become text, never raw `##`, `**` or pipes — and broken between words.

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
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}
