//! The fetch engine against a real HTTP server on 127.0.0.1: every way a feed server
//! can let us down ends in a one-line status, and never disturbs the other feeds.

#[path = "common/loopback.rs"]
mod loopback;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use drempel::feeds::fetch::{
    FetchError, FetchEvent, FetchOptions, FetchOutcome, FetchRequest, Fetched, Validators, fetch_all,
};
use loopback::{Body, Response, Server, rss};
use url::Url;

fn quick() -> FetchOptions {
    FetchOptions {
        deadline: Duration::from_secs(10),
        read_timeout: Duration::from_secs(2),
        ..FetchOptions::default()
    }
}

fn request(url: &str) -> FetchRequest {
    FetchRequest::new(Url::parse(url).unwrap())
}

fn fetch_one(url: &str, options: &FetchOptions) -> FetchOutcome {
    fetch_all(vec![request(url)], options, |_| {})
        .unwrap()
        .pop()
        .unwrap()
}

fn body(outcome: &FetchOutcome) -> &[u8] {
    match &outcome.result {
        Ok(Fetched::Body(body)) => &body.bytes,
        other => panic!("expected a body, got {other:?}"),
    }
}

fn error(outcome: FetchOutcome) -> FetchError {
    match outcome.result {
        Err(err) => err,
        Ok(ok) => panic!("expected an error, got {ok:?}"),
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_feed_arrives_whole_with_its_validators_and_our_user_agent() {
    let server = Server::start(|_| {
        Response::rss(rss("News", "item", 3))
            .header("ETag", "\"v1\"")
            .header("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT")
    });
    let outcome = fetch_one(&server.url("/feed.xml"), &quick());
    assert!(std::str::from_utf8(body(&outcome)).unwrap().contains("item 2"));
    let Ok(Fetched::Body(b)) = &outcome.result else {
        unreachable!()
    };
    assert_eq!(b.validators.etag.as_deref(), Some("\"v1\""));
    assert!(
        b.content_type
            .as_deref()
            .unwrap()
            .starts_with("application/rss+xml")
    );
    let sent = &server.requests()[0];
    assert!(sent.header("user-agent").unwrap().starts_with("drempel/"));
    assert!(sent.header("accept").unwrap().contains("application/rss+xml"));
}

#[test]
fn error_statuses_are_named_with_code_and_reason() {
    let server = Server::start(|r| match r.path.as_str() {
        "/gone" => Response::new(404).body("nope"),
        _ => Response::new(500).body("boom"),
    });
    let not_found = error(fetch_one(&server.url("/gone"), &quick()));
    assert_eq!(not_found, FetchError::Status { code: 404 });
    assert_eq!(not_found.to_string(), "404 not found");
    let broken = error(fetch_one(&server.url("/broken"), &quick()));
    assert_eq!(broken.to_string(), "500 internal server error");
}

#[test]
fn a_redirect_loop_is_named_not_followed_forever() {
    let server = Server::start(|r| match r.path.as_str() {
        "/a" => Response::redirect(302, "/b"),
        _ => Response::redirect(302, "/a"),
    });
    let err = error(fetch_one(&server.url("/a"), &quick()));
    assert!(
        matches!(&err, FetchError::RedirectLoop { at } if at.path() == "/a"),
        "{err:?}"
    );
    assert!(err.to_string().contains("redirect loop"), "{err}");
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn more_than_five_redirects_is_too_many() {
    let server = Server::start(|r| {
        let n: u32 = r.path.trim_start_matches("/r").parse().unwrap_or(0);
        Response::redirect(307, &format!("/r{}", n + 1))
    });
    let err = error(fetch_one(&server.url("/r0"), &quick()));
    assert_eq!(err, FetchError::TooManyRedirects { limit: 5 });
    assert_eq!(server.requests().len(), 6, "the first request and five redirects");
}

#[test]
fn a_permanent_redirect_reports_the_new_address_and_a_temporary_one_does_not() {
    let server = Server::start(|r| match r.path.as_str() {
        "/old" => Response::redirect(301, "/newer"),
        "/newer" => Response::redirect(308, "/new"),
        "/elsewhere" => Response::redirect(302, "/new"),
        _ => Response::rss(rss("Moved", "m", 1)),
    });
    let outcome = fetch_one(&server.url("/old"), &quick());
    assert_eq!(outcome.moved_to.as_ref().map(Url::path), Some("/new"));
    assert_eq!(outcome.final_url.path(), "/new");
    assert!(!body(&outcome).is_empty());

    let outcome = fetch_one(&server.url("/elsewhere"), &quick());
    assert_eq!(
        outcome.moved_to, None,
        "302 is temporary: keep the stored address"
    );
    assert_eq!(outcome.final_url.path(), "/new");
}

#[test]
fn a_server_that_never_answers_times_out_and_the_others_still_arrive() {
    let server = Server::start(|r| match r.path.as_str() {
        "/silent" => Response::new(200).with(Body::Silence),
        "/stalls" => Response::rss("").with(Body::Stall(b"<rss><channel>".to_vec())),
        _ => Response::rss(rss("Fine", "ok", 2)),
    });
    let options = FetchOptions {
        read_timeout: Duration::from_millis(400),
        ..quick()
    };
    let started = Instant::now();
    let outcomes = fetch_all(
        vec![
            request(&server.url("/silent")),
            request(&server.url("/fine")),
            request(&server.url("/stalls")),
        ],
        &options,
        |_| {},
    )
    .unwrap();
    // Generous: a loaded 2-core CI runs slowly; without the timeout this never ends.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "bounded by the read timeout"
    );
    let mut outcomes = outcomes.into_iter();
    let silent = error(outcomes.next().unwrap());
    assert_eq!(
        silent,
        FetchError::TimedOut {
            after: Duration::from_millis(400)
        }
    );
    assert!(silent.to_string().contains("timed out after 0.4s"), "{silent}");
    assert!(
        !body(&outcomes.next().unwrap()).is_empty(),
        "the good feed is unaffected"
    );
    assert!(matches!(
        error(outcomes.next().unwrap()),
        FetchError::TimedOut { .. }
    ));
}

#[test]
fn the_deadline_ends_a_run_that_would_take_too_long() {
    let server = Server::start(|_| Response::rss("").with(Body::Stall(b"<rss>".to_vec())));
    // Every wait is short enough, but the feed trickles on; the run's deadline stops it.
    let options = FetchOptions {
        deadline: Duration::from_millis(600),
        read_timeout: Duration::from_secs(5),
        ..quick()
    };
    let started = Instant::now();
    let err = error(fetch_one(&server.url("/slow"), &options));
    // Generous (a loaded CI is slow); without the deadline the trickle never ends.
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(
        err,
        FetchError::Deadline {
            after: Duration::from_millis(600)
        }
    );
}

#[test]
fn a_50_mb_body_stops_at_the_cap_with_or_without_a_declared_length() {
    let server = Server::start(|r| {
        let pattern = b"<item><title>x</title></item>".to_vec();
        let len = 50 * 1024 * 1024;
        match r.path.as_str() {
            "/declared" => Response::rss("").with(Body::Repeat { pattern, len }),
            _ => Response::rss("").with(Body::Endless { pattern, len }),
        }
    });
    for path in ["/declared", "/undeclared"] {
        let err = error(fetch_one(&server.url(path), &quick()));
        assert_eq!(
            err,
            FetchError::TooLarge {
                limit: 10 * 1024 * 1024
            },
            "{path}"
        );
        assert!(err.to_string().contains("too large"), "{err}");
    }
}

#[test]
fn a_gzip_bomb_is_cut_off_at_the_cap_counted_after_decompression() {
    // 64 MiB of zeros shrink to about 64 KiB: small on the wire, huge once inflated.
    let bomb = Arc::new(gzip(&vec![0u8; 64 * 1024 * 1024]));
    assert!(bomb.len() < 1024 * 1024);
    let small = Arc::new(gzip(rss("Zipped", "z", 5).as_bytes()));
    let server = Server::start(move |r| {
        let bytes = if r.path == "/bomb" { &bomb } else { &small };
        Response::rss(bytes.as_slice().to_vec()).header("Content-Encoding", "gzip")
    });
    let err = error(fetch_one(&server.url("/bomb"), &quick()));
    assert_eq!(
        err,
        FetchError::TooLarge {
            limit: 10 * 1024 * 1024
        }
    );
    let accept = server.requests()[0].header("accept-encoding").unwrap().to_owned();
    assert!(accept.contains("gzip") && accept.contains("br"), "{accept}");

    let outcome = fetch_one(&server.url("/small"), &quick());
    assert!(
        std::str::from_utf8(body(&outcome)).unwrap().contains("z 4"),
        "gzip is inflated"
    );
}

#[test]
fn brotli_bodies_are_decompressed() {
    let feed = rss("Squeezed", "b", 4);
    let mut compressed = Vec::new();
    brotli::BrotliCompress(
        &mut feed.as_bytes(),
        &mut compressed,
        &brotli::enc::BrotliEncoderParams::default(),
    )
    .unwrap();
    let server = Server::start(move |_| Response::rss(compressed.clone()).header("Content-Encoding", "br"));
    let outcome = fetch_one(&server.url("/br"), &quick());
    assert_eq!(body(&outcome), feed.as_bytes());
}

#[test]
fn conditional_get_sends_validators_and_a_304_brings_its_new_etag() {
    let server = Server::start(|r| {
        if r.header("if-none-match") == Some("\"v1\"") {
            Response::new(304).header("ETag", "\"v2\"")
        } else {
            Response::rss(rss("Cached", "c", 1)).header("ETag", "\"v1\"")
        }
    });
    let first = fetch_one(&server.url("/feed"), &quick());
    let Ok(Fetched::Body(b)) = first.result else {
        panic!("a body first")
    };
    let second = fetch_all(
        vec![request(&server.url("/feed")).with_validators(b.validators.clone())],
        &quick(),
        |_| {},
    )
    .unwrap()
    .pop()
    .unwrap();
    match second.result {
        Ok(Fetched::NotModified { validators }) => assert_eq!(
            validators,
            Validators {
                etag: Some("\"v2\"".into()),
                last_modified: None
            }
        ),
        other => panic!("expected not modified, got {other:?}"),
    }
    let requests = server.requests();
    assert_eq!(requests[1].header("if-none-match"), Some("\"v1\""));
}

#[test]
fn a_429_with_a_short_retry_after_is_retried_once() {
    let calls = Arc::new(Mutex::new(0));
    let counter = calls.clone();
    let server = Server::start(move |_| {
        let mut n = counter.lock().unwrap();
        *n += 1;
        if *n == 1 {
            Response::new(429).header("Retry-After", "1")
        } else {
            Response::rss(rss("Patient", "p", 1))
        }
    });
    let mut waited = None;
    let outcome = fetch_all(vec![request(&server.url("/feed"))], &quick(), |e| {
        if let FetchEvent::Waiting { wait, .. } = e {
            waited = Some(*wait);
        }
    })
    .unwrap()
    .pop()
    .unwrap();
    assert!(!body(&outcome).is_empty());
    assert!(waited.is_some_and(|w| w <= Duration::from_secs(1)), "{waited:?}");
    assert!(outcome.elapsed >= Duration::from_millis(900), "it did wait");
    assert_eq!(server.hits("/feed"), 2);
}

#[test]
fn a_retry_after_beyond_the_run_says_when_to_try_again() {
    let server = Server::start(|r| match r.path.as_str() {
        "/later" => Response::new(429).header("Retry-After", "3600"),
        _ => Response::new(503),
    });
    let err = error(fetch_one(&server.url("/later"), &quick()));
    let FetchError::RateLimited {
        code: 429,
        retry_at: Some(at),
    } = &err
    else {
        panic!("{err:?}")
    };
    let from_now = *at - chrono::Utc::now();
    assert!((3590..=3600).contains(&from_now.num_seconds()), "{from_now}");
    assert!(err.to_string().contains("try again after"), "{err}");
    assert_eq!(server.hits("/later"), 1, "no pointless retry");

    let err = error(fetch_one(&server.url("/down"), &quick()));
    assert_eq!(
        err,
        FetchError::RateLimited {
            code: 503,
            retry_at: None
        }
    );
}

#[test]
fn at_most_two_requests_go_to_one_host_at_a_time() {
    let server = Server::start_on("127.0.0.1".parse().unwrap(), Duration::from_millis(150), |_| {
        Response::rss(rss("Busy", "x", 1))
    });
    let requests = (0..6).map(|n| request(&server.url(&format!("/f{n}")))).collect();
    let outcomes = fetch_all(requests, &quick(), |_| {}).unwrap();
    assert!(outcomes.iter().all(|o| o.result.is_ok()));
    assert_eq!(server.peak_in_flight(), 2);
}

#[test]
fn different_hosts_are_fetched_side_by_side_up_to_the_bound() {
    // Every 127.x address is loopback on Linux: sixty servers, sixty hosts.
    let servers: Vec<Server> = (2..62)
        .map(|n| {
            Server::start_on(
                format!("127.0.0.{n}").parse().unwrap(),
                Duration::from_millis(300),
                |_| Response::rss(rss("Host", "h", 1)),
            )
        })
        .collect();
    let requests = servers.iter().map(|s| request(&s.url("/feed"))).collect();
    let mut in_flight = 0usize;
    let mut peak = 0usize;
    let started = Instant::now();
    let outcomes = fetch_all(requests, &quick(), |e| match e {
        FetchEvent::Started { .. } => {
            in_flight += 1;
            peak = peak.max(in_flight);
        }
        FetchEvent::Finished { .. } => in_flight -= 1,
        _ => {}
    })
    .unwrap();
    assert!(outcomes.iter().all(|o| o.result.is_ok()));
    assert_eq!(peak, 48, "the default bound");
    // 60 feeds at 300 ms, 48 at a time: two rounds (0.6 s), not sixty (18 s). The bound
    // is generous for a loaded CI, and still well under one at a time.
    assert!(
        started.elapsed() < Duration::from_millis(5000),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_refused_connection_and_a_bad_scheme_are_reported_per_feed() {
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let outcomes = fetch_all(
        vec![
            request(&format!("http://{closed}/feed")),
            request("ftp://127.0.0.1/feed"),
        ],
        &quick(),
        |_| {},
    )
    .unwrap();
    let mut outcomes = outcomes.into_iter();
    let refused = error(outcomes.next().unwrap());
    assert!(matches!(refused, FetchError::Connect { .. }), "{refused:?}");
    assert!(refused.to_string().starts_with("could not connect"), "{refused}");
    let ftp = error(outcomes.next().unwrap());
    assert!(ftp.to_string().contains("ftp"), "{ftp}");
}

#[test]
fn a_slow_reader_holds_back_downloads_instead_of_piling_up_bodies() {
    let server = Server::start(|_| Response::rss(rss("Quick", "q", 50)));
    let options = FetchOptions {
        concurrency: 2,
        ..quick()
    };
    let requests = (0..20).map(|n| request(&server.url(&format!("/f{n}")))).collect();
    let mut seen_at_first = None;
    drempel::feeds::fetch::fetch_each(requests, &options, |event| {
        if let FetchEvent::Finished { .. } = event
            && seen_at_first.is_none()
        {
            // The caller is busy parsing: the other downloads must wait for it.
            std::thread::sleep(Duration::from_millis(500));
            seen_at_first = Some(server.requests().len());
        }
    })
    .unwrap();
    let fetched = seen_at_first.unwrap();
    // One handed over, two finished and queued, two more done and waiting to hand
    // over: never all twenty.
    assert!(fetched <= 6, "{fetched} of 20 fetched while the reader was busy");
    assert_eq!(server.requests().len(), 20, "all arrive in the end");
}

#[test]
fn credentials_in_an_address_go_as_basic_auth_and_never_into_an_outcome() {
    let server = Server::start(|r| match r.header("authorization") {
        // "anna:s3cret" in base64.
        Some("Basic YW5uYTpzM2NyZXQ=") => Response::rss(rss("Private", "p", 1)),
        _ => Response::new(401),
    });
    let address = server.url("/feed").replace("http://", "http://anna:s3cret@");
    let outcome = fetch_one(&address, &quick());
    assert!(!body(&outcome).is_empty(), "{:?}", outcome.result);
    assert!(!outcome.url.as_str().contains("s3cret"));
    assert!(!outcome.final_url.as_str().contains("anna"));
    assert!(
        !format!("{outcome:?}").contains("s3cret"),
        "not even in a debug print"
    );
    let request = request(&address);
    assert_eq!(request.url.as_str(), server.url("/feed"));
    assert!(request.credentials.is_some());
}

#[test]
fn credentials_stay_on_their_own_site_and_a_redirect_that_adds_some_is_not_stored_with_them() {
    let other = Server::start_on("127.0.0.3".parse().unwrap(), Duration::ZERO, |_| {
        Response::rss(rss("Elsewhere", "e", 1))
    });
    let elsewhere = other.url("/feed");
    let server = Server::start(move |r| match r.path.as_str() {
        "/away" => Response::redirect(301, &elsewhere),
        "/here" => Response::redirect(301, "/feed"),
        _ => match r.header("authorization") {
            Some(_) => Response::rss(rss("Private", "p", 1)),
            None => Response::new(401),
        },
    });
    // Within the site the credentials follow; a permanent move keeps them for the new
    // address, apart from it.
    let here = server.url("/here").replace("http://", "http://u:pw@");
    let outcome = fetch_one(&here, &quick());
    assert!(!body(&outcome).is_empty());
    let moved = outcome.moved_to.clone().unwrap();
    assert_eq!(moved.as_str(), server.url("/feed"));
    assert_eq!(outcome.moved_credentials.unwrap().password.as_deref(), Some("pw"));

    // To another host they do not go.
    let away = server.url("/away").replace("http://", "http://u:pw@");
    let outcome = fetch_one(&away, &quick());
    assert!(!body(&outcome).is_empty());
    assert!(other.requests()[0].header("authorization").is_none());
    assert!(outcome.moved_credentials.is_none());
}

#[test]
fn a_redirect_that_adds_credentials_uses_them_but_reports_the_address_without() {
    let server = Server::start(|r| match r.path.as_str() {
        "/old" => {
            let host = r.header("host").unwrap_or_default().to_owned();
            Response::redirect(301, &format!("http://bot:t0ken@{host}/new"))
        }
        _ => match r.header("authorization") {
            Some(_) => Response::rss(rss("Private", "p", 1)),
            None => Response::new(401),
        },
    });
    let outcome = fetch_one(&server.url("/old"), &quick());
    assert!(!body(&outcome).is_empty(), "{:?}", outcome.result);
    let moved = outcome.moved_to.clone().unwrap();
    assert_eq!(moved.as_str(), server.url("/new"));
    assert!(!outcome.final_url.as_str().contains("t0ken"));
    let kept = outcome.moved_credentials.unwrap();
    assert_eq!(
        (kept.username.as_str(), kept.password.as_deref()),
        ("bot", Some("t0ken"))
    );
}
