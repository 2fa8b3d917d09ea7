//! `drempel policy show [--json] | init [--force] | set FILE`: the organisation's
//! social media policy that the pre-post check and the lessons use.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::check::Policy;
use crate::check::policy::{self, render_template};
use crate::error::{Error, Result};
use crate::journal::{EventBody, PolicyChange};
use crate::t;
use crate::ui::sanitize_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Show the policy drempel uses
    Show {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Write a starting policy to edit (asks nothing)
    Init {
        /// Replace a policy that is already there
        #[arg(long)]
        force: bool,
    },
    /// Check a policy file and use it
    Set {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::Show { json } => show(ctx, *json)?,
        Action::Init { force } => init(ctx, *force)?,
        Action::Set { file } => set(ctx, file)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &mut Context, json: bool) -> Result<()> {
    let path = policy::stored_path(&ctx.learner_dir());
    let stored = Policy::stored(&ctx.learner_dir())?;
    if json {
        let value = serde_json::json!({
            "version": 1,
            "path": path.display().to_string(),
            "policy": stored,
        });
        return ctx.shell.json(&value);
    }
    match stored {
        Some(policy) => print_policy(ctx, &policy, Some(&path)),
        None => ctx.shell.println(t!("policy-none")),
    }
}

fn init(ctx: &mut Context, force: bool) -> Result<()> {
    let dir = ctx.learner_dir();
    let path = policy::stored_path(&dir);
    if path.exists() && !force {
        return Err(Error::PolicyExists { path });
    }
    let (template_name, template) = policy::template(ctx.global.lessons.as_deref(), &ctx.lang()?)?;
    let organisation = ctx.state()?.welcome.and_then(|w| w.organisation);
    let text = render_template(&template, organisation.as_deref());
    // A trainer's template can be wrong; say so before anything is stored.
    let policy = Policy::parse(&text).map_err(|p| Error::PolicyInvalid {
        path: template_name,
        line: p.line,
        reason: p.reason,
    })?;
    let mut journal = ctx.journal()?;
    policy::store(&dir, &text)?;
    journal.append(EventBody::PolicySet(PolicyChange {
        employer: policy.employer.clone(),
        source: "init".into(),
    }))?;
    ctx.shell
        .status(t!("policy-written", path = path.display().to_string()))?;
    print_policy(ctx, &policy, None)?;
    ctx.shell.println("")?;
    ctx.shell.println(t!(
        "policy-edit-hint",
        path = path.display().to_string(),
        employer = u8::from(policy.employer.is_empty())
    ))
}

fn set(ctx: &mut Context, file: &Path) -> Result<()> {
    // Read once: the text stored is the text checked.
    let (policy, text) = Policy::read_with_text(file)?;
    let dir = ctx.learner_dir();
    let mut journal = ctx.journal()?;
    let path = policy::store(&dir, &text)?;
    journal.append(EventBody::PolicySet(PolicyChange {
        employer: policy.employer.clone(),
        source: file.display().to_string(),
    }))?;
    ctx.shell
        .status(t!("policy-stored", path = path.display().to_string()))?;
    print_policy(ctx, &policy, None)
}

/// The policy as fields and lists; `path` is left out where the line before already
/// named the file, so that one answer says it once.
fn print_policy(ctx: &mut Context, policy: &Policy, path: Option<&Path>) -> Result<()> {
    let p = ctx.shell.palette().clone();
    let none = || p.dim.apply_to(t!("policy-empty-value")).to_string();
    let field = |label: String, value: String| format!("{} {}", p.heading.apply_to(label), value);
    let text = |value: &str| {
        if value.is_empty() {
            none()
        } else {
            sanitize_line(value)
        }
    };
    let list = |values: &[String]| {
        if values.is_empty() {
            none()
        } else {
            values
                .iter()
                .map(|v| sanitize_line(v))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let file = path.map(|path| field(t!("policy-label-file"), path.display().to_string()));
    let lines = file.into_iter().chain([
        field(t!("policy-label-employer"), text(&policy.employer)),
        field(t!("policy-label-products"), list(&policy.products)),
        field(t!("policy-label-disclosure"), text(&policy.disclosure_tag)),
        field(t!("policy-label-confidential"), list(&policy.confidential)),
    ]);
    for line in lines {
        ctx.shell.println(line)?;
    }
    ctx.shell.println(p.heading.apply_to(t!("policy-label-dos")))?;
    for item in &policy.dos {
        ctx.shell
            .println(format!("  {} {}", p.good.apply_to("+"), sanitize_line(item)))?;
    }
    ctx.shell.println(p.heading.apply_to(t!("policy-label-donts")))?;
    for item in &policy.donts {
        ctx.shell
            .println(format!("  {} {}", p.bad.apply_to("-"), sanitize_line(item)))?;
    }
    Ok(())
}
