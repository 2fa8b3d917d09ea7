//! `drempel check [--platform P] [--kind K] [--policy FILE] [--json]
//! [--accept RULE=REASON …] [FILE|-]`: the pre-post check. Exit 1 when errors remain.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use unicode_width::UnicodeWidthStr;

use super::Context;
use crate::check::{self, Finding, Level, Policy, RuleSet, TextKind, Verdict};
use crate::error::{Error, Result};
use crate::platform::Platform;
use crate::t;
use crate::ui::{Palette, sanitize_line};

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

fn parse_accept(text: &str) -> std::result::Result<(String, String), String> {
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
    let asked = ctx.global.lang.as_ref().map(|l| l.as_str().to_owned());
    let fallback = ctx.lang()?;
    let (lang, choice) = check::choose_language(&draft, asked.as_deref(), &fallback);
    let rules = RuleSet::load(ctx.global.lessons.as_deref(), &lang)?;
    let choice = if rules.lang == lang {
        choice
    } else {
        check::LangChoice::Fallback
    };
    let mut verdict = check::check_as(&draft, &rules, &policy, args.platform, args.kind);
    for (rule, reason) in &args.accept {
        if rules.rule(rule).is_none() {
            return Err(Error::UnknownRule {
                rule: sanitize_line(rule),
                valid: rules.ids().into_iter().map(str::to_owned).collect(),
            });
        }
        if verdict.accept(rule, reason) == 0 {
            ctx.shell.warn(t!("check-accept-nothing", rule = rule.as_str()))?;
        }
    }
    if args.json {
        let name = args
            .draft
            .as_ref()
            .map_or("-".into(), |d| d.display().to_string());
        print_json(ctx, &name, &draft, &verdict, choice)?;
    } else {
        print_human(ctx, &draft, &verdict, choice)?;
    }
    Ok(if verdict.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The draft as text. Refuses what is not a draft: nothing at all, or bytes that are
/// not text.
fn read_draft(ctx: &mut Context, file: Option<&PathBuf>) -> Result<String> {
    let (name, bytes) = match file.filter(|f| f.as_os_str() != "-") {
        Some(path) => {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| Error::DraftUnreadable {
                draft: name.clone(),
                reason: e.to_string(),
            })?;
            (name, bytes)
        }
        None => {
            let name = t!("check-stdin-name");
            if std::io::stdin().is_terminal() {
                ctx.shell.status(t!("check-type-draft"))?;
            }
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::DraftUnreadable {
                    draft: name.clone(),
                    reason: e.to_string(),
                })?;
            (name, bytes)
        }
    };
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

/// Line (1-based) and column (1-based, in characters) of a byte offset.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

fn print_json(
    ctx: &mut Context,
    name: &str,
    draft: &str,
    verdict: &Verdict,
    choice: check::LangChoice,
) -> Result<()> {
    let findings: Vec<serde_json::Value> = verdict
        .findings
        .iter()
        .map(|f| {
            let (line, column) = line_and_column(draft, f.span.start);
            serde_json::json!({
                "rule": f.rule,
                "level": f.level,
                "message": f.message,
                "explanation": f.explanation,
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
    ctx.shell
        .println(serde_json::to_string_pretty(&value).expect("serialisable"))
}

fn print_human(ctx: &mut Context, draft: &str, verdict: &Verdict, choice: check::LangChoice) -> Result<()> {
    let p = ctx.shell.palette().clone();
    let width = ctx.shell.width().clamp(40, 100);
    let count = verdict.count;
    let count_text = t!("check-count", used = count.used, limit = count.limit);
    let count_text = if count.over() {
        p.bad.apply_to(count_text).to_string()
    } else {
        p.good.apply_to(count_text).to_string()
    };
    ctx.shell.println(t!(
        "check-header",
        platform = verdict.platform.name(),
        kind = kind_name(verdict.kind),
        lang = verdict.lang.as_str(),
        choice = match choice {
            check::LangChoice::Chosen => "chosen",
            check::LangChoice::Guessed => "guessed",
            check::LangChoice::Fallback => "fallback",
        },
        count = count_text
    ))?;
    for finding in &verdict.findings {
        ctx.shell.println("")?;
        print_finding(ctx, &p, width, draft, finding)?;
    }
    ctx.shell.println("")?;
    let errors = verdict.errors().count();
    let summary = t!(
        "check-summary",
        errors = errors,
        warnings = verdict.warnings().count(),
        suggestions = verdict.suggestions().count(),
        accepted = verdict.findings.iter().filter(|f| !f.counts()).count()
    );
    if errors > 0 {
        ctx.shell.println(p.bad.apply_to(summary))?;
        ctx.shell.println(t!("check-fix-errors"))
    } else {
        ctx.shell.println(p.good.apply_to(summary))?;
        ctx.shell
            .println(t!("check-ready", platform = verdict.platform.as_str()))
    }
}

fn kind_name(kind: TextKind) -> String {
    match kind {
        TextKind::Comment => t!("check-kind-comment"),
        TextKind::Post => t!("check-kind-post"),
        TextKind::Headline => t!("check-kind-headline"),
        TextKind::Bio => t!("check-kind-bio"),
    }
}

fn print_finding(ctx: &mut Context, p: &Palette, width: usize, draft: &str, finding: &Finding) -> Result<()> {
    let style = match finding.level {
        Level::Error => &p.bad,
        Level::Warning => &p.warn,
        Level::Suggestion => &p.accent,
    };
    let label = match finding.level {
        Level::Error => t!("check-level-error"),
        Level::Warning => t!("check-level-warning"),
        Level::Suggestion => t!("check-level-suggestion"),
    };
    let head = format!(
        "{} {} {}",
        style.apply_to(label),
        p.dim.apply_to(format!("[{}]", finding.rule)),
        sanitize_line(&finding.message)
    );
    ctx.shell.println(head)?;
    if let Some(reason) = &finding.accepted {
        ctx.shell.println(format!(
            "  {}",
            p.good
                .apply_to(t!("check-accepted", reason = sanitize_line(reason)))
        ))?;
    }
    for line in excerpt_lines(p, style, width, draft, finding) {
        ctx.shell.println(line)?;
    }
    let why = t!("check-why");
    for line in wrap(
        &format!("{why} {}", sanitize_line(&finding.explanation)),
        width - 2,
    ) {
        ctx.shell.println(format!("  {line}"))?;
    }
    ctx.shell.println(format!(
        "  {} {}",
        t!("check-read"),
        p.command
            .apply_to(format!("drempel lessons show {}", sanitize_line(&finding.lesson)))
    ))
}

/// The line of the draft with the finding, cut to fit, and carets under the words.
fn excerpt_lines(
    p: &Palette,
    style: &console::Style,
    width: usize,
    draft: &str,
    finding: &Finding,
) -> Vec<String> {
    let (line_number, _) = line_and_column(draft, finding.span.start);
    let line_start = draft[..finding.span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = draft[finding.span.start..]
        .find('\n')
        .map_or(draft.len(), |i| finding.span.start + i);
    let end = finding.span.end.min(line_end).max(finding.span.start);
    let mut before = sanitize_line(&draft[line_start..finding.span.start]);
    let mut marked = sanitize_line(&draft[finding.span.start..end]);
    let mut after = sanitize_line(&draft[end..line_end]);
    let gutter = format!("{line_number:>4} | ");
    let room = width.saturating_sub(gutter.width()).max(20);
    // Keep the marked words in view: trim the start, then the end, with an ellipsis.
    let keep_before = room / 3;
    if before.width() > keep_before {
        before = format!("…{}", take_last_columns(&before, keep_before.saturating_sub(1)));
    }
    if before.width() + marked.width() > room {
        marked = format!(
            "{}…",
            take_columns(&marked, room.saturating_sub(before.width() + 1))
        );
        after.clear();
    } else if before.width() + marked.width() + after.width() > room {
        after = format!(
            "{}…",
            take_columns(&after, room.saturating_sub(before.width() + marked.width() + 1))
        );
    }
    let carets = "^".repeat(marked.width().max(1));
    vec![
        format!(
            "{}{}{}{}",
            p.dim.apply_to(&gutter),
            before,
            style.apply_to(&marked).underlined(),
            after
        ),
        format!(
            "{}{}{}",
            p.dim.apply_to(format!("{:>4} | ", "")),
            " ".repeat(before.width()),
            style.apply_to(carets)
        ),
    ]
}

fn take_columns(text: &str, columns: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if (out.clone() + &c.to_string()).width() > columns {
            break;
        }
        out.push(c);
    }
    out
}

fn take_last_columns(text: &str, columns: usize) -> String {
    let reversed: String = text.chars().rev().collect();
    take_columns(&reversed, columns).chars().rev().collect()
}

/// Word wrap to `width` columns.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
