//! `drempel doctor`: what a learner pastes when asking for help. It reports problems
//! instead of stopping at the first one.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::Context;
use crate::error::Result;
use crate::journal;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Context, _args: &Args) -> Result<ExitCode> {
    let mut lines: Vec<(String, String)> = Vec::new();
    lines.push(("drempel".into(), env!("CARGO_PKG_VERSION").into()));

    let root = ctx.home.root().to_owned();
    let home_state = match std::fs::metadata(&root) {
        Ok(meta) if meta.is_dir() => t!("doctor-exists"),
        Ok(_) => t!("doctor-not-a-folder"),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => t!("doctor-not-yet"),
        Err(err) => err.to_string(),
    };
    lines.push((t!("doctor-home"), format!("{} ({home_state})", root.display())));

    let dir = ctx.learner_dir();
    lines.push((
        t!("doctor-learner"),
        format!("{} → {}", ctx.global.learner, dir.display()),
    ));
    let journal_line = match journal::read(&dir.join(journal::FILE_NAME)) {
        Ok(reading) => {
            let mut line = t!(
                "doctor-journal-ok",
                events = reading.events.len(),
                ignored = reading.ignored,
                torn = reading.acknowledged_torn + reading.torn_lines().len()
            );
            if journal::is_locked(&dir) {
                line.push_str(&format!("; {}", t!("doctor-journal-locked")));
            }
            line
        }
        Err(err) => err.to_string(),
    };
    lines.push((t!("doctor-journal"), journal_line));

    let lessons_line = match ctx.lessons() {
        Ok(set) => t!(
            "doctor-lessons-ok",
            origin = set.origin.to_string(),
            lang = set.lang.as_str(),
            count = set.lessons().len()
        ),
        Err(err) => err.to_string(),
    };
    lines.push((t!("doctor-lessons"), lessons_line));

    let env = |name: &str| std::env::var(name).unwrap_or_else(|_| "-".into());
    lines.push((
        t!("doctor-terminal"),
        t!(
            "doctor-terminal-line",
            stdin = yes_no(std::io::stdin().is_terminal()),
            stdout = yes_no(std::io::stdout().is_terminal()),
            colour = yes_no(ctx.shell.palette().styled),
            width = ctx.shell.width(),
            term = env("TERM"),
            no_color = env("NO_COLOR"),
            lang = env("LANG")
        ),
    ));
    let (bidi, advice) = bidi_lines(|name| std::env::var(name).ok());
    lines.push((t!("doctor-bidi"), bidi));
    if let Some(advice) = advice {
        lines.push((String::new(), advice));
    }
    lines.push((
        t!("doctor-system"),
        format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
    ));

    let width = crate::ui::width::widest(lines.iter().map(|(k, _)| k.as_str()));
    for (key, value) in lines {
        // The two spaces between key and value belong to the key's cell.
        let key = crate::ui::cell(&key, width + 2);
        // Values quote the environment and paths: sanitised, which takes a right-to-left
        // sentence's isolates too; they are put back.
        let value = crate::messages::directed(&crate::ui::sanitize(&value)).into_owned();
        ctx.shell
            .println(format!("{}{value}", ctx.shell.palette().heading.apply_to(key)))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn yes_no(yes: bool) -> String {
    if yes { t!("doctor-yes") } else { t!("doctor-no") }
}

/// Whether the terminal shows right-to-left text in reading order, and, when the run's
/// language is right to left and the terminal is not known to, what to use instead.
fn bidi_lines(var: impl Fn(&str) -> Option<String>) -> (String, Option<String>) {
    use crate::ui::terminal::{Bidi, detect, wants_auto_direction};
    let terminal = detect(var);
    let direction = crate::messages::language().direction();
    let line = match &terminal {
        None => t!("doctor-bidi-unknown"),
        Some(found) => {
            let name = match &found.version {
                Some(version) => format!("{} {}", found.name, crate::ui::sanitize_line(version)),
                None => found.name.to_owned(),
            };
            match found.bidi {
                Bidi::Reorders if wants_auto_direction(Some(found), direction) => {
                    t!("doctor-bidi-aligned", terminal = name)
                }
                Bidi::Reorders => t!("doctor-bidi-reorders", terminal = name),
                Bidi::WhenEnabled(setting) => t!("doctor-bidi-setting", terminal = name, setting = setting),
                Bidi::Partly => t!("doctor-bidi-partly", terminal = name),
                Bidi::DoesNot => t!("doctor-bidi-no", terminal = name),
                Bidi::TooOld => t!("doctor-bidi-old", terminal = name),
            }
        }
    };
    let reorders = terminal.is_some_and(|t| t.bidi == Bidi::Reorders);
    let advice = (crate::messages::language().is_rtl() && !reorders).then(|| t!("doctor-bidi-advice"));
    (line, advice)
}
