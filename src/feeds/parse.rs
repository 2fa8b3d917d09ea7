//! Reading a document as a feed: repair, find out which format it is by its root
//! element, parse with the format's crate (`rss` for RSS 0.9x/1.0/2.0,
//! `atom_syndication` for Atom 1.0) and turn the result into clean [`FeedItem`]s.

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use url::Url;

use super::date::{parse_date, plausible};
use super::item::{Feed, FeedError, FeedItem, Format, SUMMARY_LIMIT, item_id};
use super::{discover, google, html, repair};
use crate::text::{sanitize, sanitize_line};

/// Reads `bytes` as an RSS or Atom feed fetched from (or standing for) `feed_url`;
/// `content_type` is the HTTP Content-Type, when there was one, for its charset.
///
/// Items come in document order; an item with no title, no summary and no usable
/// link says nothing and is left out. Duplicates are kept (see [`item_id`]).
pub fn parse(bytes: &[u8], feed_url: &Url, content_type: Option<&str>) -> Result<Feed, FeedError> {
    let repaired = repair::repair(bytes, content_type);
    let text: &str = &repaired.text;
    match detect(text, feed_url)? {
        Format::Rss => from_rss(text, feed_url),
        Format::Atom => from_atom(text, feed_url),
    }
}

/// The format, from the first element after any declaration, comments and doctype.
pub fn detect(text: &str, base: &Url) -> Result<Format, FeedError> {
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    loop {
        if rest.starts_with("<?") {
            rest = after(rest, "?>");
        } else if rest.starts_with("<!--") {
            rest = after(rest, "-->");
        } else if rest
            .as_bytes()
            .get(..9)
            .is_some_and(|s| s.eq_ignore_ascii_case(b"<!doctype"))
        {
            let name = rest[9..].split_whitespace().next().unwrap_or("");
            if name.trim_end_matches('>').eq_ignore_ascii_case("html") {
                return Err(html_page(text, base));
            }
            rest = after_doctype(rest);
        } else {
            break;
        }
        rest = rest.trim_start();
    }
    let Some(tag) = rest.strip_prefix('<') else {
        if rest.is_empty() {
            return Err(FeedError::Empty);
        }
        if rest.starts_with(['{', '[']) {
            return Err(FeedError::Json);
        }
        let start: String = rest.chars().take(40).collect();
        return Err(FeedError::NotXml {
            start: sanitize_line(&start),
        });
    };
    let name_end = tag
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    let local = name.rsplit(':').next().unwrap_or(name);
    match local {
        "rss" | "RDF" => Ok(Format::Rss),
        "feed" if name == "feed" => Ok(Format::Atom),
        _ if is_html_element(local) => Err(html_page(text, base)),
        _ => Err(FeedError::UnknownRoot {
            element: sanitize_line(name).chars().take(60).collect(),
        }),
    }
}

fn after<'a>(text: &'a str, end: &str) -> &'a str {
    text.find(end).map_or("", |at| &text[at + end.len()..])
}

/// Past a doctype, including an internal subset in brackets.
fn after_doctype(text: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '>' if depth == 0 => return &text[i + 1..],
            _ => {}
        }
    }
    ""
}

fn is_html_element(name: &str) -> bool {
    [
        "html", "head", "body", "meta", "title", "div", "p", "script", "link", "table", "span", "a", "h1",
        "br", "style", "form",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(name))
}

fn html_page(text: &str, base: &Url) -> FeedError {
    FeedError::HtmlPage {
        feeds: discover::feed_links(text, base),
    }
}

/// What every item of one feed shares while it is built.
struct Builder<'a> {
    feed_url: &'a Url,
    source: String,
    google: bool,
}

impl Builder<'_> {
    /// The parsed feed; a feed without a title goes by its source name.
    fn feed(&self, title: String, site: Option<String>, items: Vec<FeedItem>) -> Feed {
        let title = if title.is_empty() {
            self.source.clone()
        } else {
            title
        };
        Feed { title, site, items }
    }

    fn new<'a>(feed_url: &'a Url, title: &str, google_feed: bool) -> Builder<'a> {
        let source = if title.is_empty() {
            feed_url.host_str().unwrap_or("").to_owned()
        } else {
            title.to_owned()
        };
        Builder {
            feed_url,
            google: google_feed || google::is_google_url(feed_url),
            source,
        }
    }

    /// An absolute http(s) link, unwrapped from a Google redirect; `None` for anything
    /// else.
    fn link(&self, href: &str) -> Option<String> {
        let url = self.feed_url.join(href.trim()).ok()?;
        let url = match google::unwrap_redirect(&url) {
            google::Redirect::NotARedirect => url,
            google::Redirect::To(article) => article,
            google::Redirect::Unsafe => return None,
        };
        is_safe(&url).then(|| url.to_string())
    }

    fn title_from(&self, title: String) -> String {
        let title = if self.google {
            html::title_text(&html::decode_entities(&title))
        } else {
            title
        };
        sanitize_line(&title).trim().to_owned()
    }

    fn summary_from(&self, summary: String) -> String {
        let summary = if self.google && summary.contains('&') {
            // Google Alerts escapes its snippets twice: `&amp;#39;` arrives as `&#39;`.
            html::decode_entities(&summary).into_owned()
        } else {
            summary
        };
        let clean = match sanitize(&summary) {
            Cow::Owned(clean) => Some(clean),
            Cow::Borrowed(_) => None,
        };
        truncate(clean.unwrap_or(summary))
    }

    fn item(
        &self,
        guid: Option<&str>,
        title: String,
        link: Option<String>,
        summary: String,
        published: Option<DateTime<Utc>>,
    ) -> Option<FeedItem> {
        let summary = self.summary_from(summary);
        let mut title = self.title_from(title);
        if title.is_empty() {
            title = fallback_title(&summary, link.as_deref())?;
        }
        Some(FeedItem {
            id: item_id(self.feed_url, guid, link.as_deref(), published, &title),
            title,
            link,
            summary,
            published,
            source: self.source.clone(),
        })
    }
}

/// Only the web: `javascript:`, `data:`, `file:` and every other scheme are dropped.
fn is_safe(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty())
}

/// A title for an item without one: the start of its summary, else its link; an item
/// with neither is no use and is left out.
fn fallback_title(summary: &str, link: Option<&str>) -> Option<String> {
    let first_line = summary.lines().next().unwrap_or("").trim();
    if !first_line.is_empty() {
        let mut title: String = first_line.chars().take(80).collect();
        if first_line.chars().count() > 80 {
            title.push('…');
        }
        return Some(title);
    }
    link.map(str::to_owned)
}

fn truncate(mut text: String) -> String {
    if text.len() <= SUMMARY_LIMIT {
        return text;
    }
    let Some((cut, _)) = text.char_indices().nth(SUMMARY_LIMIT) else {
        return text;
    };
    let cut = text[..cut]
        .rfind(char::is_whitespace)
        .filter(|w| *w > cut / 2)
        .unwrap_or(cut);
    text.truncate(cut);
    text.truncate(text.trim_end().len());
    text.push('…');
    text
}

fn from_rss(text: &str, feed_url: &Url) -> Result<Feed, FeedError> {
    let channel = rss::Channel::read_from(text.as_bytes()).map_err(|error| {
        let reason = match error {
            rss::Error::Eof => crate::t!("feed-error-cut-off"),
            other => other.to_string(),
        };
        invalid(Format::Rss, text, reason)
    })?;
    let title = sanitize_line(&html::title_text(channel.title()))
        .trim()
        .to_owned();
    let builder = Builder::new(feed_url, &title, false);
    let site = builder.link(channel.link());
    let items = channel
        .items()
        .iter()
        .filter_map(|item| {
            let guid = item.guid();
            let link = item
                .link()
                .filter(|l| !l.trim().is_empty())
                .and_then(|l| builder.link(l))
                .or_else(|| {
                    // A permalink guid is the item's address when it has no link.
                    guid.filter(|g| g.is_permalink() && g.value().contains("://"))
                        .and_then(|g| builder.link(g.value()))
                });
            let published = item.pub_date().and_then(parse_date).or_else(|| {
                item.dublin_core_ext()
                    .and_then(|dc| dc.dates().iter().find_map(|d| parse_date(d)))
            });
            let summary = item
                .description()
                .filter(|d| !d.trim().is_empty())
                .or(item.content())
                .map(html::to_text)
                .unwrap_or_default();
            let title = item.title().map(html::title_text).unwrap_or_default();
            builder.item(guid.map(|g| g.value()), title, link, summary, published)
        })
        .collect();
    Ok(builder.feed(title, site, items))
}

fn from_atom(text: &str, feed_url: &Url) -> Result<Feed, FeedError> {
    let atom_error = |error: atom_syndication::Error, text: &str| {
        let reason = match error {
            atom_syndication::Error::Eof => crate::t!("feed-error-cut-off"),
            other => other.to_string(),
        };
        invalid(Format::Atom, text, reason)
    };
    let feed = match atom_syndication::Feed::read_from(text.as_bytes()) {
        Err(atom_syndication::Error::WrongDatetime(_)) => {
            // atom_syndication rejects a whole feed for one unreadable date.
            let fixed = normalise_atom_dates(text);
            atom_syndication::Feed::read_from(fixed.as_bytes()).map_err(|e| atom_error(e, &fixed))?
        }
        other => other.map_err(|e| atom_error(e, text))?,
    };
    let title = sanitize_line(&atom_text(&feed.title, true)).trim().to_owned();
    let google = feed.id.starts_with("tag:google.com");
    let builder = Builder::new(feed_url, &title, google);
    let site = alternate_link(&feed.links).and_then(|href| builder.link(href));
    let items = feed
        .entries
        .iter()
        .filter_map(|entry| {
            let link = alternate_link(&entry.links).and_then(|href| builder.link(href));
            let published = entry
                .published
                .map(|d| d.with_timezone(&Utc))
                .and_then(plausible)
                .or_else(|| plausible(entry.updated.with_timezone(&Utc)));
            let summary = match (&entry.summary, &entry.content) {
                (Some(summary), _) if !summary.value.trim().is_empty() => atom_text(summary, false),
                (_, Some(content)) => content_text(content),
                _ => String::new(),
            };
            let title = atom_text(&entry.title, true);
            builder.item(Some(&entry.id), title, link, summary, published)
        })
        .collect();
    Ok(builder.feed(title, site, items))
}

/// The `alternate` link (the default relation), preferring HTML, else the first link.
fn alternate_link(links: &[atom_syndication::Link]) -> Option<&str> {
    let alternates = || links.iter().filter(|l| l.rel.is_empty() || l.rel == "alternate");
    alternates()
        .find(|l| l.mime_type.as_deref().is_none_or(|t| t.contains("html")))
        .or_else(|| alternates().next())
        .or_else(|| links.iter().find(|l| l.rel != "self" && l.rel != "enclosure"))
        .map(|l| l.href.as_str())
}

/// An Atom text construct as plain text, by its `type`.
fn atom_text(text: &atom_syndication::Text, one_line: bool) -> String {
    use atom_syndication::TextType;
    match (text.r#type, one_line) {
        (TextType::Text, true) => plain_line(&text.value),
        (TextType::Text, false) => plain_text(&text.value),
        (_, true) => html::to_text(&text.value).replace('\n', " "),
        (_, false) => html::to_text(&text.value),
    }
}

fn content_text(content: &atom_syndication::Content) -> String {
    let Some(value) = content.value.as_deref() else {
        return String::new();
    };
    match content.content_type.as_deref() {
        None | Some("text") | Some("text/plain") => plain_text(value),
        Some(kind) if kind.contains("html") => html::to_text(value),
        // Other media types (base64 images, XML) are no summary.
        Some(_) => String::new(),
    }
}

/// Plain text with its white space tidied: lines that follow each other are one
/// paragraph (feeds wrap their text), blank lines separate paragraphs.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(plain_line) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { " " });
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

fn plain_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Rewrites every `<updated>` and `<published>` so atom_syndication can read it:
/// readable dates in RFC 3339, the rest emptied (read as no date).
fn normalise_atom_dates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let tag = &rest[at + 1..];
        let name = ["updated>", "published>"]
            .into_iter()
            .find(|n| tag.starts_with(n));
        let Some(name) = name else {
            out.push_str(&rest[..at + 1]);
            rest = tag;
            continue;
        };
        let inner_start = at + 1 + name.len();
        let Some(inner_length) = rest[inner_start..].find("</") else {
            break;
        };
        out.push_str(&rest[..inner_start]);
        let inner = &rest[inner_start..inner_start + inner_length];
        if let Some(date) = parse_date(inner) {
            out.push_str(&date.to_rfc3339());
        }
        rest = &rest[inner_start + inner_length..];
    }
    out.push_str(rest);
    out
}

/// A broken document: where the XML parser stops in it, and why.
fn invalid(format: Format, text: &str, fallback_reason: String) -> FeedError {
    let (line, column, reason) = match locate_xml_error(text) {
        Some((line, column, reason)) => (Some(line), Some(column), reason),
        None => (None, None, fallback_reason),
    };
    FeedError::Invalid {
        format,
        line,
        column,
        reason,
    }
}

/// The first well-formedness error in `text`, with its 1-based line and column.
pub fn locate_xml_error(text: &str) -> Option<(usize, usize, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut open: Vec<Cow<'_, [u8]>> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(start)) => open.push(Cow::Owned(start.name().as_ref().to_vec())),
            Ok(Event::End(_)) => {
                open.pop();
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Err(error) = reference.resolve_char_ref() {
                    let (line, column) = line_column(text, reader.buffer_position() as usize);
                    return Some((line, column, error.to_string()));
                }
            }
            Ok(Event::Eof) => {
                let unclosed = open.last()?;
                let (line, column) = line_column(text, text.len());
                return Some((
                    line,
                    column,
                    crate::t!(
                        "feed-error-unclosed",
                        element = String::from_utf8_lossy(unclosed).into_owned()
                    ),
                ));
            }
            Ok(_) => {}
            Err(error) => {
                let (line, column) = line_column(text, reader.error_position() as usize);
                return Some((line, column, error.to_string()));
            }
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[line_start..].chars().count() + 1)
}
