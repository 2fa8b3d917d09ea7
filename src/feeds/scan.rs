//! A scan: fetch every watched feed (or read the practice feeds), parse it, match the
//! learner's keywords, and put new matches in the inbox. Pure library: it reports what
//! happens through a callback and returns a [`ScanReport`]; the command prints.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Utc};
use serde::Serialize;
use url::Url;

use super::cache::{FeedCache, ITEMS_PER_FEED};
use super::credentials::{self, CredentialStore, Credentials};
use super::fetch::{self, FetchError, FetchEvent, FetchOptions, FetchRequest, Fetched};
use super::inbox::{Candidate, Field, HitRange, Inbox, MAX_ITEMS};
use super::practice::PracticeFeed;
use super::{FeedItem, parse};
use crate::error::Result;
use crate::journal::{EventBody, Journal, LearnerState};
use crate::keywords::{Document, Matcher, Query};
use crate::t;

/// The learner's keywords, parsed and compiled once for the whole scan.
pub struct Keywords {
    /// The queries as the learner wrote them, in journal order.
    pub texts: Vec<String>,
    matcher: Matcher,
}

impl Keywords {
    /// Compiles the queries that parse; returns the others with their error so the
    /// command can warn about them.
    pub fn compile(texts: &[String]) -> (Keywords, Vec<(String, String)>) {
        let mut good = Vec::new();
        let mut queries = Vec::new();
        let mut bad = Vec::new();
        for text in texts {
            match Query::parse(text) {
                Ok(query) => {
                    good.push(text.clone());
                    queries.push(query);
                }
                Err(err) => bad.push((text.clone(), err.to_string())),
            }
        }
        let keywords = Keywords {
            texts: good,
            matcher: Matcher::new(&queries),
        };
        (keywords, bad)
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Which keywords match `item`, in keyword order, and where.
    pub fn find(&self, item: &FeedItem) -> (Vec<String>, Vec<HitRange>) {
        let document = Document {
            title: &item.title,
            summary: &item.summary,
            link: item.link.as_deref(),
        };
        let hits = self.matcher.find(&document);
        let mut matched: Vec<usize> = hits.iter().map(|h| h.query).collect();
        matched.sort_unstable();
        matched.dedup();
        let ranges = hits
            .iter()
            .flat_map(|hit| {
                hit_ranges(hit).into_iter().map(|(field, start, end)| HitRange {
                    keyword: self.texts[hit.query].clone(),
                    field,
                    start,
                    end,
                })
            })
            .collect();
        (
            matched.into_iter().map(|q| self.texts[q].clone()).collect(),
            ranges,
        )
    }
}

/// The byte ranges of one hit, by field.
fn hit_ranges(hit: &crate::keywords::Hit) -> Vec<(Field, usize, usize)> {
    hit.terms
        .iter()
        .map(|term| {
            let field = match term.field {
                crate::keywords::Field::Title => Field::Title,
                crate::keywords::Field::Summary => Field::Summary,
            };
            (field, term.range.start, term.range.end)
        })
        .collect()
}

/// A feed the learner watches.
#[derive(Clone, Debug)]
pub struct WatchedFeed {
    /// The address without credentials: the key of caches, and what is shown.
    pub url: String,
    /// The address as stored in the journal (with credentials in a journal written
    /// before they were kept apart).
    pub stored: String,
    pub title: Option<String>,
    /// Sent with the requests for this feed.
    pub credentials: Option<Credentials>,
}

/// How one feed did.
#[derive(Clone, Debug, Serialize)]
pub struct FeedReport {
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub status: FeedStatus,
    /// The reason, for a failed feed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<FeedFailure>,
    /// Items in the feed (for "not modified": the items kept from last time).
    pub items: usize,
    pub new_matches: usize,
    /// The feed's new address after a permanent redirect; stored from now on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<String>,
    /// The credentials for `moved_to`: kept apart, never shown.
    #[serde(skip)]
    pub moved_credentials: Option<Credentials>,
    /// The address as the journal has it, for the `feed.moved` event.
    #[serde(skip)]
    pub stored: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedStatus {
    Ok,
    NotModified,
    Failed,
}

#[derive(Clone, Debug, Serialize)]
pub struct FeedFailure {
    /// Stable: `http-status`, `timed-out`, `too-large`, `not-a-feed`, …
    pub kind: String,
    pub message: String,
}

impl FeedFailure {
    fn fetch(err: &FetchError) -> FeedFailure {
        FeedFailure {
            kind: err.kind().to_owned(),
            message: err.to_string(),
        }
    }

    fn parse(err: &super::FeedError) -> FeedFailure {
        FeedFailure {
            kind: "not-a-feed".to_owned(),
            message: t!("scan-not-a-feed", reason = err.to_string()),
        }
    }
}

impl FeedReport {
    pub fn failed(&self) -> bool {
        self.status == FeedStatus::Failed
    }

    /// The feed's one-line status, without the name: "ok, 25 items, 2 new matches".
    /// Comes partly from outside (titles, server reasons): sanitise before printing.
    pub fn summary(&self) -> String {
        match self.status {
            FeedStatus::Ok => t!("scan-feed-ok", items = self.items, matches = self.new_matches),
            FeedStatus::NotModified => t!(
                "scan-feed-not-modified",
                items = self.items,
                matches = self.new_matches
            ),
            FeedStatus::Failed => self.error.as_ref().map(|e| e.message.clone()).unwrap_or_default(),
        }
    }

    /// A name for the feed: its title, else its address.
    pub fn name(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.url)
    }
}

#[derive(Debug, Default, Serialize)]
pub struct ScanReport {
    pub feeds: Vec<FeedReport>,
    /// Whether the bundled practice feeds were read instead of the network.
    pub practice: bool,
    /// Items read across all feeds.
    pub items: usize,
    /// Inbox ids of the items this scan added, in the order found.
    pub new_items: Vec<String>,
    /// Matches not kept because the inbox holds at most [`MAX_ITEMS`]: the oldest.
    pub left_out: usize,
}

impl ScanReport {
    /// Every feed failed (and there was at least one): exit 4.
    pub fn all_failed(&self) -> bool {
        !self.feeds.is_empty() && self.feeds.iter().all(FeedReport::failed)
    }

    /// Holds the inbox to `max` items, then drops what was left out from the new
    /// items and the feeds' counts.
    fn trim_inbox(&mut self, inbox: &mut Inbox, max: usize) {
        inbox.trim(max);
        self.left_out = inbox.take_left_out();
        if self.left_out == 0 {
            return;
        }
        self.new_items.retain(|id| inbox.by_id(id).is_some());
        let mut per_feed: HashMap<&str, usize> = HashMap::new();
        for id in &self.new_items {
            if let Some(item) = inbox.by_id(id) {
                *per_feed.entry(item.feed.as_str()).or_default() += 1;
            }
        }
        for feed in &mut self.feeds {
            feed.new_matches = per_feed.get(feed.url.as_str()).copied().unwrap_or(0);
        }
    }
}

/// What the command hears while a scan goes on.
pub enum ScanEvent<'a> {
    /// Before anything is fetched: the names of the feeds about to be read, by index.
    Plan {
        names: &'a [String],
        practice: Option<PracticeReason>,
    },
    Fetch(&'a FetchEvent),
    /// Feed `index` is done; its report is final.
    FeedDone {
        index: usize,
        report: &'a FeedReport,
    },
}

/// Fetches, parses and matches every watched feed. The cache gives validators and the
/// items behind a 304, and learns the new ones; the inbox gets the new matches.
pub fn scan_feeds(
    feeds: &[WatchedFeed],
    keywords: &Keywords,
    cache: &mut FeedCache,
    inbox: &mut Inbox,
    options: &FetchOptions,
    now: DateTime<Utc>,
    mut on_event: impl FnMut(ScanEvent<'_>),
) -> Result<ScanReport> {
    let mut report = ScanReport {
        feeds: feeds
            .iter()
            .map(|feed| FeedReport {
                url: feed.url.clone(),
                title: feed
                    .title
                    .clone()
                    .or_else(|| cache.get(&feed.url).and_then(|c| c.title.clone())),
                status: FeedStatus::Failed,
                error: None,
                items: 0,
                new_matches: 0,
                moved_to: None,
                moved_credentials: None,
                stored: feed.stored.clone(),
            })
            .collect(),
        ..ScanReport::default()
    };
    // The deadline covers the whole scan: parsing and matching too, not only the network.
    let deadline = Instant::now() + options.deadline;
    let past_deadline = || {
        FeedFailure::fetch(&FetchError::Deadline {
            after: options.deadline,
        })
    };
    // Addresses that do not parse fail on their own, practice feeds the learner chose
    // are read from the bundle, and the others are fetched.
    let mut requests = Vec::new();
    let mut positions = Vec::new();
    for (index, feed) in feeds.iter().enumerate() {
        match Url::parse(&feed.url) {
            Ok(url) if super::practice::is_practice_url(&url) => {
                let feed_report = &mut report.feeds[index];
                match super::practice::find(&url) {
                    Some(bundled) => {
                        read_bundled(&bundled, feed_report, keywords, inbox, now, &mut report.new_items)
                    }
                    None => {
                        feed_report.error = Some(FeedFailure {
                            kind: "bad-address".into(),
                            message: t!("scan-no-such-practice-feed"),
                        })
                    }
                }
                report.items += feed_report.items;
                on_event(ScanEvent::FeedDone {
                    index,
                    report: feed_report,
                });
            }
            Ok(url) => {
                let validators = cache
                    .get(&feed.url)
                    .map(|c| c.validators.clone())
                    .unwrap_or_default();
                let request = FetchRequest::new(url)
                    .with_validators(validators)
                    .with_credentials(feed.credentials.clone());
                requests.push(request);
                positions.push(index);
            }
            Err(err) => {
                let feed_report = &mut report.feeds[index];
                feed_report.error = Some(FeedFailure {
                    kind: "bad-address".into(),
                    message: t!("scan-bad-address", reason = err.to_string()),
                });
                on_event(ScanEvent::FeedDone {
                    index,
                    report: feed_report,
                });
            }
        }
    }

    fetch::fetch_each(requests, options, |event| {
        let FetchEvent::Finished { index, outcome } = event else {
            let event = remap(event, &positions);
            on_event(ScanEvent::Fetch(&event));
            return;
        };
        let index = positions[index];
        let url = feeds[index].url.clone();
        let feed_report = &mut report.feeds[index];
        let moved_to = outcome.moved_to.as_ref().map(Url::to_string);
        feed_report.moved_credentials = outcome.moved_credentials.clone();
        let cached = cache.entry(&url);
        cached.checked_at = Some(now);
        match outcome.result {
            // A body that arrives after the deadline is not parsed: the scan stops on
            // time. The feed keeps its old items and validators, to be asked in full.
            Ok(_) if Instant::now() >= deadline => {
                feed_report.error = Some(past_deadline());
                cached.failed = true;
            }
            Ok(Fetched::Body(body)) => {
                match parse(&body.bytes, &outcome.final_url, body.content_type.as_deref()) {
                    Ok(feed) => {
                        if !feed.title.trim().is_empty() {
                            cached.title = Some(feed.title.clone());
                            feed_report.title.get_or_insert(feed.title.clone());
                        }
                        let items = feed.items;
                        feed_report.items = items.len();
                        let matched = match_items(
                            &items,
                            &url,
                            feed_report.name(),
                            keywords,
                            inbox,
                            now,
                            Some(deadline),
                            &mut report.new_items,
                        );
                        match matched {
                            Matched::All(added) => {
                                feed_report.status = FeedStatus::Ok;
                                feed_report.new_matches = added;
                                let mut newest = items;
                                newest.truncate(ITEMS_PER_FEED);
                                cached.items = newest;
                                cached.validators = body.validators;
                                cached.fetched_at = Some(now);
                                cached.failed = false;
                            }
                            // What was matched stays in the inbox; the feed is asked in
                            // full again next time.
                            Matched::Stopped(added) => {
                                feed_report.new_matches = added;
                                feed_report.error = Some(past_deadline());
                                cached.failed = true;
                            }
                        }
                    }
                    Err(err) => {
                        // A body that is not a feed keeps the old items and validators: the
                        // next scan asks again in full.
                        feed_report.error = Some(FeedFailure::parse(&err));
                        cached.failed = true;
                    }
                }
            }
            Ok(Fetched::NotModified { validators }) => {
                feed_report.status = FeedStatus::NotModified;
                feed_report.items = cached.items.len();
                cached.validators = validators;
                cached.fetched_at = Some(now);
                cached.failed = false;
                let items = std::mem::take(&mut cached.items);
                // Keywords may have changed since: the kept items are matched again.
                feed_report.new_matches = match_items(
                    &items,
                    &url,
                    feed_report.name(),
                    keywords,
                    inbox,
                    now,
                    None,
                    &mut report.new_items,
                )
                .added();
                cache.entry(&url).items = items;
            }
            Err(err) => {
                feed_report.error = Some(FeedFailure::fetch(&err));
                cached.failed = true;
            }
        }
        let feed_report = &mut report.feeds[index];
        cache.entry(&url).status = Some(feed_report.summary());
        report.items += feed_report.items;
        if let Some(to) = moved_to
            && to != url
        {
            cache.rename(&url, &to);
            feed_report.moved_to = Some(to);
        }
        on_event(ScanEvent::FeedDone {
            index,
            report: feed_report,
        });
    })?;
    Ok(report)
}

/// Reads the bundled practice feeds: no network, same matching and inbox.
pub fn scan_practice(
    practice: &[PracticeFeed],
    keywords: &Keywords,
    inbox: &mut Inbox,
    now: DateTime<Utc>,
    mut on_event: impl FnMut(ScanEvent<'_>),
) -> ScanReport {
    let mut report = ScanReport {
        practice: true,
        ..ScanReport::default()
    };
    for (index, feed) in practice.iter().enumerate() {
        let mut feed_report = FeedReport {
            url: feed.url.to_string(),
            title: Some(feed.name.clone()),
            status: FeedStatus::Failed,
            error: None,
            items: 0,
            new_matches: 0,
            moved_to: None,
            moved_credentials: None,
            stored: feed.url.to_string(),
        };
        read_bundled(
            feed,
            &mut feed_report,
            keywords,
            inbox,
            now,
            &mut report.new_items,
        );
        report.items += feed_report.items;
        on_event(ScanEvent::FeedDone {
            index,
            report: &feed_report,
        });
        report.feeds.push(feed_report);
    }
    report
}

/// Parses and matches a bundled practice feed into `feed_report`.
fn read_bundled(
    feed: &PracticeFeed,
    feed_report: &mut FeedReport,
    keywords: &Keywords,
    inbox: &mut Inbox,
    now: DateTime<Utc>,
    new_items: &mut Vec<String>,
) {
    match parse(feed.bytes, &feed.url, None) {
        Ok(parsed) => {
            feed_report.status = FeedStatus::Ok;
            feed_report.items = parsed.items.len();
            let source = feed_report.title.clone().unwrap_or_else(|| feed.name.clone());
            feed_report.new_matches = match_items(
                &parsed.items,
                feed.url.as_str(),
                &source,
                keywords,
                inbox,
                now,
                None,
                new_items,
            )
            .added();
        }
        Err(err) => feed_report.error = Some(FeedFailure::parse(&err)),
    }
}

/// How matching a feed's items ended: how many new matches went into the inbox.
enum Matched {
    All(usize),
    /// The deadline came first.
    Stopped(usize),
}

impl Matched {
    fn added(&self) -> usize {
        match self {
            Matched::All(n) | Matched::Stopped(n) => *n,
        }
    }
}

/// How many items are matched between two looks at the clock.
const DEADLINE_EVERY: usize = 1024;

/// Matches items and adds the new matches to the inbox, stopping at `deadline`.
#[allow(clippy::too_many_arguments)]
fn match_items(
    items: &[FeedItem],
    feed_url: &str,
    source: &str,
    keywords: &Keywords,
    inbox: &mut Inbox,
    now: DateTime<Utc>,
    deadline: Option<Instant>,
    new_items: &mut Vec<String>,
) -> Matched {
    if keywords.is_empty() {
        return Matched::All(0);
    }
    let mut added = 0;
    for (n, item) in items.iter().enumerate() {
        if n % DEADLINE_EVERY == DEADLINE_EVERY - 1 && deadline.is_some_and(|d| Instant::now() >= d) {
            return Matched::Stopped(added);
        }
        // Known items are skipped before matching: a repeat scan costs little.
        if inbox.contains(&item.id, item.link.as_deref()) {
            continue;
        }
        let (matched, hits) = keywords.find(item);
        if matched.is_empty() {
            continue;
        }
        let candidate = Candidate {
            item_id: item.id.clone(),
            feed: feed_url.to_owned(),
            source: source.to_owned(),
            title: item.title.clone(),
            link: item.link.clone(),
            summary: item.summary.clone(),
            published: item.published,
            keywords: matched,
            hits,
        };
        if let Some(item) = inbox.add(candidate, now) {
            new_items.push(item.id.clone());
            added += 1;
        }
        // A huge feed is held to the bound as it goes, so memory stays flat; keeping
        // the newest is the same whether trimmed now and then or once at the end.
        if inbox.len() >= 2 * MAX_ITEMS {
            inbox.trim(MAX_ITEMS);
        }
    }
    Matched::All(added)
}

/// A fetch event with the index of the feed in the scan's list, not in the request list.
fn remap(event: FetchEvent, positions: &[usize]) -> FetchEvent {
    match event {
        FetchEvent::Started { index } => FetchEvent::Started {
            index: positions[index],
        },
        FetchEvent::Received {
            index,
            bytes,
            expected,
        } => FetchEvent::Received {
            index: positions[index],
            bytes,
            expected,
        },
        FetchEvent::Waiting { index, wait } => FetchEvent::Waiting {
            index: positions[index],
            wait,
        },
        FetchEvent::Finished { index, outcome } => FetchEvent::Finished {
            index: positions[index],
            outcome,
        },
    }
}

/// Why the practice feeds were read instead of the learner's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PracticeReason {
    /// `--offline`, or the wizard found no network.
    Offline,
    /// The learner watches no feeds yet.
    NoFeeds,
}

/// How a scan runs.
#[derive(Clone, Debug, Default)]
pub struct ScanSettings {
    /// Read the bundled practice feeds instead of the network.
    pub offline: bool,
    /// Language of the practice feeds.
    pub lang: String,
    pub fetch: FetchOptions,
}

/// Everything a finished scan leaves for the caller to show.
#[derive(Debug)]
pub struct Scan {
    pub report: ScanReport,
    /// The inbox after the scan (saved already).
    pub inbox: Inbox,
    pub practice: Option<PracticeReason>,
    /// How many keywords were matched against.
    pub keywords: usize,
    /// Keywords in the journal that do not parse (query, reason); skipped.
    pub invalid_keywords: Vec<(String, String)>,
}

/// The feeds the learner watches, in the order added, with the titles they were added
/// under (following permanent moves) and the credentials kept for them.
pub fn watched_feeds(
    events: &[crate::journal::Event],
    state: &LearnerState,
    kept: &CredentialStore,
) -> Vec<WatchedFeed> {
    let mut titles: HashMap<String, String> = HashMap::new();
    for event in events {
        match &event.body {
            EventBody::FeedAdded {
                url,
                title: Some(title),
            } => {
                titles.insert(url.clone(), title.clone());
            }
            EventBody::FeedMoved { from, to } => {
                if let Some(title) = titles.get(from).cloned() {
                    titles.entry(to.clone()).or_insert(title);
                }
            }
            _ => {}
        }
    }
    state
        .feeds
        .iter()
        .map(|stored| {
            let (url, in_address) = match Url::parse(stored) {
                Ok(url) => {
                    let (bare, credentials) = credentials::split(&url);
                    (bare.to_string(), credentials)
                }
                Err(_) => (credentials::strip_address(stored), None),
            };
            let credentials = in_address.or_else(|| kept.get(&url).cloned());
            WatchedFeed {
                title: titles.get(stored).cloned(),
                stored: stored.clone(),
                url,
                credentials,
            }
        })
        .collect()
}

/// A whole scan for the learner whose journal is open: reads keywords and feeds from
/// the journal, fetches (or reads the practice feeds), fills the inbox, saves both
/// caches and records `scan.completed` — and `feed.moved` for feeds that moved for good.
///
/// The caches are read before any network work, so a damaged one stops the scan at
/// once (exit 3) and is never overwritten.
pub fn run(
    learner_dir: &Path,
    journal: &mut Journal,
    settings: &ScanSettings,
    mut on_event: impl FnMut(ScanEvent<'_>),
) -> Result<Scan> {
    let reading = journal.read()?;
    let state = LearnerState::from_events(&reading.events);
    let (keywords, invalid_keywords) = Keywords::compile(&state.keywords);
    let mut cache = FeedCache::load(learner_dir)?;
    let mut inbox = Inbox::load(learner_dir)?;
    let mut kept = CredentialStore::load(learner_dir)?;
    inbox.sync_with(&state);
    let watched = watched_feeds(&reading.events, &state, &kept);
    let now = Utc::now();

    let practice = if settings.offline {
        Some(PracticeReason::Offline)
    } else if watched.is_empty() {
        Some(PracticeReason::NoFeeds)
    } else {
        None
    };
    let mut report = match practice {
        Some(reason) => {
            let feeds = super::practice::feeds(&settings.lang);
            let names: Vec<String> = feeds.iter().map(|f| f.name.clone()).collect();
            on_event(ScanEvent::Plan {
                names: &names,
                practice: Some(reason),
            });
            scan_practice(&feeds, &keywords, &mut inbox, now, &mut on_event)
        }
        None => {
            let names: Vec<String> = watched
                .iter()
                .map(|f| f.title.clone().unwrap_or_else(|| f.url.clone()))
                .collect();
            on_event(ScanEvent::Plan {
                names: &names,
                practice: None,
            });
            let report = scan_feeds(
                &watched,
                &keywords,
                &mut cache,
                &mut inbox,
                &settings.fetch,
                now,
                &mut on_event,
            )?;
            for feed in &report.feeds {
                if let Some(to) = &feed.moved_to {
                    journal.append(EventBody::FeedMoved {
                        from: feed.stored.clone(),
                        to: to.clone(),
                    })?;
                    // The credentials go along within the site, or come with the move.
                    kept.remove(&feed.url);
                    if let Some(credentials) = &feed.moved_credentials {
                        kept.set(to, credentials.clone());
                    }
                }
            }
            let still_watched = || {
                report
                    .feeds
                    .iter()
                    .map(|f| f.moved_to.as_deref().unwrap_or(&f.url))
            };
            cache.retain_only(still_watched());
            kept.retain_only(still_watched());
            cache.save(learner_dir)?;
            kept.save(learner_dir)?;
            report
        }
    };
    report.trim_inbox(&mut inbox, MAX_ITEMS);
    inbox.save(learner_dir)?;
    // A scan that read no feed at all is no evidence of watching anything.
    if !report.all_failed() {
        journal.append(EventBody::ScanCompleted {
            feeds: report.feeds.len() as u32,
            items: report.items as u32,
            matches: report.new_items.len() as u32,
        })?;
    }
    Ok(Scan {
        report,
        inbox,
        practice,
        keywords: keywords.texts.len(),
        invalid_keywords,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(count: usize) -> Vec<FeedItem> {
        (0..count)
            .map(|n| FeedItem {
                id: format!("item-{n}"),
                title: format!("Recruitment news {n}"),
                link: None,
                summary: String::new(),
                published: None,
                source: "Big".into(),
            })
            .collect()
    }

    #[test]
    fn matching_stops_at_the_deadline_and_keeps_what_it_found() {
        let (keywords, bad) = Keywords::compile(&["recruitment".to_owned()]);
        assert!(bad.is_empty());
        let items = items(5 * DEADLINE_EVERY);
        let mut inbox = Inbox::default();
        let mut new = Vec::new();
        let past = Instant::now();
        let matched = match_items(
            &items,
            "https://big.example/rss",
            "Big",
            &keywords,
            &mut inbox,
            Utc::now(),
            Some(past),
            &mut new,
        );
        assert!(
            matches!(matched, Matched::Stopped(n) if n == DEADLINE_EVERY - 1),
            "stops at the first look at the clock"
        );
        assert_eq!(inbox.len(), DEADLINE_EVERY - 1);

        let later = Instant::now() + std::time::Duration::from_secs(3600);
        let mut inbox = Inbox::default();
        let matched = match_items(
            &items,
            "https://big.example/rss",
            "Big",
            &keywords,
            &mut inbox,
            Utc::now(),
            Some(later),
            &mut new,
        );
        assert!(matches!(matched, Matched::All(n) if n == 5 * DEADLINE_EVERY));
    }

    #[test]
    fn a_huge_feed_is_held_to_the_bound_while_it_is_matched() {
        let (keywords, _) = Keywords::compile(&["recruitment".to_owned()]);
        let items = items(3 * MAX_ITEMS);
        let mut inbox = Inbox::default();
        let mut report = ScanReport::default();
        let added = match_items(
            &items,
            "https://big.example/rss",
            "Big",
            &keywords,
            &mut inbox,
            Utc::now(),
            None,
            &mut report.new_items,
        )
        .added();
        assert_eq!(added, 3 * MAX_ITEMS);
        assert!(inbox.len() < 2 * MAX_ITEMS, "trimmed on the way: {}", inbox.len());
        report.trim_inbox(&mut inbox, MAX_ITEMS);
        assert_eq!(inbox.len(), MAX_ITEMS);
        assert_eq!(report.left_out, 2 * MAX_ITEMS);
        assert_eq!(report.new_items.len(), MAX_ITEMS);
        assert!(report.new_items.iter().all(|id| inbox.by_id(id).is_some()));
    }
}
