//! `drempel man`: the manual page, in roff (`drempel man > drempel.1`).

use std::process::ExitCode;

use clap::CommandFactory;

use super::Context;
use crate::cli::Cli;
use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Context, _args: &Args) -> Result<ExitCode> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buffer)?;
    ctx.shell.out().write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}
