//! Self-contained HTML pages: one file, inline CSS, inline SVG, no scripts and no
//! outside assets, so a report opens from a USB stick, prints, and projects.
//!
//! Pages follow the language's direction: `lang` and `dir` on the root, CSS written in
//! logical properties (start and end, not left and right) so a Hebrew page mirrors by
//! itself, and every piece of outside text (names, addresses, titles, community names)
//! isolated in `<bdi>` so a Latin name in a Hebrew line, or a Hebrew title in an
//! English one, keeps its own direction and leaves the line's order alone.

use std::fmt::Write;

use super::report::is_web_url;
use crate::lang::Direction;
use crate::text::sanitize_line;

/// Text for HTML and SVG: the one markup escape, which XML (OPML) uses too.
pub use crate::text::escape_markup as escape;

/// The direction of the page being made: the run's language decides.
pub fn direction() -> Direction {
    crate::messages::language().direction()
}

/// The arrow from one rung to the next: it points the way the line reads.
pub fn arrow() -> &'static str {
    match direction() {
        Direction::LeftToRight => "→",
        Direction::RightToLeft => "←",
    }
}

/// A web address as a link that shows it; anything else (javascript:, data:) as text.
/// An address always reads left to right, in a Hebrew page too.
pub fn link(url: &str) -> String {
    let clean = sanitize_line(url);
    if is_web_url(&clean) {
        format!(r#"<a href="{0}" dir="ltr">{0}</a>"#, escape(&clean))
    } else {
        ltr(&clean)
    }
}

/// A link named by its text (an item's title). On paper its address follows it once,
/// on a line of its own (see the print style), since paper cannot be clicked.
pub fn titled_link(url: Option<&str>, title: &str) -> String {
    match url.map(sanitize_line) {
        Some(url) if is_web_url(&url) => format!(
            r#"<a class="titled" href="{}" dir="auto">{}</a>"#,
            escape(&url),
            escape(title)
        ),
        Some(url) => format!("{} {}", bdi(title), ltr(&url)),
        None => bdi(title),
    }
}

/// Outside text in a line of drempel's own: isolated, its direction its own.
pub fn bdi(text: &str) -> String {
    format!("<bdi>{}</bdi>", escape(text))
}

/// Text that always reads left to right (a command, a code, an address), isolated.
pub fn ltr(text: &str) -> String {
    format!(r#"<bdi dir="ltr">{}</bdi>"#, escape(text))
}

/// Stand-ins for the parts of a catalog sentence that get markup of their own (see
/// [`message`]): characters from the private use area, which no catalog sentence holds.
pub const SLOT: [&str; 4] = ["\u{F8F0}", "\u{F8F1}", "\u{F8F2}", "\u{F8F3}"];

/// A catalog sentence made with [`SLOT`]s for some of its arguments, escaped, with each
/// slot replaced by its markup: `message(&t!("report-title", name = SLOT[0]), &[&bdi(name)])`.
/// The sentence is escaped before the markup goes in, so only the markup given is markup.
pub fn message(sentence: &str, parts: &[&str]) -> String {
    let mut out = escape(sentence);
    for (slot, part) in SLOT.iter().zip(parts) {
        out = out.replace(slot, part);
    }
    out
}

/// What a page is for: paper and a laptop screen, or a projector across a room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Paper,
    Projector,
}

/// Large type and strong contrast for a projector; compact black on white for paper.
/// Written in logical properties (inline start and end), so `dir="rtl"` mirrors it.
const STYLE: &str = r#"
:root { --ink: #000; --paper: #fff; --accent: #003f8a; --muted: #333; --line: #8a8a8a; --warn: #8f1d00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding-block: 1.5rem 3rem; padding-inline: 2rem;
  background: var(--paper); color: var(--ink); text-align: start; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", Arial, sans-serif; }
h1 { font-size: 2.2rem; margin-block: .2rem .4rem; line-height: 1.2; }
h2 { font-size: 1.5rem; margin-block: 2rem .6rem; border-block-end: 4px solid var(--ink); }
h3 { font-size: 1.15rem; margin-block: 1.2rem .3rem; }
p { margin-block: .4rem; }
.who { font-size: 1.15rem; }
.rung { font-size: 1.6rem; font-weight: 700; color: var(--accent); }
.next { font-size: 1.2rem; border: 4px solid var(--accent); padding-block: .6rem; padding-inline: 1rem; }
code { font-size: .95em; background: #eee; padding-inline: .2em; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { text-align: start; padding-block: .35rem; padding-inline: .7rem; border-block-end: 2px solid var(--line); vertical-align: top; }
th { border-block-end: 3px solid var(--ink); }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.yes { font-weight: 700; }
.muted { color: var(--muted); }
.overdue { color: var(--warn); font-weight: 700; }
.tag { font-size: .85em; border: 2px solid currentColor; border-radius: .3em; padding-inline: .3em; white-space: nowrap; }
a { color: var(--accent); overflow-wrap: anywhere; }
svg.chart { inline-size: 100%; block-size: auto; display: block; margin-block: .5rem 1rem; }
ul { padding-inline-start: 1.4rem; margin-block: .4rem; }
ul.plans { list-style: none; padding-inline-start: .2rem; }
li { margin-block: .15rem; }
footer { margin-block-start: 2.5rem; color: var(--muted); font-size: .85rem; }
table.bars th, table.bars td { border: none; padding-block: .12rem; }
table.bars th { font-weight: 400; white-space: nowrap; inline-size: 1%; padding-inline: 0 .6rem; }
table.bars td.bar { inline-size: 100%; padding-inline: 0; vertical-align: middle; }
table.bars .fill { display: block; block-size: 1.05em; min-inline-size: 3px; background: var(--accent);
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
table.bars td.n { font-weight: 700; inline-size: 1%; padding-inline: .5rem 0; }
body.projector { max-width: none; padding-block: .6rem 2rem; padding-inline: 1.5rem; }
.projector h1 { font-size: 1.25rem; margin-block: 0; }
.projector header p { font-size: 1.1rem; font-weight: 700; color: var(--accent); margin-block: .1rem .2rem; }
.projector h2 { font-size: 1.05rem; margin-block: .9rem .3rem; border-block-end-width: 3px; }
.side-by-side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 2.5rem; }
.side-by-side h2 { margin-block-start: .4rem; }
@media print {
  html { font-size: 10.5pt; }
  body, body.projector { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; break-inside: avoid; }
  h2 { margin-block-start: 1.2rem; }
  tr, li, p, .next, svg, header { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
  a.titled[href]::after { content: attr(href); display: block; direction: ltr; text-align: start;
    unicode-bidi: isolate; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
  .next { border-width: 2px; }
  svg.chart { max-block-size: 6cm; }
  @page { margin: 1.5cm 1.4cm; }
}
"#;

/// A whole page around `body`, its type based on `base_px` (larger for a room), in the
/// run's language and direction. The content security policy forbids scripts and any
/// fetch, as a second lock behind the escaping.
pub fn page(title: &str, layout: Layout, base_px: u32, body: &str) -> String {
    let language = crate::messages::language();
    let dir = match language.direction() {
        Direction::LeftToRight => "ltr",
        Direction::RightToLeft => "rtl",
    };
    let class = match layout {
        Layout::Paper => "paper",
        Layout::Projector => "projector",
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
<style>
html {{ font-size: {base_px}px; }}{STYLE}</style>
</head>
<body class="{class}">
{body}
</body>
</html>
"#,
        escape(title),
        lang = language.code(),
    )
}

pub fn section(b: &mut String, title: &str, fill: impl FnOnce(&mut String)) {
    let _ = writeln!(b, "<section><h2>{}</h2>", escape(title));
    fill(b);
    b.push_str("</section>\n");
}

/// Horizontal bars as a table (label, bar, count), sized in the page's own type so
/// labels stay large on a projector, and mirrored with the page in a right-to-left
/// language. `rows` holds each label (plain text) and its count out of `total`.
pub fn bars(caption: &str, rows: &[(String, usize)], total: usize) -> String {
    let mut b = String::new();
    let _ = writeln!(b, r#"<table class="bars" aria-label="{}">"#, escape(caption));
    for (label, count) in rows {
        let percent = if total == 0 {
            0.0
        } else {
            100.0 * *count as f64 / total as f64
        };
        let _ = writeln!(
            b,
            r#"<tr><th scope="row">{}</th><td class="bar"><span class="fill" style="inline-size: {percent:.1}%"></span></td><td class="n">{count}</td></tr>"#,
            escape(label)
        );
    }
    b.push_str("</table>\n");
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            link("https://example.org/a?b=1&c=\"2\""),
            r#"<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" dir="ltr">https://example.org/a?b=1&amp;c=&quot;2&quot;</a>"#
        );
        assert_eq!(
            link("javascript:alert(1)"),
            r#"<bdi dir="ltr">javascript:alert(1)</bdi>"#
        );
        assert!(!link("JaVaScRiPt:alert(1)").contains("href"));
        assert!(!titled_link(Some("javascript:x()"), "A title").contains("href"));
    }

    #[test]
    fn only_the_markup_given_goes_into_a_sentence() {
        let sentence = format!("<b>{}</b> & {}", SLOT[0], SLOT[1]);
        assert_eq!(
            message(&sentence, &[&bdi("Ada <i>"), "<br>"]),
            "&lt;b&gt;<bdi>Ada &lt;i&gt;</bdi>&lt;/b&gt; &amp; <br>"
        );
    }
}
