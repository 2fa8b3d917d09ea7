//! `drempel keywords suggest | add QUERY | remove QUERY | list | test TEXT  [--json]`

use std::ops::Range;
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::{Value, json};

use super::Context;
use crate::error::{Error, Result};
use crate::journal::{EventBody, LearnerState};
use crate::keywords::{Document, Field, Matcher, Query, TermHit, Verdict, packs, watch};
use crate::strategy::Goal;
use crate::t;
use crate::ui::{Palette, sanitize_line};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,

    /// Machine-readable output (stable)
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Keywords that follow from your strategy's goals, in your language (--lang)
    Suggest {
        /// Suggest for these goals instead of your strategy's
        #[arg(long = "goal", value_enum, value_delimiter = ',', value_name = "GOAL")]
        goals: Vec<Goal>,
    },
    /// Watch a keyword query: words, "a phrase", -exclusion, OR, site:domain, intitle:word.
    /// Put the whole query in single quotes: drempel keywords add '"open day" -virtual'
    Add {
        /// The query, in single quotes so the shell keeps it whole
        #[arg(allow_hyphen_values = true, value_name = "QUERY")]
        query: String,
        /// Words after the query: a query the shell split because it was not quoted
        #[arg(hide = true)]
        rest: Vec<String>,
    },
    /// Stop watching a keyword query
    Remove {
        /// The query as `list` shows it, or any spelling that finds the same
        #[arg(allow_hyphen_values = true, value_name = "QUERY")]
        query: String,
        #[arg(hide = true)]
        rest: Vec<String>,
    },
    /// The keyword queries you watch
    List,
    /// Which of your keywords match a text, where, and why; exits 1 when none does.
    /// The first line is the title, the rest the summary; `-` reads the text from stdin.
    Test {
        /// The text: its first line is the title, the rest the summary; - reads stdin
        #[arg(allow_hyphen_values = true, value_name = "TEXT")]
        text: String,
        /// More words of the text, when it is not quoted
        #[arg(hide = true)]
        more: Vec<String>,
        /// The item's link, for site: queries
        #[arg(long, value_name = "URL")]
        link: Option<String>,
        /// Test this query instead of your keywords (repeatable)
        #[arg(long = "query", value_name = "QUERY", allow_hyphen_values = true)]
        queries: Vec<String>,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Suggest { goals } => suggest(ctx, goals, args.json),
        Action::Add { query, rest } => {
            let query = one_query(query, rest)?;
            super::announcing(ctx, args.json, |ctx| add(ctx, &query, args.json))
        }
        Action::Remove { query, rest } => remove(ctx, &one_query(query, rest)?, args.json),
        Action::List => list(ctx, args.json),
        Action::Test {
            text,
            more,
            link,
            queries,
        } => {
            let words: Vec<String> = std::iter::once(text.clone())
                .chain(more.iter().cloned())
                .collect();
            test(ctx, &words, link.as_deref(), queries, args.json)
        }
    }
}

/// A query is one argument; several mean the shell split it, and which of the two
/// possible readings was meant is for the person to say.
fn one_query(query: &str, rest: &[String]) -> Result<String> {
    match rest {
        [] => Ok(query.to_owned()),
        _ => {
            let words: Vec<&str> = std::iter::once(query)
                .chain(rest.iter().map(String::as_str))
                .collect();
            let joined = sanitize_line(&words.join(" "));
            Err(Error::Usage(t!(
                "keywords-quote-the-query",
                words = shell_quote(&joined),
                phrase = shell_quote(&format!("\"{joined}\""))
            )))
        }
    }
}

fn suggest(ctx: &mut Context, goals: &[Goal], json: bool) -> Result<ExitCode> {
    let state = ctx.state()?;
    let goals: Vec<Goal> = if goals.is_empty() {
        state
            .strategy
            .as_ref()
            .map(|s| s.goals.clone())
            .unwrap_or_default()
    } else {
        goals.to_vec()
    };
    if goals.is_empty() {
        return Err(Error::Usage(t!("keywords-no-goals")));
    }
    let wanted = ctx.lang()?;
    let lang = if packs::has_language(&wanted) {
        wanted.clone()
    } else {
        ctx.shell.warn(t!(
            "keywords-language-fallback",
            lang = wanted.as_str(),
            fallback = packs::FALLBACK_LANGUAGE,
            languages = crate::lang::Language::CODES.join(", ")
        ))?;
        packs::FALLBACK_LANGUAGE.to_owned()
    };
    let suggestions: Vec<packs::Suggestion> = packs::suggest(&goals, &lang)
        .into_iter()
        .filter(|s| !watch::is_watched(&state.keywords, &s.query))
        .collect();
    if json {
        print_json(
            ctx,
            json!({
                "version": 1,
                "lang": lang,
                "goals": goals,
                "suggestions": suggestions.iter().map(|s| json!({
                    "query": s.query,
                    "goal": s.goal,
                    "why": s.why,
                })).collect::<Vec<_>>(),
            }),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if suggestions.is_empty() {
        ctx.shell.println(t!("keywords-suggest-all-added"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let p = ctx.shell.palette().clone();
    for goal in &goals {
        let of_goal: Vec<&packs::Suggestion> = suggestions.iter().filter(|s| s.goal == *goal).collect();
        if of_goal.is_empty() {
            continue;
        }
        ctx.shell.println(p.heading.apply_to(t!(
            "keywords-suggest-heading",
            goal = goal.label(),
            count = of_goal.len()
        )))?;
        for suggestion in of_goal {
            ctx.shell
                .println(format!("  {}", p.command.apply_to(&suggestion.query)))?;
            if let Some(why) = &suggestion.why {
                ctx.shell.println(format!("      {}", p.dim.apply_to(why)))?;
            }
        }
        ctx.shell.println("")?;
    }
    ctx.shell.status(t!(
        "keywords-suggest-hint",
        command = format!("drempel keywords add {}", shell_quote(&suggestions[0].query))
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn add(ctx: &mut Context, text: &str, json: bool) -> Result<ExitCode> {
    // Refused before the journal is opened, so a query that does not parse creates nothing.
    Query::parse(text)?;
    let mut journal = ctx.journal()?;
    let state = LearnerState::from_events(&journal.read()?.events);
    let adding = watch::add(&state.keywords, text)?;
    if let Some(event) = adding.event() {
        journal.append(event)?;
    }
    drop(journal);
    let watch::Adding {
        query: canonical,
        existing,
    } = adding;
    let count = state.keywords.len() + usize::from(existing.is_none());
    if json {
        print_json(
            ctx,
            json!({
                "version": 1,
                "query": canonical,
                "added": existing.is_none(),
                "existing": existing,
                "count": count,
            }),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    match existing {
        Some(existing) if existing == canonical => ctx
            .shell
            .println(t!("keywords-already", query = canonical.as_str()))?,
        Some(existing) => ctx.shell.println(t!(
            "keywords-already-same",
            query = canonical.as_str(),
            existing = sanitize_line(&existing)
        ))?,
        None => {
            ctx.shell
                .println(t!("keywords-added", query = canonical.as_str(), count = count))?;
            ctx.shell.status(t!(
                "keywords-added-hint",
                command = format!("drempel keywords test '{}'", t!("keywords-sample-headline"))
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn remove(ctx: &mut Context, text: &str, json: bool) -> Result<ExitCode> {
    let mut journal = ctx.journal()?;
    let state = LearnerState::from_events(&journal.read()?.events);
    // Removing by the exact stored text works even for a query this version cannot
    // parse; otherwise anything that matches the same (`Café` for `cafe`) will do.
    let stored = match watch::find(&state.keywords, text)? {
        Some(stored) => stored,
        None if state.keywords.is_empty() => {
            return Err(Error::Usage(t!(
                "keywords-unknown-none",
                query = sanitize_line(text)
            )));
        }
        None => {
            let list = state
                .keywords
                .iter()
                .map(|k| format!("  {}", sanitize_line(k)))
                .collect::<Vec<_>>()
                .join("\n");
            return Err(Error::Usage(t!(
                "keywords-unknown",
                query = sanitize_line(text),
                list = list
            )));
        }
    };
    journal.append(EventBody::KeywordRemoved {
        query: stored.clone(),
    })?;
    drop(journal);
    let count = state.keywords.len() - 1;
    if json {
        print_json(
            ctx,
            json!({ "version": 1, "query": stored, "removed": true, "count": count }),
        )?;
    } else {
        ctx.shell.println(t!(
            "keywords-removed",
            query = sanitize_line(&stored),
            count = count
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn list(ctx: &mut Context, json: bool) -> Result<ExitCode> {
    let state = ctx.state()?;
    if json {
        let keywords: Vec<Value> = state
            .keywords
            .iter()
            .map(|k| json!({ "query": k, "valid": Query::parse(k).is_ok() }))
            .collect();
        print_json(ctx, json!({ "version": 1, "keywords": keywords }))?;
        return Ok(ExitCode::SUCCESS);
    }
    if state.keywords.is_empty() {
        ctx.shell.status(t!("keywords-none-yet"))?;
        return Ok(ExitCode::SUCCESS);
    }
    for keyword in &state.keywords {
        ctx.shell.println(sanitize_line(keyword))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn test(
    ctx: &mut Context,
    words: &[String],
    link: Option<&str>,
    queries: &[String],
    json: bool,
) -> Result<ExitCode> {
    let text = if words == ["-"] {
        // An item's title and summary; a megabyte is far more than any feed item.
        let bytes = crate::files::read_stdin_capped(1024 * 1024)
            .map_err(|e| Error::Usage(t!("keywords-test-stdin", reason = e.to_string())))?;
        String::from_utf8(bytes).map_err(|_| {
            Error::Usage(t!(
                "keywords-test-stdin",
                reason = crate::error::io_reason(&std::io::ErrorKind::InvalidData.into())
            ))
        })?
    } else {
        words.join(" ")
    };
    // Match what is shown: escape sequences would otherwise glue words together
    // (`\x1b[31mhiring` reads as `31mhiring`).
    let text = crate::ui::sanitize(&text).into_owned();
    let text = text.trim();
    let (title, summary) = match text.split_once('\n') {
        Some((title, summary)) => (title.trim(), summary.trim()),
        None => (text, ""),
    };
    let (labels, parsed) = if queries.is_empty() {
        let state = ctx.state()?;
        let mut labels = Vec::new();
        let mut parsed = Vec::new();
        for keyword in &state.keywords {
            match Query::parse(keyword) {
                Ok(query) => {
                    labels.push(keyword.clone());
                    parsed.push(query);
                }
                Err(err) => ctx.shell.warn(t!(
                    "keywords-stored-invalid",
                    query = sanitize_line(keyword),
                    message = err.message()
                ))?,
            }
        }
        (labels, parsed)
    } else {
        let parsed = queries
            .iter()
            .map(|q| Query::parse(q))
            .collect::<Result<Vec<_>, _>>()?;
        (parsed.iter().map(Query::canonical).collect(), parsed)
    };
    if parsed.is_empty() {
        return Err(Error::Usage(t!("keywords-test-nothing")));
    }
    let document = Document { title, summary, link };
    let verdicts = Matcher::new(&parsed).explain(&document);
    let matched = verdicts.iter().filter(|v| v.matched).count();
    if json {
        print_json(ctx, test_json(&labels, &verdicts, &document))?;
    } else {
        show_test(ctx, &labels, &verdicts, &document)?;
    }
    Ok(if matched > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn test_json(labels: &[String], verdicts: &[Verdict], document: &Document) -> Value {
    let hit = |hit: &TermHit| {
        json!({
            "term": &*hit.term,
            "field": hit.field,
            "start": hit.range.start,
            "end": hit.range.end,
            "text": field_text(document, hit.field)[hit.range.clone()],
        })
    };
    json!({
        "version": 1,
        "title": document.title,
        "summary": document.summary,
        "link": document.link,
        "matched": verdicts.iter().any(|v| v.matched),
        "keywords": verdicts.iter().map(|v| json!({
            "query": labels[v.query],
            "matched": v.matched,
            "found": v.found.iter().map(hit).collect::<Vec<_>>(),
            "sites": v.sites.iter().map(|s| &**s).collect::<Vec<_>>(),
            "blocked_by": v.blocked_by.iter().map(|b| json!({
                "exclusion": b.exclusion,
                "found": b.found.iter().map(hit).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "missing": v.missing,
        })).collect::<Vec<_>>(),
    })
}

fn show_test(ctx: &mut Context, labels: &[String], verdicts: &[Verdict], document: &Document) -> Result<()> {
    let p = ctx.shell.palette().clone();
    let matched_hits = |field: Field| -> Vec<Range<usize>> {
        verdicts
            .iter()
            .filter(|v| v.matched)
            .flat_map(|v| &v.found)
            .filter(|h| h.field == field)
            .map(|h| h.range.clone())
            .collect()
    };
    for (field, label) in [
        (Field::Title, t!("keywords-field-title")),
        (Field::Summary, t!("keywords-field-summary")),
    ] {
        let text = field_text(document, field);
        if text.is_empty() {
            continue;
        }
        ctx.shell.println(format!(
            "{}{}",
            p.heading.apply_to(crate::ui::cell(&label, 10)),
            highlight(text, &matched_hits(field), &p)
        ))?;
    }
    if let Some(link) = document.link {
        ctx.shell.println(format!(
            "{}{}",
            p.heading
                .apply_to(crate::ui::cell(&t!("keywords-field-link"), 10)),
            sanitize_line(link)
        ))?;
    }
    ctx.shell.println("")?;
    let found_at = |hit: &TermHit| {
        t!(
            "keywords-test-found",
            term = sanitize_line(&hit.term),
            field = field_name(hit.field),
            text = sanitize_line(&field_text(document, hit.field)[hit.range.clone()])
        )
    };
    for verdict in verdicts {
        let (mark, style) = if verdict.matched {
            ("✓", &p.good)
        } else if !verdict.blocked_by.is_empty() {
            ("✗", &p.bad)
        } else {
            ("·", &p.dim)
        };
        ctx.shell.println(format!(
            "{} {}",
            style.apply_to(mark),
            p.command.apply_to(sanitize_line(&labels[verdict.query]))
        ))?;
        for hit in &verdict.found {
            ctx.shell.println(format!("    {}", found_at(hit)))?;
        }
        for site in &verdict.sites {
            ctx.shell
                .println(format!("    {}", t!("keywords-test-site", site = &**site)))?;
        }
        for blocker in &verdict.blocked_by {
            if blocker.found.is_empty() {
                ctx.shell.println(format!(
                    "    {}",
                    p.bad.apply_to(t!(
                        "keywords-test-blocked-site",
                        exclusion = blocker.exclusion.as_str()
                    ))
                ))?;
            }
            for hit in &blocker.found {
                ctx.shell.println(format!(
                    "    {}",
                    p.bad.apply_to(t!(
                        "keywords-test-blocked",
                        exclusion = blocker.exclusion.as_str(),
                        found = found_at(hit)
                    ))
                ))?;
            }
        }
        for missing in &verdict.missing {
            ctx.shell.println(format!(
                "    {}",
                p.dim
                    .apply_to(t!("keywords-test-missing", clause = sanitize_line(missing)))
            ))?;
        }
    }
    let matched = verdicts.iter().filter(|v| v.matched).count();
    ctx.shell.println("")?;
    ctx.shell.println(t!(
        "keywords-test-summary",
        matched = matched,
        total = verdicts.len()
    ))?;
    Ok(())
}

fn field_text<'a>(document: &Document<'a>, field: Field) -> &'a str {
    match field {
        Field::Title => document.title,
        Field::Summary => document.summary,
    }
}

fn field_name(field: Field) -> String {
    match field {
        Field::Title => t!("keywords-in-title"),
        Field::Summary => t!("keywords-in-summary"),
    }
}

/// `text` with the byte `ranges` marked: in the accent style on a terminal, in
/// [brackets] when plain. Overlapping ranges are marked once; every piece is sanitised.
fn highlight(text: &str, ranges: &[Range<usize>], p: &Palette) -> String {
    let mut ranges = ranges.to_vec();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    let mut out = String::new();
    let mut at = 0;
    for range in merged {
        out.push_str(&sanitize_line(&text[at..range.start]));
        let marked = sanitize_line(&text[range.clone()]);
        if p.styled {
            out.push_str(&p.accent.apply_to(marked).to_string());
        } else {
            out.push_str(&format!("[{marked}]"));
        }
        at = range.end;
    }
    out.push_str(&sanitize_line(&text[at..]));
    out
}

fn print_json(ctx: &mut Context, document: Value) -> Result<()> {
    ctx.shell.json(&document)
}

/// `text` as one POSIX shell word, for commands the person can copy.
fn shell_quote(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ':' | ','));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_merge_and_mark_plainly_with_brackets() {
        let p = Palette::new(false);
        assert_eq!(
            highlight("Our café in Zürich", &[4..9, 13..20], &p),
            "Our [café] in [Zürich]"
        );
        assert_eq!(highlight("open day", &[0..8, 5..8, 0..4], &p), "[open day]");
        assert_eq!(
            highlight("a\u{1b}[31mb", std::slice::from_ref(&(0..1)), &p),
            "[a]b",
            "pieces are sanitised"
        );
        let styled = highlight("hr news", std::slice::from_ref(&(0..2)), &Palette::new(true));
        assert!(
            styled.starts_with('\u{1b}') && styled.contains("hr"),
            "{styled:?}"
        );
        assert!(!styled.contains("[hr]"), "no brackets on a terminal: {styled:?}");
    }

    #[test]
    fn shell_quoting_survives_apostrophes() {
        assert_eq!(shell_quote("hiring"), "hiring");
        assert_eq!(shell_quote("\"open day\" -virtual"), "'\"open day\" -virtual'");
        assert_eq!(shell_quote("l'emploi"), r"'l'\''emploi'");
    }
}
