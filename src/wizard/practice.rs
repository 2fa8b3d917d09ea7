//! After the first day, `drempel` opens a short practice session instead of a step:
//! welcome back with what came in and the plan, then look for new items, decide on them,
//! respond to one and update the plan. Each part can be skipped, the session left at
//! any question, and a break (Esc) resumes at the same part next time.

use chrono::Utc;

use super::{Answer, Ending, StepEnd, Wizard, comment, monitoring, reading};
use crate::error::Result;
use crate::feeds::inbox::Inbox;
use crate::journal::EventBody;
use crate::practice::{self, Part, Session};
use crate::t;
use crate::wizard::Quit;

/// How the learner answered a part's opening question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Opening {
    Go,
    Skip,
    /// "That is all for today": the session ends here, and the next one starts afresh.
    Leave,
}

/// How one part ended.
pub(super) enum PartEnd {
    Done,
    Skipped,
    Leave,
    Quit(Quit),
}

pub(super) fn run(wizard: &mut Wizard) -> Result<Ending> {
    let (mut session, resumed) = session(wizard);
    welcome(wizard, resumed)?;
    while let Some(part) = session.next_part() {
        let end = match part {
            Part::Scan => scan(wizard)?,
            Part::Decide => decide(wizard)?,
            Part::Respond => respond(wizard)?,
            Part::Plan => super::practice_plan::run(wizard)?,
        };
        if !matches!(end, PartEnd::Quit(_)) {
            start(wizard)?;
        }
        match end {
            PartEnd::Done => {
                wizard.record(EventBody::PracticePartDone { part })?;
                session.done.insert(part);
            }
            PartEnd::Skipped => {
                wizard.record(EventBody::PracticePartSkipped { part })?;
                session.skipped.insert(part);
            }
            PartEnd::Leave => break,
            PartEnd::Quit(quit) => {
                wizard.say(&wizard.palette.dim.apply_to(t!("wizard-saved-bye")).to_string())?;
                return Ok(match quit {
                    Quit::Paused => Ending::Paused,
                    Quit::Interrupted => Ending::Interrupted,
                });
            }
        }
    }
    wizard.record(EventBody::PracticeEnded {})?;
    finish(wizard)?;
    Ok(Ending::Finished)
}

/// The session being walked, and whether it was begun in an earlier run.
fn session(wizard: &Wizard) -> (Session, bool) {
    practice::current(&wizard.state, Utc::now())
}

/// Records that the session began, with the learner's first answer: opening drempel
/// and leaving at once writes nothing.
fn start(wizard: &mut Wizard) -> Result<()> {
    if session(wizard).1 {
        return Ok(());
    }
    wizard.record(EventBody::PracticeStarted {})
}

/// "Welcome back, Ada. Since Tuesday: 12 new items. Your plan: …, due Friday."
fn welcome(wizard: &mut Wizard, resumed: bool) -> Result<()> {
    let (session, _) = session(wizard);
    let inbox = Inbox::load(&wizard.learner_dir())?;
    let count = practice::new_since(&inbox, session.since);
    let mut sentences = vec![match wizard.state.name() {
        Some(name) => t!("practice-welcome-named", name = crate::ui::sanitize_line(name)),
        None => t!("practice-welcome"),
    }];
    sentences.push(super::practice_plan::since_line(session.since, count));
    sentences.push(super::practice_plan::plan_line(wizard));
    let mut text = wizard.palette.heading.apply_to(sentences.join(" ")).to_string();
    if let Some(part) = session.next_part().filter(|_| resumed) {
        text.push('\n');
        text.push_str(&t!("practice-resume", part = part.name()));
    } else {
        text.push('\n');
        text.push_str(&wizard.palette.dim.apply_to(t!("practice-intro")).to_string());
    }
    wizard.say(&text)
}

/// Where the learner is: "Practice · 2 of 4: decide what the new items deserve · you
/// are: Critic".
pub(super) fn orientation(wizard: &Wizard, part: Part) -> String {
    let number = Part::ALL.iter().position(|p| *p == part).unwrap_or(0) + 1;
    let line = t!(
        "practice-orientation",
        number = number,
        total = Part::ALL.len(),
        part = part.name(),
        rung = wizard.assessment().rung.name()
    );
    wizard.palette.dim.apply_to(line).to_string()
}

/// The top of a part: where the learner is, and the choice to do it, skip it, or stop
/// for today.
pub(super) fn open(wizard: &mut Wizard, part: Part, question: &str, go: String) -> Result<Answer<Opening>> {
    wizard.say("")?;
    let line = orientation(wizard, part);
    wizard.say(&line)?;
    let options = [
        (Opening::Go, go),
        (Opening::Skip, t!("practice-skip")),
        (Opening::Leave, t!("practice-leave")),
    ];
    let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
    // The terminal adds the keys ("Esc: a break…") to every question itself.
    Ok(match wizard.prompter.select(question, &labels, 0, None)? {
        Answer::Given(index) => {
            start(wizard)?;
            Answer::Given(options[index].0)
        }
        Answer::Quit(quit) => Answer::Quit(quit),
    })
}

/// What follows an opening: the part's own work for "go".
pub(super) fn opened(opening: Answer<Opening>, go: impl FnOnce() -> Result<StepEnd>) -> Result<PartEnd> {
    Ok(match opening {
        Answer::Quit(quit) => PartEnd::Quit(quit),
        Answer::Given(Opening::Skip) => PartEnd::Skipped,
        Answer::Given(Opening::Leave) => PartEnd::Leave,
        Answer::Given(Opening::Go) => match go()? {
            StepEnd::Quit(quit) => PartEnd::Quit(quit),
            StepEnd::Done | StepEnd::Skipped | StepEnd::Back => PartEnd::Done,
        },
    })
}

/// Look for what came in: the learner's feeds, or offline the practice feeds.
fn scan(wizard: &mut Wizard) -> Result<PartEnd> {
    let opening = open(
        wizard,
        Part::Scan,
        &t!("practice-scan-question"),
        t!("practice-scan-go"),
    )?;
    opened(opening, || {
        let scan = monitoring::scan(wizard)?;
        wizard.prompter.shell().flush()?;
        wizard.reload()?;
        let found = scan.report.new_items.len();
        wizard.say(&t!("practice-scan-found", count = found))?;
        Ok(StepEnd::Done)
    })
}

/// Decide what the items waiting in the inbox deserve, one at a time, the way the
/// reading step does.
fn decide(wizard: &mut Wizard) -> Result<PartEnd> {
    let (inbox, items) = reading::waiting(wizard)?;
    if items.is_empty() {
        wizard.say("")?;
        let line = orientation(wizard, Part::Decide);
        wizard.say(&line)?;
        wizard.say(&t!("practice-nothing-waiting"))?;
        return Ok(PartEnd::Done);
    }
    let question = t!("practice-decide-question", count = items.len());
    let opening = open(wizard, Part::Decide, &question, t!("practice-decide-go"))?;
    opened(opening, || {
        reading::decide(wizard, inbox, items, &|wizard| orientation(wizard, Part::Decide))
    })
}

/// Respond to one: the comment step's own flow, from choosing what to respond to until
/// it is recorded.
fn respond(wizard: &mut Wizard) -> Result<PartEnd> {
    let opening = open(
        wizard,
        Part::Respond,
        &t!("practice-respond-question"),
        t!("practice-respond-go"),
    )?;
    opened(opening, || comment::run_for(wizard, None))
}

/// The end of a session: what was done today and this week, the one next action, and
/// when to come back.
fn finish(wizard: &mut Wizard) -> Result<()> {
    super::recap::show(wizard)?;
    let next = wizard.assessment().next;
    let line = t!("practice-next", action = next.text);
    wizard.say(&format!("\n{line}"))?;
    let bye = wizard.palette.dim.apply_to(t!("practice-bye")).to_string();
    wizard.say(&bye)
}
