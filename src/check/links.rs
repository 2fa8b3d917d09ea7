//! Finding links in a draft the way the platforms do in the simple case: `http(s)://…`
//! and bare domains such as `example.com/page`. Counting (a URL costs 23 on X and
//! Mastodon) and the bare-link rule both need the same answer, so it lives here once.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// One link found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Byte range in the text that was searched.
    pub span: Range<usize>,
    /// Written with `http://` or `https://`; Mastodon only links those.
    pub has_scheme: bool,
}

/// Top-level domains that make a bare `name.tld` a link. X links every valid TLD; this
/// short list covers the common generic ones and the countries of drempel's languages,
/// which is what a newcomer's draft holds. A longer list would also turn ordinary words
/// such as `do.it` into links.
const BARE_TLDS: &str = "com|net|org|info|biz|edu|gov|io|ai|app|dev|co|eu|nl|be|de|at|ch|fr|lu|uk|ca|au|es|pl|se|dk|fi|ie|pt|cz|jobs|news|online|site|shop|blog|tech|cloud";

static WITH_SCHEME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\bhttps?://[^\s<>"]+"#).expect("valid regex"));

/// A bare domain: labels, a known TLD ending on a word boundary, optional port and path.
/// The character before it (if any) must not be part of a word, an e-mail address or a
/// path, so `ada@example.com` and `a/b.com` are not links.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?i)(?:^|[^\w@.\-/:])((?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{BARE_TLDS})\b(?::\d{{1,5}})?(?:/[^\s<>"]*)?)"#
    ))
    .expect("valid regex")
});

/// Every link in `text`, in order, without trailing punctuation.
pub fn find(text: &str) -> Vec<Link> {
    let mut links: Vec<Link> = WITH_SCHEME
        .find_iter(text)
        .map(|m| Link {
            span: m.start()..m.start() + trim_trailing(m.as_str()),
            has_scheme: true,
        })
        .collect();
    for caps in BARE.captures_iter(text) {
        let m = caps.get(1).expect("group 1 always takes part");
        let span = m.start()..m.start() + trim_trailing(m.as_str());
        // `jan.de@example.com` is an address, not a link followed by junk.
        if text[span.end..].starts_with('@') {
            continue;
        }
        if links
            .iter()
            .any(|l| l.span.start < span.end && span.start < l.span.end)
        {
            continue;
        }
        links.push(Link {
            span,
            has_scheme: false,
        });
    }
    links.sort_by_key(|l| l.span.start);
    links
}

/// The length of `url` without the punctuation that ends the sentence around it. A
/// closing bracket stays when the URL opened one (Wikipedia's `Foo_(bar)` pages).
fn trim_trailing(url: &str) -> usize {
    let mut end = url.len();
    while let Some(last) = url[..end].chars().next_back() {
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '…' => true,
            ')' => url[..end].matches('(').count() < url[..end].matches(')').count(),
            ']' => url[..end].matches('[').count() < url[..end].matches(']').count(),
            _ => false,
        };
        if !strip {
            break;
        }
        end -= last.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|l| &text[l.span]).collect()
    }

    #[test]
    fn links_with_and_without_scheme_lose_sentence_punctuation() {
        assert_eq!(
            found("See https://example.com/a?b=c. And www.drempel.nl, or example.org/x!"),
            ["https://example.com/a?b=c", "www.drempel.nl", "example.org/x"]
        );
        assert_eq!(
            found("(read https://en.wikipedia.org/wiki/Foo_(bar))"),
            ["https://en.wikipedia.org/wiki/Foo_(bar)"]
        );
    }

    #[test]
    fn addresses_words_and_files_are_not_links() {
        assert!(found("Mail ada@example.com or jan.de@example.nl").is_empty());
        assert!(found("e.g. the report.pdf and Node.js, z.B. so, i.e. fine").is_empty());
        assert!(found("example.community").is_empty());
        let scheme: Vec<bool> = find("http://a.com b.com").iter().map(|l| l.has_scheme).collect();
        assert_eq!(scheme, [true, false]);
    }
}
