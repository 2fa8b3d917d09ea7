//! One rule in one place: the guided wizard and the commands add a keyword, watch a feed,
//! join a community and record a contribution through the same library action, so what
//! one of them stored, the other recognises, in any spelling.

mod common;

use common::Sandbox;
use drempel::journal::{EventBody, Journal, LearnerState, read};
use drempel::lessons::Library;
use drempel::platform::Platform;
use drempel::step::Step;
use drempel::wizard::Wizard;
use drempel::wizard::scripted::{Reply, ScriptedPrompter, choose, text};

/// Runs the wizard from `step` on the sandbox's learner with `replies`, offline; the
/// journal is closed again when it returns, so commands can run next.
fn wizard(sandbox: &Sandbox, step: Step, replies: Vec<Reply>) -> ScriptedPrompter {
    let mut prompter = ScriptedPrompter::new(replies);
    let journal = Journal::open(&sandbox.learner_dir("me")).unwrap();
    let lessons = Library::embedded().load("en").unwrap();
    Wizard::new(&mut prompter, journal, lessons)
        .unwrap()
        .offline(true)
        .run(Some(step))
        .unwrap();
    prompter
}

fn events(sandbox: &Sandbox) -> Vec<EventBody> {
    read(&sandbox.journal())
        .unwrap()
        .events
        .into_iter()
        .map(|e| e.body)
        .collect()
}

fn state(sandbox: &Sandbox) -> LearnerState {
    LearnerState::from_events(&read(&sandbox.journal()).unwrap().events)
}

fn stderr(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox.cmd().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stderr).unwrap()
}

/// The monitoring step up to the choice of feeds: the keywords offered kept, `typed`
/// as own keywords; then a break.
fn own_keywords(offered: bool, typed: &[&str]) -> Vec<Reply> {
    let mut replies = vec![choose("Let's go")];
    if offered {
        replies.push(Reply::Keep);
    }
    replies.extend(typed.iter().map(|t| text(t)));
    replies.push(text(""));
    replies.push(Reply::Pause);
    replies
}

#[test]
fn a_keyword_is_one_keyword_in_any_spelling_for_both() {
    let sandbox = Sandbox::new();
    // The wizard stores what it is given the way the command does: canonical.
    wizard(
        &sandbox,
        Step::Monitoring,
        own_keywords(false, &["Employer   BRANDING"]),
    );
    assert_eq!(state(&sandbox).keywords, ["employer branding"]);

    // The command recognises the wizard's keyword in another spelling.
    let added = sandbox.json(&["keywords", "add", "branding employer", "--json"]);
    assert_eq!(added["added"], false, "{added}");
    assert_eq!(added["existing"], "employer branding");

    // And the wizard recognises the command's.
    let added = sandbox.json(&["keywords", "add", "Café Werkgever", "--json"]);
    assert_eq!(added["query"], "café werkgever");
    wizard(
        &sandbox,
        Step::Monitoring,
        own_keywords(true, &["werkgever CAFE", "Employer Branding"]),
    );
    assert_eq!(state(&sandbox).keywords, ["employer branding", "café werkgever"]);
    let added = events(&sandbox)
        .iter()
        .filter(|e| matches!(e, EventBody::KeywordAdded { .. }))
        .count();
    assert_eq!(added, 2, "no spelling was added twice");
}

/// The monitoring step with no keywords, watching `address` as a website; then a break.
fn watch_website(address: &str) -> Vec<Reply> {
    vec![
        choose("Let's go"),
        text(""),
        choose("A blog or website address"),
        text(address),
        Reply::Pause,
    ]
}

#[test]
fn a_feed_address_is_one_feed_in_any_spelling_for_both() {
    let sandbox = Sandbox::new();
    // The wizard checks and normalises an address the way the command does.
    let prompter = wizard(
        &sandbox,
        Step::Monitoring,
        watch_website_after_refusal("ftp://example.org/feed", "HTTPS://Example.ORG:443/feed"),
    );
    assert_eq!(prompter.refused.len(), 1, "ftp: is refused");
    assert!(
        prompter.refused[0].contains("only http and https"),
        "{:?}",
        prompter.refused
    );
    assert_eq!(state(&sandbox).feeds, ["https://example.org/feed"]);

    // The command finds the wizard's feed in another spelling, before any network.
    let err = stderr(
        &sandbox,
        &["--offline", "feeds", "add", "https://EXAMPLE.org/feed"],
    );
    assert!(
        err.contains("You already watch https://example.org/feed"),
        "{err}"
    );

    // And the wizard finds a feed the command added, in another spelling.
    let practice = drempel::feeds::practice::feeds("en");
    let first = practice[0]
        .url
        .as_str()
        .replace("https://practice", "HTTPS://PRACTICE");
    sandbox.run_ok(&["feeds", "add", &first]);
    wizard(
        &sandbox,
        Step::Monitoring,
        watch_website(practice[0].url.as_str()),
    );
    wizard(
        &sandbox,
        Step::Monitoring,
        vec![
            choose("Let's go"),
            text(""),
            choose("practice feeds"),
            Reply::Pause,
        ],
    );
    let feeds = state(&sandbox).feeds;
    assert_eq!(feeds.len(), 1 + practice.len(), "{feeds:?}");
    let added = events(&sandbox)
        .iter()
        .filter(|e| matches!(e, EventBody::FeedAdded { .. }))
        .count();
    assert_eq!(added, feeds.len(), "no feed was added twice");
}

fn watch_website_after_refusal(refused: &str, address: &str) -> Vec<Reply> {
    let mut replies = watch_website(refused);
    replies.insert(4, text(address));
    replies
}

/// The communities step: joins `name` on `platform` (no address); then a break.
fn join(name: &str, platform: &str) -> Vec<Reply> {
    vec![
        choose("Let's go"),
        choose("I joined another"),
        text(name),
        choose(platform),
        text(""),
        Reply::Pause,
    ]
}

#[test]
fn a_community_is_one_community_in_any_case_for_both() {
    let sandbox = Sandbox::new();
    wizard(
        &sandbox,
        Step::Communities,
        join("Recruiters in Care", "LinkedIn"),
    );
    let out = sandbox.run_ok(&["groups", "add", "RECRUITERS IN CARE", "--platform", "linkedin"]);
    assert!(out.contains("You already joined"), "{out}");

    // Case beyond ASCII is case too, and the wizard says so instead of adding it again.
    sandbox.run_ok(&["groups", "add", "Zürich HR", "--platform", "facebook"]);
    let prompter = wizard(&sandbox, Step::Communities, join("  ZÜRICH hr ", "Facebook"));
    assert!(prompter.saw("You already joined"), "{:?}", prompter.transcript);

    // The same name on another platform is another community.
    wizard(&sandbox, Step::Communities, join("Zürich HR", "Mastodon"));
    let joined: Vec<(String, Platform)> = state(&sandbox)
        .communities
        .into_iter()
        .map(|c| (c.name, c.platform))
        .collect();
    assert_eq!(
        joined,
        [
            ("Recruiters in Care".to_owned(), Platform::Linkedin),
            ("Zürich HR".to_owned(), Platform::Facebook),
            ("Zürich HR".to_owned(), Platform::Mastodon),
        ]
    );
}

#[test]
fn a_comment_is_recorded_the_same_way_by_both() {
    let sandbox = Sandbox::new();
    let draft = "Thank you for sharing this. How long did the buddy programme take?";
    wizard(
        &sandbox,
        Step::Comment,
        vec![
            choose("Let's go"),
            choose("Something else"),
            choose("Mastodon"),
            choose("Ask a good question"),
            choose("Type it here"),
            text(draft),
            choose("Yes"),
            text("HTTPS://Mastodon.Social/@ada/1"),
            Reply::Pause,
        ],
    );
    let file = sandbox.path().join("draft.txt");
    std::fs::write(&file, draft).unwrap();
    sandbox.run_ok(&[
        "comment",
        "record",
        "--url",
        "HTTPS://Mastodon.Social/@ada/2",
        "--platform",
        "mastodon",
        "--draft",
        file.to_str().unwrap(),
    ]);
    sandbox.run_ok(&[
        "post",
        "record",
        "--url",
        "HTTPS://Mastodon.Social/@ada/3",
        "--platform",
        "mastodon",
        "--kind",
        "discussion",
    ]);
    let state = state(&sandbox);
    let [by_wizard, by_command] = &state.comments[..] else {
        panic!("{:?}", state.comments)
    };
    // The same fields, filled the same way; only where each stands differs.
    assert_eq!(by_wizard.url, "https://mastodon.social/@ada/1");
    assert_eq!(by_command.url, "https://mastodon.social/@ada/2");
    let mut same = by_command.clone();
    same.url = by_wizard.url.clone();
    assert_eq!(&same, by_wizard);
    assert_eq!(by_wizard.check_errors, Some(0));
    assert_eq!(by_wizard.draft.as_deref(), Some(draft));
    assert_eq!(state.posts[0].url, "https://mastodon.social/@ada/3");
    assert_eq!(state.posts[0].kind.as_deref(), Some("discussion"));
}

/// The practice feeds of the learner's language, watched by the wizard's "practice
/// feeds" or by `drempel feeds add --practice`: the same feeds, once, either way round.
#[test]
fn the_practice_feeds_are_the_same_feeds_for_both() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["--offline", "feeds", "add", "--practice"]);
    let by_command = state(&sandbox).feeds;
    assert_eq!(by_command.len(), drempel::feeds::practice::feeds("en").len());
    wizard(
        &sandbox,
        Step::Monitoring,
        vec![
            choose("Let's go"),
            text(""),
            choose("practice feeds"),
            Reply::Pause,
        ],
    );
    assert_eq!(state(&sandbox).feeds, by_command, "nothing added twice");

    let other = Sandbox::new();
    wizard(
        &other,
        Step::Monitoring,
        vec![
            choose("Let's go"),
            text(""),
            choose("practice feeds"),
            Reply::Pause,
        ],
    );
    assert_eq!(state(&other).feeds, by_command);
    let err = stderr(&other, &["--offline", "feeds", "add", "--practice"]);
    assert!(
        err.contains("You watch every practice feed of your language already"),
        "{err}"
    );
}
