//! Google's part in monitoring: the news-search feed for the learner's language and
//! region, and the redirect links of Google Alerts feeds.

use url::Url;

/// The Google News RSS search for `query`, in the learner's language and region
/// (`hl`, `gl` and `ceid`); languages drempel has no region for get US English.
pub fn news_search_url(query: &str, lang: &str) -> Url {
    let (hl, gl, ceid) = match lang.to_ascii_lowercase().as_str() {
        "nl" => ("nl", "NL", "NL:nl"),
        "de" => ("de", "DE", "DE:de"),
        "fr" => ("fr", "FR", "FR:fr"),
        "he" => ("he", "IL", "IL:he"),
        _ => ("en-US", "US", "US:en"),
    };
    let mut url = Url::parse("https://news.google.com/rss/search").expect("a valid base URL");
    url.query_pairs_mut()
        .append_pair("q", query.trim())
        .append_pair("hl", hl)
        .append_pair("gl", gl)
        .append_pair("ceid", ceid);
    url
}

/// Whether `url` is on a Google host (`google.com`, `www.google.nl`, `news.google.com`…).
pub fn is_google_url(url: &Url) -> bool {
    url.host_str().is_some_and(|host| {
        host.split('.')
            .collect::<Vec<_>>()
            .windows(2)
            .any(|pair| pair[0] == "google" && pair[1].len() <= 3)
            || host.ends_with(".google.com")
    })
}

/// What a link is, seen as a possible Google redirect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Redirect {
    /// Not a Google redirect: keep the link as it is.
    NotARedirect,
    /// A redirect to this http(s) article.
    To(Url),
    /// A redirect to something that is not http(s) (`javascript:`…): drop the link.
    Unsafe,
}

/// Looks behind a Google redirect (`https://www.google.com/url?rct=j&url=…`, as Google
/// Alerts links are) for the article it leads to.
pub fn unwrap_redirect(url: &Url) -> Redirect {
    if !is_google_url(url) || url.path() != "/url" {
        return Redirect::NotARedirect;
    }
    let Some(target) = url
        .query_pairs()
        .find(|(name, _)| name == "url" || name == "q")
        .map(|(_, value)| value.into_owned())
    else {
        return Redirect::NotARedirect;
    };
    match Url::parse(&target) {
        Ok(target) if matches!(target.scheme(), "http" | "https") && target.host_str().is_some() => {
            Redirect::To(target)
        }
        _ => Redirect::Unsafe,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_search_follows_language_and_region() {
        let url = news_search_url("werving & selectie \"employer branding\"", "nl");
        assert_eq!(url.host_str(), Some("news.google.com"));
        assert_eq!(url.path(), "/rss/search");
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            pairs,
            vec![
                ("q".into(), "werving & selectie \"employer branding\"".into()),
                ("hl".into(), "nl".into()),
                ("gl".into(), "NL".into()),
                ("ceid".into(), "NL:nl".into()),
            ]
        );
        // The query cannot break out of its parameter.
        assert!(!url.as_str().contains("& "), "{url}");
        assert!(url.as_str().contains("q=werving+%26+selectie"), "{url}");
        for (lang, ceid) in [("en", "US:en"), ("de", "DE:de"), ("fr", "FR:fr"), ("xx", "US:en")] {
            let url = news_search_url("hr", lang);
            assert!(url.query_pairs().any(|(k, v)| k == "ceid" && v == ceid), "{url}");
        }
        assert!(news_search_url("hr", "en").as_str().contains("hl=en-US&gl=US"));
    }

    #[test]
    fn redirects_are_unwrapped_to_safe_targets_only() {
        let url = |s: &str| Url::parse(s).unwrap();
        let alert = url(
            "https://www.google.com/url?rct=j&sa=t&url=https://www.example.org/news/hiring%3Fa%3D1%26b%3D2&ct=ga&cd=CAE&usg=AOv",
        );
        assert_eq!(
            unwrap_redirect(&alert),
            Redirect::To(url("https://www.example.org/news/hiring?a=1&b=2"))
        );
        let unsafe_target = url("https://www.google.nl/url?url=javascript:alert(1)");
        assert_eq!(unwrap_redirect(&unsafe_target), Redirect::Unsafe);
        let data = url("https://www.google.com/url?q=data:text/html,x");
        assert_eq!(unwrap_redirect(&data), Redirect::Unsafe);
        assert_eq!(
            unwrap_redirect(&url("https://www.example.org/url?url=https://x.org/")),
            Redirect::NotARedirect
        );
        assert_eq!(
            unwrap_redirect(&url("https://www.google.com/search?q=x")),
            Redirect::NotARedirect
        );
        assert!(is_google_url(&url("https://news.google.com/rss")));
        assert!(is_google_url(&url("https://www.google.co.uk/alerts")));
        assert!(!is_google_url(&url("https://google.example.org/")));
        assert!(!is_google_url(&url("https://notgoogle.com/")));
    }
}
