//! `drempel lessons list | show ID | check [DIR]`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::Context;
use crate::error::{Error, Result};
use crate::lessons::{Library, check};
use crate::t;
use crate::ui::{markdown, sanitize};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// The lessons, one per step
    List,
    /// Read one lesson
    Show { id: String },
    /// Check a lesson folder (default: the lessons in use) and report every problem
    Check { dir: Option<PathBuf> },
}

pub fn run(ctx: &mut Context, args: &Args) -> Result<ExitCode> {
    match &args.action {
        Action::List => {
            let lessons = ctx.lessons()?;
            let p = ctx.shell.palette().clone();
            for lesson in lessons.lessons() {
                ctx.shell.println(format!(
                    "{} {}{}",
                    p.dim.apply_to(lesson.step.number()),
                    p.command.apply_to(crate::ui::cell(&lesson.id, 13)),
                    sanitize(&lesson.title)
                ))?;
            }
        }
        Action::Show { id } => {
            let lessons = ctx.lessons()?;
            let lesson = lessons.find(id).ok_or_else(|| {
                Error::Usage(t!(
                    "lessons-unknown-id",
                    id = crate::ui::sanitize_line(id),
                    valid = lessons
                        .lessons()
                        .iter()
                        .map(|l| format!("{} {}", l.step.number(), l.id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
            let text = markdown::render(
                &sanitize(&lesson.to_markdown(&lessons)),
                ctx.shell.width(),
                ctx.shell.palette().styled,
            );
            ctx.shell.println(text.trim_end())?;
        }
        Action::Check { dir } => {
            let library = match dir.as_deref().or(ctx.global.lessons.as_deref()) {
                Some(dir) => Library::from_dir(dir)?,
                None => Library::embedded(),
            };
            let problems = check(&library);
            if !problems.is_empty() {
                return Err(Error::Lessons { problems });
            }
            let languages: Vec<&str> = library.languages().collect();
            let count = library.load(crate::lessons::BASE_LANGUAGE)?.lessons().len();
            ctx.shell.println(t!(
                "lessons-check-ok",
                origin = library.origin.to_string(),
                count = count,
                languages = languages.join(", ")
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
