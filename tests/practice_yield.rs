//! The practice feeds are enough to reach Collector offline, whatever the goal.
//!
//! A newcomer in a training room without Wi-Fi walks the monitoring step as offered: the
//! welcome chose their language, the strategy one goal; they keep the keywords the
//! wizard ticks for them, take the practice feeds and scan. Collector asks for 5
//! decisions, so every goal in every language must bring in at least 6 items — and some
//! of what the feeds hold must deserve "skip", or reading teaches nothing.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use drempel::feeds::inbox::Inbox;
use drempel::feeds::{self, FeedItem, practice};
use drempel::journal::{EventBody, Journal, LearnerState, Welcome, read};
use drempel::keywords::{Clause, Document, Matcher, Query};
use drempel::lessons::Library;
use drempel::step::Step;
use drempel::strategy::{Goal, Strategy};
use drempel::ui::{Capture, Shell};
use drempel::wizard::{Answer, Prompter, Quit, TextQuestion, Wizard};

const LANGUAGES: [&str; drempel::lang::Language::CODES.len()] = drempel::lang::Language::CODES;

/// Where practice items may link: domains nobody's real news lives on.
const EXAMPLE_DOMAINS: &[&str] = &[
    "example.org",
    "example.com",
    "example.net",
    "example.nl",
    "example.be",
    "example.de",
    "example.at",
    "example.ch",
    "example.fr",
];

/// Collector's 5 decisions, and one to spare.
const MIN_ITEMS: usize = 6;

/// Practice items that reach a newcomer's inbox but deserve nothing more than "skip":
/// a word from the keyword is there, the subject is not. Title fragments, per language.
const NOISE: &[(&str, &[&str])] = &[
    ("en", &["Garden trends"]),
    ("nl", &["Rommelmarkt", "moestuin"]),
    ("de", &["Flohmarkt", "Schrebergarten"]),
    ("fr", &["Brocante", "potager"]),
];

/// A newcomer who presses Enter at every question: keeps what is ticked, takes the
/// first choice (go, the practice feeds, scan now), types nothing of their own. Once
/// the scan is in the journal they take a break, which ends the session.
struct Newcomer {
    journal: PathBuf,
    shell: Shell,
    _printed: Capture,
    prompts: usize,
}

impl Newcomer {
    fn new(journal: PathBuf) -> Newcomer {
        let (shell, printed) = Shell::captured();
        Newcomer {
            journal,
            shell,
            _printed: printed,
            prompts: 0,
        }
    }

    /// Whether the newcomer has scanned; a break after that ends the session.
    fn scanned(&mut self) -> bool {
        self.prompts += 1;
        assert!(self.prompts < 40, "the monitoring step keeps asking");
        std::fs::read_to_string(&self.journal).is_ok_and(|t| t.contains("\"scan.completed\""))
    }
}

impl Prompter for Newcomer {
    fn say(&mut self, _text: &str) -> drempel::Result<()> {
        Ok(())
    }

    fn text(&mut self, question: &TextQuestion<'_>) -> drempel::Result<Answer<String>> {
        if self.scanned() {
            return Ok(Answer::Quit(Quit::Paused));
        }
        Ok(Answer::Given(question.initial.unwrap_or("").to_owned()))
    }

    fn select(
        &mut self,
        _prompt: &str,
        _options: &[String],
        start: usize,
        _help: Option<&str>,
    ) -> drempel::Result<Answer<usize>> {
        if self.scanned() {
            return Ok(Answer::Quit(Quit::Paused));
        }
        Ok(Answer::Given(start))
    }

    fn multi_select(
        &mut self,
        _prompt: &str,
        _options: &[String],
        selected: &[usize],
        _help: Option<&str>,
    ) -> drempel::Result<Answer<Vec<usize>>> {
        if self.scanned() {
            return Ok(Answer::Quit(Quit::Paused));
        }
        Ok(Answer::Given(selected.to_vec()))
    }

    fn editor(&mut self, _prompt: &str, initial: &str) -> drempel::Result<Answer<String>> {
        if self.scanned() {
            return Ok(Answer::Quit(Quit::Paused));
        }
        Ok(Answer::Given(initial.to_owned()))
    }

    fn shell(&mut self) -> &mut Shell {
        &mut self.shell
    }

    fn styled(&self) -> bool {
        false
    }
}

/// What one newcomer ended up with.
struct Outcome {
    /// The keywords the wizard ticked and the newcomer kept.
    keywords: Vec<String>,
    /// Titles of the items in the inbox after the first scan.
    inbox: Vec<String>,
}

/// A newcomer in `lang` with `goal` as their only goal walks the monitoring step offline.
fn walk(lang: &str, goal: Goal) -> Outcome {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let mut journal = Journal::open(dir).unwrap();
    journal
        .append(EventBody::Welcomed(Welcome {
            name: "Sam".into(),
            role: None,
            organisation: Some("Zorggroep Voorbeeld".into()),
            language: Some(lang.into()),
        }))
        .unwrap();
    journal
        .append(EventBody::StrategySet(Strategy {
            goals: vec![goal],
            audience: None,
            why: None,
        }))
        .unwrap();
    let lessons = Library::embedded().load(lang).unwrap();
    let mut newcomer = Newcomer::new(journal.path().to_owned());
    Wizard::new(&mut newcomer, journal, lessons)
        .unwrap()
        .offline(true)
        .run(Some(Step::Monitoring))
        .unwrap();
    let state = LearnerState::from_events(&read(&dir.join("journal.jsonl")).unwrap().events);
    assert!(
        state.feeds.iter().all(|f| f.contains(practice::HOST)),
        "{lang}/{}: the newcomer took the practice feeds: {:?}",
        goal.as_str(),
        state.feeds
    );
    let inbox = Inbox::load(dir).unwrap();
    Outcome {
        keywords: state.keywords.clone(),
        inbox: inbox.items().iter().map(|i| i.title.clone()).collect(),
    }
}

/// Every language and goal, walked once for all the tests in this file.
fn outcomes() -> &'static BTreeMap<(&'static str, Goal), Outcome> {
    static OUTCOMES: OnceLock<BTreeMap<(&'static str, Goal), Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        let mut outcomes = BTreeMap::new();
        for lang in LANGUAGES {
            for goal in Goal::ALL {
                outcomes.insert((lang, goal), walk(lang, goal));
            }
        }
        outcomes
    })
}

fn practice_items(lang: &str) -> Vec<FeedItem> {
    practice::feeds(lang)
        .iter()
        .flat_map(|f| {
            feeds::parse(f.bytes, &f.url, None)
                .expect("practice feeds parse")
                .items
        })
        .collect()
}

fn matches(query: &Query, item: &FeedItem) -> bool {
    let document = Document {
        title: &item.title,
        summary: &item.summary,
        link: item.link.as_deref(),
    };
    !Matcher::new(std::slice::from_ref(query))
        .find(&document)
        .is_empty()
}

#[test]
fn every_goal_in_every_language_brings_in_enough_to_reach_collector_offline() {
    let mut short = Vec::new();
    let mut table = String::new();
    for ((lang, goal), outcome) in outcomes() {
        assert!(
            !outcome.keywords.is_empty() && outcome.keywords.len() <= 5,
            "{lang}/{}: the wizard ticks a handful of keywords: {:?}",
            goal.as_str(),
            outcome.keywords
        );
        let found = outcome.inbox.len();
        table.push_str(&format!(
            "{lang} {:<20} {found:>2}  {:?}\n",
            goal.as_str(),
            outcome.keywords
        ));
        if found < MIN_ITEMS {
            short.push(format!("{lang}/{}: {found}", goal.as_str()));
        }
    }
    eprintln!("{table}");
    assert!(
        short.is_empty(),
        "fewer than {MIN_ITEMS} items offline: {short:?}\n{table}"
    );
}

/// The packs' exclusions earn their place: in every language, a keyword the wizard
/// ticks for some goal keeps out a practice item that its words alone would let in,
/// and no other ticked keyword lets it in after all.
#[test]
fn in_every_language_an_exclusion_keeps_a_practice_item_out() {
    for lang in LANGUAGES {
        let items = practice_items(lang);
        let mut kept_out = Vec::new();
        for goal in Goal::ALL {
            let outcome = &outcomes()[&(lang, goal)];
            for keyword in &outcome.keywords {
                let query = Query::parse(keyword).unwrap();
                let words_only = Query {
                    clauses: query
                        .clauses
                        .iter()
                        .filter(|c| matches!(c, Clause::AnyOf(_)))
                        .cloned()
                        .collect(),
                };
                if words_only.clauses.len() == query.clauses.len() {
                    continue;
                }
                for item in &items {
                    if matches(&words_only, item)
                        && !matches(&query, item)
                        && !outcome.inbox.contains(&item.title)
                    {
                        kept_out.push(format!("{keyword} ⟂ {}", item.title));
                    }
                }
            }
        }
        assert!(
            !kept_out.is_empty(),
            "{lang}: no ticked keyword's exclusion keeps any practice item out"
        );
    }
}

/// Reading is deciding: in every language, some goal's first scan brings in an item
/// that only shares a word with the keyword, so the newcomer practises "skip".
#[test]
fn in_every_language_some_item_in_an_inbox_deserves_skip() {
    for (lang, noise) in NOISE {
        let items = practice_items(lang);
        for fragment in *noise {
            assert!(
                items.iter().any(|i| i.title.contains(fragment)),
                "{lang}: no practice item titled with {fragment:?}"
            );
        }
        let reached: Vec<String> = Goal::ALL
            .iter()
            .flat_map(|goal| {
                outcomes()[&(*lang, *goal)]
                    .inbox
                    .iter()
                    .filter(|title| noise.iter().any(|n| title.contains(n)))
                    .map(move |title| format!("{}: {title}", goal.as_str()))
            })
            .collect();
        assert!(!reached.is_empty(), "{lang}: no noise reaches any inbox");
    }
}

/// The practice feeds stay valid: every item has a title, a link on an example domain
/// or the practice host, a date and a description.
#[test]
fn practice_items_are_complete_and_link_to_example_domains() {
    for lang in LANGUAGES {
        for item in practice_items(lang) {
            assert!(!item.title.trim().is_empty(), "{lang}: an item without a title");
            assert!(
                !item.summary.trim().is_empty(),
                "{lang}: {} has no description",
                item.title
            );
            assert!(item.published.is_some(), "{lang}: {} has no date", item.title);
            let link = item
                .link
                .as_deref()
                .unwrap_or_else(|| panic!("{lang}: {} has no link", item.title));
            let host = url::Url::parse(link).unwrap().host_str().unwrap_or("").to_owned();
            let example = EXAMPLE_DOMAINS
                .iter()
                .any(|d| host == *d || host.ends_with(&format!(".{d}")));
            assert!(example, "{lang}: {} links to {host}", item.title);
        }
    }
}
