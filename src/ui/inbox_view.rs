//! An inbox item as `drempel inbox` and a scan's summary list it.

use super::highlight::highlight;
use super::{Shell, sanitize_line};
use crate::error::Result;
use crate::feeds::inbox::{Field, InboxItem, ItemState};
use crate::t;

/// One item in three lines: id and title with the matched words highlighted; source,
/// date and keywords; link. `rank` numbers the item in a ranked list.
pub fn print_item(shell: &mut Shell, item: &InboxItem, rank: Option<usize>) -> Result<()> {
    let p = shell.palette().clone();
    let title_ranges: Vec<(usize, usize)> = item
        .hits
        .iter()
        .filter(|h| h.field == Field::Title)
        .map(|h| (h.start, h.end))
        .collect();
    let title = highlight(&item.title, &title_ranges, |s| p.accent.apply_to(s).to_string());
    let title = if title.trim().is_empty() {
        p.dim.apply_to(t!("inbox-untitled")).to_string()
    } else {
        title
    };
    let short_id = &item.id[..item.id.len().min(8)];
    let lead = match rank {
        Some(n) => format!("{n:>3}. "),
        None => String::new(),
    };
    let state = match item.state {
        ItemState::New => String::new(),
        ItemState::Triaged => format!(" {}", p.dim.apply_to(t!("inbox-state-triaged"))),
    };
    let hang = lead.chars().count() + short_id.len() + 1;
    shell.println_hanging(
        format!("{lead}{} {title}{state}", p.command.apply_to(short_id)),
        hang,
    )?;
    let indent = " ".repeat(hang);
    let mut details = vec![sanitize_line(&item.source)];
    if let Some(published) = item.published {
        details.push(published.format("%Y-%m-%d").to_string());
    }
    let keywords: Vec<String> = item.keywords.iter().map(|k| sanitize_line(k)).collect();
    if !keywords.is_empty() {
        details.push(t!("inbox-keywords", keywords = keywords.join(", ")));
    }
    shell.println_hanging(format!("{indent}{}", p.dim.apply_to(details.join(" · "))), hang)?;
    if let Some(link) = &item.link {
        shell.println(format!("{indent}{}", sanitize_line(link)))?;
    }
    Ok(())
}
