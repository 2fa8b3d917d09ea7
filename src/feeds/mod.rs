//! Feeds: fetching them over HTTP, the feed cache, and the inbox of matched items.

pub mod cache;
pub mod fetch;
pub mod inbox;
