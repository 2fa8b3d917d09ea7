//! Practice feeds for offline use: realistic items in each language, bundled with the
//! lessons (`lessons/<lang>/practice/*.xml`), so a learner without a network — or a
//! training room with poor Wi-Fi — still finds matches for their keywords.

use include_dir::{Dir, include_dir};
use url::Url;

use super::address::{Subscribing, Watched};
use crate::lessons::{BASE_LANGUAGE, Problem};
use crate::t;

static LESSONS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/lessons");

/// The host of practice feeds' pseudo URLs; `.invalid` can never resolve, so nothing
/// ever fetches them by accident.
pub const HOST: &str = "practice.drempel.invalid";

/// Every practice feed needs at least this many items to be worth practising on.
pub const MIN_ITEMS: usize = 5;

/// One bundled feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PracticeFeed {
    /// The file name without `.xml`.
    pub name: String,
    /// `https://practice.drempel.invalid/<lang>/<name>.xml`: stands for the feed in the
    /// learner's feed list and makes item ids stable.
    pub url: Url,
    pub bytes: &'static [u8],
}

/// The practice feeds of `lang`, by name; English ones when `lang` has none.
pub fn feeds(lang: &str) -> Vec<PracticeFeed> {
    let found = feeds_of(lang);
    if found.is_empty() && lang != BASE_LANGUAGE {
        return feeds_of(BASE_LANGUAGE);
    }
    found
}

/// Watching the practice feeds of `lang` for a learner who watches `watched` already:
/// one [`Subscribing`] per practice feed, each with no event when it is watched already.
/// The one rule for the wizard's "practice feeds" and `drempel feeds add --practice`; the
/// feeds they add count as watched feeds, and a scan reads them from the bundle, network
/// or not.
pub fn subscriptions(watched: &[String], lang: &str) -> crate::error::Result<Vec<Subscribing>> {
    let mut known = Watched::new(watched);
    let mut subscribing = Vec::new();
    for feed in feeds(lang) {
        let one = known.subscribe(feed.url.as_str(), Some(feed.name.clone()))?;
        known.insert(&one.url);
        subscribing.push(one);
    }
    Ok(subscribing)
}

/// Whether `url` is one of the practice feeds' pseudo URLs.
pub fn is_practice_url(url: &Url) -> bool {
    url.host_str() == Some(HOST)
}

/// The practice feed a pseudo URL stands for.
pub fn find(url: &Url) -> Option<PracticeFeed> {
    if !is_practice_url(url) {
        return None;
    }
    let lang = url.path_segments()?.next()?;
    feeds_of(lang).into_iter().find(|f| f.url == *url)
}

fn feeds_of(lang: &str) -> Vec<PracticeFeed> {
    let Some(dir) = LESSONS.get_dir(format!("{lang}/practice")) else {
        return Vec::new();
    };
    let mut feeds: Vec<PracticeFeed> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "xml"))
        .filter_map(|f| {
            let name = f.path().file_stem()?.to_str()?.to_owned();
            let url = Url::parse(&format!("https://{HOST}/{lang}/{name}.xml")).ok()?;
            Some(PracticeFeed {
                name,
                url,
                bytes: f.contents(),
            })
        })
        .collect();
    feeds.sort_by(|a, b| a.name.cmp(&b.name));
    feeds
}

/// Problems with the bundled practice feeds: a language without any, a feed that does
/// not parse, one with fewer than [`MIN_ITEMS`] items or with items lacking a link or date.
pub fn check() -> Vec<Problem> {
    let mut problems = Vec::new();
    for lang in crate::lang::Language::CODES {
        let feeds = feeds_of(lang);
        if feeds.is_empty() {
            problems.push(Problem {
                file: format!("lessons/{lang}/practice"),
                line: None,
                message: t!("practice-missing", lang = lang),
            });
        }
        for feed in feeds {
            let file = format!("lessons/{lang}/practice/{}.xml", feed.name);
            match super::parse(feed.bytes, &feed.url, None) {
                Err(error) => {
                    let line = match &error {
                        super::FeedError::Invalid { line, .. } => *line,
                        _ => None,
                    };
                    problems.push(Problem {
                        file,
                        line,
                        message: error.to_string(),
                    });
                }
                Ok(parsed) => {
                    if parsed.items.len() < MIN_ITEMS {
                        problems.push(Problem {
                            file: file.clone(),
                            line: None,
                            message: t!(
                                "practice-too-few-items",
                                count = parsed.items.len(),
                                min = MIN_ITEMS
                            ),
                        });
                    }
                    for item in parsed
                        .items
                        .iter()
                        .filter(|i| i.link.is_none() || i.published.is_none())
                    {
                        problems.push(Problem {
                            file: file.clone(),
                            line: None,
                            message: t!("practice-item-incomplete", title = item.title.as_str()),
                        });
                    }
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_practice_feeds_are_clean() {
        let problems = check();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_language_has_several_feeds_in_both_formats_and_enough_items() {
        for lang in crate::lang::Language::CODES {
            let feeds = feeds(lang);
            assert!((2..=3).contains(&feeds.len()), "{lang}: {} feeds", feeds.len());
            let texts: Vec<&str> = feeds
                .iter()
                .map(|f| std::str::from_utf8(f.bytes).unwrap())
                .collect();
            assert!(texts.iter().any(|t| t.contains("<rss")), "{lang} has an RSS feed");
            assert!(
                texts.iter().any(|t| t.contains("<feed")),
                "{lang} has an Atom feed"
            );
            let items: usize = feeds
                .iter()
                .map(|f| crate::feeds::parse(f.bytes, &f.url, None).unwrap().items.len())
                .sum();
            assert!((12..=24).contains(&items), "{lang}: {items} items");
            for feed in &feeds {
                assert_eq!(
                    feed.url.as_str(),
                    format!("https://{HOST}/{lang}/{}.xml", feed.name)
                );
                assert_eq!(find(&feed.url).as_ref(), Some(feed));
            }
        }
    }

    /// Typical terms of every goal find items in every language, so a learner
    /// practising offline sees matches whatever their strategy. (The keyword packs
    /// hold many more; these are the ones a newcomer types first.)
    #[test]
    fn every_goal_has_something_to_find_in_every_language() {
        let terms: &[(&str, &[&[&str]])] = &[
            (
                "en",
                &[
                    &[
                        "vacancies",
                        "hiring",
                        "recruiter",
                        "candidates",
                        "job interview",
                        "onboarding",
                    ],
                    &[
                        "employer brand",
                        "employee advocacy",
                        "company culture",
                        "workplace",
                    ],
                    &[
                        "content marketing",
                        "social selling",
                        "lead",
                        "campaign",
                        "brand awareness",
                    ],
                    &[
                        "customer service",
                        "webcare",
                        "complaint",
                        "customer satisfaction",
                        "response",
                    ],
                    &[
                        "thought leadership",
                        "keynote",
                        "trends",
                        "future of work",
                        "opinion",
                    ],
                    &[
                        "knowledge sharing",
                        "community of practice",
                        "intranet",
                        "webinar",
                        "mentoring",
                    ],
                ],
            ),
            (
                "nl",
                &[
                    &[
                        "vacature",
                        "werving en selectie",
                        "recruiter",
                        "sollicit",
                        "kandidaten",
                        "arbeidsmarkt",
                    ],
                    &[
                        "employer branding",
                        "ambassadeur",
                        "bedrijfscultuur",
                        "werkgeversmerk",
                    ],
                    &["contentmarketing", "social selling", "leadgeneratie", "campagne"],
                    &["klantenservice", "webcare", "klachten", "klanttevredenheid"],
                    &[
                        "thought leadership",
                        "keynote",
                        "trends",
                        "toekomst van werk",
                        "visie",
                    ],
                    &[
                        "kennisdeling",
                        "kennis delen",
                        "community of practice",
                        "intranet",
                        "webinar",
                    ],
                ],
            ),
            (
                "de",
                &[
                    &[
                        "stellenanzeige",
                        "recruiting",
                        "bewerber",
                        "vorstellungsgespräch",
                        "fachkräftemangel",
                    ],
                    &[
                        "employer branding",
                        "arbeitgebermarke",
                        "markenbotschafter",
                        "unternehmenskultur",
                    ],
                    &[
                        "content-marketing",
                        "social selling",
                        "leadgenerierung",
                        "kampagne",
                    ],
                    &[
                        "kundenservice",
                        "beschwerde",
                        "kundenzufriedenheit",
                        "kundendienst",
                    ],
                    &["thought leadership", "keynote", "trends", "zukunft der arbeit"],
                    &[
                        "wissensaustausch",
                        "wissensmanagement",
                        "community of practice",
                        "intranet",
                        "webinar",
                    ],
                ],
            ),
            (
                "fr",
                &[
                    &[
                        "offres d'emploi",
                        "recrutement",
                        "recruteur",
                        "candidat",
                        "entretien d'embauche",
                    ],
                    &["marque employeur", "ambassadeurs", "culture d'entreprise"],
                    &[
                        "marketing de contenu",
                        "social selling",
                        "génération de leads",
                        "campagne",
                    ],
                    &[
                        "service client",
                        "relation client",
                        "réclamations",
                        "satisfaction client",
                    ],
                    &[
                        "leadership d'opinion",
                        "thought leadership",
                        "keynote",
                        "tendances",
                        "avenir du travail",
                    ],
                    &[
                        "partage des connaissances",
                        "communauté de pratique",
                        "intranet",
                        "webinaire",
                        "mentorat",
                    ],
                ],
            ),
        ];
        for (lang, goals) in terms {
            let text: Vec<String> = feeds(lang)
                .iter()
                .flat_map(|f| crate::feeds::parse(f.bytes, &f.url, None).unwrap().items)
                .map(|i| format!("{} {}", i.title, i.summary).to_lowercase())
                .collect();
            for goal_terms in *goals {
                for term in *goal_terms {
                    assert!(
                        text.iter().any(|t| t.contains(term)),
                        "{lang}: no practice item mentions {term:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn unknown_languages_get_english_practice_feeds() {
        assert_eq!(feeds("sv"), feeds("en"));
        assert!(!feeds("en").is_empty());
        assert_eq!(find(&Url::parse("https://example.org/en/x.xml").unwrap()), None);
    }
}
