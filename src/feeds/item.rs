//! The one model every feed format is read into, and what can make a document unreadable.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use url::Url;

use crate::t;

/// One entry of a feed, cleaned for a terminal: every text field has been through the
/// sanitiser, summaries are plain text, links are absolute http(s) URLs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedItem {
    /// A short, stable id (16 hex digits), the same every time the same item is read;
    /// see [`item_id`] for what it is made from.
    pub id: String,
    /// One line of plain text; never empty (derived from the summary or link if the
    /// feed gives no title).
    pub title: String,
    /// The article, resolved against the feed URL; `None` when the feed gave none or
    /// only an unsafe one (`javascript:`, `data:`, `file:`…).
    pub link: Option<String>,
    /// Plain text, paragraphs separated by newlines, at most [`SUMMARY_LIMIT`] characters.
    pub summary: String,
    /// `None` when the feed gave no date or one that could not be read.
    pub published: Option<DateTime<Utc>>,
    /// Where the item came from, for people: the feed's title (else its host).
    pub source: String,
}

/// A feed as read: its title, its website and its items in document order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feed {
    /// One line; the feed URL's host when the feed has no title of its own.
    pub title: String,
    /// The website the feed belongs to, when it says so (http/https only).
    pub site: Option<String>,
    pub items: Vec<FeedItem>,
}

/// Summaries longer than this many characters are cut at a word and end in "…": enough
/// to decide whether to read on and to match keywords, without keeping whole articles.
pub const SUMMARY_LIMIT: usize = 4000;

/// The formats [`crate::feeds::parse`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    Rss,
    Atom,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Rss => "RSS",
            Format::Atom => "Atom",
        }
    }
}

/// Why a document could not be read as a feed. The messages say what was found instead
/// and what to do; the caller adds where it came from (URL or file).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FeedError {
    /// No bytes, or only white space.
    #[error("{}", t!("feed-error-empty"))]
    Empty,

    /// A web page; `feeds` lists the feeds it links to, if any.
    #[error("{}", html_page_message(.feeds))]
    HtmlPage { feeds: Vec<Url> },

    /// JSON (perhaps a JSON Feed), which drempel does not read.
    #[error("{}", t!("feed-error-json"))]
    Json,

    /// Something that is not XML at all; `start` is its first characters, sanitised.
    #[error("{}", t!("feed-error-not-xml", start = .start.as_str()))]
    NotXml { start: String },

    /// Well-formed enough to have a root element, but not a feed's.
    #[error("{}", t!("feed-error-unknown-root", element = .element.as_str()))]
    UnknownRoot { element: String },

    /// Broken beyond what the repair pass can mend; `line` and `column` (1-based) are
    /// where the XML parser gave up, when it says.
    #[error("{}", invalid_message(*.format, *.line, *.column, .reason))]
    Invalid {
        format: Format,
        line: Option<usize>,
        column: Option<usize>,
        reason: String,
    },
}

fn html_page_message(feeds: &[Url]) -> String {
    if feeds.is_empty() {
        t!("feed-error-html")
    } else {
        let links: Vec<&str> = feeds.iter().map(Url::as_str).collect();
        t!(
            "feed-error-html-with-feeds",
            count = feeds.len(),
            links = links.join("\n  ")
        )
    }
}

fn invalid_message(format: Format, line: Option<usize>, column: Option<usize>, reason: &str) -> String {
    let reason = crate::text::sanitize_line(reason);
    match (line, column) {
        (Some(line), Some(column)) => t!(
            "feed-error-invalid-at",
            format = format.name(),
            line = line,
            column = column,
            reason = reason
        ),
        _ => t!("feed-error-invalid", format = format.name(), reason = reason),
    }
}

/// The stable id of an item: the first of these the feed gives, hashed into 16 hex digits.
///
/// 1. its guid (RSS) or id (Atom). Guids that are URIs (`https://…`, `tag:…`, `urn:…`)
///    name the item everywhere; bare ones (`1234`) only within their feed, so those are
///    combined with the feed URL;
/// 2. its link and date;
/// 3. its link;
/// 4. its title, combined with the feed URL.
///
/// Two items with the same guid in one feed get the same id on purpose: a guid names
/// one item, so the second is the same item seen twice and the scan keeps the first.
pub fn item_id(
    feed_url: &Url,
    guid: Option<&str>,
    link: Option<&str>,
    published: Option<DateTime<Utc>>,
    title: &str,
) -> String {
    let mut hasher = Sha256::new();
    match (guid.map(str::trim).filter(|g| !g.is_empty()), link) {
        (Some(guid), _) if guid.contains(':') => {
            hasher.update(b"guid\0");
            hasher.update(guid.as_bytes());
        }
        (Some(guid), _) => {
            hasher.update(b"feed-guid\0");
            hasher.update(feed_url.as_str().as_bytes());
            hasher.update(b"\0");
            hasher.update(guid.as_bytes());
        }
        (None, Some(link)) => {
            hasher.update(b"link\0");
            hasher.update(link.as_bytes());
            if let Some(date) = published {
                hasher.update(b"\0");
                hasher.update(date.timestamp().to_string().as_bytes());
            }
        }
        (None, None) => {
            hasher.update(b"title\0");
            hasher.update(feed_url.as_str().as_bytes());
            hasher.update(b"\0");
            hasher.update(title.as_bytes());
        }
    }
    let digest = hasher.finalize();
    let mut id = String::with_capacity(16);
    for byte in &digest[..8] {
        use std::fmt::Write;
        let _ = write!(id, "{byte:02x}");
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn ids_follow_guid_then_link_and_date_then_link_then_title() {
        let feed = url("https://example.org/feed.xml");
        let other = url("https://example.net/rss");
        let date = Some(DateTime::from_timestamp(1_700_000_000, 0).unwrap());
        let a = item_id(
            &feed,
            Some("tag:example.org,2026:1"),
            Some("https://a"),
            date,
            "A",
        );
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        // A URI guid names the item in any feed, whatever its link or title.
        assert_eq!(
            a,
            item_id(&other, Some("tag:example.org,2026:1"), None, None, "B")
        );
        // A bare guid only within its feed.
        assert_ne!(
            item_id(&feed, Some("42"), None, None, "A"),
            item_id(&other, Some("42"), None, None, "A")
        );
        // Without a guid: link and date, so a re-dated link is a new item…
        let with_date = item_id(&feed, None, Some("https://a"), date, "A");
        assert_ne!(with_date, item_id(&feed, None, Some("https://a"), None, "A"));
        // …and the title does not matter once there is a link.
        assert_eq!(with_date, item_id(&feed, None, Some("https://a"), date, "Z"));
        // An empty guid counts as none.
        assert_eq!(
            with_date,
            item_id(&feed, Some("  "), Some("https://a"), date, "A")
        );
        // Title only: per feed.
        assert_ne!(
            item_id(&feed, None, None, None, "A"),
            item_id(&feed, None, None, None, "B")
        );
    }

    #[test]
    fn ids_are_stable_across_releases() {
        // Stored inboxes rely on these: changing the recipe re-announces every item.
        let feed = url("https://example.org/feed.xml");
        assert_eq!(
            item_id(&feed, Some("urn:uuid:1"), None, None, ""),
            item_id(&feed, Some("urn:uuid:1"), None, None, "")
        );
        let known = item_id(&feed, Some("urn:uuid:1"), None, None, "");
        assert_eq!(known, "44f54727b6910968", "the recipe for ids changed");
    }
}
