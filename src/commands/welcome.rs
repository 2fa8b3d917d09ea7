//! `drempel welcome --name NAME [--role R] [--organisation O] [--language CODE]`: the
//! wizard's welcome step without questions, for scripts and training rooms. What is
//! not given stays as it was.

use std::process::ExitCode;

use super::Context;
use crate::error::Result;
use crate::journal::EventBody;
use crate::lang::Language;
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your name, as drempel greets you
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Your role or job
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// Your organisation
    #[arg(long, value_name = "O")]
    pub organisation: Option<String>,
    /// The language drempel speaks with you from now on
    #[arg(long, value_name = "CODE")]
    pub language: Option<Language>,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let mut journal = ctx.journal()?;
    let state = crate::journal::LearnerState::from_events(&journal.read()?.events);
    let mut welcome = state.welcome.unwrap_or_default();
    welcome.name = args.name.clone();
    if let Some(role) = &args.role {
        welcome.role = Some(role.clone());
    }
    if let Some(organisation) = &args.organisation {
        welcome.organisation = Some(organisation.clone());
    }
    if let Some(language) = args.language {
        welcome.language = Some(language.code().to_owned());
    }
    let event = crate::welcome::record(welcome)?;
    let (before, _) = super::assess_journal(&journal, &ctx.lessons()?)?;
    journal.append(event)?;
    // The command answers the whole welcome step, so the wizard goes on after it rather
    // than asking the same questions again.
    journal.append(EventBody::StepCompleted {
        step: crate::step::Step::Welcome,
    })?;
    // A language chosen here speaks at once, unless --lang says otherwise.
    if let (Some(language), None) = (args.language, ctx.global.lang) {
        super::speak(language);
        ctx.language = language;
    }
    let name = crate::welcome::name(&args.name).unwrap_or_default();
    ctx.shell
        .println(t!("welcome-cmd-saved", name = sanitize_line(&name)))?;
    super::announce_new_rung(ctx, &journal, before.rung)?;
    Ok(ExitCode::SUCCESS)
}
