//! Step 7, and `drempel comment`: the first comment. Pick what to respond to, choose an
//! approach, write the draft, check it, revise until no errors remain, post it yourself
//! and record where it stands.

use super::{Answer, StepEnd, TextQuestion, Wizard, given};
use crate::check::{self, Policy, Verdict};
use crate::communities::validate_url;
use crate::contribution::{CheckedDraft, Placed};
use crate::error::Result;
use crate::journal::{AcceptedFinding, CommentDraft, EventBody};
use crate::platform::Platform;
use crate::t;
use crate::ui::{Voice, sanitize_line, verdict_view};

/// What the comment responds to.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    /// An inbox item's id, when it responds to one.
    pub item: Option<String>,
    pub label: String,
    pub platform: Option<Platform>,
}

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    run_for(wizard, None)
}

/// The whole flow; `target` skips the question of what to respond to.
pub(crate) fn run_for(wizard: &mut Wizard, target: Option<Target>) -> Result<StepEnd> {
    let target = match target {
        Some(target) => target,
        None => given!(choose_target(wizard)),
    };
    let platform = match target.platform {
        Some(platform) => platform,
        None => given!(choose_platform(wizard)),
    };
    let approaches = [
        t!("comment-approach-experience"),
        t!("comment-approach-question"),
        t!("comment-approach-resource"),
        t!("comment-approach-thanks"),
    ];
    let approach = given!(wizard.prompter.select(
        &t!("comment-approach-question-prompt"),
        &approaches,
        0,
        None
    ));
    let tip = [
        t!("comment-approach-tip-experience"),
        t!("comment-approach-tip-question"),
        t!("comment-approach-tip-resource"),
        t!("comment-approach-tip-thanks"),
    ][approach]
        .clone();
    let tip = wizard.palette.dim.apply_to(tip).to_string();
    wizard.say(&tip)?;

    let mut text = wizard
        .state
        .comment_draft
        .as_ref()
        .filter(|d| d.item == target.item)
        .map(|d| d.text.clone())
        .unwrap_or_default();
    let mut accepted: Vec<AcceptedFinding> = Vec::new();
    let mut rewrite = true;
    loop {
        if rewrite {
            text = given!(write(wizard, &text));
            if text.trim().is_empty() {
                wizard.say(&t!("comment-empty"))?;
                continue;
            }
            wizard.record(EventBody::CommentDrafted(CommentDraft {
                platform,
                item: target.item.clone(),
                text: text.clone(),
            }))?;
        }
        let verdict = check(wizard, &text, platform, &accepted)?;
        let view = verdict_view::render(
            &wizard.palette,
            super::TEXT_WIDTH,
            &text,
            &verdict,
            None,
            Voice::Wizard(&wizard.lessons),
        );
        wizard.say(view.trim_end())?;
        let errors: Vec<_> = verdict.errors().cloned().collect();
        if errors.is_empty() {
            break;
        }
        let keep = t!("comment-keep-on-purpose");
        wizard.say(&t!("comment-fix-errors", keep = keep.as_str()))?;
        let options = [t!("comment-revise"), keep, t!("wizard-break")];
        match given!(
            wizard
                .prompter
                .select(&t!("comment-errors-question"), &options, 0, None)
        ) {
            0 => rewrite = true,
            1 => {
                let labels: Vec<String> = errors
                    .iter()
                    .map(|f| format!("[{}] {}", f.rule, sanitize_line(&f.message)))
                    .collect();
                let which = given!(
                    wizard
                        .prompter
                        .select(&t!("comment-keep-which"), &labels, 0, None)
                );
                let prompt = t!("comment-keep-reason");
                let needed = |r: &str| {
                    if r.trim().is_empty() {
                        Err(t!("comment-keep-reason-needed"))
                    } else {
                        Ok(())
                    }
                };
                let question = TextQuestion::new(&prompt).check(&needed);
                let reason = given!(wizard.prompter.text(&question)).trim().to_owned();
                accepted.push(AcceptedFinding {
                    rule: errors[which].rule.clone(),
                    reason,
                });
                rewrite = false;
            }
            _ => return Ok(StepEnd::Quit(super::Quit::Paused)),
        }
    }

    let ready = wizard
        .palette
        .good
        .apply_to(t!("comment-passed", platform = platform.name()))
        .to_string();
    wizard.say(&ready)?;
    let options = [t!("comment-posted"), t!("comment-post-later")];
    if given!(
        wizard
            .prompter
            .select(&t!("comment-posted-question"), &options, 0, None)
    ) == 1
    {
        wizard.say(&t!("comment-saved-for-later"))?;
        return Ok(StepEnd::Done);
    }
    let prompt = t!("comment-url");
    let web_address = |url: &str| validate_url(url).map(|_| ()).map_err(|e| e.to_string());
    let help = t!("comment-url-help");
    let question = TextQuestion::new(&prompt).help(&help).check(&web_address);
    let placed = Placed::new(&given!(wizard.prompter.text(&question)), platform)?;
    // The loop above ends only when the check finds no errors left.
    let draft = CheckedDraft { text, errors: 0 };
    let event = placed.comment(target.item, Some(draft), accepted)?;
    let climb = wizard.record_quietly(event)?;
    let line = wizard.palette.good.apply_to(t!("comment-recorded")).to_string();
    wizard.say(&line)?;
    wizard.announce(climb)?;
    Ok(StepEnd::Done)
}

/// The draft checked as the learner will post it: the rules of its language, the
/// stored policy, the findings kept on purpose.
fn check(wizard: &Wizard, text: &str, platform: Platform, accepted: &[AcceptedFinding]) -> Result<Verdict> {
    let policy = Policy::stored(&wizard.learner_dir())?.unwrap_or_default();
    let accepted: Vec<(String, String)> = accepted
        .iter()
        .map(|k| (k.rule.clone(), k.reason.clone()))
        .collect();
    let checked = check::check_draft(&check::DraftCheck {
        draft: text,
        platform,
        kind: check::TextKind::Comment,
        asked: None,
        fallback: &wizard.lang(),
        lessons_dir: wizard.lessons.origin.folder(),
        policy: &policy,
        accepted: &accepted,
    })?;
    Ok(checked.verdict)
}

fn choose_target(wizard: &mut Wizard) -> Result<Answer<Target>> {
    let mut targets: Vec<Target> = super::reading::respond_targets(wizard)?;
    targets.extend(wizard.state.communities.iter().map(|c| Target {
        item: None,
        label: t!(
            "comment-target-community",
            name = sanitize_line(&c.name),
            platform = c.platform.name()
        ),
        platform: Some(c.platform),
    }));
    targets.push(Target {
        item: None,
        label: t!("comment-target-elsewhere"),
        platform: None,
    });
    let labels: Vec<String> = targets.iter().map(|t| t.label.clone()).collect();
    Ok(
        match wizard
            .prompter
            .select(&t!("comment-target-question"), &labels, 0, None)?
        {
            Answer::Given(i) => Answer::Given(targets.swap_remove(i)),
            Answer::Quit(quit) => Answer::Quit(quit),
        },
    )
}

fn choose_platform(wizard: &mut Wizard) -> Result<Answer<Platform>> {
    let mut platforms = wizard.state.platforms.clone();
    platforms.extend(
        Platform::ALL
            .iter()
            .filter(|p| !wizard.state.platforms.contains(p)),
    );
    let labels: Vec<String> = platforms.iter().map(|p| p.name().to_owned()).collect();
    Ok(
        match wizard
            .prompter
            .select(&t!("comment-platform-question"), &labels, 0, None)?
        {
            Answer::Given(i) => Answer::Given(platforms[i]),
            Answer::Quit(quit) => Answer::Quit(quit),
        },
    )
}

/// The draft, typed in place or written in the learner's editor.
fn write(wizard: &mut Wizard, previous: &str) -> Result<Answer<String>> {
    let options = [t!("comment-write-here"), t!("comment-write-editor")];
    let how = match wizard
        .prompter
        .select(&t!("comment-write-question"), &options, 0, None)?
    {
        Answer::Given(how) => how,
        Answer::Quit(quit) => return Ok(Answer::Quit(quit)),
    };
    let prompt = t!("comment-draft-prompt");
    if how == 1 {
        return wizard.prompter.editor(&prompt, previous);
    }
    let question = TextQuestion::new(&prompt).initial(Some(previous));
    wizard.prompter.text(&question)
}
