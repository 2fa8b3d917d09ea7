//! The cohort view for the terminal, Markdown, HTML and JSON.

use std::fmt::Write;

use super::summary::{Cohort, Person, SkippedOut};
use crate::coach::evidence_label;
use crate::coach::html::{self, Layout};
use crate::coach::report::md_escape;
use crate::ladder::Rung;
use crate::t;
use crate::text::{Palette, sanitize_line};

impl Cohort {
    pub fn to_json(&self) -> String {
        crate::text::json::to_string_pretty(self)
    }

    fn headline(&self) -> String {
        t!(
            "cohort-headline",
            learners = self.learners,
            contributors = self.contributors
        )
    }

    fn movement_line(&self) -> String {
        t!(
            "cohort-moved-up",
            since = self.movement.since.to_string(),
            up = self.movement.moved_up,
            learners = self.learners,
            stayed = self.movement.stayed,
            down = self.movement.moved_down
        )
    }

    /// For the terminal: bars in the palette's colours, the largest type a terminal has.
    pub fn to_table(&self, p: &Palette) -> String {
        let mut out = String::new();
        let total = self.learners;
        let _ = writeln!(out, "{}", p.heading.apply_to(self.headline()));
        let rungs: Vec<(String, usize)> = self
            .rungs
            .iter()
            .rev()
            .map(|r| (r.rung.name(), r.count))
            .collect();
        table_section(&mut out, p, &t!("cohort-rungs"), &rungs, total);
        let funnel: Vec<(String, usize)> = self
            .funnel
            .iter()
            .map(|s| (format!("{} {}", s.step.number(), s.step.name()), s.count))
            .collect();
        table_section(&mut out, p, &t!("cohort-funnel"), &funnel, total);
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-stuck")));
        if self.stuck.is_empty() {
            let _ = writeln!(out, "  {}", t!("cohort-stuck-none"));
        }
        for stuck in &self.stuck {
            let _ = writeln!(
                out,
                "  {:>4}  {}  {}",
                stuck.count,
                evidence_label(&stuck.evidence),
                p.dim.apply_to(format!("({})", stuck.step.name()))
            );
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", p.heading.apply_to(self.movement_line()));
        for transition in &self.movement.transitions {
            let _ = writeln!(
                out,
                "  {:>4}  {} → {}",
                transition.count,
                transition.from.name(),
                transition.to.name()
            );
        }
        if !self.by_day.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-by-day")));
            let mut header = format!("  {:<10}", t!("cohort-col-date"));
            for rung in Rung::CLIMB {
                let _ = write!(header, " {:>10}", rung.name());
            }
            let _ = writeln!(out, "{}", p.dim.apply_to(header));
            for day in &self.by_day {
                let _ = write!(out, "  {:<10}", day.date);
                for count in &day.reached {
                    let _ = write!(out, " {:>10}", count.count);
                }
                let _ = writeln!(out);
            }
        }
        if let Some(people) = &self.people {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", p.heading.apply_to(t!("cohort-people")));
            let width = people
                .iter()
                .map(|p| unicode_width::UnicodeWidthStr::width(display_name(p).as_str()))
                .max()
                .unwrap_or(0)
                .clamp(4, 32);
            for person in people {
                let name = display_name(person);
                let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                let _ = writeln!(
                    out,
                    "  {name}{}  {:<10} {:<16} {}/8  {}",
                    " ".repeat(pad),
                    person.rung.name(),
                    moved(person),
                    person.steps_done,
                    person.stuck.as_deref().map(evidence_label).unwrap_or_default()
                );
            }
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "{}",
                p.warn.apply_to(t!("cohort-skipped", count = self.skipped.len()))
            );
            for skipped in &self.skipped {
                let _ = writeln!(out, "  {}: {}", skipped_label(skipped), skipped.reason);
            }
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# {}", t!("cohort-title"));
        let _ = writeln!(out);
        let _ = writeln!(out, "**{}**", self.headline());
        let md_table = |out: &mut String, title: String, head: [String; 2], rows: Vec<(String, usize)>| {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {title}");
            let _ = writeln!(out);
            let _ = writeln!(out, "| {} | {} |", head[0], head[1]);
            let _ = writeln!(out, "|---|---:|");
            for (label, count) in rows {
                let _ = writeln!(out, "| {label} | {count} |");
            }
        };
        md_table(
            &mut out,
            t!("cohort-rungs"),
            [t!("report-col-rung"), t!("cohort-col-learners")],
            self.rungs
                .iter()
                .rev()
                .map(|r| (r.rung.name(), r.count))
                .collect(),
        );
        md_table(
            &mut out,
            t!("cohort-funnel"),
            [t!("report-col-step"), t!("cohort-col-learners")],
            self.funnel
                .iter()
                .map(|s| (format!("{}. {}", s.step.number(), s.step.name()), s.count))
                .collect(),
        );
        md_table(
            &mut out,
            t!("cohort-stuck"),
            [t!("cohort-col-missing"), t!("cohort-col-learners")],
            self.stuck
                .iter()
                .map(|s| {
                    (
                        format!("{} ({})", evidence_label(&s.evidence), s.step.name()),
                        s.count,
                    )
                })
                .collect(),
        );
        md_table(
            &mut out,
            self.movement_line(),
            [t!("cohort-col-move"), t!("cohort-col-learners")],
            self.movement
                .transitions
                .iter()
                .map(|m| (format!("{} → {}", m.from.name(), m.to.name()), m.count))
                .collect(),
        );
        if !self.by_day.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-by-day"));
            let _ = writeln!(out);
            let names: Vec<String> = Rung::CLIMB.iter().map(|r| r.name()).collect();
            let _ = writeln!(out, "| {} | {} |", t!("cohort-col-date"), names.join(" | "));
            let _ = writeln!(out, "|---|{}", "---:|".repeat(names.len()));
            for day in &self.by_day {
                let counts: Vec<String> = day.reached.iter().map(|c| c.count.to_string()).collect();
                let _ = writeln!(out, "| {} | {} |", day.date, counts.join(" | "));
            }
        }
        if let Some(people) = &self.people {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-people"));
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                t!("cohort-col-name"),
                t!("report-col-rung"),
                t!("cohort-col-before", since = self.movement.since.to_string()),
                t!("cohort-col-steps"),
                t!("cohort-col-missing")
            );
            let _ = writeln!(out, "|---|---|---|---:|---|");
            for person in people {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {}/8 | {} |",
                    md_escape(&display_name(person)),
                    person.rung.name(),
                    moved(person),
                    person.steps_done,
                    person.stuck.as_deref().map(evidence_label).unwrap_or_default()
                );
            }
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "## {}", t!("cohort-skipped", count = self.skipped.len()));
            let _ = writeln!(out);
            for skipped in &self.skipped {
                let _ = writeln!(
                    out,
                    "- {}: {}",
                    md_escape(&skipped_label(skipped)),
                    md_escape(&skipped.reason)
                );
            }
        }
        out
    }

    /// One page for the projector: the headline, then the rungs and the steps side by
    /// side on the first screen (1280×720), in type read from the back of a room; no
    /// names unless asked.
    pub fn to_html(&self) -> String {
        let mut b = String::new();
        let total = self.learners;
        let _ = writeln!(
            b,
            "<header><h1>{}</h1><p>{}</p></header>",
            html::escape(&t!("cohort-title")),
            html::escape(&self.headline())
        );
        b.push_str("<div class=\"side-by-side\">\n");
        html::section(&mut b, &t!("cohort-rungs"), |b| {
            let rows: Vec<(String, usize)> = self
                .rungs
                .iter()
                .rev()
                .map(|r| (r.rung.name(), r.count))
                .collect();
            b.push_str(&html::bars(&t!("cohort-rungs"), &rows, total));
        });
        html::section(&mut b, &t!("cohort-funnel"), |b| {
            let rows: Vec<(String, usize)> = self
                .funnel
                .iter()
                .map(|s| (format!("{}. {}", s.step.number(), s.step.name()), s.count))
                .collect();
            b.push_str(&html::bars(&t!("cohort-funnel"), &rows, total));
        });
        b.push_str("</div>\n");
        html::section(&mut b, &t!("cohort-stuck"), |b| {
            if self.stuck.is_empty() {
                let _ = writeln!(
                    b,
                    "<p class=\"muted\">{}</p>",
                    html::escape(&t!("cohort-stuck-none"))
                );
                return;
            }
            let _ = writeln!(
                b,
                "<table><thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th></tr></thead>",
                html::escape(&t!("cohort-col-missing")),
                html::escape(&t!("report-col-step")),
                html::escape(&t!("cohort-col-learners"))
            );
            for stuck in &self.stuck {
                let _ = writeln!(
                    b,
                    "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                    html::escape(&evidence_label(&stuck.evidence)),
                    html::escape(&stuck.step.name()),
                    stuck.count
                );
            }
            b.push_str("</table>\n");
        });
        html::section(&mut b, &self.movement_line(), |b| {
            if self.movement.transitions.is_empty() {
                return;
            }
            let _ = writeln!(
                b,
                "<table><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead>",
                html::escape(&t!("cohort-col-move")),
                html::escape(&t!("cohort-col-learners"))
            );
            for m in &self.movement.transitions {
                let _ = writeln!(
                    b,
                    "<tr><td>{} {} {}</td><td class=\"n\">{}</td></tr>",
                    html::escape(&m.from.name()),
                    html::arrow(),
                    html::escape(&m.to.name()),
                    m.count
                );
            }
            b.push_str("</table>\n");
        });
        if !self.by_day.is_empty() {
            html::section(&mut b, &t!("cohort-by-day"), |b| {
                let _ = write!(
                    b,
                    "<table><thead><tr><th>{}</th>",
                    html::escape(&t!("cohort-col-date"))
                );
                for rung in Rung::CLIMB {
                    let _ = write!(b, "<th class=\"n\">{}</th>", html::escape(&rung.name()));
                }
                b.push_str("</tr></thead>\n");
                for day in &self.by_day {
                    let _ = write!(b, "<tr><td>{}</td>", day.date);
                    for count in &day.reached {
                        let _ = write!(b, "<td class=\"n\">{}</td>", count.count);
                    }
                    b.push_str("</tr>\n");
                }
                b.push_str("</table>\n");
            });
        }
        if let Some(people) = &self.people {
            html::section(&mut b, &t!("cohort-people"), |b| {
                let _ = writeln!(
                    b,
                    "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"n\">{}</th><th>{}</th></tr></thead>",
                    html::escape(&t!("cohort-col-name")),
                    html::escape(&t!("report-col-rung")),
                    html::escape(&t!("cohort-col-before", since = self.movement.since.to_string())),
                    html::escape(&t!("cohort-col-steps")),
                    html::escape(&t!("cohort-col-missing"))
                );
                for person in people {
                    let code = person
                        .code
                        .as_deref()
                        .map(|code| format!(" <span class=\"tag\">{}</span>", html::ltr(code)))
                        .unwrap_or_default();
                    let _ = writeln!(
                        b,
                        "<tr><td>{}{code}</td><td>{}</td><td>{}</td><td class=\"n\">{}/8</td><td>{}</td></tr>",
                        html::bdi(&person.name),
                        html::escape(&person.rung.name()),
                        html::escape(&moved(person)),
                        person.steps_done,
                        html::escape(&person.stuck.as_deref().map(evidence_label).unwrap_or_default())
                    );
                }
                b.push_str("</table>\n");
            });
        }
        if !self.skipped.is_empty() {
            html::section(&mut b, &t!("cohort-skipped", count = self.skipped.len()), |b| {
                b.push_str("<ul>");
                for skipped in &self.skipped {
                    let label = html::escape(&t!("cohort-file", number = skipped.file, total = skipped.of));
                    let path = skipped
                        .path
                        .as_deref()
                        .map(|path| format!(" {}", html::ltr(path)))
                        .unwrap_or_default();
                    let _ = write!(b, "<li>{label}{path}: {}</li>", html::escape(&skipped.reason));
                }
                b.push_str("</ul>\n");
            });
        }
        html::page(&t!("cohort-title"), Layout::Projector, 28, &b)
    }
}

/// A person's name as shown, with the code that tells them apart from a namesake.
fn display_name(person: &Person) -> String {
    let name = sanitize_line(&person.name);
    match &person.code {
        Some(code) => format!("{name} ({code})"),
        None => name,
    }
}

/// A skipped file as shown: "file 3 of 22", and its path with `--names`.
pub fn skipped_label(skipped: &SkippedOut) -> String {
    let file = t!("cohort-file", number = skipped.file, total = skipped.of);
    match &skipped.path {
        Some(path) => format!("{file} ({})", sanitize_line(path)),
        None => file,
    }
}

/// Where a person stood at the start of the movement window: "↑ from Joiner", or the
/// same rung when they did not move.
fn moved(person: &Person) -> String {
    match person.rung.cmp(&person.rung_since) {
        std::cmp::Ordering::Greater => t!("cohort-moved-from", rung = person.rung_since.name()),
        std::cmp::Ordering::Less => t!("cohort-dropped-from", rung = person.rung_since.name()),
        std::cmp::Ordering::Equal => "—".into(),
    }
}

fn table_section(out: &mut String, p: &Palette, title: &str, rows: &[(String, usize)], total: usize) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(title));
    let width = rows
        .iter()
        .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()))
        .max()
        .unwrap_or(0);
    for (label, count) in rows {
        let pad = width - unicode_width::UnicodeWidthStr::width(label.as_str());
        let _ = writeln!(out, "  {label}{}  {}", " ".repeat(pad), p.bar(*count, total, 30));
    }
}
