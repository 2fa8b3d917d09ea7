//! Parsing throughput: a 10 MB feed, target over 50 MB/s (issue 4, item 10).
//! Three shapes: clean RSS 2.0, clean Atom, and RSS that needs the repair pass
//! (windows-1252 bytes, HTML entities, stray ampersands).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use drempel::feeds;
use url::Url;

const TARGET_BYTES: usize = 10 * 1024 * 1024;

/// An item's HTML summary, about 1.2 KB, like a blog's excerpt with markup.
fn summary(n: usize) -> String {
    format!(
        "<p>Recruiters at company {n} say the <strong>labour market</strong> is changing fast. \
         Candidates expect an answer within a week, and they read what employees write about \
         their workplace before they apply.</p><p>The HR team started an <em>employee advocacy</em> \
         programme: colleagues share their own stories on LinkedIn, in their own words, and say \
         who they work for. <a href=\"https://example.org/{n}\">Read the case study</a>.</p>\
         <ul><li>Response time to applicants: 3 days</li><li>Referrals: up 40%</li>\
         <li>Customer satisfaction: 8.1</li></ul><p>Next month the marketing team joins in with a \
         content marketing campaign about the company culture, and the customer care team shares \
         what it learned from answering complaints on social media within the hour.</p>\
         <script>track({n})</script>"
    )
}

fn rss(repairs: bool) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Benchmark &amp; Co</title><link>https://bench.example.org/</link>\
         <description>10 MB of items</description>\n",
    );
    let mut n = 0;
    while xml.len() < TARGET_BYTES {
        let title = if repairs {
            format!("Vacancy {n}: recruiter&nbsp;&amp; talent scout &ndash; R&D caf&eacute;")
        } else {
            format!("Vacancy {n}: recruiter &amp; talent scout – café")
        };
        xml.push_str(&format!(
            "<item><title>{title}</title><link>https://bench.example.org/jobs/{n}</link>\
             <guid isPermaLink=\"false\">job-{n}</guid><pubDate>Tue, 03 Nov 2026 09:{:02}:00 +0100</pubDate>\
             <description><![CDATA[{}]]></description></item>\n",
            n % 60,
            summary(n)
        ));
        n += 1;
    }
    xml.push_str("</channel></rss>\n");
    if repairs {
        // Declared as windows-1252 and encoded so: the whole document is decoded first.
        let xml = xml.replacen("UTF-8", "windows-1252", 1);
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&xml);
        return bytes.into_owned();
    }
    xml.into_bytes()
}

fn atom() -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title>Benchmark</title><id>tag:bench.example.org,2026:feed</id>\
         <updated>2026-11-03T09:00:00Z</updated>\n",
    );
    let mut n = 0;
    while xml.len() < TARGET_BYTES {
        let escaped = summary(n)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        xml.push_str(&format!(
            "<entry><title type=\"html\">Vacancy {n}: &lt;b&gt;recruiter&lt;/b&gt;</title>\
             <id>tag:bench.example.org,2026:{n}</id><link href=\"/jobs/{n}\"/>\
             <updated>2026-11-03T09:{:02}:00Z</updated><summary type=\"html\">{escaped}</summary></entry>\n",
            n % 60
        ));
        n += 1;
    }
    xml.push_str("</feed>\n");
    xml.into_bytes()
}

fn parsing(c: &mut Criterion) {
    let feed_url = Url::parse("https://bench.example.org/feed.xml").unwrap();
    let mut group = c.benchmark_group("feed parsing");
    group.sample_size(20);
    for (name, bytes) in [
        ("rss 2.0, 10 MB", rss(false)),
        ("atom 1.0, 10 MB", atom()),
        ("rss needing repair (windows-1252, entities), 10 MB", rss(true)),
    ] {
        let items = feeds::parse(&bytes, &feed_url, None).unwrap().items.len();
        eprintln!("{name}: {} bytes, {items} items", bytes.len());
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| feeds::parse(std::hint::black_box(&bytes), &feed_url, None).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, parsing);
criterion_main!(benches);
