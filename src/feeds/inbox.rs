//! The inbox: items from the learner's feeds that matched their keywords, waiting to be
//! read and decided on. Kept in `inbox.json` in the learner's folder, a cache that a
//! scan can rebuild; what the learner decided lives in the journal (`item.triaged`).
//!
//! An item enters once: later scans, and other feeds carrying the same story, are
//! recognised by the item's id and by its link with tracking parameters removed.
//!
//! The inbox holds at most [`MAX_ITEMS`] matches: after a scan, the newest by
//! publication date stay (see [`Inbox::trim`]). Every lookup is by hash, so a scan of
//! a feed with 100,000 items costs time in proportion to its items, not their square.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::journal::LearnerState;

pub const FILE_NAME: &str = "inbox.json";
const VERSION: u32 = 1;

/// How much of a summary is kept: enough to judge an item, not a copy of the article.
pub const SUMMARY_LIMIT: usize = 600;

/// The most matches the inbox keeps: more than anyone reads, few enough to load,
/// rank and save in a blink. A scan that finds more keeps the newest.
pub const MAX_ITEMS: usize = 5_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemState {
    New,
    Triaged,
}

/// Which text of an item a keyword was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Title,
    Summary,
    Link,
}

/// Where one keyword matched: a byte range of the stored title, summary or link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HitRange {
    pub keyword: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxItem {
    /// Stable short id the learner types (`drempel triage 3f9a2c1b`): derived from the
    /// item's link or id, so a rebuilt inbox gives the same ids.
    pub id: String,
    /// The id the feed gave the item (guid, else link, else title).
    pub item_id: String,
    /// The feed's address.
    pub feed: String,
    /// The feed's title.
    pub source: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime<Utc>>,
    pub first_seen: DateTime<Utc>,
    pub state: ItemState,
    /// The learner's keywords (queries) that matched, in the order they were added.
    pub keywords: Vec<String>,
    #[serde(default)]
    pub hits: Vec<HitRange>,
}

impl InboxItem {
    pub fn is_new(&self) -> bool {
        self.state == ItemState::New
    }
}

/// A matched item offered to the inbox.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub item_id: String,
    pub feed: String,
    pub source: String,
    pub title: String,
    pub link: Option<String>,
    pub summary: String,
    pub published: Option<DateTime<Utc>>,
    pub keywords: Vec<String>,
    pub hits: Vec<HitRange>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    version: u32,
    items: Vec<InboxItem>,
}

/// Looking an item up by what the learner typed.
#[derive(Debug, PartialEq)]
pub enum Lookup<'a> {
    Found(&'a InboxItem),
    NotFound,
    /// The prefix fits more than one item: these ids.
    Ambiguous(Vec<String>),
}

#[derive(Debug, Default)]
pub struct Inbox {
    items: Vec<InboxItem>,
    /// Dedup keys of every item: `id:<item id>` and `link:<normalised link>`.
    seen: HashSet<String>,
    /// Position in `items` of each inbox id.
    ids: HashMap<String, usize>,
    /// Items [`Inbox::trim`] left out since [`Inbox::take_left_out`] was last called.
    left_out: usize,
}

impl Inbox {
    pub fn path(learner_dir: &Path) -> PathBuf {
        learner_dir.join(FILE_NAME)
    }

    /// Reads the inbox in `learner_dir`; missing means empty. A damaged file is an error
    /// naming it, and is left untouched.
    pub fn load(learner_dir: &Path) -> Result<Inbox> {
        let path = Inbox::path(learner_dir);
        let Some(file) = super::cache::read_json::<File>(&path)? else {
            return Ok(Inbox::default());
        };
        if file.version > VERSION {
            return Err(Error::CacheCorrupt {
                path,
                reason: format!("version {} is newer than this drempel", file.version),
            });
        }
        let mut inbox = Inbox::default();
        for mut item in file.items {
            // An inbox written before addresses lost their credentials.
            if super::credentials::has_credentials(&item.feed) {
                item.feed = super::credentials::strip_address(&item.feed);
            }
            inbox.index(&item, inbox.items.len());
            inbox.items.push(item);
        }
        Ok(inbox)
    }

    pub fn save(&self, learner_dir: &Path) -> Result<()> {
        let file = FileRef {
            version: VERSION,
            items: &self.items,
        };
        let json = serde_json::to_vec_pretty(&file).expect("the inbox serialises");
        crate::fsutil::write_atomic(&Inbox::path(learner_dir), &json)
    }

    fn index(&mut self, item: &InboxItem, position: usize) {
        for key in keys(&item.item_id, item.link.as_deref()) {
            self.seen.insert(key);
        }
        self.ids.insert(item.id.clone(), position);
    }

    /// How many items trimming left out since the last call; starts again at 0.
    pub fn take_left_out(&mut self) -> usize {
        std::mem::take(&mut self.left_out)
    }

    /// The item with exactly this inbox id.
    pub fn by_id(&self, id: &str) -> Option<&InboxItem> {
        self.ids.get(id).map(|&at| &self.items[at])
    }

    /// Keeps the `max` newest items by publication date (undated ones count as
    /// oldest); at equal dates, those that were in the inbox first stay. Returns how
    /// many were left out. An item left out can come back with a later scan only if
    /// it is newer than what the inbox holds then, so nothing goes round in circles.
    pub fn trim(&mut self, max: usize) -> usize {
        if self.items.len() <= max {
            return 0;
        }
        let mut order: Vec<usize> = (0..self.items.len()).collect();
        // Stable: ties keep insertion order, so earlier items win.
        order.sort_by(|&a, &b| self.items[b].published.cmp(&self.items[a].published));
        let mut keep = vec![false; self.items.len()];
        for &at in &order[..max] {
            keep[at] = true;
        }
        let dropped = self.items.len() - max;
        self.left_out += dropped;
        let items = std::mem::take(&mut self.items);
        self.seen.clear();
        self.ids.clear();
        for (item, kept) in items.into_iter().zip(keep) {
            if kept {
                self.index(&item, self.items.len());
                self.items.push(item);
            }
        }
        dropped
    }

    /// Whether an item with this id or link is in the inbox already.
    pub fn contains(&self, item_id: &str, link: Option<&str>) -> bool {
        keys(item_id, link).iter().any(|k| self.seen.contains(k))
    }

    /// Adds a match unless the inbox has it already; returns the new item.
    pub fn add(&mut self, candidate: Candidate, now: DateTime<Utc>) -> Option<&InboxItem> {
        if self.contains(&candidate.item_id, candidate.link.as_deref()) {
            return None;
        }
        let key = match candidate.link.as_deref().and_then(normalise_link) {
            Some(link) => format!("link:{link}"),
            None => format!("id:{}", candidate.item_id),
        };
        let mut id = short_hash(&key);
        // Two different items sharing 64 bits of hash: vanishingly rare, but ids must
        // stay unique.
        let mut salt = 0;
        while self.ids.contains_key(&id) {
            salt += 1;
            id = short_hash(&format!("{key}#{salt}"));
        }
        let summary = truncate(candidate.summary, SUMMARY_LIMIT);
        let mut hits = candidate.hits;
        // Ranges past the kept part of the summary would point nowhere.
        let kept = summary.trim_end_matches('…').len();
        hits.retain(|h| h.field != Field::Summary || h.end <= kept);
        let item = InboxItem {
            id,
            item_id: candidate.item_id,
            feed: candidate.feed,
            source: candidate.source,
            title: candidate.title,
            link: candidate.link,
            summary,
            published: candidate.published,
            first_seen: now,
            state: ItemState::New,
            keywords: candidate.keywords,
            hits,
        };
        self.index(&item, self.items.len());
        self.items.push(item);
        self.items.last()
    }

    pub fn items(&self) -> &[InboxItem] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Items not decided on yet, best first (see [`rank`]).
    pub fn new_items(&self) -> Vec<&InboxItem> {
        let mut items: Vec<&InboxItem> = self.items.iter().filter(|i| i.is_new()).collect();
        rank(&mut items);
        items
    }

    /// All items, best first.
    pub fn all_items(&self) -> Vec<&InboxItem> {
        let mut items: Vec<&InboxItem> = self.items.iter().collect();
        rank(&mut items);
        items
    }

    /// Finds an item by its id or a unique prefix of it (at least 4 characters, like
    /// git), case-insensitively.
    pub fn get(&self, prefix: &str) -> Lookup<'_> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if let Some(item) = self.by_id(&prefix) {
            return Lookup::Found(item);
        }
        if prefix.len() < 4 {
            return Lookup::NotFound;
        }
        let matching: Vec<&InboxItem> = self.items.iter().filter(|i| i.id.starts_with(&prefix)).collect();
        match matching.as_slice() {
            [] => Lookup::NotFound,
            [one] => Lookup::Found(one),
            many => Lookup::Ambiguous(many.iter().map(|i| i.id.clone()).collect()),
        }
    }

    /// [`Inbox::get`] for a command: a missing or ambiguous id is an error that says
    /// what to type instead (exit 2).
    pub fn find(&self, prefix: &str) -> Result<&InboxItem> {
        match self.get(prefix) {
            Lookup::Found(item) => Ok(item),
            Lookup::NotFound => Err(Error::NoSuchItem {
                id: prefix.to_owned(),
            }),
            Lookup::Ambiguous(candidates) => Err(Error::AmbiguousItem {
                id: prefix.to_owned(),
                candidates,
            }),
        }
    }

    /// Marks an item as decided on; false when there is no such item.
    pub fn mark_triaged(&mut self, id: &str) -> bool {
        match self.ids.get(id) {
            Some(&at) => {
                self.items[at].state = ItemState::Triaged;
                true
            }
            None => false,
        }
    }

    /// Brings states in line with the journal, the source of truth: an item the
    /// journal has a decision for is triaged, and one without (after a reset of the
    /// reading step) is new again. Returns whether anything changed.
    pub fn sync_with(&mut self, state: &LearnerState) -> bool {
        let mut changed = false;
        for item in &mut self.items {
            let decided = state.triage.contains_key(&item.id);
            let wanted = if decided {
                ItemState::Triaged
            } else {
                ItemState::New
            };
            if item.state != wanted {
                item.state = wanted;
                changed = true;
            }
        }
        changed
    }
}

#[derive(Serialize)]
struct FileRef<'a> {
    version: u32,
    items: &'a [InboxItem],
}

/// Best first: more of the learner's keywords matched, then newer, then the title.
pub fn rank(items: &mut [&InboxItem]) {
    items.sort_by(|a, b| {
        b.keywords
            .len()
            .cmp(&a.keywords.len())
            .then_with(|| b.published.cmp(&a.published))
            .then_with(|| b.first_seen.cmp(&a.first_seen))
            .then_with(|| a.title.cmp(&b.title))
    });
}

fn keys(item_id: &str, link: Option<&str>) -> Vec<String> {
    let mut keys = Vec::with_capacity(2);
    if !item_id.is_empty() {
        keys.push(format!("id:{item_id}"));
    }
    if let Some(link) = link.and_then(normalise_link) {
        keys.push(format!("link:{link}"));
    }
    keys
}

/// Query parameters that only say where a click came from.
fn is_tracking(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "fbclid" | "gclid" | "dclid" | "msclkid" | "mc_cid" | "mc_eid" | "igshid" | "ref_src"
        )
}

/// A link as the same story would have it everywhere: no scheme, no `www.`, no
/// fragment, no tracking parameters, no trailing slash. `None` for what is not an
/// http(s) address.
pub fn normalise_link(link: &str) -> Option<String> {
    let url = url::Url::parse(link.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut out = String::with_capacity(link.len());
    out.push_str(host);
    if let Some(port) = url.port() {
        out.push_str(&format!(":{port}"));
    }
    let path = url.path().trim_end_matches('/');
    out.push_str(path);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| !is_tracking(name))
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    if !kept.is_empty() {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(kept)
            .finish();
        out.push('?');
        out.push_str(&query);
    }
    Some(out)
}

/// 64-bit FNV-1a as 16 hex digits: stable across versions and platforms, unlike std's
/// hasher.
fn short_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Cuts `text` to at most `limit` characters, at a word boundary when one is near.
fn truncate(text: String, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text;
    }
    let cut: String = text.chars().take(limit).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(at) if at > limit / 2 => cut[..at].trim_end().to_owned(),
        _ => cut,
    };
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Decision;

    fn candidate(item_id: &str, link: Option<&str>, keywords: &[&str]) -> Candidate {
        Candidate {
            item_id: item_id.into(),
            feed: "https://feed.example/rss".into(),
            source: "Example".into(),
            title: format!("Title {item_id}"),
            link: link.map(str::to_owned),
            summary: "x".repeat(2000),
            published: None,
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            hits: vec![],
        }
    }

    #[test]
    fn links_are_normalised_for_deduplication() {
        let a = normalise_link("https://www.Example.org/news/item/?utm_source=x&id=4#top");
        let b = normalise_link("http://example.org/news/item?id=4&fbclid=abc");
        assert_eq!(a, b);
        assert_eq!(a.as_deref(), Some("example.org/news/item?id=4"));
        assert_eq!(normalise_link("javascript:alert(1)"), None);
    }

    #[test]
    fn the_same_story_enters_once_by_id_or_by_link() {
        let mut inbox = Inbox::default();
        let now = Utc::now();
        assert!(
            inbox
                .add(candidate("g1", Some("https://a.org/x"), &["hr"]), now)
                .is_some()
        );
        assert!(
            inbox.add(candidate("g1", None, &["hr"]), now).is_none(),
            "same id"
        );
        assert!(
            inbox
                .add(
                    candidate("other", Some("http://www.a.org/x/?utm_medium=rss"), &["hr"]),
                    now
                )
                .is_none(),
            "same link from another feed"
        );
        assert!(
            inbox
                .add(candidate("g2", Some("https://a.org/y"), &["hr"]), now)
                .is_some()
        );
        assert_eq!(inbox.len(), 2);
        assert!(inbox.items()[0].summary.chars().count() <= SUMMARY_LIMIT + 1);
    }

    #[test]
    fn ids_are_stable_and_found_by_prefix() {
        let mut inbox = Inbox::default();
        let id = inbox
            .add(candidate("g1", Some("https://a.org/x"), &[]), Utc::now())
            .unwrap()
            .id
            .clone();
        let mut again = Inbox::default();
        let same = again
            .add(candidate("g1", Some("https://a.org/x"), &[]), Utc::now())
            .unwrap();
        assert_eq!(same.id, id, "a rebuilt inbox gives the same ids");
        assert!(matches!(inbox.get(&id[..6]), Lookup::Found(i) if i.id == id));
        assert!(matches!(inbox.get(&id[..6].to_uppercase()), Lookup::Found(_)));
        assert_eq!(inbox.get(&id[..2]), Lookup::NotFound, "too short to guess");
        assert_eq!(inbox.get("zzzzzz"), Lookup::NotFound);
        assert_eq!(inbox.find(&id[..5]).unwrap().id, id);
        let err = inbox.find("zzzzzz").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("inbox --all"), "{err}");
    }

    #[test]
    fn an_ambiguous_prefix_names_the_candidates() {
        let mut inbox = Inbox::default();
        let now = Utc::now();
        // Enough items that two share a 4-digit prefix.
        for n in 0..400 {
            inbox.add(candidate(&format!("item-{n}"), None, &[]), now);
        }
        let mut ids: Vec<&str> = inbox.items().iter().map(|i| i.id.as_str()).collect();
        ids.sort_unstable();
        let shared = ids
            .windows(2)
            .find(|w| w[0][..4] == w[1][..4])
            .map(|w| &w[0][..4])
            .expect("these 400 ids include two with a common prefix");
        match inbox.get(shared) {
            Lookup::Ambiguous(candidates) => assert!(candidates.len() >= 2),
            other => panic!("{other:?}"),
        }
        assert!(
            inbox
                .find(shared)
                .unwrap_err()
                .to_string()
                .contains("more characters")
        );
    }

    #[test]
    fn ranking_prefers_more_keywords_then_newer() {
        let mut inbox = Inbox::default();
        let now = Utc::now();
        let day = chrono::Duration::days(1);
        for (id, kws, age) in [("a", 1, 0), ("b", 2, 5), ("c", 1, 3), ("d", 2, 1)] {
            let mut c = candidate(id, None, &["k1", "k2"][..kws]);
            c.published = Some(now - day * age);
            inbox.add(c, now);
        }
        let order: Vec<&str> = inbox.new_items().iter().map(|i| i.item_id.as_str()).collect();
        assert_eq!(order, ["d", "b", "a", "c"]);
    }

    #[test]
    fn triage_moves_items_out_of_new_and_the_journal_wins() {
        let mut inbox = Inbox::default();
        let now = Utc::now();
        let a = inbox.add(candidate("a", None, &[]), now).unwrap().id.clone();
        let b = inbox.add(candidate("b", None, &[]), now).unwrap().id.clone();
        assert!(inbox.mark_triaged(&a));
        assert!(!inbox.mark_triaged("nope"));
        let mut state = LearnerState::default();
        state.triage.insert(a.clone(), Decision::Skip);
        state.triage.insert(b.clone(), Decision::Later);
        assert!(inbox.sync_with(&state));
        assert!(inbox.new_items().is_empty());
        assert_eq!(inbox.all_items().len(), 2);

        // After a reset of the reading step the journal has no decisions: new again.
        assert!(inbox.sync_with(&LearnerState::default()));
        assert_eq!(inbox.new_items().len(), 2);
    }

    #[test]
    fn trimming_keeps_the_newest_and_old_items_do_not_come_back_round() {
        let mut inbox = Inbox::default();
        let now = Utc::now();
        let day = chrono::Duration::days(1);
        for n in 0..10 {
            let mut c = candidate(&format!("i{n}"), None, &["k"]);
            c.published = Some(now - day * n);
            inbox.add(c, now);
        }
        inbox.add(candidate("undated", None, &["k"]), now);
        assert_eq!(inbox.trim(4), 7);
        let kept: Vec<&str> = inbox.items().iter().map(|i| i.item_id.as_str()).collect();
        assert_eq!(kept, ["i0", "i1", "i2", "i3"]);
        assert!(!inbox.contains("i7", None), "what was left out is forgotten");
        assert!(inbox.by_id(&inbox.items()[2].id.clone()).is_some());
        // An older item offered again is left out again; a newer one displaces the oldest.
        let mut old = candidate("i7", None, &["k"]);
        old.published = Some(now - day * 7);
        inbox.add(old, now);
        let mut newer = candidate("fresh", None, &["k"]);
        newer.published = Some(now + day);
        inbox.add(newer, now);
        assert_eq!(inbox.trim(4), 2);
        let kept: Vec<&str> = inbox.items().iter().map(|i| i.item_id.as_str()).collect();
        assert_eq!(kept, ["i0", "i1", "i2", "fresh"]);
        assert!(inbox.mark_triaged(&inbox.items()[3].id.clone()));
    }

    #[test]
    fn an_old_inbox_with_credentials_in_a_feed_address_loses_them_on_load() {
        let dir = tempfile::tempdir().unwrap();
        let mut inbox = Inbox::default();
        let mut c = candidate("a", None, &["hr"]);
        c.feed = "https://anna:s3cret@feed.example/rss".into();
        inbox.add(c, Utc::now());
        inbox.save(dir.path()).unwrap();
        let back = Inbox::load(dir.path()).unwrap();
        assert_eq!(back.items()[0].feed, "https://feed.example/rss");
    }

    #[test]
    fn the_inbox_survives_a_round_trip_and_a_damaged_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut inbox = Inbox::default();
        inbox.add(candidate("a", Some("https://a.org/1"), &["hr"]), Utc::now());
        inbox.save(dir.path()).unwrap();
        let back = Inbox::load(dir.path()).unwrap();
        assert_eq!(back.items(), inbox.items());
        assert!(back.contains("a", None));

        std::fs::write(Inbox::path(dir.path()), "{\"version\":1,\"items\":[").unwrap();
        let err = Inbox::load(dir.path()).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err.to_string().contains("inbox.json"), "{err}");
    }
}
