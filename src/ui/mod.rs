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
