//! The terminal [`Prompter`], built on `inquire` and `console`. Prompts and text go to
//! stderr, so stdout stays free for results.

use inquire::error::InquireError;
use inquire::list_option::ListOption;
use inquire::ui::{Color, ErrorMessageRenderConfig, RenderConfig, StyleSheet, Styled};
use inquire::validator::Validation;

use super::prompter::{Answer, Prompter, Quit, TextQuestion};
use crate::error::{Error, Result};
use crate::t;

pub struct TerminalPrompter {
    styled: bool,
    term: console::Term,
    shell: crate::ui::Shell,
}

impl TerminalPrompter {
    /// A prompter on the real terminal; `color` as the person chose it.
    pub fn new(color: crate::ui::ColorChoice) -> TerminalPrompter {
        let shell = crate::ui::Shell::stdio(color);
        let styled = shell.err_palette().styled;
        inquire::set_global_render_config(render_config(styled));
        TerminalPrompter {
            styled,
            term: console::Term::stderr(),
            shell,
        }
    }
}

/// Colours that match the rest of drempel; none at all when colour is off.
fn render_config(styled: bool) -> RenderConfig<'static> {
    if !styled {
        return RenderConfig::empty()
            .with_prompt_prefix(Styled::new("?"))
            .with_answered_prompt_prefix(Styled::new(">"))
            .with_highlighted_option_prefix(Styled::new(">"))
            .with_selected_checkbox(Styled::new("[x]"))
            .with_unselected_checkbox(Styled::new("[ ]"))
            .with_error_message(ErrorMessageRenderConfig::empty().with_prefix(Styled::new("!")))
            .with_canceled_prompt_indicator(Styled::new(""));
    }
    RenderConfig::default()
        .with_prompt_prefix(Styled::new("?").with_fg(Color::LightCyan))
        .with_answered_prompt_prefix(Styled::new("✓").with_fg(Color::LightGreen))
        .with_highlighted_option_prefix(Styled::new("›").with_fg(Color::LightCyan))
        .with_help_message(StyleSheet::new().with_fg(Color::DarkGrey))
        // inquire marks a refused answer with "#", which reads as a comment, not a problem.
        .with_error_message(
            ErrorMessageRenderConfig::default_colored()
                .with_prefix(Styled::new("!").with_fg(Color::LightRed)),
        )
        // Esc means "a break", which the wizard says in words; inquire's own "<canceled>"
        // would tell a nervous newcomer something went wrong.
        .with_canceled_prompt_indicator(Styled::new(""))
}

fn answer<T>(result: std::result::Result<T, InquireError>) -> Result<Answer<T>> {
    match result {
        Ok(value) => Ok(Answer::Given(value)),
        Err(InquireError::OperationCanceled) => Ok(Answer::Quit(Quit::Paused)),
        Err(InquireError::OperationInterrupted) => Ok(Answer::Quit(Quit::Interrupted)),
        Err(InquireError::IO(err)) => Err(Error::from(err)),
        Err(other) => Err(Error::Usage(t!(
            "wizard-prompt-failed",
            reason = other.to_string()
        ))),
    }
}

fn help_line(help: Option<&str>) -> String {
    let line = match help {
        Some(help) => format!("{help} · {}", t!("wizard-keys")),
        None => t!("wizard-keys"),
    };
    wrap_help(&line)
}

/// The width of the terminal the prompts go to (80 when it cannot tell).
fn stderr_columns() -> usize {
    console::Term::stderr()
        .size_checked()
        .map_or(80, |(_, cols)| usize::from(cols))
}

/// The options of a list as rows of the terminal: each cut to fit one row (inquire
/// redraws a list by counting rows, and an option the terminal breaks in two leaves
/// pieces of itself behind: long keyword queries did). In a right-to-left language
/// each is made ready for its direction and starts with an RLM, so that a terminal
/// laying each row out by its first letter (VTE, see `ui::terminal`) sets "LinkedIn" or
/// "English" at the right like the Hebrew rows around it. inquire draws its own pointer
/// before the label, so the mark is never the first thing on a row, which VTE would drop.
fn rows(options: &[String]) -> Vec<String> {
    let width = stderr_columns();
    // The pointer and a check box come first.
    let room = width.saturating_sub(7).max(10);
    let rtl = crate::messages::language().is_rtl();
    options
        .iter()
        .map(|option| {
            let row = crate::text::width::fit(option, room);
            if rtl {
                format!("{}{}", crate::text::bidi::RLM, crate::messages::directed(&row))
            } else {
                row
            }
        })
        .collect()
}

/// The look of a list: in a right-to-left language no Latin letter may open a row,
/// since a terminal laying rows out by their first letter would turn that row left to
/// right — so the ticked box is `[✓]`, not `[x]`, and the signs for more options above
/// and below are arrows, not `^` and `v`.
fn list_config(styled: bool) -> RenderConfig<'static> {
    let config = render_config(styled);
    if !crate::messages::language().is_rtl() {
        return config;
    }
    let tick = Styled::new("[✓]");
    config
        .with_selected_checkbox(if styled {
            tick.with_fg(Color::LightGreen)
        } else {
            tick
        })
        .with_scroll_up_prefix(Styled::new("↑"))
        .with_scroll_down_prefix(Styled::new("↓"))
}

/// An answer as inquire shows it after its question ("✓ question answer"), broken
/// between words at the terminal's edge; in a right-to-left language its left-to-right
/// pieces isolated, so that a Latin answer ("Check Point") in a Hebrew line is read after
/// the question, not before it.
fn echo(prompt: &str, answer: &str) -> String {
    let width = stderr_columns();
    // The sign, a space, the question, a space.
    let lead = 2 + crate::text::width::columns(prompt) + 1;
    crate::ui::wrap::continued(answer, lead, width)
}

/// Help lines broken between words: inquire prints them in brackets as they are, and a
/// terminal's own wrap splits a word (German and French lines run longer than English).
fn wrap_help(line: &str) -> String {
    let width = stderr_columns().clamp(20, 100);
    let options = textwrap::Options::new(width - 3).word_splitter(textwrap::WordSplitter::NoHyphenation);
    crate::ui::wrap::lines(line, options).join("\n")
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        // Wrap ourselves, one column short of the edge: a terminal's own soft wrap splits
        // words and starts the next line with a space.
        let width = self
            .term
            .size_checked()
            .map_or(80, |(_, w)| usize::from(w))
            .clamp(20, 100)
            - 1;
        let wrapped: Vec<String> = text
            .lines()
            .map(|line| crate::ui::wrap::lines(line, width).join("\n"))
            .collect();
        self.term.write_line(&wrapped.join("\n")).map_err(Error::from)
    }

    fn text(&mut self, question: &TextQuestion<'_>) -> Result<Answer<String>> {
        let help = help_line(question.help);
        let mut prompt = inquire::Text::new(question.prompt).with_help_message(&help);
        if let Some(initial) = question.initial {
            prompt = prompt.with_initial_value(initial);
        }
        if let Some(suggested) = question.suggested {
            prompt = prompt.with_default(suggested).with_placeholder(suggested);
        }
        let shown = |answer: &str| echo(question.prompt, answer);
        prompt = prompt.with_formatter(&shown);
        if let Some(check) = question.check {
            prompt = prompt.with_validator(move |text: &str| {
                Ok(match check(text) {
                    Ok(()) => Validation::Valid,
                    Err(message) => Validation::Invalid(message.into()),
                })
            });
        }
        answer(prompt.prompt())
    }

    fn select(
        &mut self,
        prompt: &str,
        options: &[String],
        start: usize,
        help: Option<&str>,
    ) -> Result<Answer<usize>> {
        let help = help_line(help);
        let shown = |choice: ListOption<&String>| echo(prompt, choice.value);
        let result = inquire::Select::new(prompt, rows(options))
            .with_render_config(list_config(self.styled))
            .with_starting_cursor(start.min(options.len().saturating_sub(1)))
            .with_help_message(&help)
            .with_formatter(&shown)
            .with_page_size(10)
            .raw_prompt()
            .map(|choice| choice.index);
        answer(result)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        options: &[String],
        selected: &[usize],
        help: Option<&str>,
    ) -> Result<Answer<Vec<usize>>> {
        let help = wrap_help(&match help {
            Some(help) => format!("{help} · {}", t!("wizard-keys-multi")),
            None => t!("wizard-keys-multi"),
        });
        let shown = |choices: &[ListOption<&String>]| {
            let chosen: Vec<&str> = choices.iter().map(|c| c.value.as_str()).collect();
            echo(prompt, &chosen.join(", "))
        };
        let result = inquire::MultiSelect::new(prompt, rows(options))
            .with_render_config(list_config(self.styled))
            .with_default(selected)
            .with_formatter(&shown)
            .with_help_message(&help)
            .with_page_size(10)
            .raw_prompt()
            .map(|choices| choices.into_iter().map(|c| c.index).collect());
        answer(result)
    }

    fn editor(&mut self, prompt: &str, initial: &str) -> Result<Answer<String>> {
        let help = help_line(Some(&t!("wizard-editor-help")));
        let result = inquire::Editor::new(prompt)
            .with_predefined_text(initial)
            .with_file_extension(".txt")
            .with_help_message(&help)
            .prompt();
        answer(result)
    }

    fn shell(&mut self) -> &mut crate::ui::Shell {
        &mut self.shell
    }

    fn styled(&self) -> bool {
        self.styled
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn options_are_right_to_left_rows_in_hebrew_only() {
        let options = vec!["LinkedIn".to_owned(), "פייסבוק".to_owned()];
        crate::messages::set_thread_language(Language::He);
        let hebrew = rows(&options);
        crate::messages::set_thread_language(Language::En);
        assert!(
            hebrew.iter().all(|row| row.starts_with(crate::text::bidi::RLM)),
            "{hebrew:?}"
        );
        let shown = crate::text::bidi::strip_isolates(&hebrew[0]).replace(crate::text::bidi::RLM, "");
        assert_eq!(shown, "LinkedIn");
        assert_eq!(rows(&options), options);
        let long = vec!["\"job fair\" OR ".repeat(20)];
        assert!(crate::text::width::columns(&rows(&long)[0]) <= 80, "cut to a row");
    }
}
