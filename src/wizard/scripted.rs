//! A [`Prompter`] that answers from a script, for tests. When the script runs out the
//! person "presses Esc", so a test can stop the wizard at any prompt.

use std::collections::VecDeque;

use super::prompter::{Answer, Prompter, Quit, TextQuestion};
use crate::error::Result;

/// One scripted answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// Type this text (an empty string accepts what is pre-filled).
    Text(String),
    /// Choose the first option whose text contains this.
    Choose(String),
    /// Tick exactly the options containing any of these (multi-select).
    Tick(Vec<String>),
    /// Confirm a multi-select as it was offered, pre-ticked options and all.
    Keep,
    /// Ctrl-C.
    Interrupt,
    /// Esc.
    Pause,
}

pub fn text(s: &str) -> Reply {
    Reply::Text(s.to_owned())
}

pub fn choose(s: &str) -> Reply {
    Reply::Choose(s.to_owned())
}

pub fn tick(items: &[&str]) -> Reply {
    Reply::Tick(items.iter().map(|s| (*s).to_owned()).collect())
}

pub struct ScriptedPrompter {
    replies: VecDeque<Reply>,
    /// Everything shown and asked, in order: what the person would have seen.
    pub transcript: Vec<String>,
    /// Answers that a check refused, with its message.
    pub refused: Vec<String>,
    shell: crate::ui::Shell,
    /// What was printed through the shell (scan summaries and the like).
    pub printed: crate::ui::Capture,
}

impl ScriptedPrompter {
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> ScriptedPrompter {
        let (shell, printed) = crate::ui::Shell::captured();
        ScriptedPrompter {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
            refused: Vec::new(),
            shell,
            printed,
        }
    }

    pub fn remaining(&self) -> usize {
        self.replies.len()
    }

    /// Whether the person saw `needle`, asked, said or printed.
    pub fn saw(&self, needle: &str) -> bool {
        self.transcript.iter().any(|t| t.contains(needle))
            || self.printed.stdout().contains(needle)
            || self.printed.stderr().contains(needle)
    }

    /// Records the question as the person would see it, then takes the next reply.
    fn next(&mut self, prompt: &str, options: &[String], help: Option<&str>) -> Reply {
        let mut line = format!("? {prompt}");
        if !options.is_empty() {
            line.push_str(&format!(" [{}]", options.join(" | ")));
        }
        if let Some(help) = help {
            line.push_str(&format!(" ({help})"));
        }
        self.transcript.push(line);
        self.replies.pop_front().unwrap_or(Reply::Pause)
    }
}

/// Whether `option` is the one a script means by `wanted`: it contains the words, or
/// (under pseudo-localisation) their look-alike letters, so one script serves both.
fn matches(option: &str, wanted: &str) -> bool {
    option.contains(wanted)
        || (crate::messages::pseudo_enabled() && option.contains(&crate::messages::pseudo(wanted)))
}

fn quit<T>(reply: &Reply) -> Option<Answer<T>> {
    match reply {
        Reply::Pause => Some(Answer::Quit(Quit::Paused)),
        Reply::Interrupt => Some(Answer::Quit(Quit::Interrupted)),
        _ => None,
    }
}

impl Prompter for ScriptedPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        self.transcript.push(text.to_owned());
        Ok(())
    }

    fn text(&mut self, question: &TextQuestion<'_>) -> Result<Answer<String>> {
        loop {
            let reply = self.next(question.prompt, &[], question.help);
            if let Some(quit) = quit(&reply) {
                return Ok(quit);
            }
            let Reply::Text(typed) = reply else {
                panic!("script gave {reply:?} for the text prompt {:?}", question.prompt);
            };
            let value = if typed.is_empty() {
                question.initial.or(question.suggested).unwrap_or("").to_owned()
            } else {
                typed
            };
            match question.check.map(|check| check(&value)) {
                Some(Err(message)) => self.refused.push(message),
                _ => return Ok(Answer::Given(value)),
            }
        }
    }

    fn select(
        &mut self,
        prompt: &str,
        options: &[String],
        _start: usize,
        help: Option<&str>,
    ) -> Result<Answer<usize>> {
        let reply = self.next(prompt, options, help);
        if let Some(quit) = quit(&reply) {
            return Ok(quit);
        }
        let Reply::Choose(wanted) = &reply else {
            panic!("script gave {reply:?} for the choice {prompt:?} among {options:?}");
        };
        let index = options
            .iter()
            .position(|o| matches(o, wanted))
            .unwrap_or_else(|| panic!("no option containing {wanted:?} in {prompt:?}: {options:?}"));
        Ok(Answer::Given(index))
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        options: &[String],
        selected: &[usize],
        help: Option<&str>,
    ) -> Result<Answer<Vec<usize>>> {
        let reply = self.next(prompt, options, help);
        if let Some(quit) = quit(&reply) {
            return Ok(quit);
        }
        if reply == Reply::Keep {
            return Ok(Answer::Given(selected.to_vec()));
        }
        let Reply::Tick(wanted) = &reply else {
            panic!("script gave {reply:?} for the multi-select {prompt:?}");
        };
        Ok(Answer::Given(
            options
                .iter()
                .enumerate()
                .filter(|(_, o)| wanted.iter().any(|w| matches(o, w)))
                .map(|(i, _)| i)
                .collect(),
        ))
    }

    fn editor(&mut self, prompt: &str, initial: &str) -> Result<Answer<String>> {
        let reply = self.next(prompt, &[], None);
        if let Some(quit) = quit(&reply) {
            return Ok(quit);
        }
        let Reply::Text(typed) = reply else {
            panic!("script gave {reply:?} for the editor {prompt:?}");
        };
        Ok(Answer::Given(if typed.is_empty() {
            initial.to_owned()
        } else {
            typed
        }))
    }

    fn shell(&mut self) -> &mut crate::ui::Shell {
        &mut self.shell
    }

    fn styled(&self) -> bool {
        false
    }
}
