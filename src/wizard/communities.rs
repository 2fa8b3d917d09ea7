//! Step 6: find and join the communities where the audience already talks; look around
//! first, then react, then start a discussion.

use super::{Answer, StepEnd, TextQuestion, Wizard, given, non_empty};
use crate::communities::{self, Joining, Suggestion};
use crate::error::Result;
use crate::lessons::Library;
use crate::platform::Platform;
use crate::t;
use crate::ui::sanitize_line;

/// How many suggestions fit on one screen.
const SHOWN: usize = 8;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let lang = wizard.lang();
    loop {
        let library = Library::open(wizard.lessons.origin.folder())?;
        let suggestions: Vec<Suggestion> = communities::suggest(&wizard.state, &library, &lang)?
            .into_iter()
            .take(SHOWN)
            .collect();
        if !suggestions.is_empty() {
            let heading = wizard
                .palette
                .heading
                .apply_to(t!("wizard-communities-places"))
                .to_string();
            let lines: Vec<String> = suggestions
                .iter()
                .map(|s| {
                    let url = s
                        .url
                        .as_deref()
                        .map(|u| format!("\n      {}", wizard.palette.command.apply_to(u)))
                        .unwrap_or_default();
                    format!("  • {}{url}", sanitize_line(&s.name))
                })
                .collect();
            wizard.say(&format!("{heading}\n{}", lines.join("\n")))?;
        }
        let mut options: Vec<String> = suggestions
            .iter()
            .map(|s| t!("wizard-communities-joined-this", name = sanitize_line(&s.name)))
            .collect();
        options.push(t!("wizard-communities-another"));
        options.push(t!("wizard-communities-not-yet"));
        let choice = given!(
            wizard
                .prompter
                .select(&t!("wizard-communities-question"), &options, 0, None)
        );
        let picked = match choice {
            i if i < suggestions.len() => Some(&suggestions[i]),
            i if i == suggestions.len() => None,
            _ => return Ok(StepEnd::Done),
        };
        let joining = match join(wizard, picked)? {
            Answer::Given(joining) => joining,
            Answer::Quit(quit) => return Ok(StepEnd::Quit(quit)),
        };
        let community = &joining.community;
        let (name, platform) = (sanitize_line(&community.name), community.platform.name());
        match joining.event() {
            Some(event) => {
                let line = t!("communities-joined", name = name, platform = platform);
                wizard.record(event)?;
                let line = wizard.palette.good.apply_to(line).to_string();
                wizard.say(&format!("{line}\n{}", t!("communities-first-look")))?;
            }
            None => wizard.say(&t!("communities-already", name = name, platform = platform))?,
        }
        let more = [t!("wizard-communities-enough"), t!("wizard-communities-more")];
        if given!(
            wizard
                .prompter
                .select(&t!("wizard-communities-more-question"), &more, 0, None)
        ) == 0
        {
            return Ok(StepEnd::Done);
        }
    }
}

/// Name, platform and address of the community joined, pre-filled from a suggestion,
/// checked and compared with those joined before the way `drempel groups add` does.
fn join(wizard: &mut Wizard, picked: Option<&Suggestion>) -> Result<Answer<Joining>> {
    let prompt = t!("wizard-communities-name");
    let needed = |text: &str| {
        if text.trim().is_empty() {
            Err(t!("communities-name-needed"))
        } else {
            Ok(())
        }
    };
    // A hashtag is what one follows; a search suggestion only says where to look, so the
    // learner types the name of the group they actually joined.
    let initial = picked
        .map(|s| s.name.as_str())
        .filter(|name| name.starts_with('#'));
    let question = TextQuestion::new(&prompt).initial(initial).check(&needed);
    let name = match wizard.prompter.text(&question)? {
        Answer::Given(name) => name.trim().to_owned(),
        Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
    };
    let platform = match picked.and_then(|s| s.platform) {
        Some(platform) => platform,
        None => {
            let platforms: Vec<Platform> = communities::platforms().collect();
            let options: Vec<String> = platforms.iter().map(|p| p.name().to_owned()).collect();
            match wizard
                .prompter
                .select(&t!("wizard-communities-platform"), &options, 0, None)?
            {
                Answer::Given(i) => platforms[i],
                Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
            }
        }
    };
    let prompt = t!("wizard-communities-url");
    let help = t!("welcome-optional");
    let web_address = |text: &str| match text.trim() {
        "" => Ok(()),
        text => communities::validate_url(text)
            .map(|_| ())
            .map_err(|e| e.to_string()),
    };
    let question = TextQuestion::new(&prompt).help(&help).check(&web_address);
    let url = match wizard.prompter.text(&question)? {
        Answer::Given(url) => non_empty(url),
        Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
    };
    let joining = communities::join(&wizard.state.communities, &name, platform, url.as_deref())?;
    Ok(Answer::Given(joining))
}
