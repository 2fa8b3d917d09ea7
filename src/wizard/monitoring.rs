//! Step 4: keywords that follow from the strategy, feeds to watch them in, a first scan
//! with progress bars, and a first look at what was found.

use super::{Answer, StepEnd, TextQuestion, Wizard, given};
use crate::error::Result;
use crate::feeds::address::{self, Watched};
use crate::feeds::fetch::FetchOptions;
use crate::feeds::scan::{Scan, ScanSettings};
use crate::feeds::{google, practice};
use crate::journal::EventBody;
use crate::keywords::{Document, Matcher, Query, packs, watch};
use crate::ladder::MIN_KEYWORDS;
use crate::t;
use crate::ui::scan_view::{print_summary, scan_with_progress};
use crate::ui::{Voice, sanitize_line};

/// How many pack suggestions fit on one screen.
const SUGGESTED: usize = 12;
/// How many of them a newcomer starts with: enough to find something on the first day.
const PRETICKED: usize = 5;

pub(super) fn run(wizard: &mut Wizard) -> Result<StepEnd> {
    if let StepEnd::Quit(quit) = keywords(wizard)? {
        return Ok(StepEnd::Quit(quit));
    }
    if let StepEnd::Quit(quit) = feeds(wizard)? {
        return Ok(StepEnd::Quit(quit));
    }
    first_scan(wizard)?;
    Ok(StepEnd::Done)
}

fn keywords(wizard: &mut Wizard) -> Result<StepEnd> {
    let lang = wizard.lang();
    let goals = wizard
        .state
        .strategy
        .as_ref()
        .map(|s| s.goals.clone())
        .unwrap_or_default();
    let current = wizard.state.keywords.clone();
    let fresh: Vec<String> = packs::suggest(&goals, &lang)
        .into_iter()
        .filter(|s| Query::parse(&s.query).is_ok() && !watch::is_watched(&current, &s.query))
        .map(|s| s.query)
        .collect();
    let suggestions: Vec<String> = finding_first(fresh, &lang).into_iter().take(SUGGESTED).collect();
    let mut options = current.clone();
    options.extend(suggestions.iter().cloned());
    if !options.is_empty() {
        // What the learner has stays ticked; a newcomer starts with the first suggestions.
        let mut ticked: Vec<usize> = (0..current.len()).collect();
        let wanted = PRETICKED.saturating_sub(current.len());
        ticked.extend((current.len()..options.len()).take(wanted));
        let labels: Vec<String> = options.iter().map(|o| sanitize_line(o)).collect();
        let help = t!("monitoring-keywords-help");
        let chosen = given!(wizard.prompter.multi_select(
            &t!("monitoring-keywords-question"),
            &labels,
            &ticked,
            Some(&help)
        ));
        for (index, query) in options.iter().enumerate() {
            let is_current = index < current.len();
            match (is_current, chosen.contains(&index)) {
                (true, false) => wizard.record(EventBody::KeywordRemoved { query: query.clone() })?,
                (false, true) => add_keyword(wizard, query)?,
                _ => {}
            }
        }
    }
    let prompt = t!("monitoring-own-keyword");
    let help = t!("monitoring-own-keyword-help");
    let valid = |text: &str| match text.trim() {
        "" => Ok(()),
        text => Query::parse(text).map(|_| ()).map_err(|e| e.message()),
    };
    loop {
        let question = TextQuestion::new(&prompt).help(&help).check(&valid);
        let text = given!(wizard.prompter.text(&question));
        if text.trim().is_empty() {
            break;
        }
        add_keyword(wizard, text.trim())?;
    }
    let count = wizard.state.keywords.len();
    let line = t!("monitoring-keywords-summary", count = count, need = MIN_KEYWORDS);
    wizard.say(&line)?;
    Ok(StepEnd::Done)
}

/// Adds a keyword the way `drempel keywords add` does: canonical, and once.
fn add_keyword(wizard: &mut Wizard, text: &str) -> Result<()> {
    if let Some(event) = watch::add(&wizard.state.keywords, text)?.event() {
        wizard.record(event)?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Practice,
    GoogleAlert,
    NewsSearch,
    Website,
    Done,
}

fn feeds(wizard: &mut Wizard) -> Result<StepEnd> {
    loop {
        let mut options = vec![
            (Source::Practice, t!("monitoring-source-practice")),
            (Source::GoogleAlert, t!("monitoring-source-alert")),
            (Source::NewsSearch, t!("monitoring-source-news")),
            (Source::Website, t!("monitoring-source-website")),
        ];
        if !wizard.state.feeds.is_empty() {
            options.insert(
                0,
                (
                    Source::Done,
                    t!("monitoring-source-enough", count = wizard.state.feeds.len()),
                ),
            );
        }
        let labels: Vec<String> = options.iter().map(|(_, l)| l.clone()).collect();
        let help = t!("monitoring-source-help");
        let choice = given!(wizard.prompter.select(
            &t!("monitoring-source-question"),
            &labels,
            0,
            Some(&help)
        ));
        match options[choice].0 {
            Source::Done => return Ok(StepEnd::Done),
            Source::Practice => {
                // The same rule as `drempel feeds add --practice`.
                for subscribing in practice::subscriptions(&wizard.state.feeds, &wizard.lang())? {
                    if let Some(event) = subscribing.event() {
                        wizard.record(event)?;
                    }
                }
                wizard.say(&t!("monitoring-practice-added"))?;
            }
            Source::NewsSearch => {
                let prompt = t!("monitoring-news-query");
                let needed = |q: &str| {
                    if q.trim().is_empty() {
                        Err(t!("monitoring-news-query-needed"))
                    } else {
                        Ok(())
                    }
                };
                let question = TextQuestion::new(&prompt).check(&needed);
                let query = given!(wizard.prompter.text(&question));
                let url = google::news_search_url(query.trim(), &wizard.lang());
                add_feed(
                    wizard,
                    url.as_str(),
                    Some(t!("feeds-cmd-news-title", query = query.trim())),
                )?;
            }
            Source::GoogleAlert | Source::Website => {
                let steps = if options[choice].0 == Source::GoogleAlert {
                    t!("monitoring-alert-steps")
                } else {
                    t!("monitoring-website-steps")
                };
                wizard.say(&steps)?;
                match ask_address(wizard)? {
                    Answer::Given(Some(url)) => add_feed(wizard, &url, None)?,
                    Answer::Given(None) => {}
                    Answer::Quit(quit) => return Ok(StepEnd::Quit(quit)),
                }
            }
        }
        if !wizard.state.feeds.is_empty() {
            let more = [t!("monitoring-feeds-scan-now"), t!("monitoring-feeds-more")];
            if given!(
                wizard
                    .prompter
                    .select(&t!("monitoring-feeds-more-question"), &more, 0, None)
            ) == 0
            {
                return Ok(StepEnd::Done);
            }
        }
    }
}

/// A feed or website address; `None` when the learner leaves it empty.
fn ask_address(wizard: &mut Wizard) -> Result<Answer<Option<String>>> {
    let prompt = t!("monitoring-address");
    let help = t!("monitoring-address-help");
    let valid = |text: &str| match text.trim() {
        "" => Ok(()),
        text => address::parse(text).map(|_| ()).map_err(|e| e.to_string()),
    };
    let question = TextQuestion::new(&prompt).help(&help).check(&valid);
    Ok(match wizard.prompter.text(&question)? {
        Answer::Given(text) if text.trim().is_empty() => Answer::Given(None),
        Answer::Given(text) => Answer::Given(Some(text)),
        Answer::Quit(quit) => Answer::Quit(quit),
    })
}

/// Watches a feed the way `drempel feeds add` does: a checked, normalised address, once.
fn add_feed(wizard: &mut Wizard, url: &str, title: Option<String>) -> Result<()> {
    // Credentials in the address are kept apart, never in the journal.
    let url = match url::Url::parse(url) {
        Ok(parsed) => crate::feeds::credentials::keep_in(&wizard.learner_dir(), &parsed)?.to_string(),
        Err(_) => url.to_owned(),
    };
    let subscribing = Watched::new(&wizard.state.feeds).subscribe(&url, title)?;
    match subscribing.event() {
        Some(event) => wizard.record(event),
        None => Ok(()),
    }
}

/// Scans with progress bars, then lists what came in.
fn first_scan(wizard: &mut Wizard) -> Result<()> {
    let scan = scan(wizard)?;
    print_summary(wizard.prompter.shell(), &scan, Voice::Wizard(&wizard.lessons))?;
    wizard.prompter.shell().flush()?;
    wizard.reload()
}

/// Scans with progress bars; without a network, the practice feeds stand in so that the
/// learner still has something to read. The state is read again by the caller.
pub(super) fn scan(wizard: &mut Wizard) -> Result<Scan> {
    wizard.say(&t!("monitoring-scanning"))?;
    let dir = wizard.learner_dir();
    let mut settings = ScanSettings {
        offline: wizard.offline,
        lang: wizard.lang(),
        fetch: FetchOptions::default(),
    };
    let voice = Voice::Wizard(&wizard.lessons);
    let mut scan = scan_with_progress(
        wizard.prompter.shell(),
        &dir,
        &mut wizard.journal,
        &settings,
        voice,
        false,
    )?;
    if scan.report.all_failed() && !settings.offline {
        wizard.say(&t!("monitoring-no-network"))?;
        settings.offline = true;
        let voice = Voice::Wizard(&wizard.lessons);
        scan = scan_with_progress(
            wizard.prompter.shell(),
            &dir,
            &mut wizard.journal,
            &settings,
            voice,
            false,
        )?;
    }
    Ok(scan)
}

/// Orders suggestions so that the first few find as many different practice items as
/// possible (greedy: each next one adds the most items not found yet; ties keep the
/// pack's order), so that what a newcomer ticks finds something on the first day, even
/// offline in a training room.
fn finding_first(suggestions: Vec<String>, lang: &str) -> Vec<String> {
    let queries: Vec<Query> = suggestions.iter().filter_map(|s| Query::parse(s).ok()).collect();
    if queries.len() != suggestions.len() {
        return suggestions;
    }
    let matcher = Matcher::new(&queries);
    // For each suggestion, the practice items (by position) it finds.
    let mut finds: Vec<Vec<usize>> = vec![Vec::new(); queries.len()];
    let mut position = 0;
    for feed in practice::feeds(lang) {
        let Ok(parsed) = crate::feeds::parse(feed.bytes, &feed.url, None) else {
            continue;
        };
        for item in &parsed.items {
            let document = Document {
                title: &item.title,
                summary: &item.summary,
                link: item.link.as_deref(),
            };
            for hit in matcher.find(&document) {
                finds[hit.query].push(position);
            }
            position += 1;
        }
    }
    let mut seen = vec![false; position];
    let mut left: Vec<usize> = (0..suggestions.len()).collect();
    let mut order = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let gain = |q: &usize| finds[*q].iter().filter(|i| !seen[**i]).count();
        let best = (0..left.len())
            .max_by_key(|&at| (gain(&left[at]), std::cmp::Reverse(at)))
            .expect("not empty");
        let query = left.remove(best);
        for item in &finds[query] {
            seen[*item] = true;
        }
        order.push(query);
    }
    let mut suggestions: Vec<Option<String>> = suggestions.into_iter().map(Some).collect();
    order.into_iter().filter_map(|q| suggestions[q].take()).collect()
}
