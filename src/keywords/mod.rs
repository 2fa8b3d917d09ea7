//! Keywords: the query language, the matcher that runs many queries over many items,
//! and the keyword packs that suggest queries per strategy goal.

pub mod matcher;
pub mod normalize;
pub mod packs;
pub mod query;
pub mod watch;

pub use matcher::{Blocker, Document, Field, Hit, Matcher, TermHit, Verdict};
pub use packs::{Suggestion, check, suggest};
pub use query::{Atom, Clause, Query, QueryError, QueryErrorKind, Site, Term};
