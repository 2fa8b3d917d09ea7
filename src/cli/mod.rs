//! The command line: global options and one subcommand per file in `commands/`.

use std::path::PathBuf;

mod localize;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

pub use localize::{command, render_error};

use crate::commands;
use crate::home::LearnerName;
use crate::lang::Language;
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

    /// Language of lessons, keyword suggestions and checks [default: the one chosen in the
    /// welcome step, else en]
    #[arg(long, global = true, env = "DREMPEL_LANG", value_name = "CODE")]
    pub lang: Option<Language>,

    /// When to use colour
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Use the bundled practice material instead of the network
    #[arg(long, global = true)]
    pub offline: bool,

    /// Read lessons from this folder (DIR/<lang>/*.md) instead of the built-in ones
    #[arg(long, global = true, env = "DREMPEL_LESSONS", value_name = "DIR")]
    pub lessons: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The guided journey (the same as running drempel without a command)
    Start(commands::start::Args),
    /// Who you are: your name, role, organisation and language (the welcome, asking nothing)
    Welcome(commands::welcome::Args),
    /// Your ladder, your steps and the one next thing to do
    Progress(commands::progress::Args),
    /// Read the lessons, or check a lesson folder
    Lessons(commands::lessons::Args),
    /// Your organisation's goals and your audience
    Strategy(commands::strategy::Args),
    /// Your profile checklist per platform
    Profile(commands::profile::Args),
    /// Keywords to watch in your feeds: suggest, add, remove, list, test
    Keywords(commands::keywords::Args),
    /// The feeds you watch: add, remove, list, import, export, preview, discover
    Feeds(commands::feeds::Args),
    /// Fetch every feed, match your keywords, and fill your inbox
    Scan(commands::scan::Args),
    /// What your scans found, waiting for a decision
    Inbox(commands::inbox::Args),
    /// Your organisation's social media policy: employer, products, disclosure, confidential terms
    Policy(commands::policy::Args),
    /// Check a draft before you post it: length, tone, disclosure, confidential and personal data
    Check(commands::check::Args),
    /// Communities: suggestions, joining, looking in
    Groups(commands::groups::Args),
    /// Decide what new matches deserve: skip, later, blog, newsletter, respond, share
    Triage(commands::triage::Args),
    /// Your first comment: write it, check it, post it yourself, record where
    Comment(commands::comment::Args),
    /// Record a post, discussion or blog post of your own
    Post(commands::post::Args),
    /// Start the journey, or one step, afresh (the journal keeps everything)
    Reset(commands::reset::Args),
    /// What to paste when asking for help: versions, paths, journal health
    Doctor(commands::doctor::Args),
    /// Shell completions: drempel completions bash > …
    Completions(commands::completions::Args),
    /// The manual page, in roff
    Man(commands::man::Args),
    /// Your journey at a glance for a one-on-one: Markdown, one HTML page, or JSON
    Report(commands::report::Args),
    /// One file to hand to your coach or trainer (you see what goes in first)
    Export(commands::export::Args),
    /// Your own plans: by a date or as a weekly habit, and as a calendar file
    Plan(commands::plan::Args),
    /// The coach's notes and agreed plans, kept in your journal
    Coach(commands::coach::Args),
    /// A training group at a glance, from the exports its learners handed in
    Cohort(commands::cohort::Args),
}

impl Cli {
    /// Parses the command line in the language of the run, which is decided first from the
    /// same arguments (see [`commands::language_for`]); help, version and usage errors come
    /// back as `Err`, ready to print in that language.
    pub fn parse_localized(args: Vec<std::ffi::OsString>) -> Result<(Cli, Language), clap::Error> {
        let args = localize::rewrite_help_subcommand(args);
        // A first, forgiving pass only to learn --lang, --home and --learner; without the
        // help and version flags, which would end it before it learns anything.
        let quiet: Vec<&std::ffi::OsString> = args
            .iter()
            .filter(|a| !matches!(a.to_str(), Some("-h" | "--help" | "-V" | "--version")))
            .collect();
        let language = Cli::command()
            .ignore_errors(true)
            .try_get_matches_from(quiet)
            .ok()
            .and_then(|matches| GlobalArgs::from_arg_matches(&matches).ok())
            .map_or_else(
                // The line does not parse at all: its own --lang (or DREMPEL_LANG) still
                // decides the language of the message about it.
                || {
                    let flag = args
                        .iter()
                        .zip(args.iter().skip(1))
                        .find_map(|(name, value)| (name == "--lang").then_some(value.to_str()?))
                        .or_else(|| args.iter().find_map(|a| a.to_str()?.strip_prefix("--lang=")))
                        .and_then(Language::from_code)
                        .or_else(|| {
                            std::env::var("DREMPEL_LANG")
                                .ok()
                                .as_deref()
                                .and_then(Language::from_code)
                        });
                    Language::for_run(flag, None, |name| std::env::var(name).ok())
                },
                |global| commands::language_for(&global),
            );
        crate::messages::set_language(language);
        let matches = command().try_get_matches_from(args)?;
        let cli = Cli::from_arg_matches(&matches)?;
        Ok((cli, language))
    }
}
