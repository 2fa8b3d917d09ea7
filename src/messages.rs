//! The message catalog: every sentence a person reads is looked up here by key, so that
//! wording lives in one place (`i18n/<lang>/*.ftl`, a file per area of drempel) and every
//! language follows.
//!
//! A run speaks one language ([`set_language`]). A key the language lacks falls back to
//! English for that key alone, so one missing translation never costs a whole screen; a
//! test keeps every language complete. The method's own words (rungs, steps, decisions)
//! are Fluent terms in each language's `glossary.ftl`, shared by the catalog and the
//! lessons ([`term`]).

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

pub use fluent_bundle::FluentValue as Arg;

use crate::lang::Language;

static CATALOGS: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// The language of this run, as an index into [`Language::ALL`].
static ACTIVE: AtomicUsize = AtomicUsize::new(Language::BASE.index());
/// Pseudo-localisation: every sentence from the catalog (and every lesson) comes out in
/// look-alike letters, so a test can spot any English that did not come from it.
static PSEUDO: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// A language for this thread only, for tests and for rendering one document in a
    /// language other than the run's.
    static OVERRIDE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// One language's catalog: the bundle, and its resources for reading terms.
struct Catalog {
    bundle: FluentBundle<Arc<FluentResource>>,
    resources: Vec<Arc<FluentResource>>,
    /// The glossary's terms, formatted once: they take no arguments, and lessons ask for
    /// them at every placeholder.
    terms: HashMap<String, String>,
}

/// A problem in a catalog file, for `lessons check` and the tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The catalog files of `lang`, as (path, text), in name order.
fn files(lang: Language) -> Vec<(String, &'static str)> {
    let mut files: Vec<_> = CATALOGS
        .get_dir(lang.code())
        .into_iter()
        .flat_map(|dir| dir.files())
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .map(|f| {
            (
                format!("i18n/{}", f.path().display()),
                f.contents_utf8().unwrap_or_default(),
            )
        })
        .collect();
    files.sort();
    files
}

/// An empty bundle for `lang`, set up as every catalog of that language is.
fn new_bundle(lang: Language) -> FluentBundle<Arc<FluentResource>> {
    let locale = lang
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .expect("a language code is a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // A right-to-left language gets every filled-in value between FSI and PDI, so a
    // value keeps its own direction and cannot reorder the sentence around it (and
    // `text` wraps the sentence's own left-to-right pieces). Left-to-right languages get
    // none: outside a bidi context the marks would only show as stray characters in
    // terminals that draw them.
    bundle.set_use_isolating(lang.is_rtl());
    if PSEUDO.load(Ordering::Relaxed) {
        bundle.set_transform(Some(pseudo_transform));
    }
    bundle
}

fn build(lang: Language) -> Catalog {
    let mut bundle = new_bundle(lang);
    let mut resources = Vec::new();
    for (_, text) in files(lang) {
        // A damaged entry is left out and the rest of the file still serves; `problems`
        // names it, and a test keeps the built-in catalogs free of them.
        let resource = Arc::new(FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r));
        // A key given twice keeps its first text (the error is reported by `problems`).
        let _ = bundle.add_resource(Arc::clone(&resource));
        resources.push(resource);
    }
    let mut terms = HashMap::new();
    for resource in &resources {
        for entry in resource.entries() {
            if let ast::Entry::Term(term) = entry {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(&term.value, None, &mut errors).into_owned();
                terms.entry(term.id.name.to_owned()).or_insert(text);
            }
        }
    }
    Catalog {
        bundle,
        resources,
        terms,
    }
}

fn catalog(lang: Language) -> &'static Catalog {
    static BUILT: [OnceLock<Catalog>; Language::ALL.len()] = [const { OnceLock::new() }; Language::ALL.len()];
    BUILT[lang.index()].get_or_init(|| build(lang))
}

/// Makes `lang` the language of this run.
pub fn set_language(lang: Language) {
    ACTIVE.store(lang.index(), Ordering::Relaxed);
}

/// Makes `lang` the language of this thread from now on, whatever the run's language:
/// the wizard's switch when the learner picks a language, which must not reach other
/// threads of a test process.
pub fn set_thread_language(lang: Language) {
    OVERRIDE.with(|cell| cell.set(Some(lang)));
}

/// The language messages come out in on this thread.
pub fn language() -> Language {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Language::ALL[ACTIVE.load(Ordering::Relaxed)])
}

/// Runs `f` with messages on this thread in `lang`.
pub fn with_language<T>(lang: Language, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|cell| cell.replace(Some(lang)));
    let result = f();
    OVERRIDE.with(|cell| cell.set(before));
    result
}

/// Switches pseudo-localisation on (`DREMPEL_PSEUDO_LOCALE=1`): before the first message.
pub fn enable_pseudo() {
    PSEUDO.store(true, Ordering::Relaxed);
}

pub fn pseudo_enabled() -> bool {
    PSEUDO.load(Ordering::Relaxed)
}

/// The look-alike letters of pseudo-localisation: readable, but never plain ASCII words.
fn pseudo_transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
}

/// `text` in look-alike letters (every ASCII letter becomes an accented one).
pub fn pseudo(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ḿ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ', 'š', 'ţ',
        'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž', 'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ḿ', 'Ñ',
        'Ó', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    text.chars().map(|c| FROM.find(c).map_or(c, |i| TO[i])).collect()
}

/// Looks up `key` in the run's language (English when that language lacks it) and fills
/// in its arguments. A key that names no message names a glossary term (`rung-critic`
/// for `-rung-critic`). An unknown key yields the key itself, so a missing entry is
/// visible rather than silent; a test keeps the catalog complete.
pub fn text(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let lang = language();
    let found = [lang, Language::BASE].into_iter().find_map(|lang| {
        let bundle = &catalog(lang).bundle;
        bundle
            .get_message(key)
            .and_then(|m| m.value())
            .map(|pattern| (bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        return term(lang, key).unwrap_or_else(|| key.to_owned());
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    for_direction(lang, &text).into_owned()
}

/// Text that did not come from the catalog but is printed as drempel's own sentence (a
/// check rule's message, a warning after sanitising), made ready for a line of the
/// run's language as [`text`] makes catalog sentences.
pub fn directed(text: &str) -> Cow<'_, str> {
    for_direction(language(), text)
}

/// A formatted sentence made ready for a line of `lang`: in a right-to-left language
/// its left-to-right pieces (commands, URLs, brand names, counts) are wrapped in
/// isolates; in a left-to-right one it stays as it is.
fn for_direction(lang: Language, text: &str) -> Cow<'_, str> {
    if lang.is_rtl() {
        crate::text::bidi::for_rtl_lines(text)
    } else {
        Cow::Borrowed(text)
    }
}

/// A glossary term of `lang` (`rung-critic` for `-rung-critic`), English when `lang`
/// lacks it; `None` when no language has it.
pub fn term(lang: Language, id: &str) -> Option<String> {
    [lang, Language::BASE]
        .into_iter()
        .find_map(|lang| catalog(lang).terms.get(id).cloned())
}

/// Whether the English catalog has `key`, as a message or a term; used by the catalog's
/// own tests.
pub fn has(key: &str) -> bool {
    catalog(Language::BASE).bundle.has_message(key) || term(Language::BASE, key).is_some()
}

/// The message keys (and, with a leading `-`, the term ids) `lang`'s catalog defines.
pub fn keys(lang: Language) -> BTreeSet<String> {
    catalog(lang)
        .resources
        .iter()
        .flat_map(|resource| resource.entries())
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// Everything wrong in the built-in catalog of `lang`: syntax errors, keys given twice,
/// and references to terms or messages that do not exist, each with file and line.
pub fn problems(lang: Language) -> Vec<CatalogProblem> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let defined = keys(lang);
    for (file, text) in files(lang) {
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(CatalogProblem {
                        file: file.clone(),
                        line: line_of(error.pos.start),
                        message: error.to_string(),
                    });
                }
                resource
            }
        };
        for entry in resource.entries() {
            let (id, pattern) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref()),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
                _ => continue,
            };
            let line = text.find(&format!("\n{id} =")).map_or(1, |at| line_of(at + 1));
            if !seen.insert(id.clone()) {
                problems.push(CatalogProblem {
                    file: file.clone(),
                    line,
                    message: format!("{id} is defined twice"),
                });
            }
            // Fluent keeps terms and messages in one table, keyed without the dash.
            let twin = id
                .strip_prefix('-')
                .map_or_else(|| format!("-{id}"), str::to_owned);
            if defined.contains(&twin) && id.starts_with('-') {
                problems.push(CatalogProblem {
                    file: file.clone(),
                    line,
                    message: format!("the term {id} and the message {twin} share a name; rename one"),
                });
            }
            for reference in pattern.map(references).unwrap_or_default() {
                if !defined.contains(&reference) {
                    problems.push(CatalogProblem {
                        file: file.clone(),
                        line,
                        message: format!("{id} refers to {reference}, which is not defined"),
                    });
                }
            }
        }
    }
    problems
}

/// Every inline expression in a pattern, nested ones (select variants, placeables,
/// function arguments) included: what the catalog checks below look through.
fn inline_expressions<'p>(pattern: &'p ast::Pattern<&'p str>) -> Vec<&'p ast::InlineExpression<&'p str>> {
    fn pattern_into<'p>(
        pattern: &'p ast::Pattern<&'p str>,
        found: &mut Vec<&'p ast::InlineExpression<&'p str>>,
    ) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_into(expression, found);
            }
        }
    }
    fn expression_into<'p>(
        expression: &'p ast::Expression<&'p str>,
        found: &mut Vec<&'p ast::InlineExpression<&'p str>>,
    ) {
        match expression {
            ast::Expression::Inline(inline) => inline_into(inline, found),
            ast::Expression::Select { selector, variants } => {
                inline_into(selector, found);
                for variant in variants {
                    pattern_into(&variant.value, found);
                }
            }
        }
    }
    fn inline_into<'p>(
        inline: &'p ast::InlineExpression<&'p str>,
        found: &mut Vec<&'p ast::InlineExpression<&'p str>>,
    ) {
        found.push(inline);
        match inline {
            ast::InlineExpression::Placeable { expression } => expression_into(expression, found),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for arg in &arguments.positional {
                    inline_into(arg, found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    pattern_into(pattern, &mut found);
    found
}

/// The terms (`-id`) and messages a pattern refers to.
fn references(pattern: &ast::Pattern<&str>) -> Vec<String> {
    inline_expressions(pattern)
        .into_iter()
        .filter_map(|inline| match inline {
            ast::InlineExpression::TermReference { id, .. } => Some(format!("-{}", id.name)),
            ast::InlineExpression::MessageReference { id, .. } => Some(id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The variables (`$name`) a message of `lang` uses, for the tests that compare languages.
pub fn variables(lang: Language, key: &str) -> BTreeSet<String> {
    let walk = |pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>| {
        for inline in inline_expressions(pattern) {
            if let ast::InlineExpression::VariableReference { id } = inline {
                found.insert(id.name.to_owned());
            }
        }
    };
    let mut found = BTreeSet::new();
    for resource in &catalog(lang).resources {
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry
                && m.id.name == key
                && let Some(pattern) = &m.value
            {
                walk(pattern, &mut found);
            }
        }
    }
    found
}

/// `t!("key")` or `t!("key", name = value, …)`: a sentence from the message catalog.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::messages::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::text(
            $key,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let line = crate::t!(
            "error-unknown-item",
            platform = "linkedin",
            item = "nope",
            valid = "photo"
        );
        assert!(line.contains("nope"), "{line}");
        assert!(!line.contains('\u{2068}'));
    }

    /// Formats `message` (Fluent source of one message `m`) as a catalog of `lang` does.
    fn format_as(lang: Language, message: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut bundle = new_bundle(lang);
        bundle
            .add_resource(Arc::new(
                FluentResource::try_new(format!("m = {message}\n")).unwrap(),
            ))
            .unwrap();
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut Vec::new());
        for_direction(lang, &text).into_owned()
    }

    #[test]
    fn a_hebrew_sentence_shows_its_command_and_count_intact_in_a_bidi_terminal() {
        let line = format_as(
            Language::He,
            "הריצו drempel scan כדי לראות { $done } / { $total } פריטים.",
            &[("done", 104.into()), ("total", 220.into())],
        );
        let shown = crate::text::bidi::tests::shown_rtl(&line);
        let command = shown.find("drempel scan").expect(&shown);
        let count = shown.find("104 / 220").expect(&shown);
        assert!(
            count < command,
            "read from the right, the count comes after: {shown}"
        );
        // Hebrew letters come out of the algorithm in screen order, right to left.
        assert_eq!(shown, ".םיטירפ 104 / 220 תוארל ידכ drempel scan וצירה");
    }

    #[test]
    fn a_feed_title_with_an_override_cannot_reverse_the_rest_of_the_line() {
        let title = crate::text::sanitize_line("Hello \u{202e}dlrow\u{202c} and more");
        let line = format_as(
            Language::He,
            "הפריט { $title } נשמר בתיבה של drempel",
            &[("title", title.as_str().into())],
        );
        let shown = crate::text::bidi::tests::shown_rtl(&line);
        assert!(shown.contains("Hello dlrow and more"), "{shown}");
        assert!(shown.contains("drempel"), "{shown}");
        // A title that reaches the terminal unsanitised still ends at its isolate.
        let line = format_as(
            Language::He,
            "הפריט { $title } נשמר בתיבה של drempel",
            &[("title", "abc \u{202e}def".into())],
        );
        let shown = crate::text::bidi::tests::shown_rtl(&line);
        assert_eq!(shown, "drempel לש הביתב רמשנ abc fed טירפה", "only `def` turns");
    }

    #[test]
    fn left_to_right_languages_get_no_invisible_characters() {
        for lang in Language::ALL.into_iter().filter(|l| !l.is_rtl()) {
            let line = format_as(
                lang,
                "Run drempel scan to see { $done } / { $total } of { $feed }.",
                &[
                    ("done", 104.into()),
                    ("total", 220.into()),
                    ("feed", "עדכון".into()),
                ],
            );
            assert_eq!(line, "Run drempel scan to see 104 / 220 of עדכון.", "{lang}");
        }
    }

    #[test]
    fn every_catalog_is_free_of_syntax_errors_duplicates_and_dangling_references() {
        for lang in Language::ALL {
            let problems = problems(lang);
            assert!(
                problems.is_empty(),
                "{lang}: {:#?}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
        }
    }

    /// Every language has every key and term English has, with the same variables, and
    /// nothing English lacks (a key only one language has is a typo).
    #[test]
    fn every_language_has_every_key_english_has() {
        let english = keys(Language::BASE);
        let mut report = Vec::new();
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::BASE) {
            let theirs = keys(lang);
            for key in english.difference(&theirs) {
                report.push(format!("{lang}: missing {key}"));
            }
            for key in theirs.difference(&english) {
                report.push(format!("{lang}: {key} is not in English"));
            }
            for key in english.intersection(&theirs).filter(|k| !k.starts_with('-')) {
                let (want, have) = (variables(Language::BASE, key), variables(lang, key));
                if want != have {
                    report.push(format!("{lang}: {key} uses {have:?}, English {want:?}"));
                }
            }
        }
        assert!(report.is_empty(), "{} gaps:\n{}", report.len(), report.join("\n"));
    }

    #[test]
    fn a_key_missing_in_one_language_falls_back_to_english_for_that_key() {
        // No language has this key: the key itself shows, in every language.
        for lang in Language::ALL {
            assert_eq!(with_language(lang, || text("no-such-key", &[])), "no-such-key");
        }
        // The English text serves a language that lacks a key (the override applies to
        // this thread only).
        let english = with_language(Language::En, || crate::t!("rung-critic"));
        assert!(!english.is_empty() && english != "rung-critic");
    }

    #[test]
    fn plurals_follow_each_language() {
        for lang in Language::ALL {
            let (one, many) = with_language(lang, || {
                (
                    crate::t!("cohort-skipped", count = 1),
                    crate::t!("cohort-skipped", count = 3),
                )
            });
            assert!(one.contains('1') && many.contains('3'), "{lang}: {one} / {many}");
            assert_ne!(one.replace('1', ""), many.replace('3', ""), "{lang}");
        }
    }

    #[test]
    fn glossary_terms_are_read_per_language() {
        assert_eq!(term(Language::En, "rung-critic").as_deref(), Some("Critic"));
        assert_eq!(term(Language::En, "no-such-term"), None);
        for lang in Language::ALL {
            assert!(term(lang, "step-reading").is_some(), "{lang}");
        }
    }

    #[test]
    fn references_and_variables_are_found_inside_selectors_and_placeables() {
        let resource = FluentResource::try_new(
            "m = { $count ->\n    [one] { -rung-critic }\n   *[other] { NUMBER($total) } { other-message }\n}\n".to_owned(),
        )
        .unwrap();
        let Some(ast::Entry::Message(message)) = resource.entries().next() else {
            panic!("one message");
        };
        let pattern = message.value.as_ref().unwrap();
        assert_eq!(references(pattern), ["-rung-critic", "other-message"]);
        let names: Vec<_> = inline_expressions(pattern)
            .into_iter()
            .filter_map(|inline| match inline {
                ast::InlineExpression::VariableReference { id } => Some(id.name),
                _ => None,
            })
            .collect();
        assert_eq!(names, ["count", "total"]);
    }

    #[test]
    fn pseudo_letters_are_never_plain_ascii() {
        let text = pseudo("Step 3 of 8: Profiles");
        assert!(text.contains('3') && text.contains(':'));
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    }

    /// Every `t!("…")` in the sources names a key that the catalog has.
    #[test]
    fn every_key_used_in_the_sources_exists() {
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                for (at, _) in source.match_indices("t!(") {
                    let before = source[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        || path.ends_with("messages.rs")
                    {
                        continue;
                    }
                    let rest = source[at + 3..].trim_start();
                    let Some(rest) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let key = &rest[..rest.find('"').unwrap()];
                    if !has(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from i18n/en/*.ftl: {missing:#?}"
        );
    }
}
