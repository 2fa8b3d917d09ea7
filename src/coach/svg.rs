//! Inline SVG pictures for the HTML pages: the ladder and the rung over time.
//! Drawn by hand so the page needs no script and no library; every text is escaped.

use std::fmt::Write;

use chrono::{DateTime, Duration, Utc};

use super::html::escape;
use super::timeline::{RungChange, RungReached};
use super::{ALL_RUNGS, format_date, format_datetime};
use crate::ladder::Rung;
use crate::lang::Direction;
use crate::t;

/// Colours with high contrast against white, readable on a washed-out projector.
pub const INK: &str = "#000000";
pub const ACCENT: &str = "#003f8a";
pub const FADED: &str = "#c9d6ea";
pub const GRID: &str = "#8a8a8a";

/// The ladder as a staircase: a step per rung, filled when its evidence holds, the
/// current rung framed and labelled. It climbs the way the language reads: left to
/// right, or from right to left in a right-to-left language.
pub fn ladder(timeline: &[RungReached], current: Rung, direction: Direction) -> String {
    let mut svg = String::new();
    let title = t!("svg-ladder-title", rung = current.name());
    let _ = write!(
        svg,
        r#"<svg class="chart ladder" viewBox="0 0 1000 400" direction="{}" role="img" aria-labelledby="ladder-title" xmlns="http://www.w3.org/2000/svg"><title id="ladder-title">{}</title>"#,
        svg_direction(direction),
        escape(&title)
    );
    let width = 180;
    for (i, reached) in timeline.iter().enumerate() {
        let x = mirror(direction, 20 + i * 194, width);
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
        let name = reached.rung.name();
        let _ = write!(
            svg,
            r#"<text x="{cx}" y="{}" text-anchor="middle" font-size="{}" font-weight="700" fill="{text}">{}</text>"#,
            y + 36,
            label_size(&name),
            escape(&name)
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
/// Time runs the way the language reads: from the right in a right-to-left language,
/// with the rungs named on the right.
pub fn timeline(
    changes: &[RungChange],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    direction: Direction,
) -> Option<String> {
    if changes.is_empty() {
        return None;
    }
    let end = end.max(start + Duration::hours(1));
    let (left, right, bottom, row) = (170.0, 960.0, 330.0, 56.0);
    let span = (end - start).num_seconds().max(1) as f64;
    let flip = |x: f64| match direction {
        Direction::LeftToRight => x,
        Direction::RightToLeft => 1000.0 - x,
    };
    let x =
        |at: DateTime<Utc>| flip(left + (right - left) * ((at - start).num_seconds().max(0) as f64 / span));
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
        r#"<svg class="chart" viewBox="0 0 1000 400" direction="{}" role="img" aria-labelledby="timeline-title" xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{}</title>"#,
        svg_direction(direction),
        escape(&t!("svg-timeline-title"))
    );
    for rung in ALL_RUNGS {
        let _ = write!(
            svg,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{GRID}" stroke-width="1"/><text x="{}" y="{}" text-anchor="end" font-size="22" fill="{INK}">{}</text>"#,
            flip(left),
            flip(right),
            flip(left - 12.0),
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
        r#"<text x="{}" y="380" font-size="22" fill="{INK}">{}</text><text x="{}" y="380" text-anchor="end" font-size="22" fill="{INK}">{}</text>"#,
        flip(left),
        escape(&label(start)),
        flip(right),
        escape(&label(end))
    );
    svg.push_str("</svg>");
    Some(svg)
}

/// The type size of a rung's name in its 180-wide step: 28, smaller for a long name
/// ("Kritiker", "השתתפות בשיח") so that it stays inside.
fn label_size(name: &str) -> usize {
    let chars = name.chars().count().max(1);
    if chars <= 10 {
        28
    } else {
        (28 * 10 / chars).max(16)
    }
}

/// The `direction` attribute of a picture: it decides which end `text-anchor` start
/// and end mean, so labels keep their side of their anchor when the picture mirrors.
fn svg_direction(direction: Direction) -> &'static str {
    match direction {
        Direction::LeftToRight => "ltr",
        Direction::RightToLeft => "rtl",
    }
}

/// The x of a shape `width` wide at `x` from the left, counted from the right instead
/// in a right-to-left picture.
fn mirror(direction: Direction, x: usize, width: usize) -> usize {
    match direction {
        Direction::LeftToRight => x,
        Direction::RightToLeft => 1000 - x - width,
    }
}

fn level(rung: Rung) -> usize {
    ALL_RUNGS.iter().position(|r| *r == rung).unwrap_or(0)
}
