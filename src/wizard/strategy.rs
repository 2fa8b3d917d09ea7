//! Step 2: the organisation's goals, the audience, and the learner's own why.

use super::{StepEnd, Wizard, given};
use crate::error::Result;
use crate::journal::EventBody;
use crate::strategy::Goal;
use crate::t;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let mut strategy = wizard.state.strategy.clone().unwrap_or_default();

    let options: Vec<String> = Goal::ALL.iter().map(|g| g.label()).collect();
    let prompt = t!("strategy-goals-question");
    let help = t!("strategy-goals-help");
    loop {
        let selected: Vec<usize> = Goal::ALL
            .iter()
            .enumerate()
            .filter(|(_, g)| strategy.goals.contains(g))
            .map(|(i, _)| i)
            .collect();
        let chosen = given!(
            wizard
                .prompter
                .multi_select(&prompt, &options, &selected, Some(&help))
        );
        if chosen.is_empty() {
            let line = wizard
                .palette
                .warn
                .apply_to(t!("strategy-goals-none"))
                .to_string();
            wizard.say(&line)?;
            continue;
        }
        strategy.goals = chosen.into_iter().map(|i| Goal::ALL[i]).collect();
        break;
    }
    wizard.record(EventBody::StrategySet(strategy.clone()))?;

    strategy.audience = given!(wizard.optional_text(
        &t!("strategy-audience-question"),
        &t!("strategy-audience-help"),
        strategy.audience.as_deref()
    ));
    wizard.record(EventBody::StrategySet(strategy.clone()))?;
    strategy.why = given!(wizard.optional_text(
        &t!("strategy-why-question"),
        &t!("strategy-why-help"),
        strategy.why.as_deref()
    ));
    wizard.record(EventBody::StrategySet(strategy.clone()))?;

    if let StepEnd::Quit(quit) = super::policy::run(wizard)? {
        return Ok(StepEnd::Quit(quit));
    }
    let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
    let line = t!("strategy-summary", goals = goals.join(", "));
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}
