//! OPML files as feed readers export them, round trips, and broken files.

use std::path::PathBuf;

use drempel::feeds::opml::{self, OpmlError, OpmlFeed};

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "feeds", name]
        .iter()
        .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn urls(feeds: &[OpmlFeed]) -> Vec<&str> {
    feeds.iter().map(|f| f.xml_url.as_str()).collect()
}

#[test]
fn nested_outlines_are_flattened_in_document_order() {
    let feeds = opml::parse(&fixture("nested.opml")).unwrap();
    assert_eq!(
        urls(&feeds),
        [
            "https://blog.example.com/feed",
            "https://www.example.nl/rss",
            "https://untyped.example.org/atom.xml",
            "https://care.example.org/atom.xml",
        ],
        "the repeated feed once, the bookmark (type=link) left out"
    );
    assert_eq!(feeds[0].title.as_deref(), Some("People & Culture Weekly"));
    assert_eq!(feeds[0].html_url.as_deref(), Some("https://blog.example.com/"));
    assert_eq!(feeds[2].title.as_deref(), Some("Untyped"));
    assert_eq!(feeds[2].html_url, None);
}

#[test]
fn exports_of_feed_readers_round_trip() {
    let expected: [&[&str]; 3] = [
        &[
            "https://news.example.org/rss.xml",
            "https://nieuws.example.nl/feed/",
            "https://blog.example.com/atom.xml",
        ],
        &[
            "https://nachrichten.example.de/rss",
            "https://actu.example.fr/feed?format=rss&lang=fr",
            "https://insights.example.net/feed.xml",
        ],
        &[
            "https://visie.example.org/rss",
            "https://care.example.org/atom.xml",
        ],
    ];
    for (name, expected) in [
        "reader-style-a.opml",
        "reader-style-b.opml",
        "reader-style-c.opml",
    ]
    .into_iter()
    .zip(expected)
    {
        let feeds = opml::parse(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(urls(&feeds), expected, "{name}");
        assert!(feeds.iter().all(|f| f.title.is_some()), "{name}: {feeds:?}");
        let written = opml::write(&feeds);
        assert_eq!(
            opml::parse(written.as_bytes()).unwrap(),
            feeds,
            "{name} after a round trip"
        );
        assert_eq!(
            opml::write(&opml::parse(written.as_bytes()).unwrap()),
            written,
            "stable output"
        );
    }
}

#[test]
fn what_drempel_writes_is_opml_2_that_readers_accept() {
    let feeds = vec![
        OpmlFeed {
            title: Some("Werk & Mensen".into()),
            xml_url: "https://nieuws.example.nl/feed/?a=1&b=2".into(),
            html_url: Some("https://nieuws.example.nl/".into()),
        },
        OpmlFeed {
            title: None,
            xml_url: "https://untitled.example.org/rss".into(),
            html_url: None,
        },
    ];
    let written = opml::write(&feeds);
    assert!(written.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"));
    assert!(written.contains(
        "<outline type=\"rss\" text=\"Werk &amp; Mensen\" title=\"Werk &amp; Mensen\" xmlUrl=\"https://nieuws.example.nl/feed/?a=1&amp;b=2\" htmlUrl=\"https://nieuws.example.nl/\"/>"
    ), "{written}");
    // OPML 2.0 wants a text on every outline: the address for an untitled feed.
    assert!(
        written.contains("text=\"https://untitled.example.org/rss\""),
        "{written}"
    );
    // Well-formed for any XML parser, not just ours.
    let mut reader = quick_xml::Reader::from_str(&written);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            _ => continue,
        }
    }
    assert_eq!(opml::parse(written.as_bytes()).unwrap(), feeds);
    assert_eq!(opml::write(&[]).matches("<outline").count(), 0);
}

#[test]
fn a_garbage_opml_file_says_what_is_wrong_and_where() {
    let error = opml::parse(&fixture("garbage.opml")).unwrap_err();
    let OpmlError::Xml { line, column, reason } = &error else {
        panic!("{error:?}");
    };
    // <outline text="One"> is never closed; the parser notices at </body> on line 7.
    assert_eq!((*line, *column), (7, 3), "{error}");
    assert!(reason.contains("outline") || reason.contains("body"), "{reason}");
    let message = error.to_string();
    assert!(message.contains("line 7, column 3"), "{message}");
    assert!(message.contains("Export your feeds again"), "{message}");

    let binary = opml::parse(&fixture("binary.opml")).unwrap_err();
    assert!(matches!(binary, OpmlError::Xml { line: 1, .. }), "{binary:?}");

    let feed = opml::parse(&fixture("rss-2.0.xml")).unwrap_err();
    assert_eq!(
        feed,
        OpmlError::NotOpml {
            element: "rss".into()
        }
    );
    assert!(feed.to_string().contains("drempel feeds add"), "{feed}");

    let html = opml::parse(&fixture("html-page.html")).unwrap_err();
    assert!(
        matches!(html, OpmlError::Xml { .. } | OpmlError::NotOpml { .. }),
        "{html:?}"
    );
    assert_eq!(opml::parse(&fixture("empty.xml")).unwrap_err(), OpmlError::Empty);
}
