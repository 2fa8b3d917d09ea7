//! Pseudo-localisation: with `DREMPEL_PSEUDO_LOCALE=1` every sentence from the catalog
//! (and every lesson) comes out in look-alike letters. Any run of plain English words left
//! in what drempel shows is a sentence that did not come from the catalog, so it would
//! stay English for a Dutch, German or French learner. Content that is data in the
//! learner's language (feed items, keyword packs, check rules) and what the learner typed
//! are the only plain words allowed.

mod common;

use std::sync::OnceLock;

use common::Sandbox;
use drempel::journal::Journal;
use drempel::lessons::Library;
use drempel::wizard::Wizard;
use drempel::wizard::scripted::{Reply, ScriptedPrompter, choose, text, tick};
use regex::Regex;

/// Plain-letter text that is data, not drempel's own sentences: the English content files
/// and what the scripts below type.
fn allowed() -> &'static str {
    static ALLOWED: OnceLock<String> = OnceLock::new();
    ALLOWED.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut corpus = TYPED.join("\n");
        let mut stack = vec![root.join("lessons/en"), root.join("keywords/en")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e != "md") {
                    corpus.push('\n');
                    corpus.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        // Feed descriptions carry HTML.
        let corpus = Regex::new(r"<[^>]*>").unwrap().replace_all(&corpus, " ");
        corpus
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

/// What the scripts type, which drempel may echo.
const TYPED: &[&str] = &[
    "Ada Lovelace",
    "nurses in the region",
    "I want to find colleagues",
    "Project Northern Light",
    "Thank you for sharing this. How long did the buddy programme take to set up?",
    "ask about the buddy programme",
    "Recruiters in care",
    "Zorggroep Noord",
    "job fair",
    "not a url",
];

/// Names that are the same in every language: they never make a run of English.
const NAMES: &[&str] = &[
    "drempel", "LinkedIn", "Facebook", "XING", "Mastodon", "Bluesky", "Google", "News", "Alerts", "OPML",
    "RSS", "Atom", "JSON", "HTML", "Markdown",
];

/// Whether `piece` is data: in the corpus as it is, or two pieces of it side by side (two
/// columns of a table on one line).
fn is_data(piece: &str, allowed: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    allowed.contains(piece)
        || (1..words.len())
            .any(|at| allowed.contains(&words[..at].join(" ")) && allowed.contains(&words[at..].join(" ")))
}

/// Every run of three or more plain English words that is not data: a word is a token of
/// ASCII letters (an apostrophe and trailing punctuation allowed); ids, numbers, paths,
/// addresses and names break a run.
fn english_in(output: &str) -> Vec<String> {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"^[A-Za-z]+(?:'[a-z]+)?[,.:;!?]?$").unwrap());
    let allowed = allowed();
    let mut found = Vec::new();
    for line in output.lines() {
        let mut run: Vec<&str> = Vec::new();
        // After "drempel" come a command's words, typed as they are in every language.
        let mut in_command = false;
        let tokens = line.split_whitespace().chain(std::iter::once("|"));
        for token in tokens {
            let bare_token = token.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\'');
            if bare_token == "drempel" {
                in_command = true;
            }
            let is_word = word.is_match(token)
                && !NAMES.contains(&token.trim_end_matches([',', '.', ':', ';', '!', '?']));
            if is_word && in_command {
                continue;
            }
            if is_word {
                run.push(token);
                continue;
            }
            if bare_token != "drempel" {
                in_command = false;
            }
            if run.len() >= 3 {
                let text = run.join(" ");
                let bare = text
                    .trim_end_matches([',', '.', ':', ';', '!', '?'])
                    .to_lowercase();
                // A list of values or ids (auto, always, never) is typed as it is.
                let is_list = run[..run.len() - 1].iter().all(|t| t.ends_with(','))
                    && run
                        .iter()
                        .all(|t| t.chars().all(|c| c.is_ascii_lowercase() || ",.;".contains(c)));
                // Two columns side by side put two texts on one line: each sentence piece
                // is looked up on its own.
                let foreign = bare
                    .split(['.', ';', ':', '?', '!'])
                    .map(str::trim)
                    .filter(|piece| piece.split_whitespace().count() >= 3)
                    .any(|piece| !is_data(piece, allowed));
                if !is_list && foreign {
                    found.push(text);
                }
            }
            run.clear();
        }
    }
    found
}

fn pseudo(sandbox: &Sandbox, args: &[&str]) -> (String, Option<i32>) {
    let output = sandbox
        .cmd()
        .env("DREMPEL_PSEUDO_LOCALE", "1")
        .env("COLUMNS", "400")
        .args(args)
        .output()
        .unwrap();
    let all = format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (all, output.status.code())
}

#[test]
fn every_command_speaks_only_from_the_catalog() {
    let sandbox = Sandbox::new();
    let draft = sandbox.path().join("draft.txt");
    std::fs::write(
        &draft,
        "Thank you for sharing this. How long did the buddy programme take to set up?",
    )
    .unwrap();
    let draft = draft.to_str().unwrap().to_owned();
    let report = sandbox.path().join("report.html");
    let report = report.to_str().unwrap().to_owned();
    let export = sandbox.path().join("export.json");
    let export = export.to_str().unwrap().to_owned();
    let mut steps: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["progress"],
        vec!["progress", "--json"],
        vec!["lessons", "list"],
        vec!["lessons", "show", "profiles"],
        vec!["lessons", "show", "nope"],
        vec![
            "strategy",
            "set",
            "--goal",
            "recruitment",
            "--audience",
            "nurses in the region",
        ],
        vec!["strategy", "show"],
        vec!["profile"],
        vec!["profile", "linkedin"],
        vec!["profile", "linkedin", "done", "photo"],
        vec!["profile", "linkedin", "done", "nope"],
        vec!["keywords", "suggest"],
        vec!["keywords", "add", "\"job fair\""],
        vec!["keywords", "add", "vacancy OR vacancies"],
        vec!["keywords", "list"],
        vec!["keywords", "test", "A job fair in the region"],
        vec![
            "feeds",
            "add",
            "https://practice.drempel.invalid/en/people-at-work.xml",
        ],
        vec!["feeds", "add", "not a url"],
        vec!["feeds", "list"],
        vec!["--offline", "scan"],
        vec!["inbox"],
        vec!["groups", "suggest"],
        vec!["groups", "add", "Recruiters in care", "--platform", "linkedin"],
        vec!["groups", "list"],
        vec!["policy", "show"],
        vec!["check", "--platform", "linkedin", &draft],
        vec![
            "comment",
            "record",
            "--url",
            "https://www.linkedin.com/feed/update/1/",
            "--platform",
            "linkedin",
            "--draft",
            &draft,
        ],
        vec![
            "post",
            "record",
            "--url",
            "https://example.org/blog/1",
            "--platform",
            "linkedin",
            "--kind",
            "blog",
        ],
        vec!["coach", "note", "Ada", "Lovelace"],
        vec!["coach", "plan", "Ada", "Lovelace", "--due", "2031-01-01"],
        vec!["coach", "list"],
        vec!["coach", "done", "abc"],
        vec!["report"],
        vec!["report", "--format", "html", "--out", &report],
        vec!["export", "--yes", "--out", &export],
        vec!["cohort", &export],
        vec!["doctor"],
        vec!["reset", "--step", "comment", "--yes"],
        vec!["no-such-command"],
        vec!["--lang", "xx", "progress"],
    ];
    for command in [
        "progress", "lessons", "keywords", "feeds", "scan", "check", "report", "cohort",
    ] {
        steps.push(vec![command, "--help"]);
    }
    let mut english = Vec::new();
    for args in &steps {
        let (output, _) = pseudo(&sandbox, args);
        for run in english_in(&output) {
            english.push(format!("drempel {}: {run:?}", args.join(" ")));
        }
    }
    let html = std::fs::read_to_string(&report).unwrap();
    let body = html.split("</style>").last().unwrap_or_default();
    let body = Regex::new(r"<[^>]*>|&[a-z]+;").unwrap().replace_all(body, " \n ");
    for run in english_in(&body) {
        english.push(format!("report.html: {run:?}"));
    }
    assert!(
        english.is_empty(),
        "{} English runs that did not come from the catalog:\n{}",
        english.len(),
        english.join("\n")
    );
}

#[test]
fn the_whole_first_session_speaks_only_from_the_catalog() {
    drempel::messages::enable_pseudo();
    let home = tempfile::tempdir().unwrap();
    let lessons = Library::embedded().load("en").unwrap();
    let mut replies: Vec<Reply> = vec![
        choose("Let's go"),
        text("Ada Lovelace"),
        text(""),
        text("Zorggroep Noord"),
        choose("English"),
        choose("Let's go"),
        tick(&["recruitment"]),
        text("nurses in the region"),
        text("I want to find colleagues"),
        text(""),
        text(""),
        text(""),
        text("Project Northern Light"),
        choose("Let's go"),
        tick(&["LinkedIn"]),
    ];
    for item in lessons.checklist(drempel::platform::Platform::Linkedin) {
        if item.draft.is_some() {
            replies.push(text(""));
        }
        replies.push(choose("Done"));
    }
    replies.extend([
        choose("Let's go"),
        Reply::Keep,
        text(""),
        choose("practice feeds"),
        choose("No, scan now"),
        Reply::Pause,
    ]);
    let mut shown = String::new();
    let mut session = |replies: Vec<Reply>, lessons| {
        let mut prompter = ScriptedPrompter::new(replies);
        let journal = Journal::open(home.path()).unwrap();
        Wizard::new(&mut prompter, journal, lessons)
            .unwrap()
            .offline(true)
            .run(None)
            .unwrap();
        for part in [
            prompter.transcript.join("\n"),
            prompter.printed.stdout(),
            prompter.printed.stderr(),
        ] {
            shown.push_str(&part);
            shown.push('\n');
        }
        prompter.remaining()
    };
    assert_eq!(session(replies, lessons.clone()), 0);
    // The second part knows how many items the scan brought in.
    let inbox = std::fs::read_to_string(home.path().join("inbox.json")).unwrap();
    let inbox: serde_json::Value = serde_json::from_str(&inbox).unwrap();
    let found = inbox["items"].as_array().unwrap().len();
    let mut replies = vec![
        choose("Let's go"),
        choose("Respond to it"),
        text("ask about the buddy programme"),
    ];
    replies.extend((1..found).map(|_| choose("Skip")));
    replies.extend([
        choose("Let's go"),
        choose("I joined"),
        text("Recruiters in care"),
        text("https://www.linkedin.com/groups/4242"),
        choose("That is enough"),
        choose("Let's go"),
        choose("A discussion in"),
        choose("Ask a good question"),
        choose("Type it here"),
        text("Thank you for sharing this. How long did the buddy programme take to set up?"),
        choose("Yes"),
        text("https://www.linkedin.com/feed/update/urn:li:activity:1234/"),
        choose("Let's go"),
        choose("Start a discussion in"),
        text(""),
        text(""),
        choose("Friday"),
        choose("No, thank you"),
        choose("Yes"),
        choose("Not now"),
    ]);
    assert_eq!(
        session(replies, lessons),
        0,
        "the script ran to the end:\n{shown}"
    );
    assert!(
        shown.contains(&drempel::messages::pseudo("Respond to it")),
        "the script reached the reading step:\n{shown}"
    );
    let english = english_in(&shown);
    assert!(
        english.is_empty(),
        "{} English runs in the wizard that did not come from the catalog:\n{}",
        english.len(),
        english.join("\n")
    );
}
