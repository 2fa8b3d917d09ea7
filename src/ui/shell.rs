//! The one way out to the terminal. Results go to stdout; prompts, progress, warnings
//! and errors to stderr. Tests build a captured shell and read what a user would see.

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};
use crate::t;
use crate::text::Palette;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

pub struct Shell {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    out_palette: Palette,
    err_palette: Palette,
    interactive: bool,
    /// Whether live progress bars may be drawn: stderr is a terminal that can redraw.
    progress: bool,
    width: usize,
    /// Break stdout's and stderr's lines between words at `width`: each is on when its
    /// stream is a terminal. Pipes and files get lines as they are, for scripts.
    wrap_out: bool,
    wrap_err: bool,
}

impl Shell {
    /// The real terminal: colour by `choice`, `NO_COLOR` and whether each stream is a
    /// terminal; interactive when both stdin and stdout are terminals.
    pub fn stdio(choice: ColorChoice) -> Shell {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let styled = |is_terminal: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && !no_color && !dumb,
        };
        let out_terminal = io::stdout().is_terminal();
        let err_terminal = io::stderr().is_terminal();
        let width = console::Term::stdout()
            .size_checked()
            .map_or(80, |(_, w)| w as usize);
        Shell {
            out: Box::new(io::stdout()),
            err: Box::new(io::stderr()),
            out_palette: Palette::new(styled(out_terminal)),
            err_palette: Palette::new(styled(err_terminal)),
            interactive: out_terminal && io::stdin().is_terminal(),
            progress: err_terminal && !dumb,
            width,
            wrap_out: out_terminal,
            wrap_err: err_terminal,
        }
    }

    /// A shell writing into memory, plain and not interactive, 80 columns wide.
    pub fn captured() -> (Shell, Capture) {
        let capture = Capture::default();
        let shell = Shell {
            out: Box::new(capture.out.clone()),
            err: Box::new(capture.err.clone()),
            out_palette: Palette::new(false),
            err_palette: Palette::new(false),
            interactive: false,
            progress: false,
            width: 80,
            wrap_out: false,
            wrap_err: false,
        };
        (shell, capture)
    }

    /// A captured shell that breaks lines as a terminal `width` columns wide does.
    pub fn captured_terminal(width: usize) -> (Shell, Capture) {
        let (mut shell, capture) = Shell::captured();
        shell.width = width;
        shell.wrap_out = true;
        shell.wrap_err = true;
        (shell, capture)
    }

    pub fn out(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    pub fn palette(&self) -> &Palette {
        &self.out_palette
    }

    pub fn err_palette(&self) -> &Palette {
        &self.err_palette
    }

    pub fn is_interactive(&self) -> bool {
        self.interactive
    }

    /// Whether progress bars are drawn (on a terminal's stderr; never on a pipe).
    pub fn shows_progress(&self) -> bool {
        self.progress
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// A line (or lines) of results on stdout, broken between words on a terminal.
    pub fn println(&mut self, line: impl Display) -> Result<()> {
        let line = line.to_string();
        let line = self.fit(&line, self.wrap_out);
        writeln!(self.out, "{line}").map_err(Error::from)
    }

    /// One line of results whose continuation lines, on a terminal, start `indent`
    /// columns in: under a title that follows a number and an id.
    pub fn println_hanging(&mut self, line: impl Display, indent: usize) -> Result<()> {
        let line = line.to_string();
        let line = if self.wrap_out {
            super::wrap::hang(&line, indent, self.width)
        } else {
            std::borrow::Cow::Borrowed(line.as_str())
        };
        writeln!(self.out, "{line}").map_err(Error::from)
    }

    /// Text for programs on stdout (JSON, iCalendar, a man page): never broken.
    pub fn print_raw(&mut self, text: impl Display) -> Result<()> {
        write!(self.out, "{text}").map_err(Error::from)
    }

    /// A document as pretty JSON on stdout, never broken.
    pub fn json(&mut self, value: &impl serde::Serialize) -> Result<()> {
        writeln!(self.out, "{}", crate::text::json::to_string_pretty(value)).map_err(Error::from)
    }

    /// A line for the person on stderr: prompts' context, progress, confirmations.
    pub fn status(&mut self, line: impl Display) -> Result<()> {
        let line = line.to_string();
        let line = self.fit(&line, self.wrap_err);
        writeln!(self.err, "{line}").map_err(Error::from)
    }

    fn fit<'a>(&self, text: &'a str, wrap: bool) -> std::borrow::Cow<'a, str> {
        if wrap {
            super::wrap::wrap(text, self.width)
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    pub fn warn(&mut self, message: impl Display) -> Result<()> {
        let label = self.err_palette.warn.apply_to(t!("label-warning"));
        // Warnings can quote outside text (a journal line, a feed): sanitised, which
        // takes the isolates of a right-to-left sentence too; they are put back.
        let message = crate::messages::directed(&super::sanitize(&message.to_string())).into_owned();
        let line = format!("{label} {message}");
        let line = self.fit(&line, self.wrap_err);
        writeln!(self.err, "{line}").map_err(Error::from)
    }

    /// Reports an error; output failures here are ignored since there is nowhere left to
    /// report them.
    pub fn error(&mut self, error: &Error) {
        let label = self.err_palette.bad.apply_to(t!("label-error"));
        // Errors can quote outside text (serde's message about a damaged line): sanitised,
        // and a right-to-left sentence gets its isolates back.
        let message = crate::messages::directed(&super::sanitize(&error.to_string())).into_owned();
        let line = format!("{label} {message}");
        let line = self.fit(&line, self.wrap_err).into_owned();
        let _ = writeln!(self.err, "{line}");
        let _ = self.err.flush();
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()?;
        self.err.flush().map_err(Error::from)
    }
}

/// What a captured shell printed.
#[derive(Clone, Default)]
pub struct Capture {
    out: SharedBuffer,
    err: SharedBuffer,
}

impl Capture {
    pub fn stdout(&self) -> String {
        self.out.text()
    }

    pub fn stderr(&self) -> String {
        self.err.text()
    }
}

#[derive(Clone, Default)]
struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

impl SharedBuffer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("buffer lock")).into_owned()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().expect("buffer lock").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_hebrew_line_of_outside_text_is_made_ready_for_a_bidi_terminal() {
        use crate::lang::Language;
        crate::messages::set_thread_language(Language::He);
        let (mut shell, capture) = Shell::captured_terminal(80);
        shell.println("  \"שוק העבודה\" OR \"job market\"").unwrap();
        let (mut piped, piped_capture) = Shell::captured();
        piped.println("  \"שוק העבודה\" OR \"job market\"").unwrap();
        crate::messages::set_thread_language(Language::En);
        assert!(
            capture.stdout().contains("\u{2066}OR \"job market\"\u{2069}"),
            "{:?}",
            capture.stdout()
        );
        assert_eq!(
            piped_capture.stdout(),
            "  \"שוק העבודה\" OR \"job market\"\n",
            "a pipe gets it as it is"
        );
    }

    #[test]
    fn a_closed_pipe_is_a_quiet_exit() {
        let (mut shell, _) = Shell::captured();
        shell.out = Box::new(ClosedPipe);
        let err = shell.println("anything").unwrap_err();
        assert!(matches!(err, Error::BrokenPipe));
        assert_eq!(err.exit_code(), 0);
    }
}
