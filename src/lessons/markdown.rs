//! A lesson as one Markdown document: what `lessons show` prints and what the wizard
//! renders at the start of a step.

use std::fmt::Write as _;

use super::{ItemKind, Lesson, LessonSet};
use crate::platform::Platform;
use crate::t;

impl Lesson {
    /// The whole lesson as one Markdown document: what `show` prints when piped and what
    /// it renders on a terminal.
    pub fn to_markdown(&self, lessons: &LessonSet) -> String {
        let lesson = self;
        let mut md = String::new();
        let _ = writeln!(
            md,
            "# {}\n\n*{}*\n\n{}\n",
            lesson.title, lesson.summary, lesson.body
        );
        if let Some(story) = &lesson.story {
            let _ = writeln!(
                md,
                "## {}\n\n> {}\n",
                t!("lesson-story"),
                story.trim().replace('\n', "\n> ")
            );
        }
        let has_checklist = Platform::ALL
            .iter()
            .any(|p| lessons.checklist(*p).next().is_some());
        if !lesson.checklist.is_empty() && has_checklist {
            let _ = writeln!(md, "## {}\n", t!("lesson-checklist"));
            for platform in Platform::ALL {
                let items: Vec<_> = lesson
                    .checklist
                    .iter()
                    .filter(|i| i.platform == platform)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                let _ = writeln!(md, "### {}\n", platform.name());
                for item in items {
                    let tag = if item.kind == ItemKind::Privacy {
                        t!("profile-privacy-tag")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(md, "- **{}**{tag} — {} `{}`", item.label, item.help, item.id);
                }
                let _ = writeln!(md);
            }
        }
        if !lesson.takeaways.is_empty() {
            let _ = writeln!(md, "## {}\n", t!("lesson-takeaways"));
            for takeaway in &lesson.takeaways {
                let _ = writeln!(md, "- {takeaway}");
            }
        }
        md
    }
}
