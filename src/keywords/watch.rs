//! The keywords a learner watches, and the one rule for when two are the same keyword:
//! they find the same items ([`Query::key`]: `Café` and `cafe`, `a b` and `b a`). Adding
//! a keyword stores it the one way drempel writes it ([`Query::canonical`]). The wizard
//! and `drempel keywords` both go through here.

use super::{Query, QueryError};
use crate::journal::EventBody;

/// The key of a stored keyword: what it matches; its text when it does not parse
/// (written by a newer drempel, say), so it can still be found by name.
pub fn stored_key(stored: &str) -> String {
    Query::parse(stored).map_or_else(|_| stored.to_owned(), |q| q.key())
}

/// Whether the query `text` is watched already, in any spelling.
pub fn is_watched(watched: &[String], text: &str) -> bool {
    let key = stored_key(text);
    watched.iter().any(|k| stored_key(k) == key)
}

/// A keyword about to be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adding {
    /// The query as drempel stores it.
    pub query: String,
    /// The stored keyword that finds the same, when there is one: nothing is added.
    pub existing: Option<String>,
}

impl Adding {
    /// What goes into the journal: nothing when the keyword is watched already.
    pub fn event(&self) -> Option<EventBody> {
        self.existing.is_none().then(|| EventBody::KeywordAdded {
            query: self.query.clone(),
        })
    }
}

/// Adds the query `text` to the `watched` keywords: parsed (a query that does not parse
/// is refused with the reason), written the canonical way, and not added twice.
pub fn add(watched: &[String], text: &str) -> Result<Adding, QueryError> {
    let query = Query::parse(text)?;
    let key = query.key();
    Ok(Adding {
        query: query.canonical(),
        existing: watched.iter().find(|k| stored_key(k) == key).cloned(),
    })
}

/// The stored keyword that `text` names: its exact stored text first (so a query this
/// version cannot parse can still be removed), else any spelling that finds the same.
/// `Ok(None)` when none does; an error when `text` is no query at all.
pub fn find(watched: &[String], text: &str) -> Result<Option<String>, QueryError> {
    if let Some(stored) = watched.iter().find(|k| k.as_str() == text.trim()) {
        return Ok(Some(stored.clone()));
    }
    let key = Query::parse(text)?.key();
    Ok(watched.iter().find(|k| stored_key(k) == key).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_keyword_is_stored_the_canonical_way() {
        let adding = add(&[], "  Employer   Branding ").unwrap();
        assert_eq!(adding.query, "employer branding");
        assert_eq!(adding.existing, None);
        assert_eq!(
            adding.event(),
            Some(EventBody::KeywordAdded {
                query: "employer branding".into()
            })
        );
    }

    #[test]
    fn another_spelling_of_a_watched_keyword_adds_nothing() {
        let watched = vec!["café werkgever".to_owned()];
        let adding = add(&watched, "Werkgever CAFE").unwrap();
        assert_eq!(adding.existing.as_deref(), Some("café werkgever"));
        assert_eq!(adding.event(), None);
        assert!(is_watched(&watched, "werkgever cafe"));
        assert!(!is_watched(&watched, "werkgever"));
    }

    #[test]
    fn a_stored_keyword_is_found_by_its_text_or_its_meaning() {
        let watched = vec!["hr".to_owned(), "not ( a query".to_owned()];
        assert_eq!(find(&watched, "HR").unwrap().as_deref(), Some("hr"));
        assert_eq!(
            find(&watched, "not ( a query").unwrap().as_deref(),
            Some("not ( a query")
        );
        assert_eq!(find(&watched, "recruitment").unwrap(), None);
    }

    #[test]
    fn no_query_is_no_keyword() {
        assert!(add(&[], "   ").is_err());
    }
}
