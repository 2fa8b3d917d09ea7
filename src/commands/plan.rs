//! `drempel plan add TEXT [--due DATE] [--every WEEKDAY] | list [--json] | done N |
//! undo N | remove N | calendar --out FILE.ics`: the learner's own plans, shown beside
//! the coach's.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;

use super::Context;
use crate::coach::local_date;
use crate::error::{Error, Result};
use crate::plan::{self, Change, Owner, Plan, Weekday, calendar, due};
use crate::step::Step;
use crate::t;
use crate::ui::{plan_view, sanitize_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Make a plan: by a date, as a weekly habit, or both
    Add {
        /// The plan; several words need no quotes
        #[arg(required = true, value_name = "TEXT")]
        text: Vec<String>,
        /// When it should be done: YYYY-MM-DD, today, tomorrow or a weekday
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// Make it a weekly habit on this day
        #[arg(long, value_name = "WEEKDAY")]
        every: Option<String>,
    },
    /// Your plans and your coach's, by date
    List {
        /// Print the plans as JSON on stdout
        #[arg(long)]
        json: bool,
    },
    /// Mark a plan done, by its number in `drempel plan list`
    Done {
        #[arg(value_name = "NUMBER", value_parser = learner_number)]
        number: usize,
    },
    /// Open a plan again that was marked done by mistake
    Undo {
        #[arg(value_name = "NUMBER", value_parser = learner_number)]
        number: usize,
    },
    /// Take a plan off the list (the journal keeps it)
    Remove {
        #[arg(value_name = "NUMBER", value_parser = learner_number)]
        number: usize,
    },
    /// Write the plans' dates and weekly habits as a calendar file (.ics)
    Calendar {
        /// The file to write, such as plans.ics
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the file if it exists already, without asking
        #[arg(long)]
        force: bool,
    },
}

fn learner_number(text: &str) -> std::result::Result<usize, String> {
    plan::parse_number(text, Owner::Learner)
}

/// Today, where the learner is.
pub(crate) fn today() -> NaiveDate {
    local_date(chrono::Utc::now())
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Add { text, due, every } => add(ctx, &text.join(" "), due.as_deref(), every.as_deref())?,
        Action::List { json } => list(ctx, *json)?,
        Action::Done { number } => change(ctx, Owner::Learner, *number, Change::Done)?,
        Action::Undo { number } => change(ctx, Owner::Learner, *number, Change::Undo)?,
        Action::Remove { number } => change(ctx, Owner::Learner, *number, Change::Remove)?,
        Action::Calendar { out, force } => write_calendar(ctx, out, *force)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads `--due` the way every plan takes a date; a bad one stops before anything is
/// written (exit 2).
pub(crate) fn read_due(text: Option<&str>, today: NaiveDate) -> Result<Option<NaiveDate>> {
    text.map(|text| due::parse(text, today).map_err(Error::Usage))
        .transpose()
}

fn add(ctx: &mut Context, text: &str, due: Option<&str>, every: Option<&str>) -> Result<()> {
    let today = today();
    let due = read_due(due, today)?;
    let every = every
        .map(|text| {
            Weekday::parse(text).ok_or_else(|| {
                Error::Usage(t!(
                    "plan-error-bad-weekday",
                    text = sanitize_line(text.trim()),
                    days = Weekday::names()
                ))
            })
        })
        .transpose()?;
    let event = plan::add(text, due, every)?;
    let lessons = ctx.lessons()?;
    let mut journal = ctx.journal()?;
    let (before, _) = super::assess_journal(&journal, &lessons)?;
    journal.append(event)?;
    if let Some(due) = due.filter(|d| *d < today) {
        ctx.shell.warn(t!("coach-due-in-past", date = due.to_string()))?;
    }
    ctx.shell.println(t!("plan-saved"))?;
    let (after, _) = super::assess_journal(&journal, &lessons)?;
    if after.step_done(Step::Next) && !before.step_done(Step::Next) {
        let line = t!("plan-step-done", step = Step::Next.name());
        let line = ctx.shell.palette().good.apply_to(line).to_string();
        ctx.shell.println(line)?;
    }
    if due.is_some() || every.is_some() {
        ctx.shell
            .println(ctx.shell.palette().dim.apply_to(t!("plan-calendar-hint")))?;
    }
    Ok(())
}

fn list(ctx: &mut Context, as_json: bool) -> Result<()> {
    let today = today();
    let state = ctx.state()?;
    let plans = plan::all(&state, today);
    if as_json {
        let document = json!({
            "version": 1,
            "today": today,
            "plans": plans,
        });
        ctx.shell.json(&document)?;
        return Ok(());
    }
    if plans.is_empty() {
        ctx.shell.println(t!("plan-list-empty"))?;
        return Ok(());
    }
    let p = ctx.shell.palette().clone();
    let mine: Vec<&Plan> = plans.iter().filter(|p| p.owner == Owner::Learner).collect();
    let coach: Vec<&Plan> = plans.iter().filter(|p| p.owner == Owner::Coach).collect();
    let mut out = plan_view::section(&p, &t!("plan-list-yours"), &mine);
    out.push_str(&plan_view::section(&p, &t!("progress-from-coach"), &coach));
    ctx.shell.println(out.trim_end())?;
    if !mine.is_empty() {
        ctx.shell.println(p.dim.apply_to(t!("plan-list-hint")))?;
    }
    if !coach.is_empty() {
        ctx.shell.println(p.dim.apply_to(t!("coach-list-hint")))?;
    }
    Ok(())
}

/// Done, undo or remove for the plan numbered `number` of `owner`: the one action
/// behind `plan done|undo|remove` and `coach done|undo|remove`.
pub(crate) fn change(ctx: &mut Context, owner: Owner, number: usize, change: Change) -> Result<()> {
    let mut journal = ctx.journal()?;
    let state = crate::journal::LearnerState::from_events(&journal.read()?.events);
    let found = plan::numbered(&state, owner, number, today())?;
    let text = sanitize_line(&found.text);
    let Some(event) = plan::change(&found, change) else {
        let line = match change {
            Change::Undo => t!("plan-not-done", text = text),
            _ => t!("coach-plan-already-done", text = text),
        };
        ctx.shell.println(line)?;
        return Ok(());
    };
    journal.append(event)?;
    ctx.shell.println(match change {
        Change::Done => t!("coach-plan-closed", text = text),
        Change::Undo => t!("plan-reopened", text = text),
        Change::Remove => t!("plan-removed", text = text),
    })?;
    Ok(())
}

fn write_calendar(ctx: &mut Context, out: &std::path::Path, force: bool) -> Result<()> {
    let state = ctx.state()?;
    let plans = plan::all(&state, today());
    let events = calendar::event_count(&plans);
    if events == 0 {
        return Err(Error::Usage(t!("plan-calendar-nothing")));
    }
    let ics = calendar::ics(&plans, chrono::Utc::now());
    if !super::out::write(ctx, out, ics.as_bytes(), force)? {
        return Ok(());
    }
    ctx.shell.println(t!(
        "plan-calendar-written",
        path = out.display().to_string(),
        count = events
    ))?;
    Ok(())
}
