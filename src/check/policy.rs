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
    /// Other names people use for the employer ("Harbourline" for "Harbourline Bank
    /// plc", an old name, an abbreviation): praise under them needs the disclosure too.
    pub employer_aliases: Vec<String>,
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
    employer_aliases: Vec<Spanned<String>>,
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
            employer_aliases: Vec::new(),
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
            employer_aliases: list("employer_aliases", &file.employer_aliases, true)?,
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

    /// The names the employer goes by: its name as the policy writes it, that name
    /// without its legal form ("Muster Pflege" for "Muster Pflege GmbH"), its
    /// distinctive part ("Harbourline" for "Harbourline Bank", "Bellerive" for "Banque
    /// Bellerive"), the way people write it, and the policy's `employer_aliases`.
    pub fn employer_names(&self) -> Vec<EmployerName> {
        let mut out: Vec<EmployerName> = Vec::new();
        let mut add = |name: &str, as_name_only: bool| add_name(&mut out, name, as_name_only);
        add(&self.employer, false);
        if let Some(short) = short_name(&self.employer) {
            add(short, false);
        }
        for alias in &self.employer_aliases {
            add(alias, false);
        }
        // Derived, not written by the policy: it may be an everyday word ("Voorbeeld",
        // "Exemple"), so it counts only where it is written as a name.
        if let Some(distinctive) = distinctive_name(&self.employer) {
            add(&distinctive, true);
        }
        // …its first words, before those that say what kind it is ("Van Hoorn")…
        if let Some(leading) = leading_name(&self.employer) {
            add(leading, true);
        }
        // …and each of its distinctive words, written as a name: people say "Scheldeland"
        // for "Woonstichting Scheldeland" whatever the other word names, and no list of
        // sector words ("Woonstichting", "Atelier", "Bouw") is ever complete.
        for word in distinctive_words(&self.employer) {
            add(word, true);
        }
        let a_body = (self.employer.split(|c: char| !c.is_alphanumeric()))
            .any(|word| OTHER_BODIES.contains(&word.to_lowercase().as_str()));
        for name in out.iter_mut().filter(|name| name.as_name_only) {
            name.apart_from_bodies = !a_body;
        }
        out
    }

    /// The employer's names and its products: what a disclosure is needed for. A
    /// product also goes by its shorter names (`product_short_names`).
    pub fn employer_terms(&self) -> Vec<EmployerName> {
        let mut terms = self.employer_names();
        for product in &self.products {
            let product = product.trim();
            add_name(&mut terms, product, false);
            for short in product_short_names(product) {
                add_name(&mut terms, short, true);
            }
        }
        terms
    }
}

/// A name the employer (or a product) goes by, and how it must be written to count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerName {
    pub name: String,
    /// Counts only where it is written as a name: with a capital initial (in a script
    /// that has capitals), or as a mention. A hashtag in lower case names a topic
    /// ("#fietsen" under a post about headwind, for "Trapwiel Fietsen"). Set for the
    /// short names drempel derives itself.
    pub as_name_only: bool,
    /// Counts only where no word of a town, club or association stands beside it
    /// ([`OTHER_BODIES`]). Set for the short names drempel derives from an employer
    /// that is none of these itself: beside "Stadt", "Wendelbach" is the town, not
    /// "Stadtwerke Wendelbach"; beside "mairie", "Valbrune" is "Ville de Valbrune".
    pub apart_from_bodies: bool,
}

impl EmployerName {
    /// Whether the words at `span` of `draft`, where this name was found ignoring case,
    /// are written the way it must be to count.
    pub fn written_here(&self, draft: &str, span: &std::ops::Range<usize>) -> bool {
        if !self.as_name_only {
            return true;
        }
        let first = draft.get(span.start..).and_then(|s| s.chars().next());
        let before = draft.get(..span.start).and_then(|s| s.chars().next_back());
        // A script without capitals (Hebrew) cannot show a name by its initial: there
        // the word counts wherever it is written, except behind the definite article
        // glued to it, which a name does not take ("האופק" is "the horizon", not
        // "אופק בריאות"; "חברת החשמל" the power company, not "ברק מוצרי חשמל").
        let caseless = first.is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
        let as_name = first.is_some_and(char::is_uppercase)
            || (caseless && before != Some(HEBREW_ARTICLE))
            || before == Some('@');
        as_name && !(self.apart_from_bodies && in_other_body(draft, span))
    }
}

/// Towns, clubs, associations and the town's public services: a derived name beside one
/// of these names another body that shares the word ("Stadt Wendelbach" for "Stadtwerke
/// Wendelbach", the club's "Verein „Wendelbach hilft“", "the Brightwater running club",
/// "Freiwillige Feuerwehr Wendelbach"), unless the employer is one of them itself. The
/// employer's own full name is found whole, so it is not lost here.
const OTHER_BODIES: &[&str] = &[
    "stadt",
    "gemeinde",
    "gemeente",
    "stad",
    "city",
    "town",
    "ville",
    "commune",
    "mairie",
    "verein",
    "vereniging",
    "association",
    "club",
    "fc",
    "sv",
    "tsv",
    "vv",
    "kring",
    "עיריית",
    "מועדון",
    "עמותת",
    // The town's fire brigade, police, parish and station go by its name too.
    "feuerwehr",
    "polizei",
    "pfarrei",
    "kirchengemeinde",
    "bahnhof",
    "brandweer",
    "politie",
    "parochie",
    "station",
    "brigade",
    "firefighters",
    "police",
    "parish",
    "pompiers",
    "gendarmerie",
    "paroisse",
    "gare",
    "מכבי",
    "משטרת",
];

/// Whether the name at `span` stands right after one of [`OTHER_BODIES`] (past opening
/// quotes and a joiner: "Ville de Valbrune") or one or two words before one.
fn in_other_body(draft: &str, span: &std::ops::Range<usize>) -> bool {
    let is_body = |word: &str| OTHER_BODIES.contains(&word.to_lowercase().as_str());
    let quote = |c: char| {
        matches!(c, '"' | '\'' | '„' | '“' | '”' | '«' | '»' | '‚' | '‘' | '’') || c.is_whitespace()
    };
    // The word written right before a text, with only spaces and quotes between: a colon
    // or a full stop between them ("… van de stad: Velderman") joins no name.
    let word_before = |text: &str| -> Option<(String, usize)> {
        let text = text.trim_end_matches(quote);
        let start = text
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(at, c)| at + c.len_utf8());
        let word = &text[start..];
        (!word.is_empty()).then(|| (word.to_lowercase(), start))
    };
    let before = &draft[..span.start];
    let preceding = match word_before(before) {
        Some((word, start)) if JOINERS.contains(&word.as_str()) => {
            word_before(&before[..start]).map(|(word, _)| word)
        }
        word => word.map(|(word, _)| word),
    };
    let following = draft[span.end..]
        .split(['.', '!', '?', ',', ';', ':', '\n'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect::<Vec<_>>();
    preceding.is_some_and(|word| is_body(&word)) || following.into_iter().any(is_body)
}

/// The Hebrew definite article, written glued to the word it defines.
const HEBREW_ARTICLE: char = 'ה';

/// Legal forms that follow (or, rarely, precede) a company's name, in lower case.
const LEGAL_FORMS: [&str; 33] = [
    "gmbh", "ggmbh", "mbh", "ag", "e.v.", "ev", "kg", "kgaa", "ug", "se", "b.v.", "bv", "n.v.", "nv",
    "v.o.f.", "vof", "vzw", "asbl", "sa", "s.a.", "sas", "sarl", "sprl", "srl", "ltd", "ltd.", "inc.", "inc",
    "plc", "llc", "בע״מ", "בע\"מ", "בעמ",
];

/// Articles and joiners: they join a name's words ("Van Hoorn", "Ville de Valbrune")
/// and are no name on their own.
const JOINERS: &[&str] = &[
    "the", "de", "het", "die", "der", "das", "la", "le", "les", "l'", "&", "and", "en", "und", "et", "of",
    "van", "von", "du", "des", "co", "co.",
];

/// Words that say what kind of organisation it is, not which one, in the five
/// languages: what is left when they and the joiners are dropped is the name people use.
const KIND_WORDS: &[&str] = &[
    // Hebrew: health, energy, electricity, products (of), water, insurance, bank, group,
    // company, network, services, systems, industries, development, clinics
    "בריאות",
    "אנרגיה",
    "חשמל",
    "מוצרי",
    "מוצרים",
    "מים",
    "ביטוח",
    "בנק",
    "קבוצת",
    "חברת",
    "רשת",
    "שירותי",
    "שירותים",
    "מערכות",
    "תעשיות",
    "התפתחות",
    "מרפאות",
    "מרפאת",
    "קופת",
    "חולים",
    // construction, cleaning, dental, pharmacy, childcare, media, food, staffing
    "bouw",
    "bouwbedrijf",
    "bouwgroep",
    "aannemers",
    "infra",
    "bau",
    "bauunternehmen",
    "construction",
    "constructions",
    "facility",
    "facilities",
    "schoonmaak",
    "reinigung",
    "gebäudereinigung",
    "cleaning",
    "nettoyage",
    "propreté",
    "dental",
    "tandartsen",
    "tandzorg",
    "mondzorg",
    "zahnmedizin",
    "dentaire",
    "apotheek",
    "apotheken",
    "apotheke",
    "pharmacy",
    "pharmacie",
    "pharmacies",
    "kinderopvang",
    "childcare",
    "kita",
    "crèches",
    "media",
    "studio",
    "studios",
    "foods",
    "uitzendbureau",
    "uitzendgroep",
    "personal",
    "personaldienstleistungen",
    "ggz",
    // banking, insurance, finance
    "bank",
    "banque",
    "banca",
    "sparkasse",
    "volksbank",
    "insurance",
    "verzekeringen",
    "verzekeraar",
    "versicherung",
    "versicherungen",
    "assurance",
    "assurances",
    "finance",
    "financial",
    "capital",
    "credit",
    "crédit",
    "kredit",
    "krediet",
    // software, technology, consulting
    "software",
    "technologies",
    "technology",
    "tech",
    "digital",
    "systems",
    "systemen",
    "systeme",
    "systèmes",
    "it",
    "ict",
    "data",
    "consulting",
    "consultancy",
    "beratung",
    "conseil",
    "solutions",
    "oplossingen",
    "lösungen",
    "services",
    "service",
    "diensten",
    "dienstleistungen",
    "partners",
    "partner",
    // logistics, transport, trade
    "logistics",
    "logistiek",
    "logistik",
    "logistique",
    "transport",
    "transporte",
    "transports",
    "spedition",
    "freight",
    "cargo",
    "retail",
    "handel",
    "commerce",
    // care and health
    "care",
    "health",
    "healthcare",
    "santé",
    "sante",
    "zorg",
    "zorggroep",
    "zorgcentrum",
    "zorgcentra",
    "thuiszorg",
    "pflege",
    "pflegedienst",
    "gesundheit",
    "soins",
    "medical",
    "medisch",
    "medizin",
    "clinic",
    "clinics",
    "kliniek",
    "klinik",
    "kliniken",
    "clinique",
    "hospital",
    "ziekenhuis",
    "krankenhaus",
    "klinikum",
    "hôpital",
    "hopital",
    "hôpitaux",
    "ehpad",
    "verpleeghuis",
    "altenheim",
    "seniorenheim",
    // energy, telecom, travel, hospitality
    "energy",
    "energie",
    "énergie",
    "power",
    "utilities",
    "telecom",
    "telecoms",
    "telecommunications",
    "mobile",
    "mobiel",
    "mobil",
    "air",
    "airline",
    "airlines",
    "airways",
    "aviation",
    "hotel",
    "hotels",
    "hôtel",
    "hôtels",
    "resorts",
    "rail",
    "transit",
    "vervoer",
    "verkehrsbetriebe",
    "stadtwerke",
    // shops, cars, housing, staffing, pharmacy
    "market",
    "markets",
    "markt",
    "marché",
    "marchés",
    "supermarkt",
    "supermarché",
    "motors",
    "automotive",
    "cars",
    "housing",
    "wonen",
    "woningcorporatie",
    "immobilier",
    "recruitment",
    "staffing",
    "interim",
    "pharma",
    "pharmaceuticals",
    "laboratoires",
    "labs",
    // leasing and rental, bicycles
    "leasing",
    "lease",
    "ליסינג",
    "השכרה",
    "rental",
    "rentals",
    "verhuur",
    "vermietung",
    "fietsen",
    "bikes",
    "cycles",
    "vélos",
    "fahrräder",
    // education
    "university",
    "universiteit",
    "universität",
    "université",
    "hochschule",
    "hogeschool",
    "college",
    "school",
    // organisation words
    "group",
    "groep",
    "gruppe",
    "groupe",
    "holding",
    "company",
    "compagnie",
    "companies",
    "international",
    "stichting",
    "stiftung",
    "fondation",
    "foundation",
    "vereniging",
    "verein",
    "association",
    "coöperatie",
    "cooperatie",
    "genossenschaft",
    "coopérative",
    "gemeente",
    "stad",
    "mairie",
    "gemeinde",
    "stadt",
    "ville",
    "city",
    "council",
    "municipality",
    "commune",
    "provincie",
    "kanton",
    "canton",
    "landkreis",
];

/// `name` added to `names` unless it is empty or there already, in any case.
fn add_name(names: &mut Vec<EmployerName>, name: &str, as_name_only: bool) {
    let name = name.trim();
    let key = name.to_lowercase();
    if name.is_empty() || names.iter().any(|n| n.name.to_lowercase() == key) {
        return;
    }
    names.push(EmployerName {
        name: name.to_owned(),
        as_name_only,
        apart_from_bodies: false,
    });
}

/// The name without its legal form, when it has one and something is left.
fn short_name(name: &str) -> Option<&str> {
    let (rest, last) = name.trim().rsplit_once(' ')?;
    let rest = rest.trim_end_matches([' ', ',']);
    (LEGAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(last))
        && rest.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
        .then_some(rest)
}

/// Whether a word (lowercase) says what kind of organisation it is, or its legal form.
fn says_kind(lower: &str) -> bool {
    KIND_WORDS.contains(&lower) || LEGAL_FORMS.contains(&lower)
}

/// Whether a word (lowercase) is no name: a joiner, a kind of organisation, a legal form.
fn generic(lower: &str) -> bool {
    JOINERS.contains(&lower) || says_kind(lower)
}

/// A name's first words, up to the first word that says what kind of organisation it
/// is: "Van Hoorn" of "Van Hoorn Bouw & Infra", as people write it in "ik werk bij Van
/// Hoorn", where its distinctive word alone ("Hoorn") would not read as the name.
/// `None` when no such word follows a distinctive one.
fn leading_name(name: &str) -> Option<&str> {
    let name = short_name(name).unwrap_or(name);
    let mut distinctive = false;
    let mut at = 0;
    for word in name.split(' ') {
        let start = at;
        at += word.len() + 1;
        let lower = word.trim_matches(',').to_lowercase();
        if lower.is_empty() {
            continue;
        }
        let kind = says_kind(&lower);
        if kind && distinctive {
            let leading = name[..start].trim_end_matches([' ', ',', '&']);
            return (leading.chars().filter(|c| c.is_alphanumeric()).count() >= 3).then_some(leading);
        }
        distinctive |= !kind && !JOINERS.contains(&lower.as_str());
    }
    None
}

/// The name's distinctive words: without its legal form and the words that only say
/// what kind of organisation it is. `None` when nothing distinctive is left or
/// nothing was dropped.
fn distinctive_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !generic(&w.trim_matches(',').to_lowercase()))
        .collect();
    let distinctive = kept.join(" ");
    (kept.len() < words.len() && distinctive.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
        .then_some(distinctive)
}

/// The words of a name of several that may stand for it alone: not its legal form, not
/// a joiner or a word that only says what kind of organisation it is, and at least four
/// letters or digits long (three in a script that writes no vowels: "ברק" is a name as
/// long as "Barak").
fn distinctive_words(name: &str) -> Vec<&str> {
    let name = short_name(name).unwrap_or(name);
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return Vec::new();
    }
    words
        .into_iter()
        .filter(|w| {
            let lower = w.to_lowercase();
            let letters = w.chars().filter(|c| c.is_alphanumeric()).count();
            !generic(&lower)
                && (letters >= 4 || (letters == 3 && w.chars().all(crate::text::hebrew::is_letter)))
        })
        .collect()
}

/// The shorter names people write for a product: the name without its model number
/// ("AeroVita" for "AeroVita 12", "ThermoPilot" for "ThermoPilot X2"), and a coined word
/// in it, written with a capital inside ("GreenClean" of "Sauberwerk GreenClean"). An
/// everyday word of a product's name ("Espresso" of "Northern Lights Espresso",
/// "Riesling") stands for nothing: in German every noun has a capital, so a capital
/// initial does not make it a name.
fn product_short_names(product: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    let coined = |word: &str| {
        let chars: Vec<char> = word.chars().collect();
        letters(word) >= 4
            && chars
                .windows(2)
                .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
    };
    // Without the model number, what is left must still be a name: "Route" of "Route
    // 66" is a word.
    if let Some((rest, last)) = product.rsplit_once(' ') {
        let model = last.chars().any(|c| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
        let rest = rest.trim_end();
        if model && letters(rest) >= 4 && (rest.contains(' ') || coined(rest)) {
            out.push(rest);
        }
    }
    let words: Vec<&str> = product.split_whitespace().collect();
    if words.len() > 1 {
        for word in words {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if coined(word) && !out.contains(&word) {
                out.push(word);
            }
        }
    }
    out
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
        let aliases = if self.employer_aliases.is_empty() {
            String::new()
        } else {
            format!("employer_aliases = {}\n", list(&self.employer_aliases))
        };
        format!(
            "# {}\n\nemployer = {}\n{aliases}products = {}\ndisclosure_tag = {}\nconfidential = {}\n{}public_contacts = {}\ndos = {}\ndonts = {}\n",
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
        let names: Vec<String> = policy.employer_terms().into_iter().map(|n| n.name).collect();
        assert_eq!(names, ["Acme", "Planner"]);
        assert_eq!(policy.dos.len(), 2);
    }

    /// The names a policy with this employer goes by, and whether each counts only
    /// where written as a name.
    fn names(employer: &str) -> Vec<(String, bool)> {
        let policy = Policy {
            employer: employer.into(),
            ..Policy::default()
        };
        policy
            .employer_names()
            .into_iter()
            .map(|n| (n.name, n.as_name_only))
            .collect()
    }

    #[test]
    fn the_employer_is_also_known_by_its_distinctive_name() {
        let short = |employer: &str| names(employer).into_iter().find(|n| n.1).map(|n| n.0);
        assert_eq!(short("Harbourline Bank").as_deref(), Some("Harbourline"));
        assert_eq!(short("Kadans Software").as_deref(), Some("Kadans"));
        assert_eq!(short("Falkenried Logistik GmbH").as_deref(), Some("Falkenried"));
        assert_eq!(short("Banque Bellerive").as_deref(), Some("Bellerive"));
        assert_eq!(short("Zorggroep Voorbeeld").as_deref(), Some("Voorbeeld"));
        assert_eq!(short("Stadt Wien").as_deref(), Some("Wien"));
        assert_eq!(short("Kestrel Energy").as_deref(), Some("Kestrel"));
        assert_eq!(short("Corran Air").as_deref(), Some("Corran"));
        assert_eq!(short("Ville de Valbrune").as_deref(), Some("Valbrune"));
        // Nothing generic to drop, or nothing distinctive left.
        assert_eq!(short("Harbourline"), None);
        assert_eq!(short("The Care Group"), None);
        let all = names("Muster Pflege GmbH");
        assert_eq!(
            all,
            [
                ("Muster Pflege GmbH".to_owned(), false),
                ("Muster Pflege".to_owned(), false),
                ("Muster".to_owned(), true)
            ]
        );
        // A derived name that is an everyday word counts only when written as a name.
        let derived = EmployerName {
            name: "Exemple".into(),
            as_name_only: true,
            apart_from_bodies: true,
        };
        let draft = "Par exemple chez Exemple, #exemple, #Exemple et @exemple.";
        let at = |word: &str, from: usize| {
            let start = from + draft[from..].find(word).unwrap();
            start..start + word.len()
        };
        assert!(!derived.written_here(draft, &at("exemple", 0)));
        assert!(derived.written_here(draft, &at("Exemple", 0)));
        assert!(!derived.written_here(draft, &at("exemple", 20)));
        assert!(derived.written_here(draft, &at("Exemple", 30)));
        assert!(derived.written_here(draft, &at("exemple", 40)));
        // Beside a town's, a club's, an association's or a public service's word, a
        // derived name names that body; the employer's own name keeps it when the
        // employer is such a body.
        let beside = |draft: &str, word: &str| {
            let start = draft.find(word).unwrap();
            in_other_body(draft, &(start..start + word.len()))
        };
        assert!(beside("Die Stadt Wendelbach pflanzt 200 Bäume.", "Wendelbach"));
        assert!(beside(
            "Geniale Idee vom Verein „Wendelbach hilft“!",
            "Wendelbach"
        ));
        assert!(beside(
            "Well done to the Brightwater running club!",
            "Brightwater"
        ));
        assert!(beside("Merci à la Ville de Valbrune.", "Valbrune"));
        assert!(beside(
            "Mega Leistung der Freiwilligen Feuerwehr Wendelbach beim Hochwasser!",
            "Wendelbach"
        ));
        assert!(beside("Bravo aux pompiers de Valbrune !", "Valbrune"));
        assert!(!beside(
            "Wendelbach ist der beste Versorger, ehrlich.",
            "Wendelbach"
        ));
        assert!(!beside(
            "Der Verein dankt Wendelbach für den Strom.",
            "Wendelbach"
        ));
        // A colon between them joins no name: the town is praised for its shop.
        assert!(!beside("Beste fietsadvies van de stad: Velderman.", "Velderman"));
        let apart = |employer: &str| {
            let policy = Policy {
                employer: employer.into(),
                ..Policy::default()
            };
            (policy.employer_names().into_iter())
                .filter(|n| n.as_name_only)
                .map(|n| n.apart_from_bodies)
                .collect::<Vec<_>>()
        };
        assert_eq!(apart("Stadtwerke Wendelbach"), [true]);
        assert_eq!(apart("Ville de Valbrune"), [false]);
        // Hebrew has no capitals to show a name by: its distinctive word counts as
        // written, and the words that say what kind of organisation it is never do.
        assert_eq!(
            names("אופק בריאות"),
            [("אופק בריאות".to_owned(), false), ("אופק".to_owned(), true)]
        );
        assert_eq!(names("מי הגבעות בע״מ")[1], ("מי הגבעות".to_owned(), false));
        // A Hebrew name of three letters is as long as a Latin one of five.
        assert_eq!(
            names("ברק מוצרי חשמל"),
            [("ברק מוצרי חשמל".to_owned(), false), ("ברק".to_owned(), true)]
        );
        let hebrew = EmployerName {
            name: "אופק".into(),
            as_name_only: true,
            apart_from_bodies: true,
        };
        let draft = "תבדקו את אופק. באמת.";
        assert!(hebrew.written_here(draft, &at_in(draft, "אופק")));
        // …behind a glued prefix too, but not behind the article: a name takes none.
        let draft = "קניתי היום באופק, ובערב הסתכלתי על האופק.";
        assert!(hebrew.written_here(draft, &at_in(draft, "אופק")));
        let article = draft.rfind("אופק").unwrap();
        assert!(!hebrew.written_here(draft, &(article..article + "אופק".len())));
    }

    fn at_in(draft: &str, word: &str) -> std::ops::Range<usize> {
        let start = draft.find(word).unwrap();
        start..start + word.len()
    }

    #[test]
    fn each_distinctive_word_of_a_name_stands_for_it_when_written_as_a_name() {
        let words = |employer: &str| -> Vec<String> {
            names(employer)
                .into_iter()
                .filter(|(name, as_name_only)| *as_name_only && !name.contains(' '))
                .map(|(name, _)| name)
                .collect()
        };
        // No sector list names "Woonstichting" or "Automobile": people still say
        // "Scheldeland" and "Hofmeister".
        assert!(words("Woonstichting Scheldeland").contains(&"Scheldeland".to_owned()));
        assert!(words("Hofmeister Automobile").contains(&"Hofmeister".to_owned()));
        assert!(words("Van Hoorn Bouw & Infra").contains(&"Hoorn".to_owned()));
        // Joiners, legal forms, sector words and short words never stand alone.
        let joined = words("Van der Berg & Co GmbH");
        assert!(
            !joined
                .iter()
                .any(|w| ["Van", "der", "Co", "GmbH"].contains(&w.as_str())),
            "{joined:?}"
        );
        assert_eq!(
            words("Harbourline"),
            Vec::<String>::new(),
            "one word is the name itself"
        );
    }

    #[test]
    fn a_name_is_also_known_by_its_start_before_the_words_of_its_kind() {
        let named = |employer: &str| names(employer).into_iter().map(|n| n.0).collect::<Vec<_>>();
        // "ik werk bij Van Hoorn": the particle belongs to the name people write.
        assert!(named("Van Hoorn Bouw & Infra").contains(&"Van Hoorn".to_owned()));
        assert!(named("De Vries Schoonmaak B.V.").contains(&"De Vries".to_owned()));
        // Joiners inside a name do not end it, nor does a name start with its kind.
        assert!(!named("Ville de Valbrune").contains(&"Ville".to_owned()));
        assert!(
            !named("Bouwbedrijf Van Hoorn")
                .iter()
                .any(|n| n.is_empty() || n == "Bouwbedrijf")
        );
    }

    #[test]
    fn a_product_goes_by_its_name_without_the_model_number_and_by_its_coined_word() {
        assert_eq!(product_short_names("AeroVita 12"), ["AeroVita"]);
        assert_eq!(product_short_names("ThermoPilot X2"), ["ThermoPilot"]);
        assert_eq!(product_short_names("Sauberwerk GreenClean"), ["GreenClean"]);
        assert_eq!(product_short_names("BW Sole-Kompakt 3.2"), ["BW Sole-Kompakt"]);
        // Everyday words, a product of one word, a number that is the name.
        assert!(product_short_names("Northern Lights Espresso").is_empty());
        assert!(product_short_names("Goldlage Riesling").is_empty());
        assert!(product_short_names("GlansPas").is_empty());
        assert!(product_short_names("Route 66").is_empty());
        let policy = Policy {
            products: vec!["AeroVita 12".into()],
            ..Policy::example()
        };
        let terms = policy.employer_terms();
        let short = terms.iter().find(|t| t.name == "AeroVita").unwrap();
        assert!(short.as_name_only, "derived, so written as a name");
        assert!(terms.iter().any(|t| t.name == "AeroVita 12" && !t.as_name_only));
    }

    #[test]
    fn employer_aliases_are_read_and_written_back() {
        let policy = Policy::parse(
            "employer = \"Harbourline Bank plc\"\nemployer_aliases = [\"HLB\"]\ndisclosure_tag = \"#HL\"\n",
        )
        .unwrap();
        assert_eq!(policy.employer_aliases, ["HLB"]);
        assert!(
            policy
                .employer_names()
                .iter()
                .any(|n| n.name == "HLB" && !n.as_name_only)
        );
        assert_eq!(Policy::parse(&policy.to_toml()).unwrap(), policy);
        let duplicate = Policy::parse(
            "employer = \"A B\"\ndisclosure_tag = \"#a\"\nemployer_aliases = [\"X1\", \"x1\"]\n",
        )
        .unwrap_err();
        assert_eq!(duplicate.line, Some(3), "{duplicate}");
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
