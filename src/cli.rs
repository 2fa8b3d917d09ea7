//! The command line: global options and one subcommand per file in `commands/`.

use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands;
use crate::home::{LangCode, LearnerName};
use crate::ui::ColorChoice;

/// drempel: a terminal coach from watching to taking part on professional social media.
///
/// Run it without a command to pick up where you left off.
#[derive(Debug, Parser)]
#[command(name = "drempel", version, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Debug, Args)]
pub struct GlobalArgs {
    /// Where drempel keeps its data [default: your platform's data folder]
    #[arg(long, global = true, env = "DREMPEL_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,

    /// Whose journey this is; each learner has a folder of their own
    #[arg(
        long,
        global = true,
        env = "DREMPEL_LEARNER",
        value_name = "NAME",
        default_value = "me"
    )]
    pub learner: LearnerName,

    /// Language of lessons and keyword suggestions
    #[arg(
        long,
        global = true,
        env = "DREMPEL_LANG",
        value_name = "CODE",
        default_value = "en"
    )]
    pub lang: LangCode,

    /// When to use colour
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Use the bundled practice material instead of the network
    #[arg(long, global = true)]
    pub offline: bool,

    /// Read lessons from this folder (DIR/<lang>/*.md) instead of the built-in ones
    #[arg(long, global = true, env = "DREMPEL_LESSONS", value_name = "DIR")]
    pub lessons: Option<PathBuf>,

    /// Whether --lang (or DREMPEL_LANG) was given rather than defaulted: `check` then
    /// uses that language's rules instead of guessing the draft's language.
    #[arg(skip)]
    pub lang_explicit: bool,
}

impl Cli {
    /// Parses the process's arguments like `Cli::parse`, and also notes whether the
    /// language was chosen.
    pub fn parse_args() -> Cli {
        let matches = Cli::command().get_matches();
        let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
        cli.global.lang_explicit = lang_given(&matches);
        cli
    }
}

/// Whether `--lang` came from the command line or the environment, at any level (a
/// global option may follow the subcommand).
fn lang_given(matches: &ArgMatches) -> bool {
    let here = matches!(
        matches.value_source("lang"),
        Some(ValueSource::CommandLine | ValueSource::EnvVariable)
    );
    here || matches.subcommand().is_some_and(|(_, sub)| lang_given(sub))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Your ladder, your steps and the one next thing to do
    Progress(commands::progress::Args),
    /// Read the lessons, or check a lesson folder
    Lessons(commands::lessons::Args),
    /// Your organisation's goals and your audience
    Strategy(commands::strategy::Args),
    /// Your profile checklist per platform
    Profile(commands::profile::Args),
    /// Your organisation's social media policy: employer, products, disclosure, confidential terms
    Policy(commands::policy::Args),
    /// Check a draft before you post it: length, tone, disclosure, confidential and personal data
    Check(commands::check::Args),
    /// Start the journey, or one step, afresh (the journal keeps everything)
    Reset(commands::reset::Args),
    /// What to paste when asking for help: versions, paths, journal health
    Doctor(commands::doctor::Args),
    /// Shell completions: drempel completions bash > …
    Completions(commands::completions::Args),
    /// The manual page, in roff
    Man(commands::man::Args),
}
