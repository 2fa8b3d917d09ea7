//! End-to-end benchmark of the release binary against loopback servers.
//!
//! `drempel scan` over 200 feeds served by 25 servers (8 feeds each, so the limit of 2
//! requests per site matters), each answering after 100 ms as a distant server would.
//! Measures, over several runs each:
//! - a first scan (every feed sent in full, parsed, matched): wall time and peak RSS;
//! - a repeat scan, answered by "304 not modified": wall time and peak RSS;
//! - the repeat scan again with `--jobs 32`.
//!
//! And two cases that were quadratic (issue 13):
//! - a first scan of one feed of 100,000 items (9 MiB), without latency;
//! - `drempel feeds import` of an OPML file with 10,000 outlines into an empty journal.
//!
//! Run with `cargo bench --bench scan`; `SCAN_BENCH_LATENCY_MS=0` measures drempel's own
//! work without the simulated distance. Not a test: it prints figures for BENCHMARKS.md.

#[path = "../tests/common/loopback.rs"]
mod loopback;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use loopback::{Response, Server};

const HOSTS: usize = 25;
const FEEDS_PER_HOST: usize = 8;
const ITEMS_PER_FEED: usize = 40;
const RUNS: usize = 5;

const KEYWORDS: &[&str] = &[
    "recruitment",
    "\"employer branding\"",
    "hiring -internship",
    "onboarding",
    "customer care OR \"customer service\"",
    "social media",
];

const TOPICS: &[&str] = &[
    "Recruitment drive opens for nurses",
    "Employer branding lessons from a small bakery",
    "Hiring freeze ends at the port authority",
    "Onboarding new colleagues remotely",
    "Customer service teams answer on social media",
    "Quarterly figures of the water board",
    "A new bridge over the canal",
    "Weather: a wet week ahead",
];

fn feed(host: usize, feed: usize) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Bench feed {host}-{feed}</title><link>https://host{host}.example/</link>\
         <description>benchmark</description>\n"
    );
    for n in 0..ITEMS_PER_FEED {
        let topic = TOPICS[(host + feed + n) % TOPICS.len()];
        xml.push_str(&format!(
            "<item><title>{topic} ({host}-{feed}-{n})</title>\
             <link>https://host{host}.example/{feed}/{n}?utm_source=rss</link>\
             <guid>bench-{host}-{feed}-{n}</guid>\
             <pubDate>Mon, 02 Nov 2026 {:02}:{:02}:00 GMT</pubDate>\
             <description>{topic}. A longer summary follows here, as real feeds carry: \
             what happened, who said what, and where to read more about it on the site \
             of the publisher, with a few more words to make it realistic.</description></item>\n",
            n % 24,
            (n * 7) % 60
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

/// 100 ms unless `SCAN_BENCH_LATENCY_MS` says otherwise.
fn latency() -> Duration {
    let ms = std::env::var("SCAN_BENCH_LATENCY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    Duration::from_millis(ms)
}

fn start_servers() -> Vec<Server> {
    (0..HOSTS)
        .map(|host| {
            let ip = format!("127.0.1.{}", host + 1).parse().unwrap();
            Server::start_on(ip, latency(), move |request| {
                let feed_no: usize = request.path.trim_start_matches("/feed/").parse().unwrap_or(0);
                let etag = format!("\"{host}-{feed_no}-v1\"");
                if request.header("if-none-match") == Some(etag.as_str()) {
                    Response::new(304).header("ETag", &etag)
                } else {
                    Response::rss(feed(host, feed_no)).header("ETag", &etag)
                }
            })
        })
        .collect()
}

fn drempel(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_drempel"));
    cmd.arg("--home").arg(home);
    for name in [
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        cmd.env_remove(name);
    }
    cmd.env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

fn setup(home: &Path, servers: &[Server]) {
    let mut opml = String::from(
        "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>bench</title></head><body>\n",
    );
    for server in servers {
        for feed in 0..FEEDS_PER_HOST {
            opml.push_str(&format!(
                "<outline type=\"rss\" text=\"f\" xmlUrl=\"{}\"/>\n",
                server.url(&format!("/feed/{feed}"))
            ));
        }
    }
    opml.push_str("</body></opml>\n");
    let file = home.join("bench.opml");
    std::fs::write(&file, opml).unwrap();
    let status = drempel(home)
        .args(["feeds", "import"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success(), "feeds import");
    for keyword in KEYWORDS {
        let status = drempel(home).args(["keywords", "add", keyword]).status().unwrap();
        assert!(status.success(), "keywords add {keyword}");
    }
}

/// Runs one command; returns its wall time and peak resident memory in KiB.
fn measure(mut cmd: Command) -> (Duration, u64) {
    let started = Instant::now();
    // Reaped by wait4 below, which also reports the child's own peak memory.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("spawn drempel");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet reaped; status and usage are valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4");
    let code = libc::WEXITSTATUS(status);
    assert_eq!(code, 0, "drempel exited with {code}");
    // ru_maxrss is in KiB on Linux.
    (elapsed, usage.ru_maxrss as u64)
}

fn report(name: &str, runs: &[(Duration, u64)]) {
    let mut times: Vec<f64> = runs.iter().map(|r| r.0.as_secs_f64()).collect();
    times.sort_by(f64::total_cmp);
    let peak = runs.iter().map(|r| r.1).max().unwrap_or(0);
    println!(
        "{name:<38} median {:.2} s  (min {:.2}, max {:.2}, {} runs)  peak RSS {:.1} MiB",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times.len(),
        peak as f64 / 1024.0
    );
}

fn main() {
    // `cargo test --benches` runs this binary too; the full benchmark is for `cargo bench`.
    if !std::env::args().any(|a| a == "--bench") {
        println!("scan benchmark: run with `cargo bench --bench scan`");
        return;
    }
    let servers = start_servers();
    let home = tempfile::tempdir().unwrap();
    setup(home.path(), &servers);
    let learner = home.path().join("learners/me");
    let scan = |extra: &[&str]| {
        let mut cmd = drempel(home.path());
        cmd.arg("scan").args(extra);
        cmd
    };

    let mut first = Vec::new();
    let mut repeat = Vec::new();
    let mut repeat_wide = Vec::new();
    for _ in 0..RUNS {
        // A first scan: no validators, no inbox.
        let _ = std::fs::remove_file(learner.join("feeds-cache.json"));
        let _ = std::fs::remove_file(learner.join("inbox.json"));
        first.push(measure(scan(&[])));
        repeat.push(measure(scan(&[])));
        repeat_wide.push(measure(scan(&["--jobs", "32"])));
    }
    let inbox: serde_json::Value =
        serde_json::from_slice(&std::fs::read(learner.join("inbox.json")).unwrap()).unwrap();
    let matches = inbox["items"].as_array().map_or(0, Vec::len);
    let requests: usize = servers.iter().map(|s| s.requests().len()).sum();
    println!(
        "{} feeds on {HOSTS} loopback hosts, {ITEMS_PER_FEED} items each, {} ms per response; \
         {requests} requests served; {matches} matches in the inbox",
        HOSTS * FEEDS_PER_HOST,
        latency().as_millis()
    );
    report("first scan (200 full feeds)", &first);
    report("repeat scan (200 x 304)", &repeat);
    report("repeat scan (200 x 304), --jobs 32", &repeat_wide);

    // The import first: ru_maxrss of a child counts the bench's own memory at the
    // moment of the spawn, and the huge feed's server holds 9 MiB of text.
    big_import();
    huge_feed();
}

/// One feed of 100,000 short items, all matching: parsing, matching and the inbox's
/// bound, with no latency in the way.
fn huge_feed() {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Huge</title><link>https://huge.example/</link><description>d</description>\n",
    );
    for n in 0..100_000 {
        xml.push_str(&format!(
            "<item><title>Recruitment news {n}</title><link>https://huge.example/i/{n}</link></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    let bytes = xml.len();
    let server = Server::start_on("127.0.0.1".parse().unwrap(), Duration::ZERO, move |_| {
        Response::rss(xml.clone())
    });
    let home = tempfile::tempdir().unwrap();
    let opml = home.path().join("huge.opml");
    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"Huge\" xmlUrl=\"{}\"/></body></opml>",
            server.url("/huge")
        ),
    )
    .unwrap();
    assert!(
        drempel(home.path())
            .args(["feeds", "import"])
            .arg(&opml)
            .status()
            .unwrap()
            .success()
    );
    assert!(
        drempel(home.path())
            .args(["keywords", "add", "recruitment"])
            .status()
            .unwrap()
            .success()
    );
    let learner = home.path().join("learners/me");
    let mut runs = Vec::new();
    for _ in 0..RUNS {
        let _ = std::fs::remove_file(learner.join("feeds-cache.json"));
        let _ = std::fs::remove_file(learner.join("inbox.json"));
        let mut cmd = drempel(home.path());
        cmd.arg("scan");
        runs.push(measure(cmd));
    }
    println!(
        "one feed of 100,000 items, {:.1} MiB, no latency",
        bytes as f64 / 1048576.0
    );
    report("first scan (100,000 items)", &runs);
}

/// An OPML file of 10,000 feeds imported into an empty journal.
fn big_import() {
    let mut opml = String::from("<opml version=\"2.0\"><body>\n");
    for n in 0..10_000 {
        opml.push_str(&format!(
            "<outline type=\"rss\" text=\"Feed {n}\" xmlUrl=\"https://host{}.example/feed/{n}\"/>\n",
            n % 500
        ));
    }
    opml.push_str("</body></opml>\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.opml");
    std::fs::write(&file, opml).unwrap();
    let mut runs = Vec::new();
    for run in 0..RUNS {
        let home = dir.path().join(format!("home{run}"));
        let mut cmd = drempel(&home);
        cmd.args(["feeds", "import"]).arg(&file);
        runs.push(measure(cmd));
    }
    report("feeds import (10,000 outlines)", &runs);
}
