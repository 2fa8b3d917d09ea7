//! The only way the wizard talks to the person: a [`Prompter`]. The terminal one uses
//! `inquire`; the scripted one answers from a list, so every step can be tested.

use crate::error::Result;

/// How a person left a prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quit {
    /// Esc: a deliberate break.
    Paused,
    /// Ctrl-C.
    Interrupted,
}

/// An answer, or the person leaving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer<T> {
    Given(T),
    Quit(Quit),
}

/// A check on typed text: `Err(message)` refuses the answer and says why.
pub type TextCheck<'a> = &'a dyn Fn(&str) -> Result<(), String>;

pub struct TextQuestion<'a> {
    pub prompt: &'a str,
    pub help: Option<&'a str>,
    /// Pre-filled, editable: what the person answered before.
    pub initial: Option<&'a str>,
    /// Offered, not typed in: Enter on an empty line takes it, typing replaces it (a
    /// suggested date, which would otherwise have to be deleted first).
    pub suggested: Option<&'a str>,
    pub check: Option<TextCheck<'a>>,
}

impl<'a> TextQuestion<'a> {
    pub fn new(prompt: &'a str) -> TextQuestion<'a> {
        TextQuestion {
            prompt,
            help: None,
            initial: None,
            suggested: None,
            check: None,
        }
    }

    pub fn help(mut self, help: &'a str) -> Self {
        self.help = Some(help);
        self
    }

    pub fn initial(mut self, initial: Option<&'a str>) -> Self {
        self.initial = initial.filter(|i| !i.is_empty());
        self
    }

    pub fn suggested(mut self, suggested: &'a str) -> Self {
        self.suggested = Some(suggested).filter(|s| !s.is_empty());
        self
    }

    pub fn check(mut self, check: TextCheck<'a>) -> Self {
        self.check = Some(check);
        self
    }
}

pub trait Prompter {
    /// Shows a block of text (lesson text, a summary, a celebration).
    fn say(&mut self, text: &str) -> Result<()>;

    fn text(&mut self, question: &TextQuestion<'_>) -> Result<Answer<String>>;

    /// One of `options`; the cursor starts on `start`.
    fn select(
        &mut self,
        prompt: &str,
        options: &[String],
        start: usize,
        help: Option<&str>,
    ) -> Result<Answer<usize>>;

    /// Any of `options`; `selected` are ticked to begin with.
    fn multi_select(
        &mut self,
        prompt: &str,
        options: &[String],
        selected: &[usize],
        help: Option<&str>,
    ) -> Result<Answer<Vec<usize>>>;

    /// Longer text in the person's own editor (`$VISUAL`, `$EDITOR`), starting from
    /// `initial`.
    fn editor(&mut self, prompt: &str, initial: &str) -> Result<Answer<String>>;

    /// The terminal itself, for work that draws its own progress (a scan's bars) and
    /// prints its own summary.
    fn shell(&mut self) -> &mut crate::ui::Shell;

    /// Whether text styling (colour, bold) should be used in what is said.
    fn styled(&self) -> bool;
}
