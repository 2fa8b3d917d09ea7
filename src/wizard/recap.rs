//! "What you did": today and in the past seven days, from the journal's timestamps, so
//! that every run counts and not just this one. Shown at the end of the first day's
//! journey and of every practice session.

use super::Wizard;
use crate::activity::Recap;
use crate::error::Result;
use crate::t;

pub(super) fn show(wizard: &mut Wizard) -> Result<()> {
    let recap = Recap::at(&wizard.events()?, &chrono::Local::now());
    let mut blocks = Vec::new();
    if !recap.today.is_empty() {
        blocks.push(block(wizard, &t!("next-today"), recap.today.lines()));
    }
    if recap.week_adds_to_today() && !recap.week.is_empty() {
        blocks.push(block(wizard, &t!("recap-week"), recap.week.lines()));
    }
    if blocks.is_empty() {
        return Ok(());
    }
    wizard.say(&format!("\n{}", blocks.join("\n\n")))
}

fn block(wizard: &Wizard, heading: &str, lines: Vec<String>) -> String {
    let p = &wizard.palette;
    let mut out = p.heading.apply_to(heading).to_string();
    for line in lines {
        out.push_str(&format!("\n  {} {line}", p.check(true)));
    }
    out
}
