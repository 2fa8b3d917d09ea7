//! Terminal output: the [`Shell`] every command writes through, progress bars, Markdown
//! and the views commands and the wizard share. The sanitiser and the styles live below,
//! in [`crate::text`]; they are re-exported here for the terminal side.

pub mod confirm;
pub mod highlight;
pub mod inbox_view;
pub mod ladder_view;
pub mod markdown;
pub mod progress;
pub mod scan_view;
mod shell;
pub mod terminal;
pub mod verdict_view;

pub use crate::text::{Palette, json, sanitize, sanitize_line, width};
pub use shell::{Capture, ColorChoice, Shell};

use crate::lessons::LessonSet;

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
