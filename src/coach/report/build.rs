//! The report from the learner's own journal.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use clap::ValueEnum;

use super::{
    Checklist, DecisionCount, KeptItem, Monitoring, OpenItem, Openness, Recorded, Report, TriageCounts,
};
use crate::coach::local_date;
use crate::coach::plans;
use crate::coach::timeline::Journey;
use crate::feeds::inbox::Inbox;
use crate::journal::{Contribution, Decision, Event, EventBody, ItemStatus, LearnerState};
use crate::ladder::{self, ChecklistProgress};
use crate::lessons::{ItemKind, LessonSet};
use crate::platform::Platform;

/// What a report is made from besides the journal.
pub struct Sources<'a> {
    pub lessons: &'a LessonSet,
    /// The inbox, for the titles and links of kept items. It is a cache a scan
    /// rebuilds: an item it no longer holds is shown by its id.
    pub inbox: Option<&'a Inbox>,
    /// The learner's folder name (`--learner`).
    pub learner: &'a str,
    /// Include drafts and notes (`--include-drafts`).
    pub private: bool,
    pub now: DateTime<Utc>,
}

impl Report {
    pub fn build(events: &[Event], sources: &Sources) -> Report {
        let journey = Journey::replay(events, sources.lessons);
        Report::from_journey(journey, events, sources)
    }

    pub fn from_journey(journey: Journey, events: &[Event], sources: &Sources) -> Report {
        let state = &journey.state;
        let recorded_at = recorded_times(events);
        let recorded = |c: &Contribution, post: bool| Recorded {
            url: c.url.clone(),
            platform: c.platform,
            kind: c.kind.clone(),
            at: recorded_at.get(&(post, c.url.as_str())).copied(),
            checked: c.check_errors.map(|e| e == 0),
            check_errors: c.check_errors,
            // Any recorded post is evidence for Creator; a comment only when checked clean.
            counted: post || ladder::comment_counts(c),
        };
        let by_decision = Decision::value_variants()
            .iter()
            .map(|d| DecisionCount {
                decision: *d,
                count: state.triage.values().filter(|x| *x == d).count(),
            })
            .collect();
        let plans = plans::gather(state, local_date(sources.now));
        Report {
            format: super::FORMAT,
            version: super::VERSION,
            generated_at: sources.now,
            from_export: None,
            learner: sources.learner.to_owned(),
            name: state.name().map(str::to_owned),
            role: state.welcome.as_ref().and_then(|w| w.role.clone()),
            organisation: state.welcome.as_ref().and_then(|w| w.organisation.clone()),
            rung: journey.assessment.rung,
            contributor: journey.assessment.rung.is_contributor(),
            started: state.first_event,
            last_activity: state.last_event,
            timeline: journey.rungs.clone(),
            changes: journey.changes.clone(),
            steps: journey.steps.clone(),
            strategy: state.strategy.clone(),
            checklists: checklists(state, sources.lessons),
            monitoring: Monitoring {
                keywords: state.keywords.len(),
                feeds: state.feeds.len(),
                scans: state.scans,
            },
            keywords: state.keywords.clone(),
            // Addresses are shown without credentials (a journal written before they were kept apart may have them).
            feeds: state
                .feeds
                .iter()
                .map(|f| crate::feeds::redact_address(f))
                .collect(),
            triage: TriageCounts {
                total: state.triage.len(),
                kept: state.triage.values().filter(|d| d.keeps()).count(),
                by_decision,
            },
            kept: kept_items(events, state, sources.inbox, sources.private),
            communities: state.communities.clone(),
            comments: once_per_url(state.comments.iter().map(|c| recorded(c, false))),
            posts: once_per_url(state.posts.iter().map(|c| recorded(c, true))),
            plans,
            coach_notes: state.coach_notes.clone(),
            private: sources.private,
            next: journey.assessment.next.clone(),
        }
    }
}

/// Every platform's checklist, with its open items in lesson order.
pub(crate) fn all_checklists(state: &LearnerState, lessons: &LessonSet) -> Vec<Checklist> {
    Platform::ALL
        .into_iter()
        .map(|platform| {
            let progress = ChecklistProgress::of(state, lessons, platform);
            let open = lessons
                .checklist(platform)
                .filter_map(|item| {
                    let status = state.item_status(platform, &item.id);
                    (!ladder::settles(status, item.kind)).then(|| OpenItem {
                        item: item.id.clone(),
                        label: item.label.clone(),
                        privacy: item.kind == ItemKind::Privacy,
                        status: match status {
                            Some(ItemStatus::Postponed) => Openness::Postponed,
                            Some(ItemStatus::Declined) => Openness::Declined,
                            _ => Openness::NotYet,
                        },
                    })
                })
                .collect();
            Checklist {
                platform,
                done: progress.done,
                total: progress.total,
                open,
                not_applicable: progress.not_applicable,
            }
        })
        .collect()
}

/// The checklists of the platforms the learner uses.
fn checklists(state: &LearnerState, lessons: &LessonSet) -> Vec<Checklist> {
    let in_use = state.platforms_chosen();
    all_checklists(state, lessons)
        .into_iter()
        .filter(|c| in_use.contains(&c.platform))
        .collect()
}

/// The items the learner kept, most recently decided first, with their title and
/// link from the inbox, and their note when notes are included.
pub(crate) fn kept_items(
    events: &[Event],
    state: &LearnerState,
    inbox: Option<&Inbox>,
    with_notes: bool,
) -> Vec<KeptItem> {
    let mut notes: HashMap<&str, Option<&str>> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for event in events {
        if let EventBody::ItemTriaged { item, note, .. } = &event.body {
            notes.insert(item, note.as_deref());
            order.retain(|i| i != item);
            order.push(item);
        }
    }
    order
        .into_iter()
        .rev()
        .filter_map(|id| {
            let decision = *state.triage.get(id)?;
            if !decision.keeps() {
                return None;
            }
            let found = inbox.and_then(|inbox| inbox.by_id(id));
            Some(KeptItem {
                item: id.to_owned(),
                decision,
                title: found.map(|i| i.title.clone()).filter(|t| !t.trim().is_empty()),
                link: found.and_then(|i| i.link.clone()),
                note: with_notes
                    .then(|| notes.get(id).copied().flatten().map(str::to_owned))
                    .flatten(),
            })
        })
        .collect()
}

/// Each address once: a comment recorded again (after a fix, say) shows as it was
/// recorded last, in the place it was first recorded.
pub(crate) fn once_per_url(items: impl Iterator<Item = Recorded>) -> Vec<Recorded> {
    let mut out: Vec<Recorded> = Vec::new();
    for item in items {
        match out.iter_mut().find(|r| r.url == item.url && !item.url.is_empty()) {
            Some(earlier) => *earlier = item,
            None => out.push(item),
        }
    }
    out
}

/// When each comment and post was recorded, by (is a post, URL); the last one wins.
fn recorded_times(events: &[Event]) -> HashMap<(bool, &str), DateTime<Utc>> {
    let mut times = HashMap::new();
    for event in events {
        match &event.body {
            EventBody::CommentRecorded(c) => {
                times.insert((false, c.url.as_str()), event.at);
            }
            EventBody::PostRecorded(p) => {
                times.insert((true, p.url.as_str()), event.at);
            }
            _ => {}
        }
    }
    times
}
