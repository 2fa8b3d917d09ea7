//! `drempel coach note TEXT | coach plan TEXT [--due DATE] | coach done NUMBER | coach list`:
//! the coach's entries, kept in the learner's journal.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;

use super::Context;
use crate::coach::{format_date, local_date, parse_date};
use crate::error::{Error, Result};
use crate::journal::EventBody;
use crate::t;
use crate::ui::sanitize_line;

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
        /// When it should be done, as YYYY-MM-DD
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        due: Option<NaiveDate>,
    },
    /// Mark a plan as done, by its number in `drempel coach list`
    Done {
        #[arg(value_name = "NUMBER", value_parser = parse_plan_number)]
        number: usize,
    },
    /// The notes and plans so far
    List,
}

/// A plan's number as `coach list` shows it: 1, 2, 3…
fn parse_plan_number(text: &str) -> std::result::Result<usize, String> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| t!("coach-error-bad-number", text = crate::ui::sanitize_line(text)))
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
            if let Some(due) = due
                && *due < local_date(chrono::Utc::now())
            {
                ctx.shell.warn(t!("coach-due-in-past", date = due.to_string()))?;
            }
            ctx.journal()?.append(EventBody::CoachPlan { text, due: *due })?;
            ctx.shell.println(t!("coach-plan-saved"))?;
        }
        Action::Done { number } => {
            let mut journal = ctx.journal()?;
            let state = crate::journal::LearnerState::from_events(&journal.read()?.events);
            let Some(plan) = number.checked_sub(1).and_then(|i| state.coach_plans.get(i)) else {
                return Err(Error::Usage(t!(
                    "coach-no-such-plan",
                    number = *number,
                    count = state.coach_plans.len()
                )));
            };
            if plan.is_open() {
                journal.append(EventBody::CoachPlanDone {
                    plan: plan.id.clone(),
                })?;
                ctx.shell
                    .println(t!("coach-plan-closed", text = sanitize_line(&plan.text)))?;
            } else {
                ctx.shell
                    .println(t!("coach-plan-already-done", text = sanitize_line(&plan.text)))?;
            }
        }
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
    if state.coach_plans.is_empty() && state.coach_notes.is_empty() {
        ctx.shell.println(t!("coach-list-empty"))?;
        return Ok(());
    }
    if !state.coach_plans.is_empty() {
        ctx.shell.println(p.heading.apply_to(t!("report-plans")))?;
        for (index, plan) in state.coach_plans.iter().enumerate() {
            let mut line = format!(
                "  {:>2}. {} {}",
                index + 1,
                p.check(!plan.is_open()),
                sanitize_line(&plan.text)
            );
            if let Some(due) = plan.due {
                line.push_str(&format!(" ({})", t!("coach-due", date = due.to_string())));
            }
            let when = match plan.done_at {
                Some(done) => t!("coach-done-on", date = format_date(done)),
                None => t!("coach-set-on", date = format_date(plan.at)),
            };
            line.push_str(&format!("  {}", p.dim.apply_to(when)));
            ctx.shell.println(line)?;
        }
    }
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
    if state.open_plans().next().is_some() {
        ctx.shell.println(p.dim.apply_to(t!("coach-list-hint")))?;
    }
    Ok(())
}
