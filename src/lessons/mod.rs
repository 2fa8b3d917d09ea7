//! Lessons are data: Markdown files with TOML front matter under `lessons/<lang>/`,
//! embedded in the binary and overridable from a folder (`--lessons DIR`).

mod check;
mod load;
mod markdown;

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Language;
use crate::platform::Platform;
use crate::step::Step;

pub use check::check;
pub(crate) use load::EMBEDDED;
pub use load::Library;
pub(crate) use load::SourceFile;

/// The language every other language is checked against, and falls back to.
pub const BASE_LANGUAGE: &str = "en";

/// One lesson: what a step teaches.
#[derive(Clone, Debug, Serialize)]
pub struct Lesson {
    pub id: String,
    pub step: Step,
    pub title: String,
    pub summary: String,
    pub takeaways: Vec<String>,
    pub story: Option<String>,
    pub checklist: Vec<ChecklistItem>,
    pub facts: Vec<PlatformFact>,
    /// The Markdown after the front matter.
    pub body: String,
    /// Where it came from, for messages: `lessons/en/03-profiles.md`.
    pub source: String,
}

impl Lesson {
    /// Puts the glossary's words of `lang` in place of `{ -term }` placeholders, so a
    /// lesson names rungs, steps and decisions exactly as the catalog does.
    pub(crate) fn resolve_terms(&mut self, lang: Language) {
        let resolve = |text: &mut String| {
            let mut resolved = resolve_terms(text, lang);
            if crate::messages::pseudo_enabled() {
                resolved = crate::messages::pseudo(&resolved);
            }
            *text = resolved;
        };
        resolve(&mut self.title);
        resolve(&mut self.summary);
        self.takeaways.iter_mut().for_each(resolve);
        self.story.iter_mut().for_each(resolve);
        resolve(&mut self.body);
        for item in &mut self.checklist {
            resolve(&mut item.label);
            resolve(&mut item.help);
        }
    }
}

/// The glossary placeholders in `text`: (byte range, term id).
pub(crate) fn term_placeholders(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    static PLACEHOLDER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let placeholder = PLACEHOLDER
        .get_or_init(|| regex::Regex::new(r"\{\s*-([a-z][a-z0-9-]*)\s*\}").expect("a valid pattern"));
    placeholder
        .captures_iter(text)
        .map(|c| {
            (
                c.get(0).expect("the whole match").range(),
                c.get(1).expect("the id").as_str(),
            )
        })
        .collect()
}

/// `text` with each `{ -term }` replaced by the glossary word of `lang`; a placeholder
/// no glossary knows stays as written (`lessons check` names it).
pub(crate) fn resolve_terms(text: &str, lang: Language) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, id) in term_placeholders(text) {
        if let Some(word) = crate::messages::term(lang, id) {
            out.push_str(&text[last..range.start]);
            out.push_str(&word);
            last = range.end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// One thing to do on a platform, with the lesson text that explains it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub platform: Platform,
    pub id: String,
    pub kind: ItemKind,
    pub label: String,
    pub help: String,
    /// For items the learner can draft in the wizard: what kind of text it is, which
    /// sets how the platform counts it and its limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<crate::check::count::TextKind>,
    /// When the item was last checked against the platform's own help pages, and where:
    /// settings move, so a fact about a platform carries its date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "optional_date"
    )]
    pub checked: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A fact about a platform that a lesson relies on (a setting, a limit, a feature), with
/// the date it was last checked against the platform's help pages and the page it was
/// checked on. Facts change; `lessons check` insists on the date so the text can be
/// re-checked when it grows old.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformFact {
    pub platform: Platform,
    pub claim: String,
    #[serde(deserialize_with = "date")]
    pub checked: chrono::NaiveDate,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// Part of a complete profile.
    Profile,
    /// Part of the privacy review; never optional.
    Privacy,
}

/// A date as lesson front matter writes it (`checked = 2026-12-02`, a TOML date) or as
/// JSON carries it (`"2026-12-02"`).
fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<chrono::NaiveDate, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let text = match Written::deserialize(deserializer)? {
        Written::Toml(datetime) => match (datetime.date, datetime.time) {
            (Some(date), None) => date.to_string(),
            _ => {
                return Err(serde::de::Error::custom(
                    "expected a date such as 2026-12-02, without a time",
                ));
            }
        },
        Written::Text(text) => text,
    };
    text.parse()
        .map_err(|_| serde::de::Error::custom(format!("\"{text}\" is not a date such as 2026-12-02")))
}

fn optional_date<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    date(deserializer).map(Some)
}

/// Where lessons came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    Folder(PathBuf),
}

impl Origin {
    /// The trainer's folder, when the lessons come from one.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match self {
            Origin::Folder(dir) => Some(dir),
            Origin::Embedded => None,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Embedded => f.write_str(&crate::t!("lessons-origin-embedded")),
            Origin::Folder(dir) => write!(f, "{}", dir.display()),
        }
    }
}

/// The lessons of one language, one per step, in journey order.
#[derive(Clone, Debug)]
pub struct LessonSet {
    pub lang: String,
    pub origin: Origin,
    lessons: Vec<Lesson>,
}

impl LessonSet {
    pub fn lessons(&self) -> &[Lesson] {
        &self.lessons
    }

    pub fn get(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// The lesson a person means: its id in any case ("profiles"), or its step's number
    /// as `lessons list` shows it ("3").
    pub fn find(&self, key: &str) -> Option<&Lesson> {
        let key = key.trim();
        match key.parse::<usize>() {
            Ok(number) => self.lessons.iter().find(|l| l.step.number() == number),
            Err(_) => self.lessons.iter().find(|l| l.id.eq_ignore_ascii_case(key)),
        }
    }

    pub fn for_step(&self, step: Step) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.step == step)
    }

    /// A platform's profile checklist, in lesson order.
    pub fn checklist(&self, platform: Platform) -> impl Iterator<Item = &ChecklistItem> {
        self.lessons
            .iter()
            .flat_map(|l| &l.checklist)
            .filter(move |item| item.platform == platform)
    }

    pub fn item(&self, platform: Platform, id: &str) -> Option<&ChecklistItem> {
        self.checklist(platform).find(|item| item.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.lessons.iter().map(|l| l.id.as_str()).collect()
    }
}

/// A problem in a lesson folder, with the file and line it is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    fn new(file: impl Into<String>, line: Option<usize>, message: String) -> Problem {
        Problem {
            file: file.into(),
            line,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}
