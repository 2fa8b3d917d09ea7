//! `drempel feeds add URL | add --google-news QUERY | add --practice | remove URL | list |
//! import OPML | export [FILE] | preview URL|FILE [--json] | discover SITE_URL`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use url::Url;

use super::Context;
use crate::error::{Error, Result};
use crate::feeds::cache::FeedCache;
use crate::feeds::credentials::{self, CredentialStore, Credentials};
use crate::feeds::fetch::{self, FetchOptions, FetchRequest, Fetched};
use crate::feeds::opml::{self, OpmlFeed};
use crate::feeds::scan::{WatchedFeed, watched_feeds};
use crate::feeds::{Feed, FeedError, address, google, redact_address};
use crate::files;
use crate::journal::{EventBody, LearnerState};
use crate::t;
use crate::ui::progress::FeedBars;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Watch a feed; a website's address is resolved to the feed it announces
    Add {
        /// The feed's (or website's) http or https address
        #[arg(
            value_name = "URL",
            required_unless_present_any = ["google_news", "practice"],
            conflicts_with_all = ["google_news", "practice"]
        )]
        url: Option<String>,
        /// Watch a news search for these words instead, in your language
        #[arg(long, value_name = "QUERY", conflicts_with = "practice")]
        google_news: Option<String>,
        /// Watch the bundled practice feeds of your language (no network needed)
        #[arg(long)]
        practice: bool,
    },
    /// Stop watching a feed
    Remove {
        #[arg(value_name = "URL")]
        url: String,
    },
    /// The feeds you watch, and how each did in the last scan
    List {
        /// Print the list as JSON on stdout
        #[arg(long)]
        json: bool,
    },
    /// Watch every feed in an OPML file exported from a feed reader
    Import {
        #[arg(value_name = "OPML")]
        file: PathBuf,
    },
    /// Write your feeds as OPML 2.0, for a feed reader (to stdout without FILE)
    Export {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// Replace FILE if it exists already, without asking
        #[arg(long)]
        force: bool,
    },
    /// Show what a feed holds without watching it
    Preview {
        /// A feed's address, or a feed file on disk
        #[arg(value_name = "URL|FILE")]
        source: String,
        /// Print the items as JSON on stdout
        #[arg(long)]
        json: bool,
    },
    /// List the feeds a website announces
    Discover {
        #[arg(value_name = "SITE_URL")]
        url: String,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    // Watching a feed can be the last piece of evidence a rung asked for.
    if matches!(args.action, Action::Add { .. } | Action::Import { .. }) {
        return super::announcing(ctx, false, |ctx| act(ctx, args));
    }
    act(ctx, args)
}

fn act(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Add { practice: true, .. } => add_practice(ctx),
        Action::Add {
            url: Some(url),
            google_news: None,
            ..
        } => add_url(ctx, url),
        Action::Add {
            google_news: Some(query),
            ..
        } => add_google_news(ctx, query),
        Action::Add { .. } => Err(Error::Usage(t!("feeds-cmd-add-what"))),
        Action::Remove { url } => remove(ctx, url),
        Action::List { json } => list(ctx, *json),
        Action::Import { file } => import(ctx, file),
        Action::Export { file, force } => export(ctx, file.as_deref(), *force),
        Action::Preview { source, json } => preview(ctx, source, *json),
        Action::Discover { url } => discover_feeds(ctx, url),
    }
}

fn refuse_offline(ctx: &Context, command: &'static str) -> Result<()> {
    if ctx.global.offline {
        return Err(Error::NeedsNetwork { command });
    }
    Ok(())
}

/// A page or feed fetched for a command.
struct Got {
    final_url: Url,
    /// Its new address after permanent redirects, without credentials.
    moved_to: Option<Url>,
    /// The credentials that go with `moved_to`.
    moved_credentials: Option<Credentials>,
    body: fetch::Body,
}

/// Fetches one address (without credentials; `credentials` are sent apart) with a
/// progress line; a failure is an error naming it (exit 4).
fn fetch_one(ctx: &mut Context, url: &Url, credentials: Option<&Credentials>) -> Result<Got> {
    let options = FetchOptions::default();
    let mut bars = FeedBars::new(ctx.shell, &[redact_address(url.as_str())]);
    let request = FetchRequest::new(url.clone()).with_credentials(credentials.cloned());
    // Errors name the address as typed, password hidden: `https://anna:***@…`.
    let shown = redact_address(
        request
            .credentials
            .as_ref()
            .map_or_else(|| request.url.clone(), |c| c.apply(&request.url))
            .as_str(),
    );
    let outcome = fetch::fetch_all(vec![request], &options, |event| bars.fetch(event))?
        .pop()
        .expect("one request, one outcome");
    bars.clear();
    match outcome.result {
        Ok(Fetched::Body(body)) => Ok(Got {
            final_url: outcome.final_url,
            moved_to: outcome.moved_to,
            moved_credentials: outcome.moved_credentials,
            body,
        }),
        // We sent no validators, so a 304 is the server's mistake: say so plainly.
        Ok(Fetched::NotModified { .. }) => Err(Error::FeedFetch {
            url: shown,
            reason: fetch::FetchError::Status { code: 304 }.to_string(),
        }),
        Err(err) => Err(Error::FeedFetch {
            url: shown,
            reason: err.to_string(),
        }),
    }
}

/// Reads what is behind an address as a feed. When it is not one, the error comes with
/// the feeds the page announces (`<link rel="alternate">`), if it is a web page.
fn look_at(got: &Got) -> std::result::Result<Feed, (FeedError, Vec<Url>)> {
    crate::feeds::parse(&got.body.bytes, &got.final_url, got.body.content_type.as_deref()).map_err(|err| {
        let links = match &err {
            FeedError::HtmlPage { feeds } => feeds.clone(),
            _ => Vec::new(),
        };
        (err, links)
    })
}

/// The error for an address that is no feed and announces none.
fn not_a_feed(url: &Url, err: FeedError) -> Error {
    match err {
        FeedError::HtmlPage { .. } => Error::NoFeedFound {
            url: redact_address(url.as_str()),
        },
        error => Error::Feed {
            location: redact_address(url.as_str()),
            error,
        },
    }
}

/// An address for display: credentials hidden, controls removed.
fn shown(address: &str) -> String {
    sanitize_line(&redact_address(address))
}

fn add_url(ctx: &mut Context, text: &str) -> Result<ExitCode> {
    let typed = address::parse(text)?;
    // The credentials never go into the journal: they are kept apart, for the fetcher.
    let (url, typed_credentials) = credentials::split(&typed);
    let state = ctx.state()?;
    if let Some(existing) = already_watched(&state, &url) {
        ctx.shell
            .status(t!("feeds-cmd-already", url = shown(&existing)))?;
        return Ok(ExitCode::SUCCESS);
    }
    // A practice feed is read from the bundle, network or not.
    if let Some(practice) = crate::feeds::practice::find(&url) {
        ctx.journal()?.append(EventBody::FeedAdded {
            url: url.to_string(),
            title: Some(practice.name.clone()),
        })?;
        ctx.shell.println(t!(
            "feeds-cmd-added-practice",
            title = practice.name.as_str(),
            url = url.as_str()
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    refuse_offline(ctx, "feeds add URL")?;
    let got = fetch_one(ctx, &url, typed_credentials.as_ref())?;
    // Where the feed lives, and the credentials that go with it there.
    let moved = |got: &Got, from: &Url, with: Option<Credentials>| match &got.moved_to {
        Some(to) => (to.clone(), got.moved_credentials.clone()),
        None => (from.clone(), with),
    };
    let (feed_url, feed_credentials, feed) = match look_at(&got) {
        Ok(feed) => {
            let (here, with) = moved(&got, &url, typed_credentials.clone());
            (here, with, feed)
        }
        Err((err, links)) => {
            let Some(first) = links.first().cloned() else {
                return Err(not_a_feed(&url, err));
            };
            ctx.shell.status(t!(
                "feeds-cmd-found-link",
                site = shown(url.as_str()),
                url = shown(first.as_str())
            ))?;
            for other in links.iter().skip(1) {
                ctx.shell
                    .status(t!("feeds-cmd-other-link", url = shown(other.as_str())))?;
            }
            // The site's credentials go to a feed on the same site only.
            let (first, in_link) = credentials::split(&first);
            let with = in_link.or_else(|| {
                typed_credentials
                    .clone()
                    .filter(|_| credentials::may_follow(&url, &first))
            });
            let got = fetch_one(ctx, &first, with.as_ref())?;
            match look_at(&got) {
                Ok(feed) => {
                    let (here, with) = moved(&got, &first, with);
                    (here, with, feed)
                }
                Err((error, _)) => {
                    return Err(Error::Feed {
                        location: redact_address(first.as_str()),
                        error,
                    });
                }
            }
        }
    };
    if let Some(existing) = already_watched(&state, &feed_url) {
        ctx.shell
            .status(t!("feeds-cmd-already", url = shown(&existing)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let title = Some(feed.title.trim().to_owned()).filter(|t| !t.is_empty());
    credentials::remember(&ctx.learner_dir(), &feed_url, feed_credentials.as_ref())?;
    ctx.journal()?.append(EventBody::FeedAdded {
        url: feed_url.to_string(),
        title: title.clone(),
    })?;
    ctx.shell.println(t!(
        "feeds-cmd-added",
        title = shown(title.as_deref().unwrap_or(feed_url.as_str())),
        url = shown(feed_url.as_str()),
        items = feed.items.len()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn add_google_news(ctx: &mut Context, query: &str) -> Result<ExitCode> {
    let query = query.trim();
    if query.is_empty() {
        return Err(Error::Usage(t!("feeds-cmd-empty-query")));
    }
    let url = google::news_search_url(query, &ctx.lang()?);
    let state = ctx.state()?;
    if let Some(existing) = already_watched(&state, &url) {
        ctx.shell
            .status(t!("feeds-cmd-already", url = shown(&existing)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let title = t!("feeds-cmd-news-title", query = query);
    ctx.journal()?.append(EventBody::FeedAdded {
        url: url.to_string(),
        title: Some(title.clone()),
    })?;
    ctx.shell.println(t!(
        "feeds-cmd-added-news",
        title = sanitize_line(&title),
        url = sanitize_line(url.as_str())
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// Watches the practice feeds of the run's language: no network needed, so also with
/// `--offline`, and they count as watched feeds like any other.
fn add_practice(ctx: &mut Context) -> Result<ExitCode> {
    let lang = ctx.lang()?;
    let mut journal = ctx.journal()?;
    let state = LearnerState::from_events(&journal.read()?.events);
    let mut added = 0;
    for subscribing in crate::feeds::practice::subscriptions(&state.feeds, &lang)? {
        let title = subscribing.title.clone().unwrap_or_default();
        match subscribing.event() {
            Some(event) => {
                journal.append(event)?;
                added += 1;
                ctx.shell.println(t!(
                    "feeds-cmd-added-practice",
                    title = sanitize_line(&title),
                    url = subscribing.url.as_str()
                ))?;
            }
            None => ctx
                .shell
                .status(t!("feeds-cmd-already", url = shown(subscribing.url.as_str())))?,
        }
    }
    ctx.shell
        .status(t!("feeds-cmd-practice-summary", count = added))?;
    Ok(ExitCode::SUCCESS)
}

/// The stored address that means the same as `url`, if any (the one rule of
/// [`address::Watched`]).
fn already_watched(state: &LearnerState, url: &Url) -> Option<String> {
    address::Watched::new(&state.feeds).find(url).map(str::to_owned)
}

fn remove(ctx: &mut Context, text: &str) -> Result<ExitCode> {
    let state = ctx.state()?;
    let found = address::Watched::new(&state.feeds)
        .find_text(text)
        .map(str::to_owned);
    let Some(url) = found else {
        return Err(Error::NotWatching {
            url: redact_address(text.trim()),
        });
    };
    ctx.journal()?
        .append(EventBody::FeedRemoved { url: url.clone() })?;
    credentials::forget(&ctx.learner_dir(), &address::key(&url))?;
    ctx.shell.println(t!("feeds-cmd-removed", url = shown(&url)))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct ListedFeed<'a> {
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_checked: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_status: Option<&'a str>,
    failed: bool,
}

fn watched(ctx: &mut Context) -> Result<Vec<WatchedFeed>> {
    let kept = CredentialStore::load(&ctx.learner_dir())?;
    let reading = ctx.reading()?;
    let state = LearnerState::from_events(&reading.events);
    Ok(watched_feeds(&reading.events, &state, &kept))
}

fn list(ctx: &mut Context, json: bool) -> Result<ExitCode> {
    let feeds = watched(ctx)?;
    let cache = FeedCache::load(&ctx.learner_dir())?;
    let listed: Vec<ListedFeed> = feeds
        .iter()
        .map(|feed| {
            let cached = cache.get(&feed.url);
            ListedFeed {
                url: &feed.url,
                title: feed
                    .title
                    .as_deref()
                    .or_else(|| cached.and_then(|c| c.title.as_deref())),
                last_checked: cached.and_then(|c| c.checked_at),
                last_status: cached.and_then(|c| c.status.as_deref()),
                failed: cached.is_some_and(|c| c.failed),
            }
        })
        .collect();
    if json {
        let value = serde_json::json!({ "feeds": listed });
        ctx.shell.json(&value)?;
        return Ok(ExitCode::SUCCESS);
    }
    if listed.is_empty() {
        ctx.shell.println(t!("feeds-cmd-none"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let p = ctx.shell.palette().clone();
    for feed in &listed {
        let title = feed.title.map(sanitize_line).unwrap_or_default();
        let head = if title.is_empty() {
            shown(feed.url)
        } else {
            format!(
                "{} {}",
                p.heading.apply_to(title),
                p.dim.apply_to(shown(feed.url))
            )
        };
        ctx.shell.println(head)?;
        let last = match (feed.last_checked, feed.last_status) {
            (Some(at), Some(status)) => {
                let mark = if feed.failed {
                    p.bad.apply_to("✗")
                } else {
                    p.good.apply_to("✓")
                };
                t!(
                    "feeds-cmd-last",
                    mark = mark.to_string(),
                    at = at
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                    status = sanitize_line(status)
                )
            }
            _ => t!("feeds-cmd-not-scanned"),
        };
        ctx.shell.println(format!("  {last}"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A file named on the command line, at most `limit` bytes; a pipe or device is refused,
/// never waited on.
fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>> {
    files::read_capped(path, limit).map_err(|err| Error::InputFile {
        path: path.to_owned(),
        reason: err.to_string(),
    })
}

fn import(ctx: &mut Context, path: &Path) -> Result<ExitCode> {
    let bytes = read_input(path, opml::MAX_OPML_BYTES)?;
    let entries = opml::parse(&bytes).map_err(|error| Error::Opml {
        path: path.to_owned(),
        error,
    })?;
    let mut journal = ctx.journal()?;
    let state = LearnerState::from_events(&journal.read()?.events);
    let mut watching = address::Watched::new(&state.feeds);
    let learner_dir = ctx.learner_dir();
    let mut kept = CredentialStore::load(&learner_dir)?;
    let mut events = Vec::new();
    let (mut added, mut known, mut bad) = (0usize, 0usize, 0usize);
    let p = ctx.shell.palette().clone();
    for entry in &entries {
        let shown_url = shown(&entry.xml_url);
        let url = match address::parse(&entry.xml_url) {
            Ok(url) => url,
            Err(err) => {
                bad += 1;
                let reason = match err {
                    Error::BadFeedUrl { reason, .. } => reason,
                    other => other.to_string(),
                };
                ctx.shell.println(format!(
                    "{} {}",
                    p.bad.apply_to("✗"),
                    t!(
                        "feeds-cmd-import-bad",
                        url = shown_url,
                        reason = sanitize_line(&reason)
                    )
                ))?;
                continue;
            }
        };
        if let Some(existing) = watching.find(&url) {
            known += 1;
            ctx.shell.println(format!(
                "{} {}",
                p.dim.apply_to("="),
                t!("feeds-cmd-import-known", url = shown(existing))
            ))?;
            continue;
        }
        let url = credentials::keep(&mut kept, &url);
        let title = entry
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        ctx.shell.println(format!(
            "{} {}",
            p.good.apply_to("+"),
            t!(
                "feeds-cmd-import-added",
                title = shown(title.as_deref().unwrap_or(url.as_str())),
                url = shown(url.as_str())
            )
        ))?;
        watching.insert(&url);
        events.push(EventBody::FeedAdded {
            url: url.to_string(),
            title,
        });
        added += 1;
    }
    // Credentials first: a feed in the journal can always find its own. Then every
    // feed in one write and one flush to disk.
    kept.save(&learner_dir)?;
    journal.append_all(events)?;
    ctx.shell.status(t!(
        "feeds-cmd-import-summary",
        added = added,
        known = known,
        bad = bad
    ))?;
    // A file with nothing usable in it is bad input, not a success.
    if added == 0 && known == 0 {
        return Err(Error::NothingToImport {
            path: path.to_owned(),
        });
    }
    Ok(ExitCode::SUCCESS)
}

fn export(ctx: &mut Context, file: Option<&Path>, force: bool) -> Result<ExitCode> {
    let cache = FeedCache::load(&ctx.learner_dir())?;
    let entries: Vec<OpmlFeed> = watched(ctx)?
        .into_iter()
        .map(|feed| OpmlFeed {
            // Titles come from feeds: no control or bidi characters go into the file.
            title: feed
                .title
                .or_else(|| cache.get(&feed.url).and_then(|c| c.title.clone()))
                .map(|t| sanitize_line(&t)),
            xml_url: feed.url,
            html_url: None,
        })
        .collect();
    let text = opml::write(&entries);
    match file {
        None => ctx.shell.out().write_all(text.as_bytes())?,
        Some(path) => {
            if !super::out::write(ctx, path, text.as_bytes(), force)? {
                return Ok(ExitCode::SUCCESS);
            }
            ctx.shell.status(t!(
                "feeds-cmd-exported",
                count = entries.len(),
                path = path.display().to_string()
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn preview(ctx: &mut Context, source: &str, json: bool) -> Result<ExitCode> {
    let is_web = source.starts_with("http://") || source.starts_with("https://");
    let (feed, address) = if is_web {
        let (url, with) = credentials::split(&address::parse(source)?);
        refuse_offline(ctx, "feeds preview URL")?;
        let got = fetch_one(ctx, &url, with.as_ref())?;
        // A web page's error lists the feeds it announces, to preview instead.
        let feed = look_at(&got).map_err(|(error, _)| Error::Feed {
            location: redact_address(url.as_str()),
            error,
        })?;
        (feed, url.to_string())
    } else {
        let path = Path::new(source);
        // A feed file is held to what a fetched feed may be.
        let bytes = read_input(path, fetch::DEFAULT_MAX_BODY as u64)?;
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let base =
            Url::from_file_path(&absolute).unwrap_or_else(|_| Url::parse("file:///").expect("a valid URL"));
        let feed = crate::feeds::parse(&bytes, &base, None).map_err(|error| Error::Feed {
            location: path.display().to_string(),
            error,
        })?;
        (feed, path.display().to_string())
    };
    if json {
        let value = serde_json::json!({
            "source": address,
            "title": feed.title,
            "site": feed.site,
            "items": feed.items,
        });
        ctx.shell.json(&value)?;
        return Ok(ExitCode::SUCCESS);
    }
    let p = ctx.shell.palette().clone();
    let title = sanitize_line(&feed.title);
    ctx.shell.println(format!(
        "{} {}",
        p.heading.apply_to(if title.is_empty() {
            t!("inbox-untitled")
        } else {
            title
        }),
        p.dim
            .apply_to(t!("feeds-cmd-preview-count", count = feed.items.len()))
    ))?;
    for item in &feed.items {
        let date = item
            .published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "          ".to_owned());
        let title = sanitize_line(&item.title);
        ctx.shell.println(format!(
            "{} {}",
            p.dim.apply_to(date),
            if title.is_empty() {
                t!("inbox-untitled")
            } else {
                title
            }
        ))?;
        if let Some(link) = &item.link {
            ctx.shell
                .println(format!("           {}", p.dim.apply_to(sanitize_line(link))))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn discover_feeds(ctx: &mut Context, text: &str) -> Result<ExitCode> {
    let (url, with) = credentials::split(&address::parse(text)?);
    refuse_offline(ctx, "feeds discover SITE_URL")?;
    let got = fetch_one(ctx, &url, with.as_ref())?;
    match look_at(&got) {
        Ok(feed) => {
            ctx.shell.status(t!(
                "feeds-cmd-is-feed",
                url = shown(url.as_str()),
                title = sanitize_line(&feed.title)
            ))?;
            ctx.shell.println(shown(url.as_str()))?;
        }
        Err((err, links)) if links.is_empty() => return Err(not_a_feed(&url, err)),
        Err((_, links)) => {
            for link in links {
                ctx.shell.println(shown(link.as_str()))?;
            }
            ctx.shell.status(t!("feeds-cmd-discover-next"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
