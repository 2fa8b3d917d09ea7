//! The wizard's logic against scripted answers: every step, back, skip, quitting at
//! every prompt and resuming.

#[path = "common/loopback.rs"]
mod loopback;

use drempel::journal::{ItemStatus, Journal, LearnerState, read};
use drempel::lessons::{ItemKind, LessonSet, Library};
use drempel::platform::Platform;
use drempel::step::Step;
use drempel::strategy::Goal;
use drempel::wizard::scripted::{Reply, ScriptedPrompter, choose, text, tick};
use drempel::wizard::{Ending, Wizard};

fn lessons() -> LessonSet {
    Library::embedded().load("en").unwrap()
}

struct Session {
    home: tempfile::TempDir,
}

impl Session {
    fn new() -> Session {
        Session {
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn run(&self, start: Option<Step>, replies: Vec<Reply>) -> (Ending, ScriptedPrompter) {
        let mut prompter = ScriptedPrompter::new(replies);
        let journal = Journal::open(self.home.path()).unwrap();
        let ending = Wizard::new(&mut prompter, journal, lessons())
            .unwrap()
            .offline(true)
            .run(start)
            .unwrap();
        (ending, prompter)
    }

    /// The same, reading the network (a loopback server) instead of the practice feeds.
    fn run_online(&self, start: Option<Step>, replies: Vec<Reply>) -> (Ending, ScriptedPrompter) {
        let mut prompter = ScriptedPrompter::new(replies);
        let journal = Journal::open(self.home.path()).unwrap();
        let ending = Wizard::new(&mut prompter, journal, lessons())
            .unwrap()
            .run(start)
            .unwrap();
        (ending, prompter)
    }

    fn state(&self) -> LearnerState {
        LearnerState::from_events(&read(&self.home.path().join("journal.jsonl")).unwrap().events)
    }

    fn journal_lines(&self) -> usize {
        std::fs::read_to_string(self.home.path().join("journal.jsonl")).map_or(0, |t| t.lines().count())
    }
}

fn welcome() -> Vec<Reply> {
    vec![
        choose("Let's go"),
        text("Ada"),
        text("Recruiter"),
        text("Zorggroep Noord"),
        choose("English"),
    ]
}

fn strategy() -> Vec<Reply> {
    let mut replies = vec![
        choose("Let's go"),
        tick(&["recruitment", "employer branding"]),
        text("nurses in the region"),
        text("I want to find colleagues"),
    ];
    // The house rules: keep the employer from the welcome step, keep the disclosure,
    // name the products and a confidential project.
    replies.extend([
        text(""),
        text(""),
        text("Thuiszorg Plus, ZorgApp"),
        text("Project Noorderlicht"),
    ]);
    replies
}

/// Ticks LinkedIn and answers "Done" to every item, skipping the drafts.
fn linkedin_all_done() -> Vec<Reply> {
    let mut replies = vec![choose("Let's go"), tick(&["LinkedIn"])];
    for item in lessons().checklist(Platform::Linkedin) {
        if item.draft.is_some() {
            replies.push(text(""));
        }
        replies.push(choose("Done"));
    }
    replies
}

const GROUP_URL: &str = "https://www.linkedin.com/groups/4242";

/// Joins the first suggested community, with its address.
fn join_a_community() -> Vec<Reply> {
    vec![
        choose("Let's go"),
        choose("I joined"),
        text("Recruiters in care"),
        text(GROUP_URL),
        choose("That is enough"),
    ]
}

const COMMENT_URL: &str = "https://www.linkedin.com/feed/update/urn:li:activity:1234/";

/// A first draft that vents, a revision that is kind, posted and recorded.
fn first_comment() -> Vec<Reply> {
    vec![
        choose("Let's go"),
        choose("A discussion in"),
        choose("Ask a good question"),
        choose("Type it here"),
        text("My manager is an idiot, but this post about onboarding is spot on."),
        choose("Revise the draft"),
        choose("Type it here"),
        text("Thank you for sharing this. How long did the buddy programme take to set up?"),
        choose("Yes"),
        text(COMMENT_URL),
    ]
}

/// The suggested keywords as offered, no own keyword, the practice feeds, a scan.
fn monitoring() -> Vec<Reply> {
    vec![
        choose("Let's go"),
        Reply::Keep,
        text(""),
        choose("practice feeds"),
        choose("No, scan now"),
    ]
}

/// How many items the first offline scan brings in, from a throwaway session with the
/// same answers: the reading script decides on every one of them.
fn practice_matches() -> usize {
    static COUNT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *COUNT.get_or_init(|| {
        let session = Session::new();
        let mut replies = welcome();
        replies.extend(strategy());
        replies.push(choose("Skip this step"));
        replies.extend(monitoring());
        replies.push(Reply::Pause);
        session.run(None, replies);
        let inbox =
            std::fs::read_to_string(session.home.path().join("inbox.json")).expect("the scan wrote an inbox");
        let inbox: serde_json::Value = serde_json::from_str(&inbox).unwrap();
        inbox["items"].as_array().unwrap().len()
    })
}

/// The first item to respond to, every other one skipped.
fn reading() -> Vec<Reply> {
    let found = practice_matches();
    assert!(
        found >= 5,
        "the practice feeds give a newcomer at least 5 items to read, found {found}"
    );
    let mut replies = vec![
        choose("Let's go"),
        choose("Respond to it"),
        text("ask about the buddy programme"),
    ];
    replies.extend((1..found).map(|_| choose("Skip")));
    replies
}

/// Step 8: a discussion in the community joined, by the date offered (a week from
/// today), ten minutes every Friday, no calendar file, and to the next one-on-one
/// without the export.
fn next_steps() -> Vec<Reply> {
    vec![
        choose("Let's go"),
        choose("Start a discussion in Recruiters in care"),
        text(""),
        text(""),
        choose("Friday"),
        choose("No, thank you"),
        choose("Yes"),
        choose("Not now"),
    ]
}

fn full_first_session() -> Vec<Reply> {
    let mut replies = welcome();
    replies.extend(strategy());
    replies.extend(linkedin_all_done());
    replies.extend(monitoring());
    replies.extend(reading());
    replies.extend(join_a_community());
    replies.extend(first_comment());
    replies.extend(next_steps());
    replies
}

#[test]
fn a_first_session_takes_a_newcomer_from_welcome_to_critic_offline() {
    let session = Session::new();
    let (ending, prompter) = session.run(None, full_first_session());
    assert_eq!(ending, Ending::Finished);
    assert_eq!(prompter.remaining(), 0);

    let state = session.state();
    let welcome = state.welcome.as_ref().unwrap();
    assert_eq!(welcome.name, "Ada");
    assert_eq!(welcome.role.as_deref(), Some("Recruiter"));
    assert_eq!(welcome.organisation.as_deref(), Some("Zorggroep Noord"));
    assert_eq!(welcome.language.as_deref(), Some("en"));
    let strategy = state.strategy.as_ref().unwrap();
    assert_eq!(strategy.goals, [Goal::Recruitment, Goal::EmployerBranding]);
    assert_eq!(strategy.audience.as_deref(), Some("nurses in the region"));
    for item in lessons().checklist(Platform::Linkedin) {
        assert_eq!(
            state.item_status(Platform::Linkedin, &item.id),
            Some(ItemStatus::Done),
            "{}",
            item.id
        );
    }

    assert!(prompter.saw("Step 1 of 8"));
    assert!(
        prompter.saw("Step 3 of 8 · Profiles · you are: Spectator"),
        "orientation with the rung"
    );
    assert!(prompter.saw("237"), "the privacy story is told");
    let items = lessons().checklist(Platform::Linkedin).count();
    assert!(
        prompter.saw(&format!("ticked off {items} profile items")),
        "what was done today"
    );
    assert!(prompter.saw("joined a community"));
    assert_eq!(state.communities.len(), 1);
    assert_eq!(state.communities[0].platform, Platform::Linkedin);
    assert_eq!(state.communities[0].url.as_deref(), Some(GROUP_URL));
    assert!(prompter.saw("Step 7 of 8 · Your first comment · you are: Collector"));
    assert!(prompter.saw("venting-insult"), "the first draft is caught");
    assert!(state.keywords.len() >= 3 && !state.feeds.is_empty() && state.scans == 1);
    assert!(prompter.saw("Offline: reading the practice feeds"));
    assert!(prompter.saw("matched:"), "items show what they matched");
    assert_eq!(state.triage.values().filter(|d| d.keeps()).count(), 1);
    assert!(
        prompter.saw("A discussion in"),
        "the comment can answer a community discussion"
    );
    assert!(prompter.saw("you are now a Critic"), "the new rung at once");
    assert_eq!(state.comments.len(), 1);
    assert_eq!(state.comments[0].url, COMMENT_URL);
    assert_eq!(state.comments[0].check_errors, Some(0));
    assert!(
        state.comments[0]
            .draft
            .as_deref()
            .unwrap()
            .starts_with("Thank you")
    );
    assert_eq!(
        drempel::ladder::assess(&state, &lessons()).rung,
        drempel::ladder::Rung::Critic
    );
    assert!(prompter.saw("Next:"), "the one next action");

    // Step 8: the learner's own plans, by the same action as `drempel plan add`.
    let today = chrono::Local::now().date_naive();
    let plans = drempel::plan::of(&state, drempel::plan::Owner::Learner, today);
    let texts: Vec<&str> = plans.iter().map(|p| p.text.as_str()).collect();
    assert!(
        texts.contains(&"Start a discussion in Recruiters in care on LinkedIn"),
        "{texts:?}"
    );
    let discussion = plans.iter().find(|p| p.text.starts_with("Start")).unwrap();
    assert_eq!(discussion.due, Some(today + chrono::Days::new(7)));
    assert!(
        plans
            .iter()
            .any(|p| p.every == Some(drempel::plan::Weekday::Friday) && p.due.is_none())
    );
    assert!(
        texts.contains(&"Bring my plan to my next one-on-one"),
        "{texts:?}"
    );
    let assessment = drempel::ladder::assess(&state, &lessons());
    assert!(
        assessment.step_done(Step::Next),
        "a plan with a date finishes step 8"
    );
    assert!(prompter.saw("Ten minutes a week keep you going"));
    assert!(prompter.saw("Saved: ten minutes every Friday."));
    let story = prompter
        .transcript
        .iter()
        .position(|t| t.contains("237"))
        .unwrap();
    let first_privacy = lessons()
        .checklist(Platform::Linkedin)
        .find(|i| i.kind == ItemKind::Privacy)
        .unwrap()
        .label
        .clone();
    let privacy_screen = prompter
        .transcript
        .iter()
        .position(|t| t.contains(&first_privacy))
        .unwrap();
    assert!(
        story < privacy_screen,
        "the story comes before the first privacy item"
    );
}

#[test]
fn quitting_at_any_prompt_loses_nothing_and_resumes_where_it_stopped() {
    let script = full_first_session();
    let decisions = ["Respond to it", "Skip"];
    for stop in 0..script.len() {
        let session = Session::new();
        let (ending, first) = session.run(None, script[..stop].to_vec());
        assert_eq!(ending, Ending::Paused, "stopped after {stop} answers");
        assert!(first.saw("Everything you answered is saved"));
        let recorded = session.journal_lines();
        let state = session.state();

        // Every answer that was given is in the journal.
        let given = &script[..stop];
        let gave = |needle: &str| {
            given
                .iter()
                .any(|r| matches!(r, Reply::Text(t) | Reply::Choose(t) if t == needle))
        };
        let count = |wanted: &[&str]| {
            given
                .iter()
                .filter(|r| matches!(r, Reply::Choose(t) if wanted.contains(&t.as_str())))
                .count()
        };
        assert_eq!(state.name().is_some(), gave("Ada"), "stop {stop}");
        assert_eq!(
            state.welcome.as_ref().and_then(|w| w.role.clone()).is_some(),
            gave("Recruiter"),
            "stop {stop}"
        );
        assert_eq!(
            state.welcome.as_ref().and_then(|w| w.language.clone()).is_some(),
            gave("English"),
            "stop {stop}"
        );
        assert_eq!(
            state.strategy.as_ref().is_some(),
            given.iter().any(|r| matches!(r, Reply::Tick(_))),
            "stop {stop}"
        );
        assert_eq!(
            state.strategy.as_ref().and_then(|s| s.audience.clone()).is_some(),
            gave("nurses in the region")
        );
        let policy = drempel::check::Policy::stored(session.home.path()).unwrap();
        assert_eq!(
            policy.is_some_and(|p| p.confidential == ["Project Noorderlicht"]),
            gave("Project Noorderlicht"),
            "stop {stop}"
        );
        let done = state
            .profile
            .get(&Platform::Linkedin)
            .map_or(0, |items| items.len());
        assert_eq!(done, count(&["Done"]), "stop {stop}");
        assert_eq!(
            state.keywords.len() >= 3,
            given.contains(&Reply::Keep),
            "stop {stop}"
        );
        assert_eq!(state.scans > 0, gave("No, scan now"), "stop {stop}");
        assert_eq!(
            state.triage.len(),
            count(&decisions),
            "stop {stop}: every decision is kept"
        );
        assert_eq!(
            state.communities.len(),
            usize::from(gave(GROUP_URL)),
            "stop {stop}"
        );
        let drafted = given
            .iter()
            .any(|r| matches!(r, Reply::Text(t) if t.starts_with("My manager")));
        assert_eq!(
            state.comment_draft.is_some() || !state.comments.is_empty(),
            drafted,
            "stop {stop}"
        );
        assert_eq!(
            state.comments.len(),
            usize::from(gave(COMMENT_URL)),
            "stop {stop}"
        );

        // The next session resumes at the step the first one stopped in; leaving at
        // once writes nothing more.
        let (_, second) = session.run(None, vec![]);
        assert_eq!(session.journal_lines(), recorded);
        let stopped_in = first
            .transcript
            .iter()
            .rev()
            .find(|t| t.starts_with("Step "))
            .map(|t| t[..9].to_owned());
        if let Some(stopped_in) = stopped_in.filter(|_| gave("Ada")) {
            assert!(second.saw("Welcome back, Ada. We stopped at"), "stop {stop}");
            let resumed_at = second
                .transcript
                .iter()
                .find(|t| t.starts_with("Step "))
                .expect("an orientation line");
            assert!(
                resumed_at.starts_with(&stopped_in),
                "stop {stop}: stopped in {stopped_in:?}, resumed at {resumed_at:?}"
            );
        }
    }
}

#[test]
fn ctrl_c_ends_as_interrupted_with_answers_kept() {
    let session = Session::new();
    let mut replies = welcome();
    replies.push(Reply::Interrupt);
    let (ending, _) = session.run(None, replies);
    assert_eq!(ending, Ending::Interrupted);
    assert_eq!(session.state().name(), Some("Ada"));
}

#[test]
fn back_returns_to_the_previous_step_with_answers_prefilled() {
    let session = Session::new();
    let mut replies = welcome();
    replies.push(choose("Back to the previous step"));
    // Welcome again: enter keeps what was typed before.
    replies.extend([
        choose("Let's go"),
        text(""),
        text(""),
        text(""),
        choose("English"),
    ]);
    replies.push(Reply::Pause);
    let (ending, prompter) = session.run(None, replies);
    assert_eq!(ending, Ending::Paused);
    assert_eq!(
        prompter
            .transcript
            .iter()
            .filter(|t| t.contains("Step 1 of 8"))
            .count(),
        2
    );
    let welcome = session.state().welcome.unwrap();
    assert_eq!(welcome.name, "Ada", "pre-filled answers are kept");
    assert_eq!(welcome.role.as_deref(), Some("Recruiter"));
}

#[test]
fn a_skipped_step_is_passed_over_when_resuming() {
    let session = Session::new();
    let mut replies = welcome();
    replies.push(choose("Skip this step for now"));
    replies.push(Reply::Pause);
    session.run(None, replies);
    assert!(session.state().skipped.contains(&Step::Strategy));
    let (_, prompter) = session.run(None, vec![]);
    assert!(prompter.saw("We stopped at Profiles"));
}

#[test]
fn an_empty_goal_choice_is_asked_again() {
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        tick(&[]),
        tick(&["customer care"]),
        Reply::Pause,
    ];
    session.run(Some(Step::Strategy), replies);
    assert_eq!(session.state().strategy.unwrap().goals, [Goal::CustomerCare]);
}

#[test]
fn an_empty_name_is_refused() {
    let session = Session::new();
    let mut prompter = ScriptedPrompter::new([choose("Let's go"), text("   "), text("Bo"), Reply::Pause]);
    let journal = Journal::open(session.home.path()).unwrap();
    Wizard::new(&mut prompter, journal, lessons())
        .unwrap()
        .run(None)
        .unwrap();
    assert_eq!(prompter.refused.len(), 1);
    assert_eq!(session.state().name(), Some("Bo"));
}

#[test]
fn checklist_items_can_be_postponed_declined_and_revisited() {
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        tick(&["Mastodon"]),
        choose("Done"),                      // photo
        text(""),                            // the bio: no draft now
        choose("Not for me"),                // the second item, a profile item
        choose("Back to the previous item"), // revisit it
        text(""),
        choose("Later"),
        choose("Stop with Mastodon"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run(Some(Step::Profiles), replies);
    let items: Vec<_> = lessons().checklist(Platform::Mastodon).cloned().collect();
    let state = session.state();
    assert_eq!(
        state.item_status(Platform::Mastodon, "photo"),
        Some(ItemStatus::Done)
    );
    assert_eq!(
        state.item_status(Platform::Mastodon, &items[1].id),
        Some(ItemStatus::Postponed)
    );
    assert_eq!(state.platforms, [Platform::Mastodon]);
    assert!(prompter.saw("Mastodon · item 2 of"));
}

#[test]
fn privacy_items_cannot_be_declined() {
    let session = Session::new();
    let privacy_index = lessons()
        .checklist(Platform::Facebook)
        .position(|i| i.kind == ItemKind::Privacy)
        .unwrap();
    let mut replies = vec![choose("Let's go"), tick(&["Facebook"])];
    replies.extend((0..privacy_index).map(|_| choose("Done")));
    replies.push(choose("Later"));
    replies.push(Reply::Pause);
    let (_, prompter) = session.run(Some(Step::Profiles), replies);
    let questions: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|t| t.starts_with("? How about this one?"))
        .collect();
    assert_eq!(
        questions.len(),
        privacy_index + 2,
        "the items before, the privacy item, the one after"
    );
    assert!(
        questions[0].contains("Not for me"),
        "a profile item may be declined"
    );
    let privacy = questions[privacy_index];
    assert!(!privacy.contains("Not for me"), "{privacy}");
    assert!(privacy.contains("privacy items are never"), "{privacy}");
}

#[test]
fn step_jumps_straight_to_a_step() {
    let session = Session::new();
    let (_, prompter) = session.run(Some(Step::Profiles), vec![Reply::Pause]);
    assert!(prompter.saw("Step 3 of 8"));
    assert!(!prompter.saw("Step 1 of 8"));
}

#[test]
fn a_headline_is_counted_the_platform_way_and_an_over_limit_draft_is_refused() {
    let session = Session::new();
    let too_long = "Helping hospitals hire nurses faster ".repeat(6);
    let fits = "Recruiter at Zorggroep Noord · helping nurses find a team that fits 🩺";
    let replies = vec![
        choose("Let's go"),
        tick(&["LinkedIn"]),
        // The privacy setting that keeps edits quiet comes first, then the photo.
        choose("Done"),
        choose("Done"),
        text(&too_long),
        text(fits),
        choose("Done"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run(Some(Step::Profiles), replies);
    assert_eq!(prompter.refused.len(), 1);
    let over = too_long.trim().chars().count();
    assert!(
        prompter.refused[0].contains(&format!("{over} of 220")),
        "{}",
        prompter.refused[0]
    );
    let state = session.state();
    assert_eq!(state.drafts[&Platform::Linkedin]["headline"], fits);
    assert_eq!(
        state.item_status(Platform::Linkedin, "headline"),
        Some(ItemStatus::Done)
    );
    // LinkedIn counts the emoji as two, as its own counter does.
    let counted = fits.chars().count() + 1;
    assert!(
        prompter.saw(&format!("{counted} of 220: it fits")),
        "{:#?}",
        prompter.transcript
    );
}

#[test]
fn a_community_address_must_be_a_web_address() {
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        choose("I joined another"),
        text("Zorg-HR forum"),
        choose("Facebook"),
        text("javascript:alert(1)"),
        text("https://forum.example.org/zorg-hr"),
        choose("That is enough"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run(Some(Step::Communities), replies);
    assert_eq!(prompter.refused.len(), 1, "the javascript: address is refused");
    assert!(prompter.refused[0].contains("not a web address"));
    let state = session.state();
    assert_eq!(state.communities[0].name, "Zorg-HR forum");
    assert_eq!(state.communities[0].platform, Platform::Facebook);
    assert_eq!(
        state.communities[0].url.as_deref(),
        Some("https://forum.example.org/zorg-hr")
    );
}

#[test]
fn the_house_rules_are_stored_for_the_check_and_shown_as_dos_and_donts() {
    let session = Session::new();
    let mut replies = welcome();
    replies.extend(strategy());
    replies.push(Reply::Pause);
    let (_, prompter) = session.run(None, replies);
    let policy = drempel::check::Policy::stored(session.home.path())
        .unwrap()
        .expect("stored");
    assert_eq!(policy.employer, "Zorggroep Noord", "from the welcome step");
    assert_eq!(policy.products, ["Thuiszorg Plus", "ZorgApp"]);
    // The default policy's disclosure is in words, at the start.
    assert_eq!(policy.disclosure_tag, "I work at");
    assert_eq!(policy.confidential, ["Project Noorderlicht"]);
    assert!(policy.dos.len() > policy.donts.len());
    let columns = prompter
        .transcript
        .iter()
        .find(|t| t.contains("DO ("))
        .expect("two columns");
    assert!(columns.contains("DON'T ("), "{columns}");
    assert!(
        columns.lines().all(|l| console::measure_text_width(l) <= 80),
        "{columns}"
    );
    assert!(session.state().policy.is_some(), "recorded in the journal");
}

#[test]
fn a_one_letter_confidential_term_is_refused() {
    let session = Session::new();
    let mut replies = welcome();
    replies.extend(vec![
        choose("Let's go"),
        tick(&["recruitment"]),
        text(""),
        text(""),
        text(""),
        text(""),
        text(""),
    ]);
    replies.extend([text("X, Falcon"), text("Falcon"), Reply::Pause]);
    let (_, prompter) = session.run(None, replies);
    assert_eq!(prompter.refused.len(), 1, "{:?}", prompter.refused);
    let policy = drempel::check::Policy::stored(session.home.path())
        .unwrap()
        .unwrap();
    assert_eq!(policy.confidential, ["Falcon"]);
}

#[test]
fn a_finding_kept_on_purpose_is_recorded_with_its_reason() {
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        choose("Something else"),
        choose("Mastodon"),
        choose("Share a useful resource"),
        choose("In my editor"),
        text("Our charity run for the hospice collects on NL91 ABNA 0417 1643 00, every euro helps."),
        choose("Keep it anyway"),
        choose("[iban]"),
        text(""),
        text("It is the public account of the charity run"),
        choose("Yes"),
        text("https://mastodon.social/@ada/1"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run(Some(Step::Comment), replies);
    assert_eq!(prompter.refused.len(), 1, "a reason is needed");
    let state = session.state();
    let comment = &state.comments[0];
    assert_eq!(comment.platform, Platform::Mastodon);
    assert_eq!(comment.accepted[0].rule, "iban");
    assert_eq!(
        comment.accepted[0].reason,
        "It is the public account of the charity run"
    );
    assert_eq!(
        comment.check_errors,
        Some(0),
        "no error left that was not kept on purpose"
    );
}

#[test]
fn a_draft_is_kept_when_the_learner_posts_later() {
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        choose("Something else"),
        choose("LinkedIn"),
        choose("Add your own experience"),
        choose("Type it here"),
        text("We tried this in our team and it halved the time to hire."),
        choose("Not yet"),
        Reply::Pause,
    ];
    session.run(Some(Step::Comment), replies);
    let state = session.state();
    assert!(state.comments.is_empty());
    assert_eq!(
        state.comment_draft.unwrap().text,
        "We tried this in our team and it halved the time to hire."
    );
    // Next time the draft is pre-filled: enter keeps it.
    let replies = vec![
        choose("Let's go"),
        choose("Something else"),
        choose("LinkedIn"),
        choose("Add your own experience"),
        choose("Type it here"),
        text(""),
        choose("Yes"),
        text("https://www.linkedin.com/feed/update/1"),
        Reply::Pause,
    ];
    session.run(Some(Step::Comment), replies);
    let state = session.state();
    assert_eq!(
        state.comments[0].draft.as_deref(),
        Some("We tried this in our team and it halved the time to hire.")
    );
    assert!(state.comment_draft.is_none());
}

#[test]
fn reading_with_an_empty_inbox_sends_the_learner_back_to_scan_and_comes_back_later() {
    let session = Session::new();
    let (_, prompter) = session.run(Some(Step::Reading), vec![choose("Let's go"), Reply::Pause]);
    assert!(prompter.saw("Nothing new to read yet"));
    assert!(
        prompter.saw("Go back to the step \"Monitoring\""),
        "the wizard names its own step, not a command"
    );
    assert!(
        !session.state().completed.contains(&Step::Reading),
        "nothing was read, so the step is not walked"
    );
}

/// Everything a learner saw in a scripted session: the screens and questions, what was
/// printed (the scan), and the messages of answers a check refused. What the learner
/// typed is not in it, except their draft inside the check's excerpt.
fn everything_shown(prompter: &ScriptedPrompter) -> Vec<String> {
    let mut shown = prompter.transcript.clone();
    shown.extend(prompter.refused.iter().cloned());
    shown.push(prompter.printed.stdout());
    shown.push(prompter.printed.stderr());
    shown
}

/// Words of the method's machinery, and command-line syntax, that a newcomer in the
/// middle of a guided step should never have to read.
fn words_for_scripts(shown: &[String]) -> Vec<String> {
    use clap::CommandFactory;
    let commands: Vec<String> = drempel::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    assert!(commands.iter().any(|c| c == "triage"), "{commands:?}");
    let mut found = Vec::new();
    for text in shown {
        for line in text.lines() {
            let lower = line.to_lowercase();
            for word in [
                "triage",
                "finding",
                "journal",
                "--accept",
                "$ drempel",
                "`drempel",
            ] {
                if lower.contains(word) {
                    found.push(format!("{word:?} in {line:?}"));
                }
            }
            if lower.contains(" --") {
                found.push(format!("an option in {line:?}"));
            }
            for (at, _) in lower.match_indices("drempel ") {
                let next = lower[at + "drempel ".len()..]
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                if commands.iter().any(|c| c == next) {
                    found.push(format!("the command \"drempel {next}\" in {line:?}"));
                }
            }
        }
    }
    found
}

#[test]
fn the_wizard_speaks_in_its_own_words_never_in_commands_or_jargon() {
    let session = Session::new();
    let mut replies = welcome();
    // The house rules, with the disclosure left empty once: refused, in the wizard's words.
    replies.extend([
        choose("Let's go"),
        tick(&["recruitment", "employer branding"]),
        text("nurses in the region"),
        text(""),
        text(""),
        text("   "),
        text(""),
        text("Thuiszorg Plus"),
        text("Project Noorderlicht"),
    ]);
    // A profile text drafted and kept.
    replies.extend([choose("Let's go"), tick(&["LinkedIn"])]);
    let mut drafted = false;
    for item in lessons().checklist(Platform::Linkedin) {
        if item.draft.is_some() {
            replies.push(text(if drafted { "" } else { "Recruiter in home care" }));
            drafted = true;
        }
        replies.push(choose("Done"));
    }
    // A news search asked without words, then the practice feeds.
    replies.extend([
        choose("Let's go"),
        Reply::Keep,
        text(""),
        choose("A news search"),
        text("  "),
        text("nurses"),
        choose("Yes, another one"),
        choose("practice feeds"),
        choose("No, scan now"),
    ]);
    replies.extend(reading());
    replies.extend(join_a_community());
    // An error kept anyway, with a reason; posted and recorded.
    replies.extend([
        choose("Let's go"),
        choose("A discussion in"),
        choose("Ask a good question"),
        choose("Type it here"),
        text("My manager is an idiot, but this post about onboarding is spot on."),
        choose("Keep it anyway"),
        choose("[venting-insult]"),
        text("A quote from the article, not my own words"),
        choose("Yes"),
        text(COMMENT_URL),
    ]);
    replies.extend(next_steps());
    let (ending, full) = session.run(None, replies);
    assert_eq!(ending, Ending::Finished, "{:#?}", full.transcript);
    assert_eq!(full.remaining(), 0);
    assert_eq!(full.refused.len(), 2, "{:?}", full.refused);
    assert!(full.saw("I keep it for you here"), "a profile text saved");
    assert!(
        full.saw("In the next step, \"Reading together\""),
        "the scan points on"
    );
    assert!(full.saw("choose \"Keep it anyway, and say why\""));
    assert!(full.saw("the lesson of step 7"), "the lesson named by its title");
    assert!(
        full.saw("You reached Critic"),
        "the next action, without its command"
    );

    // Detours: a draft kept for later, and a reading step with nothing new.
    let later = vec![
        choose("Let's go"),
        choose("Something else"),
        choose("LinkedIn"),
        choose("Add your own experience"),
        choose("Type it here"),
        text("We tried a buddy programme too, and new colleagues stayed longer."),
        choose("Not yet"),
        Reply::Pause,
    ];
    let (_, saved) = session.run(Some(Step::Comment), later);
    assert!(saved.saw("come back to the step \"Your first comment\""));
    let (_, empty) = session.run(Some(Step::Reading), vec![choose("Let's go"), Reply::Pause]);
    assert!(empty.saw("Nothing new to read yet"));

    let mut shown = everything_shown(&full);
    shown.extend(everything_shown(&saved));
    shown.extend(everything_shown(&empty));
    let found = words_for_scripts(&shown);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_web_page_given_as_a_feed_gets_advice_in_the_wizards_words() {
    let site = loopback::Server::start(|_| {
        loopback::Response::ok(
            "text/html; charset=utf-8",
            "<html><head><title>Zorg blog</title></head><body>News</body></html>",
        )
    });
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        text("nurses"),
        text(""),
        choose("A blog or website"),
        text(&site.url("/")),
        choose("No, scan now"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run_online(Some(Step::Monitoring), replies);
    assert!(
        prompter.saw("look for a link called RSS or Feed"),
        "{:#?}",
        prompter.transcript
    );
    assert!(
        prompter.saw("this address is not a feed I can read"),
        "{}",
        prompter.printed.stderr()
    );
    let found = words_for_scripts(&everything_shown(&prompter));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_feed_address_with_credentials_is_watched_without_them_in_the_wizard() {
    const SECRET: &str = "s3cret-Pw";
    let site = loopback::Server::start(|r| match r.header("authorization") {
        // "anna:s3cret-Pw" in base64.
        Some("Basic YW5uYTpzM2NyZXQtUHc=") => {
            loopback::Response::rss(loopback::rss("Private nurses news", "nurses", 2))
        }
        _ => loopback::Response::new(401),
    });
    let bare = site.url("/feed");
    let with = bare.replace("http://", &format!("http://anna:{SECRET}@"));
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        text("nurses"),
        text(""),
        choose("A blog or website"),
        text(&format!("ftp://anna:{SECRET}@example.org/feed")),
        text(&with),
        choose("No, scan now"),
        Reply::Pause,
    ];
    let (_, prompter) = session.run_online(Some(Step::Monitoring), replies);
    assert_eq!(prompter.refused.len(), 1, "{:#?}", prompter.refused);
    assert!(
        prompter.refused[0].contains("ftp://anna:***@example.org/feed"),
        "{:#?}",
        prompter.refused
    );
    let shown = everything_shown(&prompter).join("\n");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(prompter.printed.stdout().contains("2 new matches"), "{shown}");
    assert_eq!(session.state().feeds, [bare]);
    for entry in std::fs::read_dir(session.home.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read_to_string(&path).unwrap_or_default();
        let is_store = path.file_name().unwrap() == "credentials.json";
        assert_eq!(bytes.contains(SECRET), is_store, "{}", path.display());
    }
}

/// Picking a language in the welcome step switches everything after it: the questions,
/// the lesson and the step names, at once and in the same session.
#[test]
fn the_language_picked_in_the_welcome_speaks_from_the_next_question_on() {
    use drempel::lang::Language;
    let dutch =
        |key: &str| drempel::messages::with_language(Language::Nl, || drempel::messages::text(key, &[]));
    let session = Session::new();
    let replies = vec![
        choose("Let's go"),
        text("Ada"),
        text(""),
        text(""),
        choose("Nederlands"),
        Reply::Pause,
    ];
    let (ending, prompter) = session.run(None, replies);
    assert_eq!(ending, Ending::Paused);
    let strategy = dutch("step-strategy");
    assert!(
        prompter.transcript.iter().any(|line| line.contains(&strategy)),
        "the strategy step is announced in Dutch ({strategy}): {:#?}",
        prompter.transcript
    );
    let dutch_lesson = Library::embedded().load("nl").unwrap();
    let title = &dutch_lesson.for_step(Step::Strategy).unwrap().title;
    assert!(prompter.saw(title), "the Dutch lesson title {title:?} is shown");
    // The next session resumes in Dutch without being told.
    let (_, prompter) = session.run(None, vec![Reply::Pause]);
    assert!(prompter.transcript.iter().any(|line| line.contains(&strategy)));
}

/// Step 8 with everything a learner can do there: a plan of their own words by a day they
/// type (a past day and a non-date refused first), the post they placed recorded (a
/// Creator at once), the calendar file and the export for the one-on-one written where
/// they say, never over a file of theirs.
#[test]
fn step_8_makes_a_plan_records_a_post_and_writes_the_calendar_and_the_export() {
    let session = Session::new();
    let mut replies = full_first_session();
    replies.truncate(replies.len() - next_steps().len());
    let out = tempfile::tempdir().unwrap();
    let taken = out.path().join("taken.ics");
    std::fs::write(&taken, "mine").unwrap();
    let calendar = out.path().join("plans.ics");
    replies.extend([
        choose("Let's go"),
        choose("Something else"),
        text("Write about the buddy programme on our blog"),
        text("2020-01-01"),
        text("someday"),
        text("friday"),
        choose("No weekly habit"),
        choose("Yes, write the calendar file"),
        text(taken.to_str().unwrap()),
        text(calendar.to_str().unwrap()),
        choose("Yes"),
        choose("Yes, write it"),
        text(out.path().to_str().unwrap()),
    ]);
    let (ending, prompter) = session.run(None, replies);
    assert_eq!(ending, Ending::Finished, "{:#?}", prompter.transcript);
    assert_eq!(
        prompter.refused.len(),
        3,
        "a past day, a non-date, a file that exists: {:?}",
        prompter.refused
    );
    assert!(prompter.refused[0].contains("passed already"));
    assert!(prompter.refused[1].contains("\"someday\" is not a date"));
    assert!(prompter.refused[2].contains("exists already"));
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "mine");

    let state = session.state();
    let today = chrono::Local::now().date_naive();
    let plan = &state.plans[0];
    assert_eq!(plan.text, "Write about the buddy programme on our blog");
    assert_eq!(
        plan.due.map(|d| chrono::Datelike::weekday(&d)),
        Some(chrono::Weekday::Fri)
    );
    assert!(plan.due.unwrap() > today);
    let ics = std::fs::read_to_string(&calendar).unwrap();
    assert!(
        ics.contains("SUMMARY:Write about the buddy programme on our blog\r\n"),
        "{ics}"
    );
    let export = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("the export in the folder given");
    let export: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(export).unwrap()).unwrap();
    assert_eq!(export["format"], "drempel-export");
    assert_eq!(export["steps"][7]["done"], true, "{export}");

    // Another session: the post placed is recorded in step 8, and makes a Creator.
    let (ending, prompter) = session.run(
        Some(Step::Next),
        vec![
            choose("Let's go"),
            choose("I have already posted something of my own"),
            choose("LinkedIn"),
            choose("A discussion I started"),
            text("linkedin.com/no-scheme"),
            text("https://www.linkedin.com/feed/update/urn:li:activity:99/"),
            choose("No weekly habit"),
            choose("No, thank you"),
            choose("Not this time"),
        ],
    );
    assert_eq!(ending, Ending::Finished, "{:#?}", prompter.transcript);
    assert_eq!(prompter.refused.len(), 1, "not a web address");
    assert!(prompter.saw("you are now a Creator"));
    let state = session.state();
    assert_eq!(state.posts.len(), 1);
    assert_eq!(state.posts[0].kind.as_deref(), Some("discussion"));
    assert!(prompter.saw("Keep my plan: Write about the buddy programme"));
}
