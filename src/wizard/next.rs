//! The last step for today: the ladder, what was achieved in this session, the one next
//! action, and how to carry on tomorrow.

use super::{StepEnd, Wizard};
use crate::error::Result;
use crate::t;
use crate::ui::{Voice, ladder_view};

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let assessment = wizard.assessment();
    let view = ladder_view::render_as(
        &wizard.palette,
        &assessment,
        wizard.state.name(),
        Voice::Wizard(&wizard.lessons),
    );
    wizard.say(view.trim_end())?;

    super::recap::show(wizard)?;
    let tomorrow = wizard.palette.dim.apply_to(t!("next-tomorrow")).to_string();
    wizard.say(&format!("\n{tomorrow}"))?;
    Ok(StepEnd::Done)
}
