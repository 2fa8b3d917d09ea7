//! The languages drempel speaks, and which one a run speaks.
//!
//! One list ([`Language::ALL`]) serves the catalog, the lessons, the keyword packs, the
//! practice feeds, the check rules and the welcome step; one function
//! ([`Language::for_run`]) decides the language of a run, so the wizard and the commands
//! cannot disagree about it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language with a complete catalog, lessons, keyword packs, check rules and practice
/// feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Nl,
    De,
    Fr,
    He,
}

/// Which way a language's lines run. Right-to-left text needs its left-to-right pieces
/// (URLs, commands, numbers with units) isolated, `dir="rtl"` in HTML, and a mirrored
/// ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Language {
    /// Every language, English first: the order of the welcome step's choice.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Nl,
        Language::De,
        Language::Fr,
        Language::He,
    ];

    /// The codes of [`Language::ALL`], in the same order.
    pub const CODES: [&'static str; Language::ALL.len()] = {
        let mut codes = [""; Language::ALL.len()];
        let mut at = 0;
        while at < codes.len() {
            codes[at] = Language::ALL[at].code();
            at += 1;
        }
        codes
    };

    /// The language every other language is checked against and falls back to.
    pub const BASE: Language = Language::En;

    /// The ISO 639-1 code: the folder name under `i18n/`, `lessons/` and `keywords/`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::De => "de",
            Language::Fr => "fr",
            Language::He => "he",
        }
    }

    /// The language's name in that language, as a learner looks for it in a list.
    pub const fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Nl => "Nederlands",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::He => "עברית",
        }
    }

    pub const fn direction(self) -> Direction {
        match self {
            Language::He => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self.direction(), Direction::RightToLeft)
    }

    /// Whether the learner's calendar starts the week on Sunday: in Israel the working
    /// week runs from Sunday to Thursday; in the other learners' countries it starts on
    /// Monday.
    pub const fn week_starts_on_sunday(self) -> bool {
        matches!(self, Language::He)
    }

    /// Position in [`Language::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a POSIX locale value such as `nl_BE.UTF-8`, `de_CH`, `fr` or
    /// `en_GB.UTF-8@euro`; `None` for `C`, `POSIX` and languages drempel does not speak.
    pub fn from_locale(value: &str) -> Option<Language> {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default();
        // "iw" is Hebrew's withdrawn ISO 639 code, still in some older locales and in Java.
        if language.eq_ignore_ascii_case("iw") {
            return Some(Language::He);
        }
        Language::from_code(language)
    }

    /// The language of the system locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides, as POSIX has it (a later one is not consulted
    /// when an earlier one names a language drempel lacks).
    pub fn from_system_locale(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_locale(&value))
    }

    /// The language of a run: `--lang` (or `DREMPEL_LANG`, which clap reads into the same
    /// option), else the learner's choice in the welcome step, else the system locale,
    /// else English.
    pub fn for_run(
        explicit: Option<Language>,
        chosen: Option<Language>,
        var: impl Fn(&str) -> Option<String>,
    ) -> Language {
        explicit
            .or(chosen)
            .or_else(|| Language::from_system_locale(var))
            .unwrap_or(Language::BASE)
    }

    /// The codes, for messages that list them: `en, nl, de, fr, he`.
    pub fn codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = String;

    fn from_str(text: &str) -> Result<Language, String> {
        Language::from_code(text).ok_or_else(|| {
            crate::t!(
                "error-bad-lang",
                lang = crate::text::sanitize_line(text),
                valid = Language::codes()
            )
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An environment of `pairs`, as the functions that read variables take it.
    pub(crate) fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn codes_parse_in_any_case_and_unknown_ones_list_the_languages() {
        assert_eq!("NL".parse::<Language>(), Ok(Language::Nl));
        let err = "xx".parse::<Language>().unwrap_err();
        assert!(err.contains("xx") && err.contains("en, nl, de, fr, he"), "{err}");
    }

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::from_locale("nl_BE.UTF-8"), Some(Language::Nl));
        assert_eq!(Language::from_locale("de_CH"), Some(Language::De));
        assert_eq!(Language::from_locale("fr"), Some(Language::Fr));
        assert_eq!(Language::from_locale("en_GB.UTF-8@euro"), Some(Language::En));
        assert_eq!(Language::from_locale("he_IL.UTF-8"), Some(Language::He));
        assert_eq!(Language::from_locale("iw_IL"), Some(Language::He));
        assert_eq!(Language::from_locale("C.UTF-8"), None);
        assert_eq!(Language::from_locale("POSIX"), None);
        assert_eq!(Language::from_locale("es_ES.UTF-8"), None);
    }

    #[test]
    fn the_first_set_locale_variable_decides() {
        let vars = [
            ("LC_ALL", ""),
            ("LC_MESSAGES", "de_AT.UTF-8"),
            ("LANG", "fr_BE.UTF-8"),
        ];
        assert_eq!(Language::from_system_locale(env(&vars)), Some(Language::De));
        // An unsupported LC_ALL does not fall through to LANG: the person asked for it.
        let vars = [("LC_ALL", "es_ES.UTF-8"), ("LANG", "nl_NL.UTF-8")];
        assert_eq!(Language::from_system_locale(env(&vars)), None);
    }

    #[test]
    fn precedence_flag_then_choice_then_locale_then_english() {
        let dutch_locale = [("LANG", "nl_NL.UTF-8")];
        let run = |explicit, chosen, vars: &[(&str, &str)]| Language::for_run(explicit, chosen, env(vars));
        assert_eq!(
            run(Some(Language::Fr), Some(Language::De), &dutch_locale),
            Language::Fr
        );
        assert_eq!(run(None, Some(Language::De), &dutch_locale), Language::De);
        assert_eq!(run(None, None, &dutch_locale), Language::Nl);
        assert_eq!(run(None, None, &[]), Language::En);
    }
}
