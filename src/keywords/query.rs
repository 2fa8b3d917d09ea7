//! The query language, in the style of Google Alerts.
//!
//! ```text
//! hiring                      a word
//! "open day"                  an exact phrase (“typographic” quotes work too)
//! vacancy -unpaid             a word, and not another word (or -"a phrase")
//! nurse OR caregiver          either of the two; OR binds tighter than the space,
//!                             so `nurse OR caregiver hospital` is (nurse or caregiver) and hospital
//! site:example.com            the item's link is on example.com or a subdomain
//! intitle:hiring              the word (or intitle:"a phrase") is in the title
//! ```
//!
//! Words and phrases are matched on whole words, without regard to case or diacritics
//! (see [`super::normalize`]). Every clause separated by a space must hold.

use std::fmt;

use super::normalize::fold_words;
use crate::t;

/// A parsed query: clauses that must all hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// At least one of the alternatives (joined by OR) holds.
    AnyOf(Vec<Atom>),
    /// The atom must not hold.
    Not(Atom),
}

/// The smallest thing that holds for an item or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    Term(Term),
    Site(Site),
}

/// A word or phrase to find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// As written, lowercased, without quotes: what the person sees.
    pub text: String,
    /// Written in quotes.
    pub quoted: bool,
    /// Only the title counts (`intitle:`).
    pub in_title: bool,
    /// The folded words it is matched as.
    pub words: Vec<String>,
}

/// `site:domain`: the item's link is on this host or a subdomain of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// As written, lowercased.
    pub text: String,
    /// The ASCII (punycode) form, compared with the link's host.
    pub domain: String,
}

impl Site {
    /// Whether `host` (ASCII, lowercase, as a URL parser gives it) is this domain or
    /// one of its subdomains.
    pub fn covers(&self, host: &str) -> bool {
        let host = host.strip_suffix('.').unwrap_or(host);
        host == self.domain
            || host
                .strip_suffix(self.domain.as_str())
                .is_some_and(|rest| rest.ends_with('.'))
    }
}

/// What is wrong with a query, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError {
    /// The query as given.
    pub query: String,
    /// Where the problem is, in characters from the start (0-based).
    pub position: usize,
    pub kind: QueryErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum QueryErrorKind {
    Empty,
    UnclosedQuote,
    EmptyPhrase,
    LoneMinus,
    MinusTwice,
    OrAtStart,
    OrAtEnd,
    OrTwice,
    OrWithExclusion,
    EmptySite,
    BadSite(String),
    EmptyInTitle,
    MinusAfterOperator(String),
    NothingToMatch(String),
    OnlyExclusions,
    UnsupportedOperator(String),
}

impl QueryError {
    /// What is wrong and what to do, in one sentence, without the position.
    pub fn message(&self) -> String {
        match &self.kind {
            QueryErrorKind::Empty => t!("query-empty"),
            QueryErrorKind::UnclosedQuote => t!("query-unclosed-quote"),
            QueryErrorKind::EmptyPhrase => t!("query-empty-phrase"),
            QueryErrorKind::LoneMinus => t!("query-lone-minus"),
            QueryErrorKind::MinusTwice => t!("query-minus-twice"),
            QueryErrorKind::OrAtStart => t!("query-or-at-start"),
            QueryErrorKind::OrAtEnd => t!("query-or-at-end"),
            QueryErrorKind::OrTwice => t!("query-or-twice"),
            QueryErrorKind::OrWithExclusion => t!("query-or-with-exclusion"),
            QueryErrorKind::EmptySite => t!("query-empty-site"),
            QueryErrorKind::BadSite(site) => t!("query-bad-site", site = crate::text::sanitize_line(site)),
            QueryErrorKind::EmptyInTitle => t!("query-empty-intitle"),
            QueryErrorKind::MinusAfterOperator(op) => {
                t!("query-minus-after-operator", operator = op.as_str())
            }
            QueryErrorKind::NothingToMatch(word) => {
                t!("query-nothing-to-match", word = crate::text::sanitize_line(word))
            }
            QueryErrorKind::OnlyExclusions => t!("query-only-exclusions"),
            QueryErrorKind::UnsupportedOperator(op) => {
                t!(
                    "query-unsupported-operator",
                    operator = crate::text::sanitize_line(op)
                )
            }
        }
    }

    /// The query on one line and a caret under the problem, both indented by two
    /// spaces, safe for a terminal.
    pub fn pointer(&self) -> String {
        let line = crate::text::sanitize_line(&self.query);
        let before: String = self.query.chars().take(self.position).collect();
        let column = unicode_width::UnicodeWidthStr::width(crate::text::sanitize_line(&before).as_str());
        format!("  {line}\n  {}^", " ".repeat(column))
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}",
            t!(
                "query-error-at",
                column = self.position + 1,
                message = self.message()
            )
        )
    }
}

impl std::error::Error for QueryError {}

/// Operators Google knows that drempel does not: named, so nobody wonders why
/// `inurl:jobs` finds nothing.
const UNSUPPORTED_OPERATORS: &[&str] = &[
    "allinanchor:",
    "allintext:",
    "allintitle:",
    "allinurl:",
    "cache:",
    "define:",
    "filetype:",
    "inanchor:",
    "intext:",
    "inurl:",
    "link:",
    "related:",
];

const QUOTES: &[char] = &['"', '“', '”', '„'];

/// One lexical item of a query.
enum Item {
    Or { at: usize },
    Atom { at: usize, negated: bool, atom: Atom },
}

impl Query {
    /// Parses a query; every malformed one is rejected with the position of the problem.
    pub fn parse(query: &str) -> Result<Query, QueryError> {
        let fail = |position: usize, kind: QueryErrorKind| QueryError {
            query: query.to_owned(),
            position,
            kind,
        };
        let items = lex(query).map_err(|(position, kind)| fail(position, kind))?;
        let Some(first) = items.first() else {
            return Err(fail(0, QueryErrorKind::Empty));
        };
        if let Item::Or { at } = first {
            return Err(fail(*at, QueryErrorKind::OrAtStart));
        }
        let mut clauses: Vec<Clause> = Vec::new();
        let mut pending_or: Option<usize> = None;
        for item in items {
            match item {
                Item::Or { at } => {
                    if pending_or.is_some() {
                        return Err(fail(at, QueryErrorKind::OrTwice));
                    }
                    if matches!(clauses.last(), Some(Clause::Not(_))) {
                        return Err(fail(at, QueryErrorKind::OrWithExclusion));
                    }
                    pending_or = Some(at);
                }
                Item::Atom { at, negated, atom } => match (pending_or.take(), negated) {
                    (Some(_), true) => return Err(fail(at, QueryErrorKind::OrWithExclusion)),
                    (Some(_), false) => match clauses.last_mut() {
                        Some(Clause::AnyOf(alternatives)) => alternatives.push(atom),
                        _ => unreachable!("OR follows an alternative"),
                    },
                    (None, true) => clauses.push(Clause::Not(atom)),
                    (None, false) => clauses.push(Clause::AnyOf(vec![atom])),
                },
            }
        }
        if let Some(at) = pending_or {
            return Err(fail(at, QueryErrorKind::OrAtEnd));
        }
        if !clauses.iter().any(|c| matches!(c, Clause::AnyOf(_))) {
            return Err(fail(0, QueryErrorKind::OnlyExclusions));
        }
        Ok(Query { clauses })
    }

    /// The query written the one way drempel writes it: lowercase, single spaces,
    /// straight quotes. Parsing it gives the same query.
    /// Exclusions go last, so a stored query never starts with a minus that a shell or
    /// an argument parser could take for an option.
    pub fn canonical(&self) -> String {
        let required = self.clauses.iter().filter(|c| matches!(c, Clause::AnyOf(_)));
        let excluded = self.clauses.iter().filter(|c| matches!(c, Clause::Not(_)));
        required
            .chain(excluded)
            .map(|clause| match clause {
                Clause::AnyOf(alternatives) => alternatives
                    .iter()
                    .map(Atom::canonical)
                    .collect::<Vec<_>>()
                    .join(" OR "),
                Clause::Not(atom) => format!("-{}", atom.canonical()),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// What the query matches, independent of how it is written: two queries with the
    /// same key find the same items (`Café` and `cafe`, `a b` and `b a`).
    pub fn key(&self) -> String {
        let mut clauses: Vec<String> = self
            .clauses
            .iter()
            .map(|clause| match clause {
                Clause::AnyOf(alternatives) => {
                    let mut keys: Vec<String> = alternatives.iter().map(Atom::key).collect();
                    keys.sort();
                    keys.dedup();
                    keys.join("|")
                }
                Clause::Not(atom) => format!("-{}", atom.key()),
            })
            .collect();
        clauses.sort();
        clauses.dedup();
        clauses.join(" ")
    }

    /// The terms and sites that must hold, one alternative list per clause.
    pub fn required(&self) -> impl Iterator<Item = &[Atom]> {
        self.clauses.iter().filter_map(|c| match c {
            Clause::AnyOf(alternatives) => Some(alternatives.as_slice()),
            Clause::Not(_) => None,
        })
    }

    pub fn excluded(&self) -> impl Iterator<Item = &Atom> {
        self.clauses.iter().filter_map(|c| match c {
            Clause::Not(atom) => Some(atom),
            Clause::AnyOf(_) => None,
        })
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

impl std::str::FromStr for Query {
    type Err = QueryError;

    fn from_str(text: &str) -> Result<Query, QueryError> {
        Query::parse(text)
    }
}

impl Atom {
    pub fn canonical(&self) -> String {
        match self {
            Atom::Term(term) => term.canonical(),
            Atom::Site(site) => format!("site:{}", site.text),
        }
    }

    fn key(&self) -> String {
        match self {
            Atom::Term(term) => {
                let field = if term.in_title { "t" } else { "w" };
                format!("{field}:{}", term.words.join(" "))
            }
            Atom::Site(site) => format!("s:{}", site.domain),
        }
    }
}

impl Term {
    pub fn canonical(&self) -> String {
        let body = if self.quoted {
            format!("\"{}\"", self.text)
        } else {
            self.text.clone()
        };
        if self.in_title {
            format!("intitle:{body}")
        } else {
            body
        }
    }
}

type LexError = (usize, QueryErrorKind);

/// Splits the query into OR operators and (possibly negated) atoms.
fn lex(query: &str) -> Result<Vec<Item>, LexError> {
    let chars: Vec<char> = query.chars().collect();
    let mut items = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let end = word_end(&chars, i);
        if chars[start..end] == ['O', 'R'] {
            items.push(Item::Or { at: start });
            i = end;
            continue;
        }
        let negated = chars[i] == '-';
        if negated {
            i += 1;
            match chars.get(i) {
                None => return Err((start, QueryErrorKind::LoneMinus)),
                Some(c) if c.is_whitespace() => return Err((start, QueryErrorKind::LoneMinus)),
                Some('-') => return Err((i, QueryErrorKind::MinusTwice)),
                Some(_) => {}
            }
        }
        let (atom, next) = atom(&chars, i)?;
        items.push(Item::Atom {
            at: start,
            negated,
            atom,
        });
        i = next;
    }
    Ok(items)
}

/// Reads one atom starting at `i`; returns it and where the next item may start.
fn atom(chars: &[char], i: usize) -> Result<(Atom, usize), LexError> {
    let end = word_end(chars, i);
    let word: String = chars[i..end].iter().collect();
    let lower = word.to_lowercase();
    if let Some(operator) = UNSUPPORTED_OPERATORS.iter().find(|op| lower.starts_with(**op)) {
        return Err((i, QueryErrorKind::UnsupportedOperator(operator.to_string())));
    }
    if lower.starts_with("site:") {
        let value_at = i + "site:".len();
        return site(chars, value_at).map(|(site, next)| (Atom::Site(site), next));
    }
    if lower.starts_with("intitle:") {
        let value_at = i + "intitle:".len();
        match chars.get(value_at) {
            None => return Err((i, QueryErrorKind::EmptyInTitle)),
            Some(c) if c.is_whitespace() => return Err((i, QueryErrorKind::EmptyInTitle)),
            Some('-') => {
                return Err((value_at, QueryErrorKind::MinusAfterOperator("intitle:".into())));
            }
            Some(_) => {}
        }
        let (mut term, next) = term(chars, value_at)?;
        term.in_title = true;
        return Ok((Atom::Term(term), next));
    }
    term(chars, i).map(|(term, next)| (Atom::Term(term), next))
}

/// A word up to the next space, or a phrase in quotes.
fn term(chars: &[char], i: usize) -> Result<(Term, usize), LexError> {
    let (text, quoted, next) = if QUOTES.contains(&chars[i]) {
        let close = (i + 1..chars.len())
            .find(|&at| QUOTES.contains(&chars[at]) && !is_gershayim(chars, at))
            .map(|at| at - i - 1)
            .ok_or((i, QueryErrorKind::UnclosedQuote))?;
        let inner: String = chars[i + 1..i + 1 + close].iter().collect();
        if inner.trim().is_empty() {
            return Err((i, QueryErrorKind::EmptyPhrase));
        }
        (inner, true, i + close + 2)
    } else {
        let end = word_end(chars, i);
        let word: String = chars[i..end].iter().collect();
        let stray_quote = |at: usize| QUOTES.contains(&chars[at]) && !is_gershayim(chars, at);
        if let Some(quote) = (i..end).find(|&at| stray_quote(at)).map(|at| at - i) {
            // A quote inside a word (`job"fair`) is a typo more often than not.
            return Err((i + quote, QueryErrorKind::UnclosedQuote));
        }
        (word, false, end)
    };
    let words = fold_words(&text);
    if words.is_empty() {
        return Err((i, QueryErrorKind::NothingToMatch(text)));
    }
    let text = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Ok((
        Term {
            text,
            quoted,
            in_title: false,
            words,
        },
        next,
    ))
}

fn site(chars: &[char], value_at: usize) -> Result<(Site, usize), LexError> {
    let operator_at = value_at - "site:".len();
    let end = word_end(chars, value_at);
    if end == value_at {
        return Err((operator_at, QueryErrorKind::EmptySite));
    }
    if chars[value_at] == '-' {
        return Err((value_at, QueryErrorKind::MinusAfterOperator("site:".into())));
    }
    let written: String = chars[value_at..end].iter().collect();
    let text = written.to_lowercase();
    let bare = text.strip_prefix("*.").unwrap_or(&text);
    let bare = bare.strip_suffix('.').unwrap_or(bare);
    let bad = || (value_at, QueryErrorKind::BadSite(written.clone()));
    if bare.contains(['/', ':', '@', '?', '#']) || QUOTES.iter().any(|q| bare.contains(*q)) {
        return Err(bad());
    }
    let domain = match url::Host::parse(bare).map_err(|_| bad())? {
        url::Host::Domain(domain) => domain,
        url::Host::Ipv4(ip) => ip.to_string(),
        url::Host::Ipv6(_) => return Err(bad()),
    };
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if !labels_ok {
        return Err(bad());
    }
    Ok((
        Site {
            text: bare.to_owned(),
            domain,
        },
        end,
    ))
}

/// Where the word starting at `i` ends: at the next whitespace or the end. (Phrases
/// in quotes are read by [`term`], which looks for the closing quote instead.)
/// Whether the quote at `at` stands between two Hebrew letters: a gershayim typed as
/// `"` (צה"ל), part of the word rather than the start of a phrase.
fn is_gershayim(chars: &[char], at: usize) -> bool {
    use crate::text::hebrew::is_letter;
    at > 0 && is_letter(chars[at - 1]) && chars.get(at + 1).copied().is_some_and(is_letter)
}

fn word_end(chars: &[char], i: usize) -> usize {
    chars[i..]
        .iter()
        .position(|c| c.is_whitespace())
        .map_or(chars.len(), |n| i + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Query {
        Query::parse(q).unwrap_or_else(|e| panic!("{q:?}: {e}"))
    }

    fn error(q: &str) -> (usize, QueryErrorKind) {
        let err = Query::parse(q).expect_err(q);
        (err.position, err.kind)
    }

    fn term(text: &str, quoted: bool, in_title: bool, words: &[&str]) -> Atom {
        Atom::Term(Term {
            text: text.into(),
            quoted,
            in_title,
            words: words.iter().map(|w| w.to_string()).collect(),
        })
    }

    #[test]
    fn words_and_phrases_are_clauses_that_must_all_hold() {
        let q = parse("Hiring  \"Open Day\"");
        assert_eq!(
            q.clauses,
            [
                Clause::AnyOf(vec![term("hiring", false, false, &["hiring"])]),
                Clause::AnyOf(vec![term("open day", true, false, &["open", "day"])]),
            ]
        );
        assert_eq!(q.canonical(), "hiring \"open day\"");
    }

    #[test]
    fn a_quote_between_hebrew_letters_is_a_gershayim_not_a_phrase() {
        let query = parse("צה\"ל");
        assert_eq!(query.to_string(), "צה\"ל");
        let phrase = parse("\"יוצאי צה\"ל\"");
        let words: Vec<_> = phrase.required().flatten().collect();
        assert_eq!(words.len(), 1, "{phrase}");
        assert!(
            matches!(error("job\"fair").1, QueryErrorKind::UnclosedQuote),
            "Latin: still a typo"
        );
    }

    #[test]
    fn typographic_quotes_make_phrases_too() {
        assert_eq!(parse("„offene Stelle“").canonical(), "\"offene stelle\"");
        assert_eq!(parse("“job fair”").canonical(), "\"job fair\"");
    }

    #[test]
    fn exclusions_take_words_phrases_sites_and_titles() {
        let q = parse("vacancy -unpaid -\"no experience\" -site:spam.example -intitle:quiz");
        let excluded: Vec<String> = q.excluded().map(Atom::canonical).collect();
        assert_eq!(
            excluded,
            ["unpaid", "\"no experience\"", "site:spam.example", "intitle:quiz"]
        );
        assert_eq!(q.required().count(), 1);
    }

    #[test]
    fn or_joins_alternatives_and_binds_tighter_than_the_space() {
        let q = parse("nurse OR caregiver OR \"care worker\" hospital");
        assert_eq!(q.clauses.len(), 2);
        let Clause::AnyOf(alternatives) = &q.clauses[0] else {
            panic!()
        };
        assert_eq!(alternatives.len(), 3);
        assert_eq!(q.canonical(), "nurse OR caregiver OR \"care worker\" hospital");
        assert_eq!(
            parse("-unpaid intern").canonical(),
            "intern -unpaid",
            "exclusions go last"
        );
        // Lowercase `or` is an ordinary word.
        assert_eq!(parse("this or that").clauses.len(), 3);
    }

    #[test]
    fn site_takes_a_domain() {
        let q = parse("jobs site:Werkenbij.Example.NL");
        let Clause::AnyOf(alternatives) = &q.clauses[1] else {
            panic!()
        };
        let Atom::Site(site) = &alternatives[0] else {
            panic!()
        };
        assert_eq!(site.domain, "werkenbij.example.nl");
        assert!(site.covers("werkenbij.example.nl"));
        assert!(site.covers("www.werkenbij.example.nl"));
        assert!(!site.covers("notwerkenbij.example.nl"));
        assert!(!site.covers("example.nl"));
        let idn = parse("site:münchen.de");
        assert_eq!(idn.canonical(), "site:münchen.de");
        let Clause::AnyOf(alternatives) = &idn.clauses[0] else {
            panic!()
        };
        let Atom::Site(site) = &alternatives[0] else {
            panic!()
        };
        assert_eq!(site.domain, "xn--mnchen-3ya.de");
        assert_eq!(parse("site:*.example.com").canonical(), "site:example.com");
    }

    #[test]
    fn intitle_takes_a_word_or_a_phrase() {
        let q = parse("intitle:Hiring INTITLE:\"open day\"");
        assert_eq!(
            q.clauses,
            [
                Clause::AnyOf(vec![term("hiring", false, true, &["hiring"])]),
                Clause::AnyOf(vec![term("open day", true, true, &["open", "day"])]),
            ]
        );
        assert_eq!(q.canonical(), "intitle:hiring intitle:\"open day\"");
    }

    #[test]
    fn the_canonical_form_parses_back_to_the_same_query() {
        for q in [
            "-\"Zürich Hbf\" Café  site:Example.com OR intitle:'t",
            "“a b” OR c -d",
            "e-mail OR l'emploi",
        ] {
            let parsed = parse(q);
            assert_eq!(parse(&parsed.canonical()).key(), parsed.key(), "{q}");
            assert_eq!(parse(&parsed.canonical()).canonical(), parsed.canonical(), "{q}");
        }
    }

    #[test]
    fn keys_ignore_case_diacritics_quotes_and_order() {
        assert_eq!(parse("Café Zürich").key(), parse("zurich \"cafe\"").key());
        assert_eq!(parse("a OR b").key(), parse("b OR a").key());
        assert_ne!(parse("hiring").key(), parse("intitle:hiring").key());
        assert_ne!(parse("a b").key(), parse("a OR b").key());
        assert_ne!(parse("a -b").key(), parse("a b").key());
    }

    #[test]
    fn every_error_says_where() {
        assert_eq!(error(""), (0, QueryErrorKind::Empty));
        assert_eq!(error("   "), (0, QueryErrorKind::Empty));
        assert_eq!(error("jobs \"open day"), (5, QueryErrorKind::UnclosedQuote));
        assert_eq!(error("job\"fair"), (3, QueryErrorKind::UnclosedQuote));
        assert_eq!(error("jobs \"  \""), (5, QueryErrorKind::EmptyPhrase));
        assert_eq!(error("jobs - unpaid"), (5, QueryErrorKind::LoneMinus));
        assert_eq!(error("jobs -"), (5, QueryErrorKind::LoneMinus));
        assert_eq!(error("jobs --unpaid"), (6, QueryErrorKind::MinusTwice));
        assert_eq!(error("OR jobs"), (0, QueryErrorKind::OrAtStart));
        assert_eq!(error("jobs OR"), (5, QueryErrorKind::OrAtEnd));
        assert_eq!(error("jobs OR OR work"), (8, QueryErrorKind::OrTwice));
        assert_eq!(
            error("jobs -unpaid OR work"),
            (13, QueryErrorKind::OrWithExclusion)
        );
        assert_eq!(error("jobs OR -unpaid"), (8, QueryErrorKind::OrWithExclusion));
        assert_eq!(error("jobs site:"), (5, QueryErrorKind::EmptySite));
        assert_eq!(
            error("jobs site:https://example.com/jobs"),
            (10, QueryErrorKind::BadSite("https://example.com/jobs".into()))
        );
        assert_eq!(
            error("site:exa_mple.com"),
            (5, QueryErrorKind::BadSite("exa_mple.com".into()))
        );
        assert_eq!(
            error("site:-x.com"),
            (5, QueryErrorKind::MinusAfterOperator("site:".into()))
        );
        assert_eq!(error("jobs intitle:"), (5, QueryErrorKind::EmptyInTitle));
        assert_eq!(
            error("intitle:-jobs"),
            (8, QueryErrorKind::MinusAfterOperator("intitle:".into()))
        );
        assert_eq!(
            error("jobs & work"),
            (5, QueryErrorKind::NothingToMatch("&".into()))
        );
        assert_eq!(
            error("-jobs -\"unpaid work\""),
            (0, QueryErrorKind::OnlyExclusions)
        );
        assert_eq!(
            error("jobs inurl:careers"),
            (5, QueryErrorKind::UnsupportedOperator("inurl:".into()))
        );
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        assert_eq!(error("Zürich café \"open"), (12, QueryErrorKind::UnclosedQuote));
        let err = Query::parse("Zürich café \"open").unwrap_err();
        assert_eq!(err.pointer(), "  Zürich café \"open\n              ^");
        let wide = Query::parse("東京 OR").unwrap_err();
        assert_eq!(
            wide.pointer(),
            "  東京 OR\n       ^",
            "wide characters take two columns"
        );
    }

    #[test]
    fn messages_name_the_problem() {
        let err = Query::parse("jobs \"open day").unwrap_err();
        assert!(err.message().contains("quote"), "{}", err.message());
        assert!(err.to_string().contains("6"), "the column counts from 1: {err}");
    }
}
