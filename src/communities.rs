//! Communities: where the learner's audience already talks. Suggestions come from the
//! strategy's goals (data in `lessons/<lang>/communities.toml`) and the learner's own
//! keywords; joining and visiting are journal events.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::journal::LearnerState;
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
    xing: Vec<String>,
    #[serde(default)]
    forums: Vec<String>,
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
    for lang in library.languages() {
        match load(library, lang) {
            Ok(Some((catalog, file))) => {
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
    let keyword_terms: Vec<String> = state
        .keywords
        .iter()
        .filter_map(|k| plain_words(k))
        .take(3)
        .collect();
    for goal in places {
        let why = t!("communities-why-goal", goal = goal.goal.label());
        for search in &goal.linkedin {
            out.push(linkedin_search(search, &why));
        }
        for search in &goal.xing {
            out.push(Suggestion {
                platform: Some(Platform::Xing),
                name: t!("communities-xing-search", search = search.as_str()),
                url: None,
                why: why.clone(),
            });
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
    for term in &keyword_terms {
        let why = t!("communities-why-keyword", keyword = term.as_str());
        out.push(linkedin_search(term, &why));
        out.extend(hashtag(&term.replace(' ', ""), &why));
    }
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|s| {
        s.platform.is_none_or(wanted)
            && !state
                .communities
                .iter()
                .any(|c| Some(c.platform) == s.platform && c.name.eq_ignore_ascii_case(&s.name))
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
    [
        (Platform::Mastodon, format!("https://mastodon.social/tags/{tag}")),
        (Platform::Bluesky, format!("https://bsky.app/hashtag/{tag}")),
        (Platform::X, format!("https://x.com/hashtag/{tag}")),
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

/// The words of a keyword query without its operators, for a search or a hashtag.
fn plain_words(query: &str) -> Option<String> {
    let words: Vec<&str> = query
        .split(|c: char| c.is_whitespace() || c == '"')
        .filter(|w| !w.is_empty() && !w.starts_with('-') && !w.contains(':') && *w != "OR")
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A community address must be a web address the learner can open.
pub fn validate_url(text: &str) -> Result<String> {
    match url::Url::parse(text.trim()) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(url.into()),
        _ => Err(Error::Usage(t!(
            "error-bad-url",
            url = crate::ui::sanitize_line(text)
        ))),
    }
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
    fn the_embedded_catalog_covers_every_goal() {
        assert_eq!(check(&Library::embedded()), vec![]);
    }
}
