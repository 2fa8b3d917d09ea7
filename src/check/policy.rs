//! The organisation's social media policy: who the employer is, what it sells, how
//! employees disclose that they work there, what must stay inside, and its DOs and
//! DON'Ts. Kept as TOML in the learner's folder (`policy.toml`) so that a learner or
//! trainer can read and edit it; the check and the lessons use it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
use crate::files;
use crate::fsutil;
use crate::lessons::{BASE_LANGUAGE, EMBEDDED};
use crate::t;

/// The file name in the learner's folder.
pub const FILE_NAME: &str = "policy.toml";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// The employer's name as people write it; empty when not set.
    pub employer: String,
    pub products: Vec<String>,
    /// A hashtag or short phrase that says "I work there".
    pub disclosure_tag: String,
    /// Terms that must not appear in public.
    pub confidential: Vec<String>,
    /// Other names of a confidential term (code names, short forms, ticket prefixes):
    /// each is as confidential as the term itself.
    pub aliases: BTreeMap<String, Vec<String>>,
    /// The organisation's own public phone numbers, addresses and accounts: sharing
    /// them is not leaking personal data.
    pub public_contacts: Vec<String>,
    pub dos: Vec<String>,
    pub donts: Vec<String>,
}

/// What is wrong with a policy file, and on which line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyProblem {
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for PolicyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.reason),
            None => f.write_str(&self.reason),
        }
    }
}

/// The file as written, with positions for messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    employer: Option<Spanned<String>>,
    #[serde(default)]
    products: Vec<Spanned<String>>,
    #[serde(default)]
    disclosure_tag: Option<Spanned<String>>,
    #[serde(default)]
    confidential: Vec<Spanned<String>>,
    #[serde(default)]
    aliases: BTreeMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    public_contacts: Vec<Spanned<String>>,
    #[serde(default)]
    dos: Vec<Spanned<String>>,
    #[serde(default)]
    donts: Vec<Spanned<String>>,
}

impl Policy {
    /// The policy every rule example is checked against; `rules.toml` files describe it
    /// in their header so trainers can write examples that use it.
    pub fn example() -> Policy {
        Policy {
            employer: "Acme Care".into(),
            products: vec!["CareConnect".into(), "Acme Planner".into()],
            disclosure_tag: "#AcmeEmployee".into(),
            confidential: vec!["Project Falcon".into(), "Falcon merger".into()],
            aliases: BTreeMap::from([("Project Falcon".into(), vec!["PF-26".into()])]),
            public_contacts: vec!["+31 30 765 4321".into(), "info@acmecare.example".into()],
            dos: vec!["Share what you learn.".into()],
            donts: vec!["Share internal figures.".into()],
        }
    }

    /// Parses and validates policy TOML. The first problem found is returned, with its
    /// line where it has one.
    pub fn parse(text: &str) -> Result<Policy, PolicyProblem> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line_of = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
        let file: PolicyFile = toml::from_str(text).map_err(|e| PolicyProblem {
            line: e.span().map(|s| line_of(s.start)),
            reason: e.message().trim().to_owned(),
        })?;
        let problem = |value: &Spanned<String>, reason: String| PolicyProblem {
            line: Some(line_of(value.span().start)),
            reason,
        };
        let trimmed = |value: &Option<Spanned<String>>| {
            value
                .as_ref()
                .map(|v| v.get_ref().trim().to_owned())
                .unwrap_or_default()
        };
        let employer = trimmed(&file.employer);
        let disclosure_tag = trimmed(&file.disclosure_tag);
        if !employer.is_empty() && disclosure_tag.is_empty() {
            let at = file.disclosure_tag.as_ref().or(file.employer.as_ref());
            return Err(problem(
                at.expect("employer is set"),
                t!("policy-needs-disclosure"),
            ));
        }
        let list = |field: &str, values: &[Spanned<String>], terms: bool| {
            let mut seen = BTreeSet::new();
            let mut out = Vec::with_capacity(values.len());
            for value in values {
                let text = value.get_ref().trim();
                if text.is_empty() {
                    return Err(problem(value, t!("policy-empty-entry", field = field)));
                }
                if terms && text.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    return Err(problem(
                        value,
                        t!("policy-short-term", field = field, term = text),
                    ));
                }
                if !seen.insert(text.to_lowercase()) {
                    return Err(problem(value, t!("policy-duplicate", field = field, term = text)));
                }
                out.push(text.to_owned());
            }
            Ok(out)
        };
        let confidential = list("confidential", &file.confidential, true)?;
        let mut aliases = BTreeMap::new();
        for (term, names) in &file.aliases {
            // An alias of a term the policy does not keep confidential protects nothing:
            // most likely a typo in the term.
            let term = term.trim();
            if !confidential
                .iter()
                .any(|c| c.to_lowercase() == term.to_lowercase())
            {
                return Err(PolicyProblem {
                    line: names.first().map(|n| line_of(n.span().start)),
                    reason: t!("policy-alias-unknown-term", term = term),
                });
            }
            aliases.insert(term.to_owned(), list("aliases", names, true)?);
        }
        Ok(Policy {
            employer,
            products: list("products", &file.products, true)?,
            disclosure_tag,
            confidential,
            aliases,
            public_contacts: list("public_contacts", &file.public_contacts, true)?,
            dos: list("dos", &file.dos, false)?,
            donts: list("donts", &file.donts, false)?,
        })
    }

    /// Reads and validates a policy file; a problem becomes an error naming the file
    /// and line (exit 2: the person can fix the file).
    pub fn read(path: &Path) -> Result<Policy> {
        Policy::read_with_text(path).map(|(policy, _)| policy)
    }

    /// [`Policy::read`], with the file's text as it was read (to store it unchanged). At
    /// most [`MAX_POLICY_BYTES`]; a pipe or device is refused, never waited on.
    pub fn read_with_text(path: &Path) -> Result<(Policy, String)> {
        let bytes = files::read_capped(path, MAX_POLICY_BYTES).map_err(|e| Error::PolicyUnreadable {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
        let text = String::from_utf8(bytes).map_err(|_| Error::PolicyInvalid {
            path: path.to_owned(),
            line: None,
            reason: t!("policy-not-utf8"),
        })?;
        let policy = Policy::parse(&text).map_err(|p| Error::PolicyInvalid {
            path: path.to_owned(),
            line: p.line,
            reason: p.reason,
        })?;
        Ok((policy, text))
    }

    /// The learner's policy, if one was stored.
    pub fn stored(learner_dir: &Path) -> Result<Option<Policy>> {
        let path = stored_path(learner_dir);
        if !path.exists() {
            return Ok(None);
        }
        Policy::read(&path).map(Some)
    }

    /// The confidential terms and every alias of them.
    pub fn confidential_terms(&self) -> impl Iterator<Item = &str> {
        self.confidential
            .iter()
            .chain(self.aliases.values().flatten())
            .map(String::as_str)
    }

    /// The employer's name and its products: what a disclosure is needed for.
    /// The employer's name is also found without its legal form ("Muster Pflege" for
    /// "Muster Pflege GmbH"), the way people write it.
    pub fn employer_terms(&self) -> impl Iterator<Item = &str> {
        let short = short_name(&self.employer);
        std::iter::once(self.employer.as_str())
            .chain(short)
            .filter(|e| !e.is_empty())
            .chain(self.products.iter().map(String::as_str))
    }
}

/// Legal forms that follow a company's name.
const LEGAL_FORMS: [&str; 16] = [
    "GmbH", "gGmbH", "AG", "e.V.", "KG", "B.V.", "BV", "N.V.", "NV", "SA", "SAS", "SARL", "Ltd", "Ltd.",
    "Inc.", "plc",
];

/// The name without its legal form, when it has one and something is left.
fn short_name(name: &str) -> Option<&str> {
    let (rest, last) = name.trim().rsplit_once(' ')?;
    let rest = rest.trim_end_matches([' ', ',']);
    (LEGAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(last))
        && rest.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
        .then_some(rest)
}

/// A policy is a page or two of TOML; a megabyte is far beyond any.
pub const MAX_POLICY_BYTES: u64 = 1024 * 1024;

pub fn stored_path(learner_dir: &Path) -> PathBuf {
    learner_dir.join(FILE_NAME)
}

/// Stores policy text (already validated) in the learner's folder, atomically and
/// readable by the owner only.
pub fn store(learner_dir: &Path, text: &str) -> Result<PathBuf> {
    let path = stored_path(learner_dir);
    fsutil::create_private_dir(learner_dir)?;
    fsutil::write_atomic(&path, text.as_bytes())?;
    Ok(path)
}

/// The template `policy init` and the wizard start from, next to the lessons of a language.
const TEMPLATE_FILE: &str = "policy.toml";

/// The template for `lang`: a trainer's `DIR/<lang>/policy.toml`, else the embedded one
/// of that language, else English. Returns its name for messages.
pub fn template(lessons_dir: Option<&Path>, lang: &str) -> Result<(PathBuf, String)> {
    if let Some(dir) = lessons_dir {
        let path = dir.join(lang).join(TEMPLATE_FILE);
        if path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::PolicyUnreadable {
                path: path.clone(),
                reason: e.to_string(),
            })?;
            return Ok((path, text));
        }
    }
    let file = [lang, BASE_LANGUAGE]
        .into_iter()
        .find_map(|l| EMBEDDED.get_file(format!("{l}/{TEMPLATE_FILE}")))
        .expect("the English policy template is embedded");
    Ok((
        PathBuf::from("lessons").join(file.path()),
        file.contents_utf8().expect("UTF-8 template").to_owned(),
    ))
}

impl Policy {
    /// The policy as a file `policy set` and the check read back unchanged: what the
    /// wizard writes after each answer.
    pub fn to_toml(&self) -> String {
        let string = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let list = |items: &[String]| {
            let quoted: Vec<String> = items.iter().map(|i| format!("  {},", string(i))).collect();
            if quoted.is_empty() {
                "[]".to_owned()
            } else {
                format!("[\n{}\n]", quoted.join("\n"))
            }
        };
        format!(
            "# {}\n\nemployer = {}\nproducts = {}\ndisclosure_tag = {}\nconfidential = {}\n{}public_contacts = {}\ndos = {}\ndonts = {}\n",
            t!("policy-written-by-wizard"),
            string(&self.employer),
            list(&self.products),
            string(&self.disclosure_tag),
            list(&self.confidential),
            self.aliases_toml(),
            list(&self.public_contacts),
            list(&self.dos),
            list(&self.donts),
        )
    }
}

impl Policy {
    /// The aliases as an inline table line, or nothing when there are none.
    fn aliases_toml(&self) -> String {
        if self.aliases.is_empty() {
            return String::new();
        }
        let string = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let entries: Vec<String> = self
            .aliases
            .iter()
            .map(|(term, names)| {
                let names: Vec<String> = names.iter().map(|n| string(n)).collect();
                format!("{} = [{}]", string(term), names.join(", "))
            })
            .collect();
        format!("aliases = {{ {} }}\n", entries.join(", "))
    }
}

/// The starting policy `drempel policy init` writes: the template with the employer
/// filled in when the learner already named their organisation.
pub fn render_template(template: &str, employer: Option<&str>) -> String {
    let quoted = toml::Value::String(employer.unwrap_or_default().trim().to_owned()).to_string();
    template.replace("{employer}", &quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_policy_parses_and_trims() {
        let policy = Policy::parse(
            "employer = \" Acme \"\nproducts = [\"Planner\"]\ndisclosure_tag = \"#acme\"\n\
             confidential = [\"Falcon\"]\ndos = [\"Be kind\", \"Share\"]\ndonts = [\"Leak\"]\n",
        )
        .unwrap();
        assert_eq!(policy.employer, "Acme");
        assert_eq!(policy.employer_terms().collect::<Vec<_>>(), ["Acme", "Planner"]);
        assert_eq!(policy.dos.len(), 2);
    }

    #[test]
    fn problems_name_their_line() {
        let syntax =
            Policy::parse("employer = \"Acme\"\ndisclosure_tag = \"#a\"\nproducts = [\"x\",\n").unwrap_err();
        assert_eq!(syntax.line, Some(3), "the unclosed array: {syntax}");
        let unknown = Policy::parse("employer = \"Acme\"\nemployee = 1\n").unwrap_err();
        assert_eq!(unknown.line, Some(2), "{unknown}");
        let empty = Policy::parse("confidential = [\n  \"Falcon\",\n  \"  \",\n]\n").unwrap_err();
        assert_eq!(empty.line, Some(3), "{empty}");
        let duplicate = Policy::parse("products = [\"Planner\", \"planner\"]\n").unwrap_err();
        assert_eq!(duplicate.line, Some(1));
        let no_tag = Policy::parse("\n\nemployer = \"Acme\"\n").unwrap_err();
        assert_eq!(no_tag.line, Some(3));
        assert!(no_tag.reason.contains("disclosure_tag"), "{no_tag}");
    }

    #[test]
    fn the_template_gets_a_quoted_employer() {
        let text = render_template("employer = {employer}\n", Some("Acme \"Care\""));
        assert!(
            Policy::parse(&text)
                .unwrap_err()
                .reason
                .contains("disclosure_tag")
        );
        assert_eq!(render_template("employer = {employer}", None), "employer = \"\"");
    }
}
