//! HTML as feeds carry it (summaries, titles, whole web pages for discovery): a small,
//! forgiving tokenizer and the conversion of HTML to clean plain text. Built for speed
//! over fidelity: no tree, one pass, no allocation per tag.

use std::borrow::Cow;

/// One piece of an HTML document. Text is raw: entities are not yet decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    Text(&'a str),
    /// The contents of `<script>`, `<style>` and the like, up to their end tag.
    RawText(&'a str),
    Start(Tag<'a>),
    End {
        name: &'a str,
        raw: &'a str,
    },
}

/// A start tag as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    pub name: &'a str,
    /// The whole tag, `<` to `>`.
    pub raw: &'a str,
    attributes: &'a str,
    pub self_closing: bool,
}

impl<'a> Tag<'a> {
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// The attributes, names as written, values with entities decoded.
    pub fn attributes(&self) -> Attributes<'a> {
        Attributes {
            rest: self.attributes,
        }
    }

    pub fn attribute(&self, name: &str) -> Option<Cow<'a, str>> {
        self.attributes()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

pub struct Attributes<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a str, Cow<'a, str>);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self
            .rest
            .trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            self.rest = rest;
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        let after = rest[name_end..].trim_start();
        let Some(value_part) = after.strip_prefix('=') else {
            self.rest = after;
            return Some((name, Cow::Borrowed("")));
        };
        let value_part = value_part.trim_start();
        let (value, rest) = match value_part.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = &value_part[1..];
                match inner.find(quote) {
                    Some(end) => (&inner[..end], &inner[end + 1..]),
                    None => (inner, ""),
                }
            }
            _ => {
                let end = value_part
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(value_part.len());
                (&value_part[..end], &value_part[end..])
            }
        };
        self.rest = rest;
        Some((name, decode_entities(value)))
    }
}

/// Elements whose content is not markup: their text runs to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

pub struct Tokenizer<'a> {
    source: &'a str,
    position: usize,
    /// Inside one of [`RAW_TEXT`].
    raw_until: Option<&'a str>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(source: &'a str) -> Tokenizer<'a> {
        Tokenizer {
            source,
            position: 0,
            raw_until: None,
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = &self.source[self.position..];
            if rest.is_empty() {
                return None;
            }
            if let Some(name) = self.raw_until.take() {
                let end = find_end_tag(rest, name).unwrap_or(rest.len());
                self.position += end;
                if end > 0 {
                    return Some(Token::RawText(&rest[..end]));
                }
                continue;
            }
            let bytes = rest.as_bytes();
            if bytes[0] != b'<' {
                let end = memchr::memchr(b'<', bytes).unwrap_or(bytes.len());
                self.position += end;
                return Some(Token::Text(&rest[..end]));
            }
            // Comments, doctypes, processing instructions: skipped. CDATA (in XHTML
            // content) is text.
            if let Some(inner) = rest.strip_prefix("<![CDATA[") {
                let end = inner.find("]]>");
                self.position += 9 + end.map_or(inner.len(), |e| e + 3);
                return Some(Token::Text(&inner[..end.unwrap_or(inner.len())]));
            }
            if let Some(comment) = rest.strip_prefix("<!--") {
                self.position += comment.find("-->").map_or(rest.len(), |e| e + 7);
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                self.position += rest.find('>').map_or(rest.len(), |e| e + 1);
                continue;
            }
            let closing = bytes.get(1) == Some(&b'/');
            let name_start = if closing { 2 } else { 1 };
            if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
                // A `<` that starts no tag is text.
                let end = memchr::memchr(b'<', &bytes[1..]).map_or(bytes.len(), |e| e + 1);
                self.position += end;
                return Some(Token::Text(&rest[..end]));
            }
            let Some(tag_end) = tag_end(rest) else {
                // An unfinished tag at the end: text, as a browser shows it.
                self.position = self.source.len();
                return Some(Token::Text(rest));
            };
            let raw = &rest[..tag_end];
            self.position += tag_end;
            let inner = &raw[name_start..raw.len() - 1];
            let name_end = inner
                .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
                .unwrap_or(inner.len());
            let name = &inner[..name_end];
            if closing {
                return Some(Token::End { name, raw });
            }
            let self_closing = inner.ends_with('/');
            if !self_closing {
                self.raw_until = RAW_TEXT.iter().copied().find(|r| r.eq_ignore_ascii_case(name));
            }
            return Some(Token::Start(Tag {
                name,
                raw,
                attributes: &inner[name_end..],
                self_closing,
            }));
        }
    }
}

/// The length of the tag at the start of `text`, through its `>`, skipping quoted
/// attribute values.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in text.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Where `</name` starts in `text`, ignoring case.
fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&bytes[from..], b"</") {
        let start = from + at;
        let candidate = &bytes[start + 2..];
        if candidate.len() >= name.len() && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

/// Elements whose content never becomes text.
fn is_hidden(name: &str) -> bool {
    [
        "head", "script", "style", "template", "noscript", "svg", "math", "object", "select", "iframe",
    ]
    .iter()
    .any(|h| h.eq_ignore_ascii_case(name))
}

/// How much room an element takes around it in plain text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Paragraph,
}

fn break_for(name: &str) -> Break {
    const PARAGRAPH: &[&str] = &[
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "ul",
        "ol",
        "dl",
        "table",
        "hr",
        "figure",
        "address",
        "fieldset",
        "form",
    ];
    const LINE: &[&str] = &[
        "br",
        "div",
        "li",
        "tr",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "figcaption",
        "caption",
        "details",
        "summary",
        "center",
        "thead",
        "tbody",
        "tfoot",
    ];
    const SPACE: &[&str] = &["td", "th", "img", "input", "button", "label", "option"];
    let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(name));
    if is(PARAGRAPH) {
        Break::Paragraph
    } else if is(LINE) {
        Break::Line
    } else if is(SPACE) {
        Break::Space
    } else {
        Break::None
    }
}

/// HTML to plain text: blocks become line breaks (paragraphs a blank line), table cells
/// spaces, scripts, styles and other hidden parts vanish, entities are decoded and
/// white space collapses. Lines are trimmed; no blank line at the start or end.
pub fn to_text(html: &str) -> String {
    let mut writer = TextWriter::with_capacity(html.len());
    let mut hidden_depth = 0usize;
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(text) if hidden_depth == 0 => writer.text(&decode_entities(text)),
            Token::Text(_) | Token::RawText(_) => {}
            Token::Start(tag) => {
                if is_hidden(tag.name) {
                    // Raw-text elements end themselves through the tokenizer; the
                    // others count their depth.
                    if !tag.self_closing && !RAW_TEXT.iter().any(|r| tag.is(r)) {
                        hidden_depth += 1;
                    }
                    continue;
                }
                if hidden_depth > 0 {
                    continue;
                }
                if tag.is("img")
                    && let Some(alt) = tag.attribute("alt")
                {
                    writer.boundary(Break::Space);
                    writer.text(&alt);
                }
                writer.boundary(break_for(tag.name));
                if tag.is("li") {
                    writer.text("• ");
                }
            }
            Token::End { name, .. } => {
                if is_hidden(name) {
                    if !RAW_TEXT.iter().any(|r| r.eq_ignore_ascii_case(name)) {
                        hidden_depth = hidden_depth.saturating_sub(1);
                    }
                    continue;
                }
                if hidden_depth == 0 {
                    writer.boundary(break_for(name));
                }
            }
        }
    }
    writer.finish()
}

/// Inline elements a title may carry (Google Alerts bolds the keyword). Anything else
/// that looks like a tag in a title is kept as text: "Why <div> soup hurts" stays.
const TITLE_TAGS: &[&str] = &[
    "b", "i", "em", "strong", "u", "s", "span", "a", "font", "sup", "sub", "small", "big", "mark", "abbr",
    "cite", "q", "del", "ins", "br", "wbr", "code", "tt",
];

/// A title that may hold inline HTML, as one line of text.
pub fn title_text(text: &str) -> String {
    if !text.contains(['<', '&']) {
        let mut writer = TextWriter::with_capacity(text.len());
        writer.text(text);
        return writer.finish();
    }
    let mut writer = TextWriter::with_capacity(text.len());
    for token in Tokenizer::new(text) {
        match token {
            Token::Text(t) | Token::RawText(t) => writer.text(&decode_entities(t)),
            Token::Start(tag) if TITLE_TAGS.iter().any(|n| tag.is(n)) => {
                if tag.is("br") {
                    writer.boundary(Break::Space);
                }
            }
            Token::End { name, .. } if TITLE_TAGS.iter().any(|n| n.eq_ignore_ascii_case(name)) => {}
            Token::Start(Tag { raw, .. }) | Token::End { raw, .. } => writer.text(raw),
        }
    }
    writer.finish().replace('\n', " ")
}

/// ASCII white space; other white space is handled per word (see [`TextWriter::text`]).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

/// Collects text, collapsing white space and placing the breaks blocks ask for.
struct TextWriter {
    out: String,
    pending: Break,
}

impl TextWriter {
    fn with_capacity(capacity: usize) -> TextWriter {
        TextWriter {
            out: String::with_capacity(capacity.min(1 << 16)),
            pending: Break::None,
        }
    }

    fn boundary(&mut self, kind: Break) {
        self.pending = self.pending.max(kind);
    }

    fn text(&mut self, text: &str) {
        // Word by word rather than character by character: most text is plain words.
        for (index, word) in text.split(is_space).enumerate() {
            if index > 0 {
                self.pending = self.pending.max(Break::Space);
            }
            if word.is_empty() {
                continue;
            }
            // Invisible characters that would split words for the keyword matcher
            // (all start with one of these bytes in UTF-8).
            let word: Cow<'_, str> = if word.bytes().any(|b| matches!(b, 0xc2 | 0xe2 | 0xef)) {
                let visible: String = word
                    .chars()
                    .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}' | '\u{2060}'))
                    .collect();
                // Non-ASCII white space (no-break spaces) separates words too.
                if visible.contains(char::is_whitespace) {
                    self.text(&visible.replace(char::is_whitespace, " "));
                    continue;
                }
                Cow::Owned(visible)
            } else {
                Cow::Borrowed(word)
            };
            if word.is_empty() {
                continue;
            }
            if !self.out.is_empty() {
                match self.pending {
                    Break::None => {}
                    Break::Space => self.out.push(' '),
                    Break::Line => self.out.push('\n'),
                    Break::Paragraph => self.out.push_str("\n\n"),
                }
            }
            self.pending = Break::None;
            self.out.push_str(&word);
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Decodes HTML character references: named ones (all of HTML5's), the few that are
/// commonly written without a semicolon, and numeric ones as browsers read them.
/// Anything else stays as written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', text.as_bytes()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(after) = rest.strip_prefix('&') {
        match entity(after) {
            Some((length, value)) => {
                out.push_str(&value);
                rest = &after[length..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
        let next = memchr::memchr(b'&', rest.as_bytes()).unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    Cow::Owned(out)
}

/// The reference at the start of `text` (just after its `&`): how many bytes it takes
/// and what it stands for.
fn entity(text: &str) -> Option<(usize, Cow<'static, str>)> {
    if let Some(number) = text.strip_prefix('#') {
        let (digits, radix, skip) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let length = digits
            .bytes()
            .take_while(|b| {
                if radix == 16 {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if length == 0 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..length.min(8)], radix).unwrap_or(u32::MAX);
        let c = numeric_character(value).unwrap_or('\u{fffd}');
        let semicolon = usize::from(digits[length..].starts_with(';'));
        return Some((skip + length + semicolon, Cow::Owned(c.to_string())));
    }
    let name_length = text
        .bytes()
        .take(32)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = &text[..name_length];
    if text[name_length..].starts_with(';')
        && let Some(value) = quick_xml::escape::resolve_html5_entity(name)
    {
        return Some((name_length + 1, Cow::Borrowed(value)));
    }
    // Legacy references without a semicolon, as browsers still read them.
    for legacy in ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"] {
        if name.starts_with(legacy) && (name.len() == legacy.len() || legacy == "nbsp") {
            return quick_xml::escape::resolve_html5_entity(legacy).map(|v| (legacy.len(), Cow::Borrowed(v)));
        }
    }
    None
}

/// The character a numeric reference stands for, as HTML reads it: 128–159 in
/// windows-1252 (`&#146;` is an apostrophe, as its author meant), `None` for NUL,
/// surrogates and values beyond Unicode.
pub fn numeric_character(value: u32) -> Option<char> {
    const WINDOWS_1252: [u32; 32] = [
        0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
        0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
    ];
    let value = match value {
        0 => return None,
        0x80..=0x9f => WINDOWS_1252[(value - 0x80) as usize],
        _ => value,
    };
    char::from_u32(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_paragraphs() {
        let html = "<p>First   paragraph<br>next line</p><p>Second</p><ul><li>one</li><li>two</li></ul>";
        assert_eq!(
            to_text(html),
            "First paragraph\nnext line\n\nSecond\n\n• one\n• two"
        );
    }

    #[test]
    fn scripts_styles_and_comments_vanish() {
        let html = "<style>p{color:red}</style>Hello <script>alert('<p>x</p>')</script><!-- <b>no</b> -->world\
                    <noscript><p>enable js</p></noscript><SCRIPT type=x>var a = 1 < 2;</SCRIPT>!";
        assert_eq!(to_text(html), "Hello world!");
    }

    #[test]
    fn entities_are_decoded_and_spaces_collapsed() {
        assert_eq!(
            to_text(
                "caf&eacute;&nbsp;&amp;&nbsp;bar &#8217;&#x2019;&#146; &lt;b&gt; AT&T &copy 5 &notanentity;"
            ),
            "café & bar ’’’ <b> AT&T © 5 &notanentity;"
        );
        assert_eq!(to_text("  \n\t "), "");
        assert_eq!(to_text("recruit&shy;ment"), "recruitment");
    }

    #[test]
    fn tables_images_and_broken_markup() {
        assert_eq!(
            to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
            "a b\nc"
        );
        assert_eq!(
            to_text("see <img src=x alt='the chart'>here"),
            "see the chart here"
        );
        assert_eq!(
            to_text("a < b and <b>bold</b> <unclosed"),
            "a < b and bold <unclosed"
        );
        assert_eq!(to_text("<a href=\"x>y\">link</a>"), "link");
        assert_eq!(to_text("<div><![CDATA[cdata & text]]></div>"), "cdata & text");
    }

    #[test]
    fn titles_lose_inline_tags_only() {
        assert_eq!(
            title_text("New <b>recruitment</b> rules"),
            "New recruitment rules"
        );
        assert_eq!(title_text("Why <div> soup hurts"), "Why <div> soup hurts");
        assert_eq!(
            title_text("Q&amp;A: it&rsquo;s &quot;fine&quot;"),
            "Q&A: it’s \"fine\""
        );
        assert_eq!(title_text("  two\n lines  "), "two lines");
    }

    #[test]
    fn attributes_are_read_with_and_without_quotes() {
        let html = r#"<link rel="alternate" TYPE='application/rss+xml' href=/feed?a=1&amp;b=2 disabled>"#;
        let Some(Token::Start(tag)) = Tokenizer::new(html).next() else {
            panic!("a start tag");
        };
        assert!(tag.is("LINK"));
        assert_eq!(tag.attribute("rel").as_deref(), Some("alternate"));
        assert_eq!(tag.attribute("type").as_deref(), Some("application/rss+xml"));
        assert_eq!(tag.attribute("href").as_deref(), Some("/feed?a=1&b=2"));
        assert_eq!(tag.attribute("disabled").as_deref(), Some(""));
        assert_eq!(tag.attribute("missing"), None);
    }
}
