//! The plan in a practice session: named in the welcome ("Your plan: …, due Friday"),
//! and at the end marked done, given a new date, or followed by a new one — with the
//! same plan actions as `drempel plan done`, `plan remove` and `plan add`.

use chrono::{DateTime, NaiveDate, Utc};

use super::practice::{PartEnd, open, opened};
use super::{StepEnd, TextQuestion, Wizard, given, next};
use crate::days::Day;
use crate::error::Result;
use crate::plan::{self, Owner, Plan};
use crate::practice::Part;
use crate::t;
use crate::ui::sanitize_line;

fn today() -> NaiveDate {
    crate::coach::local_date(Utc::now())
}

/// "Since Tuesday: 12 new items."
pub(super) fn since_line(since: Option<DateTime<Utc>>, count: usize) -> String {
    let Some(since) = since else {
        return t!("practice-since-first", count = count);
    };
    let day = Day::of(crate::coach::local_date(since), today());
    t!(
        "practice-since",
        when = day.kind(),
        day = day.words(),
        count = count
    )
}

/// The plan the session is about: the open plan that comes first by date, a weekly
/// habit only when there is nothing else, since the session itself is the habit.
fn current(wizard: &Wizard) -> Option<Plan> {
    let open: Vec<Plan> = plan::all(&wizard.state, today())
        .into_iter()
        .filter(Plan::is_open)
        .collect();
    open.iter()
        .find(|p| p.due.is_some())
        .or_else(|| open.iter().find(|p| p.every.is_none()))
        .or_else(|| open.first())
        .cloned()
}

/// "Your plan: start a discussion in …, due Friday."; or that there is none yet.
pub(super) fn plan_line(wizard: &Wizard) -> String {
    match current(wizard) {
        Some(plan) => describe(&plan),
        None => t!("practice-plan-none"),
    }
}

/// A plan with its day in the learner's words.
fn describe(plan: &Plan) -> String {
    let text = sanitize_line(&plan.text);
    match (plan.due, plan.every) {
        (Some(due), _) => {
            let day = Day::of(due, today());
            if plan.overdue {
                t!(
                    "practice-plan-overdue",
                    plan = text,
                    when = day.kind(),
                    day = day.words()
                )
            } else {
                t!(
                    "practice-plan-due",
                    plan = text,
                    when = day.kind(),
                    day = day.words()
                )
            }
        }
        (None, Some(every)) => t!("practice-plan-every", plan = text, day = every.name()),
        (None, None) => t!("practice-plan", plan = text),
    }
}

/// What the learner can do with the plan.
#[derive(Clone, Copy)]
enum Update {
    Done,
    NewDate,
    New,
}

pub(super) fn run(wizard: &mut Wizard) -> Result<PartEnd> {
    let (question, go) = match current(wizard) {
        Some(plan) => (
            t!("practice-plan-question", plan = describe(&plan)),
            t!("practice-plan-go"),
        ),
        None => (t!("practice-plan-question-none"), t!("practice-plan-new")),
    };
    let opening = open(wizard, Part::Plan, &question, go)?;
    opened(opening, || update(wizard))
}

fn update(wizard: &mut Wizard) -> Result<StepEnd> {
    let current = current(wizard);
    let mut options: Vec<(Update, String)> = Vec::new();
    if current.is_some() {
        options.push((Update::Done, t!("practice-plan-done")));
    }
    // A coach's plan keeps the date agreed with the coach.
    if current.as_ref().is_some_and(|p| p.owner == Owner::Learner) {
        options.push((Update::NewDate, t!("practice-plan-new-date")));
    }
    options.push((Update::New, t!("practice-plan-new")));
    let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
    let chosen = if labels.len() == 1 {
        0
    } else {
        given!(wizard.prompter.select(&t!("practice-plan-how"), &labels, 0, None))
    };
    let today = today();
    match (options[chosen].0, current) {
        (Update::Done, Some(plan)) => {
            if let Some(event) = plan::change(&plan, plan::Change::Done) {
                wizard.record(event)?;
            }
            let line = t!("practice-plan-marked-done", plan = sanitize_line(&plan.text));
            let line = wizard.palette.good.apply_to(line).to_string();
            wizard.say(&line)?;
            // One done, the next one waits: offer to make it now.
            let options = [t!("practice-plan-new"), t!("practice-plan-later")];
            if given!(
                wizard
                    .prompter
                    .select(&t!("practice-plan-next-question"), &options, 0, None)
            ) == 0
            {
                return new_plan(wizard, today);
            }
            Ok(StepEnd::Done)
        }
        (Update::NewDate, Some(plan)) => {
            let due = given!(next::ask_due(wizard, today));
            // A new date is the same plan made again: the old one goes off the list.
            let added = plan::add(&plan.text, Some(due), plan.every)?;
            if let Some(removed) = plan::change(&plan, plan::Change::Remove) {
                wizard.record(removed)?;
            }
            wizard.record(added)?;
            saved(wizard)
        }
        _ => new_plan(wizard, today),
    }
}

/// A new plan of the learner's own: what, starting from a suggestion, and by when.
fn new_plan(wizard: &mut Wizard, today: NaiveDate) -> Result<StepEnd> {
    let suggestion = next::suggestions(wizard)?.into_iter().next().unwrap_or_default();
    let prompt = t!("next-plan-text");
    let help = t!("practice-plan-text-help");
    let one_line = |text: &str| plan::one_line(text).map(|_| ()).map_err(|e| e.to_string());
    let question = TextQuestion::new(&prompt)
        .help(&help)
        .initial(Some(&suggestion))
        .check(&one_line);
    let text = given!(wizard.prompter.text(&question));
    let due = given!(next::ask_due(wizard, today));
    wizard.record(plan::add(&text, Some(due), None)?)?;
    saved(wizard)
}

/// "Saved: …, due Friday." about the plan now first in line.
fn saved(wizard: &mut Wizard) -> Result<StepEnd> {
    let line = t!("practice-plan-saved", plan = plan_line(wizard));
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}
