//! Terminal output: the [`Shell`] every command writes through, progress bars, Markdown
//! and the views commands and the wizard share. The sanitiser and the styles live below,
//! in [`crate::text`]; they are re-exported here for the terminal side.

pub mod confirm;
pub mod highlight;
pub mod inbox_view;
pub mod ladder_view;
pub mod markdown;
pub mod plan_view;
pub mod progress;
pub mod scan_view;
mod shell;
pub mod terminal;
pub mod verdict_view;
pub mod wrap;

pub use crate::text::{Palette, json, sanitize, sanitize_line, width};
pub use shell::{Capture, ColorChoice, Shell};

use crate::lessons::LessonSet;

/// A table cell `width` columns wide, padded by what is seen (see [`width`]). In a
/// right-to-left run the padding lies between two invisible letters: an LRM ends the
/// cell's own stretch of Hebrew and an RLM starts the next cell's, so a bidi terminal
/// keeps the padding between the cells and the columns line up, whether it lays lines
/// out left to right (GNOME Terminal's default: keys on the left) or right to left (keys
/// on the right), instead of turning each row around on the length of its text; and a
/// next cell that starts with a number still reads from the right. (Isolates would do
/// the same, but VTE drops direction controls at the start of a line, where a first
/// cell begins.)
pub fn cell(text: &str, width: usize) -> String {
    use crate::text::bidi::{LRM, RLM};
    if crate::messages::language().is_rtl() {
        let mut cell = width::pad_end(&format!("{text}{LRM}"), width);
        cell.push(RLM);
        cell
    } else {
        width::pad_end(text, width)
    }
}

/// `text` broken into lines by `options`, each line ready for the run's direction. A
/// right-to-left sentence's isolates are taken out before breaking and put back line
/// by line, so that none is opened on one line and closed on the next (a terminal lays
/// out every line on its own).
pub fn wrap<'a>(text: &str, options: impl Into<textwrap::Options<'a>>) -> Vec<String> {
    let plain = crate::text::bidi::strip_isolates(text);
    textwrap::wrap(&plain, options)
        .into_iter()
        .map(|line| crate::messages::directed(&line).into_owned())
        .collect()
}

/// Who is speaking through a view that commands and the guided wizard share, which
/// decides how it points onward.
#[derive(Clone, Copy)]
pub enum Voice<'a> {
    /// A command: it names the commands to run next (`drempel lessons show comment`),
    /// for people at a prompt and for scripts.
    Command,
    /// The guided wizard: it names lessons by their titles and points to its own steps
    /// and choices, never to command-line syntax; the lessons are the wizard's own.
    Wizard(&'a LessonSet),
}

impl Voice<'_> {
    pub fn is_wizard(&self) -> bool {
        matches!(self, Voice::Wizard(_))
    }
}
