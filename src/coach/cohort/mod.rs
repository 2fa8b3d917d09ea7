//! The cohort view: what a training group achieved, from the exports its learners
//! handed in. Aggregates by default; individuals only when the trainer asks (`--names`),
//! because a per-person performance view needs consent in many workplaces.
//!
//! [`load`] reads the exports, [`summarise`] sums them up into a [`Cohort`], and the
//! cohort renders itself for the terminal, Markdown, HTML and JSON (`render`).

mod load;
mod render;
mod summary;
#[cfg(test)]
mod tests;

pub use load::*;
pub use summary::*;
