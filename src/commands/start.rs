//! `drempel` / `drempel start [--step STEP]`: the guided journey.

use std::process::ExitCode;

use super::Context;
use crate::error::{Error, Result};
use crate::step::Step;
use crate::wizard::terminal::TerminalPrompter;
use crate::wizard::{Ending, Wizard};

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Jump to this step instead of resuming where you stopped
    #[arg(long, value_enum)]
    pub step: Option<Step>,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    // A wizard on a pipe would hang or draw escape codes into a file: refuse at once.
    if !ctx.shell.is_interactive() {
        return Err(Error::WizardNeedsTerminal);
    }
    let lessons = ctx.lessons()?;
    let journal = ctx.journal()?;
    let mut prompter = TerminalPrompter::new(ctx.global.color);
    let ending = Wizard::new(&mut prompter, journal, lessons)?
        .with_lang(ctx.global.lang.as_ref().map(|l| l.as_str().to_owned()))
        .offline(ctx.global.offline)
        .run(args.step)?;
    Ok(match ending {
        Ending::Finished | Ending::Paused => ExitCode::SUCCESS,
        Ending::Interrupted => ExitCode::from(Error::Interrupted.exit_code()),
    })
}
