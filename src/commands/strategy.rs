//! `drempel strategy show | set --goal GOAL… [--audience TEXT] [--why TEXT]`

use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::error::Result;
use crate::journal::EventBody;
use crate::strategy::{Goal, Strategy};
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Show the goals, audience and why you have set
    Show,
    /// Set the organisation's goals (repeat --goal or separate with commas)
    Set {
        #[arg(
            long = "goal",
            value_enum,
            value_delimiter = ',',
            required = true,
            value_name = "GOAL"
        )]
        goals: Vec<Goal>,
        /// Who you want to reach, in your own words
        #[arg(long, value_name = "TEXT")]
        audience: Option<String>,
        /// Why this matters to you
        #[arg(long, value_name = "TEXT")]
        why: Option<String>,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Show => {
            let state = ctx.state()?;
            match &state.strategy {
                Some(strategy) => show(ctx, strategy)?,
                None => ctx.shell.println(t!("strategy-none"))?,
            }
        }
        Action::Set { goals, audience, why } => super::announcing(ctx, false, |ctx| {
            let mut unique = goals.clone();
            unique.sort();
            unique.dedup();
            let clean = |text: &Option<String>| {
                text.as_deref()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
            };
            // Flags left out keep what the learner said before.
            let before = ctx.state()?.strategy.unwrap_or_default();
            let strategy = Strategy {
                goals: unique,
                audience: if audience.is_some() {
                    clean(audience)
                } else {
                    before.audience
                },
                why: if why.is_some() { clean(why) } else { before.why },
            };
            ctx.journal()?.append(EventBody::StrategySet(strategy.clone()))?;
            ctx.shell.status(t!("strategy-saved"))?;
            show(ctx, &strategy)
        })?,
    }
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &mut Context, strategy: &Strategy) -> Result<()> {
    let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
    let p = ctx.shell.palette().clone();
    let field = |label: String| p.heading.apply_to(label).to_string();
    ctx.shell
        .println(format!("{} {}", field(t!("strategy-goals")), goals.join(", ")))?;
    if let Some(audience) = &strategy.audience {
        ctx.shell.println(format!(
            "{} {}",
            field(t!("strategy-audience")),
            sanitize_line(audience)
        ))?;
    }
    if let Some(why) = &strategy.why {
        ctx.shell
            .println(format!("{} {}", field(t!("strategy-why")), sanitize_line(why)))?;
    }
    Ok(())
}
