//! The message catalog: every sentence a person reads is looked up here by key, so that
//! wording lives in one place (`i18n/<lang>/*.ftl`, a file per area of drempel) and other
//! languages can follow.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use fluent_bundle::FluentValue as Arg;

static ENGLISH: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/i18n/en");

fn catalog() -> &'static FluentBundle<FluentResource> {
    static CATALOG: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![
            "en".parse::<unic_langid::LanguageIdentifier>()
                .expect("a valid language id"),
        ]);
        // Isolation marks (U+2068/U+2069) around arguments would show up as stray
        // characters in many terminals; the sanitiser strips bidi controls from
        // arguments anyway.
        bundle.set_use_isolating(false);
        for file in ENGLISH
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        {
            let name = file.path().display();
            let text = file
                .contents_utf8()
                .unwrap_or_else(|| panic!("i18n/en/{name} is UTF-8"));
            let resource = FluentResource::try_new(text.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("i18n/en/{name} does not parse: {errors:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("i18n/en/{name} repeats a key: {errors:?}"));
        }
        bundle
    })
}

/// Looks up `key` and fills in its arguments. An unknown key yields the key itself, so
/// a missing entry is visible rather than silent; a test keeps the catalog complete.
pub fn text(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = catalog();
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Whether the catalog has `key`; used by the catalog's own tests.
pub fn has(key: &str) -> bool {
    catalog().has_message(key)
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
