//! "Not applicable to me" in the wizard's profiles step, against scripted answers: the
//! reason in one short line, an empty line goes back, Esc and Ctrl-C as everywhere.

use drempel::journal::{ItemStatus, Journal, LearnerState, read};
use drempel::lessons::{ItemKind, LessonSet, Library};
use drempel::platform::Platform;
use drempel::step::Step;
use drempel::wizard::scripted::{Reply, ScriptedPrompter, choose, text, tick};
use drempel::wizard::{Ending, Wizard};

const QUESTION: &str = "? How about this one?";
const REASON_PROMPT: &str = "Why does this not apply to you?";

fn lessons() -> LessonSet {
    Library::embedded().load("en").unwrap()
}

fn run(home: &std::path::Path, replies: Vec<Reply>) -> (Ending, ScriptedPrompter) {
    let mut prompter = ScriptedPrompter::new(replies);
    let journal = Journal::open(home).unwrap();
    let ending = Wizard::new(&mut prompter, journal, lessons())
        .unwrap()
        .offline(true)
        .run(Some(Step::Profiles))
        .unwrap();
    (ending, prompter)
}

fn state(home: &std::path::Path) -> LearnerState {
    LearnerState::from_events(&read(&home.join("journal.jsonl")).unwrap().events)
}

/// The answers for every LinkedIn item before `stop`: "Done", drafts skipped.
fn done_until(stop: &str) -> Vec<Reply> {
    let mut replies = vec![choose("Let's go"), tick(&["LinkedIn"])];
    for item in lessons().checklist(Platform::Linkedin) {
        if item.id == stop {
            break;
        }
        if item.draft.is_some() {
            replies.push(text(""));
        }
        replies.push(choose("Done"));
    }
    replies
}

#[test]
fn a_privacy_item_is_marked_not_applicable_with_a_reason_and_completes_the_checklist() {
    let home = tempfile::tempdir().unwrap();
    let lessons = lessons();
    let items: Vec<_> = lessons.checklist(Platform::Linkedin).cloned().collect();
    let admins = items.iter().position(|i| i.id == "page-admins").unwrap();
    assert_eq!(items[admins].kind, ItemKind::Privacy);

    let mut replies = done_until("page-admins");
    replies.extend([
        choose("Not applicable to me"),
        text(""), // changed their mind: back to the choices
        choose("Not applicable to me"),
        text(&"a".repeat(240)), // too long: refused, asked again
        text("  I do not \u{1b}[1mmanage\u{1b}[0m a page "),
    ]);
    for item in &items[admins + 1..] {
        if item.draft.is_some() {
            replies.push(text(""));
        }
        replies.push(choose("Done"));
    }
    replies.push(Reply::Pause); // the next step's opening
    let (ending, prompter) = run(home.path(), replies);
    assert_eq!(ending, Ending::Paused);
    assert_eq!(prompter.remaining(), 0, "every answer was asked for");

    let state = state(home.path());
    assert_eq!(
        state.item_status(Platform::Linkedin, "page-admins"),
        Some(ItemStatus::NotApplicable)
    );
    assert_eq!(
        state.not_applicable_reason(Platform::Linkedin, "page-admins"),
        Some("I do not manage a page")
    );
    assert_eq!(prompter.refused.len(), 1, "{:?}", prompter.refused);
    assert!(
        prompter.refused[0].contains("240 characters; 200 is the most"),
        "{}",
        prompter.refused[0]
    );
    assert!(prompter.saw("Noted, with your reason. It counts as done."));
    assert!(
        prompter.saw("Your LinkedIn checklist is complete, privacy review included."),
        "{:#?}",
        prompter.transcript
    );
    let reasons = prompter
        .transcript
        .iter()
        .filter(|t| t.starts_with(&format!("? {REASON_PROMPT}")))
        .count();
    assert_eq!(reasons, 3, "asked twice, once refused and asked again");

    // Privacy items offer "Not applicable to me" and never "Not for me"; profile items
    // the other way round.
    let questions: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|t| t.starts_with(QUESTION))
        .collect();
    // page-admins was asked twice: the empty reason went back to its choices.
    let mut asked: Vec<_> = items.iter().collect();
    asked.insert(admins, &items[admins]);
    assert_eq!(questions.len(), asked.len());
    for (question, item) in questions.iter().zip(asked) {
        let privacy = item.kind == ItemKind::Privacy;
        assert_eq!(question.contains("Not applicable to me"), privacy, "{question}");
        assert_eq!(question.contains("Not for me"), !privacy, "{question}");
    }
    assert!(
        questions[admins].contains("If one truly does not apply to you"),
        "{}",
        questions[admins]
    );

    // Next time the item counts as settled and is not asked again.
    let (_, again) = run(
        home.path(),
        vec![choose("Let's go"), tick(&["LinkedIn"]), Reply::Pause],
    );
    assert!(
        again.saw("This checklist is complete already."),
        "{:#?}",
        again.transcript
    );
}

#[test]
fn esc_and_ctrl_c_at_the_reason_stop_as_everywhere_and_record_no_reason() {
    for (quit, ending) in [
        (Reply::Pause, Ending::Paused),
        (Reply::Interrupt, Ending::Interrupted),
    ] {
        let home = tempfile::tempdir().unwrap();
        let mut replies = done_until("page-admins");
        replies.extend([choose("Not applicable to me"), quit]);
        let (end, prompter) = run(home.path(), replies);
        assert_eq!(end, ending);
        assert!(prompter.saw(REASON_PROMPT));
        let state = state(home.path());
        assert_eq!(state.item_status(Platform::Linkedin, "page-admins"), None);
        assert!(state.not_applicable.is_empty());
        assert_eq!(
            state.item_status(Platform::Linkedin, "photo"),
            Some(ItemStatus::Done),
            "what was answered before is kept"
        );
    }
}
