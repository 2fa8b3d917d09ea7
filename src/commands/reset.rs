//! `drempel reset [--step STEP] [--yes]`: start afresh. Nothing is deleted: a reset is
//! an event in the journal, and the history before it stays.

use std::process::ExitCode;

use super::Context;
use crate::error::{Error, Result};
use crate::journal::EventBody;
use crate::step::Step;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this step; without it, the whole journey
    #[arg(long, value_enum)]
    pub step: Option<Step>,

    /// Do not ask first (needed without a terminal)
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let what = match args.step {
        Some(step) => t!("reset-what-step", step = step.name()),
        None => t!("reset-what-all"),
    };
    if !args.yes {
        if !ctx.shell.is_interactive() {
            return Err(Error::NeedsTerminal {
                command: "drempel reset",
                alternative: "drempel reset --yes",
            });
        }
        let answer = inquire::Confirm::new(&t!("reset-question", what = what.as_str()))
            .with_default(false)
            .with_help_message(&t!("reset-help"))
            .prompt();
        match answer {
            Ok(true) => {}
            Ok(false) | Err(inquire::InquireError::OperationCanceled) => {
                ctx.shell.status(t!("reset-kept"))?;
                return Ok(ExitCode::SUCCESS);
            }
            Err(inquire::InquireError::OperationInterrupted) => return Err(Error::Interrupted),
            Err(err) => return Err(Error::Usage(err.to_string())),
        }
    }
    ctx.journal()?.append(EventBody::Reset { step: args.step })?;
    ctx.shell.println(t!("reset-done", what = what.as_str()))?;
    Ok(ExitCode::SUCCESS)
}
