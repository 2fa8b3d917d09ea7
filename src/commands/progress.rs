//! `drempel progress [--json]`: the ladder, the steps, the evidence and the next action.

use std::process::ExitCode;

use serde_json::json;

use super::Context;
use crate::error::Result;
use crate::ladder::{self, ChecklistProgress};
use crate::plan::{self, Owner};
use crate::platform::Platform;
use crate::t;
use crate::ui::{ladder_view, plan_view};

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Machine-readable output (stable)
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let lessons = ctx.lessons()?;
    let state = ctx.state()?;
    let assessment = ladder::assess(&state, &lessons);
    let plans = plan::all(&state, super::plan::today());
    let checklists: Vec<ChecklistProgress> = Platform::ALL
        .into_iter()
        .map(|p| ChecklistProgress::of(&state, &lessons, p))
        .collect();
    if args.json {
        let document = json!({
            "version": 1,
            "learner": ctx.global.learner.as_str(),
            "name": state.name(),
            "rung": assessment.rung,
            "contributor": assessment.rung.is_contributor(),
            "steps_done": assessment.steps_done(),
            "steps_total": assessment.steps.len(),
            "steps": assessment.steps,
            "rungs": assessment.rungs,
            "next": assessment.next,
            "coach_plans": state.open_plans().collect::<Vec<_>>(),
            "plans": plans.iter().filter(|p| p.is_open()).collect::<Vec<_>>(),
            "not_applicable": checklists
                .iter()
                .flat_map(|c| c.not_applicable.iter().map(move |item| json!({
                    "platform": c.platform,
                    "item": item.item,
                    "label": item.label,
                    "reason": item.reason,
                })))
                .collect::<Vec<_>>(),
        });
        ctx.shell.json(&document)?;
    } else {
        let view = ladder_view::render(ctx.shell.palette(), &assessment, state.name());
        let p = ctx.shell.palette();
        let of = |owner: Owner| {
            plans
                .iter()
                .filter(|plan| plan.owner == owner)
                .collect::<Vec<_>>()
        };
        let own = plan_view::open_bullets(p, &t!("plan-list-yours"), &of(Owner::Learner));
        let coach = plan_view::open_bullets(p, &t!("progress-from-coach"), &of(Owner::Coach));
        let not_applicable = ladder_view::not_applicable(p, &checklists);
        let text = format!("{view}{not_applicable}{own}{coach}");
        ctx.shell.println(text.trim_end())?;
    }
    Ok(ExitCode::SUCCESS)
}
