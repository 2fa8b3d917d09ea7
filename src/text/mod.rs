//! The bottom layer of text helpers that every other module may use: the one sanitiser
//! for strings from outside, the one escape for markup (HTML, SVG, XML), JSON that is
//! safe to print, the styles text is coloured with, the isolates of right-to-left lines
//! and the one measure of columns. It imports nothing from the rest
//! of drempel.

pub mod bidi;
mod escape;
pub mod hebrew;
pub mod json;
mod sanitize;
mod style;
pub mod width;

pub use escape::escape_markup;
pub use sanitize::{is_unsafe, sanitize, sanitize_line};
pub use style::Palette;
