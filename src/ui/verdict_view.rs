//! A check's verdict as the learner reads it: the count against the limit, each finding
//! with its words marked in the draft, why it matters and the lesson to read. Shared by
//! `drempel check` and the wizard's comment step (also behind `drempel comment`): the
//! command names the command to run, the wizard names the lesson by its title
//! ([`Voice`]).

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::{Palette, Voice, sanitize_line};
use crate::check::{self, Finding, Level, TextKind, Verdict};
use crate::t;

pub fn render(
    p: &Palette,
    width: usize,
    draft: &str,
    verdict: &Verdict,
    choice: Option<check::LangChoice>,
    voice: Voice<'_>,
) -> String {
    let mut out = String::new();
    let count = verdict.count;
    let count_text = t!("check-count", used = count.used, limit = count.limit);
    let count_text = if count.over() {
        p.bad.apply_to(count_text)
    } else {
        p.good.apply_to(count_text)
    }
    .to_string();
    let choice = match choice {
        Some(check::LangChoice::Chosen) => "chosen",
        Some(check::LangChoice::Guessed) => "guessed",
        Some(check::LangChoice::Fallback) | None => "fallback",
    };
    let _ = writeln!(
        out,
        "{}",
        t!(
            "check-header",
            platform = verdict.platform.name(),
            kind = kind_name(verdict.kind),
            lang = verdict.lang.as_str(),
            choice = choice,
            count = count_text
        )
    );
    for finding in &verdict.findings {
        let _ = writeln!(out);
        render_finding(&mut out, p, width, draft, finding, voice);
    }
    let _ = writeln!(out);
    let errors = verdict.errors().count();
    let summary = t!(
        "check-summary",
        errors = errors,
        warnings = verdict.warnings().count(),
        suggestions = verdict.suggestions().count(),
        accepted = verdict.findings.iter().filter(|f| !f.counts()).count()
    );
    if voice.is_wizard() {
        // The wizard goes on in its own words: what to do about an error, or posting.
        let style = if errors > 0 { &p.bad } else { &p.good };
        let _ = writeln!(out, "{}", style.apply_to(summary));
    } else if errors > 0 {
        let _ = writeln!(out, "{}\n{}", p.bad.apply_to(summary), t!("check-fix-errors"));
    } else {
        let _ = writeln!(
            out,
            "{}\n{}",
            p.good.apply_to(summary),
            t!("check-ready", platform = verdict.platform.as_str())
        );
    }
    out
}

fn kind_name(kind: TextKind) -> String {
    match kind {
        TextKind::Comment => t!("check-kind-comment"),
        TextKind::Post => t!("check-kind-post"),
        TextKind::Headline => t!("check-kind-headline"),
        TextKind::Bio => t!("check-kind-bio"),
    }
}

fn render_finding(
    out: &mut String,
    p: &Palette,
    width: usize,
    draft: &str,
    finding: &Finding,
    voice: Voice<'_>,
) {
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
    // A rule's message comes from the rules of the draft's language, not the catalog:
    // a right-to-left one gets its isolates here (the rule id in brackets among them).
    // What it is about, in the learner's language; a trainer's rule may not say.
    // French puts a space before the colon, so the catalog joins the two.
    let message = sanitize_line(&finding.message);
    let about = match finding.kind {
        check::Concern::Other => message,
        kind => t!("check-finding-about", kind = kind.name(), message = message),
    };
    let headline = format!(
        "{} {} {about}",
        style.apply_to(label),
        p.dim.apply_to(format!("[{}]", finding.rule)),
    );
    // Broken between words like the lines under it: a long rule message cut by the
    // terminal at the last column splits a word ("מהעבוד|ה").
    let _ = writeln!(out, "{}", super::wrap::hang(&headline, 2, width.max(20)));
    if let Some(reason) = &finding.accepted {
        let _ = writeln!(
            out,
            "  {}",
            p.good
                .apply_to(t!("check-accepted", reason = sanitize_line(reason)))
        );
    }
    for line in excerpt_lines(p, style, width, draft, finding) {
        let _ = writeln!(out, "{line}");
    }
    let why = format!("{} {}", t!("check-why"), sanitize_line(&finding.explanation));
    for line in super::wrap::lines(&why, width.saturating_sub(2).max(20)) {
        let _ = writeln!(out, "  {line}");
    }
    let fix = format!("{} {}", t!("check-fix-label"), sanitize_line(&finding.fix));
    for line in super::wrap::lines(&fix, width.saturating_sub(2).max(20)) {
        let _ = writeln!(out, "  {line}");
    }
    match voice {
        Voice::Command => {
            let _ = writeln!(
                out,
                "  {} {}",
                t!("check-read"),
                p.command
                    .apply_to(format!("drempel lessons show {}", sanitize_line(&finding.lesson)))
            );
        }
        Voice::Wizard(lessons) => {
            if let Some(lesson) = lessons.get(&finding.lesson) {
                let read = t!(
                    "wizard-check-read",
                    title = sanitize_line(&lesson.title),
                    number = lesson.step.number()
                );
                for line in super::wrap::lines(&read, width.saturating_sub(2).max(20)) {
                    let _ = writeln!(out, "  {line}");
                }
            }
        }
    }
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
    // Words after the marked ones need at least their ellipsis beside them.
    if before.width() + marked.width() + usize::from(!after.is_empty()) > room {
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
    let mut used = 0;
    for c in text.chars() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > columns {
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

/// Line (1-based) and column (1-based, in characters) of a byte offset.
pub fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Concern;

    /// A long message is broken between words, never by the terminal inside one.
    #[test]
    fn a_long_headline_is_broken_between_words() {
        let p = Palette::new(false);
        let message =
            "Criticism or contempt aimed at people from work: \"great planning as usual, management\".";
        let finding = Finding {
            rule: "venting-aimed".into(),
            level: Level::Error,
            kind: Concern::Venting,
            message: message.into(),
            explanation: String::new(),
            fix: String::new(),
            lesson: String::new(),
            span: 0..5,
            excerpt: "Great".into(),
            accepted: None,
        };
        let mut out = String::new();
        render_finding(
            &mut out,
            &p,
            50,
            "Great planning as usual.",
            &finding,
            Voice::Command,
        );
        let headline: Vec<&str> = out.lines().take_while(|l| !l.contains(" | ")).collect();
        assert!(headline.len() > 1, "{out}");
        assert!(headline.iter().all(|l| l.width() <= 50), "{out}");
        let words: Vec<&str> = headline.iter().flat_map(|l| l.split_whitespace()).collect();
        for word in message.split_whitespace() {
            assert!(words.contains(&word), "{word} cut in {out}");
        }
    }

    /// A finding that marks a whole sentence (as a scorer's does) keeps its excerpt
    /// within the width, also when the sentence fills the line and words follow it.
    #[test]
    fn an_excerpt_never_runs_past_the_width() {
        let p = Palette::new(false);
        let style = console::Style::new();
        for width in [40, 60, 80] {
            for length in 10..90 {
                let sentence = format!("{}.", "a".repeat(length));
                let draft = format!("{sentence} And then more words follow here.");
                let finding = Finding {
                    rule: "venting-aimed".into(),
                    level: Level::Error,
                    kind: Concern::Venting,
                    message: String::new(),
                    explanation: String::new(),
                    fix: String::new(),
                    lesson: String::new(),
                    span: 0..sentence.len(),
                    excerpt: sentence.clone(),
                    accepted: None,
                };
                for line in excerpt_lines(&p, &style, width, &draft, &finding) {
                    assert!(line.width() <= width, "{width}: {line:?}");
                }
            }
        }
    }
}
