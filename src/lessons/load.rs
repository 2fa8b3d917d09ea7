//! Reading lesson files: the embedded set, or a trainer's folder laid out the same way.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use toml::Spanned;

use super::{BASE_LANGUAGE, ChecklistItem, Lesson, LessonSet, Origin, Problem};
use crate::error::{Error, Result};
use crate::lang::Language;
use crate::step::Step;
use crate::t;

/// Everything under `lessons/`: lesson files, and beside them other content such as the
/// check rules (`<lang>/rules.toml`).
pub(crate) static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/lessons");

/// A lesson file as read, before parsing.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    pub path: String,
    pub text: String,
}

/// All lesson files, per language, from one origin.
#[derive(Clone, Debug)]
pub struct Library {
    pub origin: Origin,
    pub(crate) languages: BTreeMap<String, Vec<SourceFile>>,
}

impl Library {
    /// The lessons built into the binary.
    pub fn embedded() -> Library {
        let mut languages = BTreeMap::new();
        for dir in EMBEDDED.dirs() {
            let lang = dir.path().to_string_lossy().into_owned();
            let mut files: Vec<SourceFile> = dir
                .files()
                .filter(|f| is_lesson(f.path()))
                .map(|f| SourceFile {
                    path: format!("lessons/{}", f.path().display()),
                    text: String::from_utf8_lossy(f.contents()).into_owned(),
                })
                .collect();
            files.sort_by(|a, b| a.path.cmp(&b.path));
            // A language folder may hold only other content (practice feeds, check
            // rules) until its lessons exist.
            if !files.is_empty() {
                languages.insert(lang, files);
            }
        }
        Library {
            origin: Origin::Embedded,
            languages,
        }
    }

    /// A trainer's lesson folder: `DIR/<lang>/*.md`.
    pub fn from_dir(dir: &Path) -> Result<Library> {
        let mut languages = BTreeMap::new();
        for entry in fs::read_dir(dir).map_err(Error::io("read", dir))? {
            let entry = entry.map_err(Error::io("read", dir))?;
            let lang_dir = entry.path();
            if !lang_dir.is_dir() {
                continue;
            }
            let lang = entry.file_name().to_string_lossy().into_owned();
            let mut paths: Vec<PathBuf> = fs::read_dir(&lang_dir)
                .map_err(Error::io("read", &lang_dir))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_lesson(p))
                .collect();
            paths.sort();
            let mut files = Vec::with_capacity(paths.len());
            for path in paths {
                let bytes = fs::read(&path).map_err(Error::io("read", &path))?;
                files.push(SourceFile {
                    path: path.display().to_string(),
                    // Invalid UTF-8 is reported by the checker, not here.
                    text: String::from_utf8(bytes)
                        .unwrap_or_else(|e| format!("\u{0}{}", String::from_utf8_lossy(e.as_bytes()))),
                });
            }
            if !files.is_empty() {
                languages.insert(lang, files);
            }
        }
        Ok(Library {
            origin: Origin::Folder(dir.to_owned()),
            languages,
        })
    }

    /// The lesson set for `--lessons DIR` if given, else the embedded one.
    pub fn open(dir: Option<&Path>) -> Result<Library> {
        match dir {
            Some(dir) => Library::from_dir(dir),
            None => Ok(Library::embedded()),
        }
    }

    /// A data file that sits beside the lessons, `<lang>/<name>` (check rules, community
    /// suggestions), from the same origin as the lessons, in `lang` or else in English.
    /// `Ok(None)` when neither has it.
    pub(crate) fn data_file(&self, lang: &str, name: &str) -> Result<Option<SourceFile>> {
        for lang in [lang, BASE_LANGUAGE] {
            let relative = format!("{lang}/{name}");
            match &self.origin {
                Origin::Embedded => {
                    if let Some(file) = EMBEDDED.get_file(&relative) {
                        return Ok(Some(SourceFile {
                            path: format!("lessons/{relative}"),
                            text: String::from_utf8_lossy(file.contents()).into_owned(),
                        }));
                    }
                }
                Origin::Folder(dir) => {
                    let path = dir.join(&relative);
                    match fs::read_to_string(&path) {
                        Ok(text) => {
                            return Ok(Some(SourceFile {
                                path: path.display().to_string(),
                                text,
                            }));
                        }
                        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                        Err(err) => return Err(Error::io("read", path)(err)),
                    }
                }
            }
        }
        // A trainer's folder need not carry every data file: the built-in one serves.
        match self.origin {
            Origin::Folder(_) => Library::embedded().data_file(lang, name),
            Origin::Embedded => Ok(None),
        }
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// The lessons in `lang` (a code), falling back to English lesson by lesson; see
    /// [`Library::load_with_fallback`]. Never fails: what is wrong with a lesson file is
    /// `lessons check`'s to report.
    pub fn load(&self, lang: &str) -> Result<LessonSet> {
        let lang = Language::from_code(lang).unwrap_or(Language::BASE);
        Ok(self.load_with_fallback(lang).0)
    }

    /// The lessons in `lang`: each step's lesson from `lang` when it has one that reads,
    /// else the English one of the same origin, else the built-in English one, so a
    /// trainer's half-translated folder still serves every step. Loading does not
    /// validate the content beyond reading it (`lessons check` and the tests do). The
    /// warnings (at most one per language that fell back) say which lessons are shown in
    /// English, and why, with file and line.
    pub fn load_with_fallback(&self, lang: Language) -> (LessonSet, Vec<String>) {
        let embedded;
        let mut sources: Vec<(&Library, Language)> = vec![(self, lang)];
        if lang != Language::BASE {
            sources.push((self, Language::BASE));
        }
        if self.origin != Origin::Embedded {
            embedded = Library::embedded();
            sources.push((&embedded, Language::BASE));
        }
        // A source is read only while steps are still missing: a complete language never
        // costs the parsing of English.
        let mut parsed: Vec<(Vec<Lesson>, Vec<Problem>)> = Vec::with_capacity(sources.len());
        for (library, lang) in &sources {
            let covered = |step: Step| {
                parsed
                    .iter()
                    .any(|(lessons, _)| lessons.iter().any(|l| l.step == step))
            };
            if !parsed.is_empty() && Step::ALL.into_iter().all(covered) {
                break;
            }
            parsed.push(library.parse_language(lang.code()));
        }
        let mut lessons = Vec::with_capacity(Step::ALL.len());
        // For each step that fell back: the index of the source that served it.
        let mut fell_back: Vec<(usize, &'static str)> = Vec::new();
        for step in Step::ALL {
            let found = parsed
                .iter()
                .enumerate()
                .find_map(|(at, (lessons, _))| lessons.iter().find(|l| l.step == step).map(|l| (at, l)));
            if let Some((at, lesson)) = found {
                if at > 0 {
                    fell_back.push((at, step.as_str()));
                }
                lessons.push(lesson.clone());
            }
        }
        // One warning per source that lacked a lesson: the learner's language, then (for a
        // trainer's folder) its English.
        let mut warnings = Vec::new();
        for (at, (library, source_lang)) in sources.iter().enumerate().take(parsed.len() - 1) {
            let steps: Vec<&str> = fell_back
                .iter()
                .filter(|(used, _)| *used > at)
                .map(|(_, step)| *step)
                .collect();
            if steps.is_empty() {
                continue;
            }
            let problems: Vec<String> = parsed[at].1.iter().map(ToString::to_string).collect();
            let problems = if problems.is_empty() {
                String::new()
            } else {
                format!(" ({})", problems.join("; "))
            };
            let (origin, count, listed) = (library.origin.to_string(), steps.len(), steps.join(", "));
            warnings.push(if *source_lang == Language::BASE {
                t!(
                    "lessons-fallback-builtin",
                    origin = origin,
                    steps = listed,
                    count = count,
                    problems = problems
                )
            } else {
                t!(
                    "lessons-fallback",
                    language = source_lang.native_name(),
                    origin = origin,
                    steps = listed,
                    count = count,
                    problems = problems
                )
            });
        }
        let set = LessonSet {
            lang: lang.code().to_owned(),
            origin: self.origin.clone(),
            lessons,
        };
        (set, warnings)
    }

    /// Parses every file of `lang`: the lessons that parsed, in step order, and the
    /// problems of those that did not.
    pub(crate) fn parse_language(&self, lang: &str) -> (Vec<Lesson>, Vec<Problem>) {
        let mut lessons = Vec::new();
        let mut problems = Vec::new();
        let language = Language::from_code(lang).unwrap_or(Language::BASE);
        for file in self.languages.get(lang).into_iter().flatten() {
            match parse_lesson(file) {
                Ok(mut lesson) => {
                    lesson.resolve_terms(language);
                    lessons.push(lesson)
                }
                Err(problem) => problems.push(problem),
            }
        }
        lessons.sort_by_key(|l| l.step);
        (lessons, problems)
    }
}

fn is_lesson(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
}

/// Front matter as written; ids keep their position so problems can name the line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    pub id: Spanned<String>,
    pub step: Step,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub takeaways: Vec<String>,
    #[serde(default)]
    pub story: Option<String>,
    #[serde(default)]
    pub checklist: Vec<Spanned<ChecklistItem>>,
    #[serde(default, rename = "fact")]
    pub facts: Vec<super::PlatformFact>,
}

/// A parsed lesson together with the line of each checklist item, for the checker.
pub(crate) fn parse_lesson(file: &SourceFile) -> Result<Lesson, Problem> {
    parse_with_lines(file).map(|(lesson, _, _)| lesson)
}

/// The lesson, the line of its id, and the line of each checklist item.
pub(crate) fn parse_with_lines(file: &SourceFile) -> Result<(Lesson, usize, Vec<usize>), Problem> {
    let problem = |line: usize, message: String| Problem::new(&file.path, Some(line), message);
    if file.text.starts_with('\u{0}') {
        return Err(problem(1, t!("lessons-not-utf8")));
    }
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let (front, body, front_line) =
        split_front_matter(text).ok_or_else(|| problem(1, t!("lessons-no-front-matter")))?;
    let line_of = |offset: usize| front_line + front[..offset.min(front.len())].matches('\n').count();
    let matter: FrontMatter = toml::from_str(front).map_err(|e| {
        let line = e.span().map(|s| line_of(s.start)).unwrap_or(front_line);
        problem(
            line,
            t!("lessons-bad-front-matter", reason = e.message().to_owned()),
        )
    })?;
    let id_line = line_of(matter.id.span().start);
    let item_lines = matter.checklist.iter().map(|i| line_of(i.span().start)).collect();
    let lesson = Lesson {
        id: matter.id.into_inner(),
        step: matter.step,
        title: matter.title,
        summary: matter.summary,
        takeaways: matter.takeaways,
        story: matter.story,
        checklist: matter.checklist.into_iter().map(Spanned::into_inner).collect(),
        facts: matter.facts,
        body: body.trim().to_owned(),
        source: file.path.clone(),
    };
    Ok((lesson, id_line, item_lines))
}

/// Splits `+++\n<toml>\n+++\n<markdown>`; returns the TOML, the Markdown and the line
/// number on which the TOML starts.
fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..offset], &rest[offset + line.len()..], 2));
        }
        offset += line.len();
    }
    None
}
