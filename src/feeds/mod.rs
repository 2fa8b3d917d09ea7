//! Feeds. The model and the pure parts — parsing RSS and Atom (after a repair pass for
//! real-world documents), OPML, feed discovery in web pages, Google News and Alerts, the
//! bundled practice feeds — take bytes and return values. Every text field that leaves
//! them has been through [`crate::text::sanitize`], so feed text can be printed.
//!
//! Built on them, and the only parts that touch the network or the disk: [`fetch`]
//! (HTTP), [`cache`] and [`inbox`] (JSON files in the learner's folder) and [`scan`]
//! (a whole run: fetch, parse, match, fill the inbox).

pub mod address;
pub mod cache;
pub mod credentials;
mod date;
pub mod discover;
pub mod fetch;
pub mod google;
pub mod html;
pub mod inbox;
mod item;
pub mod opml;
mod parse;
pub mod practice;
pub mod repair;
pub mod scan;

pub use credentials::redact_address;
pub use date::parse_date;
pub use item::{Feed, FeedError, FeedItem, Format, SUMMARY_LIMIT, item_id};
pub use parse::{detect, parse};

/// Problems with the bundled feed content, for `drempel lessons check`.
pub fn check() -> Vec<crate::lessons::Problem> {
    practice::check()
}

/// Why an address does not parse, in the learner's words (the `url` crate's own reasons
/// are English and technical).
pub fn address_problem(err: url::ParseError) -> String {
    use url::ParseError;
    match err {
        ParseError::RelativeUrlWithoutBase | ParseError::RelativeUrlWithCannotBeABaseBase => {
            crate::t!("address-no-scheme")
        }
        ParseError::EmptyHost | ParseError::InvalidDomainCharacter | ParseError::IdnaError => {
            crate::t!("address-bad-host")
        }
        ParseError::InvalidPort => crate::t!("address-bad-port"),
        _ => crate::t!("address-invalid"),
    }
}
