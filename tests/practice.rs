//! The second day: a learner who finished the first day opens drempel again and gets a
//! short practice session — welcome back with what came in and the plan, new items to
//! decide on, one comment, the plan updated — resumed after a break; a climbed rung is
//! announced by any command; "what you did" counts every run, from the journal.

mod common;

use chrono::{DateTime, Duration, Local, NaiveDate, Utc};
use serde_json::{Value, json};

use common::Sandbox;
use drempel::journal::{
    Community, Contribution, Decision, EventBody, Journal, LearnerState, NewPlan, ProfileItem, Welcome, read,
};
use drempel::keywords::packs;
use drempel::lessons::{LessonSet, Library};
use drempel::platform::Platform;
use drempel::step::Step;
use drempel::strategy::{Goal, Strategy};
use drempel::wizard::scripted::{Reply, ScriptedPrompter, choose, text};
use drempel::wizard::{Ending, Wizard};

const COMMENT_URL: &str = "https://www.linkedin.com/feed/update/urn:li:activity:777/";
const GROUP: &str = "Recruiters in care";

fn lessons() -> LessonSet {
    Library::embedded().load("en").unwrap()
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The English name of a day, as the session says it for a day in the week around today.
fn weekday(date: NaiveDate) -> String {
    date.format("%A").to_string()
}

/// One journal line, written at `at`.
fn line(at: DateTime<Utc>, n: usize, body: EventBody) -> String {
    let Value::Object(mut tagged) = serde_json::to_value(&body).unwrap() else {
        panic!("an event is an object")
    };
    tagged.insert("v".into(), json!(1));
    tagged.insert("id".into(), json!(format!("day-one-{n}")));
    tagged.insert("at".into(), json!(at.to_rfc3339()));
    serde_json::to_string(&tagged).unwrap()
}

/// What a learner who finished the first day has in their journal: introduced, goals,
/// a complete LinkedIn profile, keywords and the practice feeds, a scan, five decisions,
/// a community, a checked comment, every step walked, and (with `plan_due`) a plan of
/// their own with a date.
fn day_one(plan_due: Option<NaiveDate>) -> Vec<EventBody> {
    let mut events = vec![
        EventBody::Welcomed(Welcome {
            name: "Ada".into(),
            role: Some("Recruiter".into()),
            organisation: Some("Zorggroep Noord".into()),
            language: Some("en".into()),
        }),
        EventBody::StrategySet(Strategy {
            goals: vec![Goal::Recruitment],
            ..Strategy::default()
        }),
        EventBody::PlatformsChosen {
            platforms: vec![Platform::Linkedin],
        },
    ];
    for item in lessons().checklist(Platform::Linkedin) {
        events.push(EventBody::ProfileItemDone(ProfileItem {
            platform: Platform::Linkedin,
            item: item.id.clone(),
        }));
    }
    for suggestion in packs::suggest(&[Goal::Recruitment], "en") {
        events.push(EventBody::KeywordAdded {
            query: suggestion.query,
        });
    }
    for feed in drempel::feeds::practice::feeds("en") {
        events.push(EventBody::FeedAdded {
            url: feed.url.to_string(),
            title: Some(feed.name.clone()),
        });
    }
    events.push(EventBody::ScanCompleted {
        feeds: 4,
        items: 40,
        matches: 5,
    });
    for (n, decision) in [
        Decision::Respond,
        Decision::Skip,
        Decision::Skip,
        Decision::Later,
        Decision::Skip,
    ]
    .into_iter()
    .enumerate()
    {
        events.push(EventBody::ItemTriaged {
            item: format!("read-on-day-one-{n}"),
            decision,
            note: None,
        });
    }
    events.push(EventBody::CommunityJoined(Community {
        name: GROUP.into(),
        platform: Platform::Linkedin,
        url: Some("https://www.linkedin.com/groups/4242".into()),
    }));
    events.push(EventBody::CommentRecorded(Contribution {
        url: "https://www.linkedin.com/feed/update/urn:li:activity:1/".into(),
        platform: Platform::Linkedin,
        kind: None,
        item: Some("read-on-day-one-0".into()),
        draft: Some("Thank you for sharing this.".into()),
        check_errors: Some(0),
        accepted: Vec::new(),
    }));
    if let Some(due) = plan_due {
        events.push(EventBody::PlanAdded(NewPlan {
            text: format!("Start a discussion in {GROUP}"),
            due: Some(due),
            every: None,
        }));
    }
    for step in Step::ALL {
        events.push(EventBody::StepCompleted { step });
    }
    events
}

/// A sandbox whose learner `me` has `events` in their journal, all recorded `days_ago`.
fn with_journal(events: Vec<EventBody>, days_ago: i64) -> Sandbox {
    let sandbox = Sandbox::new();
    let dir = sandbox.learner_dir("me");
    std::fs::create_dir_all(&dir).unwrap();
    let start = Utc::now() - Duration::days(days_ago);
    let lines: Vec<String> = events
        .into_iter()
        .enumerate()
        .map(|(n, body)| line(start + Duration::seconds(n as i64), n, body))
        .collect();
    std::fs::write(sandbox.journal(), lines.join("\n") + "\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::set_permissions(sandbox.journal(), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    sandbox
}

/// A learner three days after their first day, with a plan due in two days, and the
/// practice feeds scanned since (as a scheduled scan would): new items wait.
fn second_day() -> (Sandbox, usize) {
    let sandbox = with_journal(day_one(Some(today() + Duration::days(2))), 3);
    sandbox.run_ok(&["--offline", "scan"]);
    let inbox: Value =
        serde_json::from_str(&std::fs::read_to_string(sandbox.learner_dir("me").join("inbox.json")).unwrap())
            .unwrap();
    let waiting = inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["state"] == "new")
        .count();
    assert!(waiting >= 2, "the practice feeds bring new items: {inbox}");
    (sandbox, waiting)
}

fn run(sandbox: &Sandbox, replies: Vec<Reply>) -> (Ending, ScriptedPrompter) {
    let mut prompter = ScriptedPrompter::new(replies);
    let journal = Journal::open(&sandbox.learner_dir("me")).unwrap();
    let ending = Wizard::new(&mut prompter, journal, lessons())
        .unwrap()
        .offline(true)
        .run(None)
        .unwrap();
    (ending, prompter)
}

fn state(sandbox: &Sandbox) -> LearnerState {
    LearnerState::from_events(&read(&sandbox.journal()).unwrap().events)
}

fn journal_lines(sandbox: &Sandbox) -> usize {
    std::fs::read_to_string(sandbox.journal())
        .unwrap()
        .lines()
        .count()
}

/// Decide on the first item (respond to it), then stop reading.
fn decide_one() -> Vec<Reply> {
    vec![
        choose("Yes, one at a time"),
        choose("Respond to it"),
        text(""),
        choose("Stop reading for now"),
    ]
}

/// A comment on the item just marked "respond", checked clean, posted and recorded.
fn respond_once() -> Vec<Reply> {
    vec![
        choose("Yes, write a comment"),
        // The first thing offered: the item just marked "respond" ("title (source)").
        choose(" ("),
        choose("LinkedIn"),
        choose("Ask a good question"),
        choose("Type it here"),
        text("Thank you for this. How did your night nurses find the time to write it?"),
        choose("Yes"),
        text(COMMENT_URL),
    ]
}

#[test]
fn a_second_day_session_welcomes_back_decides_responds_and_updates_the_plan() {
    let (sandbox, waiting) = second_day();
    let three_days_ago = weekday(today() - Duration::days(3));
    let due = weekday(today() + Duration::days(2));
    let mut replies = vec![choose("Not this time")];
    replies.extend(decide_one());
    replies.extend(respond_once());
    replies.extend([
        choose("Yes, update my plan"),
        choose("It is done"),
        choose("Make a new plan"),
        text("Write a short post about our open day"),
        text("friday"),
    ]);
    let (ending, prompter) = run(&sandbox, replies);
    assert_eq!(ending, Ending::Finished, "{:#?}", prompter.transcript);
    assert_eq!(prompter.remaining(), 0);

    let welcome = format!(
        "Welcome back, Ada. Since {three_days_ago}: {waiting} new items. Your plan: Start a discussion in {GROUP}, due {due}."
    );
    assert!(
        prompter.saw(&welcome),
        "{welcome:?} in {:#?}",
        prompter.transcript
    );
    assert!(!prompter.saw("Step 8 of 8"), "not the last step again");
    assert!(prompter.saw("Practice · 2 of 4: decide what it deserves · you are: Critic"));
    assert!(prompter.saw(&format!("{waiting} items wait for your decision")));

    let state = state(&sandbox);
    let decided_today = state.triage.len() - 5;
    assert_eq!(decided_today, 1, "one decision, then the learner stopped");
    assert_eq!(state.comments.len(), 2);
    assert_eq!(state.comments[1].url, COMMENT_URL);
    assert_eq!(state.comments[1].check_errors, Some(0));
    assert!(
        state.comments[1]
            .item
            .as_deref()
            .is_some_and(|i| !i.starts_with("read-on-day-one")),
        "the comment answers the item decided on today"
    );
    assert!(prompter.saw("Recorded. Your words now stand on a site"));
    assert!(
        !prompter.saw("you are now a"),
        "a Critic stays a Critic with a second comment"
    );

    let plans = drempel::plan::all(&state, today());
    assert!(
        plans[0].done_at.is_some() || plans[1].done_at.is_some(),
        "{plans:?}"
    );
    let open: Vec<&str> = plans
        .iter()
        .filter(|p| p.is_open())
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(open, ["Write a short post about our open day"]);
    assert!(prompter.saw(&format!("Marked done: Start a discussion in {GROUP}")));
    assert!(prompter.saw("Saved. Your plan: Write a short post about our open day, due"));

    let session = state.practice.as_ref().expect("a practice session");
    assert!(session.ended);
    assert!(session.skipped.contains(&drempel::practice::Part::Scan));
    assert_eq!(session.done.len(), 3);

    // What was done, from the journal: today's run and the first day, three days ago.
    let recap = prompter
        .transcript
        .iter()
        .find(|t| t.contains("What you did today"))
        .expect("what you did today");
    assert!(recap.contains("decided what one item deserves"), "{recap}");
    assert!(
        recap.contains("placed a comment, and recorded where it stands"),
        "{recap}"
    );
    assert!(recap.contains("marked a plan done"), "{recap}");
    assert!(recap.contains("made a plan"), "{recap}");
    let week = recap.split("In the past seven days").nth(1).expect("the week");
    assert!(week.contains("introduced yourself"), "{recap}");
    assert!(week.contains("decided what 6 items deserve"), "{recap}");
    assert!(week.contains("placed your first comment"), "{recap}");
    assert!(prompter.saw("See you next time"));

    // The next run is a new session, with nothing new since a moment ago.
    let (_, next) = run(&sandbox, vec![]);
    assert!(
        next.saw("Since earlier today: nothing new yet."),
        "{:#?}",
        next.transcript
    );
}

#[test]
fn a_break_resumes_the_session_where_it_stopped_and_what_you_did_spans_both_runs() {
    let (sandbox, _) = second_day();
    let mut replies = vec![choose("Yes, look now")];
    replies.extend(decide_one());
    replies.push(Reply::Pause);
    let (ending, first) = run(&sandbox, replies);
    assert_eq!(ending, Ending::Paused);
    assert!(
        first.saw("Nothing new came in this time"),
        "the practice feeds were read already"
    );
    assert!(first.saw("Everything you answered is saved"));
    let recorded = journal_lines(&sandbox);
    let after_first = state(&sandbox);
    assert_eq!(after_first.triage.len(), 6, "the decision is kept");

    // Leaving at once writes nothing: the session is resumed, not started again.
    let (_, peek) = run(&sandbox, vec![]);
    assert!(peek.saw("We stopped at: react once."), "{:#?}", peek.transcript);
    assert_eq!(journal_lines(&sandbox), recorded);

    let (ending, second) = run(&sandbox, vec![choose("Not this time"), choose("Not this time")]);
    assert_eq!(ending, Ending::Finished, "{:#?}", second.transcript);
    assert!(second.saw("We stopped at: react once."));
    assert!(
        !second.saw("look at what came in · you are"),
        "the parts walked before the break are not asked again"
    );
    let state = state(&sandbox);
    assert_eq!(
        state.practice.as_ref().unwrap().started,
        after_first.practice.as_ref().unwrap().started,
        "one session across both runs"
    );
    let recap = second
        .transcript
        .iter()
        .find(|t| t.contains("What you did today"))
        .expect("what you did today");
    assert!(
        recap.contains("decided what one item deserves"),
        "the decision of the first run counts: {recap}"
    );
    assert!(recap.contains("scanned your feeds"), "{recap}");
}

#[test]
fn leaving_for_today_ends_the_session_and_the_next_run_starts_a_new_one() {
    let (sandbox, _) = second_day();
    // Opening drempel and leaving at once writes nothing.
    let before = journal_lines(&sandbox);
    let (ending, _) = run(&sandbox, vec![]);
    assert_eq!(ending, Ending::Paused);
    assert_eq!(journal_lines(&sandbox), before);
    let (ending, prompter) = run(&sandbox, vec![choose("That is all for today")]);
    assert_eq!(ending, Ending::Finished);
    assert!(prompter.saw("See you next time"));
    assert!(state(&sandbox).practice.unwrap().ended);
    let (_, next) = run(&sandbox, vec![]);
    assert!(!next.saw("We stopped at"), "{:#?}", next.transcript);
    assert!(next.saw("Ten minutes: look at what came in"));
}

#[test]
fn a_learner_without_a_dated_plan_is_asked_for_one_at_the_end() {
    // Every step's evidence holds (a post of their own), but no plan.
    let mut events = day_one(None);
    events.push(EventBody::PostRecorded(Contribution {
        url: "https://www.linkedin.com/feed/update/urn:li:activity:2/".into(),
        platform: Platform::Linkedin,
        kind: Some("discussion".into()),
        item: None,
        draft: None,
        check_errors: None,
        accepted: Vec::new(),
    }));
    let sandbox = with_journal(events, 10);
    let (ending, prompter) = run(
        &sandbox,
        vec![
            choose("Not this time"),
            choose("Not this time"),
            choose("Make a new plan"),
            text(""),
            text("2099-01-15"),
        ],
    );
    assert_eq!(ending, Ending::Finished, "{:#?}", prompter.transcript);
    let ten_days_ago = today() - Duration::days(10);
    assert!(
        prompter.saw(&format!(
            "Since {} {}: nothing new yet.",
            ten_days_ago.format("%-d"),
            ten_days_ago.format("%B")
        )) || prompter.saw(&format!(
            "Since {} {} {}",
            ten_days_ago.format("%-d"),
            ten_days_ago.format("%B"),
            ten_days_ago.format("%Y")
        )),
        "further than a week: a date, {:#?}",
        prompter.transcript
    );
    assert!(prompter.saw("You have no plan with a date yet"));
    assert!(prompter.saw("Nothing waits for a decision"));
    let state = state(&sandbox);
    assert_eq!(state.plans.len(), 1);
    assert_eq!(
        state.plans[0].text,
        format!("Start a discussion in {GROUP} on LinkedIn")
    );
    assert!(
        prompter.saw("due on 15 January 2099"),
        "{:#?}",
        prompter.transcript
    );
    // Nothing was done in the past week before today: no second list.
    assert!(!prompter.saw("In the past seven days"));
}

#[test]
fn a_command_that_makes_a_creator_says_so() {
    let sandbox = with_journal(day_one(None), 3);
    let out = sandbox.run_ok(&[
        "post",
        "record",
        "--url",
        "https://www.linkedin.com/feed/update/urn:li:activity:9/",
        "--platform",
        "linkedin",
        "--kind",
        "discussion",
    ]);
    assert!(
        out.contains("You climbed the ladder: you are now a Creator!"),
        "{out}"
    );
    assert!(out.contains("now others respond to you"), "{out}");
    let again = sandbox.run_ok(&[
        "post",
        "record",
        "--url",
        "https://www.linkedin.com/feed/update/urn:li:activity:10/",
        "--platform",
        "linkedin",
        "--kind",
        "post",
    ]);
    assert!(!again.contains("climbed"), "only the climb is announced: {again}");
}

#[test]
fn every_command_that_can_raise_a_rung_announces_it() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["welcome", "--name", "Ada"]);
    let out = sandbox.run_ok(&["strategy", "set", "--goal", "recruitment"]);
    assert!(out.contains("you are now a Spectator"), "{out}");
    assert!(out.contains("what your organisation wants online"), "{out}");

    // A Joiner with everything for Collector but the third keyword and the scan.
    let mut events = day_one(None);
    events.retain(|e| {
        !matches!(
            e,
            EventBody::CommentRecorded(_) | EventBody::ScanCompleted { .. } | EventBody::KeywordAdded { .. }
        )
    });
    let sandbox = with_journal(events, 1);
    for query in ["nurses", "vacancy"] {
        sandbox.run_ok(&["keywords", "add", query]);
    }
    let json = sandbox
        .cmd()
        .args(["keywords", "add", "open day", "--json"])
        .output()
        .unwrap();
    assert!(json.status.success());
    let stdout = String::from_utf8(json.stdout).unwrap();
    let _: Value = serde_json::from_str(&stdout).expect("stdout stays one JSON document");
    assert!(
        !String::from_utf8(json.stderr).unwrap().contains("climbed"),
        "not yet: no scan"
    );
    let out = sandbox
        .cmd()
        .args(["--offline", "scan", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let _: Value = serde_json::from_slice(&out.stdout).expect("stdout stays one JSON document");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("you are now a Collector"), "{stderr}");
}
