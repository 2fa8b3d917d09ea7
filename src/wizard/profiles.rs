//! Step 3: choose platforms, then walk each checklist item by item: the lesson text for
//! the item, then done, later, not for me (profile items) or not applicable with a
//! reason (privacy items). Privacy items come with a story.

use super::{Answer, StepEnd, TextQuestion, Wizard, given};
use crate::check::count::{self, TextKind};
use crate::checklist::{self, ReasonError};
use crate::error::Result;
use crate::journal::{EventBody, ItemStatus, ProfileDraft, ProfileItem};
use crate::ladder::ChecklistProgress;
use crate::lessons::{ChecklistItem, ItemKind};
use crate::platform::Platform;
use crate::step::Step;
use crate::t;
use crate::ui::{markdown, sanitize, sanitize_line};

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    let platforms = given!(choose_platforms(wizard));
    let mut story_told = false;
    for platform in &platforms {
        if let Some(quit) = walk_checklist(wizard, *platform, &mut story_told)? {
            return Ok(StepEnd::Quit(quit));
        }
    }
    for platform in platforms {
        let progress = ChecklistProgress::of(&wizard.state, &wizard.lessons, platform);
        let line = if progress.complete() {
            wizard
                .palette
                .good
                .apply_to(t!("profile-complete", platform = platform.name()))
                .to_string()
        } else {
            t!(
                "profiles-platform-summary",
                platform = platform.name(),
                done = progress.done,
                total = progress.total
            )
        };
        wizard.say(&line)?;
    }
    Ok(StepEnd::Done)
}

fn choose_platforms(wizard: &mut Wizard) -> Result<Answer<Vec<Platform>>> {
    let options: Vec<String> = Platform::ALL.iter().map(|p| p.name().to_owned()).collect();
    let mut selected: Vec<usize> = Platform::ALL
        .iter()
        .enumerate()
        .filter(|(_, p)| wizard.state.platforms.contains(p))
        .map(|(i, _)| i)
        .collect();
    if selected.is_empty() {
        selected.push(0);
    }
    let prompt = t!("profiles-platforms-question");
    let help = t!("profiles-platforms-help");
    loop {
        let chosen = match wizard
            .prompter
            .multi_select(&prompt, &options, &selected, Some(&help))?
        {
            Answer::Given(chosen) => chosen,
            Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
        };
        if chosen.is_empty() {
            let line = wizard
                .palette
                .warn
                .apply_to(t!("profiles-platforms-none"))
                .to_string();
            wizard.say(&line)?;
            continue;
        }
        let platforms: Vec<Platform> = chosen.into_iter().map(|i| Platform::ALL[i]).collect();
        wizard.record(EventBody::PlatformsChosen {
            platforms: platforms.clone(),
        })?;
        return Ok(Answer::Given(platforms));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemChoice {
    Done,
    Later,
    NotForMe,
    NotApplicable,
    Previous,
    Stop,
}

/// Walks the open items of one platform. Returns how the person quit, if they did.
fn walk_checklist(
    wizard: &mut Wizard,
    platform: Platform,
    story_told: &mut bool,
) -> Result<Option<super::Quit>> {
    let items: Vec<ChecklistItem> = wizard.lessons.checklist(platform).cloned().collect();
    let progress = ChecklistProgress::of(&wizard.state, &wizard.lessons, platform);
    let heading = t!(
        "profiles-platform-heading",
        platform = platform.name(),
        done = progress.done,
        total = progress.total
    );
    let heading = wizard.palette.heading.apply_to(heading).to_string();
    wizard.say(&format!("\n{heading}"))?;
    if progress.complete() {
        wizard.say(&t!("profiles-platform-already-complete"))?;
        return Ok(None);
    }
    let mut index = 0;
    // Set by "back": that item is shown again even when it is settled.
    let mut revisit = None;
    while index < items.len() {
        let item = &items[index];
        let settled = matches!(
            wizard.state.item_status(platform, &item.id),
            Some(ItemStatus::Done | ItemStatus::NotApplicable)
        ) || (item.kind == ItemKind::Profile
            && wizard.state.item_status(platform, &item.id) == Some(ItemStatus::Declined));
        if settled && revisit != Some(index) {
            index += 1;
            continue;
        }
        if item.kind == ItemKind::Privacy && !*story_told {
            tell_privacy_story(wizard)?;
            *story_told = true;
        }
        let choice = match ask_item(wizard, platform, item, index, items.len())? {
            Answer::Given(choice) => choice,
            Answer::Quit(quit) => return Ok(Some(quit)),
        };
        let record = |body: fn(ProfileItem) -> EventBody| {
            body(ProfileItem {
                platform,
                item: item.id.clone(),
            })
        };
        revisit = None;
        match choice {
            ItemChoice::Done => wizard.record(record(EventBody::ProfileItemDone))?,
            ItemChoice::Later => wizard.record(record(EventBody::ProfileItemPostponed))?,
            ItemChoice::NotForMe => wizard.record(record(EventBody::ProfileItemDeclined))?,
            ItemChoice::NotApplicable => match ask_reason(wizard, platform, item)? {
                Answer::Given(Some(body)) => {
                    wizard.record(body)?;
                    let line = wizard
                        .palette
                        .good
                        .apply_to(t!("profiles-not-applicable-saved"))
                        .to_string();
                    wizard.say(&line)?;
                }
                // Nothing typed: back to this item's choices.
                Answer::Given(None) => {
                    revisit = Some(index);
                    continue;
                }
                Answer::Quit(quit) => return Ok(Some(quit)),
            },
            ItemChoice::Previous => {
                index = index.saturating_sub(1);
                revisit = Some(index);
                continue;
            }
            ItemChoice::Stop => return Ok(None),
        }
        index += 1;
    }
    Ok(None)
}

fn ask_item(
    wizard: &mut Wizard,
    platform: Platform,
    item: &ChecklistItem,
    index: usize,
    total: usize,
) -> Result<Answer<ItemChoice>> {
    wizard.say("")?;
    wizard.orientation(Step::Profiles)?;
    let kind = match item.kind {
        ItemKind::Privacy => t!("profiles-kind-privacy"),
        ItemKind::Profile => t!("profiles-kind-profile"),
    };
    let position = t!(
        "profiles-item-position",
        platform = platform.name(),
        number = index + 1,
        total = total,
        kind = kind
    );
    let label = wizard
        .palette
        .heading
        .apply_to(sanitize_line(&item.label))
        .to_string();
    let help = markdown::render(&sanitize(&item.help), super::TEXT_WIDTH, wizard.prompter.styled());
    let screen = format!(
        "{}\n{label}\n{}",
        wizard.palette.dim.apply_to(position),
        help.trim_end()
    );
    wizard.say(&screen)?;
    if let Some(kind) = item.draft
        && let Answer::Quit(quit) = draft(wizard, platform, item, kind)?
    {
        return Ok(Answer::Quit(quit));
    }

    let mut options = vec![
        (ItemChoice::Done, t!("profiles-choice-done")),
        (ItemChoice::Later, t!("profiles-choice-later")),
    ];
    // A profile item may be declined; a privacy item protects the learner, so it is
    // never "not for me", but it may genuinely not apply to them (with their reason).
    match item.kind {
        ItemKind::Profile => options.push((ItemChoice::NotForMe, t!("profiles-choice-not-for-me"))),
        ItemKind::Privacy => options.push((ItemChoice::NotApplicable, t!("profiles-choice-not-applicable"))),
    }
    if index > 0 {
        options.push((ItemChoice::Previous, t!("profiles-choice-previous")));
    }
    options.push((
        ItemChoice::Stop,
        t!("profiles-choice-stop", platform = platform.name()),
    ));
    let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
    let help = match item.kind {
        ItemKind::Privacy => Some(t!("profiles-privacy-help")),
        ItemKind::Profile => None,
    };
    Ok(
        match wizard
            .prompter
            .select(&t!("profiles-item-question"), &labels, 0, help.as_deref())?
        {
            Answer::Given(i) => Answer::Given(options[i].0),
            Answer::Quit(quit) => Answer::Quit(quit),
        },
    )
}

/// Asks in one short line why the item does not apply, and turns the answer into the
/// event to record by the same rule as `drempel profile … not-applicable`. `None` when
/// the line was left empty: the learner goes back to the item's choices.
fn ask_reason(
    wizard: &mut Wizard,
    platform: Platform,
    item: &ChecklistItem,
) -> Result<Answer<Option<EventBody>>> {
    let fits = |text: &str| match checklist::reason(text) {
        Ok(_) | Err(ReasonError::Empty) => Ok(()),
        Err(error) => Err(error.to_string()),
    };
    let prompt = t!("profiles-not-applicable-question");
    let help = t!("profiles-not-applicable-help");
    let question = TextQuestion::new(&prompt).help(&help).check(&fits);
    let text = match wizard.prompter.text(&question)? {
        Answer::Given(text) => text,
        Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
    };
    if matches!(checklist::reason(&text), Err(ReasonError::Empty)) {
        return Ok(Answer::Given(None));
    }
    let body = checklist::not_applicable(&wizard.lessons, platform, &item.id, &text)?;
    Ok(Answer::Given(Some(body)))
}

/// Lets the learner type the text here, counted the platform's way; an over-limit
/// draft is refused with its count. Enter on an empty line skips drafting.
fn draft(
    wizard: &mut Wizard,
    platform: Platform,
    item: &ChecklistItem,
    kind: TextKind,
) -> Result<Answer<()>> {
    let limit = count::limit(platform, kind);
    let fits = move |text: &str| {
        let counted = count::count(platform, kind, text);
        if counted.over() {
            Err(t!(
                "profiles-draft-too-long",
                used = counted.used,
                limit = counted.limit,
                over = counted.used - counted.limit
            ))
        } else {
            Ok(())
        }
    };
    let prompt = t!("profiles-draft-question", platform = platform.name());
    let help = t!("profiles-draft-help", limit = limit, platform = platform.name());
    let previous = wizard
        .state
        .drafts
        .get(&platform)
        .and_then(|d| d.get(&item.id))
        .cloned();
    let question = TextQuestion::new(&prompt)
        .help(&help)
        .initial(previous.as_deref())
        .check(&fits);
    let text = match wizard.prompter.text(&question)? {
        Answer::Given(text) => text.trim().to_owned(),
        Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
    };
    if text.is_empty() || previous.as_deref() == Some(text.as_str()) {
        return Ok(Answer::Given(()));
    }
    let counted = count::count(platform, kind, &text);
    wizard.record(EventBody::ProfileDraft(ProfileDraft {
        platform,
        item: item.id.clone(),
        text,
    }))?;
    let line = t!(
        "profiles-draft-saved",
        used = counted.used,
        limit = counted.limit,
        platform = platform.name()
    );
    let line = wizard.palette.good.apply_to(line).to_string();
    wizard.say(&line)?;
    Ok(Answer::Given(()))
}

fn tell_privacy_story(wizard: &mut Wizard) -> Result<()> {
    let Some(story) = wizard
        .lessons
        .for_step(Step::Profiles)
        .and_then(|l| l.story.clone())
    else {
        return Ok(());
    };
    let title = wizard
        .palette
        .heading
        .apply_to(t!("profiles-story-title"))
        .to_string();
    let story = markdown::render(
        &sanitize(story.trim()),
        super::TEXT_WIDTH,
        wizard.prompter.styled(),
    );
    wizard.say(&format!("\n{title}\n{}\n", story.trim_end()))
}
