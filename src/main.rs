use std::process::ExitCode;

use clap::error::ErrorKind;
use drempel::{Cli, Error, ui::Shell};

fn main() -> ExitCode {
    if std::env::var_os("DREMPEL_PSEUDO_LOCALE").is_some_and(|v| v == "1") {
        drempel::messages::enable_pseudo();
    }
    let (cli, language) = match Cli::parse_localized(std::env::args_os().collect()) {
        Ok(parsed) => parsed,
        Err(err) if matches!(err.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            // A closed pipe (`drempel --help | head`) is not worth a message.
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprint!("{}", drempel::cli::render_error(&err));
            return ExitCode::from(2);
        }
    };
    let mut shell = Shell::stdio(cli.global.color);
    let code = match drempel::run(cli, language, &mut shell) {
        Ok(code) => code,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            shell.error(&err);
            ExitCode::from(err.exit_code())
        }
    };
    drempel::ui::terminal::restore_direction();
    code
}
