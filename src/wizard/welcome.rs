//! Step 1: who you are, and what drempel will do with you today.

use super::{StepEnd, TextQuestion, Wizard, given};
use crate::error::Result;
use crate::journal::EventBody;
use crate::t;

/// The languages keyword packs and comment checks come in.
const LANGUAGES: [(&str, &str); 4] = [
    ("en", "English"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("fr", "Français"),
];

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let today = wizard.palette.dim.apply_to(t!("welcome-today")).to_string();
    wizard.say(&today)?;
    let mut welcome = wizard.state.welcome.clone().unwrap_or_default();

    let not_empty = |text: &str| {
        if text.trim().is_empty() {
            Err(t!("welcome-name-needed"))
        } else {
            Ok(())
        }
    };
    let prompt = t!("welcome-name");
    let previous = welcome.name.clone();
    let question = TextQuestion::new(&prompt)
        .initial(Some(&previous))
        .check(&not_empty);
    welcome.name = given!(wizard.prompter.text(&question)).trim().to_owned();
    wizard.record(EventBody::Welcomed(welcome.clone()))?;

    let optional = t!("welcome-optional");
    welcome.role = given!(wizard.optional_text(&t!("welcome-role"), &optional, welcome.role.as_deref()));
    wizard.record(EventBody::Welcomed(welcome.clone()))?;
    welcome.organisation = given!(wizard.optional_text(
        &t!("welcome-organisation"),
        &optional,
        welcome.organisation.as_deref()
    ));
    wizard.record(EventBody::Welcomed(welcome.clone()))?;

    let options: Vec<String> = LANGUAGES.iter().map(|(_, name)| (*name).to_owned()).collect();
    let start = LANGUAGES
        .iter()
        .position(|(code, _)| welcome.language.as_deref() == Some(*code))
        .unwrap_or(0);
    let help = t!("welcome-language-help");
    let index = given!(
        wizard
            .prompter
            .select(&t!("welcome-language"), &options, start, Some(&help))
    );
    welcome.language = Some(LANGUAGES[index].0.to_owned());
    wizard.record(EventBody::Welcomed(welcome.clone()))?;

    let line = t!("welcome-hello", name = crate::ui::sanitize_line(&welcome.name));
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}
