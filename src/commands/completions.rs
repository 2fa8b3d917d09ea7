//! `drempel completions SHELL`

use std::process::ExitCode;

use clap::CommandFactory;

use super::Context;
use crate::cli::Cli;
use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let mut buffer = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "drempel", &mut buffer);
    ctx.shell.out().write_all(&buffer)?;
    Ok(ExitCode::SUCCESS)
}
