//! `drempel lessons check`: everything that can be wrong with a lesson folder, each with
//! its file and line, so a trainer can fix their own lessons.

use std::collections::{BTreeMap, BTreeSet};

use super::load::{Library, parse_with_lines};
use super::{BASE_LANGUAGE, ItemKind, Problem};
use crate::lang::Language;
use crate::platform::Platform;
use crate::step::Step;
use crate::t;

/// Checklist items every platform must have, and the extra ones of some platforms:
/// commands, the wizard and trainers' scripts rely on these ids.
const REQUIRED_ITEMS: &[(Option<Platform>, &str)] =
    &[(None, "photo"), (Some(Platform::Linkedin), "headline")];

/// Every problem in the library, its check rules included; empty when it is fit to use.
pub fn check(library: &Library) -> Vec<Problem> {
    let mut problems = check_lessons(library);
    problems.extend(crate::check::check_rules(library));
    problems.extend(check_catalogs());
    problems
}

/// The built-in message catalogs: each parses, and each language has every message and
/// term English has (a missing one would show in English).
fn check_catalogs() -> Vec<Problem> {
    let mut problems: Vec<Problem> = Vec::new();
    let english = crate::messages::keys(Language::BASE);
    for lang in Language::ALL {
        for problem in crate::messages::problems(lang) {
            problems.push(Problem::new(problem.file, Some(problem.line), problem.message));
        }
        if lang == Language::BASE {
            continue;
        }
        let theirs = crate::messages::keys(lang);
        let missing: Vec<&str> = english.difference(&theirs).map(String::as_str).collect();
        if !missing.is_empty() {
            problems.push(Problem::new(
                format!("i18n/{}", lang.code()),
                None,
                t!(
                    "lessons-catalog-missing",
                    lang = lang.code(),
                    count = missing.len(),
                    keys = missing.join(", ")
                ),
            ));
        }
    }
    problems
}

/// The problems of the lesson files alone: what loading lessons needs, without running
/// every rule's examples.
pub(crate) fn check_lessons(library: &Library) -> Vec<Problem> {
    let mut problems = Vec::new();
    let folder = library.origin.to_string();
    if !library.languages.contains_key(BASE_LANGUAGE) {
        problems.push(Problem::new(
            folder,
            None,
            t!("lessons-no-base-language", lang = BASE_LANGUAGE),
        ));
        return problems;
    }
    let mut ids_per_language: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut items_per_language: BTreeMap<&str, BTreeSet<(Platform, String)>> = BTreeMap::new();
    for (lang, files) in &library.languages {
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let mut seen_steps: BTreeMap<Step, String> = BTreeMap::new();
        let mut items: BTreeMap<(Platform, String), String> = BTreeMap::new();
        for file in files {
            let (lesson, id_line, item_lines) = match parse_with_lines(file) {
                Ok(parsed) => parsed,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let at = |line: usize| (file.path.clone(), Some(line));
            let mut report = |(file, line): (String, Option<usize>), message: String| {
                problems.push(Problem::new(file, line, message))
            };
            let language = Language::from_code(lang).unwrap_or(Language::BASE);
            for (range, id) in super::term_placeholders(&file.text) {
                if crate::messages::term(language, id).is_none() {
                    let line = file.text[..range.start].matches('\n').count() + 1;
                    report(
                        at(line),
                        t!(
                            "lessons-unknown-term",
                            term = &file.text[range],
                            lang = language.code()
                        ),
                    );
                }
            }
            if !is_kebab(&lesson.id) {
                report(at(id_line), t!("lessons-bad-id", id = lesson.id.as_str()));
            }
            if let Some(other) = seen_ids.insert(lesson.id.clone(), file.path.clone()) {
                report(
                    at(id_line),
                    t!("lessons-duplicate-id", id = lesson.id.as_str(), other = other),
                );
            }
            if let Some(other) = seen_steps.insert(lesson.step, file.path.clone()) {
                report(
                    at(id_line),
                    t!(
                        "lessons-duplicate-step",
                        step = lesson.step.as_str(),
                        other = other
                    ),
                );
            }
            for (text, what) in [(&lesson.title, "title"), (&lesson.summary, "summary")] {
                if text.trim().is_empty() {
                    report(at(id_line), t!("lessons-empty-field", field = what));
                }
            }
            if lesson.body.is_empty() {
                report(at(id_line), t!("lessons-empty-body"));
            }
            if !lesson.checklist.is_empty() && lesson.step != Step::Profiles {
                report(at(item_lines[0]), t!("lessons-checklist-outside-profiles"));
            }
            for (item, line) in lesson.checklist.iter().zip(item_lines) {
                if !is_kebab(&item.id) {
                    report(at(line), t!("lessons-bad-id", id = item.id.as_str()));
                }
                if item.label.trim().is_empty() || item.help.trim().is_empty() {
                    report(at(line), t!("lessons-item-empty", id = item.id.as_str()));
                }
                if item.kind == ItemKind::Privacy && item.draft.is_some() {
                    report(at(line), t!("lessons-privacy-draft", id = item.id.as_str()));
                }
                let key = (item.platform, item.id.clone());
                if let Some(other) = items.insert(key, format!("{}:{line}", file.path)) {
                    report(
                        at(line),
                        t!(
                            "lessons-duplicate-item",
                            platform = item.platform.as_str(),
                            id = item.id.as_str(),
                            other = other
                        ),
                    );
                }
            }
        }
        let lang_folder = format!("{folder}/{lang}");
        for step in Step::ALL {
            if !seen_steps.contains_key(&step) {
                problems.push(Problem::new(
                    &lang_folder,
                    None,
                    t!("lessons-missing-step", step = step.as_str()),
                ));
            }
        }
        if seen_steps.contains_key(&Step::Profiles) {
            for platform in Platform::ALL {
                for (only, id) in REQUIRED_ITEMS {
                    if only.is_none_or(|p| p == platform)
                        && !items.contains_key(&(platform, (*id).to_owned()))
                    {
                        problems.push(Problem::new(
                            &lang_folder,
                            None,
                            t!("lessons-missing-item", platform = platform.as_str(), id = *id),
                        ));
                    }
                }
            }
        }
        ids_per_language.insert(lang, seen_ids.into_keys().collect());
        items_per_language.insert(lang, items.into_keys().collect());
    }
    compare_with_base(&folder, &ids_per_language, &items_per_language, &mut problems);
    problems.extend(crate::feeds::check());
    problems.extend(crate::communities::check(library));
    problems.extend(crate::keywords::check());
    problems
}

/// Other languages must offer the same lessons and checklist items as English, so a
/// learner's progress means the same whatever language they read in.
fn compare_with_base(
    folder: &str,
    ids: &BTreeMap<&str, BTreeSet<String>>,
    items: &BTreeMap<&str, BTreeSet<(Platform, String)>>,
    problems: &mut Vec<Problem>,
) {
    let (Some(base_ids), Some(base_items)) = (ids.get(BASE_LANGUAGE), items.get(BASE_LANGUAGE)) else {
        return;
    };
    for (lang, lang_ids) in ids.iter().filter(|(l, _)| **l != BASE_LANGUAGE) {
        let at = format!("{folder}/{lang}");
        for id in base_ids.difference(lang_ids) {
            problems.push(Problem::new(
                &at,
                None,
                t!("lessons-language-missing-id", lang = *lang, id = id.as_str()),
            ));
        }
        for id in lang_ids.difference(base_ids) {
            problems.push(Problem::new(
                &at,
                None,
                t!("lessons-language-extra-id", lang = *lang, id = id.as_str()),
            ));
        }
        let lang_items = &items[lang];
        for (platform, id) in base_items.symmetric_difference(lang_items) {
            problems.push(Problem::new(
                &at,
                None,
                t!(
                    "lessons-language-item-differs",
                    lang = *lang,
                    platform = platform.as_str(),
                    id = id.as_str()
                ),
            ));
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lessons::Origin;
    use crate::lessons::load::SourceFile;

    fn library_with(edit: impl FnOnce(&mut Vec<SourceFile>)) -> Library {
        let mut library = Library::embedded();
        edit(library.languages.get_mut("en").unwrap());
        library.origin = Origin::Folder("t".into());
        library
    }

    #[test]
    fn the_embedded_lessons_are_clean() {
        assert_eq!(check(&Library::embedded()), vec![]);
    }

    #[test]
    fn broken_front_matter_names_file_and_line() {
        let library = library_with(|files| {
            files[1].text = "+++\nid = \"strategy\"\nstep = \"strategy\"\ntitle = oops\n+++\nbody".into();
        });
        let problems = check(&library);
        let problem = problems
            .iter()
            .find(|p| p.file.ends_with("02-strategy.md"))
            .expect("reported");
        assert_eq!(problem.line, Some(4), "{problem}");
        assert!(
            problems.iter().any(|p| p.message.contains("strategy")),
            "the step is then missing"
        );
    }

    #[test]
    fn a_missing_closing_fence_is_reported_on_line_one() {
        let library = library_with(|files| files[0].text = "+++\nid = \"welcome\"\n".into());
        let problems = check(&library);
        assert!(
            problems
                .iter()
                .any(|p| p.file.ends_with("01-welcome.md") && p.line == Some(1))
        );
    }

    #[test]
    fn duplicate_checklist_ids_and_missing_photo_are_found() {
        let library = library_with(|files| {
            let profiles = &mut files[2].text;
            *profiles = profiles.replacen("id = \"headline\"", "id = \"photo\"", 1);
        });
        let problems = check(&library);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("photo") && p.line.is_some()),
            "{problems:#?}"
        );
        assert!(
            problems.iter().any(|p| p.message.contains("headline")),
            "{problems:#?}"
        );
    }

    #[test]
    fn another_language_must_match_english() {
        let mut library = Library::embedded();
        let mut dutch = library.languages["en"].clone();
        dutch.pop();
        library.languages.insert("nl".into(), dutch);
        let problems = check(&library);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("next") && p.file.ends_with("nl")),
            "{problems:#?}"
        );
    }
}
