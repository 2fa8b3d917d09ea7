//! `drempel coach note TEXT | coach plan TEXT [--due DATE] | coach done N | coach undo N |
//! coach remove N | coach list`: the coach's entries, kept in the learner's journal.

use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use super::plan::{change, read_due, today};
use crate::coach::format_date;
use crate::error::{Error, Result};
use crate::journal::EventBody;
use crate::plan::{self, Change, Owner, Plan};
use crate::t;
use crate::ui::{plan_view, sanitize_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Write down an observation (private: it stays out of exports unless asked for)
    Note {
        /// The note; several words need no quotes
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
    },
    /// Agree on a next step, optionally by a date; shown in `drempel progress`
    Plan {
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
        /// When it should be done: YYYY-MM-DD, today, tomorrow or a weekday
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// Mark a plan as done, by its number in `drempel coach list`
    Done {
        #[arg(value_name = "NUMBER", value_parser = coach_number)]
        number: usize,
    },
    /// Open a plan again that was marked done by mistake
    Undo {
        #[arg(value_name = "NUMBER", value_parser = coach_number)]
        number: usize,
    },
    /// Take a plan off the list (the journal keeps it)
    Remove {
        #[arg(value_name = "NUMBER", value_parser = coach_number)]
        number: usize,
    },
    /// The notes and plans so far
    List,
}

/// A plan's number as `coach list` shows it: 1, 2, 3…
fn coach_number(text: &str) -> std::result::Result<usize, String> {
    plan::parse_number(text, Owner::Coach)
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Note { text } => {
            let text = entry_text(text)?;
            ctx.journal()?.append(EventBody::CoachNote { text })?;
            ctx.shell.println(t!("coach-note-saved"))?;
        }
        Action::Plan { text, due } => {
            let text = entry_text(text)?;
            let today = today();
            let due = read_due(due.as_deref(), today)?;
            if let Some(due) = due.filter(|d| *d < today) {
                ctx.shell.warn(t!("coach-due-in-past", date = due.to_string()))?;
            }
            ctx.journal()?.append(EventBody::CoachPlan { text, due })?;
            ctx.shell.println(t!("coach-plan-saved"))?;
        }
        Action::Done { number } => change(ctx, Owner::Coach, *number, Change::Done)?,
        Action::Undo { number } => change(ctx, Owner::Coach, *number, Change::Undo)?,
        Action::Remove { number } => change(ctx, Owner::Coach, *number, Change::Remove)?,
        Action::List => list(ctx)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The words of a note or plan as one line; empty text is refused.
fn entry_text(words: &[String]) -> Result<String> {
    let text = words.join(" ").trim().to_owned();
    if text.is_empty() {
        return Err(Error::Usage(t!("coach-empty")));
    }
    Ok(text)
}

fn list(ctx: &mut Context) -> Result<()> {
    let state = ctx.state()?;
    let p = ctx.shell.palette().clone();
    let plans = plan::all(&state, today());
    if plans.is_empty() && state.coach_notes.is_empty() {
        ctx.shell.println(t!("coach-list-empty"))?;
        return Ok(());
    }
    // The coach's plans, and beside them the learner's own, each by date.
    let coach: Vec<&Plan> = plans.iter().filter(|p| p.owner == Owner::Coach).collect();
    let own: Vec<&Plan> = plans.iter().filter(|p| p.owner == Owner::Learner).collect();
    let mut out = plan_view::section(&p, &t!("report-plans"), &coach);
    out.push_str(&plan_view::section(&p, &t!("coach-list-learner-plans"), &own));
    write!(ctx.shell.out(), "{out}")?;
    if !state.coach_notes.is_empty() {
        ctx.shell.println(p.heading.apply_to(t!("report-notes")))?;
        for note in &state.coach_notes {
            ctx.shell.println(format!(
                "  {}  {}",
                p.dim.apply_to(format_date(note.at)),
                sanitize_line(&note.text)
            ))?;
        }
    }
    if !coach.is_empty() {
        ctx.shell.println(p.dim.apply_to(t!("coach-list-hint")))?;
    }
    Ok(())
}
