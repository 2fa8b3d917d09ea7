//! The one rule for breaking lines on a terminal: between words, never inside one, with
//! the continuation lines indented under the text of the first. A terminal's own soft wrap
//! cuts at the last column whatever is there ("stell|enangebote"), and German and French
//! lines run longer than English ones.
//!
//! In a right-to-left language a line's isolates are taken out before breaking and put
//! back line by line, so that none is opened on one line and closed on the next (a
//! terminal lays out every line on its own), and a short left-to-right run ("Settings &
//! Privacy") is kept on one line: a line that starts with Latin would read from the left.

use std::borrow::Cow;

use textwrap::{Options, WordSeparator, WordSplitter};

/// `text` with every line longer than `width` columns broken between words. A line keeps
/// its indentation, and a list marker at its start (`✓`, `·`, `•`, `-`, `$`, `3.`) keeps
/// the lines after it aligned with the text it introduces. Lines that fit keep their
/// words; a word longer than a line (a URL) stays whole so it can still be copied or
/// clicked. Every line comes out ready for the run's direction.
pub fn wrap(text: &str, width: usize) -> Cow<'_, str> {
    if text
        .lines()
        .all(|line| textwrap::core::display_width(line) <= width)
    {
        return crate::messages::directed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (at, line) in text.split('\n').enumerate() {
        if at > 0 {
            out.push('\n');
        }
        out.push_str(&wrap_line(line, width));
    }
    Cow::Owned(out)
}

/// One line (no newline in it), broken as [`wrap`] describes.
pub fn wrap_line(line: &str, width: usize) -> Cow<'_, str> {
    hang(line, hanging_indent(line), width)
}

/// One line broken between words at `width`, its continuation lines indented by
/// `indent` columns: for lines whose text starts after an id or a label.
pub fn hang(line: &str, indent: usize, width: usize) -> Cow<'_, str> {
    if textwrap::core::display_width(line) <= width {
        // Ready for the run's direction like the lines broken below: a query or a title
        // in a Hebrew line needs its isolates as much as a catalog sentence does.
        return crate::messages::directed(line);
    }
    let indent = " ".repeat(indent.min(width / 2));
    let options = Options::new(width.max(10))
        .subsequent_indent(&indent)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(false);
    Cow::Owned(lines(line, options).join("\n"))
}

/// `text` shown after something `lead` columns wide on the same line (an answer after
/// its question): broken between words so that no line runs past `width`, the lines
/// after the first indented by two columns, each line ready for the run's direction.
/// Without this the terminal breaks a long answer wherever the edge falls, mid-word.
pub fn continued(text: &str, lead: usize, width: usize) -> String {
    let width = width.max(20);
    // A lead longer than a line has been broken by the terminal already.
    let lead = lead % width;
    // In a right-to-left language the part after the question is one isolate of its own
    // direction: a Latin answer keeps its last character ("…/1234567/") at its end.
    let own_direction = |line: &str| {
        if crate::messages::language().is_rtl() {
            crate::text::bidi::isolate(line)
        } else {
            line.to_owned()
        }
    };
    if lead + textwrap::core::display_width(text) <= width {
        return own_direction(&crate::messages::directed(text));
    }
    let initial = " ".repeat(lead);
    let options = Options::new(width)
        .initial_indent(&initial)
        .subsequent_indent("  ")
        .word_splitter(WordSplitter::NoHyphenation);
    let mut lines = lines(text, options);
    if let Some(first) = lines.first_mut() {
        *first = own_direction(&first.split_off(lead.min(first.len() - first.trim_start_matches(' ').len())));
    }
    lines.join("\n")
}

/// `text` broken into lines by `options` (the wizard's and previews' own widths), each
/// line ready for the run's direction. Lines break at spaces only, and a word longer
/// than a line (a URL with a query) stays whole, so that it can still be copied or
/// clicked.
pub fn lines<'a>(text: &str, options: impl Into<Options<'a>>) -> Vec<String> {
    let options: Options<'a> = options
        .into()
        .word_separator(WordSeparator::AsciiSpace)
        .break_words(false);
    if !crate::messages::language().is_rtl() {
        return textwrap::wrap(text, options)
            .into_iter()
            .map(Cow::into_owned)
            .collect();
    }
    let plain = crate::text::bidi::strip_isolates(&keep_short_runs_whole(text, NO_BREAK)).into_owned();
    let mut options = options;
    let width = options.width;
    // One column kept free for the space a continuation line may need (below).
    options.width = width.saturating_sub(1).max(1);
    textwrap::wrap(&plain, options)
        .into_iter()
        .enumerate()
        .map(|(at, line)| {
            let line = line.replace(NO_BREAK, " ");
            // A continuation line starts a terminal row.
            let line = if at > 0 { starting_a_row(line, width) } else { line };
            crate::messages::directed(&line).into_owned()
        })
        .collect()
}

const NO_BREAK: char = '\u{a0}';

/// A line of a right-to-left text that starts a terminal row, where VTE drops direction
/// controls: when its first letter is Latin (`"Sharing profile edits" (` in the middle
/// of a Hebrew paragraph) it gets a space first, if it has room within `width`, so that
/// its right-to-left isolate holds and it reads from the right like the lines around it.
pub(crate) fn starting_a_row(line: String, width: usize) -> String {
    use unicode_bidi::{BidiClass, bidi_class};
    let latin_first = line
        .chars()
        .map(bidi_class)
        .find(|class| matches!(class, BidiClass::L | BidiClass::R | BidiClass::AL))
        == Some(BidiClass::L);
    if latin_first && textwrap::core::display_width(&line) < width {
        format!(" {line}")
    } else {
        line
    }
}

/// The spaces inside each isolated left-to-right run of up to [`SHORT_RUN`] characters
/// made unbreakable; a longer run (a quoted English sentence) may still be broken, and
/// so may a run with Markdown's signs in it (a table's `|`, emphasis, code, a link).
pub(crate) fn keep_short_runs_whole(text: &str, joiner: char) -> Cow<'_, str> {
    const SHORT_RUN: usize = 48;
    use crate::text::bidi::{LRI, PDI};
    if !text.contains(LRI) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(LRI) {
        out.push_str(&rest[..start]);
        let run = &rest[start..];
        let end = run.find(PDI).map_or(run.len(), |at| at + PDI.len_utf8());
        let (run, after) = run.split_at(end);
        let markdown = run.contains(['|', '*', '`', '[', ']', '_', '#']);
        if run.chars().count() <= SHORT_RUN && !markdown {
            out.push_str(&run.replace(' ', joiner.encode_utf8(&mut [0; 4])));
        } else {
            out.push_str(run);
        }
        rest = after;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Where the text of `line` starts: after its leading spaces and an optional list marker
/// followed by a space. Colour codes take no room.
fn hanging_indent(line: &str) -> usize {
    let plain = console::strip_ansi_codes(line);
    let rest = plain.trim_start_matches(' ');
    let leading = plain.len() - rest.len();
    let Some((first, _)) = rest.split_once(' ') else {
        return leading;
    };
    if is_marker(first) {
        leading + textwrap::core::display_width(first) + 1
    } else {
        leading
    }
}

/// A bullet, tick or prompt sign (no letters or digits, at most three characters), or a
/// number of a numbered list (`3.`, `12)`).
fn is_marker(token: &str) -> bool {
    let short_sign = token.chars().count() <= 3 && !token.chars().any(char::is_alphanumeric);
    let number = token
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()));
    short_sign || number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_hebrew_continuation_line_starts_a_row_with_a_latin_letter() {
        use crate::lang::Language;
        let text = "כדאי לפתוח את ההגדרה ולהעביר את Sharing profile edits with your whole network \
                    ל-No לפני שמשנים משהו, ואז לבדוק שוב את \"Visibility of your profile photo\" \
                    (במסכים ישנים: \"Profile photo visibility\") ולבחור מה שמתאים";
        crate::messages::set_thread_language(Language::He);
        let broken: Vec<Vec<String>> = (24..=60).map(|width| lines(text, width)).collect();
        crate::messages::set_thread_language(Language::En);
        for lines in &broken {
            for line in &lines[1..] {
                let first_letter = line.chars().find(|c| c.is_alphabetic());
                let latin = first_letter.is_some_and(|c| c.is_ascii_alphabetic());
                assert!(!latin || line.starts_with(' '), "{lines:#?}");
            }
        }
    }

    #[test]
    fn a_long_address_stays_whole_on_a_line_of_its_own() {
        let url = "https://www.linkedin.com/search/results/groups/?keywords=%D7%92%D7%99%D7%95%D7%A1";
        let text = format!("Search: {url} and join one");
        let broken = lines(&text, 40);
        assert!(broken.iter().any(|line| line.trim() == url), "{broken:#?}");
    }

    #[test]
    fn an_answer_after_its_question_breaks_between_words_at_the_edge() {
        let answer = "so that good people who care for others find us and want to join the team";
        let shown = continued(answer, 50, 80);
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines.len() > 1, "{shown}");
        assert!(
            50 + lines[0].len() <= 80,
            "the first line ends at the edge: {shown}"
        );
        assert!(
            lines[1..].iter().all(|l| l.starts_with("  ") && l.len() <= 80),
            "{shown}"
        );
        let words: Vec<&str> = shown.split_whitespace().collect();
        assert_eq!(
            words,
            answer.split_whitespace().collect::<Vec<_>>(),
            "no word split"
        );
        assert_eq!(continued("short", 50, 80), "short");
        crate::messages::set_thread_language(crate::lang::Language::He);
        let url = continued("https://www.linkedin.com/groups/1234567/", 30, 80);
        crate::messages::set_thread_language(crate::lang::Language::En);
        let question = "מה הכתובת שלה ברשת? ";
        assert_eq!(
            crate::text::bidi::tests::shown_rtl(&format!("{question}{url}")),
            format!(
                "https://www.linkedin.com/groups/1234567/ {}",
                crate::text::bidi::tests::shown_rtl(question).trim()
            ),
            "the slash stays at the end of the address"
        );
        assert_eq!(
            continued("short", 130, 80),
            "short",
            "a question longer than a line"
        );
    }

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    fn widths(text: &str) -> Vec<usize> {
        text.lines().map(textwrap::core::display_width).collect()
    }

    #[test]
    fn a_line_that_fits_is_left_as_it_is() {
        let line = "  · 3 Profile";
        assert!(matches!(wrap(line, 80), Cow::Borrowed(_)));
    }

    #[test]
    fn long_lines_break_between_words_under_their_marker() {
        let line = "      · die Profil-Checkliste einer Plattform ist vollständig, Privatsphäre-Punkte \
                    eingeschlossen (LinkedIn: 0 von 10)";
        let wrapped = wrap(line, 80);
        let lines: Vec<&str> = wrapped.lines().collect();
        assert_eq!(lines.len(), 2, "{wrapped}");
        assert!(lines[0].ends_with("vollständig,"), "{wrapped}");
        assert!(
            lines[1].starts_with("        Privatsphäre-Punkte eingeschlossen"),
            "{wrapped}"
        );
        assert!(widths(&wrapped).iter().all(|w| *w <= 80));
        assert_eq!(words(&wrapped), words(line), "no word is cut");
    }

    #[test]
    fn numbered_items_and_plain_sentences_hang_as_a_reader_expects() {
        let item =
            "12. Klinikverbund Musterstadt schreibt 50 Stellen in der Pflege aus und sucht Stellenangebote";
        let wrapped = wrap(item, 40);
        assert!(
            wrapped
                .lines()
                .skip(1)
                .all(|l| l.starts_with("    ") && !l.starts_with("     "))
        );
        let sentence = "1 Meldung wartet in Ihrem Posteingang. Mit `drempel triage` entscheiden Sie, was jede Meldung verdient.";
        let wrapped = wrap(sentence, 80);
        assert_eq!(wrapped.lines().nth(1), Some("jede Meldung verdient."));
        assert_eq!(words(&wrapped), words(sentence));
    }

    #[test]
    fn colour_codes_take_no_room_and_long_urls_stay_whole() {
        let styled = format!(
            "  {} {}",
            console::style("✓").green().force_styling(true),
            "word ".repeat(30)
        );
        let wrapped = wrap(&styled, 40);
        let plain = console::strip_ansi_codes(&wrapped);
        assert!(
            plain.lines().skip(1).all(|l| l.starts_with("    word")),
            "{plain}"
        );
        let url = format!("see https://example.org/{}", "a".repeat(100));
        let wrapped = wrap(&url, 40);
        assert!(wrapped.lines().any(|l| l.len() > 100), "{wrapped}");
    }

    #[test]
    fn wide_letters_count_as_two_columns() {
        let line = "· ".to_owned() + &"漢字 ".repeat(30);
        assert!(widths(&wrap(&line, 40)).iter().all(|w| *w <= 40));
    }

    #[test]
    fn a_hebrew_line_keeps_a_short_latin_run_on_one_line_and_every_isolate_closed() {
        use crate::lang::Language;
        use crate::text::bidi::PDI;
        crate::messages::with_language(Language::He, || {
            let line = crate::messages::directed(
                "כדאי לפתוח את התפריט Settings & Privacy ולבחור שם את ההגדרה שמתאימה לך ביותר",
            )
            .into_owned();
            for width in 30..60 {
                let broken = lines(&line, width);
                assert!(
                    broken.iter().any(|l| l.contains("Settings & Privacy")),
                    "width {width}: {broken:?}"
                );
                for l in &broken {
                    let opened = l.matches(['\u{2066}', '\u{2067}', '\u{2068}']).count();
                    assert_eq!(opened, l.matches(PDI).count(), "{l:?}");
                    assert!(!l.contains('\u{a0}'), "no unbreakable space is left behind");
                }
            }
        });
    }
}
