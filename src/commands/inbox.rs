//! `drempel inbox [--json] [--all]`: what the scans found, waiting for a decision.

use std::process::ExitCode;

use super::Context;
use crate::error::Result;
use crate::feeds::inbox::Inbox;
use crate::t;
use crate::ui::inbox_view::print_item;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Print the items as JSON on stdout
    #[arg(long)]
    pub json: bool,

    /// Include items you have already decided on
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    let mut inbox = Inbox::load(&ctx.learner_dir())?;
    // The journal has the last word on what was decided; shown, not written back.
    inbox.sync_with(&ctx.state()?);
    let items = if args.all {
        inbox.all_items()
    } else {
        inbox.new_items()
    };
    if args.json {
        let value = serde_json::json!({ "items": items });
        ctx.shell.json(&value)?;
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        let message = if inbox.is_empty() {
            t!("inbox-empty")
        } else {
            t!("inbox-nothing-new", total = inbox.len())
        };
        ctx.shell.println(message)?;
        return Ok(ExitCode::SUCCESS);
    }
    for item in &items {
        print_item(ctx.shell, item, None)?;
    }
    let new = inbox.new_items().len();
    if new > 0 {
        ctx.shell.println(String::new())?;
        ctx.shell.println(t!("inbox-next", count = new))?;
    }
    Ok(ExitCode::SUCCESS)
}
