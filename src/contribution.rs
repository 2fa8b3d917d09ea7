//! Recording what the learner placed themselves — a comment, or a post, discussion or
//! blog post of their own — with where it stands. One action for `comment record`,
//! `post record` and the wizard's comment step, so the three record the same thing the
//! same way: a web address, the platform, and for a comment the draft with what its
//! check found.

use crate::communities::validate_url;
use crate::error::{Error, Result};
use crate::journal::{AcceptedFinding, Contribution, EventBody};
use crate::platform::Platform;
use crate::t;

/// What kind of post of their own the learner placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PostKind {
    Post,
    Discussion,
    Blog,
}

impl PostKind {
    /// The word stored in the journal.
    pub fn as_str(self) -> &'static str {
        match self {
            PostKind::Post => "post",
            PostKind::Discussion => "discussion",
            PostKind::Blog => "blog",
        }
    }
}

/// A comment's text as it was posted, with how many errors the pre-post check found in
/// it (after the findings kept on purpose): with none, it is the evidence for Critic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedDraft {
    pub text: String,
    pub errors: u32,
}

/// Something the learner placed: where it stands, checked to be a web address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    url: String,
    platform: Platform,
}

impl Placed {
    /// Refuses an address that is not http or https with a host.
    pub fn new(url: &str, platform: Platform) -> Result<Placed> {
        Ok(Placed {
            url: validate_url(url)?,
            platform,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The comment, responding to the inbox `item` (its full id) when given. Findings
    /// kept on purpose need the draft they were found in.
    pub fn comment(
        self,
        item: Option<String>,
        draft: Option<CheckedDraft>,
        accepted: Vec<AcceptedFinding>,
    ) -> Result<EventBody> {
        if draft.is_none() && !accepted.is_empty() {
            return Err(Error::Usage(t!("comment-accept-needs-draft")));
        }
        let (draft, check_errors) = match draft {
            Some(CheckedDraft { text, errors }) => (Some(text), Some(errors)),
            None => (None, None),
        };
        Ok(EventBody::CommentRecorded(Contribution {
            url: self.url,
            platform: self.platform,
            kind: None,
            item,
            draft,
            check_errors,
            accepted,
        }))
    }

    /// A post, discussion or blog post of the learner's own.
    pub fn post(self, kind: PostKind) -> EventBody {
        EventBody::PostRecorded(Contribution {
            url: self.url,
            platform: self.platform,
            kind: Some(kind.as_str().to_owned()),
            item: None,
            draft: None,
            check_errors: None,
            accepted: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_web_address_is_recorded() {
        for bad in ["javascript:alert(1)", "linkedin.com/feed/1", ""] {
            assert!(
                matches!(Placed::new(bad, Platform::Linkedin), Err(Error::Usage(_))),
                "{bad}"
            );
        }
        let placed = Placed::new(" HTTPS://www.LinkedIn.com/feed/update/1 ", Platform::Linkedin).unwrap();
        assert_eq!(placed.url(), "https://www.linkedin.com/feed/update/1");
    }

    #[test]
    fn a_comment_keeps_its_draft_and_what_the_check_found() {
        let placed = Placed::new("https://example.org/c/1", Platform::Mastodon).unwrap();
        let kept = AcceptedFinding {
            rule: "iban".into(),
            reason: "our charity".into(),
        };
        let event = placed
            .comment(
                Some("abc".into()),
                Some(CheckedDraft {
                    text: "Thanks!".into(),
                    errors: 0,
                }),
                vec![kept.clone()],
            )
            .unwrap();
        let EventBody::CommentRecorded(c) = event else {
            panic!("{event:?}")
        };
        assert_eq!(c.draft.as_deref(), Some("Thanks!"));
        assert_eq!(c.check_errors, Some(0));
        assert_eq!(c.accepted, [kept]);
        assert_eq!(c.item.as_deref(), Some("abc"));
        assert_eq!(c.kind, None);
    }

    #[test]
    fn a_finding_kept_on_purpose_needs_its_draft() {
        let placed = Placed::new("https://example.org/c/1", Platform::X).unwrap();
        let kept = AcceptedFinding {
            rule: "iban".into(),
            reason: "why".into(),
        };
        assert!(matches!(
            placed.comment(None, None, vec![kept]),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn a_post_records_its_kind() {
        let placed = Placed::new("https://blog.example.org/first", Platform::Linkedin).unwrap();
        let EventBody::PostRecorded(p) = placed.post(PostKind::Blog) else {
            panic!()
        };
        assert_eq!(p.kind.as_deref(), Some("blog"));
        assert_eq!(p.check_errors, None);
    }
}
