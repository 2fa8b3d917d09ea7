//! Communities: where the learner's audience already talks. Suggestions come from the
//! strategy's goals (data in `lessons/<lang>/communities.toml`) and the learner's own
//! keywords; joining and visiting are journal events.
//!
//! XING closed its groups in January 2023: there are no XING group suggestions, and a
//! community cannot be recorded on XING (XING is a jobs and networking profile now).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::journal::{Community, EventBody, LearnerState};
use crate::keywords::{Atom, Query};
use crate::lessons::{Library, Problem, SourceFile};
use crate::platform::Platform;
use crate::strategy::Goal;
use crate::t;

const FILE_NAME: &str = "communities.toml";

/// One place worth a look.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub platform: Option<Platform>,
    pub name: String,
    /// Where to find it; `None` where the platform has no stable search address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    goal: Vec<GoalPlaces>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalPlaces {
    goal: Goal,
    #[serde(default)]
    hashtags: Vec<String>,
    #[serde(default)]
    linkedin: Vec<String>,
    #[serde(default)]
    forums: Vec<String>,
    /// Files written before XING closed its groups may still have a `xing` list: it is
    /// read and ignored, so they keep working, and `lessons check` asks for its removal.
    #[serde(default)]
    xing: Option<toml::Spanned<toml::Value>>,
}

fn load(library: &Library, lang: &str) -> Result<Option<(Catalog, SourceFile)>> {
    let Some(file) = library.data_file(lang, FILE_NAME)? else {
        return Ok(None);
    };
    let catalog = toml::from_str(&file.text).map_err(|e| Error::Lessons {
        problems: vec![problem(&file, &e)],
    })?;
    Ok(Some((catalog, file)))
}

fn problem(file: &SourceFile, error: &toml::de::Error) -> Problem {
    let line = error
        .span()
        .map(|s| file.text[..s.start].matches('\n').count() + 1);
    Problem {
        file: file.path.clone(),
        line,
        message: t!("lessons-bad-front-matter", reason = error.message().to_owned()),
    }
}

/// The problems in every language's communities file, for `lessons check`.
pub fn check(library: &Library) -> Vec<Problem> {
    let mut problems = Vec::new();
    // Every language with lessons or keyword packs; a language without a file of its
    // own falls back to English, which is checked once.
    let mut checked = std::collections::BTreeSet::new();
    let languages: std::collections::BTreeSet<&str> =
        library.languages().chain(crate::lang::Language::CODES).collect();
    for lang in languages {
        match load(library, lang) {
            Ok(Some((_, file))) if !checked.insert(file.path.clone()) => {}
            Ok(Some((catalog, file))) => {
                for retired in catalog.goal.iter().filter_map(|g| g.xing.as_ref()) {
                    problems.push(Problem {
                        file: file.path.clone(),
                        line: Some(file.text[..retired.span().start].matches('\n').count() + 1),
                        message: t!("communities-xing-key"),
                    });
                }
                for tag in catalog.goal.iter().flat_map(|g| &g.hashtags) {
                    if hashtag(tag, "").is_empty() {
                        problems.push(Problem {
                            file: file.path.clone(),
                            line: None,
                            message: t!("communities-bad-hashtag", tag = tag.as_str()),
                        });
                    }
                }
                for goal in Goal::ALL {
                    if !catalog.goal.iter().any(|g| g.goal == goal) {
                        problems.push(Problem {
                            file: file.path.clone(),
                            line: None,
                            message: t!("communities-missing-goal", goal = goal.as_str()),
                        });
                    }
                }
            }
            Ok(None) => {}
            Err(Error::Lessons { problems: found }) => problems.extend(found),
            Err(other) => problems.push(Problem {
                file: library.origin.to_string(),
                line: None,
                message: other.to_string(),
            }),
        }
    }
    problems
}

/// Places to look, for the learner's goals and keywords, on the platforms they chose
/// (all platforms when they chose none); communities already joined are left out.
pub fn suggest(state: &LearnerState, library: &Library, lang: &str) -> Result<Vec<Suggestion>> {
    let goals = state
        .strategy
        .as_ref()
        .map(|s| s.goals.clone())
        .unwrap_or_default();
    let wanted = |p: Platform| state.platforms.is_empty() || state.platforms.contains(&p);
    let mut out: Vec<Suggestion> = Vec::new();
    let catalog = load(library, lang)?.map(|(c, _)| c);
    let places = catalog
        .iter()
        .flat_map(|c| &c.goal)
        .filter(|g| goals.contains(&g.goal));
    let mut keyword_terms: Vec<SearchWords> = Vec::new();
    for words in state.keywords.iter().filter_map(|k| search_words(k)) {
        if keyword_terms.len() < 3 && !keyword_terms.iter().any(|w| w.text == words.text) {
            keyword_terms.push(words);
        }
    }
    for goal in places {
        let why = t!("communities-why-goal", goal = goal.goal.label());
        for search in &goal.linkedin {
            out.push(linkedin_search(search, &why));
        }
        for tag in &goal.hashtags {
            out.extend(hashtag(tag, &why));
        }
        for forum in &goal.forums {
            out.push(Suggestion {
                platform: None,
                name: forum.clone(),
                url: None,
                why: why.clone(),
            });
        }
    }
    for words in &keyword_terms {
        let why = t!("communities-why-keyword", keyword = words.text.as_str());
        out.push(linkedin_search(&words.text, &why));
        if let Some(tag) = &words.hashtag {
            out.extend(hashtag(tag, &why));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|s| {
        s.platform.is_none_or(wanted)
            && !state
                .communities
                .iter()
                .any(|c| s.platform.is_some_and(|p| c.is(&s.name, p)))
            && seen.insert((s.platform, s.name.to_lowercase()))
    });
    Ok(out)
}

fn linkedin_search(search: &str, why: &str) -> Suggestion {
    let mut url =
        url::Url::parse("https://www.linkedin.com/search/results/groups/").expect("a valid address");
    url.query_pairs_mut().append_pair("keywords", search);
    Suggestion {
        platform: Some(Platform::Linkedin),
        name: t!("communities-linkedin-search", search = search),
        url: Some(url.into()),
        why: why.to_owned(),
    }
}

/// A hashtag to follow on the platforms where hashtags are the way to find a topic.
fn hashtag(tag: &str, why: &str) -> Vec<Suggestion> {
    let tag = tag.trim_start_matches('#').to_lowercase();
    if tag.is_empty() || !tag.chars().all(char::is_alphanumeric) {
        return Vec::new();
    }
    // Letters such as ä or é are percent-encoded, so the address is plain ASCII.
    let address = |base: &str| {
        let mut url = url::Url::parse(base).expect("a valid address");
        url.path_segments_mut().expect("a web address").push(&tag);
        String::from(url)
    };
    [
        (Platform::Mastodon, address("https://mastodon.social/tags")),
        (Platform::Bluesky, address("https://bsky.app/hashtag")),
        (Platform::X, address("https://x.com/hashtag")),
    ]
    .into_iter()
    .map(|(platform, url)| Suggestion {
        platform: Some(platform),
        name: format!("#{tag}"),
        url: Some(url),
        why: why.to_owned(),
    })
    .collect()
}

/// What a keyword query gives a community search: words a person can read and type.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SearchWords {
    /// For a search box: per clause the first alternative, phrases without their quotes.
    text: String,
    /// For a hashtag: only from a query of one short word or phrase, so that a tag is
    /// never glued together from words that were never meant to stand side by side.
    hashtag: Option<String>,
}

/// The search words of a keyword query: of every clause that must hold, its first word
/// or phrase; exclusions, `site:` and the `intitle:` operator left out. `None` when
/// nothing readable is left (a query of sites only) or the query does not parse.
fn search_words(query: &str) -> Option<SearchWords> {
    let query = Query::parse(query).ok()?;
    let firsts: Vec<&str> = query
        .required()
        .filter_map(|alternatives| {
            alternatives.iter().find_map(|atom| match atom {
                Atom::Term(term) => Some(term.text.trim()),
                Atom::Site(_) => None,
            })
        })
        .filter(|text| !text.is_empty())
        .collect();
    if firsts.is_empty() {
        return None;
    }
    let text = firsts.join(" ");
    let hashtag = match firsts.as_slice() {
        [one] if one.split_whitespace().count() <= 3 => Some(one.split_whitespace().collect::<String>()),
        _ => None,
    };
    Some(SearchWords { text, hashtag })
}

/// The platforms a community can be joined on: every platform but XING, which closed
/// its groups in January 2023. The wizard offers these; `groups add` refuses the rest.
pub fn platforms() -> impl Iterator<Item = Platform> {
    Platform::ALL.into_iter().filter(|p| *p != Platform::Xing)
}

/// A new community must be on a platform that has communities.
pub fn validate_platform(platform: Platform) -> Result<Platform> {
    if platforms().any(|p| p == platform) {
        Ok(platform)
    } else {
        Err(Error::Usage(t!("communities-xing-no-groups")))
    }
}

/// A community's or a contribution's address must be a web address the learner can
/// open: http or https with a host, the rule feed addresses follow too.
pub fn validate_url(text: &str) -> Result<String> {
    match crate::feeds::address::web_url(text) {
        Ok(url) => Ok(url.into()),
        Err(_) => Err(Error::Usage(t!(
            "error-bad-url",
            url = crate::text::sanitize_line(text)
        ))),
    }
}

/// A community about to be recorded as joined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Joining {
    pub community: Community,
    /// The community joined before under this name on this platform, in any case:
    /// nothing is added.
    pub existing: Option<Community>,
}

impl Joining {
    /// What goes into the journal: nothing when it was joined before.
    pub fn event(&self) -> Option<EventBody> {
        self.existing
            .is_none()
            .then(|| EventBody::CommunityJoined(self.community.clone()))
    }
}

/// Joins the community `name` on `platform`, at `url` when given: a name is needed, the
/// platform must have communities, the address must be a web address, and a community
/// joined before ([`Community::is`]: same platform, same name in any case) is not
/// joined twice. The wizard and `drempel groups add` both go through here.
pub fn join(joined: &[Community], name: &str, platform: Platform, url: Option<&str>) -> Result<Joining> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::Usage(t!("communities-name-needed")));
    }
    validate_platform(platform)?;
    let url = url.map(validate_url).transpose()?;
    Ok(Joining {
        existing: joined.iter().find(|c| c.is(name, platform)).cloned(),
        community: Community {
            name: name.to_owned(),
            platform,
            url,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::Strategy;

    fn state(goals: &[Goal], platforms: &[Platform], keywords: &[&str]) -> LearnerState {
        LearnerState {
            strategy: Some(Strategy {
                goals: goals.to_vec(),
                ..Strategy::default()
            }),
            platforms: platforms.to_vec(),
            keywords: keywords.iter().map(|k| (*k).to_owned()).collect(),
            ..LearnerState::default()
        }
    }

    #[test]
    fn suggestions_follow_goals_keywords_and_chosen_platforms() {
        let library = Library::embedded();
        let learner = state(
            &[Goal::CustomerCare],
            &[Platform::Linkedin, Platform::Mastodon],
            &["\"nurse shortage\" -job"],
        );
        let found = suggest(&learner, &library, "en").unwrap();
        assert!(
            found
                .iter()
                .any(|s| s.name == "#customerservice" && s.platform == Some(Platform::Mastodon))
        );
        assert!(
            !found.iter().any(|s| s.platform == Some(Platform::X)),
            "only the chosen platforms"
        );
        let keyword = found
            .iter()
            .find(|s| s.why.contains("nurse shortage"))
            .expect("from the keyword");
        assert_eq!(
            keyword.url.as_deref(),
            Some("https://www.linkedin.com/search/results/groups/?keywords=nurse+shortage")
        );
        assert!(found.iter().any(|s| s.platform.is_none()), "forums too");
    }

    #[test]
    fn joined_communities_are_not_suggested_again() {
        let library = Library::embedded();
        let mut learner = state(&[Goal::Recruitment], &[Platform::Mastodon], &[]);
        learner.communities.push(crate::journal::Community {
            name: "#hiring".into(),
            platform: Platform::Mastodon,
            url: None,
        });
        let found = suggest(&learner, &library, "en").unwrap();
        assert!(!found.iter().any(|s| s.name == "#hiring"));
        assert!(found.iter().any(|s| s.name == "#recruitment"));
    }

    #[test]
    fn only_web_addresses_are_accepted() {
        assert!(validate_url("https://www.linkedin.com/groups/123").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "linkedin.com/groups",
            "file:///etc/passwd",
            "",
        ] {
            let err = validate_url(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn a_keyword_query_gives_readable_search_words() {
        let words = |q: &str| search_words(q).map(|w| (w.text, w.hashtag));
        let pair = |text: &str, tag: Option<&str>| Some((text.to_owned(), tag.map(str::to_owned)));
        // The first alternative of an OR, never the alternatives glued together.
        assert_eq!(
            words("werkgeversmerk OR \"employer branding\" OR werkgeversimago"),
            pair("werkgeversmerk", Some("werkgeversmerk"))
        );
        assert_eq!(
            words("\"employer branding\" OR werkgeversmerk"),
            pair("employer branding", Some("employerbranding"))
        );
        // Phrases without quotes, no exclusions.
        assert_eq!(
            words("\"nurse shortage\" -job -\"night shift\""),
            pair("nurse shortage", Some("nurseshortage"))
        );
        // No operators: intitle: keeps its word, site: goes; a tag only from one clause.
        assert_eq!(
            words("intitle:arbeidsmarkt prognose OR cijfers OR verwachting"),
            pair("arbeidsmarkt prognose", None)
        );
        assert_eq!(
            words("site:vdab.be vacature OR job"),
            pair("vacature", Some("vacature"))
        );
        assert_eq!(
            words("site:example.org OR intitle:hiring"),
            pair("hiring", Some("hiring"))
        );
        assert_eq!(words("site:vdab.be"), None, "nothing to read");
        assert_eq!(words("\"open day"), None, "not a query");
        // Every query in every pack gives words without any query syntax.
        for lang in crate::lang::Language::CODES {
            for suggestion in crate::keywords::suggest(&Goal::ALL, lang) {
                let words = search_words(&suggestion.query).expect("readable words");
                for sign in ["\"", " OR ", ":", " -"] {
                    assert!(!words.text.contains(sign), "{lang}: {}", words.text);
                }
                assert!(!words.text.starts_with('-'), "{}", words.text);
            }
        }
    }

    #[test]
    fn an_or_keyword_becomes_one_readable_search() {
        let library = Library::embedded();
        let learner = state(
            &[Goal::EmployerBranding],
            &[Platform::Linkedin, Platform::Mastodon],
            &["werkgeversmerk OR \"employer branding\" OR werkgeversimago"],
        );
        let found = suggest(&learner, &library, "nl").unwrap();
        let from_keyword: Vec<&Suggestion> = found
            .iter()
            .filter(|s| s.why.contains("werkgeversmerk"))
            .collect();
        assert!(
            from_keyword.iter().any(|s| s.url.as_deref()
                == Some("https://www.linkedin.com/search/results/groups/?keywords=werkgeversmerk")),
            "{from_keyword:#?}"
        );
        for s in &found {
            assert!(!s.name.contains(" OR ") && !s.why.contains(" OR "), "{s:?}");
            assert!(!s.name.contains("werkgeversimago"), "{s:?}");
            assert!(!s.name.contains("werkgeversmerkemployer"), "{s:?}");
        }
    }

    #[test]
    fn each_language_has_places_of_its_own_and_no_xing_groups() {
        let library = Library::embedded();
        let english = load(&library, "en").unwrap().unwrap().0;
        let everything = state(&Goal::ALL, &[], &[]);
        let english_names: Vec<String> = suggest(&everything, &library, "en")
            .unwrap()
            .into_iter()
            .map(|s| s.name)
            .collect();
        for (lang, expected) in [
            ("nl", ["#vacature", "#klantenservice", "VDAB"]),
            ("de", ["#personalgewinnung", "#kundenservice", "AMS"]),
            ("fr", ["#recrutement", "#relationclient", "Forem"]),
        ] {
            let (catalog, file) = load(&library, lang).unwrap().unwrap();
            assert_eq!(file.path, format!("lessons/{lang}/communities.toml"));
            assert!(catalog.goal.iter().all(|g| g.xing.is_none()));
            let found = suggest(&everything, &library, lang).unwrap();
            assert!(!found.is_empty());
            assert!(found.iter().all(|s| s.platform != Some(Platform::Xing)), "{lang}");
            for needle in expected {
                assert!(found.iter().any(|s| s.name.contains(needle)), "{lang}: {needle}");
            }
            let places: Vec<&Suggestion> = found.iter().filter(|s| s.platform.is_none()).collect();
            assert!(places.len() >= Goal::ALL.len(), "{lang}: a place for every goal");
            for place in places {
                assert!(!english_names.contains(&place.name), "{lang}: {}", place.name);
            }
            assert_eq!(catalog.goal.len(), english.goal.len());
        }
    }

    #[test]
    fn no_place_asks_a_newcomer_to_answer_reviews() {
        let library = Library::embedded();
        for lang in crate::lang::Language::CODES {
            let catalog = load(&library, lang).unwrap().unwrap().0;
            for forum in catalog.goal.iter().flat_map(|g| &g.forums) {
                let forum = forum.to_lowercase();
                for word in ["review", "bewertung", "avis", "recensie", "xing"] {
                    assert!(!forum.contains(word), "{lang}: {forum}");
                }
            }
        }
    }

    #[test]
    fn hashtag_addresses_are_plain_ascii() {
        let found = hashtag("Fachkräftemangel", "");
        assert_eq!(found[0].name, "#fachkräftemangel");
        assert_eq!(
            found[0].url.as_deref(),
            Some("https://mastodon.social/tags/fachkr%C3%A4ftemangel")
        );
        assert!(
            found
                .iter()
                .all(|s| s.url.as_deref().is_some_and(|u| u.is_ascii()))
        );
        assert!(hashtag("culture d'entreprise", "").is_empty());
    }

    #[test]
    fn xing_is_no_place_for_a_community() {
        assert!(platforms().all(|p| p != Platform::Xing));
        assert_eq!(platforms().count(), Platform::ALL.len() - 1);
        assert_eq!(validate_platform(Platform::Xing).unwrap_err().exit_code(), 2);
        assert_eq!(validate_platform(Platform::Mastodon).unwrap(), Platform::Mastodon);
    }

    #[test]
    fn an_old_xing_list_is_ignored_and_reported_by_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        let mut text = String::new();
        for goal in Goal::ALL {
            text.push_str(&format!(
                "[[goal]]\ngoal = \"{}\"\nhashtags = [\"hiring\"]\n",
                goal.as_str()
            ));
        }
        text.push_str("xing = [\"Recruiting\"]\n");
        let line = text.lines().count();
        std::fs::write(dir.path().join("en").join(FILE_NAME), text).unwrap();
        let library = Library::from_dir(dir.path()).unwrap();
        let learner = state(&[Goal::KnowledgeSharing], &[], &[]);
        let found = suggest(&learner, &library, "en").unwrap();
        assert!(found.iter().any(|s| s.name == "#hiring"));
        assert!(found.iter().all(|s| s.platform != Some(Platform::Xing)));
        let problems = check(&library);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].line, Some(line));
        assert!(problems[0].message.contains("XING"), "{}", problems[0].message);
    }

    #[test]
    fn a_hashtag_that_cannot_be_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        let mut text = String::new();
        for goal in Goal::ALL {
            text.push_str(&format!("[[goal]]\ngoal = \"{}\"\n", goal.as_str()));
        }
        text.push_str("hashtags = [\"culture d'entreprise\"]\n");
        std::fs::write(dir.path().join("en").join(FILE_NAME), text).unwrap();
        let problems = check(&Library::from_dir(dir.path()).unwrap());
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(problems[0].message.contains("culture d'entreprise"));
    }

    #[test]
    fn the_embedded_catalog_covers_every_goal() {
        assert_eq!(check(&Library::embedded()), vec![]);
    }
}
