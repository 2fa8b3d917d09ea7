//! `drempel check [--platform P] [--kind K] [--policy FILE] [--json]
//! [--accept RULE=REASON …] [FILE|-]`: the pre-post check. Exit 1 when errors remain.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use super::Context;
use crate::check::count::MAX_DRAFT_BYTES;
use crate::check::{self, Policy, TextKind, Verdict};
use crate::error::{Error, Result};
use crate::files::{self, InputError};
use crate::platform::Platform;
use crate::t;
use crate::ui::Voice;
use crate::ui::verdict_view::{self, line_and_column};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The platform you will post on
    #[arg(long, value_enum, default_value_t = Platform::Linkedin)]
    pub platform: Platform,

    /// What the text is: its limit depends on it
    #[arg(long, value_enum, default_value_t = TextKind::Comment)]
    pub kind: TextKind,

    /// Check against this policy file instead of your stored policy
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,

    /// Machine-readable output
    #[arg(long)]
    pub json: bool,

    /// Accept a finding on purpose, with the reason (repeatable): --accept shouting="a quote"
    #[arg(long = "accept", value_name = "RULE=REASON", value_parser = parse_accept)]
    pub accept: Vec<(String, String)>,

    /// The draft: a text file, or - (or nothing) to read standard input
    #[arg(value_name = "FILE")]
    pub draft: Option<PathBuf>,
}

pub(crate) fn parse_accept(text: &str) -> std::result::Result<(String, String), String> {
    let (rule, reason) = text.split_once('=').ok_or_else(|| t!("check-accept-format"))?;
    let (rule, reason) = (rule.trim(), reason.trim());
    if rule.is_empty() || reason.is_empty() {
        return Err(t!("check-accept-format"));
    }
    Ok((rule.to_owned(), reason.to_owned()))
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let draft = read_draft(ctx, args.draft.as_ref())?;
    let policy = match &args.policy {
        Some(path) => Policy::read(path)?,
        None => match Policy::stored(&ctx.learner_dir())? {
            Some(policy) => policy,
            None => {
                ctx.shell.status(t!("check-no-policy"))?;
                Policy::default()
            }
        },
    };
    // --lang chooses; else the draft's own words; else the learner's language.
    let asked = ctx.global.lang.map(|l| l.code().to_owned());
    let checked = check::check_draft(&check::DraftCheck {
        draft: &draft,
        platform: args.platform,
        kind: args.kind,
        asked: asked.as_deref(),
        fallback: &ctx.lang()?,
        lessons_dir: ctx.global.lessons.as_deref(),
        policy: &policy,
        accepted: &args.accept,
    })?;
    if let Some(lang) = &checked.rules_missing {
        ctx.shell.warn(t!(
            "check-rules-missing",
            lang = lang.as_str(),
            used = checked.verdict.lang.as_str()
        ))?;
    }
    for lang in &checked.also_checked {
        ctx.shell
            .status(t!("check-mixed-languages", lang = lang.as_str()))?;
    }
    for rule in &checked.accepted_nothing {
        ctx.shell.warn(t!("check-accept-nothing", rule = rule.as_str()))?;
    }
    let (verdict, choice) = (&checked.verdict, checked.choice);
    if args.json {
        let name = args
            .draft
            .as_ref()
            .map_or("-".into(), |d| d.display().to_string());
        print_json(ctx, &name, &draft, verdict, choice, &checked.also_checked)?;
    } else {
        print_human(ctx, &draft, verdict, choice)?;
    }
    Ok(if verdict.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The draft as text. Refuses what is not a draft: nothing at all, bytes that are not
/// text, a pipe or device named as a file, or more than [`MAX_DRAFT_BYTES`] (standard
/// input too: it is counted as it is read).
pub(crate) fn read_draft(ctx: &mut Context, file: Option<&PathBuf>) -> Result<String> {
    let (name, read) = match file.filter(|f| f.as_os_str() != "-") {
        Some(path) => (
            path.display().to_string(),
            files::read_capped(path, MAX_DRAFT_BYTES),
        ),
        None => {
            if std::io::stdin().is_terminal() {
                ctx.shell.status(t!("check-type-draft"))?;
            }
            (t!("check-stdin-name"), files::read_stdin_capped(MAX_DRAFT_BYTES))
        }
    };
    let bytes = read.map_err(|err| match err {
        InputError::TooLarge { limit, .. } => Error::DraftTooLarge {
            draft: name.clone(),
            limit,
        },
        other => Error::DraftUnreadable {
            draft: name.clone(),
            reason: other.to_string(),
        },
    })?;
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(Error::DraftBinary {
            draft: name,
            offset,
            nul: true,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::DraftBinary {
        draft: name.clone(),
        offset: e.utf8_error().valid_up_to(),
        nul: false,
    })?;
    let text = text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::DraftEmpty { draft: name });
    }
    Ok(text)
}

fn print_json(
    ctx: &mut Context,
    name: &str,
    draft: &str,
    verdict: &Verdict,
    choice: check::LangChoice,
    also_checked: &[String],
) -> Result<()> {
    let findings: Vec<serde_json::Value> = verdict
        .findings
        .iter()
        .map(|f| {
            let (line, column) = line_and_column(draft, f.span.start);
            serde_json::json!({
                "rule": f.rule,
                "level": f.level,
                "kind": f.kind,
                "kind_name": f.kind.name(),
                "message": f.message,
                "explanation": f.explanation,
                "why": f.kind.why(),
                "fix": f.fix,
                "lesson": f.lesson,
                "span": { "start": f.span.start, "end": f.span.end },
                "line": line,
                "column": column,
                "excerpt": f.excerpt,
                "accepted": f.accepted.as_ref().map(|reason| serde_json::json!({ "reason": reason })),
            })
        })
        .collect();
    let value = serde_json::json!({
        "version": 1,
        "draft": name,
        "platform": verdict.platform,
        "kind": verdict.kind,
        "lang": verdict.lang,
        "lang_choice": choice,
        "also_checked": also_checked,
        "count": {
            "used": verdict.count.used,
            "limit": verdict.count.limit,
            "over": verdict.count.over(),
        },
        "passed": verdict.passed(),
        "errors": verdict.errors().count(),
        "warnings": verdict.warnings().count(),
        "suggestions": verdict.suggestions().count(),
        "findings": findings,
    });
    ctx.shell.json(&value)
}

fn print_human(ctx: &mut Context, draft: &str, verdict: &Verdict, choice: check::LangChoice) -> Result<()> {
    let width = ctx.shell.width().clamp(40, 100);
    let text = verdict_view::render(
        ctx.shell.palette(),
        width,
        draft,
        verdict,
        Some(choice),
        Voice::Command,
    );
    ctx.shell.println(text.trim_end())
}
