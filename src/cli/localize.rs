//! The command line in the learner's language: help texts, headings and usage errors.
//!
//! clap builds its help from the derive definitions in English; here every `about` and
//! every argument's help is replaced by the catalog's text for the run's language, keyed
//! by its place in the command tree (`cli-feeds-add-about`, `cli-feeds-add-url`). A test
//! makes sure every command and argument has its key, so the doc comments in `cli/` and
//! `commands/` are for engineers and the catalog is what people read.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;
use crate::messages;
use crate::t;

/// The catalog key of a command's help, for `path` = `["feeds", "add"]`.
pub fn key(path: &[&str], what: &str) -> String {
    let mut key = String::from("cli");
    for part in path {
        key.push('-');
        key.push_str(part);
    }
    key.push('-');
    key.push_str(what);
    key
}

/// The catalog's text for `key` in the run's language, if the catalog has the key.
fn lookup(key: &str) -> Option<String> {
    let text = messages::text(key, &[]);
    (text != key).then_some(text)
}

/// The whole command line, its help in the run's language.
pub fn command() -> Command {
    let cmd = localize(Cli::command(), &[]);
    cmd.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(t!("cli-version-flag"))
            .help_heading(t!("cli-heading-options")),
    )
}

fn localize(mut cmd: Command, path: &[&str]) -> Command {
    if let Some(about) = lookup(&key(path, "about")) {
        cmd = cmd.about(about).long_about(None);
    }
    if let Some(long) = lookup(&key(path, "long-about")) {
        cmd = cmd.long_about(long);
    }
    let options = t!("cli-heading-options");
    let arguments = t!("cli-heading-arguments");
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let help = lookup(&key(path, &id));
        let heading = if positional {
            arguments.clone()
        } else {
            options.clone()
        };
        cmd = cmd.mut_arg(&id, |arg| {
            // clap's own "[default: …]", "[possible values: …]" and "[env: …]" are English;
            // the same facts are added in the run's language instead.
            let facts = facts(&arg);
            let help = help
                .or_else(|| arg.get_help().map(ToString::to_string))
                .unwrap_or_default();
            let help = if facts.is_empty() {
                help
            } else {
                format!("{help} [{}]", facts.join("; "))
            };
            let takes_values = arg.get_action().takes_values();
            // The one walk over every argument also makes values case-blind, since people
            // write platforms and goals as they know them: `profile XING`, `LinkedIn`.
            arg.help_heading(heading)
                .ignore_case(takes_values)
                .help(help)
                .long_help(None)
                .hide_default_value(takes_values)
                .hide_possible_values(takes_values)
                .hide_env(true)
        });
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in &names {
        let mut sub_path = path.to_vec();
        sub_path.push(name);
        cmd = cmd.mut_subcommand(name, |sub| localize(sub, &sub_path));
    }
    let usage = t!("cli-heading-usage");
    cmd.help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    ))
    .subcommand_help_heading(t!("cli-heading-commands"))
    .subcommand_value_name(t!("cli-value-command"))
    .disable_help_subcommand(true)
    .disable_help_flag(true)
    .arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t!("cli-help-flag"))
            .help_heading(options),
    )
}

/// What clap would add to an argument's help, in the run's language.
fn facts(arg: &Arg) -> Vec<String> {
    let mut facts = Vec::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    // Flags have the possible values true and false: nothing a person needs told.
    if !values.is_empty() && arg.get_action().takes_values() {
        facts.push(t!("cli-fact-values", values = values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        facts.push(t!("cli-fact-default", value = defaults.join(", ")));
    }
    if let Some(var) = arg.get_env() {
        facts.push(t!("cli-fact-env", var = var.to_string_lossy().into_owned()));
    }
    facts
}

/// `drempel help feeds add` reads as `drempel feeds add --help`: the help subcommand is
/// switched off so its English text never shows, but the habit still works.
pub fn rewrite_help_subcommand(mut args: Vec<OsString>) -> Vec<OsString> {
    const TAKES_VALUE: [&str; 5] = ["--home", "--learner", "--lang", "--color", "--lessons"];
    let mut at = 1;
    while let Some(arg) = args.get(at) {
        let arg = arg.to_string_lossy();
        if TAKES_VALUE.contains(&arg.as_ref()) {
            at += 2;
        } else if arg.starts_with('-') {
            at += 1;
        } else {
            break;
        }
    }
    if args.get(at).is_some_and(|a| a == "help") {
        args.remove(at);
        args.push("--help".into());
    }
    args
}

/// A usage error in the run's language, with the usage line and a pointer to `--help`.
/// Help and version output is clap's own rendering of the texts set above.
pub fn render_error(err: &clap::Error) -> String {
    let text = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => Some(s.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match err.kind() {
        ErrorKind::InvalidValue => match text(ContextKind::ValidValue) {
            Some(valid) => t!("cli-error-invalid-value", value = value, arg = arg, valid = valid),
            None => t!("cli-error-empty-value", arg = arg),
        },
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "cli-error-unknown-command",
            command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => t!("cli-error-missing", arg = arg),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t!("cli-error-missing-command")
        }
        ErrorKind::ArgumentConflict => t!(
            "cli-error-conflict",
            arg = arg,
            other = text(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::ValueValidation => {
            // Our own parsers' messages come from the catalog already.
            let reason = std::error::Error::source(err)
                .map(ToString::to_string)
                .unwrap_or_default();
            t!("cli-error-validation", value = value, arg = arg, reason = reason)
        }
        ErrorKind::TooManyValues => {
            t!("cli-error-too-many", arg = arg, value = value)
        }
        _ => t!("cli-error-other", arg = arg),
    };
    message = crate::ui::sanitize_line(&message);
    let mut out = t!("cli-error", message = message);
    out.push('\n');
    if let Some(suggested) = text(ContextKind::SuggestedArg)
        .or_else(|| text(ContextKind::SuggestedSubcommand))
        .or_else(|| text(ContextKind::SuggestedValue))
    {
        out.push_str(&t!("cli-error-suggestion", suggestion = suggested));
        out.push('\n');
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        out.push('\n');
        out.push_str(&usage_line(usage));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&t!("cli-error-more"));
    out.push('\n');
    out
}

/// clap's usage context reads "Usage: drempel …"; the heading is swapped for ours.
fn usage_line(usage: &StyledStr) -> String {
    let usage = usage.to_string();
    let rest = usage.trim_start().strip_prefix("Usage:").unwrap_or(&usage).trim();
    format!("{} {rest}", t!("cli-heading-usage"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    /// Every command and every argument has a help text in the catalog.
    #[test]
    fn every_command_and_argument_has_catalog_help() {
        fn walk(cmd: &Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
            let parts: Vec<&str> = path.iter().map(String::as_str).collect();
            if !crate::messages::has(&key(&parts, "about")) {
                missing.push(key(&parts, "about"));
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                if !crate::messages::has(&key(&parts, id)) {
                    missing.push(key(&parts, id));
                }
            }
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_owned());
                walk(sub, path, missing);
                path.pop();
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut Vec::new(), &mut missing);
        assert!(
            missing.is_empty(),
            "keys missing from i18n/en/cli.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn help_follows_the_language() {
        let help = |lang| {
            crate::messages::with_language(lang, || {
                command()
                    .find_subcommand_mut("progress")
                    .expect("progress exists")
                    .render_help()
                    .to_string()
            })
        };
        let english = help(Language::En);
        let german = help(Language::De);
        assert_ne!(english, german);
        assert!(
            german.contains(&crate::messages::with_language(Language::De, || t!(
                "cli-heading-usage"
            )))
        );
    }

    #[test]
    fn help_subcommand_becomes_the_help_flag() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            rewrite_help_subcommand(args(&["drempel", "--lang", "nl", "help", "feeds"])),
            args(&["drempel", "--lang", "nl", "feeds", "--help"])
        );
        assert_eq!(
            rewrite_help_subcommand(args(&["drempel", "keywords", "add", "help"])),
            args(&["drempel", "keywords", "add", "help"])
        );
    }
}
