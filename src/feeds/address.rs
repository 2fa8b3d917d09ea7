//! Feed addresses, by one rule. What can be watched: an http or https address with a
//! host, written the way it parses (`HTTP://Example.org` becomes `http://example.org/`).
//! When two addresses are one feed: when they parse to the same address. The wizard,
//! `feeds add`, `feeds import` and `feeds remove` all go through here.

use std::collections::HashMap;

use url::Url;

use crate::error::{Error, Result};
use crate::journal::EventBody;
use crate::t;

/// A web address a person can open: http or https, with a host. `Err` holds the reason
/// in the learner's words.
pub fn web_url(text: &str) -> std::result::Result<Url, String> {
    let url = Url::parse(text.trim()).map_err(super::address_problem)?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(t!("feeds-cmd-only-http"));
    }
    Ok(url)
}

/// `text` as a feed address: parsed, http or https with a host, normalised. The error
/// names the address and says why it cannot be watched.
pub fn parse(text: &str) -> Result<Url> {
    // The refusal names the address with any password hidden.
    web_url(text).map_err(|reason| Error::BadFeedUrl {
        url: super::redact_address(text.trim()),
        reason,
    })
}

/// What makes two stored addresses one feed: the address they parse to, without
/// credentials (`http://u:pw@example.org/` is `http://example.org/`); a stored text that
/// does not parse (hand-edited, say) only matches itself.
pub fn key(stored: &str) -> String {
    Url::parse(stored).map_or_else(|_| stored.to_owned(), |url| url_key(&url))
}

fn url_key(url: &Url) -> String {
    super::credentials::split(url).0.into()
}

/// The feeds a learner watches, looked up by the one rule in constant time, so that an
/// OPML file of thousands of feeds is imported in one pass.
#[derive(Debug, Default)]
pub struct Watched {
    /// Key to the address as stored.
    stored: HashMap<String, String>,
}

/// A feed about to be watched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscribing {
    /// The address as it is stored.
    pub url: Url,
    pub title: Option<String>,
    /// The stored address that is this feed already, when there is one: nothing is added.
    pub existing: Option<String>,
}

impl Subscribing {
    /// What goes into the journal: nothing when the feed is watched already.
    pub fn event(&self) -> Option<EventBody> {
        self.existing.is_none().then(|| EventBody::FeedAdded {
            url: self.url.to_string(),
            title: self.title.clone(),
        })
    }
}

impl Watched {
    /// The learner's feeds as the journal stores them ([`crate::journal::LearnerState::feeds`]).
    pub fn new(feeds: &[String]) -> Watched {
        let mut watched = Watched::default();
        for feed in feeds {
            watched.stored.entry(key(feed)).or_insert_with(|| feed.clone());
        }
        watched
    }

    /// The stored address that is the same feed as `url`, if any.
    pub fn find(&self, url: &Url) -> Option<&str> {
        self.stored.get(&url_key(url)).map(String::as_str)
    }

    /// The stored address that `text` names: any spelling of a watched address, or the
    /// exact text of one that does not parse.
    pub fn find_text(&self, text: &str) -> Option<&str> {
        self.stored.get(&key(text.trim())).map(String::as_str)
    }

    /// Watches `address` with `title`: the address is checked and normalised ([`parse`])
    /// and compared with the feeds watched already. Once the caller has recorded the
    /// event, [`Watched::insert`] keeps this set up to date.
    pub fn subscribe(&self, address: &str, title: Option<String>) -> Result<Subscribing> {
        let url = parse(address)?;
        let existing = self.find(&url).map(str::to_owned);
        let title = title.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        Ok(Subscribing { url, title, existing })
    }

    /// Counts `url` as watched from now on.
    pub fn insert(&mut self, url: &Url) {
        self.stored
            .entry(key(url.as_str()))
            .or_insert_with(|| url.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_with_a_host_can_be_watched() {
        assert!(parse("https://example.org/feed").is_ok());
        assert!(parse("  http://example.org/rss.xml ").is_ok());
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.org/",
            "example.org/feed",
            "https://",
            "",
        ] {
            let err = parse(bad).unwrap_err();
            assert!(matches!(err, Error::BadFeedUrl { .. }), "{bad}: {err:?}");
        }
    }

    #[test]
    fn an_address_is_stored_normalised() {
        let s = Watched::new(&[])
            .subscribe("HTTPS://Example.ORG:443", Some("  News ".into()))
            .unwrap();
        assert_eq!(s.url.as_str(), "https://example.org/");
        assert_eq!(
            s.event(),
            Some(EventBody::FeedAdded {
                url: "https://example.org/".into(),
                title: Some("News".into())
            })
        );
    }

    #[test]
    fn two_spellings_of_one_address_are_one_feed() {
        let mut watched = Watched::new(&["http://example.org".to_owned()]);
        let again = watched.subscribe("HTTP://EXAMPLE.org/", None).unwrap();
        assert_eq!(again.existing.as_deref(), Some("http://example.org"));
        assert_eq!(again.event(), None);

        let other = watched.subscribe("https://example.org/", None).unwrap();
        assert_eq!(other.existing, None, "https is another address");
        watched.insert(&other.url);
        assert!(
            watched
                .subscribe("https://EXAMPLE.org", None)
                .unwrap()
                .existing
                .is_some()
        );
    }

    #[test]
    fn a_stored_text_that_does_not_parse_is_found_by_its_text() {
        let watched = Watched::new(&["not a url".to_owned()]);
        assert_eq!(watched.find_text(" not a url "), Some("not a url"));
        assert_eq!(watched.find_text("not a URL"), None);
    }
}
