//! Lesson Markdown on a terminal, rendered by termimad: with styles when colour is on, as
//! plain text when it is off (`NO_COLOR`, `--color never`, a pipe) — headings, emphasis
//! and tables become text, never raw `##`, `**` or pipes — and broken between words. In a
//! right-to-left language every rendered line gets its left-to-right pieces (commands,
//! addresses, brand names) isolated, as catalog sentences do.

use unicode_bidi::BidiClass;

/// Holds a short Latin run's words together through termimad, which breaks lines at any
/// whitespace (a no-break space too): a private-use character, one column wide, that
/// no lesson contains, put back as a space after rendering.
const JOINER: char = '\u{E000}';

/// Renders `markdown` for a terminal `width` columns wide.
pub fn render(markdown: &str, width: usize, styled: bool) -> String {
    let skin = if styled {
        termimad::MadSkin::default()
    } else {
        termimad::MadSkin::no_style()
    };
    let rtl = crate::messages::language().is_rtl();
    // In a right-to-left lesson a short Latin run ("Settings & Privacy") is one piece:
    // broken over two lines, each half would land on another side of its line.
    let source = if rtl {
        use crate::text::bidi::{isolate_ltr_runs, strip_isolates};
        strip_isolates(&super::wrap::keep_short_runs_whole(
            &isolate_ltr_runs(markdown),
            JOINER,
        ))
        .into_owned()
    } else {
        markdown.to_owned()
    };
    // One column short: termimad pads lines to the width it is given, and a full line
    // followed by a newline makes some terminals show an empty line.
    let text = skin.text(&source, Some(width.clamp(40, 100) - 1)).to_string();
    let rendered = text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    if !rtl {
        return rendered;
    }
    // Line by line: a terminal lays out each line on its own.
    let mut out = String::with_capacity(rendered.len() + rendered.len() / 8);
    let hebrew = |c: char| matches!(unicode_bidi::bidi_class(c), BidiClass::R | BidiClass::AL);
    for line in rendered.split_inclusive('\n') {
        let line = line.replace(JOINER, " ");
        // Every rendered line starts a row; a Latin line of its own (a heading) stays.
        let line = if line.chars().any(hebrew) {
            super::wrap::starting_a_row(line, width.clamp(40, 100))
        } else {
            line
        };
        out.push_str(&crate::messages::directed(&line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn a_short_latin_run_in_a_hebrew_lesson_stays_on_one_line() {
        crate::messages::set_thread_language(Language::He);
        let lesson = "- לבחור מי יכול למצוא אותך לפי מייל או מספר טלפון — ב-Settings & Privacy, \
                      תחת Visibility, לבדוק מי יכול לחפש אותך. ב-Settings & Privacy אפשר גם \
                      לשנות את זה, ובכל מקרה כדאי לעבור על Settings & Privacy פעם בשנה.";
        let broken: Vec<usize> = (40..=100)
            .filter(|&width| {
                render(lesson, width, false)
                    .lines()
                    .any(|line| line.contains("Settings") != line.contains("Privacy"))
            })
            .collect();
        let plain = render("**Settings & Privacy** | x", 60, false);
        crate::messages::set_thread_language(Language::En);
        assert!(broken.is_empty(), "split at widths {broken:?}");
        assert!(!plain.contains(JOINER), "{plain:?}");
    }
}
