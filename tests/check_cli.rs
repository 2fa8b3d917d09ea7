//! `drempel check` and `drempel policy` as a learner runs them: real files, real exit
//! codes, and bad input refused with a clear message.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::Sandbox;
use predicates::prelude::*;

/// Runs `drempel` with `args`, expects exit code `code` and returns the JSON it printed.
fn check_json(sandbox: &Sandbox, args: &[&str], code: i32) -> serde_json::Value {
    let output = sandbox.cmd().args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Checks `text` as a draft in `lang` against `policy` (with the lessons in `lessons`,
/// else the bundled ones), expects exit code `code` and returns the JSON.
fn check_draft(
    sandbox: &Sandbox,
    lessons: Option<&Path>,
    lang: &str,
    policy: &Path,
    text: &str,
    code: i32,
) -> serde_json::Value {
    let file = draft(sandbox, "draft.txt", text);
    let mut args = Vec::new();
    if let Some(dir) = lessons {
        args.extend(["--lessons", arg(dir)]);
    }
    args.extend([
        "check",
        "--json",
        "--lang",
        lang,
        "--policy",
        arg(policy),
        arg(&file),
    ]);
    check_json(sandbox, &args, code)
}

fn draft(sandbox: &Sandbox, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = sandbox.path().join(name);
    fs::write(&path, text).unwrap();
    path
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

const POLICY: &str = r##"# Acme's policy
employer = "Acme Care"
products = ["CareConnect"]
disclosure_tag = "#AcmeEmployee"
confidential = ["Project Falcon"]
dos = ["Share what you learn", "Say you work here"]
donts = ["Leak"]
"##;

#[test]
fn a_kind_comment_passes_with_its_count() {
    let sandbox = Sandbox::new();
    let file = draft(
        &sandbox,
        "kind.txt",
        "Thanks for sharing this, Ada. We ran into the same problem last winter.\n",
    );
    sandbox
        .cmd()
        .args(["check", arg(&file)])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("No errors")
                .and(predicate::str::contains("71 / 1250"))
                .and(predicate::str::contains(
                    "English rules (recognised from your words)",
                )),
        )
        .stderr(predicate::str::contains("policy init"));
}

#[test]
fn venting_is_an_error_with_excerpt_explanation_and_lesson() {
    let sandbox = Sandbox::new();
    let file = draft(
        &sandbox,
        "vent.txt",
        "Good read.\nHonestly my boss is an idiot about this.",
    );
    sandbox.cmd().args(["check", arg(&file)]).assert().code(1).stdout(
        predicate::str::contains("[venting-insult]")
            .and(predicate::str::contains(
                "   2 | Honestly my boss is an idiot about this.",
            ))
            .and(predicate::str::contains("^^^^^^^^^^^^^^^^^^^"))
            .and(predicate::str::contains(
                "Why: Everything you post stays findable",
            ))
            .and(predicate::str::contains(
                "error [venting-insult] Venting: This calls",
            ))
            .and(predicate::str::contains("Fix: Take out the name-calling"))
            .and(predicate::str::contains("drempel lessons show comment"))
            .and(predicate::str::contains("1 error")),
    );
}

#[test]
fn json_is_stable_and_accepting_a_finding_keeps_it_visible() {
    let sandbox = Sandbox::new();
    let text = "Honestly my boss is an idiot. THIS IS SO IMPORTANT TO ME.";
    let file = draft(&sandbox, "vent.txt", text);
    let json = check_json(&sandbox, &["check", "--json", arg(&file)], 1);
    assert_eq!(json["version"], 1);
    assert_eq!(json["passed"], false);
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 1);
    assert_eq!(json["lang"], "en");
    assert_eq!(json["lang_choice"], "guessed");
    assert_eq!(json["platform"], "linkedin");
    assert_eq!(json["count"]["limit"], 1250);
    let first = &json["findings"][0];
    assert_eq!(first["rule"], "venting-insult");
    assert_eq!(first["kind"], "venting");
    assert_eq!(json["findings"][1]["kind"], "shouting");
    assert!(first["fix"].as_str().unwrap().contains("your manager"));
    assert_eq!(first["level"], "error");
    assert_eq!(first["lesson"], "comment");
    assert_eq!(first["accepted"], serde_json::Value::Null);
    let (start, end) = (
        first["span"]["start"].as_u64().unwrap() as usize,
        first["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "my boss is an idiot");
    assert_eq!(first["excerpt"], "my boss is an idiot");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(1), Some(10))
    );

    let output = sandbox
        .cmd()
        .args([
            "check",
            "--json",
            "--accept",
            "venting-insult=quoting a film, not my manager",
            arg(&file),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "accepted errors no longer block");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["passed"], true);
    assert_eq!(json["errors"], 0);
    assert_eq!(
        json["findings"][0]["accepted"]["reason"],
        "quoting a film, not my manager"
    );

    sandbox
        .cmd()
        .args(["check", "--accept", "no-such-rule=because", arg(&file)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"no-such-rule\"").and(predicate::str::contains("venting-insult")));
    sandbox
        .cmd()
        .args(["check", "--accept", "shouting", arg(&file)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("RULE=REASON"));
}

#[test]
fn bad_drafts_are_refused_with_exit_2() {
    let sandbox = Sandbox::new();
    let empty = draft(&sandbox, "empty.txt", " \n\t\n");
    sandbox
        .cmd()
        .args(["check", arg(&empty)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.txt is empty"));
    sandbox
        .cmd()
        .arg("check")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("from standard input is empty"));
    let binary = draft(&sandbox, "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    sandbox
        .cmd()
        .args(["check", arg(&binary)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a NUL byte at byte 8").and(predicate::str::contains("plain text")));
    let latin1 = draft(&sandbox, "latin1.txt", b"caf\xe9 au lait");
    sandbox
        .cmd()
        .args(["check", arg(&latin1)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not valid UTF-8 at byte 3"));
    sandbox
        .cmd()
        .args(["check", "missing.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Could not read the draft missing.txt"));
    sandbox
        .cmd()
        .args(["check", "--platform", "myspace", "-"])
        .write_stdin("Hello there, nice post")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "linkedin, x, facebook, xing, mastodon, bluesky",
        ));
    assert!(!sandbox.journal().exists(), "checking records nothing");
}

/// A learner who chose Dutch in the welcome step.
fn dutch_learner(sandbox: &Sandbox) {
    fs::create_dir_all(sandbox.learner_dir("me")).unwrap();
    fs::write(
        sandbox.journal(),
        "{\"v\":1,\"id\":\"e1\",\"at\":\"2024-05-01T09:00:00Z\",\"kind\":\"learner.welcomed\",\"data\":{\"name\":\"Ada\",\"language\":\"nl\"}}\n",
    )
    .unwrap();
}

#[test]
fn bad_input_on_standard_input_is_refused_in_the_learners_language() {
    let sandbox = Sandbox::new();
    dutch_learner(&sandbox);
    let journal = fs::read(sandbox.journal()).unwrap();
    for (input, says) in [
        (&b" \n\t \r\n"[..], "is leeg"),
        (&b"Mooi stuk\x00\x01\x02"[..], "een NUL-byte bij byte 9"),
        (&b"Mooi stuk, caf\xe9"[..], "geen geldige UTF-8 bij byte 14"),
    ] {
        sandbox
            .cmd()
            .args(["check", "-"])
            .write_stdin(input)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(says).and(predicate::str::contains("panicked").not()));
    }
    // Only a byte-order mark and white space is empty too.
    sandbox
        .cmd()
        .args(["check", "-"])
        .write_stdin("\u{feff}  \n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is leeg"));
    assert_eq!(fs::read(sandbox.journal()).unwrap(), journal, "nothing written");
}

#[test]
fn a_huge_draft_is_refused_at_once_and_a_long_one_is_checked() {
    let sandbox = Sandbox::new();
    // Ten megabytes of ordinary text, from a file and from standard input.
    let line = "Thanks for sharing this, we ran into the same problem last winter.\n";
    let huge = line.repeat(10 * 1024 * 1024 / line.len() + 1);
    let file = draft(&sandbox, "book.txt", &huge);
    sandbox
        .cmd()
        .args(["check", arg(&file)])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("book.txt is larger than 256 KB")
                .and(predicate::str::contains("the file you meant")),
        );
    sandbox
        .cmd()
        .args(["check", "-"])
        .write_stdin(huge.clone())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "from standard input is larger than 256 KB",
        ));
    sandbox
        .cmd()
        .args(["--lang", "de", "check", arg(&file)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ist größer als 256 KB"));

    // Just under the cap: checked in full, too long for every platform, with the place
    // where the limit is passed.
    let long = line.repeat(200 * 1024 / line.len());
    let file = draft(&sandbox, "long.txt", &long);
    let json = check_json(&sandbox, &["check", "--json", arg(&file)], 1);
    assert_eq!(json["count"]["over"], true);
    assert_eq!(json["findings"][0]["rule"], "too-long");
    assert_eq!(
        json["findings"][0]["line"], 19,
        "1250 characters fill 18 lines and a bit"
    );
}

#[test]
fn a_mixed_language_draft_is_checked_in_each_of_its_languages() {
    let sandbox = Sandbox::new();
    let text = "Thanks for sharing this, it was really useful for our team and for me.\n\
                Eerlijk gezegd is mijn baas een idioot, maar dat weet iedereen hier wel.";
    let file = draft(&sandbox, "mixed.txt", text);
    let output = sandbox
        .cmd()
        .args(["check", "--json", arg(&file)])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "the Dutch insult is not missed");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["lang"], "en");
    assert_eq!(json["also_checked"], serde_json::json!(["nl"]));
    let insult = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["level"] == "error")
        .unwrap();
    assert_eq!(insult["rule"], "venting-insult");
    assert_eq!(insult["line"], 2);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("Part of this draft is in Dutch"), "{stderr}");
    assert!(stderr.contains("--lang"), "{stderr}");

    // The learner's language says it; an accepted finding of the other language's rules
    // is accepted like any other.
    dutch_learner(&sandbox);
    sandbox
        .cmd()
        .args(["check", "--accept", "venting-insult=een citaat", arg(&file)])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "Een deel van deze tekst is in het Nederlands",
        ));

    // One language chosen: only its rules.
    let output = sandbox
        .cmd()
        .args(["--lang", "en", "check", "--json", arg(&file)])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["also_checked"], serde_json::json!([]));
    assert_eq!(json["passed"], true);
}

#[test]
fn the_draft_language_picks_the_rules_and_lang_overrides() {
    let sandbox = Sandbox::new();
    let dutch = "Eerlijk gezegd is mijn baas een idioot, maar dit stuk klopt wel.";
    let output = sandbox
        .cmd()
        .args(["check", "--json"])
        .write_stdin(dutch)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["lang"], "nl");
    assert_eq!(json["draft"], "-");
    assert!(
        json["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("scheld")
    );

    let output = sandbox
        .cmd()
        .args(["--lang", "en", "check", "--json", "-"])
        .write_stdin(dutch)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["lang"], "en");
    assert_eq!(json["lang_choice"], "chosen");
    assert_eq!(json["passed"], true, "English rules do not know Dutch insults");

    let output = sandbox
        .cmd()
        .args(["check", "--json"])
        .env("DREMPEL_LANG", "de")
        .write_stdin(dutch)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["lang"], "de", "DREMPEL_LANG chooses too");

    // Too short to tell: the learner's own language, from the welcome step.
    fs::create_dir_all(sandbox.learner_dir("me")).unwrap();
    fs::write(
        sandbox.journal(),
        "{\"v\":1,\"id\":\"e1\",\"at\":\"2024-05-01T09:00:00Z\",\"kind\":\"learner.welcomed\",\"data\":{\"name\":\"Ada\",\"language\":\"nl\"}}\n",
    )
    .unwrap();
    let output = sandbox
        .cmd()
        .args(["check", "--json"])
        .write_stdin("Top!")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        (json["lang"].as_str(), json["lang_choice"].as_str()),
        (Some("nl"), Some("fallback"))
    );
}

#[test]
fn length_is_counted_the_platform_s_way() {
    let sandbox = Sandbox::new();
    let cjk = "字".repeat(141);
    sandbox
        .cmd()
        .args(["check", "--platform", "x", "-"])
        .write_stdin(cjk.clone())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[too-long]").and(predicate::str::contains("282 / 280")));
    sandbox
        .cmd()
        .args(["check", "--platform", "bluesky", "-"])
        .write_stdin(cjk)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("141 / 300"));
    let headline = "Nurse, team lead and trainer in home care, helping colleagues learn new tools".repeat(2);
    sandbox
        .cmd()
        .args(["check", "--platform", "xing", "--kind", "headline", "-"])
        .write_stdin(headline)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("/ 100"));
}

#[test]
fn policy_init_show_and_set() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["policy", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No organisation policy yet"));

    // A welcome that named the organisation fills in the employer; nothing is asked.
    fs::create_dir_all(sandbox.learner_dir("me")).unwrap();
    fs::write(
        sandbox.journal(),
        "{\"v\":1,\"id\":\"e1\",\"at\":\"2024-05-01T09:00:00Z\",\"kind\":\"learner.welcomed\",\"data\":{\"name\":\"Ada\",\"organisation\":\"Acme Care\"}}\n",
    )
    .unwrap();
    sandbox.cmd().args(["policy", "init"]).assert().success().stdout(
        predicate::str::contains("Employer: Acme Care")
            .and(predicate::str::contains("Disclosure: I work at"))
            .and(predicate::str::contains("open "))
            .and(predicate::str::contains("policy.toml")),
    );
    let stored = sandbox.learner_dir("me").join("policy.toml");
    let text = fs::read_to_string(&stored).unwrap();
    assert!(text.contains("employer = \"Acme Care\""));
    assert!(
        text.contains("# Your employer's name"),
        "comments say what to edit"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(&stored).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let shown = sandbox.json(&["policy", "show", "--json"]);
    let policy = &shown["policy"];
    assert!(
        policy["dos"].as_array().unwrap().len() > policy["donts"].as_array().unwrap().len(),
        "the default encourages more than it forbids"
    );
    sandbox
        .cmd()
        .args(["policy", "init"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already a policy").and(predicate::str::contains("--force")));

    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    assert!(journal.contains("\"kind\":\"policy.set\""), "{journal}");
    assert!(journal.contains("\"source\":\"init\""));

    // A file with a TOML error on line 4 is named with the line, and nothing changes.
    let bad = draft(
        &sandbox,
        "bad-policy.toml",
        "employer = \"Acme Care\"\ndisclosure_tag = \"#a\"\n\nproducts = [\"CareConnect\" \"Planner\"]\n",
    );
    sandbox
        .cmd()
        .args(["policy", "set", arg(&bad)])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!("{}:4", bad.display()))
                .and(predicate::str::contains("nothing was stored")),
        );
    assert_eq!(
        fs::read_to_string(&stored).unwrap(),
        text,
        "the stored policy is untouched"
    );
    assert_eq!(
        fs::read_to_string(sandbox.journal()).unwrap(),
        journal,
        "nothing recorded"
    );

    let good = draft(&sandbox, "acme.toml", POLICY);
    sandbox
        .cmd()
        .args(["policy", "set", arg(&good)])
        .assert()
        .success()
        .stdout(predicate::str::contains("Confidential: Project Falcon"));
    assert_eq!(
        fs::read_to_string(&stored).unwrap(),
        POLICY,
        "copied as written, comments too"
    );
    let journal = fs::read_to_string(sandbox.journal()).unwrap();
    assert_eq!(journal.matches("\"kind\":\"policy.set\"").count(), 2);
    assert!(journal.contains("acme.toml"));
}

#[test]
fn the_stored_or_given_policy_drives_disclosure_and_confidentiality() {
    let sandbox = Sandbox::new();
    let good = draft(&sandbox, "acme.toml", POLICY);
    sandbox.run_ok(&["policy", "set", arg(&good)]);
    let praise = "CareConnect is the best tool for home care I know.";
    let output = sandbox
        .cmd()
        .args(["check", "--json"])
        .write_stdin(praise)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "undisclosed-praise");
    assert_eq!(finding["kind"], "praise");
    assert_eq!(finding["kind_name"], "Praise without saying you work there");
    assert_eq!(
        finding["fix"],
        "Add \"I work at Acme Care\" or #AcmeEmployee at the start of your comment."
    );
    assert!(finding["why"].as_str().unwrap().contains("right to know"));

    // A Dutch learner reads the kind, the reason and the fix in Dutch, also for an
    // English draft checked with the English rules.
    dutch_learner(&sandbox);
    sandbox
        .cmd()
        .arg("check")
        .write_stdin(praise)
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("[undisclosed-praise] Lof zonder te zeggen dat je er werkt: You praise")
                .and(predicate::str::contains(
                    "Zo los je het op: Zet \"Ik werk bij Acme Care\" of #AcmeEmployee aan het begin",
                )),
        );
    sandbox
        .cmd()
        .arg("check")
        .write_stdin(format!("{praise} #AcmeEmployee"))
        .assert()
        .code(0);
    sandbox
        .cmd()
        .arg("check")
        .write_stdin("Looking forward to what Project Falcon brings next year.")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[confidential-term]"));

    // --policy FILE replaces the stored one for this check only.
    let other = draft(
        &sandbox,
        "other.toml",
        "employer = \"Other Corp\"\ndisclosure_tag = \"#other\"\n",
    );
    sandbox
        .cmd()
        .args(["check", "--policy", arg(&other), "-"])
        .write_stdin(praise)
        .assert()
        .code(0);
    let bad = draft(&sandbox, "bad.toml", "employer = \"X\"\nemployee = true\n");
    sandbox
        .cmd()
        .args(["check", "--policy", arg(&bad), "-"])
        .write_stdin(praise)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!("{}:2", bad.display()))
                .and(predicate::str::contains("employee")),
        );
}

/// A disclosure a reader reaches only long after the praise is one they never read: a
/// warning that says to move it, where the same words right after the praise pass.
#[test]
fn a_disclosure_at_the_end_of_a_long_comment_is_buried() {
    let sandbox = Sandbox::new();
    let policy = draft(&sandbox, "acme.toml", POLICY);
    let praise = "CareConnect is the best tool for home care I know.";
    let story = " Last winter my aunt needed help at home every morning, and the nurses \
                 came on time, rang ahead when they were running late, kept her daughter \
                 in the loop and noted every change in her routine, and they did it for \
                 months without one missed visit.";
    let disclosure = " (I work at Acme Care.)";
    let near = draft(&sandbox, "near.txt", format!("{praise}{disclosure}{story}"));
    let json = check_json(
        &sandbox,
        &["check", "--json", "--policy", arg(&policy), arg(&near)],
        0,
    );
    assert_eq!(json["findings"], serde_json::json!([]), "{json}");
    let far = draft(&sandbox, "far.txt", format!("{praise}{story}{disclosure}"));
    let json = check_json(
        &sandbox,
        &["check", "--json", "--policy", arg(&policy), arg(&far)],
        0,
    );
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "disclosure-buried", "{json}");
    assert_eq!(finding["level"], "warning");
    assert_eq!(
        finding["fix"],
        "Move \"I work at Acme Care\" or #AcmeEmployee to the start, before the praise."
    );
}

/// A writer who says they work there in words no phrase lists ("nine years on the
/// helpdesk here") is not hiding it, but a skimming reader may miss it: the learned
/// disclosure scorer makes the praise a warning that asks for it plainly, in the
/// learner's language, where the same praise alone is an error.
#[test]
fn a_disclosure_in_words_no_list_has_is_a_warning_that_asks_for_it_plainly() {
    let sandbox = Sandbox::new();
    let policy = draft(&sandbox, "acme.toml", POLICY);
    let cases = [
        (
            "en",
            "Nine years on the helpdesk here, so take this as you will: ",
            "CareConnect is the best app for home care.",
            "Say it plainly at the start: \"I work at Acme Care\" or #AcmeEmployee.",
        ),
        (
            "de",
            "Seit neun Jahren im Kundendienst hier, nehmt es also, wie ihr wollt: ",
            "CareConnect ist die beste App für die Pflege zu Hause.",
            "Sagen Sie es gleich am Anfang klar: „Ich arbeite bei Acme Care“ oder #AcmeEmployee.",
        ),
    ];
    for (lang, aside, praise, fix) in cases {
        let check = |text: String, code: i32| check_draft(&sandbox, None, lang, &policy, &text, code);
        let json = check(praise.to_owned(), 1);
        assert_eq!(json["findings"][0]["rule"], "undisclosed-praise", "{json}");
        let json = check(format!("{aside}{praise}"), 0);
        let findings = json["findings"].as_array().expect("findings");
        assert_eq!(findings.len(), 1, "{json}");
        assert_eq!(findings[0]["rule"], "disclosure-unclear", "{json}");
        assert_eq!(findings[0]["level"], "warning");
        assert_eq!(findings[0]["excerpt"], "CareConnect");
        assert_eq!(findings[0]["fix"], fix);
    }
}

/// A kind draft a rule misreads ("à suivre de près" about the town's project, not
/// the employer's news) is blocked by the rules and the concern scorers alone; the
/// learned reader of kind drafts makes it a warning the learner weighs. A kind opener
/// does not vouch for praise of the employer after it, nor for an insult.
#[test]
fn a_draft_the_kind_reader_vouches_for_is_warned_not_blocked() {
    let sandbox = Sandbox::new();
    let policy = draft(&sandbox, "acme.toml", POLICY);
    let check = |lessons: Option<&Path>, lang: &str, text: &str, code: i32| {
        check_draft(&sandbox, lessons, lang, &policy, text, code)
    };
    let levels = |json: &serde_json::Value| -> Vec<(String, String)> {
        let findings = json["findings"].as_array().expect("findings");
        findings
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["level"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let kind = "Belle initiative de la mairie de Roubaix, qui paie le permis de vingt jeunes \
                aidants. À suivre de près !";
    let json = check(None, "fr", kind, 0);
    assert_eq!(
        levels(&json),
        [("leak-hint".to_owned(), "warning".to_owned())],
        "{json}"
    );

    // The same lessons without the kind reader: the rule's finding is an error.
    let (dir, fr) = trainer_folder(&sandbox, "fr", &["md", "toml", "json"]);
    let model_file = fr.join("model.json");
    let mut model: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&model_file).unwrap()).unwrap();
    let scorers = model["scorers"].as_array_mut().unwrap();
    let before = scorers.len();
    scorers.retain(|s| s.get("vouches").is_none());
    assert_eq!(scorers.len(), before - 1, "the French model has one kind reader");
    fs::write(&model_file, model.to_string()).unwrap();
    let json = check(Some(&dir), "fr", kind, 1);
    assert_eq!(
        levels(&json),
        [("leak-hint".to_owned(), "error".to_owned())],
        "{json}"
    );

    for (lang, text) in [
        ("en", "Amazing article! And CareConnect is excellent at this."),
        (
            "en",
            "My manager is an idiot, but this post about onboarding is spot on.",
        ),
        (
            "nl",
            "Wat een mooi artikel, dank je! CareConnect doet dit trouwens het allerbeste.",
        ),
    ] {
        let json = check(None, lang, text, 1);
        assert!(
            levels(&json).iter().any(|(_, level)| level == "error"),
            "{lang}: {text}: {json}"
        );
    }
}

/// A trainer's lessons folder in the sandbox with the bundled files of `lang` of these
/// extensions; returns the folder and its `lang` folder.
fn trainer_folder(sandbox: &Sandbox, lang: &str, extensions: &[&str]) -> (PathBuf, PathBuf) {
    let dir = sandbox.path().join("trainer");
    let into = dir.join(lang);
    fs::create_dir_all(&into).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons").join(lang);
    for entry in fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            fs::copy(&path, into.join(path.file_name().unwrap())).unwrap();
        }
    }
    (dir, into)
}

#[test]
fn lessons_check_names_a_broken_rule_file_and_line() {
    let sandbox = Sandbox::new();
    let (dir, en) = trainer_folder(&sandbox, "en", &["md"]);
    sandbox.run_ok(&["lessons", "check", arg(&dir)]);
    fs::write(
        en.join("rules.toml"),
        "[[rule]]\nid = \"no-jargon\"\nkind = \"existence\"\nlevel = \"warning\"\nlesson = \"comment\"\n\
         message = \"Jargon: {match}\"\nexplanation = \"Say it plainly.\"\ntokens = [\"synergy\"]\n\
         must_flag = [\"Great synergy here\"]\nmust_pass = [\"Synergy is great\"]\n\n\
         [[rule]]\nid = \"broken\"\nkind = \"existence\"\nlevel = \"error\"\nlesson = \"nowhere\"\n\
         message = \"m\"\nexplanation = \"e\"\npatterns = [\"(unclosed\"]\n",
    )
    .unwrap();
    let rules = en.join("rules.toml");
    sandbox
        .cmd()
        .args(["lessons", "check", arg(&dir)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:12: broken: the pattern (unclosed is not a valid regular expression",
            rules.display()
        )));
    let text = fs::read_to_string(&rules).unwrap().replace("(unclosed", "closed");
    fs::write(&rules, text).unwrap();
    sandbox
        .cmd()
        .args(["lessons", "check", arg(&dir)])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!(
                "{}:1: rule \"no-jargon\" flags this example but should not: Synergy is great",
                rules.display()
            ))
            .and(predicate::str::contains(format!(
                "{}:12: rule \"broken\" links to lesson \"nowhere\"",
                rules.display()
            )))
            .and(predicate::str::contains(
                "rule \"broken\" needs at least one must_flag",
            )),
        );
    // The trainer's rules are the ones `check` uses.
    fs::write(
        &rules,
        "[[rule]]\nid = \"no-jargon\"\nkind = \"existence\"\nlevel = \"error\"\nlesson = \"comment\"\n\
         message = \"Jargon: {match}\"\nexplanation = \"Say it plainly.\"\ntokens = [\"synergy\"]\n\
         must_flag = [\"Great synergy here\"]\nmust_pass = [\"Great teamwork\"]\n",
    )
    .unwrap();
    sandbox.run_ok(&["lessons", "check", arg(&dir)]);
    sandbox
        .cmd()
        .args(["--lessons", arg(&dir), "check", "-"])
        .write_stdin("What a synergy between the teams, thanks for sharing.")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("[no-jargon] Jargon: synergy"));
}

/// A trainer's scorers (`model.json` beside their rules) are checked like the rules: a
/// file that does not parse or a scorer that speaks as a missing rule is named, and
/// `check` refuses to run with a broken one rather than quietly checking without it.
#[test]
fn a_trainers_broken_scorers_file_is_named() {
    let sandbox = Sandbox::new();
    let (dir, en) = trainer_folder(&sandbox, "en", &["md", "toml"]);
    let model = en.join("model.json");
    fs::write(&model, "{\"lang\": \"en\", \"scorers\": [").unwrap();
    sandbox
        .cmd()
        .args(["lessons", "check", arg(&dir)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}: the scorers file cannot be read: EOF",
            model.display()
        )));
    sandbox
        .cmd()
        .args(["--lessons", arg(&dir), "check", "--lang", "en", "-"])
        .write_stdin("Thanks for sharing.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the scorers file cannot be read"));
    // A rule this language lacks; another language's file.
    for (lang, rule, problem) in [
        (
            "en",
            "no-such-rule",
            "the scorer for venting speaks as the rule \"no-such-rule\", which this language's rules do not have",
        ),
        (
            "nl",
            "venting-aimed",
            "the scorers file was trained for the language \"nl\", but it sits with the rules for \"en\"",
        ),
    ] {
        let scorers = format!(
            r#"{{"lang": "{lang}", "trained_on": [], "scorers": [{{"concern": "venting",
                "rule": "{rule}", "bias": 0.0, "threshold": 0.5, "weights": {{}}}}]}}"#
        );
        fs::write(&model, scorers).unwrap();
        sandbox
            .cmd()
            .args(["lessons", "check", arg(&dir)])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(problem));
    }
}

/// The default policy of each language asks for a disclosure in its own words, at the
/// start of the praise: a draft that says it passes, the same praise without it does not.
#[test]
fn the_default_policy_speaks_the_learners_language() {
    for (lang, disclosure, comment, praise) in [
        (
            "nl",
            "Ik werk bij",
            "# De naam van je werkgever",
            "Acme Care levert geweldig werk, een aanrader.",
        ),
        (
            "de",
            "Ich arbeite bei",
            "# Der Name Ihres Arbeitgebers",
            "Acme Care leistet hervorragende Arbeit, sehr zu empfehlen.",
        ),
        (
            "fr",
            "Je travaille chez",
            "# Le nom de votre employeur",
            "Acme Care fait un travail remarquable, je recommande.",
        ),
    ] {
        let sandbox = Sandbox::new();
        fs::create_dir_all(sandbox.learner_dir("me")).unwrap();
        fs::write(
            sandbox.journal(),
            "{\"v\":1,\"id\":\"e1\",\"at\":\"2024-05-01T09:00:00Z\",\"kind\":\"learner.welcomed\",\"data\":{\"name\":\"Ada\",\"organisation\":\"Acme Care\"}}\n",
        )
        .unwrap();
        sandbox
            .cmd()
            .args(["--lang", lang, "policy", "init"])
            .assert()
            .success();
        let text = fs::read_to_string(sandbox.learner_dir("me").join("policy.toml")).unwrap();
        assert!(text.contains(comment), "{lang}: {text}");
        assert!(text.contains("employer = \"Acme Care\""), "{lang}");
        assert!(
            text.contains(&format!("disclosure_tag = \"{disclosure}\"")),
            "{lang}: {text}"
        );
        assert!(!text.contains("#iwork"), "{lang}");
        let shown = sandbox.json(&["policy", "show", "--json"]);
        let policy = &shown["policy"];
        assert_eq!(policy["disclosure_tag"], disclosure, "{lang}");
        assert!(
            policy["dos"].as_array().unwrap().len() > policy["donts"].as_array().unwrap().len(),
            "{lang}: the default encourages more than it forbids"
        );

        let hidden = draft(&sandbox, "hidden.txt", praise);
        sandbox
            .cmd()
            .args(["--lang", lang, "check", "--platform", "linkedin", arg(&hidden)])
            .assert()
            .code(1)
            .stdout(predicate::str::contains("undisclosed-praise"));
        let open = draft(&sandbox, "open.txt", format!("{disclosure} Acme Care. {praise}"));
        sandbox
            .cmd()
            .args(["--lang", lang, "check", "--platform", "linkedin", arg(&open)])
            .assert()
            .success();
    }
}
