//! Terminal output: the [`Shell`] every command writes through, styles, Markdown and
//! the sanitiser.

pub mod highlight;
pub mod json;
pub mod ladder_view;
pub mod markdown;
pub mod progress;
pub(crate) mod sanitize;
mod shell;
mod style;
pub mod verdict_view;

pub use sanitize::{sanitize, sanitize_line};
pub use shell::{Capture, ColorChoice, Shell};
pub use style::Palette;

use crate::lessons::LessonSet;

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
