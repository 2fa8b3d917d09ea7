//! The report as one self-contained HTML page, to open, print or project.
//!
//! Page 1 holds what a one-on-one starts with: who, where they are, the next action and
//! the plans; then what to talk about (why, open checklist items, comments), then the
//! journey in pictures. Printed, sections run on across pages and headings stay with
//! what follows them (see the print style in [`crate::coach::html`]).

use std::fmt::Write;

use super::{
    Recorded, Report, counted_label, decision_label, openness_label, plan_dates, plan_owner, yes_no,
};
use crate::coach::html::{self, Layout, SLOT, bdi, escape, link, message, section, titled_link};
use crate::coach::{format_date, format_datetime, svg};
use crate::t;

/// The report as one self-contained HTML page.
pub fn render(report: &Report) -> String {
    let mut b = String::new();
    header(&mut b, report);
    plans(&mut b, report);
    why(&mut b, report);
    checklists(&mut b, report);
    contributions(&mut b, report);
    reading(&mut b, report);
    communities(&mut b, report);
    monitoring(&mut b, report);
    journey(&mut b, report);
    coach_notes(&mut b, report);
    let _ = writeln!(
        b,
        "<footer>{}</footer>",
        escape(&t!("report-generated", at = format_datetime(report.generated_at)))
    );
    html::page(&t!("report-title", name = report.who()), Layout::Paper, 22, &b)
}

fn header(b: &mut String, report: &Report) {
    let _ = writeln!(
        b,
        "<header><h1>{}</h1>",
        message(&t!("report-title", name = SLOT[0]), &[&bdi(report.who())])
    );
    let who: Vec<String> = [&report.role, &report.organisation]
        .into_iter()
        .flatten()
        .filter(|t| !t.trim().is_empty())
        .map(|t| bdi(t))
        .collect();
    if !who.is_empty() {
        let _ = writeln!(b, "<p class=\"who\">{}</p>", who.join(" · "));
    }
    let contributor = if report.contributor {
        format!(
            " <span class=\"muted\">({})</span>",
            escape(&t!("report-contributor"))
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        b,
        "<p><span class=\"muted\">{}</span> <span class=\"rung\">{}</span>{contributor}</p>",
        escape(&t!("report-rung")),
        escape(&report.rung.name())
    );
    let _ = writeln!(b, "<p>{}</p>", escape(&report.period_line()));
    if let Some(source) = report.source_line() {
        let _ = writeln!(b, "<p class=\"muted\">{}</p>", escape(&source));
    }
    let _ = write!(
        b,
        "<p class=\"next\"><strong>{}</strong> {}",
        escape(&t!("report-next")),
        escape(&report.next.text)
    );
    if let Some(command) = &report.next.command {
        let _ = write!(b, "<br><code dir=\"ltr\">{}</code>", escape(command));
    }
    let _ = writeln!(b, "</p></header>");
}

fn plans(b: &mut String, report: &Report) {
    let title = match report.overdue_plans() {
        0 => t!("report-plans"),
        overdue => t!("report-plans-overdue", overdue = overdue),
    };
    section(b, &title, |b| {
        if report.plans.is_empty() {
            return none(b, &t!("report-no-plans"));
        }
        b.push_str("<ul class=\"plans\">");
        for plan in &report.plans {
            let mark = if plan.is_open() { "☐" } else { "☑" };
            let overdue = if plan.overdue {
                format!(
                    " <strong class=\"overdue tag\">{}</strong>",
                    escape(&t!("report-overdue"))
                )
            } else {
                String::new()
            };
            let _ = write!(
                b,
                "<li{}>{mark} {}{overdue} <span class=\"muted\">({}; {})</span></li>",
                if plan.overdue {
                    " class=\"overdue-plan\""
                } else {
                    ""
                },
                bdi(&plan.text),
                escape(&plan_owner(plan)),
                escape(&plan_dates(plan))
            );
        }
        b.push_str("</ul>\n");
    });
}

fn why(b: &mut String, report: &Report) {
    section(b, &t!("report-why-title"), |b| {
        let strategy = report.strategy.as_ref();
        b.push_str("<ul>");
        let why = strategy
            .and_then(|s| s.why.as_deref())
            .filter(|w| !w.trim().is_empty());
        let why = match why {
            Some(why) => bdi(why),
            None if report.from_export.is_some() && !report.private => {
                format!("<span class=\"muted\">{}</span>", escape(&t!("report-left-out")))
            }
            None => format!("<span class=\"muted\">{}</span>", escape(&t!("report-not-given"))),
        };
        let _ = write!(b, "<li><strong>{}</strong> {why}</li>", escape(&t!("report-why")));
        match strategy.filter(|s| !s.goals.is_empty()) {
            Some(strategy) => {
                let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
                let _ = write!(
                    b,
                    "<li><strong>{}</strong> {}</li>",
                    escape(&t!("strategy-goals")),
                    escape(&goals.join(", "))
                );
            }
            None => {
                let _ = write!(
                    b,
                    "<li><strong>{}</strong> <span class=\"muted\">{}</span></li>",
                    escape(&t!("strategy-goals")),
                    escape(&t!("report-not-given"))
                );
            }
        }
        if let Some(audience) = strategy.and_then(|s| s.audience.as_deref()) {
            let _ = write!(
                b,
                "<li><strong>{}</strong> {}</li>",
                escape(&t!("strategy-audience")),
                bdi(audience)
            );
        }
        b.push_str("</ul>\n");
    });
}

fn checklists(b: &mut String, report: &Report) {
    section(b, &t!("report-checklists"), |b| {
        if report.checklists.is_empty() {
            return none(b, &t!("report-no-platforms"));
        }
        for list in &report.checklists {
            let mark = if list.complete() { " ✓" } else { "" };
            let _ = writeln!(
                b,
                "<h3>{} <span class=\"muted\">{} / {}{mark}</span></h3>",
                escape(list.platform.name()),
                list.done,
                list.total
            );
            if !list.open.is_empty() {
                let _ = write!(b, "<p>{}</p><ul>", escape(&t!("report-open-items")));
                for item in &list.open {
                    let mut tags = String::new();
                    if item.privacy {
                        let _ = write!(
                            tags,
                            " <span class=\"tag\">{}</span>",
                            escape(&t!("report-privacy"))
                        );
                    }
                    if let Some(status) = openness_label(item) {
                        let _ = write!(tags, " <span class=\"muted\">({})</span>", escape(&status));
                    }
                    let _ = write!(b, "<li>{}{tags}</li>", bdi(&item.label));
                }
                b.push_str("</ul>\n");
            }
            if !list.not_applicable.is_empty() {
                let _ = write!(b, "<p>{}</p><ul>", escape(&t!("report-not-applicable")));
                for item in &list.not_applicable {
                    let _ = write!(b, "<li>{}: {}</li>", bdi(&item.label), bdi(&item.reason));
                }
                b.push_str("</ul>\n");
            }
        }
    });
}

fn contributions(b: &mut String, report: &Report) {
    for (title, list, comments) in [
        (t!("report-comments"), &report.comments, true),
        (t!("report-posts"), &report.posts, false),
    ] {
        section(b, &title, |b| {
            if list.is_empty() {
                return none(b, &t!("report-none"));
            }
            b.push_str("<ul>");
            for item in list {
                recorded(b, item, comments);
            }
            b.push_str("</ul>\n");
        });
    }
}

fn recorded(b: &mut String, item: &Recorded, comment: bool) {
    b.push_str("<li>");
    if let Some(at) = item.at {
        let _ = write!(b, "{}: ", format_date(at));
    }
    let _ = write!(b, "{} ({}", link(&item.url), escape(item.platform.name()));
    if let Some(kind) = &item.kind {
        let _ = write!(b, ", {}", bdi(kind));
    }
    b.push(')');
    if comment {
        let class = if item.counted { "yes" } else { "overdue" };
        let mark = if item.counted { "✓" } else { "✗" };
        let _ = write!(
            b,
            " <span class=\"{class}\">{mark} {}</span>",
            escape(&counted_label(item))
        );
    }
    b.push_str("</li>");
}

fn reading(b: &mut String, report: &Report) {
    section(b, &t!("report-triage"), |b| {
        let _ = writeln!(
            b,
            "<p>{}</p>",
            escape(&t!(
                "report-triage-counts",
                total = report.triage.total,
                kept = report.triage.kept
            ))
        );
        let _ = writeln!(
            b,
            "<table><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead>",
            escape(&t!("report-col-decision")),
            escape(&t!("report-col-count"))
        );
        for count in report.triage.by_decision.iter().filter(|c| c.count > 0) {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
                escape(&decision_label(count.decision)),
                count.count
            );
        }
        b.push_str("</table>\n");
        if !report.kept.is_empty() {
            let _ = write!(b, "<h3>{}</h3><ul>", escape(&t!("report-kept")));
            for item in &report.kept {
                let title = item.title.as_deref().unwrap_or(&item.item);
                let _ = write!(
                    b,
                    "<li><strong>{}</strong>: {}",
                    escape(&decision_label(item.decision)),
                    titled_link(item.link.as_deref(), title)
                );
                if let Some(note) = &item.note {
                    let _ = write!(
                        b,
                        "<br><span class=\"muted\">{}</span> {}",
                        escape(&t!("report-note")),
                        bdi(note)
                    );
                }
                b.push_str("</li>");
            }
            b.push_str("</ul>\n");
        } else if report.triage.kept > 0 && report.from_export.is_some() && !report.private {
            let _ = writeln!(
                b,
                "<p class=\"muted\">{}</p>",
                escape(&t!("report-kept-left-out"))
            );
        }
    });
}

fn communities(b: &mut String, report: &Report) {
    section(b, &t!("report-communities"), |b| {
        if report.communities.is_empty() {
            return none(b, &t!("report-none"));
        }
        b.push_str("<ul>");
        for community in &report.communities {
            let _ = write!(
                b,
                "<li>{} ({})",
                bdi(&community.name),
                escape(community.platform.name())
            );
            if let Some(url) = &community.url {
                let _ = write!(b, ": {}", link(url));
            }
            b.push_str("</li>");
        }
        b.push_str("</ul>\n");
    });
}

fn monitoring(b: &mut String, report: &Report) {
    section(b, &t!("report-monitoring"), |b| {
        let _ = writeln!(
            b,
            "<p>{}</p>",
            escape(&t!(
                "report-monitoring-counts",
                keywords = report.monitoring.keywords,
                feeds = report.monitoring.feeds,
                scans = report.monitoring.scans
            ))
        );
        if !report.keywords.is_empty() || !report.feeds.is_empty() {
            b.push_str("<ul>");
            for keyword in &report.keywords {
                let _ = write!(
                    b,
                    "<li>{} <code>{}</code></li>",
                    escape(&t!("report-keyword")),
                    bdi(keyword)
                );
            }
            for feed in &report.feeds {
                let _ = write!(b, "<li>{} {}</li>", escape(&t!("report-feed")), link(feed));
            }
            b.push_str("</ul>\n");
        } else if report.monitoring.keywords + report.monitoring.feeds > 0 && !report.private {
            let _ = writeln!(
                b,
                "<p class=\"muted\">{}</p>",
                escape(&t!("report-monitoring-left-out"))
            );
        }
    });
}

fn journey(b: &mut String, report: &Report) {
    let direction = html::direction();
    section(b, &t!("report-ladder"), |b| {
        b.push_str(&svg::ladder(&report.timeline, report.rung, direction));
        let _ = writeln!(
            b,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
            escape(&t!("report-col-rung")),
            escape(&t!("report-col-reached")),
            escape(&t!("report-col-now"))
        );
        for reached in &report.timeline {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&reached.rung.name()),
                reached
                    .reached_at
                    .map(format_datetime)
                    .unwrap_or_else(|| "—".into()),
                escape(&yes_no(reached.holds))
            );
        }
        b.push_str("</table>\n");
    });

    section(b, &t!("report-timeline"), |b| {
        let end = report.last_activity.unwrap_or(report.generated_at);
        match report
            .started
            .and_then(|start| svg::timeline(&report.changes, start, end, direction))
        {
            Some(picture) => b.push_str(&picture),
            None => {
                let _ = writeln!(b, "<p>{}</p>", escape(&t!("report-no-movement")));
            }
        }
        if !report.changes.is_empty() {
            b.push_str("<ul>");
            for change in &report.changes {
                let _ = write!(
                    b,
                    "<li>{}: {} {} {}</li>",
                    format_datetime(change.at),
                    escape(&change.from.name()),
                    html::arrow(),
                    escape(&change.to.name())
                );
            }
            b.push_str("</ul>\n");
        }
    });

    section(b, &t!("report-steps"), |b| {
        let _ = writeln!(
            b,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>",
            escape(&t!("report-col-step")),
            escape(&t!("report-col-first-done")),
            escape(&t!("report-col-done-now"))
        );
        for step in &report.steps {
            let now = if step.done {
                format!("<span class=\"yes\">✓ {}</span>", escape(&yes_no(true)))
            } else {
                format!("<span class=\"muted\">{}</span>", escape(&yes_no(false)))
            };
            let _ = writeln!(
                b,
                "<tr><td>{}. {}</td><td>{}</td><td>{now}</td></tr>",
                step.step.number(),
                escape(&step.step.name()),
                step.done_at.map(format_datetime).unwrap_or_else(|| "—".into())
            );
        }
        b.push_str("</table>\n");
    });
}

fn coach_notes(b: &mut String, report: &Report) {
    if report.coach_notes.is_empty() {
        return;
    }
    section(b, &t!("report-notes"), |b| {
        b.push_str("<ul>");
        for note in &report.coach_notes {
            let _ = write!(b, "<li>{}: {}</li>", format_date(note.at), bdi(&note.text));
        }
        b.push_str("</ul>\n");
    });
}

fn none(b: &mut String, text: &str) {
    let _ = writeln!(b, "<p class=\"muted\">{}</p>", escape(text));
}
