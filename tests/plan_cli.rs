//! The learner's own plans with the commands that ask nothing: made by a date or as a
//! weekly habit, listed beside the coach's by date, done, undone, removed, and written
//! as a calendar file that a calendar program reads back.

mod common;

use std::fs;
use std::str::FromStr;

use chrono::{Datelike, Local, NaiveDate};
use common::Sandbox;
use icalendar::{Calendar, Component, DatePerhapsTime};
use predicates::prelude::*;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn journal(sandbox: &Sandbox) -> String {
    fs::read_to_string(sandbox.journal()).unwrap_or_default()
}

#[test]
fn plans_are_listed_beside_the_coachs_by_date_and_an_overdue_one_is_marked() {
    let sandbox = Sandbox::new();
    let in_a_month = (today() + chrono::Days::new(30)).to_string();
    sandbox.run_ok(&["plan", "add", "Write", "a", "blog", "post", "--due", &in_a_month]);
    sandbox.run_ok(&["plan", "add", "Ten minutes with the inbox", "--every", "friday"]);
    sandbox.run_ok(&["plan", "add", "Start a discussion", "--due", "tomorrow"]);
    sandbox.run_ok(&["coach", "plan", "Join a group", "--due", "2020-01-31"]);

    let list = sandbox.run_ok(&["plan", "list"]);
    let mine = list.find("Your plans").expect(&list);
    let coach = list.find("From your coach").expect(&list);
    let discussion = list.find("Start a discussion").unwrap();
    let blog = list.find("Write a blog post").unwrap();
    assert!(
        mine < discussion && discussion < blog && blog < coach,
        "by date:\n{list}"
    );
    assert!(
        list.contains("3. · Start a discussion (due "),
        "numbered as made:\n{list}"
    );
    assert!(list.contains("(every Friday)"), "{list}");
    assert!(list.contains("Join a group (due 2020-01-31) overdue"), "{list}");

    let json = sandbox.json(&["plan", "list", "--json"]);
    let plans = json["plans"].as_array().unwrap();
    let order: Vec<(&str, &str)> = plans
        .iter()
        .map(|p| (p["owner"].as_str().unwrap(), p["text"].as_str().unwrap()))
        .collect();
    assert_eq!(order[0], ("coach", "Join a group"), "{json}");
    assert_eq!(plans[0]["overdue"], true);
    assert_eq!(order.last().unwrap().1, "Write a blog post", "{json}");
    let habit = plans.iter().find(|p| p["every"] == "friday").unwrap();
    let next_friday: NaiveDate = habit["date"].as_str().unwrap().parse().unwrap();
    assert_eq!(next_friday.weekday(), chrono::Weekday::Fri);
    assert!(next_friday >= today() && next_friday < today() + chrono::Days::new(7));

    // The coach sees the same plans, theirs first.
    let coach_list = sandbox.run_ok(&["coach", "list"]);
    assert!(coach_list.contains("The learner's own plans"), "{coach_list}");
    assert!(coach_list.contains("Ten minutes with the inbox"));

    // Done, undone, removed; the numbers of the others stay.
    let done = sandbox.run_ok(&["plan", "done", "3"]);
    assert!(done.contains("Done: Start a discussion"), "{done}");
    assert!(
        sandbox
            .run_ok(&["plan", "list"])
            .contains("3. ✓ Start a discussion")
    );
    assert!(
        sandbox
            .run_ok(&["plan", "done", "3"])
            .contains("already marked done")
    );
    assert!(sandbox.run_ok(&["plan", "undo", "3"]).contains("Open again"));
    assert!(sandbox.run_ok(&["plan", "undo", "3"]).contains("nothing to undo"));
    assert!(
        sandbox
            .run_ok(&["plan", "remove", "1"])
            .contains("Taken off the list: Write a blog post")
    );
    let list = sandbox.run_ok(&["plan", "list"]);
    assert!(!list.contains("Write a blog post"), "{list}");
    assert!(list.contains("2. · Start a discussion"), "{list}");

    let progress = sandbox.run_ok(&["progress"]);
    assert!(progress.contains("Your plans"), "{progress}");
    assert!(progress.contains("• Start a discussion"), "{progress}");
    assert!(
        progress.contains("• Join a group (due 2020-01-31) overdue"),
        "{progress}"
    );
}

#[test]
fn a_plan_with_a_date_finishes_step_8_and_a_habit_alone_does_not() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["plan", "add", "Ten minutes with the inbox", "--every", "monday"]);
    let next = |sandbox: &Sandbox| sandbox.json(&["progress", "--json"])["steps"][7]["done"].clone();
    assert_eq!(next(&sandbox), false);
    let added = sandbox.run_ok(&["plan", "add", "Start a discussion", "--due", "friday"]);
    assert!(added.contains("Step 8, \"Next steps\", is done"), "{added}");
    assert_eq!(next(&sandbox), true);
    sandbox.run_ok(&["plan", "done", "2"]);
    assert_eq!(next(&sandbox), true, "a plan carried out still counts");
    sandbox.run_ok(&["plan", "remove", "2"]);
    assert_eq!(next(&sandbox), false, "a removed plan does not");
}

#[test]
fn dates_and_weekdays_are_read_in_the_learners_language() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&[
        "--lang",
        "nl",
        "plan",
        "add",
        "Tien minuten",
        "--every",
        "vrijdag",
    ]);
    sandbox.run_ok(&["--lang", "de", "plan", "add", "Beitrag", "--due", "morgen"]);
    sandbox.run_ok(&[
        "--lang",
        "fr",
        "plan",
        "add",
        "Discussion",
        "--due",
        "aujourd'hui",
    ]);
    let json = sandbox.json(&["plan", "list", "--json"]);
    let plans = json["plans"].as_array().unwrap();
    let by_text = |text: &str| plans.iter().find(|p| p["text"] == text).unwrap().clone();
    assert_eq!(by_text("Tien minuten")["every"], "friday");
    assert_eq!(
        by_text("Beitrag")["due"],
        (today() + chrono::Days::new(1)).to_string()
    );
    assert_eq!(by_text("Discussion")["due"], today().to_string());
    let dutch = sandbox.run_ok(&["--lang", "nl", "plan", "list"]);
    assert!(dutch.contains("(elke vrijdag)"), "{dutch}");
}

#[test]
fn a_bad_date_weekday_number_or_text_is_refused_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    for (args, says) in [
        (
            &["plan", "add", "x", "--due", "2026-02-30"][..],
            "that month has 28 days",
        ),
        (&["plan", "add", "x", "--due", "2026-13-01"][..], "YYYY-MM-DD"),
        (&["plan", "add", "x", "--due", "someday"][..], "today, tomorrow"),
        (
            &["plan", "add", "x", "--every", "frydag"][..],
            "not a day of the week",
        ),
        (&["plan", "add", "x", "--every", "t"][..], "Monday, Tuesday"),
        (&["plan", "add", "   "][..], "The plan is empty"),
        (
            &["plan", "done", "abc"][..],
            "the number in front of a plan in `drempel plan list`",
        ),
        (&["plan", "done", "0"][..], "is not a plan number"),
        (&["plan", "undo", "4"][..], "You have no plans yet"),
        (
            &["coach", "done", "abc"][..],
            "the number in front of a plan in `drempel coach list`",
        ),
        (&["coach", "remove", "2"][..], "There are no plans yet"),
        (
            &["coach", "plan", "x", "--due", "2026-02-31"][..],
            "that month has 28 days",
        ),
    ] {
        sandbox
            .cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
    assert!(!journal(&sandbox).contains("plan"), "{}", journal(&sandbox));
}

#[test]
fn the_coach_can_undo_and_remove_a_plan() {
    let sandbox = Sandbox::new();
    sandbox.run_ok(&["coach", "plan", "Join a group"]);
    sandbox.run_ok(&["coach", "plan", "Read the inbox together", "--due", "friday"]);
    sandbox.run_ok(&["coach", "done", "1"]);
    assert!(sandbox.run_ok(&["coach", "list"]).contains("1. ✓ Join a group"));
    assert!(
        sandbox
            .run_ok(&["coach", "undo", "1"])
            .contains("Open again: Join a group")
    );
    assert!(sandbox.run_ok(&["coach", "list"]).contains("1. · Join a group"));
    sandbox.run_ok(&["coach", "remove", "1"]);
    let list = sandbox.run_ok(&["coach", "list"]);
    assert!(!list.contains("Join a group"), "{list}");
    assert!(list.contains("1. · Read the inbox together"), "{list}");
    let json = sandbox.json(&["progress", "--json"]);
    assert_eq!(json["coach_plans"].as_array().unwrap().len(), 1);
}

#[test]
fn the_calendar_holds_the_dates_and_the_weekly_habit_and_reads_back() {
    let sandbox = Sandbox::new();
    let text = "Schreiben über Präsentationen, Fragen; Antworten und was \"wir\" lernten";
    sandbox.run_ok(&["plan", "add", text, "--due", "2099-12-11"]);
    sandbox.run_ok(&[
        "plan",
        "add",
        "Ten minutes: look, decide, react",
        "--every",
        "friday",
    ]);
    sandbox.run_ok(&["plan", "add", "Done already", "--due", "2099-01-01"]);
    sandbox.run_ok(&["plan", "done", "3"]);
    sandbox.run_ok(&["plan", "add", "Whenever"]);
    sandbox.run_ok(&["coach", "plan", "Bring the report", "--due", "2099-12-15"]);

    let out = sandbox.path().join("plans.ics");
    let said = sandbox.run_ok(&["plan", "calendar", "--out", out.to_str().unwrap()]);
    assert!(said.contains("3 events"), "{said}");
    let bytes = fs::read(&out).unwrap();
    let raw = String::from_utf8(bytes).unwrap();
    // CRLF after every line, and no line longer than 75 octets.
    assert!(raw.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(raw.matches('\n').count(), raw.matches("\r\n").count());
    for line in raw.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(raw.contains("PRODID:-//drempel//"), "{raw}");
    assert!(raw.contains("VERSION:2.0\r\n"));

    let calendar = Calendar::from_str(&raw).expect("a calendar program can read it");
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 3, "{raw}");
    for event in &events {
        assert!(event.get_uid().is_some_and(|uid| uid.ends_with("@drempel")));
        assert!(event.get_timestamp().is_some(), "DTSTAMP");
    }
    let find = |summary: &str| {
        events
            .iter()
            .find(|e| e.get_summary() == Some(summary))
            .unwrap_or_else(|| panic!("no event {summary:?} in {raw}"))
    };
    let written = find(text);
    let date = |d: &str| DatePerhapsTime::Date(d.parse().unwrap());
    assert_eq!(written.get_start(), Some(date("2099-12-11")), "an all-day event");
    assert_eq!(written.get_end(), Some(date("2099-12-12")));
    let coach = find("Bring the report");
    assert!(coach.get_description().unwrap().contains("coach"));

    let habit = find("Ten minutes: look, decide, react");
    assert_eq!(habit.property_value("RRULE"), Some("FREQ=WEEKLY;BYDAY=FR"));
    let (Some(DatePerhapsTime::DateTime(start)), Some(DatePerhapsTime::DateTime(end))) =
        (habit.get_start(), habit.get_end())
    else {
        panic!("a timed event: {raw}");
    };
    let (start, end) = (naive(start), naive(end));
    assert_eq!(start.weekday(), chrono::Weekday::Fri);
    assert_eq!((end - start).num_minutes(), 10, "ten minutes");
    assert!(!raw.contains("Whenever") && !raw.contains("Done already"));

    // The same file again needs --force; the events keep their UIDs.
    sandbox
        .cmd()
        .args(["plan", "calendar", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    sandbox.run_ok(&["plan", "calendar", "--out", out.to_str().unwrap(), "--force"]);
    let again = fs::read_to_string(&out).unwrap();
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(uids(&again), uids(&raw));
}

fn naive(at: icalendar::CalendarDateTime) -> chrono::NaiveDateTime {
    match at {
        icalendar::CalendarDateTime::Floating(at) => at,
        other => panic!("a floating local time, as every calendar reads it: {other:?}"),
    }
}

#[test]
fn a_folder_link_or_empty_plan_list_gets_no_calendar() {
    let sandbox = Sandbox::new();
    let out = sandbox.path().join("plans.ics");
    sandbox
        .cmd()
        .args(["plan", "calendar", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to put in a calendar"));
    assert!(!out.exists());

    sandbox.run_ok(&["plan", "add", "Start a discussion", "--due", "friday"]);
    let folder = sandbox.path().join("calendar");
    fs::create_dir(&folder).unwrap();
    sandbox
        .cmd()
        .args(["plan", "calendar", "--out"])
        .arg(&folder)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("it is a folder"));
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0, "nothing written");

    #[cfg(unix)]
    {
        let target = sandbox.path().join("mine.txt");
        fs::write(&target, "mine").unwrap();
        let link = sandbox.path().join("link.ics");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        sandbox
            .cmd()
            .args(["plan", "calendar", "--force", "--out"])
            .arg(&link)
            .assert()
            .code(2);
        assert_eq!(fs::read_to_string(&target).unwrap(), "mine");
    }
}
