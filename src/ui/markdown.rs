//! Lesson Markdown on a terminal: rendered with termimad when styled, as written when
//! plain, wrapped to the terminal either way by the renderer.

/// Renders `markdown` for a terminal `width` columns wide.
pub fn render(markdown: &str, width: usize, styled: bool) -> String {
    if !styled {
        return markdown.to_owned();
    }
    let skin = termimad::MadSkin::default();
    skin.text(markdown, Some(width.clamp(40, 100))).to_string()
}
