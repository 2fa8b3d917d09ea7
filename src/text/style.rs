//! Colours and symbols, chosen in one place so every screen looks the same.

use console::Style;

/// The styles of one output stream: coloured on a terminal, plain otherwise.
#[derive(Clone, Debug)]
pub struct Palette {
    pub styled: bool,
    pub heading: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub dim: Style,
    pub accent: Style,
    pub command: Style,
}

impl Palette {
    pub fn new(styled: bool) -> Palette {
        let s = |style: Style| style.force_styling(styled);
        Palette {
            styled,
            heading: s(Style::new().bold()),
            good: s(Style::new().green()),
            warn: s(Style::new().yellow()),
            bad: s(Style::new().red().bold()),
            dim: s(Style::new().dim()),
            accent: s(Style::new().cyan().bold()),
            command: s(Style::new().cyan()),
        }
    }

    pub fn check(&self, met: bool) -> String {
        if met {
            self.good.apply_to("✓").to_string()
        } else {
            self.dim.apply_to("·").to_string()
        }
    }

    /// A fixed-width bar: `███░░░░░ 3/8`.
    pub fn bar(&self, done: usize, total: usize, width: usize) -> String {
        let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
        format!(
            "{}{} {done}/{total}",
            self.good.apply_to("█".repeat(filled)),
            self.dim.apply_to("░".repeat(width - filled))
        )
    }
}
