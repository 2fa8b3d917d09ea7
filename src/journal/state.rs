//! Folding the journal's events into what we know about the learner now.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::event::{
    CommentDraft, Community, Contribution, Decision, Event, EventBody, PolicyChange, Welcome,
};
use crate::plan::Weekday;
use crate::platform::Platform;
use crate::practice::Session;
use crate::step::Step;
use crate::strategy::Strategy;

/// Where a checklist item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    Done,
    Postponed,
    /// "Not for me": a considered no, which completes an optional item.
    Declined,
    /// Does not apply to this learner, for the reason they gave (see
    /// [`LearnerState::not_applicable_reason`]): it counts as done, privacy items included.
    NotApplicable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Visits {
    pub count: u32,
    pub last: DateTime<Utc>,
}

/// The learner as the journal tells it. Derived, never stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LearnerState {
    pub welcome: Option<Welcome>,
    pub strategy: Option<Strategy>,
    pub platforms: Vec<Platform>,
    pub profile: BTreeMap<Platform, BTreeMap<String, ItemStatus>>,
    /// The reason of every item marked not applicable; an item is here exactly when its
    /// status is [`ItemStatus::NotApplicable`].
    pub not_applicable: BTreeMap<Platform, BTreeMap<String, String>>,
    pub drafts: BTreeMap<Platform, BTreeMap<String, String>>,
    pub keywords: Vec<String>,
    pub feeds: Vec<String>,
    pub scans: u32,
    pub triage: BTreeMap<String, Decision>,
    pub communities: Vec<Community>,
    /// Visits per community name.
    pub visits: BTreeMap<String, Visits>,
    pub comments: Vec<Contribution>,
    /// The comment being written, until it is recorded.
    pub comment_draft: Option<CommentDraft>,
    pub posts: Vec<Contribution>,
    /// The last change of the organisation policy.
    pub policy: Option<PolicyChange>,
    /// Steps the wizard walked to their end (where it resumes; not evidence).
    pub completed: BTreeSet<Step>,
    pub skipped: BTreeSet<Step>,
    pub first_event: Option<DateTime<Utc>>,
    pub last_event: Option<DateTime<Utc>>,
    /// The coach's entries are about the person, not about a step, so no reset forgets them.
    pub coach_notes: Vec<CoachNote>,
    pub coach_plans: Vec<CoachPlan>,
    /// When the learner last did something here: any event but those a scan writes,
    /// which may run on a timer with nobody at the keyboard.
    pub last_active: Option<DateTime<Utc>>,
    /// The latest practice session after the first day.
    pub practice: Option<Session>,
    /// The learner's own plans, in the order made (see [`crate::plan`] for the view).
    pub plans: Vec<LearnerPlan>,
}

/// A plan of the learner's own: open until `plan done` closes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LearnerPlan {
    /// The id of its `plan.added` event, which later changes refer to.
    pub id: String,
    pub at: DateTime<Utc>,
    pub text: String,
    pub due: Option<NaiveDate>,
    pub every: Option<Weekday>,
    pub done_at: Option<DateTime<Utc>>,
}

/// A coach's note as it was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CoachNote {
    pub at: DateTime<Utc>,
    pub text: String,
}

/// An agreed next step: open until `coach done` closes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CoachPlan {
    /// The id of its `coach.plan` event, which `coach.plan_done` refers to.
    pub id: String,
    pub at: DateTime<Utc>,
    pub text: String,
    pub due: Option<NaiveDate>,
    pub done_at: Option<DateTime<Utc>>,
}

impl CoachPlan {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }
}

impl LearnerState {
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> LearnerState {
        let mut state = LearnerState::default();
        for event in events {
            state.apply(event);
        }
        state
    }

    pub fn apply(&mut self, event: &Event) {
        self.first_event.get_or_insert(event.at);
        self.last_event = Some(event.at);
        let active_before = self.last_active;
        if !matches!(
            event.body,
            EventBody::ScanCompleted { .. } | EventBody::FeedMoved { .. } | EventBody::TornLine { .. }
        ) {
            self.last_active = Some(event.at);
        }
        if let Some(session) = self.practice.as_mut() {
            session.last = event.at;
        }
        match &event.body {
            EventBody::Welcomed(welcome) => self.welcome = Some(welcome.clone()),
            EventBody::StrategySet(strategy) => self.strategy = Some(strategy.clone()),
            EventBody::ProfileItemDone(p) => self.set_item(p.platform, &p.item, Some(ItemStatus::Done)),
            EventBody::ProfileItemPostponed(p) => {
                self.set_item(p.platform, &p.item, Some(ItemStatus::Postponed))
            }
            EventBody::ProfileItemDeclined(p) => {
                self.set_item(p.platform, &p.item, Some(ItemStatus::Declined))
            }
            EventBody::ProfileItemNotApplicable(p) => {
                self.set_item(p.platform, &p.item, Some(ItemStatus::NotApplicable));
                self.not_applicable
                    .entry(p.platform)
                    .or_default()
                    .insert(p.item.clone(), p.reason.clone());
            }
            EventBody::ProfileItemUndone(p) => self.set_item(p.platform, &p.item, None),
            EventBody::ProfileDraft(d) => {
                self.drafts
                    .entry(d.platform)
                    .or_default()
                    .insert(d.item.clone(), d.text.clone());
            }
            EventBody::StepCompleted { step } => {
                self.completed.insert(*step);
                self.skipped.remove(step);
            }
            EventBody::StepSkipped { step } => {
                self.skipped.insert(*step);
            }
            EventBody::Reset { step: None } => {
                // The organisation policy is the organisation's, not a step of the
                // journey: it stays, as its file does.
                *self = LearnerState {
                    first_event: self.first_event,
                    last_event: self.last_event,
                    last_active: self.last_active,
                    coach_notes: std::mem::take(&mut self.coach_notes),
                    coach_plans: std::mem::take(&mut self.coach_plans),
                    policy: self.policy.take(),
                    ..LearnerState::default()
                }
            }
            EventBody::Reset { step: Some(step) } => self.reset_step(*step),
            EventBody::TornLine { .. } => {}
            EventBody::KeywordAdded { query } => {
                if !self.keywords.contains(query) {
                    self.keywords.push(query.clone());
                }
            }
            EventBody::KeywordRemoved { query } => self.keywords.retain(|k| k != query),
            EventBody::FeedAdded { url, .. } => {
                if !self.feeds.contains(url) {
                    self.feeds.push(url.clone());
                }
            }
            EventBody::FeedRemoved { url } => self.feeds.retain(|f| f != url),
            EventBody::ScanCompleted { .. } => self.scans += 1,
            EventBody::ItemTriaged { item, decision, .. } => {
                self.triage.insert(item.clone(), *decision);
            }
            EventBody::CommunityJoined(community) => {
                if !self
                    .communities
                    .iter()
                    .any(|c| c.is(&community.name, community.platform))
                {
                    self.communities.push(community.clone());
                }
            }
            EventBody::CommentRecorded(c) => {
                self.comments.push(c.clone());
                self.comment_draft = None;
            }
            EventBody::CommentDrafted(draft) => self.comment_draft = Some(draft.clone()),
            EventBody::PostRecorded(p) => self.posts.push(p.clone()),
            EventBody::FeedMoved { from, to } => {
                if self.feeds.contains(to) {
                    self.feeds.retain(|f| f != from);
                } else if let Some(feed) = self.feeds.iter_mut().find(|f| *f == from) {
                    *feed = to.clone();
                }
            }
            EventBody::PlatformsChosen { platforms } => self.platforms = platforms.clone(),
            EventBody::CommunityVisited { name } => {
                let visits = self.visits.entry(name.clone()).or_insert(Visits {
                    count: 0,
                    last: event.at,
                });
                visits.count += 1;
                visits.last = event.at;
            }
            EventBody::CoachNote { text } => self.coach_notes.push(CoachNote {
                at: event.at,
                text: text.clone(),
            }),
            EventBody::CoachPlan { text, due } => self.coach_plans.push(CoachPlan {
                id: event.id.clone(),
                at: event.at,
                text: text.clone(),
                due: *due,
                done_at: None,
            }),
            EventBody::CoachPlanDone { plan } => {
                if let Some(open) = self.coach_plans.iter_mut().find(|p| &p.id == plan && p.is_open()) {
                    open.done_at = Some(event.at);
                }
            }
            EventBody::CoachPlanUndone { plan } => {
                if let Some(done) = self.coach_plans.iter_mut().find(|p| &p.id == plan) {
                    done.done_at = None;
                }
            }
            EventBody::CoachPlanRemoved { plan } => self.coach_plans.retain(|p| &p.id != plan),
            EventBody::PlanAdded(new) => self.plans.push(LearnerPlan {
                id: event.id.clone(),
                at: event.at,
                text: new.text.clone(),
                due: new.due,
                every: new.every,
                done_at: None,
            }),
            EventBody::PlanDone { plan } => {
                if let Some(open) = self
                    .plans
                    .iter_mut()
                    .find(|p| &p.id == plan && p.done_at.is_none())
                {
                    open.done_at = Some(event.at);
                }
            }
            EventBody::PlanUndone { plan } => {
                if let Some(done) = self.plans.iter_mut().find(|p| &p.id == plan) {
                    done.done_at = None;
                }
            }
            EventBody::PlanRemoved { plan } => self.plans.retain(|p| &p.id != plan),
            EventBody::PolicySet(change) => self.policy = Some(change.clone()),
            EventBody::PracticeStarted {} => {
                self.practice = Some(Session::new(event.at, active_before));
            }
            EventBody::PracticePartDone { part } => {
                if let Some(session) = self.practice.as_mut() {
                    session.skipped.remove(part);
                    session.done.insert(*part);
                }
            }
            EventBody::PracticePartSkipped { part } => {
                if let Some(session) = self.practice.as_mut() {
                    session.skipped.insert(*part);
                }
            }
            EventBody::PracticeEnded {} => {
                if let Some(session) = self.practice.as_mut() {
                    session.ended = true;
                }
            }
        }
    }

    /// Sets (or with `None` clears) an item's status; whatever it was before, its
    /// not-applicable reason goes with it.
    fn set_item(&mut self, platform: Platform, item: &str, status: Option<ItemStatus>) {
        if let Some(reasons) = self.not_applicable.get_mut(&platform) {
            reasons.remove(item);
            if reasons.is_empty() {
                self.not_applicable.remove(&platform);
            }
        }
        let items = self.profile.entry(platform).or_default();
        match status {
            Some(status) => {
                items.insert(item.to_owned(), status);
            }
            None => {
                items.remove(item);
            }
        }
    }

    /// Forgets what one step produced, as if it had not been done yet.
    fn reset_step(&mut self, step: Step) {
        self.completed.remove(&step);
        self.skipped.remove(&step);
        match step {
            Step::Welcome => self.welcome = None,
            Step::Strategy => self.strategy = None,
            Step::Profiles => {
                self.platforms.clear();
                self.profile.clear();
                self.not_applicable.clear();
                self.drafts.clear();
            }
            Step::Monitoring => {
                self.keywords.clear();
                self.feeds.clear();
                self.scans = 0;
            }
            Step::Reading => self.triage.clear(),
            Step::Communities => {
                self.communities.clear();
                self.visits.clear();
            }
            Step::Comment => {
                self.comments.clear();
                self.comment_draft = None;
            }
            // The learner's plans are what the last step makes.
            Step::Next => {
                self.posts.clear();
                self.plans.clear();
            }
        }
    }

    pub fn item_status(&self, platform: Platform, item: &str) -> Option<ItemStatus> {
        self.profile.get(&platform)?.get(item).copied()
    }

    /// Why the learner marked this item not applicable; `None` unless it is.
    pub fn not_applicable_reason(&self, platform: Platform, item: &str) -> Option<&str> {
        self.not_applicable.get(&platform)?.get(item).map(String::as_str)
    }

    /// The platforms the learner chose in the wizard, else those whose checklist they
    /// started (commands do not ask which platforms): whose open checklist items a coach's
    /// review lists. Unlike [`LearnerState::platforms_in_use`], a comment placed on a
    /// platform does not put its checklist on the review.
    pub fn platforms_chosen(&self) -> Vec<Platform> {
        Platform::ALL
            .into_iter()
            .filter(|p| {
                if self.platforms.is_empty() {
                    self.profile.get(p).is_some_and(|items| !items.is_empty())
                } else {
                    self.platforms.contains(p)
                }
            })
            .collect()
    }

    /// The platforms the learner works on: those chosen in the profiles step first, then
    /// those they worked on the checklist of, joined a community on or placed something on,
    /// in the order of [`Platform::ALL`]. Empty until they did any of that.
    pub fn platforms_in_use(&self) -> Vec<Platform> {
        let mut platforms = self.platforms.clone();
        let used = |platform: Platform| {
            // A platform whose checklist was touched stays in use when an item is undone.
            self.profile.contains_key(&platform)
                || self.communities.iter().any(|c| c.platform == platform)
                || self
                    .comments
                    .iter()
                    .chain(&self.posts)
                    .any(|c| c.platform == platform)
        };
        for platform in Platform::ALL {
            if !platforms.contains(&platform) && used(platform) {
                platforms.push(platform);
            }
        }
        platforms
    }

    /// The coach's plans nobody has closed yet, oldest first.
    pub fn open_plans(&self) -> impl Iterator<Item = &CoachPlan> {
        self.coach_plans.iter().filter(|p| p.is_open())
    }

    /// The name to greet the learner with, if they gave one.
    pub fn name(&self) -> Option<&str> {
        self.welcome
            .as_ref()
            .map(|w| w.name.as_str())
            .filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::ProfileItem;

    fn event(body: EventBody) -> Event {
        Event {
            id: "x".into(),
            at: Utc::now(),
            body,
        }
    }

    fn done(item: &str) -> Event {
        event(EventBody::ProfileItemDone(ProfileItem {
            platform: Platform::Linkedin,
            item: item.into(),
        }))
    }

    #[test]
    fn undo_removes_an_item_and_reset_forgets_a_step() {
        let events = [
            done("photo"),
            done("headline"),
            event(EventBody::ProfileItemUndone(ProfileItem {
                platform: Platform::Linkedin,
                item: "photo".into(),
            })),
            event(EventBody::KeywordAdded { query: "hr".into() }),
        ];
        let state = LearnerState::from_events(&events);
        assert_eq!(state.item_status(Platform::Linkedin, "photo"), None);
        assert_eq!(
            state.item_status(Platform::Linkedin, "headline"),
            Some(ItemStatus::Done)
        );

        let mut state = state;
        state.apply(&event(EventBody::Reset {
            step: Some(Step::Profiles),
        }));
        assert!(state.profile.is_empty());
        assert_eq!(state.keywords, ["hr"], "other steps are untouched");

        state.apply(&event(EventBody::Reset { step: None }));
        assert!(state.keywords.is_empty());
        assert!(state.first_event.is_some(), "history keeps its start");
    }

    #[test]
    fn not_applicable_keeps_its_reason_until_taken_back_or_replaced() {
        let na = |item: &str, reason: &str| {
            event(EventBody::ProfileItemNotApplicable(
                crate::journal::NotApplicableItem {
                    platform: Platform::Linkedin,
                    item: item.into(),
                    reason: reason.into(),
                },
            ))
        };
        let undo = |item: &str| {
            event(EventBody::ProfileItemUndone(ProfileItem {
                platform: Platform::Linkedin,
                item: item.into(),
            }))
        };
        let mut state =
            LearnerState::from_events(&[na("page-admins", "I run no page"), na("tagging", "old")]);
        assert_eq!(
            state.item_status(Platform::Linkedin, "page-admins"),
            Some(ItemStatus::NotApplicable)
        );
        assert_eq!(
            state.not_applicable_reason(Platform::Linkedin, "page-admins"),
            Some("I run no page")
        );
        state.apply(&na("tagging", "new"));
        assert_eq!(
            state.not_applicable_reason(Platform::Linkedin, "tagging"),
            Some("new")
        );
        state.apply(&undo("page-admins"));
        assert_eq!(state.item_status(Platform::Linkedin, "page-admins"), None);
        assert_eq!(
            state.not_applicable_reason(Platform::Linkedin, "page-admins"),
            None
        );
        state.apply(&done("tagging"));
        assert_eq!(
            state.item_status(Platform::Linkedin, "tagging"),
            Some(ItemStatus::Done)
        );
        assert!(state.not_applicable.is_empty(), "done replaces the reason");
        state.apply(&na("tagging", "again"));
        state.apply(&event(EventBody::Reset {
            step: Some(Step::Profiles),
        }));
        assert!(state.not_applicable.is_empty());
    }

    #[test]
    fn coach_plans_stay_open_until_done_and_survive_a_reset() {
        let plan = Event {
            id: "plan-1".into(),
            ..event(EventBody::CoachPlan {
                text: "Write a first comment".into(),
                due: NaiveDate::from_ymd_opt(2026, 3, 1),
            })
        };
        let mut state = LearnerState::from_events(&[
            event(EventBody::CoachNote {
                text: "Nervous about posting".into(),
            }),
            plan,
            event(EventBody::CoachPlan {
                text: "Join a group".into(),
                due: None,
            }),
            event(EventBody::Reset { step: None }),
            event(EventBody::CoachPlanDone {
                plan: "plan-1".into(),
            }),
        ]);
        assert_eq!(state.coach_notes.len(), 1);
        let open: Vec<&str> = state.open_plans().map(|p| p.text.as_str()).collect();
        assert_eq!(open, ["Join a group"]);
        assert!(state.coach_plans[0].done_at.is_some());

        state.apply(&event(EventBody::CoachPlanDone {
            plan: "no-such-plan".into(),
        }));
        assert_eq!(state.open_plans().count(), 1, "an unknown id closes nothing");
    }

    #[test]
    fn a_moved_feed_keeps_its_place_and_is_not_doubled() {
        let added = |url: &str| {
            event(EventBody::FeedAdded {
                url: url.into(),
                title: None,
            })
        };
        let moved = |from: &str, to: &str| {
            event(EventBody::FeedMoved {
                from: from.into(),
                to: to.into(),
            })
        };
        let state = LearnerState::from_events(&[
            added("http://a/old"),
            added("http://b/feed"),
            moved("http://a/old", "https://a/new"),
        ]);
        assert_eq!(state.feeds, ["https://a/new", "http://b/feed"]);
        let state = LearnerState::from_events(&[
            added("http://a/old"),
            added("https://a/new"),
            moved("http://a/old", "https://a/new"),
        ]);
        assert_eq!(state.feeds, ["https://a/new"]);
    }
}
