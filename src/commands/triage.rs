//! `drempel triage`: read new matches one at a time and decide what each deserves.
//! `drempel triage ITEM --decision D [--note TEXT]`: the same for one item, asking nothing.

use std::process::ExitCode;

use super::Context;
use crate::error::{Error, Result};
use crate::feeds::inbox::Inbox;
use crate::journal::{Decision, EventBody};
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The inbox item (its id, or the first 4 or more characters of it)
    pub item: Option<String>,

    /// What the item deserves
    #[arg(long, value_enum, requires = "item")]
    pub decision: Option<Decision>,

    /// A one-line note for yourself
    #[arg(long, requires = "decision")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match (&args.item, args.decision) {
        (Some(item), Some(decision)) => decide(ctx, item, decision, args.note.as_deref()),
        (Some(_), None) => Err(Error::Usage(t!("triage-needs-decision"))),
        (None, _) => interactive(ctx),
    }
}

fn interactive(ctx: &mut Context) -> Result<ExitCode> {
    let refusal = Error::NeedsTerminal {
        command: "drempel triage",
        alternative: "drempel triage ITEM --decision later",
    };
    super::on_terminal(ctx, refusal, |wizard| wizard.reading())
}

fn decide(ctx: &mut Context, item: &str, decision: Decision, note: Option<&str>) -> Result<ExitCode> {
    let dir = ctx.learner_dir();
    // The lock first: a scan that is saving the inbox finishes before it is read.
    let mut journal = ctx.journal()?;
    let mut inbox = Inbox::load(&dir)?;
    let found = inbox.find(item)?.clone();
    let state = crate::journal::LearnerState::from_events(&journal.read()?.events);
    let previous = state.triage.get(&found.id).copied();
    let (before, _) = super::assess_journal(&journal, &ctx.lessons()?)?;
    journal.append(EventBody::ItemTriaged {
        item: found.id.clone(),
        decision,
        note: note.map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned),
    })?;
    inbox.mark_triaged(&found.id);
    inbox.save(&dir)?;
    let label = crate::wizard::decision_label(decision);
    ctx.shell.println(t!(
        "triage-decided",
        decision = label,
        title = sanitize_line(&found.title)
    ))?;
    if let Some(previous) = previous.filter(|p| *p != decision) {
        ctx.shell.status(t!(
            "triage-changed",
            previous = crate::wizard::decision_label(previous)
        ))?;
    }
    if decision == Decision::Respond {
        ctx.shell
            .status(t!("triage-respond-next", id = found.id.as_str()))?;
    }
    super::announce_new_rung(ctx, &journal, before.rung)?;
    Ok(ExitCode::SUCCESS)
}
