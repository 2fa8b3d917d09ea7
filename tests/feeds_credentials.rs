//! Credentials in feed addresses (`https://user:secret@host/feed`), end to end: the
//! secret reaches the server, and nowhere else — not the terminal, the journal, the
//! caches, the inbox, a report, an export or an OPML file. It is kept once, owner-only,
//! in `credentials.json`.

mod common;
#[path = "common/loopback.rs"]
mod loopback;

use std::path::Path;
use std::process::Output;

use common::Sandbox;
use loopback::{Response, Server, rss};

const SECRET: &str = "s3cret-Pw";

/// "anna:s3cret-Pw" in base64, as Basic auth sends it.
const ANNA: &str = "Basic YW5uYTpzM2NyZXQtUHc=";

/// Runs in the sandbox, so that files written to the current folder land there too.
fn run(sandbox: &Sandbox, args: &[&str]) -> Output {
    sandbox
        .cmd()
        .current_dir(sandbox.path())
        .args(args)
        .output()
        .expect("drempel runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A feed that answers only with the right credentials.
fn private_feed() -> Server {
    Server::start(|r| match (r.path.as_str(), r.header("authorization")) {
        ("/gone", _) => Response::new(404),
        (_, Some(ANNA)) => Response::rss(rss("Private recruitment news", "recruitment", 3)),
        _ => Response::new(401),
    })
}

fn with_credentials(url: &str) -> String {
    url.replace("http://", &format!("http://anna:{SECRET}@"))
}

/// Every file under `dir` but `credentials.json`: none may hold `secret`.
fn assert_nowhere_but_the_store(dir: &Path, secret: &str) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            assert_nowhere_but_the_store(&path, secret);
            continue;
        }
        if path.file_name().unwrap() == "credentials.json" {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(secret),
            "{} holds the secret",
            path.display()
        );
    }
}

fn assert_kept_once(sandbox: &Sandbox, address: &str, secret: &str) {
    let store = sandbox.learner_dir("me").join("credentials.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&store).unwrap()).unwrap();
    assert_eq!(json["feeds"][address]["password"], secret, "{json}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&store).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "owner-only");
    }
}

#[test]
fn a_feed_with_credentials_is_fetched_with_them_and_they_show_up_nowhere() {
    let server = private_feed();
    let sandbox = Sandbox::new();
    let bare = server.url("/feed");
    let mut printed = String::new();

    let out = run(&sandbox, &["feeds", "add", &with_credentials(&bare)]);
    printed += &text(&out);
    assert!(out.status.success(), "{}", text(&out));
    assert!(printed.contains(&bare), "{printed}");
    assert_kept_once(&sandbox, &bare, SECRET);

    let out = run(&sandbox, &["keywords", "add", "recruitment"]);
    assert!(out.status.success());
    for args in [
        &["scan", "--verbose"][..],
        &["scan", "--json"],
        &["feeds", "list"],
        &["feeds", "list", "--json"],
        &["feeds", "export"],
        &["inbox", "--json"],
        &["report"],
        &["report", "--format", "json"],
        &["report", "--format", "html"],
        &["export", "--include-drafts", "--out", "export.json"],
    ] {
        let out = run(&sandbox, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        printed += &text(&out);
    }
    assert!(!printed.contains(SECRET), "printed:\n{printed}");
    let inbox: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sandbox.learner_dir("me").join("inbox.json")).unwrap())
            .unwrap();
    assert_eq!(
        inbox["items"].as_array().unwrap().len(),
        3,
        "the server let us in"
    );
    assert_eq!(inbox["items"][0]["feed"], bare.as_str());
    assert!(
        server
            .requests()
            .iter()
            .any(|r| r.header("authorization") == Some(ANNA))
    );
    assert_nowhere_but_the_store(sandbox.path(), SECRET);

    // Typed again with or without the credentials, it is the same feed.
    let out = run(&sandbox, &["feeds", "add", &bare]);
    assert!(text(&out).contains("already"), "{}", text(&out));

    // Removed, the credentials go too.
    let out = run(&sandbox, &["feeds", "remove", &with_credentials(&bare)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains(SECRET));
    assert!(!sandbox.learner_dir("me").join("credentials.json").exists());
}

#[test]
fn problems_name_the_address_with_the_password_hidden() {
    let server = private_feed();
    let sandbox = Sandbox::new();
    // A failing fetch when adding.
    let gone = with_credentials(&server.url("/gone"));
    let out = run(&sandbox, &["feeds", "add", &gone]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out));
    assert!(text(&out).contains("anna:***@"), "{}", text(&out));
    assert!(!text(&out).contains(SECRET));
    // An address that is not http.
    let out = run(
        &sandbox,
        &["feeds", "add", &format!("ftp://anna:{SECRET}@example.org/feed")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("ftp://anna:***@example.org/feed"),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains(SECRET));
    // Preview and discover use the credentials and show none.
    let feed = with_credentials(&server.url("/feed"));
    for args in [
        &["feeds", "preview", &feed][..],
        &["feeds", "preview", &feed, "--json"],
        &["feeds", "discover", &feed],
    ] {
        let out = run(&sandbox, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        assert!(!text(&out).contains(SECRET), "{}", text(&out));
    }
    assert!(
        !sandbox.learner_dir("me").join("credentials.json").exists(),
        "nothing kept"
    );
}

#[test]
fn an_opml_import_keeps_credentials_apart_and_the_export_leaves_them_out() {
    let server = private_feed();
    let sandbox = Sandbox::new();
    let bare = server.url("/feed");
    let opml = sandbox.path().join("reader.opml");
    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"Private\" xmlUrl=\"{}\"/>\
             <outline type=\"rss\" text=\"Bad\" xmlUrl=\"gopher://anna:{SECRET}@old.example/\"/></body></opml>",
            with_credentials(&bare)
        ),
    )
    .unwrap();
    let out = run(&sandbox, &["feeds", "import", opml.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains(SECRET), "{}", text(&out));
    assert!(
        text(&out).contains("gopher://anna:***@old.example/"),
        "{}",
        text(&out)
    );
    assert_kept_once(&sandbox, &bare, SECRET);
    assert!(
        run(&sandbox, &["keywords", "add", "recruitment"])
            .status
            .success()
    );
    let out = run(&sandbox, &["scan"]);
    assert!(out.status.success(), "{}", text(&out));
    let exported = sandbox.path().join("out.opml");
    let out = run(&sandbox, &["feeds", "export", exported.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let written = std::fs::read_to_string(&exported).unwrap();
    assert!(written.contains(&bare) && !written.contains(SECRET), "{written}");
    assert_nowhere_but_the_store(sandbox.learner_dir("me").as_path(), SECRET);
}

#[test]
fn a_redirect_that_adds_credentials_moves_the_feed_without_them() {
    let server = Server::start(|r| match (r.path.as_str(), r.header("authorization")) {
        ("/old", _) => {
            let host = r.header("host").unwrap_or_default().to_owned();
            Response::redirect(301, &format!("http://anna:{SECRET}@{host}/new"))
        }
        (_, Some(ANNA)) => Response::rss(rss("Moved recruitment news", "recruitment", 2)),
        _ => Response::new(401),
    });
    let sandbox = Sandbox::new();
    let opml = sandbox.path().join("one.opml");
    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"Old\" xmlUrl=\"{}\"/></body></opml>",
            server.url("/old")
        ),
    )
    .unwrap();
    assert!(
        run(&sandbox, &["feeds", "import", opml.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        run(&sandbox, &["keywords", "add", "recruitment"])
            .status
            .success()
    );
    let out = run(&sandbox, &["scan"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains(SECRET), "{}", text(&out));
    let new = server.url("/new");
    assert!(text(&out).contains(&new), "the move is listed: {}", text(&out));
    let list = sandbox.json(&["feeds", "list", "--json"]);
    assert_eq!(list["feeds"][0]["url"], new.as_str());
    assert_kept_once(&sandbox, &new, SECRET);
    assert_nowhere_but_the_store(sandbox.path(), SECRET);
    // The next scan goes straight to the new address, with the kept credentials.
    let out = run(&sandbox, &["scan", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let last = server.requests().pop().unwrap();
    assert_eq!(
        (last.path.as_str(), last.header("authorization")),
        ("/new", Some(ANNA))
    );
}

#[test]
fn a_journal_written_before_credentials_were_kept_apart_is_read_and_shown_without_them() {
    let server = private_feed();
    let sandbox = Sandbox::new();
    let dir = sandbox.learner_dir("me");
    std::fs::create_dir_all(&dir).unwrap();
    let old = with_credentials(&server.url("/feed"));
    let line = serde_json::json!({
        "v": 1,
        "id": "0190a0a0-0000-7000-8000-000000000001",
        "at": "2026-11-01T10:00:00Z",
        "kind": "feed.added",
        "data": { "url": old, "title": "Old private feed" },
    });
    std::fs::write(dir.join("journal.jsonl"), format!("{line}\n")).unwrap();
    assert!(
        run(&sandbox, &["keywords", "add", "recruitment"])
            .status
            .success()
    );
    let mut printed = String::new();
    for args in [
        &["scan", "--verbose"][..],
        &["scan", "--json"],
        &["feeds", "list", "--json"],
        &["feeds", "export"],
        &["report"],
        &["export", "--include-drafts", "--out", "export.json"],
    ] {
        let out = run(&sandbox, args);
        assert!(out.status.success(), "{args:?}: {}", text(&out));
        printed += &text(&out);
    }
    assert!(!printed.contains(SECRET), "{printed}");
    assert!(
        server
            .requests()
            .iter()
            .any(|r| r.header("authorization") == Some(ANNA))
    );
    for cache in ["inbox.json", "feeds-cache.json"] {
        let bytes = std::fs::read_to_string(dir.join(cache)).unwrap();
        assert!(!bytes.contains(SECRET), "{cache}");
    }
}
