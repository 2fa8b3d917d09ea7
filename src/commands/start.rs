//! `drempel` / `drempel start [--step STEP]`: the guided journey.

use std::process::ExitCode;

use super::Context;
use crate::error::{Error, Result};
use crate::step::Step;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Jump to this step instead of resuming where you stopped
    #[arg(long, value_enum)]
    pub step: Option<Step>,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    super::on_terminal(ctx, Error::WizardNeedsTerminal, |wizard| wizard.run(args.step))
}
