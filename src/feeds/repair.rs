//! The repair pass: real-world feeds are often not quite XML. Before a parser sees a
//! document it is decoded to UTF-8 (whatever its byte order mark, declared charset or
//! Content-Type say, trusting valid UTF-8 over a wrong declaration) and mended where
//! publishers commonly slip: HTML entities XML does not know (`&nbsp;` `&rsquo;`), a
//! bare `&` or `<` in text, and control characters XML forbids. Line numbers stay as
//! they were, so a later parser's error points at the publisher's line.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// A document made readable, and what it took.
#[derive(Clone, Debug)]
pub struct Repaired<'a> {
    pub text: Cow<'a, str>,
    /// The encoding the bytes were read in.
    pub encoding: &'static Encoding,
    pub fixes: Fixes,
}

/// What the repair pass changed, for diagnostics (`feeds preview --json`, tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Fixes {
    /// A byte order mark was removed.
    pub bom: bool,
    /// The document declared one charset but was read in another.
    pub charset: bool,
    /// HTML entities rewritten as character references.
    pub html_entities: usize,
    /// Bare `&` and `<` escaped.
    pub stray_markup: usize,
    /// Forbidden control characters (and the escape sequences they start) removed,
    /// and character references to characters XML cannot hold.
    pub control_chars: usize,
}

/// Decodes and mends `bytes`; `content_type` is the HTTP header, if any.
pub fn repair<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Repaired<'a> {
    let mut fixes = Fixes::default();
    let (text, encoding) = decode(bytes, content_type, &mut fixes);
    let text = declare_utf8(text);
    let text = match text {
        Cow::Borrowed(text) => mend(text, &mut fixes),
        Cow::Owned(text) => Cow::Owned(match mend(&text, &mut fixes) {
            Cow::Borrowed(_) => text,
            Cow::Owned(mended) => mended,
        }),
    };
    Repaired {
        text,
        encoding,
        fixes,
    }
}

/// Bytes to text. A byte order mark decides; else valid UTF-8 is UTF-8 whatever is
/// declared (servers and templates often claim ISO-8859-1 for UTF-8 text); else the
/// charset of the XML declaration, then of the Content-Type, then windows-1252 (which
/// browsers also use for ISO-8859-1, and which reads any byte).
pub fn decode<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    fixes: &mut Fixes,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        fixes.bom = true;
        let body = &bytes[bom_length..];
        if encoding == UTF_8
            && let Ok(text) = std::str::from_utf8(body)
        {
            return (Cow::Borrowed(text), UTF_8);
        }
        let (text, _) = encoding.decode_without_bom_handling(body);
        return (text, encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let declared = declared_charset(bytes).or_else(|| content_type.and_then(content_type_charset));
        if declared.is_some_and(|e| e != UTF_8) {
            fixes.charset = true;
        }
        return (Cow::Borrowed(text), UTF_8);
    }
    let declared = [
        declared_charset(bytes),
        content_type.and_then(content_type_charset),
    ];
    // The bytes are not UTF-8, so a label saying they are is wrong; UTF-16 without a
    // byte order mark cannot have an ASCII declaration we could read either.
    let encoding = declared
        .into_iter()
        .flatten()
        .find(|e| *e != UTF_8 && e.is_ascii_compatible())
        .unwrap_or(WINDOWS_1252);
    if declared.iter().flatten().any(|e| *e == UTF_8) {
        fixes.charset = true;
    }
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text, encoding)
}

/// The text is UTF-8 now, so its XML declaration must say so: parsers that honour
/// the declaration would otherwise decode it a second time.
fn declare_utf8(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some((start, end)) = declared_encoding_span(text.as_bytes()) else {
        return text;
    };
    let value = &text[start..end];
    if value.eq_ignore_ascii_case("utf-8") || value.eq_ignore_ascii_case("utf8") {
        return text;
    }
    let mut fixed = String::with_capacity(text.len());
    fixed.push_str(&text[..start]);
    fixed.push_str("UTF-8");
    fixed.push_str(&text[end..]);
    Cow::Owned(fixed)
}

/// The `encoding="…"` of an XML declaration at the very start.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let (start, end) = declared_encoding_span(bytes)?;
    Encoding::for_label(&bytes[start..end])
}

/// Where the value of the XML declaration's `encoding` is, as a byte range.
fn declared_encoding_span(bytes: &[u8]) -> Option<(usize, usize)> {
    let head = &bytes[..bytes.len().min(512)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = head[start..].strip_prefix(b"<?xml")?;
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = &head[..end];
    let at = memchr::memmem::find(decl, b"encoding")?;
    let after_name = &decl[at + b"encoding".len()..];
    let rest = after_name
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let close = rest[1..].iter().position(|b| *b == quote)?;
    // Offsets back into `bytes`.
    let value_start = start + 5 + (decl.len() - rest.len()) + 1;
    Some((value_start, value_start + close))
}

/// The `charset=` parameter of a Content-Type header.
fn content_type_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

/// Which bytes need a look: `&`, `<`, C0 controls other than tab, newline and return,
/// and 0xEF (which starts the non-characters U+FFFE and U+FFFF).
const fn special_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = !matches!(b, 0x09 | 0x0a | 0x0d);
        b += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[0xef] = true;
    table
}
static SPECIAL: [bool; 256] = special_bytes();

/// The mending itself, in one pass; text that needs nothing is returned as it is.
fn mend<'a>(text: &'a str, fixes: &mut Fixes) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    // Replaces bytes[i..i + length] (whole characters) by `with`.
    macro_rules! replace {
        ($length:expr, $with:expr) => {{
            let out = out.get_or_insert_with(|| String::with_capacity(text.len() + 64));
            out.push_str(&text[copied..i]);
            out.push_str($with);
            i += $length;
            copied = i;
        }};
    }
    while i < bytes.len() {
        if !SPECIAL[bytes[i] as usize] {
            i += 1;
            continue;
        }
        match bytes[i] {
            b'&' => match reference(&bytes[i..]) {
                Reference::Fine(length) => i += length,
                Reference::Replace(length, with) => {
                    fixes.html_entities += 1;
                    replace!(length, &with);
                }
                Reference::Drop(length) => {
                    fixes.control_chars += 1;
                    replace!(length, "");
                }
                Reference::Stray => {
                    fixes.stray_markup += 1;
                    replace!(1, "&amp;");
                }
            },
            b'<' => {
                let rest = &bytes[i..];
                if rest.starts_with(b"<![CDATA[") {
                    // Kept as written: the sanitiser cleans the text it holds.
                    i = skip_past(bytes, i + 9, b"]]>");
                } else if rest.starts_with(b"<!--") {
                    i = skip_past(bytes, i + 4, b"-->");
                } else if rest
                    .get(1)
                    .is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_digit() || matches!(b, b'=' | b'<'))
                {
                    // "salary < 50k", "<3": a `<` that cannot start markup.
                    fixes.stray_markup += 1;
                    replace!(1, "&lt;");
                } else {
                    i += 1;
                }
            }
            0x1b => {
                fixes.control_chars += 1;
                let mut length = escape_sequence_length(&bytes[i..]);
                while !text.is_char_boundary(i + length) {
                    length += 1;
                }
                replace!(length, "");
            }
            0xef => {
                if bytes.get(i + 1) == Some(&0xbf) && matches!(bytes.get(i + 2), Some(0xbe | 0xbf)) {
                    fixes.control_chars += 1;
                    replace!(3, "");
                } else {
                    i += 1;
                }
            }
            _ => {
                fixes.control_chars += 1;
                replace!(1, "");
            }
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
    }
}

/// The index just past the next `end` from `from`, or the end of the text.
fn skip_past(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    match memchr::memmem::find(&bytes[from.min(bytes.len())..], end) {
        Some(at) => from + at + end.len(),
        None => bytes.len(),
    }
}

enum Reference {
    /// A reference XML reads: keep this many bytes.
    Fine(usize),
    /// Rewrite this many bytes as the given character references.
    Replace(usize, String),
    /// A reference to a character XML cannot hold (NUL, a surrogate): remove it.
    Drop(usize),
    /// A `&` that starts no reference.
    Stray,
}

/// Classifies the reference at the start of `bytes` (which starts with `&`).
fn reference(bytes: &[u8]) -> Reference {
    let body_end = bytes
        .iter()
        .take(40)
        .skip(1)
        .position(|b| *b == b';')
        .map(|p| p + 1);
    let Some(semicolon) = body_end else {
        return Reference::Stray;
    };
    let body = &bytes[1..semicolon];
    let length = semicolon + 1;
    if let Some(number) = body.strip_prefix(b"#") {
        let value = match number.strip_prefix(b"x").or_else(|| number.strip_prefix(b"X")) {
            Some(hex) if !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit) => {
                u32::from_str_radix(std::str::from_utf8(hex).unwrap_or("x"), 16).ok()
            }
            Some(_) => None,
            None if !number.is_empty() && number.iter().all(u8::is_ascii_digit) => {
                std::str::from_utf8(number).ok().and_then(|n| n.parse().ok())
            }
            None => None,
        };
        return match value {
            None => Reference::Stray,
            Some(value) => match super::html::numeric_character(value) {
                // Lowercase `x` only: quick-xml does not read `&#X…;`.
                Some(c) if c as u32 == value && !number.starts_with(b"X") => Reference::Fine(length),
                Some(c) => Reference::Replace(length, format!("&#{};", c as u32)),
                None => Reference::Drop(length),
            },
        };
    }
    let Ok(name) = std::str::from_utf8(body) else {
        return Reference::Stray;
    };
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Reference::Stray;
    }
    if quick_xml::escape::resolve_xml_entity(name).is_some() {
        return Reference::Fine(length);
    }
    match quick_xml::escape::resolve_html5_entity(name) {
        Some(value) => Reference::Replace(
            length,
            value.chars().map(|c| format!("&#{};", c as u32)).collect(),
        ),
        None => Reference::Stray,
    }
}

/// How many bytes an escape sequence starting at `bytes[0]` (ESC) takes, never
/// reaching into markup: CSI (`ESC [` parameters, final byte), OSC and other string
/// sequences (up to BEL or `ESC \`), or a two-byte sequence.
fn escape_sequence_length(bytes: &[u8]) -> usize {
    let markup = |b: u8| b == b'<' || b == b'&';
    match bytes.get(1) {
        Some(b'[') => {
            // Parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E);
            // anything else ends the sequence without being part of it.
            let mut i = 2;
            while let Some(&b) = bytes.get(i) {
                if markup(b) || i > 64 {
                    return i;
                }
                match b {
                    0x20..=0x3f => i += 1,
                    0x40..=0x7e => return i + 1,
                    _ => return i,
                }
            }
            i
        }
        Some(b']' | b'P' | b'X' | b'^' | b'_') => {
            let mut i = 2;
            while let Some(&b) = bytes.get(i) {
                if markup(b) || i > 4096 {
                    return i;
                }
                if b == 0x07 {
                    return i + 1;
                }
                if b == 0x1b {
                    return if bytes.get(i + 1) == Some(&b'\\') {
                        i + 2
                    } else {
                        i
                    };
                }
                i += 1;
            }
            i
        }
        Some(&b) if (0x20..0x7f).contains(&b) && !markup(b) => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(text: &str) -> (String, Fixes) {
        let repaired = repair(text.as_bytes(), None);
        (repaired.text.into_owned(), repaired.fixes)
    }

    #[test]
    fn clean_documents_are_not_copied() {
        let text = "<?xml version=\"1.0\"?><rss><title>A &amp; B &#8217; &#x2019; &lt;</title></rss>";
        let repaired = repair(text.as_bytes(), Some("text/xml; charset=utf-8"));
        assert!(matches!(repaired.text, Cow::Borrowed(_)));
        assert_eq!(repaired.fixes, Fixes::default());
    }

    #[test]
    fn html_entities_become_character_references() {
        let (text, fixes) = mended("<t>caf&eacute;&nbsp;&rsquo;s &hellip; &amp;</t>");
        assert_eq!(text, "<t>caf&#233;&#160;&#8217;s &#8230; &amp;</t>");
        assert_eq!(fixes.html_entities, 4);
    }

    #[test]
    fn stray_ampersands_and_angles_are_escaped() {
        let (text, fixes) = mended("<t>R&D & M&A &unknownthing; &#; a < b <3 &</t>");
        assert_eq!(
            text,
            "<t>R&amp;D &amp; M&amp;A &amp;unknownthing; &amp;#; a &lt; b &lt;3 &amp;</t>"
        );
        assert_eq!(fixes.stray_markup, 8);
    }

    #[test]
    fn cdata_and_comments_are_left_alone() {
        let text = "<t><![CDATA[R&D &nbsp; a < b]]></t><!-- a & b -->";
        assert_eq!(mended(text).0, text);
    }

    #[test]
    fn control_characters_and_escape_sequences_are_removed() {
        let (text, fixes) =
            mended("<t>a\u{0}b\u{8}c\u{1b}[31;1mred\u{1b}[0m\u{1b}]0;title\u{7}d\u{b}\u{c}</t>");
        assert_eq!(text, "<t>abcredd</t>");
        assert!(fixes.control_chars >= 6, "{fixes:?}");
        // An unterminated OSC never swallows markup.
        assert_eq!(mended("<t>x\u{1b}]8;;evil</t><u>y</u>").0, "<t>x</t><u>y</u>");
        // Tabs, newlines and returns are text.
        assert_eq!(mended("<t>\ta\r\n</t>").0, "<t>\ta\r\n</t>");
        // Non-characters and references XML cannot hold.
        assert_eq!(mended("<t>a\u{fffe}b&#0;c&#xD800;d</t>").0, "<t>abcd</t>");
    }

    #[test]
    fn windows_1252_references_mean_what_their_authors_meant() {
        // &#146; is a C1 control in Unicode but an apostrophe in windows-1252.
        assert_eq!(mended("<t>it&#146;s&#150;ok</t>").0, "<t>it&#8217;s&#8211;ok</t>");
    }

    #[test]
    fn a_byte_order_mark_is_removed() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice(b"<rss/>");
        let repaired = repair(&bytes, None);
        assert_eq!(repaired.text, "<rss/>");
        assert!(repaired.fixes.bom);
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("<rss>é</rss>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(repair(&utf16, None).text, "<rss>é</rss>");
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_declaration() {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Zürich</t>";
        let repaired = repair(text.as_bytes(), Some("text/xml; charset=windows-1251"));
        // The declaration now tells parsers the truth.
        assert_eq!(
            repaired.text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>Zürich</t>"
        );
        assert_eq!(repaired.encoding, UTF_8);
        assert!(repaired.fixes.charset);
    }

    #[test]
    fn legacy_charsets_are_read_from_the_declaration_or_the_header() {
        let latin1 = b"<?xml version='1.0' encoding='iso-8859-1' standalone='yes'?><t>Z\xfcrich caf\xe9</t>";
        assert_eq!(
            repair(latin1, None).text,
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><t>Zürich café</t>"
        );
        let cp1252 = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><t>\x93quoted\x94 \x80</t>";
        assert!(repair(cp1252, None).text.contains("“quoted” €"));
        // "Привет" in windows-1251 and in KOI8-R, named only by the Content-Type.
        let cp1251 = b"<t>\xcf\xf0\xe8\xe2\xe5\xf2</t>";
        assert!(
            repair(cp1251, Some("application/rss+xml; charset=windows-1251"))
                .text
                .contains("Привет")
        );
        let koi8 = b"<t>\xf0\xd2\xc9\xd7\xc5\xd4</t>";
        assert!(
            repair(koi8, Some("text/xml;charset=\"KOI8-R\""))
                .text
                .contains("Привет")
        );
        // Declared UTF-8 but not: windows-1252, the web's fallback.
        let wrong = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>caf\xe9</t>";
        let repaired = repair(wrong, None);
        assert!(repaired.text.contains("café"));
        assert!(repaired.fixes.charset);
    }

    #[test]
    fn line_numbers_survive() {
        let (text, _) = mended("<a>\n&nbsp;\n&\n\u{1b}[1m\n</a>");
        assert_eq!(text.lines().count(), 5);
    }
}
