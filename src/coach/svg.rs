//! Inline SVG pictures for the HTML pages: the ladder, the rung over time, bar charts.
//! Drawn by hand so the page needs no script and no library; every text is escaped.

use std::fmt::Write;

use chrono::{DateTime, Duration, Utc};

use super::html::escape;
use super::timeline::{RungChange, RungReached};
use super::{ALL_RUNGS, format_date, format_datetime};
use crate::ladder::Rung;
use crate::t;

/// Colours with high contrast against white, readable on a washed-out projector.
pub const INK: &str = "#000000";
pub const ACCENT: &str = "#003f8a";
pub const FADED: &str = "#c9d6ea";
pub const GRID: &str = "#8a8a8a";

/// The ladder as a staircase: a step per rung, filled when its evidence holds, the
/// current rung framed and labelled.
pub fn ladder(timeline: &[RungReached], current: Rung) -> String {
    let mut svg = String::new();
    let title = t!("svg-ladder-title", rung = current.name());
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 1000 400" role="img" aria-labelledby="ladder-title" xmlns="http://www.w3.org/2000/svg"><title id="ladder-title">{}</title>"#,
        escape(&title)
    );
    let width = 180;
    for (i, reached) in timeline.iter().enumerate() {
        let x = 20 + i * 194;
        let height = 80 + i * 55;
        let y = 390 - height;
        let (fill, text, dash) = match (reached.holds, reached.reached_at.is_some()) {
            (true, _) => (ACCENT, "#ffffff", ""),
            (false, true) => (FADED, INK, ""),
            (false, false) => ("#ffffff", INK, r#" stroke-dasharray="8 6""#),
        };
        let stroke = if reached.rung == current { 8 } else { 3 };
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{y}" width="{width}" height="{height}" fill="{fill}" stroke="{INK}" stroke-width="{stroke}"{dash}/>"#
        );
        let cx = x + width / 2;
        let _ = write!(
            svg,
            r#"<text x="{cx}" y="{}" text-anchor="middle" font-size="28" font-weight="700" fill="{text}">{}</text>"#,
            y + 36,
            escape(&reached.rung.name())
        );
        let when = match reached.reached_at {
            Some(at) => format_date(at),
            None => t!("svg-not-yet"),
        };
        let _ = write!(
            svg,
            r#"<text x="{cx}" y="{}" text-anchor="middle" font-size="22" fill="{text}">{}</text>"#,
            y + 66,
            escape(&when)
        );
        if reached.rung == current {
            let _ = write!(
                svg,
                r#"<text x="{cx}" y="{}" text-anchor="middle" font-size="24" font-weight="700" fill="{INK}">▼ {}</text>"#,
                y - 14,
                escape(&t!("svg-you-are-here"))
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The rung over time as a step line, from the first event to the last. `None` when
/// the rung never moved.
pub fn timeline(changes: &[RungChange], start: DateTime<Utc>, end: DateTime<Utc>) -> Option<String> {
    if changes.is_empty() {
        return None;
    }
    let end = end.max(start + Duration::hours(1));
    let (left, right, bottom, row) = (170.0, 960.0, 330.0, 56.0);
    let span = (end - start).num_seconds().max(1) as f64;
    let x = |at: DateTime<Utc>| left + (right - left) * ((at - start).num_seconds().max(0) as f64 / span);
    let y = |rung: Rung| bottom - row * level(rung) as f64;
    let label = |at: DateTime<Utc>| {
        if end - start <= Duration::hours(36) {
            format_datetime(at)
        } else {
            format_date(at)
        }
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 1000 400" role="img" aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{}</title>"#,
        escape(&t!("svg-timeline-title"))
    );
    for rung in ALL_RUNGS {
        let _ = write!(
            svg,
            r#"<line x1="{left}" y1="{y}" x2="{right}" y2="{y}" stroke="{GRID}" stroke-width="1"/><text x="{}" y="{}" text-anchor="end" font-size="22" fill="{INK}">{}</text>"#,
            left - 12.0,
            y(rung) + 8.0,
            escape(&rung.name()),
            y = y(rung),
        );
    }
    let mut path = format!("M{:.1} {:.1}", x(start), y(changes[0].from));
    for change in changes {
        let _ = write!(path, " H{:.1} V{:.1}", x(change.at), y(change.to));
    }
    let _ = write!(path, " H{:.1}", x(end));
    let _ = write!(
        svg,
        r#"<path d="{path}" fill="none" stroke="{ACCENT}" stroke-width="6" stroke-linejoin="round"/>"#
    );
    for change in changes {
        let _ = write!(
            svg,
            r#"<circle cx="{:.1}" cy="{:.1}" r="9" fill="{ACCENT}"><title>{}</title></circle>"#,
            x(change.at),
            y(change.to),
            escape(&format!("{}: {}", format_datetime(change.at), change.to.name()))
        );
    }
    let _ = write!(
        svg,
        r#"<text x="{left}" y="380" font-size="22" fill="{INK}">{}</text><text x="{right}" y="380" text-anchor="end" font-size="22" fill="{INK}">{}</text>"#,
        escape(&label(start)),
        escape(&label(end))
    );
    svg.push_str("</svg>");
    Some(svg)
}

/// Horizontal bars, one per row: a label, a bar proportional to `count` out of `total`,
/// and the count. For the cohort view on a projector.
pub fn bars(title: &str, rows: &[(String, usize)], total: usize) -> String {
    let row = 60;
    let height = rows.len() * row + 20;
    let (left, max_width) = (400.0, 500.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 1000 {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(title)
    );
    for (i, (label, count)) in rows.iter().enumerate() {
        let y = 10 + i * row;
        let width = if total == 0 {
            0.0
        } else {
            max_width * *count as f64 / total as f64
        };
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="end" font-size="28" fill="{INK}">{}</text><rect x="{left}" y="{}" width="{width:.1}" height="{}" fill="{ACCENT}"/><text x="{:.1}" y="{}" font-size="30" font-weight="700" fill="{INK}">{count}</text>"#,
            left - 14.0,
            y + 38,
            escape(label),
            y + 8,
            row - 16,
            left + width + 12.0,
            y + 40,
        );
    }
    svg.push_str("</svg>");
    svg
}

fn level(rung: Rung) -> usize {
    ALL_RUNGS.iter().position(|r| *r == rung).unwrap_or(0)
}
