//! The guided journey: one step after another, every answer written to the journal the
//! moment it is given, resumed at the first unfinished step.

mod comment;
mod communities;
mod monitoring;
mod next;
mod policy;
mod practice;
mod practice_plan;
mod profiles;
pub mod prompter;
mod reading;
mod recap;
pub mod scripted;
mod strategy;
pub mod terminal;
mod welcome;

use crate::error::Result;
use crate::journal::{EventBody, Journal, LearnerState};
use crate::ladder::{self, Assessment, Climb};
use crate::lang::Language;
use crate::lessons::{Lesson, LessonSet, Library};
use crate::step::Step;
use crate::t;
use crate::ui::{Palette, ladder_view, markdown};
pub use prompter::{Answer, Prompter, Quit, TextQuestion};
pub use reading::decision_label;

/// How a wizard session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Reached the end of the journey for today.
    Finished,
    /// Esc: a break; everything is saved.
    Paused,
    /// Ctrl-C; everything answered is saved too.
    Interrupted,
}

impl From<StepEnd> for Ending {
    fn from(end: StepEnd) -> Ending {
        match end {
            StepEnd::Quit(Quit::Interrupted) => Ending::Interrupted,
            StepEnd::Quit(Quit::Paused) => Ending::Paused,
            StepEnd::Done | StepEnd::Skipped | StepEnd::Back => Ending::Finished,
        }
    }
}

/// How one step ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StepEnd {
    Done,
    Skipped,
    Back,
    Quit(Quit),
}

/// `given!(prompter call)`: the answer, or leave the step when the person quits.
macro_rules! given {
    ($answer:expr) => {
        match $answer? {
            $crate::wizard::Answer::Given(value) => value,
            $crate::wizard::Answer::Quit(quit) => return Ok($crate::wizard::StepEnd::Quit(quit)),
        }
    };
}
pub(crate) use given;

/// How wide the wizard lays out lesson text and verdicts: inside an 80-column terminal
/// with room to spare, so the terminal prompter's own wrapping never splits a line again.
pub(crate) const TEXT_WIDTH: usize = 76;

/// The steps the wizard walks through: all eight, in the method's order.
pub fn available_steps() -> Vec<Step> {
    Step::ALL.to_vec()
}

pub struct Wizard<'a> {
    prompter: &'a mut dyn Prompter,
    journal: Journal,
    lessons: LessonSet,
    state: LearnerState,
    palette: Palette,
    /// Read the bundled practice feeds instead of the network.
    offline: bool,
    /// `--lang`, when given: it wins over the language chosen in the welcome step.
    lang: Option<Language>,
    /// Where the lessons come from, to read them again when the learner picks another
    /// language in the welcome step.
    library: Option<Library>,
    language_switch: Option<LanguageSwitch>,
}

/// What the wizard does with the language picked in the welcome step beyond its own
/// thread: the binary makes it the run's language for every thread.
pub type LanguageSwitch = fn(Language);

impl<'a> Wizard<'a> {
    pub fn new(prompter: &'a mut dyn Prompter, journal: Journal, lessons: LessonSet) -> Result<Wizard<'a>> {
        let state = LearnerState::from_events(&journal.read()?.events);
        let palette = Palette::new(prompter.styled());
        Ok(Wizard {
            prompter,
            journal,
            lessons,
            state,
            palette,
            offline: false,
            lang: None,
            library: None,
            language_switch: None,
        })
    }

    /// Scans read the bundled practice feeds instead of the network (`--offline`).
    pub fn offline(mut self, offline: bool) -> Self {
        self.offline = offline;
        self
    }

    /// Works in `lang` whatever the welcome step said (`--lang`).
    pub fn with_lang(mut self, lang: Option<Language>) -> Self {
        self.lang = lang;
        self
    }

    /// Where the lessons came from, so a language chosen in the welcome step can bring
    /// its own lessons at once.
    pub fn with_library(mut self, library: Library) -> Self {
        self.library = Some(library);
        self
    }

    /// Also applies a language picked in the welcome step through `switch` (the binary
    /// passes [`crate::messages::set_language`]).
    pub fn on_language_switch(mut self, switch: LanguageSwitch) -> Self {
        self.language_switch = Some(switch);
        self
    }

    /// The language the learner works in, by the one rule of [`Language::for_run`].
    pub(crate) fn language(&self) -> Language {
        let chosen = self
            .state
            .welcome
            .as_ref()
            .and_then(|w| w.language.as_deref())
            .and_then(Language::from_code);
        Language::for_run(self.lang, chosen, |name| std::env::var(name).ok())
    }

    /// The code of [`Wizard::language`], for the packs, rules and feeds of that language.
    pub(crate) fn lang(&self) -> String {
        self.language().code().to_owned()
    }

    /// After the learner chose a language: everything from here on speaks it, lessons
    /// included.
    pub(crate) fn follow_language(&mut self) -> Result<()> {
        let language = self.language();
        crate::messages::set_thread_language(language);
        if let Some(switch) = self.language_switch {
            switch(language);
        }
        if self.lessons.lang != language.code() {
            // Without a library given, the lessons are the built-in ones.
            let library = self.library.get_or_insert_with(Library::embedded);
            let (lessons, warnings) = library.load_with_fallback(language);
            self.lessons = lessons;
            for warning in warnings {
                let line = self.palette.warn.apply_to(warning).to_string();
                self.say(&line)?;
            }
        }
        Ok(())
    }

    pub fn state(&self) -> &LearnerState {
        &self.state
    }

    /// Runs from `start`, or from where the learner stopped last time: once the first
    /// day's journey is behind them, that is a practice session.
    pub fn run(&mut self, start: Option<Step>) -> Result<Ending> {
        self.follow_language()?;
        if start.is_none() && crate::practice::first_day_done(&self.state, &self.assessment()) {
            return practice::run(self);
        }
        let steps = available_steps();
        let first = match start {
            Some(step) => step,
            None => {
                let resume = self.resume_point(&steps);
                self.greet(resume)?;
                resume
            }
        };
        let mut index = steps.iter().position(|s| *s >= first).unwrap_or(steps.len() - 1);
        loop {
            let step = steps[index];
            match self.run_step(step)? {
                StepEnd::Done => {
                    // Walked to its end: the next session starts after it.
                    self.record(EventBody::StepCompleted { step })?;
                    if index + 1 == steps.len() {
                        return Ok(Ending::Finished);
                    }
                    index += 1;
                }
                StepEnd::Skipped if index + 1 == steps.len() => return Ok(Ending::Finished),
                StepEnd::Skipped => index += 1,
                StepEnd::Back => index = index.saturating_sub(1),
                StepEnd::Quit(quit) => {
                    self.say(&self.palette.dim.apply_to(t!("wizard-saved-bye")).to_string())?;
                    return Ok(match quit {
                        Quit::Paused => Ending::Paused,
                        Quit::Interrupted => Ending::Interrupted,
                    });
                }
            }
        }
    }

    /// Just the comment flow, for `drempel comment [ITEM]`.
    pub fn comment(&mut self, item: Option<&str>) -> Result<Ending> {
        let target = match item {
            Some(item) => Some(reading::target(self, item)?),
            None => None,
        };
        self.orientation(Step::Comment)?;
        comment::run_for(self, target).map(Ending::from)
    }

    /// Just the reading flow, for `drempel triage`.
    pub fn reading(&mut self) -> Result<Ending> {
        reading::run(self).map(Ending::from)
    }

    /// Where the learner stopped: the first step not yet walked to its end nor skipped.
    /// Once every step was walked, the first whose evidence is still missing; else the
    /// end.
    pub fn resume_point(&self, steps: &[Step]) -> Step {
        let assessment = self.assessment();
        steps
            .iter()
            .find(|s| !self.state.completed.contains(s) && !self.state.skipped.contains(s))
            .or_else(|| steps.iter().find(|s| !assessment.step_done(**s)))
            .copied()
            .unwrap_or(Step::Next)
    }

    fn greet(&mut self, resume: Step) -> Result<()> {
        if self.state.first_event.is_none() {
            return Ok(());
        }
        let step = format!(
            "{} ({})",
            resume.name(),
            t!(
                "wizard-step-of",
                number = resume.number(),
                total = Step::ALL.len()
            )
        );
        let line = match self.state.name() {
            Some(name) => t!(
                "wizard-welcome-back-named",
                name = crate::ui::sanitize_line(name),
                step = step
            ),
            None => t!("wizard-welcome-back", step = step),
        };
        let line = self.palette.heading.apply_to(line).to_string();
        self.say(&line)
    }

    fn run_step(&mut self, step: Step) -> Result<StepEnd> {
        match self.open_step(step)? {
            Opening::Go => {}
            Opening::Skip => {
                self.record(EventBody::StepSkipped { step })?;
                return Ok(StepEnd::Skipped);
            }
            Opening::Back => return Ok(StepEnd::Back),
            Opening::Quit(quit) => return Ok(StepEnd::Quit(quit)),
        }
        match step {
            Step::Welcome => welcome::run(self),
            Step::Strategy => strategy::run(self),
            Step::Profiles => profiles::run(self),
            Step::Communities => communities::run(self),
            Step::Comment => comment::run(self),
            Step::Reading => reading::run(self),
            Step::Monitoring => monitoring::run(self),
            Step::Next => next::run(self),
        }
    }

    /// The top of every step: where you are, what this step is about, and the choice to
    /// go, skip, go back or take a break.
    fn open_step(&mut self, step: Step) -> Result<Opening> {
        self.say("")?;
        self.orientation(step)?;
        let lesson = self.lessons.for_step(step).cloned();
        if let Some(lesson) = &lesson {
            let title = self
                .palette
                .heading
                .apply_to(crate::ui::sanitize_line(&lesson.title))
                .to_string();
            let summary = crate::ui::sanitize_line(&lesson.summary);
            self.say(&format!("{title}\n{summary}"))?;
        }
        let first = available_steps().first() == Some(&step);
        loop {
            // `None` stands for "read the lesson first", which asks again afterwards.
            let mut options = vec![(Some(Opening::Go), t!("wizard-go"))];
            if lesson.is_some() {
                options.push((None, t!("wizard-read-lesson")));
            }
            if step != Step::Next {
                options.push((Some(Opening::Skip), t!("wizard-skip")));
            }
            if !first {
                options.push((Some(Opening::Back), t!("wizard-back")));
            }
            options.push((Some(Opening::Quit(Quit::Paused)), t!("wizard-break")));
            let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
            match self.prompter.select(&t!("wizard-ready"), &labels, 0, None)? {
                Answer::Given(index) => match (options[index].0, &lesson) {
                    (Some(opening), _) => return Ok(opening),
                    (None, Some(lesson)) => self.show_lesson(lesson)?,
                    (None, None) => return Ok(Opening::Go),
                },
                Answer::Quit(quit) => return Ok(Opening::Quit(quit)),
            }
        }
    }

    fn show_lesson(&mut self, lesson: &Lesson) -> Result<()> {
        let md = lesson.to_markdown(&self.lessons);
        let text = markdown::render(&crate::ui::sanitize(&md), TEXT_WIDTH, self.prompter.styled());
        self.say(text.trim_end())
    }

    pub(crate) fn orientation(&mut self, step: Step) -> Result<()> {
        let line = ladder_view::orientation(&self.palette, step, self.assessment().rung);
        self.say(&line)
    }

    /// Optional text, pre-filled with the previous answer; `None` when left empty.
    pub(crate) fn optional_text(
        &mut self,
        prompt: &str,
        help: &str,
        previous: Option<&str>,
    ) -> Result<Answer<Option<String>>> {
        let question = TextQuestion::new(prompt).help(help).initial(previous);
        Ok(match self.prompter.text(&question)? {
            Answer::Given(text) => Answer::Given(non_empty(text)),
            Answer::Quit(quit) => Answer::Quit(quit),
        })
    }

    /// The learner's folder, where the journal and the policy live.
    pub(crate) fn learner_dir(&self) -> std::path::PathBuf {
        self.journal
            .path()
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default()
    }

    pub(crate) fn say(&mut self, text: &str) -> Result<()> {
        self.prompter.say(text)
    }

    /// Writes one answer to the journal (fsynced), folds it into the state, and
    /// announces a rung it climbed.
    pub(crate) fn record(&mut self, body: EventBody) -> Result<()> {
        let climb = self.record_quietly(body)?;
        self.announce(climb)
    }

    /// [`Wizard::record`] without the announcement, for a step that says something of
    /// its own first; the climb is for [`Wizard::announce`].
    pub(crate) fn record_quietly(&mut self, body: EventBody) -> Result<Option<Climb>> {
        let before = self.assessment().rung;
        let event = self.journal.append(body)?;
        self.state.apply(&event);
        Ok(Climb::between(before, self.assessment().rung))
    }

    /// After work that wrote to the journal itself (a scan): the state read again, and
    /// a rung it climbed announced.
    pub(crate) fn reload(&mut self) -> Result<()> {
        let before = self.assessment().rung;
        self.state = LearnerState::from_events(&self.journal.read()?.events);
        self.announce(Climb::between(before, self.assessment().rung))
    }

    /// Tells the learner at once that they climbed a rung.
    pub(crate) fn announce(&mut self, climb: Option<Climb>) -> Result<()> {
        match climb {
            Some(climb) => {
                let line = self.palette.good.apply_to(climb.announcement()).to_string();
                self.say(&line)
            }
            None => Ok(()),
        }
    }

    /// The journal's events as they are now, for what was done today and this week.
    pub(crate) fn events(&self) -> Result<Vec<crate::journal::Event>> {
        Ok(self.journal.read()?.events)
    }

    pub(crate) fn assessment(&self) -> Assessment {
        ladder::assess(&self.state, &self.lessons)
    }
}

/// A typed answer, trimmed; `None` when nothing was typed.
pub(crate) fn non_empty(text: String) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opening {
    Go,
    Skip,
    Back,
    Quit(Quit),
}
