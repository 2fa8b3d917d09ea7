//! What the learner did today and this week, from the journal's timestamps: every run
//! counts, the wizard's, the practice session's and the commands'.

use std::collections::BTreeSet;

use chrono::{DateTime, Days, TimeZone, Utc};

use crate::journal::{Event, EventBody};
use crate::t;

/// What was done in one stretch of time, counted by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    pub welcomed: bool,
    pub strategy: bool,
    pub items_done: usize,
    pub items_later: usize,
    pub items_not_applicable: usize,
    pub drafts: usize,
    pub keywords: usize,
    pub feeds: usize,
    pub scans: usize,
    /// Items decided on, each counted once however often it was decided.
    pub triaged: usize,
    pub communities: usize,
    pub visits: usize,
    pub comments: usize,
    /// Whether the learner's first comment ever is among them.
    pub first_comment: bool,
    pub posts: usize,
    /// Plans of the learner's own made, and plans (theirs or the coach's) marked done.
    pub plans_made: usize,
    pub plans_done: usize,
}

impl Activity {
    /// What the events from `from` on (up to now) record.
    pub fn since(events: &[Event], from: DateTime<Utc>) -> Activity {
        let mut activity = Activity::default();
        let mut triaged = BTreeSet::new();
        let mut comments_before = 0;
        for event in events {
            if event.at < from {
                if matches!(event.body, EventBody::CommentRecorded(_)) {
                    comments_before += 1;
                }
                continue;
            }
            match &event.body {
                EventBody::Welcomed(_) => activity.welcomed = true,
                EventBody::StrategySet(_) => activity.strategy = true,
                EventBody::ProfileItemDone(_) => activity.items_done += 1,
                EventBody::ProfileItemPostponed(_) => activity.items_later += 1,
                EventBody::ProfileItemNotApplicable(_) => activity.items_not_applicable += 1,
                EventBody::ProfileDraft(_) => activity.drafts += 1,
                EventBody::KeywordAdded { .. } => activity.keywords += 1,
                EventBody::FeedAdded { .. } => activity.feeds += 1,
                EventBody::ScanCompleted { .. } => activity.scans += 1,
                EventBody::ItemTriaged { item, .. } => {
                    triaged.insert(item.as_str());
                }
                EventBody::CommunityJoined(_) => activity.communities += 1,
                EventBody::CommunityVisited { .. } => activity.visits += 1,
                EventBody::CommentRecorded(_) => activity.comments += 1,
                EventBody::PostRecorded(_) => activity.posts += 1,
                EventBody::PlanAdded(_) => activity.plans_made += 1,
                EventBody::PlanDone { .. } | EventBody::CoachPlanDone { .. } => activity.plans_done += 1,
                _ => {}
            }
        }
        activity.triaged = triaged.len();
        activity.first_comment = activity.comments > 0 && comments_before == 0;
        activity
    }

    pub fn is_empty(&self) -> bool {
        self.lines().is_empty()
    }

    /// One line per kind of thing done, counted, in the learner's language.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let mut add = |wanted: bool, line: fn(usize) -> String, count: usize| {
            if wanted {
                lines.push(line(count));
            }
        };
        add(self.welcomed, |_| t!("today-welcomed"), 0);
        add(self.strategy, |_| t!("today-strategy"), 0);
        add(
            self.items_done > 0,
            |n| t!("today-items-done", count = n),
            self.items_done,
        );
        add(
            self.items_not_applicable > 0,
            |n| t!("today-items-not-applicable", count = n),
            self.items_not_applicable,
        );
        add(self.drafts > 0, |n| t!("today-drafts", count = n), self.drafts);
        add(
            self.keywords > 0,
            |n| t!("today-keywords", count = n),
            self.keywords,
        );
        add(self.feeds > 0, |n| t!("today-feeds", count = n), self.feeds);
        add(self.scans == 1, |_| t!("today-scans"), 0);
        add(self.scans > 1, |n| t!("recap-scans", count = n), self.scans);
        add(self.triaged > 0, |n| t!("today-triaged", count = n), self.triaged);
        add(self.first_comment, |_| t!("today-comment"), 0);
        add(
            self.comments > 0 && !self.first_comment,
            |n| t!("recap-comments", count = n),
            self.comments,
        );
        add(
            self.first_comment && self.comments > 1,
            |n| t!("recap-comments-more", count = n),
            self.comments.saturating_sub(1),
        );
        add(self.posts > 0, |n| t!("today-posts", count = n), self.posts);
        add(
            self.plans_made > 0,
            |n| t!("recap-plans-made", count = n),
            self.plans_made,
        );
        add(
            self.plans_done > 0,
            |n| t!("recap-plans-done", count = n),
            self.plans_done,
        );
        add(
            self.communities > 0,
            |n| t!("today-communities", count = n),
            self.communities,
        );
        add(self.visits > 0, |n| t!("recap-visits", count = n), self.visits);
        add(
            self.items_later > 0,
            |n| t!("today-items-later", count = n),
            self.items_later,
        );
        lines
    }
}

/// What was done today and in the past seven days (today included), by the learner's
/// own clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recap {
    pub today: Activity,
    pub week: Activity,
}

impl Recap {
    /// The recap at `now`; days begin at midnight in `now`'s time zone.
    pub fn at<Tz: TimeZone>(events: &[Event], now: &DateTime<Tz>) -> Recap {
        let today = now.date_naive();
        let week = today.checked_sub_days(Days::new(6)).unwrap_or(today);
        let start = |day: chrono::NaiveDate| {
            let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
            // A midnight skipped by a clock change: the day starts at its first hour.
            now.timezone()
                .from_local_datetime(&midnight)
                .earliest()
                .map_or_else(|| midnight.and_utc(), |d| d.with_timezone(&Utc))
        };
        Recap {
            today: Activity::since(events, start(today)),
            week: Activity::since(events, start(week)),
        }
    }

    /// Whether the week holds more than today does: only then is it worth its own list.
    pub fn week_adds_to_today(&self) -> bool {
        self.week != self.today
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Decision;
    use chrono::{Duration, FixedOffset};

    fn event(at: DateTime<Utc>, body: EventBody) -> Event {
        Event {
            id: "x".into(),
            at,
            body,
        }
    }

    fn triaged(at: DateTime<Utc>, item: &str) -> Event {
        event(
            at,
            EventBody::ItemTriaged {
                item: item.into(),
                decision: Decision::Later,
                note: None,
            },
        )
    }

    #[test]
    fn today_and_the_week_come_from_the_events_timestamps() {
        let zone = FixedOffset::east_opt(3600).unwrap();
        // Wednesday 10:00 in the learner's zone.
        let now = zone.with_ymd_and_hms(2026, 12, 9, 10, 0, 0).unwrap();
        let utc = now.with_timezone(&Utc);
        let events = [
            triaged(utc - Duration::days(10), "old"),
            triaged(utc - Duration::days(3), "a"),
            triaged(utc - Duration::days(3), "b"),
            event(
                utc - Duration::days(2),
                EventBody::ScanCompleted {
                    feeds: 1,
                    items: 1,
                    matches: 1,
                },
            ),
            // 00:30 local is today, 23:30 the day before is not.
            triaged(utc - Duration::minutes(9 * 60 + 30), "c"),
            triaged(utc - Duration::minutes(10 * 60 + 30), "d"),
            triaged(utc - Duration::minutes(9 * 60 + 30), "c"),
        ];
        let recap = Recap::at(&events, &now);
        assert_eq!(recap.today.triaged, 1, "an item decided twice counts once");
        assert_eq!(recap.today.scans, 0);
        assert_eq!(recap.week.triaged, 4, "ten days ago is not this week");
        assert_eq!(recap.week.scans, 1);
        assert!(recap.week_adds_to_today());
    }

    #[test]
    fn only_the_first_comment_ever_is_called_the_first() {
        let now = Utc::now();
        let comment = |at| {
            event(
                at,
                EventBody::CommentRecorded(crate::journal::Contribution {
                    url: "https://example.org/c".into(),
                    platform: crate::platform::Platform::Linkedin,
                    kind: None,
                    item: None,
                    draft: None,
                    check_errors: Some(0),
                    accepted: Vec::new(),
                }),
            )
        };
        let events = [comment(now - Duration::days(20)), comment(now)];
        let today = Activity::since(&events, now - Duration::hours(1));
        assert!(!today.first_comment);
        assert_eq!(today.comments, 1);
        let all = Activity::since(&events, now - Duration::days(30));
        assert!(all.first_comment);
        assert_eq!(all.lines().len(), 2, "{:?}", all.lines());
    }
}
