//! Parsing real-world feeds from files: every format, every repair, every way a
//! document can fail to be a feed, and what reaches a terminal.

use std::path::PathBuf;

use drempel::feeds::{self, Feed, FeedError, FeedItem, Format};
use url::Url;

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "feeds", name]
        .iter()
        .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

fn parse_as(name: &str, feed_url: &str, content_type: Option<&str>) -> Result<Feed, FeedError> {
    feeds::parse(&fixture(name), &url(feed_url), content_type)
}

fn parse(name: &str) -> Feed {
    parse_as(name, "https://feeds.example.org/feed.xml", None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn titles(feed: &Feed) -> Vec<&str> {
    feed.items.iter().map(|i| i.title.as_str()).collect()
}

fn date(item: &FeedItem) -> Option<String> {
    item.published.map(|d| d.to_rfc3339())
}

#[test]
fn rss_0_91_with_a_netscape_doctype() {
    let feed = parse("rss-0.91.xml");
    assert_eq!(feed.title, "Werkplein Nieuws");
    assert_eq!(feed.site.as_deref(), Some("https://www.example.nl/"));
    assert_eq!(
        titles(&feed),
        [
            "Vacatures in de zorg blijven lastig te vullen",
            "Open dag trekt recordaantal bezoekers"
        ]
    );
    let item = &feed.items[0];
    assert_eq!(
        item.link.as_deref(),
        Some("https://www.example.nl/nieuws/zorg-vacatures")
    );
    assert_eq!(item.published, None);
    assert_eq!(item.source, "Werkplein Nieuws");
    assert!(item.summary.starts_with("Werkgevers in de zorg"));
}

#[test]
fn rss_1_0_with_dublin_core_dates() {
    let feed = parse("rss-1.0.rdf");
    assert_eq!(feed.title, "Example Org Knowledge Base");
    assert_eq!(
        titles(&feed),
        [
            "Communities of practice that last",
            "Reverse mentoring on social media"
        ]
    );
    assert_eq!(date(&feed.items[0]).as_deref(), Some("2026-11-02T09:15:00+00:00"));
    assert_eq!(date(&feed.items[1]).as_deref(), Some("2026-11-05T00:00:00+00:00"));
}

#[test]
fn rss_2_0_html_summaries_become_plain_text() {
    let feed = parse("rss-2.0.xml");
    assert_eq!(feed.title, "People & Culture Weekly");
    let [first, second, third] = feed.items.as_slice() else {
        panic!("three items: {feed:#?}");
    };
    assert_eq!(
        first.summary,
        "Small teams can build a strong employer brand.\n\nStart with your own people."
    );
    assert_eq!(date(first).as_deref(), Some("2026-11-03T08:30:00+00:00"));
    // content:encoded when there is no description; a relative link resolved.
    assert_eq!(second.summary, "Full text with a link.");
    assert_eq!(
        second.link.as_deref(),
        Some("https://feeds.example.org/2026/11/content-only")
    );
    assert_eq!(date(second).as_deref(), Some("2026-11-04T08:00:00+00:00"));
    // No title: the summary's start stands in; a permalink guid is the link.
    assert!(
        third.title.starts_with("An item with a description but no title"),
        "{}",
        third.title
    );
    assert!(third.title.chars().count() <= 81);
    assert_eq!(third.link.as_deref(), Some("https://blog.example.com/notes/42"));
}

#[test]
fn atom_text_constructs_by_type() {
    let feed = parse("atom.xml");
    assert_eq!(feed.title, "Customer Care Notes");
    assert_eq!(feed.site.as_deref(), Some("https://care.example.org/"));
    let [first, second, third] = feed.items.as_slice() else {
        panic!("three entries: {feed:#?}");
    };
    assert_eq!(first.title, "Answering complaints in public");
    assert_eq!(
        first.link.as_deref(),
        Some("https://feeds.example.org/notes/complaints")
    );
    assert_eq!(
        first.summary,
        "Webcare teams answer within the hour.\n\nHere is how."
    );
    // published wins over updated.
    assert_eq!(date(first).as_deref(), Some("2026-11-05T07:00:00+00:00"));
    // type="text" keeps what looks like markup; xhtml content becomes text.
    assert_eq!(second.title, "Response times <b> are plain text here");
    assert_eq!(second.summary, "Measure the first response.");
    assert_eq!(date(second).as_deref(), Some("2026-11-04T10:00:00+00:00"));
    assert_eq!(third.summary, "Line one continues here.\n\nSecond paragraph.");
    assert_eq!(third.link, None);
}

#[test]
fn a_byte_order_mark_is_no_problem() {
    let feed = parse("bom.xml");
    assert_eq!(titles(&feed), ["Café culture at work"]);
}

#[test]
fn utf8_declared_as_latin1_is_read_as_utf8() {
    let feed = parse_as(
        "wrong-charset.xml",
        "https://example.ch/rss",
        Some("text/xml; charset=ISO-8859-1"),
    )
    .unwrap();
    assert_eq!(feed.title, "Zürcher Personalblog");
    assert_eq!(
        titles(&feed),
        ["Großartige Bewerbungsgespräche in Zürich – so geht’s"]
    );
}

#[test]
fn legacy_charsets_from_the_declaration_or_the_header() {
    let cases = [
        ("iso-8859-1.xml", None, "Début de carrière à Genève: naïveté"),
        ("windows-1252.xml", None, "“Smart quotes” cost €5 – café"),
        ("windows-1251.xml", None, "Подбор персонала и бренд работодателя"),
        (
            "koi8-r.xml",
            Some("application/rss+xml; charset=KOI8-R"),
            "Подбор персонала и бренд работодателя",
        ),
    ];
    for (name, content_type, expected) in cases {
        let feed = parse_as(name, "https://legacy.example.org/rss", content_type).unwrap();
        assert_eq!(feed.title, expected, "{name}");
        assert_eq!(feed.items[0].title, expected, "{name}");
        assert_eq!(feed.items[0].summary, expected, "{name}");
    }
}

#[test]
fn html_entities_that_xml_does_not_know() {
    let feed = parse("html-entities.xml");
    assert_eq!(feed.title, "Entities Weekly");
    assert_eq!(titles(&feed), ["It’s time for café talks … and © notes"]);
    assert_eq!(feed.items[0].summary, "Recruiters’ favourite tools — ranked");
}

#[test]
fn stray_ampersands_and_angle_brackets() {
    let feed = parse("stray-ampersand.xml");
    assert_eq!(feed.title, "R&D News & Views");
    assert_eq!(feed.site.as_deref(), Some("https://amp.example.org/?a=1&b=2"));
    assert_eq!(titles(&feed), ["M&A in HR tech: salaries < 50k & more"]);
    assert_eq!(
        feed.items[0].link.as_deref(),
        Some("https://amp.example.org/item?id=1&ref=rss")
    );
    assert_eq!(feed.items[0].summary, "Q&A with the team & friends");
}

#[test]
fn control_characters_are_removed() {
    let feed = parse("control-chars.xml");
    assert_eq!(feed.title, "Control chars feed");
    assert_eq!(titles(&feed), ["Bell and backspace in a title"]);
    assert_eq!(feed.items[0].summary, "Formfeed and start of heading");
}

/// Nothing from a feed can drive the terminal: no ESC (and no remains of its
/// sequence), no C1 controls, no other controls, no bidi overrides, embeddings or
/// isolates. The direction marks (here an RLM) are part of right-to-left writing and stay.
#[test]
fn escape_sequences_and_bidi_overrides_never_reach_a_terminal() {
    let feed = parse("terminal-attack.xml");
    let forbidden = |c: char| {
        (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    let mut texts = vec![feed.title.clone()];
    for item in &feed.items {
        texts.extend([item.title.clone(), item.summary.clone(), item.source.clone()]);
        texts.extend(item.link.clone());
    }
    for text in &texts {
        assert!(!text.chars().any(forbidden), "{text:?}");
        assert!(!text.contains("[31"), "sequence remains in {text:?}");
    }
    assert_eq!(feed.title, "Evil Feed");
    // A raw C1 CSI (U+009B) is removed; a reference to one (`&#x9b;`) is read as
    // windows-1252, as browsers do, and so arrives as a harmless "›".
    assert_eq!(
        titles(&feed),
        [
            "Raw red title",
            "Escaped blink and ›31m C1",
            "invoicegpj.exe and isolate \u{200f}mark"
        ]
    );
    assert_eq!(feed.items[0].summary, "Clear screen");
    assert_eq!(feed.items[1].summary, "CDATA hyperlink text");
    assert_eq!(feed.items[2].summary, "Bidi override in summary");
}

#[test]
fn google_alerts_are_unwrapped_and_cleaned() {
    let feed = parse_as(
        "google-alerts.xml",
        "https://www.google.com/alerts/feeds/00000000000000000000/1234567890",
        None,
    )
    .unwrap();
    assert_eq!(feed.title, "Google Alert - werving");
    let [first, second] = feed.items.as_slice() else {
        panic!("{feed:#?}");
    };
    assert_eq!(first.title, "Nieuwe aanpak voor werving en selectie");
    assert_eq!(
        first.link.as_deref(),
        Some("https://www.example.nl/nieuws/werving?bron=rss&x=1")
    );
    assert_eq!(
        first.summary,
        "Hoe werving verandert: 'kandidaten' willen \"snel\" antwoord & duidelijkheid."
    );
    assert_eq!(second.title, "Werving via een onveilige link");
    assert_eq!(second.link, None, "a redirect to javascript: is dropped");
    // Recognised by the feed's id too, whatever URL it was fetched from.
    let elsewhere = parse_as("google-alerts.xml", "https://mirror.example.org/alerts.xml", None).unwrap();
    assert_eq!(elsewhere.items[0].summary, first.summary);
}

#[test]
fn duplicate_guids_keep_both_items_with_the_same_stable_id() {
    let feed = parse("duplicate-guids.xml");
    let again = parse("duplicate-guids.xml");
    let ids: Vec<&str> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        again.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        "stable"
    );
    assert_eq!(ids.len(), 4, "both copies are kept; the scan dedupes");
    assert_eq!(ids[0], ids[1], "one guid, one item");
    assert_ne!(ids[0], ids[2]);
    assert_ne!(ids[0], ids[3], "an item without a guid is identified by its link");
    assert_ne!(ids[2], ids[3]);
    // The same bare guid in another feed is another item.
    let elsewhere = parse_as("duplicate-guids.xml", "https://other.example.net/rss", None).unwrap();
    assert_ne!(elsewhere.items[0].id, ids[0]);
    assert_eq!(elsewhere.items[3].id, ids[3], "a link names the item in any feed");
}

#[test]
fn missing_and_garbage_dates_never_fail_a_feed() {
    let feed = parse("missing-dates.xml");
    let dates: Vec<Option<String>> = feed.items.iter().map(date).collect();
    assert_eq!(
        dates,
        [None, None, None, Some("2026-11-03T09:30:00+00:00".into()), None]
    );
    let atom = parse("atom-garbage-dates.xml");
    assert_eq!(
        titles(&atom),
        ["Garbage updated", "Lenient date", "No date", "Good date"]
    );
    let dates: Vec<Option<String>> = atom.items.iter().map(date).collect();
    assert_eq!(
        dates,
        [
            None,
            Some("2026-11-03T14:30:00+00:00".into()),
            None,
            Some("2026-11-05T10:00:00+00:00".into())
        ]
    );
}

#[test]
fn links_are_resolved_and_unsafe_ones_dropped() {
    let feed = parse_as("links.xml", "https://links.example.org/news/feed.xml", None).unwrap();
    assert_eq!(feed.site.as_deref(), Some("https://links.example.org/home"));
    let links: Vec<(&str, Option<&str>)> = feed
        .items
        .iter()
        .map(|i| (i.title.as_str(), i.link.as_deref()))
        .collect();
    assert_eq!(
        links,
        [
            (
                "Relative path",
                Some("https://links.example.org/news/articles/one.html")
            ),
            (
                "Root relative",
                Some("https://links.example.org/two.html?x=1#top")
            ),
            ("Protocol relative", Some("https://cdn.example.net/three")),
            ("Javascript", None),
            ("Data", None),
            ("File", None),
            ("Mail", None),
            ("Spaced", Some("https://links.example.org/spaced")),
        ]
    );
}

#[test]
fn an_html_page_is_not_a_feed_but_says_where_the_feeds_are() {
    let error = parse_as(
        "html-page.html",
        "https://careers.example.org/blog/",
        Some("text/html"),
    )
    .unwrap_err();
    assert_eq!(
        error,
        FeedError::HtmlPage {
            feeds: vec![
                url("https://careers.example.org/feed.xml"),
                url("https://careers.example.org/atom.xml")
            ]
        }
    );
    let message = error.to_string();
    assert!(message.contains("HTML page, not a feed"), "{message}");
    assert!(
        message.contains("https://careers.example.org/feed.xml"),
        "{message}"
    );

    let error = parse_as("html-page-no-feeds.html", "https://example.org/", None).unwrap_err();
    assert_eq!(error, FeedError::HtmlPage { feeds: vec![] });
    assert!(
        error.to_string().contains("drempel feeds discover URL"),
        "{error}"
    );
}

#[test]
fn empty_documents() {
    for name in ["empty.xml", "whitespace.xml"] {
        let error = parse_as(name, "https://example.org/feed", None).unwrap_err();
        assert_eq!(error, FeedError::Empty, "{name}");
        assert!(error.to_string().contains("empty"), "{error}");
    }
}

#[test]
fn invalid_xml_says_where() {
    let error = parse_as("invalid.xml", "https://example.org/feed", None).unwrap_err();
    let FeedError::Invalid {
        format, line, column, ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(*format, Format::Rss);
    assert_eq!(*line, Some(6), "{error}");
    assert!(column.is_some());
    let message = error.to_string();
    assert!(message.contains("line 6"), "{message}");
    assert!(
        message.contains("titel") || message.contains("title"),
        "{message}"
    );

    let error = parse_as("truncated.xml", "https://example.org/feed", None).unwrap_err();
    assert!(matches!(error, FeedError::Invalid { .. }), "{error:?}");
    assert!(error.to_string().contains("cut off"), "{error}");
}

#[test]
fn other_documents_say_what_they_are() {
    let error = parse_as("not-a-feed.xml", "https://example.org/sitemap.xml", None).unwrap_err();
    assert_eq!(
        error,
        FeedError::UnknownRoot {
            element: "urlset".into()
        }
    );
    assert!(error.to_string().contains("<urlset>"), "{error}");
    let error = parse_as("json-feed.json", "https://example.org/feed.json", None).unwrap_err();
    assert_eq!(error, FeedError::Json);
    let error = feeds::parse(b"Hello \x1b[31mworld, no XML", &url("https://example.org/"), None).unwrap_err();
    let FeedError::NotXml { start } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(start, "Hello world, no XML", "sanitised");
}

/// A feed of 50,000 items, as a generous publisher or a broken CMS might serve.
#[test]
fn fifty_thousand_items() {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title><link>https://big.example.org/</link>\n",
    );
    for n in 0..50_000 {
        xml.push_str(&format!(
            "<item><title>Vacancy {n}: recruiter &amp; talent scout</title><link>https://big.example.org/jobs/{n}</link>\
             <guid isPermaLink=\"false\">job-{n}</guid><pubDate>Tue, 03 Nov 2026 09:{:02}:00 +0000</pubDate>\
             <description>&lt;p&gt;Join our &lt;b&gt;HR&lt;/b&gt; team, number {n}.&lt;/p&gt;</description></item>\n",
            n % 60
        ));
    }
    xml.push_str("</channel></rss>");
    let feed = feeds::parse(xml.as_bytes(), &url("https://big.example.org/rss"), None).unwrap();
    assert_eq!(feed.items.len(), 50_000);
    let last = &feed.items[49_999];
    assert_eq!(last.title, "Vacancy 49999: recruiter & talent scout");
    assert_eq!(last.summary, "Join our HR team, number 49999.");
    assert_eq!(date(last).as_deref(), Some("2026-11-03T09:19:00+00:00"));
    let ids: std::collections::HashSet<&str> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 50_000, "every item has its own id");
}

#[test]
fn long_summaries_are_cut_at_a_word() {
    let body = "recruitment ".repeat(2000);
    let xml = format!(
        "<rss version=\"2.0\"><channel><title>Long</title><item><title>t</title><link>https://l.example.org/</link><description>{body}</description></item></channel></rss>"
    );
    let feed = feeds::parse(xml.as_bytes(), &url("https://l.example.org/rss"), None).unwrap();
    let summary = &feed.items[0].summary;
    assert!(summary.chars().count() <= feeds::SUMMARY_LIMIT + 1);
    assert!(
        summary.ends_with("recruitment…"),
        "{}",
        &summary[summary.len() - 30..]
    );
}

#[test]
fn errors_name_their_feed_and_exit_with_2() {
    let error = drempel::Error::Feed {
        location: "https://example.org/feed".into(),
        error: parse_as("empty.xml", "https://example.org/feed", None).unwrap_err(),
    };
    assert_eq!(error.exit_code(), 2);
    let message = error.to_string();
    assert!(
        message.starts_with("https://example.org/feed: The document is empty"),
        "{message}"
    );
    let error = drempel::Error::Opml {
        path: "subscriptions.opml".into(),
        error: drempel::feeds::opml::parse(b"<opml><body>").unwrap_err(),
    };
    assert_eq!(error.exit_code(), 2);
    assert!(
        error
            .to_string()
            .starts_with("subscriptions.opml: The OPML file is not valid XML at line 1"),
        "{error}"
    );
}

#[test]
fn items_survive_a_json_round_trip() {
    // The fetcher caches items as JSON.
    let feed = parse("rss-2.0.xml");
    let json = serde_json::to_string(&feed).unwrap();
    assert_eq!(serde_json::from_str::<Feed>(&json).unwrap(), feed);
}

/// Whatever arrives — cut off anywhere, bytes flipped, random noise — parsing
/// answers with a feed or an error, never a panic.
#[test]
fn no_input_makes_the_parser_panic() {
    let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "feeds"]
        .iter()
        .collect();
    let feed_url = url("https://fuzz.example.org/feed.xml");
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for cut in (0..bytes.len()).step_by(7) {
            inputs.push(bytes[..cut].to_vec());
        }
        for _ in 0..40 {
            let mut mutated = bytes.clone();
            for _ in 0..4 {
                if mutated.is_empty() {
                    break;
                }
                let at = random() as usize % mutated.len();
                mutated[at] = [
                    b'<',
                    b'&',
                    b'>',
                    0x1b,
                    0xc3,
                    0xe2,
                    b';',
                    b'"',
                    0x00,
                    random() as u8,
                ][random() as usize % 10];
            }
            inputs.push(mutated);
        }
    }
    for _ in 0..200 {
        let length = random() as usize % 300;
        inputs.push((0..length).map(|_| random() as u8).collect());
    }
    // Escape sequences running into multi-byte characters and markup.
    inputs.push("<rss><channel><item><title>a\u{1b}[12é\u{1b}]8;;ü€</title></item></channel></rss>".into());
    inputs.push(
        format!(
            "<rss><channel><item><title>\u{1b}]{}</title></item></channel></rss>",
            "é".repeat(3000)
        )
        .into_bytes(),
    );
    inputs.push(b"<!DOCTYP\xc3\xa9".to_vec());
    for input in &inputs {
        let _ = feeds::parse(input, &feed_url, None);
        let _ = feeds::parse(input, &feed_url, Some("text/xml; charset=koi8-r"));
        let _ = drempel::feeds::opml::parse(input);
        let _ = drempel::feeds::discover::feed_links(&String::from_utf8_lossy(input), &feed_url);
    }
}
