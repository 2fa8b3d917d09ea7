//! The ladder and the journey as the learner sees them, shared by `progress` and the
//! wizard's closing step.

use std::fmt::Write;

use super::{Palette, Voice};
use crate::journal::CoachPlan;
use crate::ladder::{Assessment, ChecklistProgress, Rung};
use crate::step::Step;
use crate::t;

/// The full picture: where you stand, every rung's evidence, the steps, what next,
/// with the command that does it.
pub fn render(p: &Palette, assessment: &Assessment, name: Option<&str>) -> String {
    render_as(p, assessment, name, Voice::Command)
}

/// The full picture as `voice` shows it: the wizard leaves out the command line.
pub fn render_as(p: &Palette, assessment: &Assessment, name: Option<&str>, voice: Voice<'_>) -> String {
    let mut out = String::new();
    let rung = p.accent.apply_to(assessment.rung.name());
    let _ = match name {
        Some(name) => writeln!(
            out,
            "{}",
            t!(
                "progress-headline-named",
                name = super::sanitize_line(name),
                rung = rung.to_string()
            )
        ),
        None => writeln!(out, "{}", t!("progress-headline", rung = rung.to_string())),
    };
    let _ = writeln!(out, "{}", p.dim.apply_to(t!("progress-aim")));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(t!("progress-ladder")));
    for rung in assessment.rungs.iter().rev() {
        let marker = if rung.rung == assessment.rung {
            p.accent.apply_to("▶").to_string()
        } else {
            " ".into()
        };
        let _ = writeln!(
            out,
            "{marker} {} {}",
            p.check(rung.met),
            p.heading.apply_to(rung.rung.name())
        );
        for evidence in &rung.evidence {
            let _ = writeln!(out, "      {} {}", p.check(evidence.met), evidence.text);
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}  {}",
        p.heading.apply_to(t!("progress-steps")),
        p.bar(assessment.steps_done(), assessment.steps.len(), 16)
    );
    for step in &assessment.steps {
        let suffix = if step.skipped && !step.done {
            format!(" {}", p.dim.apply_to(t!("progress-skipped")))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {} {} {}{suffix}",
            p.check(step.done),
            step.step.number(),
            step.step.name()
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        p.heading.apply_to(t!("progress-next")),
        super::sanitize_line(&assessment.next.text)
    );
    if let Some(command) = assessment.next.command.as_ref().filter(|_| !voice.is_wizard()) {
        let _ = writeln!(out, "  {}", p.command.apply_to(format!("$ {command}")));
    }
    out
}

/// The coach's open plans, for the end of `progress`; empty when there are none.
pub fn from_your_coach(p: &Palette, plans: &[&CoachPlan]) -> String {
    let mut out = String::new();
    if plans.is_empty() {
        return out;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(t!("progress-from-coach")));
    for plan in plans {
        let due = plan
            .due
            .map(|d| {
                format!(
                    " {}",
                    p.dim
                        .apply_to(format!("({})", t!("coach-due", date = d.to_string())))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(out, "  • {}{due}", super::sanitize_line(&plan.text));
    }
    out
}

/// The checklist items marked not applicable, each with its reason, for the end of
/// `progress`; empty when there are none.
pub fn not_applicable(p: &Palette, checklists: &[ChecklistProgress]) -> String {
    let mut out = String::new();
    if checklists.iter().all(|c| c.not_applicable.is_empty()) {
        return out;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", p.heading.apply_to(t!("progress-not-applicable")));
    for list in checklists {
        for item in &list.not_applicable {
            let line = t!(
                "progress-not-applicable-item",
                platform = list.platform.name(),
                label = super::sanitize_line(&item.label),
                reason = super::sanitize_line(&item.reason)
            );
            let _ = writeln!(out, "  {} {line}", p.check(true));
        }
    }
    out
}

/// One line for the top of a screen: "step 3 of 8 · Profiles · you are: Spectator".
pub fn orientation(p: &Palette, step: Step, rung: Rung) -> String {
    p.dim
        .apply_to(t!(
            "orientation",
            number = step.number(),
            total = Step::ALL.len(),
            step = step.name(),
            rung = rung.name()
        ))
        .to_string()
}
