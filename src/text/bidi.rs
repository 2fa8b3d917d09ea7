//! Right-to-left lines on a terminal. A terminal that does bidi (VTE, Konsole, mlterm)
//! runs the Unicode bidirectional algorithm over every line it shows, so drempel prints
//! Hebrew in logical order and only has to say where a left-to-right piece begins and
//! ends: without that, "drempel scan" in a Hebrew sentence splits it in two, and a count
//! "104 / 220" shows as "220 / 104". Each such piece goes between LRI and PDI (an
//! isolate: the algorithm treats it as one neutral character outside and lays it out
//! left to right inside), and every value filled into a message goes between FSI and PDI
//! (its own direction, whatever it holds).
//!
//! The pieces are found by Unicode's bidi classes (through `unicode-bidi`), not by
//! ranges of letters written here: a run starts and ends on a left-to-right letter or a
//! digit and takes the spaces and punctuation between them; the signs glued to its
//! edges (`#`, `--`, `%`, brackets that close around it) go with it, the sentence's own
//! punctuation stays outside.

use std::borrow::Cow;
use std::ops::Range;

use unicode_bidi::{BidiClass, BidiDataSource, HardcodedBidiData, bidi_class};

/// LEFT-TO-RIGHT ISOLATE: what follows, up to [`PDI`], is laid out left to right.
pub const LRI: char = '\u{2066}';
/// RIGHT-TO-LEFT ISOLATE.
pub const RLI: char = '\u{2067}';
/// FIRST STRONG ISOLATE: the direction of what follows is that of its first letter.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: ends the isolate.
pub const PDI: char = '\u{2069}';
/// LEFT-TO-RIGHT MARK: an invisible left-to-right letter.
pub const LRM: char = '\u{200E}';
/// RIGHT-TO-LEFT MARK: an invisible right-to-left letter.
pub const RLM: char = '\u{200F}';

/// A line of a right-to-left language made ready for a bidi terminal: its
/// left-to-right runs isolated ([`isolate_ltr_runs`]), and its ends made to hold in a
/// terminal that lays every line out left to right, as GNOME Terminal does unless asked
/// otherwise (drempel asks VTE to lay a line out by its first letter while it speaks
/// Hebrew: `ui::terminal`). In a left-to-right line a Hebrew line is one right-to-left
/// stretch, and what stands at either end of it (a full stop, a number, an isolated
/// command) falls outside that stretch, on the wrong side for a Hebrew reader.
///
/// A line counts as right to left when its first letter outside isolates is, or when
/// it is a numbered row of a list (`3 פרופילים`, `1 welcome  טוב שבאת`) with a
/// right-to-left letter in it: the number opens a Hebrew row.
///
/// - A right-to-left line whose first letter is right to left but that ends on
///   something else gets an RLM at its end, which carries the stretch to its last
///   character (not after a closing bracket: it pairs with its opener, and VTE turns a
///   closing bracket before an RLM around, `[פרטיות[`, as a screenshot showed).
/// - One that starts with something else (a number, a command, a brand name) goes,
///   after its indent, between RLI and PDI: a right-to-left isolate, laid out right to
///   left whatever surrounds it, which also makes VTE's by-first-letter layout take the
///   line as right to left. VTE drops direction controls at the very start of a row,
///   so an unindented line's isolate starts after its first word when that word is a
///   number or a sign (`3`, `12.`, `•`); one that starts with a Latin letter cannot be
///   helped there. (An RLM at the start made VTE turn the prompt's brackets around.)
///   An RLM follows the isolate, so that a sentence fragment that ends a longer Hebrew
///   line stays at its end. A line that opens with a bracket (` [פרטיות]` after a
///   checklist item) starts with an RLM instead: VTE turned the brackets around inside
///   the isolate.
///
/// A terminal that lays the line out right to left is not affected.
pub fn for_rtl_lines(text: &str) -> Cow<'_, str> {
    let line = |line| closer_last(rtl_line(line));
    if !text.contains('\n') {
        return line(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(line).collect();
    if lines.iter().all(|line| matches!(line, Cow::Borrowed(_))) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(lines.join("\n"))
}

/// A closing bracket at the end of a line comes after the line's closing marks (PDI,
/// RLM) rather than before them: VTE hangs invisible characters on the cell before them,
/// and a bracket cell carrying them is drawn unmirrored, "(כל יום ראשון(" (seen in
/// screenshots of VTE 0.70). Outside its isolate, right after an RLM, the bracket still
/// resolves right to left.
fn closer_last(line: Cow<'_, str>) -> Cow<'_, str> {
    let is_mark = |c: char| is_isolate_control(c) || c == RLM || c == LRM;
    let Some((at, c)) = visible(&line).filter(|&(_, c)| !is_mark(c)).last() else {
        return line;
    };
    let closing = HardcodedBidiData
        .bidi_matched_opening_bracket(c)
        .is_some_and(|b| !b.is_open);
    // After the last visible character come only marks and colour codes.
    let after = &line[at + c.len_utf8()..];
    if !closing || !after.chars().any(is_mark) {
        return line;
    }
    let (marks, rest): (String, String) = after.chars().partition(|&c| is_mark(c));
    let mut out = String::with_capacity(line.len());
    out.push_str(&line[..at]);
    out.push_str(&marks);
    out.push(c);
    out.push_str(&rest);
    Cow::Owned(out)
}

/// The characters of `text` with their byte offsets, colour codes (`ESC [ … m`) left
/// out: they take no cell on a terminal, and their letters are not text.
fn visible(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (at, c) = chars.next()?;
            if c != '\u{1b}' {
                return Some((at, c));
            }
            if chars.next_if(|&(_, d)| d == '[').is_some() {
                for (_, d) in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&d) {
                        break;
                    }
                }
            }
        }
    })
}

fn strong_rtl(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL) || c == RLM
}

/// One line of [`for_rtl_lines`].
fn rtl_line(line: &str) -> Cow<'_, str> {
    if let Some((number, rest)) = row_number(line) {
        if rest.starts_with(RLI) {
            return Cow::Borrowed(line);
        }
        let body = rest.trim_end();
        let mut out = String::with_capacity(line.len() + 12);
        out.push_str(number);
        out.push(RLI);
        out.push_str(&isolate_ltr_runs(body));
        out.push(PDI);
        out.push(RLM);
        out.push_str(&rest[body.len()..]);
        return Cow::Owned(out);
    }
    let isolated = isolate_ltr_runs(line);
    let rtl = isolate_direction(&isolated) == Kind::Rtl;
    let body = isolated.trim_start();
    let Some(first) = body.chars().next() else {
        return isolated;
    };
    let indent = isolated.len() - body.len();
    if rtl && !strong_rtl(first) && first != RLI {
        let mut out = String::with_capacity(isolated.len() + 8);
        out.push_str(&isolated[..indent]);
        if HardcodedBidiData
            .bidi_matched_opening_bracket(first)
            .is_some_and(|b| b.is_open)
        {
            out.push(RLM);
            out.push_str(body);
        } else {
            let content = body.trim_end();
            out.push(RLI);
            out.push_str(content);
            out.push(PDI);
            out.push(RLM);
            out.push_str(&body[content.len()..]);
        }
        return Cow::Owned(out);
    }
    let last = isolated.trim_end().chars().next_back();
    let ends_on_closer = last
        .and_then(|c| HardcodedBidiData.bidi_matched_opening_bracket(c))
        .is_some_and(|b| !b.is_open);
    if rtl && !last.is_some_and(strong_rtl) && !ends_on_closer {
        let mut out = isolated.into_owned();
        out.push(RLM);
        return Cow::Owned(out);
    }
    isolated
}

/// A numbered row of a right-to-left list at the start of a terminal row (`3 פרופילים`,
/// `1 welcome  טוב שבאת`, colour codes allowed): its number and the rest, when the rest
/// has a right-to-left letter. VTE drops direction controls at the very start of a
/// row, so the rest's isolate must start after the number.
fn row_number(line: &str) -> Option<(&str, &str)> {
    let mut digit = false;
    for (at, c) in visible(line) {
        match c {
            '0'..='9' => digit = true,
            '.' | ')' if digit => {}
            ' ' if digit => {
                let (number, rest) = line.split_at(at);
                return rest.chars().any(strong_rtl).then_some((number, rest));
            }
            _ => return None,
        }
    }
    None
}

/// Whether `c` opens or closes an isolate: the characters drempel adds itself and the
/// sanitiser takes out of outside text.
pub fn is_isolate_control(c: char) -> bool {
    matches!(c, LRI | RLI | FSI | PDI)
}

/// `text` between FSI and PDI: a value that keeps its own direction inside a line of
/// the other direction and cannot reorder what surrounds it.
pub fn isolate(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push(FSI);
    out.push_str(text);
    out.push(PDI);
    out
}

/// Removes drempel's isolates from `text`: for left-to-right output, which needs none.
pub fn strip_isolates(text: &str) -> Cow<'_, str> {
    if text.contains(is_isolate_control) {
        Cow::Owned(text.chars().filter(|c| !is_isolate_control(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// What a piece of a line does to the layout around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A left-to-right letter or a digit, or an isolate that lays out left to right.
    Ltr,
    /// A right-to-left letter or isolate; also an override or embedding (which outside
    /// text never brings, the sanitiser removes them): nothing runs across it.
    Rtl,
    /// A space: a run may cross it but never starts or ends with it.
    Space,
    /// Punctuation and symbols.
    Other,
    /// A line or tab break: runs end there.
    Break,
}

/// One character, or one whole isolate with what it holds.
#[derive(Debug)]
struct Piece {
    range: Range<usize>,
    kind: Kind,
    /// For an isolate: where its content lies (inside the initiator and the PDI).
    content: Option<Range<usize>>,
    /// A bracket: its opening form, and whether it opens.
    bracket: Option<(char, bool)>,
    /// A style's escape sequence.
    escape: bool,
    /// Its first character.
    first: char,
}

/// Wraps every left-to-right run of a right-to-left line in LRI…PDI (see the module
/// documentation). Isolates already in the text are kept: one that lays out left to
/// right counts as part of a run (a number filled in between FSI and PDI joins the
/// "104 / 220" around it), one that lays out right to left has its own runs wrapped
/// inside. Text without left-to-right runs comes back borrowed.
pub fn isolate_ltr_runs(text: &str) -> Cow<'_, str> {
    let pieces = pieces(text);
    let runs = runs(&pieces);
    let nested = pieces.iter().any(|p| p.kind == Kind::Rtl && p.content.is_some());
    if runs.is_empty() && !nested {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 6 * runs.len());
    let mut next_run = runs.iter().peekable();
    let mut at = 0;
    while at < pieces.len() {
        if let Some(run) = next_run.next_if(|run| run.start == at) {
            let span = pieces[run.start].range.start..pieces[run.end - 1].range.end;
            let lone_isolate = run.len() == 1 && pieces[run.start].content.is_some();
            if lone_isolate {
                out.push_str(&text[span]);
            } else {
                out.push(LRI);
                out.push_str(&text[span]);
                out.push(PDI);
            }
            at = run.end;
            continue;
        }
        let piece = &pieces[at];
        match (&piece.content, piece.kind) {
            (Some(content), Kind::Rtl) => {
                out.push_str(&text[piece.range.start..content.start]);
                out.push_str(&isolate_ltr_runs(&text[content.clone()]));
                out.push_str(&text[content.end..piece.range.end]);
            }
            _ => out.push_str(&text[piece.range.clone()]),
        }
        at += 1;
    }
    Cow::Owned(out)
}

/// The line cut into characters and whole isolates, each with its [`Kind`].
fn pieces(text: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\u{1b}' {
            // A style's escape sequence (`ESC [ … m`) is one invisible piece: a run may
            // cross it, and no isolate is ever put inside it.
            let mut end = at + 1;
            if chars.next_if(|&(_, d)| d == '[').is_some() {
                end += 1;
                for (i, d) in chars.by_ref() {
                    end = i + d.len_utf8();
                    if ('\u{40}'..='\u{7e}').contains(&d) {
                        break;
                    }
                }
            }
            pieces.push(Piece {
                range: at..end,
                kind: Kind::Other,
                content: None,
                bracket: None,
                escape: true,
                first: c,
            });
            continue;
        }
        if matches!(c, LRI | RLI | FSI) {
            // The isolate reaches its matching PDI, or the end of the text.
            let mut depth = 1;
            let mut end = text.len();
            let mut content_end = text.len();
            for (i, d) in chars.by_ref() {
                match d {
                    LRI | RLI | FSI => depth += 1,
                    PDI => {
                        depth -= 1;
                        if depth == 0 {
                            content_end = i;
                            end = i + d.len_utf8();
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let content = at + c.len_utf8()..content_end;
            let kind = match c {
                LRI => Kind::Ltr,
                RLI => Kind::Rtl,
                _ => isolate_direction(&text[content.clone()]),
            };
            pieces.push(Piece {
                range: at..end,
                kind,
                content: Some(content),
                bracket: None,
                escape: false,
                first: c,
            });
            continue;
        }
        let class = bidi_class(c);
        let kind = match class {
            BidiClass::L | BidiClass::EN | BidiClass::AN => Kind::Ltr,
            BidiClass::R | BidiClass::AL => Kind::Rtl,
            BidiClass::LRE | BidiClass::LRO | BidiClass::RLE | BidiClass::RLO | BidiClass::PDF => Kind::Rtl,
            BidiClass::B | BidiClass::S => Kind::Break,
            BidiClass::WS => Kind::Space,
            // A combining mark belongs to the character before it.
            BidiClass::NSM => pieces.last().map_or(Kind::Other, |p| p.kind),
            _ => Kind::Other,
        };
        // A sign attached to a number (`%`, `°`, `+`, `€`) goes with it, as the
        // algorithm's own rule W5 has it.
        let kind = if class == BidiClass::ET && touches_digit(text, at, c) {
            Kind::Ltr
        } else {
            kind
        };
        let bracket = HardcodedBidiData
            .bidi_matched_opening_bracket(c)
            .map(|b| (b.opening, b.is_open));
        pieces.push(Piece {
            range: at..at + c.len_utf8(),
            kind,
            content: None,
            bracket,
            escape: false,
            first: c,
        });
    }
    pieces
}

/// The direction of an FSI's content: that of its first strong letter outside nested
/// isolates; left to right when it has digits but no letter (a number); neutral when it
/// has neither.
fn isolate_direction(content: &str) -> Kind {
    let mut depth = 0usize;
    let mut digits = false;
    for (_, c) in visible(content) {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => match bidi_class(c) {
                BidiClass::L => return Kind::Ltr,
                BidiClass::R | BidiClass::AL => return Kind::Rtl,
                BidiClass::EN | BidiClass::AN => digits = true,
                _ => {}
            },
        }
    }
    if digits { Kind::Ltr } else { Kind::Other }
}

/// Whether the number sign at `at` touches a digit, across other number signs.
fn touches_digit(text: &str, at: usize, sign: char) -> bool {
    let is_digit = |c: char| matches!(bidi_class(c), BidiClass::EN | BidiClass::AN);
    let is_sign = |c: char| bidi_class(c) == BidiClass::ET;
    let after = text[at + sign.len_utf8()..].chars().find(|c| !is_sign(*c));
    let before = text[..at].chars().rev().find(|c| !is_sign(*c));
    after.is_some_and(is_digit) || before.is_some_and(is_digit)
}

/// The runs to wrap, as ranges of pieces, in order.
fn runs(pieces: &[Piece]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut at = 0;
    while at < pieces.len() {
        if pieces[at].kind != Kind::Ltr {
            at += 1;
            continue;
        }
        // From this letter to the last letter before something right to left or a break.
        let start = at;
        let mut last = at;
        let mut i = at + 1;
        while i < pieces.len() {
            match pieces[i].kind {
                Kind::Ltr => last = i,
                Kind::Rtl | Kind::Break => break,
                Kind::Space | Kind::Other => {}
            }
            i += 1;
        }
        let mut run = widen(pieces, start..last + 1);
        // A bracket taken from before may not reach back into the run before.
        run.start = run.start.max(runs.last().map_or(0, |r: &Range<usize>| r.end));
        at = run.end.max(last + 1);
        runs.push(run);
    }
    runs
}

/// A run with the signs glued to its start (`#tag`, `--lang`, `@name`, where a space or
/// the start of the line comes before them) and the brackets around it that pair up.
fn widen(pieces: &[Piece], mut run: Range<usize>) -> Range<usize> {
    // Glued signs, when the word they start begins after a space or at the line's start.
    let mut start = run.start;
    let glued = |p: &Piece| p.kind == Kind::Other && p.bracket.is_none() && !p.escape;
    while start > 0 && glued(&pieces[start - 1]) {
        start -= 1;
    }
    if start < run.start && (start == 0 || matches!(pieces[start - 1].kind, Kind::Space | Kind::Break)) {
        run.start = start;
        // A quotation mark it opened closes right after it: `"welcome"` goes whole.
        if is_quote(&pieces[run.start]) && pieces.get(run.end).is_some_and(is_quote) {
            run.end += 1;
        }
    }
    // A quotation left open inside takes its closing mark right after it (`OR "job
    // market"`), one closed inside without its opening mark takes the mark right before.
    let open_quote = |run: &Range<usize>| {
        pieces[run.clone()]
            .iter()
            .filter(|p| is_quote(p) && p.first == '"')
            .count()
            % 2
            == 1
    };
    if open_quote(&run) {
        let quote_at = |i: usize| pieces.get(i).is_some_and(|p| is_quote(p) && p.first == '"');
        if quote_at(run.end) {
            run.end += 1;
        } else if run.start > 0 && quote_at(run.start - 1) {
            run.start -= 1;
        }
    }
    // Brackets: an opener left open inside takes the closer right after; a closer
    // without its opener inside takes the opener right before; a pair right around the
    // run goes with it.
    loop {
        let open = unmatched(pieces, &run);
        let before = run
            .start
            .checked_sub(1)
            .and_then(|i| pieces[i].bracket.map(|b| (i, b)));
        let after = pieces.get(run.end).and_then(|p| p.bracket.map(|b| (run.end, b)));
        match (open, before, after) {
            (Unmatched::Opener(o), _, Some((_, (a, false)))) if a == o => run.end += 1,
            (Unmatched::Closer(c), Some((_, (b, true))), _) if b == c => run.start -= 1,
            (Unmatched::None, Some((_, (b, true))), Some((_, (a, false)))) if a == b => {
                run.start -= 1;
                run.end += 1;
            }
            _ => break,
        }
    }
    run
}

/// A quotation mark: straight, curly, low or angled, or the backtick that quotes a
/// command.
fn is_quote(piece: &Piece) -> bool {
    piece.content.is_none() && !piece.escape && QUOTES.contains(&piece.first)
}

const QUOTES: &[char] = &['"', '\'', '`', '“', '”', '„', '‘', '’', '«', '»', '‹', '›'];

enum Unmatched {
    None,
    /// The innermost opener left open (its opening form).
    Opener(char),
    /// The first closer without an opener (its opening form).
    Closer(char),
}

fn unmatched(pieces: &[Piece], run: &Range<usize>) -> Unmatched {
    let mut stack = Vec::new();
    for piece in &pieces[run.clone()] {
        match piece.bracket {
            Some((b, true)) => stack.push(b),
            Some((b, false)) => {
                if stack.last() == Some(&b) {
                    stack.pop();
                } else if stack.is_empty() {
                    return Unmatched::Closer(b);
                }
            }
            None => {}
        }
    }
    stack.last().map_or(Unmatched::None, |&b| Unmatched::Opener(b))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use unicode_bidi::{BidiInfo, Level};

    /// What a bidi terminal shows for `line` in a right-to-left paragraph, left to
    /// right on the screen, without the invisible controls.
    pub(crate) fn shown_rtl(line: &str) -> String {
        shown(line, Some(Level::rtl()))
    }

    /// What the bidi algorithm shows for `line` in a paragraph of `direction` (none: by
    /// its first strong letter), left to right on the screen, without the controls.
    fn shown(line: &str, direction: Option<Level>) -> String {
        let info = BidiInfo::new(line, direction);
        let para = &info.paragraphs[0];
        let visual = info.reorder_line(para, para.range.clone());
        visual.chars().filter(|c| !is_bidi_control(*c)).collect()
    }

    fn is_bidi_control(c: char) -> bool {
        matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
    }

    /// `text` with `⟨`/`⟩` for LRI/PDI and `«`/`»` for FSI/PDI, to read the tests.
    fn marked(text: &str) -> String {
        let mut out = String::new();
        let mut stack = Vec::new();
        for c in text.chars() {
            match c {
                LRI => {
                    out.push('⟨');
                    stack.push('⟩');
                }
                FSI | RLI => {
                    out.push('«');
                    stack.push('»');
                }
                PDI => out.push(stack.pop().unwrap_or('?')),
                c => out.push(c),
            }
        }
        out
    }

    fn runs_of(text: &str) -> String {
        marked(&isolate_ltr_runs(text))
    }

    #[test]
    fn latin_and_counts_are_isolated_and_hebrew_is_left_alone() {
        assert_eq!(
            runs_of("הריצו drempel scan כדי לראות 104 / 220 פריטים."),
            "הריצו ⟨drempel scan⟩ כדי לראות ⟨104 / 220⟩ פריטים."
        );
        assert!(matches!(isolate_ltr_runs("שלום, עולם!"), Cow::Borrowed(_)));
    }

    #[test]
    fn numbers_keep_their_units_signs_and_separators() {
        assert_eq!(runs_of("נמשך 15 s בסך הכול"), "נמשך ⟨15 s⟩ בסך הכול");
        assert_eq!(runs_of("גרסה 3.5 ו-42% מהפריטים"), "גרסה ⟨3.5⟩ ו-⟨42%⟩ מהפריטים");
        assert_eq!(runs_of("שלב 3 מתוך 8"), "שלב ⟨3⟩ מתוך ⟨8⟩");
    }

    #[test]
    fn a_quoted_phrase_keeps_both_quotation_marks() {
        let query = r#""שוק העבודה" OR "שוק התעסוקה" OR "job market""#;
        let shown = shown_rtl(&isolate_ltr_runs(query));
        assert!(shown.contains(r#"OR "job market""#), "{shown}");
        assert!(!shown.contains(r#""OR"#), "{shown}");
        let query = r#""job fair" OR "יריד תעסוקה""#;
        let shown = shown_rtl(&isolate_ltr_runs(query));
        assert!(shown.contains(r#""job fair" OR"#), "{shown}");
    }

    #[test]
    fn glued_signs_and_paired_brackets_go_with_the_run_but_sentence_marks_do_not() {
        assert_eq!(runs_of("הוסיפו --lang he לפקודה."), "הוסיפו ⟨--lang he⟩ לפקודה.");
        assert_eq!(runs_of("התגית #hr טובה"), "התגית ⟨#hr⟩ טובה");
        assert_eq!(runs_of("ברשת (LinkedIn) שלכם"), "ברשת ⟨(LinkedIn)⟩ שלכם");
        assert_eq!(runs_of("ב-LinkedIn (X) וגם"), "ב-⟨LinkedIn (X)⟩ וגם");
        // A bracket that closes after Hebrew stays out: it pairs with Hebrew.
        assert_eq!(runs_of("(3 דקות)"), "(⟨3⟩ דקות)");
        assert_eq!(runs_of("פתחו את drempel."), "פתחו את ⟨drempel⟩.");
        assert_eq!(
            runs_of("אין פקודה בשם \"welcome\"."),
            "אין פקודה בשם ⟨\"welcome\"⟩."
        );
        assert_eq!(runs_of("המילה «hiring» חסרה"), "המילה ⟨«hiring»⟩ חסרה");
        assert_eq!(
            runs_of("כדי להגדיר: `drempel policy init`."),
            "כדי להגדיר: ⟨`drempel policy init`⟩."
        );
    }

    #[test]
    fn filled_in_values_join_the_count_they_stand_in() {
        let line = format!("נסרקו {FSI}104{PDI} / {FSI}220{PDI} פריטים");
        assert_eq!(runs_of(&line), "נסרקו ⟨«104» / «220»⟩ פריטים");
        // A value alone keeps its own isolate; a Hebrew one has its Latin wrapped inside.
        let line = format!("הפריט {FSI}Hello world{PDI} נשמר");
        assert_eq!(runs_of(&line), "הפריט «Hello world» נשמר");
        let line = format!("הפריט {FSI}עדכון ב-LinkedIn{PDI} נשמר");
        assert_eq!(runs_of(&line), "הפריט «עדכון ב-⟨LinkedIn⟩» נשמר");
        // Wrapping twice changes nothing.
        let once = isolate_ltr_runs("הריצו drempel scan עכשיו").into_owned();
        assert_eq!(isolate_ltr_runs(&once), once);
    }

    #[test]
    fn a_bidi_terminal_shows_the_latin_and_the_count_intact_in_hebrew_order() {
        let line = isolate_ltr_runs("הריצו drempel scan כדי לראות 104 / 220 פריטים");
        let shown = shown_rtl(&line);
        // Read from the right: הריצו, then the command, then ..., then the count.
        assert!(shown.contains("drempel scan"), "{shown}");
        assert!(shown.contains("104 / 220"), "{shown}");
        let command = shown.find("drempel scan").unwrap();
        let count = shown.find("104 / 220").unwrap();
        assert!(count < command, "the count comes later, so further left: {shown}");
        // Without the isolates the count turns around.
        assert!(shown_rtl("לראות 104 / 220 פריטים").contains("220 / 104"));
    }

    #[test]
    fn styles_stay_whole_and_outside_the_isolates() {
        let styled = "הריצו \u{1b}[36mdrempel scan\u{1b}[0m עכשיו \u{1b}[1m3\u{1b}[0m";
        assert_eq!(
            runs_of(styled),
            "הריצו \u{1b}[36m⟨drempel scan⟩\u{1b}[0m עכשיו \u{1b}[1m⟨3⟩\u{1b}[0m"
        );
        assert!(matches!(
            isolate_ltr_runs("\u{1b}[1mשלום\u{1b}[0m"),
            Cow::Borrowed(_)
        ));
    }

    /// What a terminal that lays every line out left to right (VTE by default) shows.
    fn shown_ltr(line: &str) -> String {
        shown(line, Some(Level::ltr()))
    }

    #[test]
    fn a_hebrew_line_reads_the_same_in_a_left_to_right_terminal() {
        for line in [
            "הריצו drempel scan כדי לראות 104 / 220 פריטים.",
            "כדי להגדיר מדיניות: `drempel policy init`",
            "שלב 3 מתוך 8: פרופילים ב-LinkedIn",
        ] {
            let ready = for_rtl_lines(line);
            assert!(ready.ends_with(RLM), "{ready}");
            assert_eq!(shown_ltr(&ready), shown_rtl(&ready), "{line}");
            // Without the mark the end of the line lands on the wrong side.
            assert_ne!(shown_ltr(&isolate_ltr_runs(line)), shown_rtl(&ready), "{line}");
        }
        // Every line of a message gets its mark; a Latin line gets none, and nothing is
        // marked twice.
        let two = for_rtl_lines("שורה ראשונה.\nLatin line\nשורה שלישית");
        assert_eq!(
            two, "שורה ראשונה.\u{200f}\n\u{2066}Latin line\u{2069}\nשורה שלישית",
            "a line ending on a Hebrew letter needs no mark"
        );
        assert_eq!(for_rtl_lines(&two), two);
        // A closing bracket at the end pairs with its opener and takes no mark.
        assert_eq!(for_rtl_lines("עוד [פרטיות]"), "עוד [פרטיות]");
        assert_eq!(for_rtl_lines(" [פרטיות]"), " \u{200f}[פרטיות]");
        // A line that starts with a command reads from its start too, once anything
        // (here a prompt's bracket) comes before it on the row.
        let help = format!("[{}]", for_rtl_lines("Esc: הפסקה, הכול נשמר"));
        assert_eq!(
            help,
            "[\u{2067}\u{2066}Esc\u{2069}: הפסקה, הכול נשמר\u{2069}\u{200f}]"
        );
        // On the screen: "Esc" at the right, read first, inside the brackets.
        assert_eq!(shown_ltr(&help), "[רמשנ לוכה ,הקספה :Esc]");
        let indented = for_rtl_lines("  3 פריטים חדשים.");
        assert_eq!(
            indented,
            "  \u{2067}\u{2066}3\u{2069} פריטים חדשים.\u{2069}\u{200f}"
        );
        assert_eq!(for_rtl_lines(&indented), indented, "wrapped once");
        // The indent stays where each terminal puts it; the words read alike.
        assert_eq!(shown_ltr(&indented).trim(), shown_rtl(&indented).trim());
    }

    /// What VTE shows while it lays each line out by its first letter (mode 2501): the
    /// paragraph's direction from its first strong letter, after VTE has dropped the
    /// direction controls that start the row (it has no cell to attach them to).
    fn shown_by_first_letter(line: &str) -> String {
        shown(line.trim_start_matches(is_bidi_control), None)
    }

    #[test]
    fn numbered_and_bulleted_hebrew_rows_read_from_the_right_in_vte() {
        for line in [
            "3 פרופילים",
            "12. לכתוב תגובה ראשונה ב-LinkedIn (עד 2026-12-04)",
            "1 welcome\u{200e}      \u{200f}טוב שבאת: מצפייה להשתתפות",
            "• לבדוק את ההגדרות של LinkedIn",
            "  · LinkedIn: 3 פריטים חדשים",
            "שלב 2 (מתוך 8)",
            "  \u{1b}[36m\"שוק העבודה\" OR \"job market\"\u{1b}[0m",
        ] {
            let ready = for_rtl_lines(line);
            assert_eq!(
                shown_by_first_letter(&ready),
                shown_rtl(&ready),
                "{line:?} → {ready:?}"
            );
        }
    }

    #[test]
    fn no_mark_hangs_on_a_closing_bracket_at_the_end_of_a_line() {
        for line in [
            "  • עשר דקות: להגיב פעם אחת \u{1b}[2m(כל \u{2068}יום ראשון\u{2069}\u{200f})\u{1b}[0m",
            "• לפתוח דיון ב-LinkedIn (עד 2026-12-09)",
            "3 פריטים (חדשים)",
            "שלב 2 (מתוך 8)",
        ] {
            let ready = for_rtl_lines(line);
            let cells: Vec<char> = visible(&ready).map(|(_, c)| c).collect();
            let closer = cells.iter().rposition(|c| matches!(c, ')' | ']'));
            if let Some(at) = closer {
                assert!(
                    cells[at + 1..].iter().all(|c| !is_bidi_control(*c)),
                    "{line:?} → {ready:?}"
                );
            }
            assert_eq!(
                shown_by_first_letter(&ready),
                shown_rtl(&ready),
                "{line:?} → {ready:?}"
            );
        }
    }

    #[test]
    fn every_line_of_a_message_is_its_own() {
        assert_eq!(runs_of("שורה drempel\nscan שורה"), "שורה ⟨drempel⟩\n⟨scan⟩ שורה");
    }

    #[test]
    fn stripping_and_isolating() {
        assert_eq!(strip_isolates(&isolate("abc")), "abc");
        assert!(matches!(strip_isolates("abc"), Cow::Borrowed(_)));
    }
}
