//! The report from an export: what a coach sees when a learner mails theirs.
//!
//! The export was made in the learner's language; checklist items are named again in
//! the coach's (by their stable ids), and the plans are judged overdue as of today,
//! the day the coach reads it.

use chrono::{DateTime, Utc};
use clap::ValueEnum;

use super::{Checklist, DecisionCount, FromExport, KeptItem, Monitoring, Recorded, Report, TriageCounts};
use crate::coach::export::Export;
use crate::coach::local_date;
use crate::coach::plans::{self, Owner, Plan};
use crate::journal::{CoachNote, Decision};
use crate::lessons::LessonSet;
use crate::strategy::Strategy;

impl Report {
    pub fn from_export(export: Export, lessons: &LessonSet, now: DateTime<Utc>) -> Report {
        let shared_private = export.private.is_some();
        let private = export.private.unwrap_or_default();
        // Exports made before `platforms` was added: the checklists the learner started.
        let in_use = |list: &Checklist| {
            if export.platforms.is_empty() {
                list.done > 0 || !list.not_applicable.is_empty()
            } else {
                export.platforms.contains(&list.platform)
            }
        };
        let checklists = export
            .checklists
            .iter()
            .filter(|list| in_use(list))
            .cloned()
            .map(|mut list| {
                let label = |id: &str, label: &mut String| {
                    if let Some(item) = lessons.item(list.platform, id) {
                        label.clone_from(&item.label);
                    }
                };
                for item in &mut list.open {
                    label(&item.item, &mut item.label);
                }
                for item in &mut list.not_applicable {
                    label(&item.item, &mut item.label);
                }
                list
            })
            .collect();

        let mut plans: Vec<Plan> = if export.plans.is_empty() {
            export
                .coach_plans
                .into_iter()
                .enumerate()
                .map(|(index, p)| Plan {
                    owner: Owner::Coach,
                    number: index + 1,
                    id: String::new(),
                    text: p.text,
                    due: p.due,
                    every: None,
                    set_at: p.set_at,
                    done_at: p.done_at,
                    date: p.due,
                    overdue: false,
                })
                .collect()
        } else {
            export.plans
        };
        plans::sort(&mut plans);
        plans::mark_overdue(&mut plans, local_date(now));

        let kept = export
            .kept
            .into_iter()
            .map(|item| KeptItem {
                note: item.note.clone().or_else(|| {
                    private
                        .triage_notes
                        .iter()
                        .find(|n| n.item == item.item)
                        .map(|n| n.note.clone())
                }),
                ..item
            })
            .collect();
        let by_decision = Decision::value_variants()
            .iter()
            .map(|decision| DecisionCount {
                decision: *decision,
                count: export
                    .decisions
                    .iter()
                    .find(|d| d.decision == *decision)
                    .map_or(0, |d| d.count),
            })
            .collect();
        let strategy = (!export.goals.is_empty() || private.why.is_some() || private.audience.is_some())
            .then(|| Strategy {
                goals: export.goals.clone(),
                audience: private.audience.clone(),
                why: private.why.clone(),
            });
        // Exports made before `last_activity` was added: the last date they hold.
        let last_activity = export.last_activity.or_else(|| {
            let reached = export.timeline.iter().filter_map(|r| r.reached_at);
            let done = export.steps.iter().filter_map(|s| s.done_at);
            reached.chain(done).max()
        });
        Report {
            format: super::FORMAT,
            version: super::VERSION,
            generated_at: now,
            from_export: Some(FromExport {
                exported_at: export.generated_at,
                drempel: export.drempel,
            }),
            learner: String::new(),
            name: export.learner.name,
            role: export.learner.role,
            organisation: export.learner.organisation,
            rung: export.rung,
            contributor: export.rung.is_contributor(),
            started: export.started_at,
            last_activity,
            timeline: export.timeline,
            changes: export.changes,
            steps: export.steps,
            strategy,
            checklists,
            monitoring: Monitoring {
                keywords: export.counts.keywords,
                feeds: export.counts.feeds,
                scans: export.counts.scans,
            },
            keywords: private.keywords,
            feeds: private.feeds,
            triage: TriageCounts {
                total: export.counts.triaged,
                kept: export.counts.kept,
                by_decision,
            },
            kept,
            communities: export.communities,
            // Exports made before `counted` was added say whether the check passed.
            comments: export
                .comments
                .into_iter()
                .map(|c| Recorded {
                    counted: c.counted || (c.checked == Some(true) && !c.url.is_empty()),
                    ..c
                })
                .collect(),
            posts: export
                .posts
                .into_iter()
                .map(|p| Recorded { counted: true, ..p })
                .collect(),
            plans,
            coach_notes: private
                .coach_notes
                .into_iter()
                .map(|n| CoachNote {
                    at: n.at,
                    text: n.text,
                })
                .collect(),
            private: shared_private,
            next: export.next,
        }
    }
}
