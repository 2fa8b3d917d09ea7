//! `drempel feeds …` end to end, against feeds and web pages served on 127.0.0.1.

mod common;
#[path = "common/loopback.rs"]
mod loopback;

use std::process::Output;

use common::Sandbox;
use loopback::{Response, Server, rss};
use serde_json::Value;

fn drempel(sandbox: &Sandbox) -> assert_cmd::Command {
    sandbox.cmd()
}

fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    drempel(sandbox).args(args).output().expect("drempel runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn watched(sandbox: &Sandbox) -> Vec<(String, Option<String>)> {
    sandbox.json(&["feeds", "list", "--json"])["feeds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["url"].as_str().unwrap().to_owned(),
                f["title"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn site() -> Server {
    Server::start(|r| match r.path.as_str() {
        "/feed.xml" => Response::rss(rss("Harbour News", "news", 3)),
        "/atom.xml" => Response::ok(
            "application/atom+xml",
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Atom</title>\
             <id>urn:x</id><updated>2026-11-02T10:00:00Z</updated></feed>",
        ),
        "/" => Response::ok(
            "text/html; charset=utf-8",
            "<!doctype html><html><head><title>Harbour</title>\
             <link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feed.xml\">\
             <link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"/atom.xml\">\
             </head><body>Welcome</body></html>",
        ),
        "/plain" => Response::ok(
            "text/html",
            "<html><head><title>No feeds</title></head><body>hi</body></html>",
        ),
        _ => Response::new(404),
    })
}

#[test]
fn add_list_and_remove_a_feed() {
    let server = site();
    let sandbox = Sandbox::new();
    let url = server.url("/feed.xml");
    let out = run(&sandbox, &["feeds", "add", &url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Harbour News"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        watched(&sandbox),
        [(url.clone(), Some("Harbour News".to_owned()))]
    );

    let again = run(&sandbox, &["feeds", "add", &url]);
    assert!(again.status.success());
    assert!(text(&again.stderr).contains("already watch"));
    assert_eq!(watched(&sandbox).len(), 1);

    let list = text(&run(&sandbox, &["feeds", "list"]).stdout);
    assert!(list.contains("not scanned yet"), "{list}");

    assert!(run(&sandbox, &["feeds", "remove", &url]).status.success());
    assert!(watched(&sandbox).is_empty());
    let gone = run(&sandbox, &["feeds", "remove", &url]);
    assert_eq!(gone.status.code(), Some(2));
    assert!(text(&gone.stderr).contains("feeds list"));
}

#[test]
fn a_website_address_is_resolved_to_the_feed_it_announces() {
    let server = site();
    let sandbox = Sandbox::new();
    let out = run(&sandbox, &["feeds", "add", &server.url("/")]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains(&server.url("/feed.xml")), "{stderr}");
    assert!(
        stderr.contains(&server.url("/atom.xml")),
        "the other one is mentioned: {stderr}"
    );
    assert_eq!(watched(&sandbox)[0].0, server.url("/feed.xml"));

    let discovered = run(&sandbox, &["feeds", "discover", &server.url("/")]);
    assert_eq!(
        text(&discovered.stdout).lines().collect::<Vec<_>>(),
        [server.url("/feed.xml"), server.url("/atom.xml")]
    );

    let none = run(&sandbox, &["feeds", "add", &server.url("/plain")]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        text(&none.stderr).contains("announces no feed"),
        "{}",
        text(&none.stderr)
    );
}

#[test]
fn bad_addresses_offline_and_unreachable_feeds_are_refused_clearly() {
    let server = site();
    let sandbox = Sandbox::new();
    for bad in ["ftp://example.org/feed", "not a url", "file:///etc/passwd"] {
        let out = run(&sandbox, &["feeds", "add", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(text(&out.stderr).contains("https://"), "{}", text(&out.stderr));
    }
    let offline = run(&sandbox, &["--offline", "feeds", "add", &server.url("/feed.xml")]);
    assert_eq!(offline.status.code(), Some(2));
    assert!(
        text(&offline.stderr).contains("--offline"),
        "{}",
        text(&offline.stderr)
    );

    let missing = run(&sandbox, &["feeds", "add", &server.url("/nothing")]);
    assert_eq!(missing.status.code(), Some(4));
    assert!(
        text(&missing.stderr).contains("404 not found"),
        "{}",
        text(&missing.stderr)
    );
    assert!(watched(&sandbox).is_empty(), "nothing was added");
}

#[test]
fn a_google_news_search_is_watched_without_fetching() {
    let sandbox = Sandbox::new();
    let out = run(
        &sandbox,
        &["--offline", "feeds", "add", "--google-news", "employer branding"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let feeds = watched(&sandbox);
    assert_eq!(feeds.len(), 1);
    assert!(feeds[0].0.starts_with("https://"), "{feeds:?}");
    assert!(feeds[0].0.contains("employer"), "{feeds:?}");
}

#[test]
fn an_opml_file_with_nested_outlines_is_imported_entry_by_entry() {
    let sandbox = Sandbox::new();
    let first = sandbox.path().join("first.opml");
    std::fs::write(
        &first,
        r#"<opml version="2.0"><body><outline text="People" xmlUrl="https://people.example/feed"/></body></opml>"#,
    )
    .unwrap();
    assert!(
        run(&sandbox, &["feeds", "import", first.to_str().unwrap()])
            .status
            .success()
    );
    let file = sandbox.path().join("reader.opml");
    std::fs::write(
        &file,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Work" title="Work">
      <outline text="HR" title="HR">
        <outline type="rss" text="People Blog" title="People Blog" xmlUrl="https://people.example/feed" htmlUrl="https://people.example/"/>
        <outline type="rss" text="Hiring Weekly" xmlUrl="https://hiring.example/rss.xml"/>
      </outline>
      <outline type="rss" text="Duplicate" xmlUrl="https://people.example/feed"/>
    </outline>
    <outline type="rss" text="Old gopher" xmlUrl="gopher://old.example/feed"/>
    <outline type="rss" text="Brand" xmlUrl="https://brand.example/atom"/>
  </body>
</opml>"#,
    )
    .unwrap();
    let out = run(&sandbox, &["feeds", "import", file.to_str().unwrap()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("already watching https://people.example/feed"),
        "{stdout}"
    );
    assert!(stdout.contains("skipped gopher://old.example/feed"), "{stdout}");
    assert!(
        stderr.contains("2 added, 1 already watched, 1 skipped"),
        "{stderr}"
    );
    assert_eq!(
        watched(&sandbox),
        [
            (
                "https://people.example/feed".to_owned(),
                Some("People".to_owned())
            ),
            (
                "https://hiring.example/rss.xml".to_owned(),
                Some("Hiring Weekly".to_owned())
            ),
            ("https://brand.example/atom".to_owned(), Some("Brand".to_owned())),
        ]
    );

    // Exported and imported elsewhere, the list comes back the same.
    let exported = sandbox.path().join("out.opml");
    assert!(
        run(&sandbox, &["feeds", "export", exported.to_str().unwrap()])
            .status
            .success()
    );
    let other = Sandbox::new();
    assert!(
        run(&other, &["feeds", "import", exported.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(watched(&other), watched(&sandbox));
    let to_stdout = text(&run(&sandbox, &["feeds", "export"]).stdout);
    assert!(to_stdout.contains("<opml version=\"2.0\""), "{to_stdout}");
}

#[test]
fn a_garbage_opml_file_is_refused_and_nothing_is_added() {
    let sandbox = Sandbox::new();
    let file = sandbox.path().join("garbage.opml");
    std::fs::write(&file, b"\x00\x01PK\x03\x04 this is a zip file, not OPML <<<").unwrap();
    let out = run(&sandbox, &["feeds", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("garbage.opml"), "{stderr}");
    assert!(stderr.contains("OPML"), "{stderr}");
    assert!(watched(&sandbox).is_empty());

    let missing = run(&sandbox, &["feeds", "import", "/no/such/file.opml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("/no/such/file.opml"));
}

#[test]
fn preview_lists_items_without_storing_anything() {
    let server = site();
    let sandbox = Sandbox::new();
    let out = run(
        &sandbox,
        &["feeds", "preview", &server.url("/feed.xml"), "--json"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["title"], "Harbour News");
    assert_eq!(value["items"].as_array().unwrap().len(), 3);
    assert_eq!(value["items"][0]["title"], "news 0");

    let file = sandbox.path().join("saved.xml");
    std::fs::write(&file, rss("Saved Feed", "saved", 2)).unwrap();
    let out = run(&sandbox, &["feeds", "preview", file.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("Saved Feed") && stdout.contains("saved 1"),
        "{stdout}"
    );

    let page = run(&sandbox, &["feeds", "preview", &server.url("/")]);
    assert_eq!(page.status.code(), Some(2));
    assert!(
        text(&page.stderr).contains(&server.url("/feed.xml")),
        "{}",
        text(&page.stderr)
    );

    assert!(!sandbox.journal().exists(), "preview stores nothing");
}

#[test]
fn an_opml_file_of_10000_feeds_is_imported_whole_and_again_as_already_watched() {
    // Took 41 s before: every outline compared with every feed watched, and one flush
    // to disk per feed. Now one look-up per outline and one flush for them all.
    let sandbox = Sandbox::new();
    let mut opml = String::from("<opml version=\"2.0\"><body>\n");
    for n in 0..10_000 {
        opml.push_str(&format!(
            "<outline type=\"rss\" text=\"Feed {n}\" xmlUrl=\"https://host{}.example/feed/{n}\"/>\n",
            n % 500
        ));
    }
    opml.push_str("</body></opml>\n");
    let file = sandbox.path().join("big.opml");
    std::fs::write(&file, opml).unwrap();
    let out = run(&sandbox, &["feeds", "import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("10000 added, 0 already watched, 0 skipped"));
    let journal = std::fs::read_to_string(sandbox.journal()).unwrap();
    assert_eq!(journal.matches("\"kind\":\"feed.added\"").count(), 10_000);
    let out = run(&sandbox, &["feeds", "import", file.to_str().unwrap()]);
    assert!(
        text(&out.stderr).contains("0 added, 10000 already watched"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(watched(&sandbox).len(), 10_000);
}

/// A server that is not there is named in plain words, not in the network library's.
#[test]
fn a_refused_connection_says_so_in_the_learners_words() {
    let sandbox = Sandbox::new();
    // Nothing listens on port 1 of loopback.
    let output = sandbox
        .cmd()
        .args(["feeds", "add", "http://127.0.0.1:1/feed"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the server refused the connection"), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
}
