//! What a learned scorer reads in a draft: the words as their stems (a Hebrew word also
//! behind each glued prefix), with the employer and its products as one token
//! (`@org`), pairs of neighbouring words, runs of letters, emoji and marks, and every
//! word and mark again when it stands in a sentence about the employer, and once more
//! in a sentence where the writer says "we" or "our" (the praise that never names the
//! employer: "nobody does it like our Leeds team"). The same reading feeds training and
//! checking, so a scorer never meets a feature it was not trained on. It reads words,
//! not the rules' lists: the lists were written from the very drafts a scorer learns
//! from, so a scorer that leaned on them would learn to trust them and add nothing where
//! they miss (measured: fewer drafts caught on a set held out).

use std::collections::BTreeSet;
use std::ops::Range;

use super::Run;
use crate::check::rule::PolicyTerms;
use crate::check::ruleset::Test;
use crate::check::stems;
use crate::text::hebrew;

/// The token that stands for the employer and its products wherever the draft names
/// them; a scorer's word feature for it is `w:` and this.
pub const EMPLOYER_TOKEN: &str = "@org";

/// One thing a scorer reads, and where: a range of the folded draft (empty for what
/// the whole draft says).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    pub name: String,
    pub span: Range<usize>,
}

impl Run<'_> {
    /// The draft's features, each name once (at its first place).
    pub(super) fn features(&self) -> Vec<Feature> {
        let mut out: Vec<Feature> = Vec::new();
        let sentences = self.draft_sentences();
        let org = self.org_mentions();
        let org_sentence: Vec<bool> = sentences
            .iter()
            .map(|s| {
                org.iter()
                    .any(|m| m.start < s.end && s.start < m.end.max(m.start + 1))
            })
            .collect();
        let sentence_of = |at: usize| {
            sentences
                .partition_point(|s| s.end <= at)
                .min(sentences.len().saturating_sub(1))
        };
        // About the employer: in a sentence that names it, or right after one.
        let about_org = |at: usize| {
            let s = sentence_of(at);
            org_sentence.get(s).copied().unwrap_or(false) || (s > 0 && org_sentence[s - 1])
        };

        let stemmer = stems::stemmer(&self.rules.lang);
        let text = &self.folded.text;
        // About us: a sentence with one of the language's words for "we", read in the
        // folded draft the words come from.
        let mut about_us = vec![false; sentences.len()];
        for word in stems::words(text) {
            if self.is_we(&text[word.clone()])
                && let Some(us) = about_us.get_mut(sentence_of(self.folded.original(word).start))
            {
                *us = true;
            }
        }
        let mut last: Option<(String, usize)> = None;
        for word in stems::words(text) {
            let written = self.folded.original(word.clone());
            let span = word.clone();
            let token = if org.iter().any(|m| m.start < written.end && written.start < m.end) {
                EMPLOYER_TOKEN.to_owned()
            } else if text[word.clone()].chars().all(|c| c.is_ascii_digit()) {
                "@num".to_owned()
            } else {
                match &stemmer {
                    Some(s) => s.stem(&text[word.clone()]).into_owned(),
                    None => text[word.clone()].to_owned(),
                }
            };
            let sentence = sentence_of(written.start);
            if let Some((previous, in_sentence)) = &last
                && *in_sentence == sentence
                && !(token == EMPLOYER_TOKEN && previous == EMPLOYER_TOKEN)
            {
                out.push(Feature {
                    name: format!("b:{previous} {token}"),
                    span: span.clone(),
                });
            }
            // The word in a sentence about us and about the employer, and anywhere. Hebrew
            // has no stemmer, and its glued prefixes make "לנהגים", "הנהגים" and
            // "שהנהגים" three words: each is also read as the word behind its prefix.
            let named = token == EMPLOYER_TOKEN;
            let us = !named && about_us.get(sentence).copied().unwrap_or(false);
            let ours = !named && about_org(written.start);
            let bare = (stemmer.is_none() && !named).then(|| hebrew::without_prefixes(&token));
            for form in std::iter::once(token.as_str()).chain(bare.into_iter().flatten()) {
                for (read, here) in [("u", us), ("o", ours), ("w", true)] {
                    if here {
                        out.push(Feature {
                            name: format!("{read}:{form}"),
                            span: span.clone(),
                        });
                    }
                }
            }
            if !named && token != "@num" {
                out.extend(letter_runs(&text[word.clone()]).into_iter().map(|run| Feature {
                    name: format!("g:{run}"),
                    span: span.clone(),
                }));
            }
            last = Some((token, sentence));
        }

        for (at, c) in text.char_indices() {
            let mark = matches!(c, '!' | '?' | '"' | '“' | '”' | '«' | '»' | '…')
                || (!c.is_alphanumeric()
                    && !c.is_whitespace()
                    && !c.is_ascii_punctuation()
                    && !matches!(c, '\u{fe0f}' | '\u{200d}' | '’' | '‘' | '–' | '—' | '·'));
            if mark {
                let span = at..at + c.len_utf8();
                // A question or an exclamation about the employer reads differently from
                // one elsewhere in the draft: "How do you clean X?" asks, "X!" cheers.
                let written = self.folded.original(span.clone());
                if about_org(written.start) {
                    out.push(Feature {
                        name: format!("o:{c}"),
                        span: span.clone(),
                    });
                }
                out.push(Feature {
                    name: format!("s:{c}"),
                    span,
                });
            }
        }

        if !org.is_empty() {
            out.push(Feature {
                name: EMPLOYER_TOKEN.to_owned(),
                span: 0..0,
            });
        }
        let mut seen = BTreeSet::new();
        out.retain(|f| seen.insert(f.name.clone()));
        out
    }

    /// Where the draft names the employer or one of its products, or speaks of it
    /// without its name ("our new app"), as written: what every conditional rule about
    /// the employer counts as a mention, found once per draft.
    pub(super) fn org_mentions(&self) -> &[Range<usize>] {
        self.org_found.get_or_init(|| {
            let mut out: Vec<Range<usize>> = self
                .rules
                .rules
                .iter()
                .filter_map(|rule| match &rule.test {
                    Test::Conditional {
                        terms: PolicyTerms::Employer,
                        mentions,
                        ..
                    } => Some(self.mentions(PolicyTerms::Employer, mentions)),
                    _ => None,
                })
                .flatten()
                .collect();
            out.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            out.dedup();
            out
        })
    }
}

/// How many letters a run has (`g:` features). Five measured best beside four, on seven
/// read sets held out in turn: venting caught 70 % instead of 67 % without runs.
const RUN: usize = 5;

/// The runs of [`RUN`] letters of a word of five letters or more, its start and end
/// marked (`^plan`, `chaos$`). They let a scorer read what stems miss: the parts of a
/// German or Dutch compound ("Planungschaos", "managementgedoe"), a Hebrew word behind
/// its glued prefix (ו, ה, ב, ל, ש…), a word a stemmer does not know, a typo.
fn letter_runs(word: &str) -> Vec<String> {
    let letters: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    if letters.len() <= RUN + 1 {
        return Vec::new();
    }
    letters.windows(RUN).map(|run| run.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_read_in_runs_from_its_start_to_its_end() {
        // A word of four letters or fewer is read whole, as a word.
        assert!(letter_runs("baas").is_empty());
        assert_eq!(
            letter_runs("planungschaos"),
            [
                "^plan", "planu", "lanun", "anung", "nungs", "ungsc", "ngsch", "gscha", "schao", "chaos",
                "haos$"
            ]
        );
        assert_eq!(letter_runs("והמנהלים")[0], "^והמנ");
    }
}
