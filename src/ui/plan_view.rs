//! Plans as the learner and the coach read them in the terminal: `plan list`, `coach
//! list` and `progress` show the same lines.

use std::fmt::Write;

use super::{Palette, sanitize_line};
use crate::coach::format_date;
use crate::plan::{Owner, Plan};
use crate::t;

/// One plan: its number, whether it is done, its text, its date or weekday, and
/// "overdue" when it is.
pub fn line(p: &Palette, plan: &Plan) -> String {
    let mut line = format!(
        "  {:>2}. {} {}",
        plan.number,
        p.check(!plan.is_open()),
        sanitize_line(&plan.text)
    );
    let when = plan.when();
    if !when.is_empty() {
        let _ = write!(line, " ({when})");
    }
    if plan.overdue {
        let _ = write!(line, " {}", p.warn.apply_to(t!("plan-overdue")));
    }
    let made = match (plan.done_at, plan.owner) {
        (Some(done), _) => t!("coach-done-on", date = format_date(done)),
        (None, Owner::Coach) => t!("coach-set-on", date = format_date(plan.set_at)),
        (None, Owner::Learner) => t!("plan-made-on", date = format_date(plan.set_at)),
    };
    let _ = write!(line, "  {}", p.dim.apply_to(made));
    line
}

/// A heading and one line per plan; empty when there are none.
pub fn section(p: &Palette, heading: &str, plans: &[&Plan]) -> String {
    let mut out = String::new();
    if plans.is_empty() {
        return out;
    }
    let _ = writeln!(out, "{}", p.heading.apply_to(heading));
    for plan in plans {
        let _ = writeln!(out, "{}", line(p, plan));
    }
    out
}

/// The open plans for the end of `progress`, as bullets; empty when there are none.
pub fn open_bullets(p: &Palette, heading: &str, plans: &[&Plan]) -> String {
    let mut out = String::new();
    let open: Vec<&&Plan> = plans.iter().filter(|plan| plan.is_open()).collect();
    if open.is_empty() {
        return out;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(heading));
    for plan in open {
        let mut line = format!("  • {}", sanitize_line(&plan.text));
        let when = plan.when();
        if !when.is_empty() {
            let _ = write!(line, " {}", p.dim.apply_to(format!("({when})")));
        }
        if plan.overdue {
            let _ = write!(line, " {}", p.warn.apply_to(t!("plan-overdue")));
        }
        let _ = writeln!(out, "{line}");
    }
    out
}
