//! `drempel groups suggest | add NAME --platform P [--url URL] | visit NAME | list`

use std::process::ExitCode;

use chrono::Utc;
use clap::Subcommand;
use serde_json::json;

use super::Context;
use crate::communities;
use crate::error::{Error, Result};
use crate::journal::EventBody;
use crate::platform::Platform;
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Places to look, from your goals and keywords
    Suggest {
        #[arg(long)]
        json: bool,
    },
    /// Record a community you joined
    Add {
        name: String,
        #[arg(long, value_enum)]
        platform: Platform,
        #[arg(long)]
        url: Option<String>,
    },
    /// Record that you looked in on a community
    Visit { name: String },
    /// The communities you joined
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Suggest { json } => suggest(ctx, *json),
        Action::Add { name, platform, url } => add(ctx, name, *platform, url.as_deref()),
        Action::Visit { name } => visit(ctx, name),
        Action::List { json } => list(ctx, *json),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn suggest(ctx: &mut Context, json: bool) -> Result<()> {
    let state = ctx.state()?;
    let lang = ctx.lang()?;
    let suggestions = communities::suggest(&state, &ctx.library()?, &lang)?;
    if json {
        return ctx.shell.json(&suggestions);
    }
    if state.strategy.is_none() {
        ctx.shell.warn(t!("communities-no-strategy"))?;
    }
    let p = ctx.shell.palette().clone();
    for s in &suggestions {
        let platform = s
            .platform
            .map_or_else(|| t!("communities-elsewhere"), |p| p.name().to_owned());
        ctx.shell.println(format!(
            "{}{}  {}",
            p.heading.apply_to(crate::ui::cell(&platform, 10)),
            sanitize_line(&s.name),
            p.dim.apply_to(sanitize_line(&s.why))
        ))?;
        if let Some(url) = &s.url {
            ctx.shell
                .println(format!("          {}", p.command.apply_to(url)))?;
        }
    }
    ctx.shell.status(p.dim.apply_to(t!("communities-suggest-hint")))
}

fn add(ctx: &mut Context, name: &str, platform: Platform, url: Option<&str>) -> Result<()> {
    // Checked before the journal is opened, so a refused community creates nothing.
    communities::join(&[], name, platform, url)?;
    let mut journal = ctx.journal()?;
    let before = super::assess_journal(&journal, &ctx.lessons()?)?;
    let joining = communities::join(&before.1.communities, name, platform, url)?;
    let Some(event) = joining.event() else {
        return ctx.shell.println(t!(
            "communities-already",
            name = sanitize_line(&joining.community.name),
            platform = platform.name()
        ));
    };
    journal.append(event)?;
    ctx.shell.println(t!(
        "communities-joined",
        name = sanitize_line(&joining.community.name),
        platform = platform.name()
    ))?;
    ctx.shell.status(t!("communities-first-look"))?;
    super::announce_new_rung(ctx, &journal, before.0.rung)
}

fn visit(ctx: &mut Context, name: &str) -> Result<()> {
    // Checked before the journal is opened, so a wrong name creates nothing.
    let state = ctx.state()?;
    let Some(community) = state.communities.iter().find(|c| c.is_named(name)) else {
        let joined: Vec<&str> = state.communities.iter().map(|c| c.name.as_str()).collect();
        return Err(Error::Usage(if joined.is_empty() {
            t!("communities-none-joined")
        } else {
            t!(
                "communities-unknown",
                name = sanitize_line(name),
                joined = sanitize_line(&joined.join(", "))
            )
        }));
    };
    let name = community.name.clone();
    let previous = state.visits.get(&name).copied();
    ctx.journal()?
        .append(EventBody::CommunityVisited { name: name.clone() })?;
    let line = match previous {
        Some(visits) => t!(
            "communities-visited-again",
            name = sanitize_line(&name),
            count = visits.count + 1,
            days = (Utc::now() - visits.last).num_days()
        ),
        None => t!("communities-visited-first", name = sanitize_line(&name)),
    };
    ctx.shell.println(line)
}

fn list(ctx: &mut Context, json: bool) -> Result<()> {
    let state = ctx.state()?;
    if json {
        let items: Vec<_> = state
            .communities
            .iter()
            .map(|c| {
                let visits = state.visits.get(&c.name);
                json!({
                    "name": c.name,
                    "platform": c.platform,
                    "url": c.url,
                    "visits": visits.map_or(0, |v| v.count),
                    "last_visit": visits.map(|v| v.last),
                })
            })
            .collect();
        return ctx.shell.json(&items);
    }
    if state.communities.is_empty() {
        return ctx.shell.println(t!("communities-none-joined"));
    }
    let p = ctx.shell.palette().clone();
    for c in &state.communities {
        let visits = state.visits.get(&c.name).map_or(0, |v| v.count);
        ctx.shell.println(format!(
            "{}{}  {}",
            p.heading.apply_to(crate::ui::cell(c.platform.name(), 10)),
            sanitize_line(&c.name),
            p.dim.apply_to(t!("communities-visits", count = visits))
        ))?;
        if let Some(url) = &c.url {
            ctx.shell
                .println(format!("          {}", p.command.apply_to(sanitize_line(url))))?;
        }
    }
    Ok(())
}
