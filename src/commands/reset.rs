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
        let question = t!("reset-question", what = what.as_str());
        match crate::ui::confirm::ask(&question, false, Some(&t!("reset-help")))? {
            Some(true) => {}
            Some(false) | None => {
                ctx.shell.status(t!("reset-kept"))?;
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    ctx.journal()?.append(EventBody::Reset { step: args.step })?;
    ctx.shell.println(t!("reset-done", what = what.as_str()))?;
    Ok(ExitCode::SUCCESS)
}
