//! Self-contained HTML pages: one file, inline CSS, inline SVG, no scripts and no
//! outside assets, so a report opens from a USB stick, prints, and projects.

use std::fmt::Write;

use super::report::{Report, decision_label, is_web_url, plan_line, yes_no};
use super::{format_date, format_datetime, svg};
use crate::t;
use crate::text::sanitize_line;

/// Text for HTML and SVG: the one markup escape, which XML (OPML) uses too.
pub use crate::text::escape_markup as escape;

/// A link when the address is http(s), the escaped text otherwise.
pub fn link(url: &str) -> String {
    let clean = sanitize_line(url);
    if is_web_url(&clean) {
        format!(r#"<a href="{0}">{0}</a>"#, escape(&clean))
    } else {
        escape(&clean)
    }
}

/// Large type and strong contrast for a projector; compact black on white for paper.
const STYLE: &str = r#"
:root { --ink: #000; --paper: #fff; --accent: #003f8a; --muted: #333; --line: #8a8a8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem 2rem 3rem; background: var(--paper);
  color: var(--ink); font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.45; }
h1 { font-size: 2.2rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .6rem; border-bottom: 4px solid var(--ink); }
.rung { font-size: 1.6rem; font-weight: 700; color: var(--accent); }
.next { font-size: 1.2rem; border: 4px solid var(--accent); padding: .6rem 1rem; }
code { font-size: .95em; background: #eee; padding: 0 .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .7rem; border-bottom: 2px solid var(--line); vertical-align: top; }
th { border-bottom: 3px solid var(--ink); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.yes { font-weight: 700; }
.muted { color: var(--muted); }
a { color: var(--accent); word-break: break-all; }
svg.chart { width: 100%; height: auto; display: block; margin: .5rem 0 1rem; }
ul { padding-left: 1.4rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section, table, svg { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; }
  .next { border-width: 2px; }
  @page { margin: 1.5cm; }
}
"#;

/// A whole page around `body`, its type based on `base_px` (larger for a room). The
/// content security policy forbids scripts and any fetch, as a second lock behind the
/// escaping.
pub fn page(title: &str, base_px: u32, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
<style>
html {{ font-size: {base_px}px; }}{STYLE}</style>
</head>
<body>
{body}
</body>
</html>
"#,
        escape(title),
        lang = crate::messages::language().code(),
    )
}

/// The report as one self-contained HTML page.
pub fn report(report: &Report) -> String {
    let mut b = String::new();
    let title = t!("report-title", name = report.who());
    let _ = writeln!(b, "<header><h1>{}</h1>", escape(&title));
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
    let _ = write!(
        b,
        "<p class=\"next\"><strong>{}</strong> {}",
        escape(&t!("report-next")),
        escape(&report.next.text)
    );
    if let Some(command) = &report.next.command {
        let _ = write!(b, "<br><code>{}</code>", escape(command));
    }
    let _ = writeln!(b, "</p></header>");

    section(&mut b, &t!("report-ladder"), |b| {
        b.push_str(&svg::ladder(&report.timeline, report.rung));
        let _ = writeln!(
            b,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
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

    section(&mut b, &t!("report-timeline"), |b| {
        let end = report.last_activity.unwrap_or(report.generated_at);
        match report
            .started
            .and_then(|start| svg::timeline(&report.changes, start, end))
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
                    "<li>{}: {} → {}</li>",
                    format_datetime(change.at),
                    escape(&change.from.name()),
                    escape(&change.to.name())
                );
            }
            b.push_str("</ul>\n");
        }
    });

    section(&mut b, &t!("report-steps"), |b| {
        let _ = writeln!(
            b,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
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

    section(&mut b, &t!("report-strategy"), |b| match &report.strategy {
        Some(strategy) => {
            let goals: Vec<String> = strategy.goals.iter().map(|g| g.label()).collect();
            let _ = write!(
                b,
                "<ul><li><strong>{}</strong> {}</li>",
                escape(&t!("strategy-goals")),
                escape(&goals.join(", "))
            );
            if let Some(audience) = &strategy.audience {
                let _ = write!(
                    b,
                    "<li><strong>{}</strong> {}</li>",
                    escape(&t!("strategy-audience")),
                    escape(audience)
                );
            }
            b.push_str("</ul>\n");
        }
        None => none(b),
    });

    section(&mut b, &t!("report-checklists"), |b| {
        let _ = writeln!(
            b,
            "<table><tr><th>{}</th><th class=\"n\">{}</th></tr>",
            escape(&t!("report-col-platform")),
            escape(&t!("report-col-done"))
        );
        for list in &report.checklists {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td class=\"n\">{}{} / {}</td></tr>",
                escape(list.platform.name()),
                if list.complete() { "✓ " } else { "" },
                list.done,
                list.total
            );
        }
        b.push_str("</table>\n");
        if report.checklists.iter().any(|l| !l.not_applicable.is_empty()) {
            let _ = writeln!(b, "<p>{}</p>\n<ul>", escape(&t!("report-not-applicable")));
            for list in &report.checklists {
                for item in &list.not_applicable {
                    let _ = writeln!(
                        b,
                        "<li>{}</li>",
                        escape(&t!(
                            "report-not-applicable-item",
                            platform = list.platform.name(),
                            label = crate::text::sanitize_line(&item.label),
                            reason = crate::text::sanitize_line(&item.reason)
                        ))
                    );
                }
            }
            b.push_str("</ul>\n");
        }
    });

    section(&mut b, &t!("report-monitoring"), |b| {
        let _ = writeln!(
            b,
            "<p>{}</p>",
            escape(&t!(
                "report-monitoring-counts",
                keywords = report.keywords.len(),
                feeds = report.feeds.len(),
                scans = report.scans
            ))
        );
        if !report.keywords.is_empty() || !report.feeds.is_empty() {
            b.push_str("<ul>");
            for keyword in &report.keywords {
                let _ = write!(
                    b,
                    "<li>{} <code>{}</code></li>",
                    escape(&t!("report-keyword")),
                    escape(keyword)
                );
            }
            for feed in &report.feeds {
                let _ = write!(b, "<li>{} {}</li>", escape(&t!("report-feed")), link(feed));
            }
            b.push_str("</ul>\n");
        }
    });

    section(&mut b, &t!("report-triage"), |b| {
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
            "<table><tr><th>{}</th><th class=\"n\">{}</th></tr>",
            escape(&t!("report-col-decision")),
            escape(&t!("report-col-count"))
        );
        for count in &report.triage.by_decision {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
                escape(&decision_label(count.decision)),
                count.count
            );
        }
        b.push_str("</table>\n");
    });

    section(&mut b, &t!("report-communities"), |b| {
        if report.communities.is_empty() {
            return none(b);
        }
        b.push_str("<ul>");
        for community in &report.communities {
            let _ = write!(
                b,
                "<li>{} ({})",
                escape(&community.name),
                escape(community.platform.name())
            );
            if let Some(url) = &community.url {
                let _ = write!(b, ": {}", link(url));
            }
            b.push_str("</li>");
        }
        b.push_str("</ul>\n");
    });

    for (title, list) in [
        (t!("report-comments"), &report.comments),
        (t!("report-posts"), &report.posts),
    ] {
        section(&mut b, &title, |b| {
            if list.is_empty() {
                return none(b);
            }
            b.push_str("<ul>");
            for item in list {
                b.push_str("<li>");
                if let Some(at) = item.at {
                    let _ = write!(b, "{}: ", format_date(at));
                }
                let _ = write!(b, "{} ({}", link(&item.url), escape(item.platform.name()));
                if let Some(kind) = &item.kind {
                    let _ = write!(b, ", {}", escape(kind));
                }
                b.push_str(")</li>");
            }
            b.push_str("</ul>\n");
        });
    }

    section(&mut b, &t!("report-coach"), |b| {
        if report.coach_notes.is_empty() && report.coach_plans.is_empty() {
            return none(b);
        }
        if !report.coach_plans.is_empty() {
            let _ = write!(b, "<h3>{}</h3><ul>", escape(&t!("report-plans")));
            for plan in &report.coach_plans {
                let mark = if plan.is_open() { "☐" } else { "☑" };
                let _ = write!(b, "<li>{mark} {}</li>", plan_line(plan, escape));
            }
            b.push_str("</ul>\n");
        }
        if !report.coach_notes.is_empty() {
            let _ = write!(b, "<h3>{}</h3><ul>", escape(&t!("report-notes")));
            for note in &report.coach_notes {
                let _ = write!(b, "<li>{}: {}</li>", format_date(note.at), escape(&note.text));
            }
            b.push_str("</ul>\n");
        }
    });

    let _ = writeln!(
        b,
        "<footer>{}</footer>",
        escape(&t!("report-generated", at = format_datetime(report.generated_at)))
    );
    page(&title, 22, &b)
}

pub fn section(b: &mut String, title: &str, fill: impl FnOnce(&mut String)) {
    let _ = writeln!(b, "<section><h2>{}</h2>", escape(title));
    fill(b);
    b.push_str("</section>\n");
}

fn none(b: &mut String) {
    let _ = writeln!(b, "<p class=\"muted\">{}</p>", escape(&t!("report-none")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            link("https://example.org/a?b=1&c=\"2\""),
            r#"<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">https://example.org/a?b=1&amp;c=&quot;2&quot;</a>"#
        );
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert!(!link("JaVaScRiPt:alert(1)").contains("href"));
    }
}
