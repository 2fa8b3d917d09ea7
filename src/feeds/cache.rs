//! `feeds-cache.json`: what the last scan learned about each feed — its validators for
//! conditional GET, its title, how the fetch went, and its latest items, so that a
//! "304 not modified" still has items to match against new keywords.
//!
//! Everything here can be fetched again; the file is a cache. It is written atomically,
//! and a damaged one is reported and left alone rather than overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::FeedItem;
use super::fetch::Validators;
use crate::error::{Error, Result};

pub const FILE_NAME: &str = "feeds-cache.json";
const VERSION: u32 = 1;

/// The newest items kept per feed. A feed with thousands of items is matched in full
/// when it changes; what a 304 keeps for later is its head.
pub const ITEMS_PER_FEED: usize = 500;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CachedFeed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Validators::is_empty")]
    pub validators: Validators,
    /// When the feed last answered with items or "not modified".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<DateTime<Utc>>,
    /// When the last attempt was made, and its one-line status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default)]
    pub failed: bool,
    #[serde(default)]
    pub items: Vec<FeedItem>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct FeedCache {
    version: u32,
    /// By feed address, as stored in the journal.
    pub feeds: BTreeMap<String, CachedFeed>,
}

impl FeedCache {
    pub fn path(learner_dir: &Path) -> PathBuf {
        learner_dir.join(FILE_NAME)
    }

    /// Reads the cache in `learner_dir`; missing means empty, damaged is an error that
    /// names the file.
    pub fn load(learner_dir: &Path) -> Result<FeedCache> {
        let path = FeedCache::path(learner_dir);
        match read_json::<FeedCache>(&path)? {
            Some(cache) if cache.version > VERSION => Err(Error::CacheCorrupt {
                path,
                reason: format!("version {} is newer than this drempel", cache.version),
            }),
            Some(cache) => Ok(cache),
            None => Ok(FeedCache::default()),
        }
    }

    pub fn save(&mut self, learner_dir: &Path) -> Result<()> {
        self.version = VERSION;
        let json = serde_json::to_vec(&self).expect("the feed cache serialises");
        crate::fsutil::write_atomic(&FeedCache::path(learner_dir), &json)
    }

    pub fn get(&self, url: &str) -> Option<&CachedFeed> {
        self.feeds.get(url)
    }

    pub fn entry(&mut self, url: &str) -> &mut CachedFeed {
        self.feeds.entry(url.to_owned()).or_default()
    }

    /// Moves a feed's entry to its new address after a permanent redirect.
    pub fn rename(&mut self, from: &str, to: &str) {
        if let Some(feed) = self.feeds.remove(from) {
            self.feeds.insert(to.to_owned(), feed);
        }
    }

    /// Drops entries of feeds no longer watched.
    pub fn retain_only<'a>(&mut self, watched: impl IntoIterator<Item = &'a str>) {
        let watched: std::collections::HashSet<&str> = watched.into_iter().collect();
        self.feeds.retain(|url, _| watched.contains(url.as_str()));
    }
}

/// Reads a JSON cache file: `None` when it does not exist; a damaged file is
/// [`Error::CacheCorrupt`] and is never touched.
pub(crate) fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(Error::io("read", path)(err)),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|err| Error::CacheCorrupt {
            path: path.to_owned(),
            reason: err.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_round_trips_and_follows_a_moved_feed() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = FeedCache::default();
        let feed = cache.entry("http://a.example/old");
        feed.validators.etag = Some("\"1\"".into());
        feed.items.push(FeedItem {
            id: "x".into(),
            title: "T".into(),
            link: None,
            summary: String::new(),
            published: None,
            source: "A".into(),
        });
        cache.rename("http://a.example/old", "https://a.example/new");
        cache.save(dir.path()).unwrap();
        let back = FeedCache::load(dir.path()).unwrap();
        assert!(back.get("http://a.example/old").is_none());
        let feed = back.get("https://a.example/new").unwrap();
        assert_eq!(feed.validators.etag.as_deref(), Some("\"1\""));
        assert_eq!(feed.items.len(), 1);
    }

    #[test]
    fn a_damaged_cache_is_named_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = FeedCache::path(dir.path());
        std::fs::write(&path, b"{ not json").unwrap();
        let err = FeedCache::load(dir.path()).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        let text = err.to_string();
        assert!(text.contains(&path.display().to_string()), "{text}");
        assert!(text.contains(".broken"), "says how to move it aside: {text}");
        assert_eq!(std::fs::read(&path).unwrap(), b"{ not json");
    }
}
