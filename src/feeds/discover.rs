//! Feed autodiscovery: the feeds a web page announces with
//! `<link rel="alternate" type="application/rss+xml" href="…">`.

use url::Url;

use super::html::{Token, Tokenizer};

/// The media types of feeds drempel reads.
const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
];

/// The feeds `html` links to, resolved against the page URL (or its `<base href>`),
/// in document order, without duplicates; only http(s) addresses.
pub fn feed_links(html: &str, base: &Url) -> Vec<Url> {
    let mut base = base.clone();
    let mut found: Vec<Url> = Vec::new();
    for token in Tokenizer::new(html) {
        let Token::Start(tag) = token else { continue };
        if tag.is("base") {
            if let Some(href) = tag.attribute("href")
                && let Ok(url) = base.join(href.trim())
            {
                base = url;
            }
            continue;
        }
        if !tag.is("link") {
            continue;
        }
        let rel = tag.attribute("rel").unwrap_or_default();
        if !rel
            .split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("alternate"))
        {
            continue;
        }
        let kind = tag.attribute("type").unwrap_or_default();
        let kind = kind.split(';').next().unwrap_or("").trim();
        if !FEED_TYPES.iter().any(|t| t.eq_ignore_ascii_case(kind)) {
            continue;
        }
        let Some(href) = tag.attribute("href") else {
            continue;
        };
        let Ok(mut url) = base.join(href.trim()) else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        url.set_fragment(None);
        if !found.contains(&url) {
            found.push(url);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_feed_links_in_document_order() {
        let html = r#"<!DOCTYPE html><html><head>
            <link rel="stylesheet" href="/style.css">
            <LINK REL="Alternate" TYPE="application/atom+xml" HREF="/atom.xml" title="Atom">
            <link rel="alternate" type="application/rss+xml" href="feed/">
            <link rel="alternate" type="text/html" hreflang="nl" href="/nl/">
            <link rel="alternate" type="application/rss+xml" href="https://example.org/atom.xml">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate home" type="application/rss+xml; charset=utf-8" href="//cdn.example.net/rss?x=1&amp;y=2">
            <script>document.write('<link rel="alternate" type="application/rss+xml" href="/fake">')</script>
            </head><body><a rel="alternate" type="application/rss+xml" href="/not-a-link-tag">x</a></body></html>"#;
        let base = Url::parse("https://example.org/blog/post.html").unwrap();
        let links: Vec<String> = feed_links(html, &base).into_iter().map(String::from).collect();
        assert_eq!(
            links,
            [
                "https://example.org/atom.xml",
                "https://example.org/blog/feed/",
                "https://cdn.example.net/rss?x=1&y=2",
            ]
        );
    }

    #[test]
    fn base_href_changes_what_relative_links_mean() {
        let html = r#"<head><base href="https://example.net/site/"><link rel=alternate type=application/rss+xml href=rss.xml></head>"#;
        let base = Url::parse("https://example.org/").unwrap();
        assert_eq!(
            feed_links(html, &base),
            vec![Url::parse("https://example.net/site/rss.xml").unwrap()]
        );
        assert!(feed_links("<p>no feeds here</p>", &base).is_empty());
    }
}
