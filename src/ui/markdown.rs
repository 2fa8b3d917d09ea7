//! Lesson Markdown on a terminal: rendered with termimad when styled, as written when
//! plain, wrapped to the terminal either way by the renderer. In a right-to-left
//! language every rendered line gets its left-to-right pieces (commands, addresses,
//! brand names) isolated, as catalog sentences do.

/// Renders `markdown` for a terminal `width` columns wide.
pub fn render(markdown: &str, width: usize, styled: bool) -> String {
    let rendered = if styled {
        let skin = termimad::MadSkin::default();
        skin.text(markdown, Some(width.clamp(40, 100))).to_string()
    } else {
        markdown.to_owned()
    };
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
