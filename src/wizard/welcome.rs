//! Step 1: who you are, and what drempel will do with you today.

use super::{StepEnd, TextQuestion, Wizard, given};
use crate::error::Result;
use crate::journal::{EventBody, Welcome};
use crate::lang::Language;
use crate::t;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let today = wizard.palette.dim.apply_to(t!("welcome-today")).to_string();
    wizard.say(&today)?;
    let mut welcome = wizard.state.welcome.clone().unwrap_or_default();

    // The same rule as `drempel welcome --name`.
    let not_empty = |text: &str| crate::welcome::name(text).map(|_| ());
    let prompt = t!("welcome-name");
    let previous = welcome.name.clone();
    let question = TextQuestion::new(&prompt)
        .initial(Some(&previous))
        .check(&not_empty);
    welcome.name = given!(wizard.prompter.text(&question));
    record(wizard, &mut welcome)?;

    let optional = t!("welcome-optional");
    welcome.role = given!(wizard.optional_text(&t!("welcome-role"), &optional, welcome.role.as_deref()));
    record(wizard, &mut welcome)?;
    welcome.organisation = given!(wizard.optional_text(
        &t!("welcome-organisation"),
        &optional,
        welcome.organisation.as_deref()
    ));
    record(wizard, &mut welcome)?;

    let options: Vec<String> = Language::ALL.iter().map(|l| l.native_name().to_owned()).collect();
    // Offered first: the language this session already speaks (the earlier choice, or the
    // system's).
    let start = wizard.language().index();
    let help = t!("welcome-language-help");
    let index = given!(
        wizard
            .prompter
            .select(&t!("welcome-language"), &options, start, Some(&help))
    );
    welcome.language = Some(Language::ALL[index].code().to_owned());
    record(wizard, &mut welcome)?;
    wizard.follow_language()?;

    let line = t!("welcome-hello", name = crate::ui::sanitize_line(&welcome.name));
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}

/// Records the welcome as it stands, the way `drempel welcome` does, and keeps what was
/// recorded.
fn record(wizard: &mut Wizard, welcome: &mut Welcome) -> Result<()> {
    let event = crate::welcome::record(welcome.clone())?;
    if let EventBody::Welcomed(kept) = &event {
        *welcome = kept.clone();
    }
    wizard.record(event)
}
