//! OPML, the list-of-feeds format every feed reader imports and exports. Reading
//! accepts OPML 1.0 and 2.0 and flattens folders (nested outlines); writing produces
//! OPML 2.0.

use std::fmt::Write;

use quick_xml::events::{BytesStart, Event};
use serde::{Deserialize, Serialize};

use super::parse::line_column;
use super::repair;
use crate::t;
use crate::ui::sanitize_line;

/// One feed of an OPML file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpmlFeed {
    pub title: Option<String>,
    pub xml_url: String,
    pub html_url: Option<String>,
}

/// Why an OPML file could not be read; the caller adds its path.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpmlError {
    #[error("{}", t!("opml-error-empty"))]
    Empty,

    /// Not well-formed XML; `line` and `column` are 1-based.
    #[error("{}", t!("opml-error-xml", line = *.line, column = *.column, reason = .reason.as_str()))]
    Xml {
        line: usize,
        column: usize,
        reason: String,
    },

    /// XML, but its root element is not `<opml>`.
    #[error("{}", not_opml_message(.element))]
    NotOpml { element: String },
}

fn not_opml_message(element: &str) -> String {
    let local = element.rsplit(':').next().unwrap_or(element);
    if matches!(local, "rss" | "RDF" | "feed") {
        t!("opml-error-is-feed", element = element)
    } else {
        t!("opml-error-not-opml", element = element)
    }
}

/// The most bytes of an OPML file to import: ten thousand feeds take about 2 MB.
pub const MAX_OPML_BYTES: u64 = 16 * 1024 * 1024;

/// The feeds in an OPML file, in document order, folders flattened, each feed once
/// (by its `xmlUrl`). Outlines count as feeds when they have an `xmlUrl` and their
/// `type` is `rss`, `atom` or missing.
pub fn parse(bytes: &[u8]) -> Result<Vec<OpmlFeed>, OpmlError> {
    let repaired = repair::repair(bytes, None);
    let text: &str = &repaired.text;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(OpmlError::Empty);
    }
    let mut reader = quick_xml::Reader::from_str(text);
    let xml_error = |position: u64, reason: String| {
        let (line, column) = line_column(text, position as usize);
        OpmlError::Xml {
            line,
            column,
            reason: sanitize_line(&reason),
        }
    };
    let mut feeds: Vec<OpmlFeed> = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut seen_root = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(reader.error_position(), e.to_string()))?;
        let (start, is_empty) = match event {
            Event::Start(start) => (start, false),
            Event::Empty(start) => (start, true),
            Event::End(_) => {
                open.pop();
                continue;
            }
            Event::Text(text) if !seen_root && !<[u8]>::trim_ascii(&text).is_empty() => {
                return Err(xml_error(0, t!("opml-error-text-before-root")));
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
        if !seen_root {
            seen_root = true;
            if start.local_name().as_ref() != b"opml" {
                return Err(OpmlError::NotOpml {
                    element: sanitize_line(&name).chars().take(60).collect(),
                });
            }
        }
        if start.local_name().as_ref() == b"outline" {
            let position = reader.buffer_position();
            if let Some(feed) =
                outline(&start, reader.decoder()).map_err(|reason| xml_error(position, reason))?
                && !feeds.iter().any(|f| f.xml_url == feed.xml_url)
            {
                feeds.push(feed);
            }
        }
        if !is_empty {
            open.push(name);
        }
    }
    if let Some(unclosed) = open.last() {
        return Err(xml_error(
            text.len() as u64,
            t!("feed-error-unclosed", element = sanitize_line(unclosed)),
        ));
    }
    if !seen_root {
        return Err(OpmlError::Empty);
    }
    Ok(feeds)
}

/// The feed an `<outline>` stands for, if it is one.
fn outline(
    start: &BytesStart<'_>,
    decoder: quick_xml::encoding::Decoder,
) -> Result<Option<OpmlFeed>, String> {
    let mut xml_url = None;
    let mut html_url = None;
    let mut title = None;
    let mut text = None;
    let mut kind = None;
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        let value = attribute
            .decoded_and_normalized_value(quick_xml::XmlVersion::Implicit1_0, decoder)
            .map_err(|e| e.to_string())?;
        let value = sanitize_line(&value).trim().to_owned();
        let key = attribute.key.local_name();
        let key = String::from_utf8_lossy(key.as_ref()).to_ascii_lowercase();
        match key.as_str() {
            "xmlurl" => xml_url = Some(value),
            "htmlurl" => html_url = Some(value),
            "title" => title = Some(value),
            "text" => text = Some(value),
            "type" => kind = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    let Some(xml_url) = xml_url.filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    if kind.as_deref().is_some_and(|k| !matches!(k, "rss" | "atom" | "")) {
        return Ok(None);
    }
    // A `text` that only repeats the address (as [`write`] puts it for an untitled
    // feed) is no title.
    let title = title
        .filter(|t| !t.is_empty())
        .or(text.filter(|t| !t.is_empty() && *t != xml_url));
    Ok(Some(OpmlFeed {
        title,
        html_url: html_url.filter(|u| !u.is_empty()),
        xml_url,
    }))
}

/// An OPML 2.0 document listing `feeds`, as feed readers import it.
pub fn write(feeds: &[OpmlFeed]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>drempel feeds</title>\n  </head>\n  <body>\n",
    );
    for feed in feeds {
        let text = feed.title.as_deref().unwrap_or(&feed.xml_url);
        let _ = write!(out, "    <outline type=\"rss\" text=\"{}\"", attribute(text));
        if let Some(title) = &feed.title {
            let _ = write!(out, " title=\"{}\"", attribute(title));
        }
        let _ = write!(out, " xmlUrl=\"{}\"", attribute(&feed.xml_url));
        if let Some(html_url) = &feed.html_url {
            let _ = write!(out, " htmlUrl=\"{}\"", attribute(html_url));
        }
        out.push_str("/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// An attribute value, escaped so that it reads back exactly.
fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(title: Option<&str>, xml: &str, html: Option<&str>) -> OpmlFeed {
        OpmlFeed {
            title: title.map(str::to_owned),
            xml_url: xml.to_owned(),
            html_url: html.map(str::to_owned),
        }
    }

    #[test]
    fn written_opml_reads_back_the_same() {
        let feeds = vec![
            feed(
                Some("HR & \"Recruitment\" <news>"),
                "https://example.org/feed?a=1&b=2",
                Some("https://example.org/"),
            ),
            feed(None, "https://example.net/atom.xml", None),
            feed(Some("Zürich — café"), "https://example.ch/rss", None),
        ];
        let written = write(&feeds);
        assert!(written.contains("<opml version=\"2.0\">"));
        assert_eq!(parse(written.as_bytes()).unwrap(), feeds);
    }

    #[test]
    fn opml_1_with_folders_and_other_outline_types() {
        let opml = br#"<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>Mine</title></head><body>
  <outline text="HR">
    <outline text="Blog &amp; more" type="rss" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
    <outline text="Deeper"><outline title="Atom one" type="atom" xmlUrl="https://b.example/atom"/></outline>
  </outline>
  <outline text="A link" type="link" url="https://c.example/"/>
  <outline text="No type" xmlurl="https://d.example/feed"/>
  <outline text="Again" type="rss" xmlUrl="https://a.example/rss"/>
</body></opml>"#;
        assert_eq!(
            parse(opml).unwrap(),
            vec![
                feed(
                    Some("Blog & more"),
                    "https://a.example/rss",
                    Some("https://a.example/")
                ),
                feed(Some("Atom one"), "https://b.example/atom", None),
                feed(Some("No type"), "https://d.example/feed", None),
            ]
        );
    }

    #[test]
    fn garbage_says_what_and_where() {
        let broken = b"<opml version=\"2.0\"><body>\n  <outline text=\"a\" xmlUrl=\"https://a.example/\">\n</body></opml>";
        let error = parse(broken).unwrap_err();
        let OpmlError::Xml { line, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(*line, 3, "{error}");
        assert!(error.to_string().contains("line 3"), "{error}");

        assert_eq!(parse(b"  \n").unwrap_err(), OpmlError::Empty);
        assert!(matches!(
            parse(b"hello, not xml").unwrap_err(),
            OpmlError::Xml { line: 1, .. }
        ));
        let rss = parse(b"<rss version=\"2.0\"><channel/></rss>").unwrap_err();
        assert!(matches!(&rss, OpmlError::NotOpml { element } if element == "rss"));
        assert!(rss.to_string().contains("feeds add"), "{rss}");
        let unclosed = parse(b"<opml><body><outline xmlUrl=\"https://a.example/\"/>").unwrap_err();
        assert!(unclosed.to_string().contains("body"), "{unclosed}");
    }
}
