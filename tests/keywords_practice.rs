//! The keyword packs and the bundled practice feeds belong together: a learner without
//! feeds of their own practises offline, and whatever goal they chose, the suggestions
//! for it must find something there.

use drempel::feeds;
use drempel::keywords::{Document, Matcher, Query, packs};
use drempel::strategy::Goal;

#[test]
fn every_goals_pack_finds_something_in_the_practice_feeds_of_its_language() {
    let mut empty = Vec::new();
    for lang in drempel::lang::Language::CODES {
        let mut items = Vec::new();
        for practice in feeds::practice::feeds(lang) {
            let feed = feeds::parse(practice.bytes, &practice.url, None).expect("practice feeds parse");
            items.extend(feed.items);
        }
        assert!(!items.is_empty(), "practice feeds in {lang}");
        for goal in Goal::ALL {
            let queries: Vec<Query> = packs::suggest(&[goal], lang)
                .iter()
                .map(|s| Query::parse(&s.query).unwrap())
                .collect();
            let matcher = Matcher::new(&queries);
            let matched = items
                .iter()
                .filter(|item| {
                    !matcher
                        .find(&Document {
                            title: &item.title,
                            summary: &item.summary,
                            link: item.link.as_deref(),
                        })
                        .is_empty()
                })
                .count();
            if matched == 0 {
                empty.push(format!("{lang}/{}", goal.as_str()));
            }
        }
    }
    assert!(empty.is_empty(), "packs that find nothing offline: {empty:?}");
}
