use std::process::ExitCode;

use clap::Parser;
use drempel::{Cli, Error, ui::Shell};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut shell = Shell::stdio(cli.global.color);
    match drempel::run(cli, &mut shell) {
        Ok(code) => code,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            shell.error(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
