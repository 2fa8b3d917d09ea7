//! `drempel scan` and `drempel inbox` end to end: the real binary against feeds served
//! on 127.0.0.1, every bad case ending in its own status line with the rest untouched.

mod common;
#[path = "common/loopback.rs"]
mod loopback;

use std::io::Write;
use std::process::Output;

use common::Sandbox;
use loopback::{Body, Response, Server};
use serde_json::Value;

/// `drempel --home <sandbox>`; the sandbox clears proxy settings, so loopback stays loopback.
fn drempel(sandbox: &Sandbox) -> assert_cmd::Command {
    sandbox.cmd()
}

fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    drempel(sandbox).args(args).output().expect("drempel runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Watches `urls` through an OPML import (which does not fetch), each titled with its
/// path so that status lines can be told apart.
fn watch(sandbox: &Sandbox, urls: &[String]) {
    let mut opml = String::from("<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>");
    for url in urls {
        let path = url::Url::parse(url).unwrap().path().to_owned();
        opml.push_str(&format!(
            "<outline type=\"rss\" text=\"{path}\" xmlUrl=\"{}\"/>",
            url.replace('&', "&amp;")
        ));
    }
    opml.push_str("</body></opml>");
    let file = sandbox.path().join("watch.opml");
    std::fs::write(&file, opml).unwrap();
    let out = run(sandbox, &["feeds", "import", file.to_str().unwrap()]);
    assert!(out.status.success(), "import: {}", text(&out.stderr));
}

fn keywords(sandbox: &Sandbox, queries: &[&str]) {
    for query in queries {
        let out = run(sandbox, &["keywords", "add", query]);
        assert!(
            out.status.success(),
            "keywords add {query}: {}",
            text(&out.stderr)
        );
    }
}

fn inbox(sandbox: &Sandbox, all: bool) -> Vec<Value> {
    let mut args = vec!["inbox", "--json"];
    if all {
        args.push("--all");
    }
    sandbox.json(&args)["items"].as_array().unwrap().clone()
}

fn titles(items: &[Value]) -> Vec<String> {
    let mut titles: Vec<String> = items
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect();
    titles.sort();
    titles
}

/// The status line of the feed whose address ends with `path`.
fn status_of<'a>(stderr: &'a str, path: &str) -> &'a str {
    stderr
        .lines()
        .find(|l| l.contains(&format!("{path} ")) || l.contains(&format!("{path})")))
        .unwrap_or_else(|| panic!("no status line for {path} in:\n{stderr}"))
}

fn item(title: &str, link: &str, guid: &str) -> String {
    format!(
        "<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>\
         <pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate><description>About {title}</description></item>"
    )
}

fn channel(items: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed</title>\
         <link>https://example.org/</link><description>d</description>{items}</channel></rss>"
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn failing_servers_each_get_a_status_line_and_the_good_feed_still_fills_the_inbox() {
    let bomb = gzip(&vec![b' '; 48 * 1024 * 1024]);
    let server = Server::start(move |r| match r.path.as_str() {
        "/good" => Response::rss(channel(&format!(
            "{}{}",
            item("Recruitment fair in Utrecht", "https://example.org/fair", "g1"),
            item("Canal repairs", "https://example.org/canal", "g2")
        ))),
        "/missing" => Response::new(404).body("not here"),
        "/broken" => Response::new(500).body("oops"),
        "/loop-a" => Response::redirect(302, "/loop-b"),
        "/loop-b" => Response::redirect(302, "/loop-a"),
        "/silent" => Response::new(200).with(Body::Silence),
        "/huge" => Response::rss("").with(Body::Repeat {
            pattern: b"<item><title>recruitment</title></item>".to_vec(),
            len: 50 * 1024 * 1024,
        }),
        "/bomb" => Response::rss(bomb.clone()).header("Content-Encoding", "gzip"),
        "/page" => Response::ok(
            "text/html; charset=utf-8",
            "<!doctype html><html><head><title>Shop</title></head><body>Recruitment!</body></html>",
        ),
        "/empty" => Response::rss(""),
        "/invalid" => Response::rss("<rss version=\"2.0\"><channel><title>Half</ti"),
        _ => Response::new(404),
    });
    let sandbox = Sandbox::new();
    let paths = [
        "/good", "/missing", "/broken", "/loop-a", "/silent", "/huge", "/bomb", "/page", "/empty", "/invalid",
    ];
    watch(&sandbox, &paths.iter().map(|p| server.url(p)).collect::<Vec<_>>());
    keywords(&sandbox, &["recruitment"]);

    let out = run(&sandbox, &["scan", "--timeout", "1"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "some feeds worked:\n{stderr}");
    // Only problems are listed; the good feed is in the summary.
    assert!(!stderr.contains("/good"), "{stderr}");
    assert_eq!(stderr.lines().count(), 9, "one line per failed feed:\n{stderr}");
    assert!(
        status_of(&stderr, "/missing").contains("404 not found"),
        "{stderr}"
    );
    assert!(
        status_of(&stderr, "/broken").contains("500 internal server error"),
        "{stderr}"
    );
    assert!(
        status_of(&stderr, "/loop-a").contains("redirect loop"),
        "{stderr}"
    );
    assert!(
        status_of(&stderr, "/silent").contains("timed out after 1s"),
        "{stderr}"
    );
    assert!(status_of(&stderr, "/huge").contains("too large"), "{stderr}");
    assert!(status_of(&stderr, "/bomb").contains("too large"), "{stderr}");
    for path in ["/page", "/empty", "/invalid"] {
        assert!(
            status_of(&stderr, path).contains("not a feed"),
            "{path}: {stderr}"
        );
    }
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Recruitment fair in Utrecht"), "{stdout}");
    assert!(stdout.contains("(9 failed)"), "{stdout}");
    assert_eq!(titles(&inbox(&sandbox, false)), ["Recruitment fair in Utrecht"]);

    let journal = std::fs::read_to_string(sandbox.journal()).unwrap();
    assert!(
        journal.contains(r#""kind":"scan.completed","data":{"feeds":10,"items":2,"matches":1}"#),
        "{journal}"
    );
}

#[test]
fn every_feed_failing_exits_4_and_says_what_to_do() {
    let server = Server::start(|_| Response::new(503));
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/a"), server.url("/b")]);
    keywords(&sandbox, &["hr"]);
    let out = run(&sandbox, &["scan"]);
    assert_eq!(out.status.code(), Some(4));
    let stderr = text(&out.stderr);
    assert!(status_of(&stderr, "/a").contains("503"), "{stderr}");
    assert!(stderr.contains("--offline"), "{stderr}");
}

#[test]
fn feed_content_is_repaired_sanitised_and_deduplicated() {
    let wrong_charset = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>\
        <title>Café</title><link>https://cafe.example/</link><description>d</description>\
        <item><title>Recruitment at the Zürich café</title><link>https://cafe.example/z</link>\
        <guid>c1</guid></item></channel></rss>";
    // A raw ESC and BEL, which XML forbids, as well as a C1 CSI and bidi overrides as
    // character references, which it allows.
    let escapes = channel(&item(
        "Recruitment &#x202E;gnp.exe&#x202C; news &#x9b;31m here \u{1b}]0;pwned\u{7} \u{1b}[31mred",
        "https://esc.example/1",
        "e1",
    ));
    let dupes = channel(&format!(
        "{}{}",
        item("Recruitment update one", "https://dup.example/1", "same-guid"),
        item("Recruitment update two", "https://dup.example/2", "same-guid"),
    ));
    let undated = channel(
        "<item><title>Recruitment without a date</title><link>https://nodate.example/1</link></item>\
         <item><title>Recruitment with a garbage date</title><link>https://nodate.example/2</link>\
         <pubDate>the day after tomorrow</pubDate></item>",
    );
    let mut many = String::new();
    for n in 0..50_000 {
        let title = if n % 10_000 == 0 { "Recruitment" } else { "Other" };
        many.push_str(&format!(
            "<item><title>{title} {n}</title><guid>m{n}</guid></item>"
        ));
    }
    let many = channel(&many);
    let server = Server::start(move |r| match r.path.as_str() {
        "/charset" => Response::ok("application/rss+xml", wrong_charset),
        "/escapes" => Response::rss(escapes.clone()),
        "/dupes" => Response::rss(dupes.clone()),
        "/undated" => Response::rss(undated.clone()),
        "/many" => Response::rss(many.clone()),
        _ => Response::new(404),
    });
    let sandbox = Sandbox::new();
    let paths = ["/charset", "/escapes", "/dupes", "/undated", "/many"];
    watch(&sandbox, &paths.iter().map(|p| server.url(p)).collect::<Vec<_>>());
    keywords(&sandbox, &["recruitment"]);
    let out = run(&sandbox, &["scan", "--verbose"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");

    assert!(status_of(&stderr, "/many").contains("50000 items"), "{stderr}");
    assert!(
        status_of(&stderr, "/dupes").contains("1 new match"),
        "one guid, one item: {stderr}"
    );
    assert!(
        status_of(&stderr, "/undated").contains("2 new matches"),
        "{stderr}"
    );
    for output in [&stdout, &stderr] {
        assert!(!output.contains('\u{1b}'), "no escape sequences: {output:?}");
        assert!(!output.contains('\u{9b}'), "no C1 controls: {output:?}");
        assert!(!output.contains('\u{202e}'), "no bidi overrides: {output:?}");
    }
    assert!(
        stdout.contains("Recruitment at the Zürich café"),
        "UTF-8 despite the label: {stdout}"
    );

    let items = inbox(&sandbox, false);
    let titles = titles(&items);
    assert!(
        titles.contains(&"Recruitment at the Zürich café".to_owned()),
        "{titles:?}"
    );
    assert_eq!(
        titles
            .iter()
            .filter(|t| t.starts_with("Recruitment update"))
            .count(),
        1
    );
    assert_eq!(
        titles.iter().filter(|t| t.starts_with("Recruitment ")).count(),
        2 + 1 + 1 + 1 + 5
    );
    let undated: Vec<&Value> = items
        .iter()
        .filter(|i| i["title"].as_str().unwrap().contains(" date"))
        .collect();
    assert!(
        undated.iter().all(|i| i.get("published").is_none()),
        "{undated:?}"
    );
}

#[test]
fn a_repeat_scan_is_conditional_and_a_304_keeps_the_items_and_its_new_etag() {
    let server = Server::start(|r| match r.header("if-none-match") {
        Some("\"v1\"") | Some("\"v2\"") => Response::new(304).header("ETag", "\"v2\""),
        _ => Response::rss(channel(&format!(
            "{}{}",
            item("Recruitment news", "https://c.example/1", "c1"),
            item("Onboarding tips", "https://c.example/2", "c2")
        )))
        .header("ETag", "\"v1\""),
    });
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/feed")]);
    keywords(&sandbox, &["recruitment"]);
    assert!(run(&sandbox, &["scan"]).status.success());
    assert_eq!(inbox(&sandbox, false).len(), 1);

    // A keyword added later still finds the kept item behind a 304.
    keywords(&sandbox, &["onboarding"]);
    let out = run(&sandbox, &["scan", "--verbose"]);
    let stderr = text(&out.stderr);
    assert!(status_of(&stderr, "/feed").contains("not modified"), "{stderr}");
    assert!(status_of(&stderr, "/feed").contains("1 new match"), "{stderr}");
    assert_eq!(inbox(&sandbox, false).len(), 2);
    let cache: Value =
        serde_json::from_slice(&std::fs::read(sandbox.learner_dir("me").join("feeds-cache.json")).unwrap())
            .unwrap();
    assert_eq!(
        cache["feeds"][server.url("/feed")]["validators"]["etag"],
        "\"v2\""
    );

    assert!(run(&sandbox, &["scan"]).status.success());
    let sent: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.header("if-none-match").map(str::to_owned))
        .collect();
    assert_eq!(sent, [None, Some("\"v1\"".into()), Some("\"v2\"".into())]);
}

#[test]
fn a_permanent_redirect_updates_the_feed_list_and_a_429_is_waited_out() {
    let limited = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = limited.clone();
    let server = Server::start(move |r| match r.path.as_str() {
        "/old" => Response::redirect(301, "/new"),
        "/new" => Response::rss(channel(&item("Recruitment moved", "https://m.example/1", "m1"))),
        "/busy" => {
            if counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
                Response::new(429).header("Retry-After", "1")
            } else {
                Response::rss(channel(&item("Recruitment later", "https://b.example/1", "b1")))
            }
        }
        _ => Response::new(404),
    });
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/old"), server.url("/busy")]);
    keywords(&sandbox, &["recruitment"]);
    let out = run(&sandbox, &["scan", "--verbose"]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("moved for good to {}", server.url("/new"))),
        "{stderr}"
    );
    assert!(status_of(&stderr, "/busy").contains("ok, 1 item"), "{stderr}");

    let feeds = sandbox.json(&["feeds", "list", "--json"])["feeds"].clone();
    let urls: Vec<&str> = feeds
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls, [server.url("/new"), server.url("/busy")]);
    assert_eq!(
        titles(&inbox(&sandbox, false)),
        ["Recruitment later", "Recruitment moved"]
    );

    // Next time the new address is asked directly.
    assert!(run(&sandbox, &["scan"]).status.success());
    assert_eq!(server.hits("/old"), 1);
}

#[test]
fn the_same_story_enters_the_inbox_once_across_feeds_and_scans() {
    let server = Server::start(|r| match r.path.as_str() {
        "/one" => Response::rss(channel(&item(
            "Recruitment story",
            "https://news.example/story?utm_source=one",
            "one-1",
        ))),
        _ => Response::rss(channel(&item(
            "Recruitment story",
            "http://www.news.example/story/?utm_campaign=two",
            "two-1",
        ))),
    });
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/one"), server.url("/two")]);
    keywords(&sandbox, &["recruitment"]);
    let first = sandbox.json(&["scan", "--json"]);
    assert_eq!(first["new_matches"].as_array().unwrap().len(), 1);
    let second = sandbox.json(&["scan", "--json"]);
    assert_eq!(second["new_matches"].as_array().unwrap().len(), 0);
    assert_eq!(second["inbox_new"], 1);
    assert_eq!(inbox(&sandbox, true).len(), 1);
}

#[test]
fn scan_json_describes_every_feed() {
    let server = Server::start(|r| match r.path.as_str() {
        "/ok" => Response::rss(channel(&item(
            "Employer branding at work",
            "https://j.example/1",
            "j1",
        ))),
        _ => Response::new(404),
    });
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/ok"), server.url("/gone")]);
    keywords(&sandbox, &["\"employer branding\""]);
    let out = run(&sandbox, &["scan", "--json"]);
    assert!(out.status.success());
    let value: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON only");
    assert_eq!(value["practice"], Value::Null);
    let feeds = value["feeds"].as_array().unwrap();
    assert_eq!(feeds[0]["status"], "ok");
    assert_eq!(feeds[0]["items"], 1);
    assert_eq!(feeds[1]["status"], "failed");
    assert_eq!(feeds[1]["error"]["kind"], "http-status");
    assert_eq!(feeds[1]["error"]["message"], "404 not found");
    let matched = &value["new_matches"][0];
    assert_eq!(matched["keywords"][0], "\"employer branding\"");
    let hit = &matched["hits"][0];
    let title = matched["title"].as_str().unwrap();
    let (start, end) = (
        hit["start"].as_u64().unwrap() as usize,
        hit["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(hit["field"], "title");
    assert_eq!(&title[start..end].to_lowercase(), "employer branding");
}

#[test]
fn with_no_feeds_or_offline_the_practice_feeds_are_scanned() {
    let sandbox = Sandbox::new();
    keywords(&sandbox, &["recruitment", "onboarding"]);
    let out = run(&sandbox, &["scan", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["practice"], "no-feeds");
    assert!(!value["new_matches"].as_array().unwrap().is_empty(), "{value}");
    assert!(text(&out.stderr).contains("practice feeds"));

    // With a feed that cannot be reached, --offline never tries it.
    let offline = Sandbox::new();
    watch(&offline, &["http://127.0.0.1:9/never".to_owned()]);
    keywords(&offline, &["recruitment"]);
    let out = run(&offline, &["--offline", "scan", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["practice"], "offline");
    assert!(!value["new_matches"].as_array().unwrap().is_empty());
}

#[test]
fn a_damaged_cache_stops_the_scan_with_exit_3_and_is_kept() {
    let sandbox = Sandbox::new();
    keywords(&sandbox, &["recruitment"]);
    for name in ["feeds-cache.json", "inbox.json"] {
        let path = sandbox.learner_dir("me").join(name);
        std::fs::write(&path, b"{\"version\":1,\"feeds\":").unwrap();
        let out = run(&sandbox, &["--offline", "scan"]);
        assert_eq!(out.status.code(), Some(3), "{name}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains(&path.display().to_string()), "{stderr}");
        assert!(stderr.contains(".broken"), "{stderr}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"{\"version\":1,\"feeds\":",
            "kept"
        );
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn the_inbox_shows_new_items_and_all_shows_decided_ones_too() {
    let sandbox = Sandbox::new();
    keywords(&sandbox, &["recruitment"]);
    assert!(run(&sandbox, &["--offline", "scan"]).status.success());
    let new = inbox(&sandbox, false);
    assert!(!new.is_empty());
    let first = new[0]["id"].as_str().unwrap().to_owned();

    let mut journal = drempel::journal::Journal::open(&sandbox.learner_dir("me")).unwrap();
    journal
        .append(drempel::journal::EventBody::ItemTriaged {
            item: first.clone(),
            decision: drempel::journal::Decision::Later,
            note: None,
        })
        .unwrap();
    drop(journal);

    let after = inbox(&sandbox, false);
    assert_eq!(after.len(), new.len() - 1);
    assert!(after.iter().all(|i| i["id"] != first.as_str()));
    let all = inbox(&sandbox, true);
    let decided = all.iter().find(|i| i["id"] == first.as_str()).unwrap();
    assert_eq!(decided["state"], "triaged");

    let out = run(&sandbox, &["inbox"]);
    let stdout = text(&out.stdout);
    let waiting = after[0]["id"].as_str().unwrap();
    assert!(stdout.contains(&waiting[..8]), "short ids are shown: {stdout}");
    assert!(!stdout.contains(&first[..8]), "decided items are not: {stdout}");
    assert!(stdout.contains("drempel triage"), "{stdout}");
}

#[test]
fn an_empty_inbox_says_how_to_fill_it() {
    let sandbox = Sandbox::new();
    let out = run(&sandbox, &["inbox"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("drempel scan"));
}

#[test]
fn a_practice_feed_in_the_feed_list_is_read_from_the_bundle() {
    let sandbox = Sandbox::new();
    let practice = "https://practice.drempel.invalid/en/people-at-work.xml";
    let out = run(&sandbox, &["--offline", "feeds", "add", practice]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    keywords(&sandbox, &["recruitment OR hiring OR onboarding"]);
    let out = run(&sandbox, &["scan", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        value["practice"],
        Value::Null,
        "the learner's own list, not the fallback"
    );
    assert_eq!(value["feeds"][0]["status"], "ok");
    assert!(!value["new_matches"].as_array().unwrap().is_empty(), "{value}");
}

#[test]
fn healthy_feeds_make_one_summary_and_only_problems_get_a_line_of_their_own() {
    // 40 healthy feeds and one that fails: 41 lines before, 1 now (and the summary).
    let server = Server::start(|r| match r.path.as_str() {
        "/broken" => Response::new(500),
        path => Response::rss(channel(&item(
            &format!("Recruitment at {path}"),
            &format!("https://example.org{path}"),
            path,
        ))),
    });
    let sandbox = Sandbox::new();
    let mut urls: Vec<String> = (0..40).map(|n| server.url(&format!("/feed{n}"))).collect();
    urls.push(server.url("/broken"));
    watch(&sandbox, &urls);
    keywords(&sandbox, &["recruitment"]);

    let out = run(&sandbox, &["scan"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(status_of(&stderr, "/broken").contains("500"), "{stderr}");
    assert!(
        stdout.starts_with("40 new matches from 41 feeds (1 failed)."),
        "{stdout}"
    );

    // --verbose lists every feed; --json keeps every feed too.
    let out = run(&sandbox, &["scan", "--verbose"]);
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 41, "{stderr}");
    assert!(
        status_of(&stderr, "/feed7").contains("not modified") || status_of(&stderr, "/feed7").contains("ok")
    );
    let json = sandbox.json(&["scan", "--json"]);
    assert_eq!(json["feeds"].as_array().unwrap().len(), 41);
    assert_eq!(json["left_out"], 0);
    assert_eq!(json["inbox_limit"], 5000);
}

#[test]
fn a_feed_of_100000_items_fills_the_inbox_to_its_bound_and_says_so() {
    // Short items, so that the feed stays under the 10 MiB cap: about 9 MiB.
    let mut items = String::with_capacity(9_500_000);
    for n in 0..100_000 {
        items.push_str(&format!(
            "<item><title>Recruitment news {n}</title>\
             <pubDate>Mon, 02 Nov 2026 {:02}:{:02}:{:02} GMT</pubDate></item>\n",
            (n / 3600) % 24,
            (n / 60) % 60,
            n % 60
        ));
    }
    let body = channel(&items);
    let server = Server::start(move |_| Response::rss(body.clone()));
    let sandbox = Sandbox::new();
    watch(&sandbox, &[server.url("/big")]);
    keywords(&sandbox, &["recruitment"]);
    let out = run(&sandbox, &["scan"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.starts_with("5000 new matches from 1 feed."), "{stdout}");
    assert!(
        stdout.contains("keeps the newest 5000 matches: 95000 older matches were left out"),
        "{stdout}"
    );
    let kept = inbox(&sandbox, false);
    assert_eq!(kept.len(), 5000);
    // The newest: 23:59:59 down to about 22:36.
    assert!(kept.iter().any(|i| i["title"] == "Recruitment news 86399"));
    assert!(!kept.iter().any(|i| i["title"] == "Recruitment news 0"));
}
