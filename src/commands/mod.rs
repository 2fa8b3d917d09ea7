//! One file per command, each with its arguments and one `run`.

pub mod check;
pub mod coach;
pub mod cohort;
pub mod comment;
pub mod completions;
pub mod doctor;
pub mod export;
pub mod feeds;
pub mod groups;
pub mod inbox;
pub mod keywords;
pub mod lessons;
pub mod man;
mod out;
pub mod plan;
pub mod policy;
pub mod post;
pub mod profile;
pub mod progress;
pub mod report;
pub mod reset;
pub mod scan;
pub mod start;
pub mod strategy;
pub mod triage;
pub mod welcome;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::error::{Error, Result};
use crate::home::Home;
use crate::journal::{self, Journal, LearnerState, Reading};
use crate::ladder::{self, Assessment, Climb, Rung};
use crate::lang::Language;
use crate::lessons::{LessonSet, Library};
use crate::ui::Shell;
use crate::wizard::terminal::TerminalPrompter;
use crate::wizard::{Ending, Wizard};

/// What every command gets: the shell to talk through, where the learner's data is, and
/// the language of the run.
pub struct Context<'a> {
    pub shell: &'a mut Shell,
    pub global: GlobalArgs,
    pub home: Home,
    pub language: Language,
}

impl Context<'_> {
    pub fn learner_dir(&self) -> PathBuf {
        self.home.learner_dir(&self.global.learner)
    }

    pub fn library(&self) -> Result<Library> {
        Library::open(self.global.lessons.as_deref())
    }

    /// The language of the run, as its code (see [`Language::for_run`]).
    pub fn lang(&self) -> Result<String> {
        Ok(self.language.code().to_owned())
    }

    /// The lessons in the run's language, lesson by lesson falling back to English; each
    /// fallback is a warning, never a stop.
    pub fn lessons(&mut self) -> Result<LessonSet> {
        let (lessons, warnings) = self.library()?.load_with_fallback(self.language);
        for warning in warnings {
            self.shell.warn(warning)?;
        }
        Ok(lessons)
    }

    /// The journal as it is, warnings shown to the person.
    pub fn reading(&mut self) -> Result<Reading> {
        let reading = journal::read(&self.learner_dir().join(journal::FILE_NAME))?;
        for warning in &reading.warnings {
            self.shell.warn(warning)?;
        }
        Ok(reading)
    }

    pub fn state(&mut self) -> Result<LearnerState> {
        Ok(LearnerState::from_events(&self.reading()?.events))
    }

    /// The journal opened for appending, holding the one-writer lock.
    pub fn journal(&mut self) -> Result<Journal> {
        let journal = Journal::open(&self.learner_dir())?;
        for warning in journal.read()?.warnings {
            self.shell.warn(warning)?;
        }
        Ok(journal)
    }
}

/// The ladder and the state as the journal being written holds them.
pub(crate) fn assess_journal(journal: &Journal, lessons: &LessonSet) -> Result<(Assessment, LearnerState)> {
    let state = LearnerState::from_events(&journal.read()?.events);
    Ok((ladder::assess(&state, lessons), state))
}

/// After recording evidence: tells the learner at once when they climbed a rung (the
/// one rule of [`Climb::between`]).
pub(crate) fn announce_new_rung(ctx: &mut Context, journal: &Journal, before: Rung) -> Result<()> {
    let (after, _) = assess_journal(journal, &ctx.lessons()?)?;
    announce(ctx, Climb::between(before, after.rung), false)
}

/// Runs `action`, which records evidence, then tells the learner when it made them
/// climb a rung; with `json`, on stderr, so that stdout stays one JSON document.
pub(crate) fn announcing<T>(
    ctx: &mut Context,
    json: bool,
    action: impl FnOnce(&mut Context) -> Result<T>,
) -> Result<T> {
    let before = rung_now(ctx);
    let done = action(ctx)?;
    if let (Some(before), Some(after)) = (before, rung_now(ctx)) {
        announce(ctx, Climb::between(before, after), json)?;
    }
    Ok(done)
}

/// The learner's rung as the journal holds it now, quietly: `None` when the journal
/// cannot be read, which the command itself reports.
fn rung_now(ctx: &Context) -> Option<Rung> {
    let path = ctx.learner_dir().join(journal::FILE_NAME);
    if !path.exists() {
        return Some(Rung::Inactive);
    }
    let reading = journal::read(&path).ok()?;
    let (lessons, _) = ctx.library().ok()?.load_with_fallback(ctx.language);
    Some(ladder::assess(&LearnerState::from_events(&reading.events), &lessons).rung)
}

fn announce(ctx: &mut Context, climb: Option<Climb>, json: bool) -> Result<()> {
    let Some(climb) = climb else {
        return Ok(());
    };
    if json {
        let line = ctx
            .shell
            .err_palette()
            .good
            .apply_to(climb.announcement())
            .to_string();
        ctx.shell.status(line)
    } else {
        let line = ctx
            .shell
            .palette()
            .good
            .apply_to(climb.announcement())
            .to_string();
        ctx.shell.println(line)
    }
}

/// Runs `flow` on the guided wizard on the real terminal. Without a terminal it refuses
/// at once with `refusal`: a prompt on a pipe would hang or draw escape codes into a file.
pub(crate) fn on_terminal(
    ctx: &mut Context,
    refusal: Error,
    flow: impl FnOnce(&mut Wizard<'_>) -> Result<Ending>,
) -> Result<ExitCode> {
    if !ctx.shell.is_interactive() {
        return Err(refusal);
    }
    let lessons = ctx.lessons()?;
    let journal = ctx.journal()?;
    let mut prompter = TerminalPrompter::new(ctx.global.color);
    let mut wizard = Wizard::new(&mut prompter, journal, lessons)?
        .with_lang(ctx.global.lang)
        .with_library(ctx.library()?)
        .on_language_switch(speak)
        .offline(ctx.global.offline);
    Ok(match flow(&mut wizard)? {
        Ending::Finished | Ending::Paused => ExitCode::SUCCESS,
        Ending::Interrupted => ExitCode::from(Error::Interrupted.exit_code()),
    })
}

/// Makes `language` the run's language: its messages, and on a terminal that can, the
/// layout of its lines (right to left for Hebrew). `main` restores the terminal's layout.
pub fn speak(language: Language) {
    crate::messages::set_language(language);
    crate::ui::terminal::follow_direction(language.direction());
}

/// The language of a run with these options: `--lang` (or `DREMPEL_LANG`), else the
/// learner's choice in the welcome step, else the system locale, else English. A journal
/// that cannot be read has no say here; the command itself reports it.
pub fn language_for(global: &GlobalArgs) -> Language {
    let chosen = || {
        let home = Home::resolve(global.home.clone()).ok()?;
        let path = home.learner_dir(&global.learner).join(journal::FILE_NAME);
        if !path.exists() {
            return None;
        }
        let reading = journal::peek(&path).ok()?;
        let code = LearnerState::from_events(&reading.events).welcome?.language?;
        Language::from_code(&code)
    };
    let explicit = global.lang;
    Language::for_run(explicit, explicit.is_none().then(chosen).flatten(), |name| {
        std::env::var(name).ok()
    })
}

/// Runs the parsed command line, in `language` (see [`language_for`]).
pub fn run(cli: Cli, language: Language, shell: &mut Shell) -> Result<ExitCode> {
    speak(language);
    let home = Home::resolve(cli.global.home.clone())?;
    let mut ctx = Context {
        shell,
        global: cli.global,
        home,
        language,
    };
    // What an interrupted write left in the learner's folder goes now; the folder of an
    // --out file is swept when the next file is written there (see fsutil).
    crate::fsutil::remove_stale_temps(&ctx.learner_dir());
    let code = match cli.command {
        None => start::run(&mut ctx, &start::Args::default()),
        Some(Command::Start(args)) => start::run(&mut ctx, &args),
        Some(Command::Progress(args)) => progress::run(&mut ctx, &args),
        Some(Command::Lessons(args)) => lessons::run(&mut ctx, &args),
        Some(Command::Strategy(args)) => strategy::run(&mut ctx, &args),
        Some(Command::Profile(args)) => profile::run(&mut ctx, &args),
        Some(Command::Keywords(args)) => keywords::run(&mut ctx, &args),
        Some(Command::Feeds(args)) => feeds::run(&mut ctx, &args),
        Some(Command::Scan(args)) => scan::run(&mut ctx, &args),
        Some(Command::Inbox(args)) => inbox::run(&mut ctx, &args),
        Some(Command::Policy(args)) => policy::run(&mut ctx, &args),
        Some(Command::Check(args)) => check::run(&mut ctx, &args),
        Some(Command::Reset(args)) => reset::run(&mut ctx, &args),
        Some(Command::Doctor(args)) => doctor::run(&mut ctx, &args),
        Some(Command::Groups(args)) => groups::run(&mut ctx, &args),
        Some(Command::Comment(args)) => comment::run(&mut ctx, &args),
        Some(Command::Triage(args)) => triage::run(&mut ctx, &args),
        Some(Command::Post(args)) => post::run(&mut ctx, &args),
        Some(Command::Completions(args)) => completions::run(&mut ctx, &args),
        Some(Command::Man(args)) => man::run(&mut ctx, &args),
        Some(Command::Report(args)) => report::run(&mut ctx, &args),
        Some(Command::Export(args)) => export::run(&mut ctx, &args),
        Some(Command::Coach(args)) => coach::run(&mut ctx, &args),
        Some(Command::Cohort(args)) => cohort::run(&mut ctx, &args),
        Some(Command::Welcome(args)) => welcome::run(&mut ctx, &args),
        Some(Command::Plan(args)) => plan::run(&mut ctx, &args),
    }?;
    ctx.shell.flush()?;
    Ok(code)
}
