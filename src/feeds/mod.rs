//! Feeds, without the network: the item model, parsing RSS and Atom (after a repair
//! pass for real-world documents), OPML, feed discovery in web pages, Google News and
//! Alerts, and the bundled practice feeds. Fetching lives beside this, built on it.
//!
//! Everything here is pure: bytes in, values out. Every text field that leaves this
//! module has been through [`crate::ui::sanitize`], so feed text can be printed.

mod date;
pub mod discover;
pub mod google;
pub mod html;
mod item;
pub mod opml;
mod parse;
pub mod practice;
pub mod repair;

pub use date::parse_date;
pub use item::{Feed, FeedError, FeedItem, Format, SUMMARY_LIMIT, item_id};
pub use parse::{detect, parse};

/// Problems with the bundled feed content, for `drempel lessons check`.
pub fn check() -> Vec<crate::lessons::Problem> {
    practice::check()
}
