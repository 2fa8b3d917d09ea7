//! Counting a draft the way each platform counts it, against that platform's limit.
//!
//! Every platform counts differently, and a newcomer who is told "too long" by the
//! platform after writing carefully loses heart. So we count as the platform does:
//!
//! - **X** weighs the NFC-normalised text (the open-source twitter-text rules, v3): code
//!   points in U+0000–U+10FF (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts…),
//!   U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, every other code point
//!   (CJK, Hangul, most symbols) weighs 2; a whole emoji, however many code points its
//!   ZWJ sequence, flag or skin tone takes, weighs 2; every link weighs 23, whatever
//!   its length, because X rewrites it to a t.co link. Limit 280; the bio 160.
//!   Hebrew: every letter, vowel point (niqqud), cantillation mark, geresh and the ALM
//!   lie in U+0590–U+05FF or below and weigh 1 each, so a pointed word weighs more than
//!   the same word unpointed; the presentation forms (U+FB1D–U+FB4F, such as שׁ in one
//!   code point) decompose under NFC into letter and point, 1 + 1. The direction marks
//!   LRM and RLM (U+200E, U+200F) lie just outside the light range and weigh 2.
//! - **Bluesky** counts grapheme clusters (what a reader sees as one character; a
//!   Hebrew letter with its points is one): the
//!   record schema of `app.bsky.feed.post` allows 300, the profile description 256. The
//!   Bluesky app shortens `http(s)` links before posting to the host plus at most 13
//!   characters of the path and `...`, so we count the shortened form.
//! - **Mastodon** counts grapheme clusters after replacing every `http(s)` link by 23
//!   characters and every remote mention `@name@server` by `@name` (its
//!   `StatusLengthValidator`). Default limit 500, the profile bio ("note") 500 as well;
//!   a server may raise both.
//! - **LinkedIn, Facebook, XING** count like a browser text field does: UTF-16 code
//!   units, so an emoji (outside the Basic Multilingual Plane) counts 2. LinkedIn's own
//!   counter reports emoji as two characters too. Hebrew letters and points are one
//!   unit each.
//!
//! Before counting, `\r\n` becomes `\n` (a text field holds no carriage returns) and the
//! whitespace around the text goes (every composer strips it when posting).

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{EmojiStatus, UnicodeEmoji};
use unicode_segmentation::UnicodeSegmentation;

use super::links;
use crate::platform::Platform;

/// What a text is for; each has its own limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum TextKind {
    Comment,
    Post,
    /// The line under the name. Platforms without one (X, Bluesky, Mastodon, Facebook)
    /// show the bio there, so a headline gets the bio's limit.
    Headline,
    /// About, bio, intro, note: the longer text on a profile.
    Bio,
}

/// A count against a limit, both in the platform's own units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub used: usize,
    pub limit: usize,
}

impl Count {
    pub fn over(&self) -> bool {
        self.used > self.limit
    }

    /// How many units are left; negative when over.
    pub fn left(&self) -> isize {
        self.limit as isize - self.used as isize
    }
}

/// The weight X gives every link, the length of a t.co link.
const X_URL_WEIGHT: usize = 23;
/// What Mastodon counts for every `http(s)` link.
const MASTODON_URL_WEIGHT: usize = 23;

/// The platform's limit for a kind of text.
pub fn limit(platform: Platform, kind: TextKind) -> usize {
    use Platform::*;
    use TextKind::*;
    match (platform, kind) {
        // X: 280 weighted for posts and replies alike; the profile bio 160.
        (X, Comment | Post) => 280,
        (X, Headline | Bio) => 160,
        // Bluesky: 300 graphemes (the lexicon's maxGraphemes for a post, replies are
        // posts); the profile description 256 graphemes.
        (Bluesky, Comment | Post) => 300,
        (Bluesky, Headline | Bio) => 256,
        // Mastodon: the default instance limit for statuses, and 500 for the bio.
        (Mastodon, _) => 500,
        // LinkedIn: comment 1,250; post 3,000; headline 220; About 2,600.
        (Linkedin, Comment) => 1_250,
        (Linkedin, Post) => 3_000,
        (Linkedin, Headline) => 220,
        (Linkedin, Bio) => 2_600,
        // Facebook: comment 8,000; post 63,206; the profile intro ("bio") 101.
        (Facebook, Comment) => 8_000,
        (Facebook, Post) => 63_206,
        (Facebook, Headline | Bio) => 101,
        // XING publishes no limits. These are the limits its editors enforce as trainers
        // report them: post 3,000, comment 1,000, the headline under the name
        // ("Profilspruch" / status) 100, the "About me" text 3,000. Adjust here when
        // XING changes them.
        (Xing, Post) => 3_000,
        (Xing, Comment) => 1_000,
        (Xing, Headline) => 100,
        (Xing, Bio) => 3_000,
    }
}

/// The most bytes a draft may have. The longest text any platform takes is a Facebook
/// post of 63,206 UTF-16 units, at most three bytes of UTF-8 each: about 190 KB in any
/// script. A draft up to this size is still checked and told how far over the limit it
/// is; a larger file is no draft (a log, a dump, the wrong file) and is refused before
/// the check spends time and memory on it.
pub const MAX_DRAFT_BYTES: u64 = 256 * 1024;

/// Counts `text` as `platform` counts a text of `kind`.
pub fn count(platform: Platform, kind: TextKind, text: &str) -> Count {
    let text = prepare(text);
    let used = match platform {
        Platform::X => x_weighted(&text),
        Platform::Bluesky => bluesky_graphemes(&text),
        Platform::Mastodon => mastodon_graphemes(&text),
        Platform::Linkedin | Platform::Facebook | Platform::Xing => text.encode_utf16().count(),
    };
    Count {
        used,
        limit: limit(platform, kind),
    }
}

/// Line ends as a text field holds them, without the whitespace around the text.
fn prepare(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

/// X's weighted length: links 23, a whole emoji 2, other code points 1 or 2 by range.
fn x_weighted(text: &str) -> usize {
    let text: String = text.nfc().collect();
    let mut total = 0;
    let mut at = 0;
    for link in links::find(&text) {
        total += x_plain(&text[at..link.span.start]) + X_URL_WEIGHT;
        at = link.span.end;
    }
    total + x_plain(&text[at..])
}

/// The weighted length of text without links.
fn x_plain(text: &str) -> usize {
    text.graphemes(true)
        .map(|grapheme| {
            if is_emoji(grapheme) {
                2
            } else {
                grapheme.chars().map(x_code_point_weight).sum()
            }
        })
        .sum()
}

/// twitter-text's ranges of weight 1 (its config v3 lists them with weight 100 of a
/// scale of 100; everything else has the default weight 200).
fn x_code_point_weight(c: char) -> usize {
    match u32::from(c) {
        0x0000..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

/// Whether a grapheme cluster shows as an emoji: it holds a character that is an emoji
/// by default, a flag's regional indicators, a keycap, or an emoji variation selector
/// (U+FE0F). Digits, `#`, `©` and the like are emoji characters in Unicode's tables but
/// show as text unless a selector or keycap asks otherwise, so they alone do not count.
pub(crate) fn is_emoji(grapheme: &str) -> bool {
    grapheme.chars().any(|c| {
        matches!(
            c.emoji_status(),
            EmojiStatus::EmojiPresentation
                | EmojiStatus::EmojiPresentationAndModifierBase
                | EmojiStatus::EmojiPresentationAndEmojiComponent
                | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
        ) || matches!(c, '\u{1F1E6}'..='\u{1F1FF}' | '\u{FE0F}' | '\u{20E3}')
    })
}

fn bluesky_graphemes(text: &str) -> usize {
    let mut shortened = String::with_capacity(text.len());
    let mut at = 0;
    for link in links::find(text).into_iter().filter(|l| l.has_scheme) {
        shortened.push_str(&text[at..link.span.start]);
        shortened.push_str(&bluesky_short_url(&text[link.span.clone()]));
        at = link.span.end;
    }
    shortened.push_str(&text[at..]);
    shortened.graphemes(true).count()
}

/// The Bluesky app's display form of a link: the host, then the path, query and
/// fragment, cut to 13 characters and `...` when longer than 15.
fn bluesky_short_url(url: &str) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let split = without_scheme
        .find(['/', '?', '#'])
        .unwrap_or(without_scheme.len());
    let (authority, rest) = without_scheme.split_at(split);
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host)
        .to_lowercase();
    let path = if rest == "/" { "" } else { rest };
    if path.chars().count() > 15 {
        let cut: String = path.chars().take(13).collect();
        format!("{host}{cut}...")
    } else {
        format!("{host}{path}")
    }
}

fn mastodon_graphemes(text: &str) -> usize {
    let mut total = 0;
    let mut at = 0;
    for link in links::find(text).into_iter().filter(|l| l.has_scheme) {
        total += mastodon_plain(&text[at..link.span.start]) + MASTODON_URL_WEIGHT;
        at = link.span.end;
    }
    total + mastodon_plain(&text[at..])
}

/// Graphemes, with `@name@server` counted as `@name`: a remote mention costs what a
/// local one does.
fn mastodon_plain(text: &str) -> usize {
    let mut total = 0;
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let (before, from) = rest.split_at(at);
        total += before.graphemes(true).count();
        let boundary_before = before
            .chars()
            .next_back()
            .is_none_or(|c| !is_name_char(c) && c != '/');
        let name_len: usize = from[1..]
            .chars()
            .take_while(|c| is_name_char(*c))
            .map(char::len_utf8)
            .sum();
        let after_name = &from[1 + name_len..];
        let domain_len = after_name.strip_prefix('@').map_or(0, mention_domain_len);
        if boundary_before && name_len > 0 && domain_len > 0 {
            total += 1 + name_len; // `@name`, ASCII only: one grapheme a byte
            rest = &after_name[1 + domain_len..];
        } else {
            total += 1;
            rest = &from[1..];
        }
    }
    total + rest.graphemes(true).count()
}

/// The length of the server part of a remote mention: letters, digits, dots and dashes,
/// ending on a letter or digit (not on the sentence's full stop), holding a dot.
fn mention_domain_len(text: &str) -> usize {
    let len: usize = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .map(char::len_utf8)
        .sum();
    let domain = text[..len].trim_end_matches(['.', '-']);
    if domain.contains('.') { domain.len() } else { 0 }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use Platform::*;
    use TextKind::*;

    fn used(platform: Platform, text: &str) -> usize {
        count(platform, Comment, text).used
    }

    const FAMILY: &str = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"; // 👨‍👩‍👧‍👦
    const FLAG_NL: &str = "\u{1F1F3}\u{1F1F1}"; // 🇳🇱
    const THUMB_TONE: &str = "\u{1F44D}\u{1F3FD}"; // 👍🏽
    const KEYCAP_ONE: &str = "1\u{FE0F}\u{20E3}"; // 1️⃣
    const E_ACUTE_DECOMPOSED: &str = "e\u{0301}"; // é as e + combining acute

    #[test]
    fn the_draft_cap_fits_the_longest_text_of_every_platform_in_any_script() {
        for platform in Platform::ALL {
            for kind in [Comment, Post, Headline, Bio] {
                let bytes = 3 * limit(platform, kind) as u64;
                assert!(bytes < MAX_DRAFT_BYTES, "{platform} {kind:?}: {bytes}");
            }
        }
    }

    #[test]
    fn plain_latin_text_counts_one_per_character_everywhere() {
        for platform in Platform::ALL {
            assert_eq!(used(platform, "Thanks, Ada!"), 12, "{platform}");
        }
    }

    #[test]
    fn x_weighs_emoji_sequences_as_two_whatever_their_length() {
        assert_eq!(used(X, FAMILY), 2);
        assert_eq!(used(X, FLAG_NL), 2);
        assert_eq!(used(X, THUMB_TONE), 2);
        assert_eq!(used(X, KEYCAP_ONE), 2);
        assert_eq!(used(X, "\u{2764}\u{FE0F}"), 2, "red heart with selector");
        assert_eq!(used(X, "Top \u{1F389}"), 6);
        // © without a selector shows as text and weighs 1; ™ lies outside the light ranges.
        assert_eq!(used(X, "\u{00A9}"), 1);
        assert_eq!(used(X, "\u{2122}"), 2);
    }

    #[test]
    fn x_weighs_cjk_double_and_latin_with_accents_single() {
        assert_eq!(used(X, "你好世界"), 8);
        assert_eq!(used(X, "こんにちは"), 10);
        assert_eq!(used(X, "안녕"), 4);
        assert_eq!(used(X, "café Ελλάδα Привет"), 18);
        // NFC first: e + combining acute composes to é, one code point.
        assert_eq!(used(X, &format!("caf{E_ACUTE_DECOMPOSED}")), 4);
        // A mark with no precomposed form stays a second code point, weight 1.
        assert_eq!(used(X, "q\u{0303}"), 2);
        // Typographic quotes and dashes are in the light ranges.
        assert_eq!(used(X, "\u{201C}ok\u{201D} \u{2013} yes"), 10);
    }

    #[test]
    fn x_counts_every_link_as_23() {
        let long = "https://example.com/a/very/long/path/that/goes/on/and/on?with=query";
        assert_eq!(used(X, long), 23);
        assert_eq!(used(X, "http://a.co"), 23);
        assert_eq!(used(X, &format!("Read {long} now.")), 5 + 23 + 5);
        assert_eq!(used(X, "see drempel.nl/start"), 4 + 23);
        assert_eq!(used(X, "mail ada@example.com"), 20, "an address is not a link");
    }

    #[test]
    fn x_limits_280_and_the_bio_160() {
        let text = "a".repeat(280);
        assert!(!count(X, Post, &text).over());
        assert!(count(X, Post, &format!("{text}b")).over());
        assert_eq!(count(X, Bio, "hi").limit, 160);
        let cjk = "字".repeat(141);
        assert_eq!(count(X, Comment, &cjk).used, 282);
        assert!(count(X, Comment, &cjk).over(), "141 CJK characters exceed 280");
    }

    #[test]
    fn bluesky_counts_graphemes() {
        assert_eq!(used(Bluesky, FAMILY), 1);
        assert_eq!(used(Bluesky, FLAG_NL), 1);
        assert_eq!(used(Bluesky, THUMB_TONE), 1);
        assert_eq!(used(Bluesky, KEYCAP_ONE), 1);
        assert_eq!(used(Bluesky, E_ACUTE_DECOMPOSED), 1);
        assert_eq!(used(Bluesky, "你好"), 2);
        assert_eq!(count(Bluesky, Post, "x").limit, 300);
        assert_eq!(count(Bluesky, Bio, "x").limit, 256);
    }

    #[test]
    fn bluesky_counts_links_as_the_app_shortens_them() {
        // host + 13 characters of the path + "..."
        assert_eq!(
            used(Bluesky, "https://www.example.com/articles/2024/how-to-comment"),
            "www.example.com/articles/202...".len()
        );
        assert_eq!(used(Bluesky, "https://example.com/"), "example.com".len());
        assert_eq!(
            used(Bluesky, "https://example.com/short"),
            "example.com/short".len()
        );
        // Bare domains stay as typed.
        assert_eq!(used(Bluesky, "example.com/articles/2024/how"), 29);
    }

    #[test]
    fn mastodon_counts_links_as_23_and_remote_mentions_by_name() {
        let long = "https://example.com/a/very/long/path/that/goes/on/and/on";
        assert_eq!(used(Mastodon, &format!("{long} !")), 25);
        assert_eq!(used(Mastodon, "drempel.nl"), 10, "no scheme, no link on Mastodon");
        assert_eq!(
            used(Mastodon, "thanks @ada@mastodon.social."),
            "thanks @ada.".len()
        );
        assert_eq!(used(Mastodon, "hi @ada"), 7);
        assert_eq!(used(Mastodon, "ada@example.com"), 15, "an address is no mention");
        assert_eq!(used(Mastodon, FAMILY), 1);
        assert_eq!(count(Mastodon, Bio, "x").limit, 500);
    }

    #[test]
    fn linkedin_facebook_and_xing_count_utf16_units() {
        for platform in [Linkedin, Facebook, Xing] {
            assert_eq!(
                used(platform, "\u{1F389}"),
                2,
                "{platform}: an emoji is two units"
            );
            assert_eq!(used(platform, FAMILY), 11, "{platform}");
            assert_eq!(used(platform, FLAG_NL), 4);
            assert_eq!(used(platform, "你好"), 2);
            assert_eq!(used(platform, E_ACUTE_DECOMPOSED), 2, "not normalised");
            assert_eq!(used(platform, "https://example.com/x"), 21, "links as typed");
        }
    }

    /// שָׁלוֹם, "shalom" with its vowel points: 4 letters and 3 points.
    const SHALOM_POINTED: &str = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}";
    const SHALOM: &str = "\u{5e9}\u{5dc}\u{5d5}\u{5dd}";

    #[test]
    fn x_weighs_hebrew_letters_points_and_marks_one_each() {
        assert_eq!(used(X, SHALOM), 4);
        assert_eq!(
            used(X, SHALOM_POINTED),
            7,
            "each point is a code point of weight 1"
        );
        // Cantillation, geresh and gershayim are in the Hebrew block too.
        assert_eq!(used(X, "\u{5d1}\u{591}"), 2);
        assert_eq!(used(X, "צה\u{5f4}ל ג\u{5f3}"), 7);
        // A presentation form decomposes under NFC: shin with shin dot is 1 + 1.
        assert_eq!(used(X, "\u{fb2a}"), 2);
        // The direction marks: ALM is light, LRM and RLM are not.
        assert_eq!(used(X, "\u{61c}"), 1);
        assert_eq!(used(X, "\u{200e}\u{200f}"), 4);
        let letters = "\u{5d0}".repeat(280);
        assert!(!count(X, Post, &letters).over(), "280 Hebrew letters fit");
        assert!(
            count(X, Post, &format!("{letters}\u{5b8}")).over(),
            "one point more does not"
        );
    }

    #[test]
    fn hebrew_mixed_with_emoji_links_and_digits_counts_per_platform() {
        let draft = format!("{SHALOM_POINTED} \u{1F389} 2025 https://example.co.il/a/long/path/here");
        // X: 7 + space + emoji 2 + space + 4 digits + space + link 23.
        assert_eq!(used(X, &draft), 7 + 1 + 2 + 1 + 4 + 1 + 23);
        // Bluesky: the pointed word is 4 graphemes; the link shortened to host + 13 + "...".
        let short = "example.co.il/a/long/path/...";
        assert_eq!(
            used(Bluesky, &draft),
            4 + 1 + 1 + 1 + 4 + 1 + short.chars().count()
        );
        // Mastodon: graphemes, the link as 23.
        assert_eq!(used(Mastodon, &draft), 4 + 1 + 1 + 1 + 4 + 1 + 23);
        // LinkedIn, Facebook, XING: UTF-16 units, points included, the emoji as 2.
        let link = "https://example.co.il/a/long/path/here".len();
        for platform in [Linkedin, Facebook, Xing] {
            assert_eq!(used(platform, &draft), 7 + 1 + 2 + 1 + 4 + 1 + link, "{platform}");
        }
    }

    #[test]
    fn a_hebrew_letter_with_its_points_is_one_grapheme() {
        for platform in [Bluesky, Mastodon] {
            assert_eq!(used(platform, SHALOM_POINTED), 4, "{platform}");
            assert_eq!(used(platform, SHALOM), 4, "{platform}");
            assert_eq!(
                used(platform, "\u{5d1}\u{5bc}\u{5b0}\u{591}"),
                1,
                "bet, dagesh, sheva, etnahta"
            );
        }
        // Pointed or not, LinkedIn counts the points as characters.
        assert_eq!(used(Linkedin, SHALOM_POINTED), 7);
    }

    #[test]
    fn limits_per_platform_and_kind() {
        let table = [
            (Linkedin, Comment, 1_250),
            (Linkedin, Post, 3_000),
            (Linkedin, Headline, 220),
            (Linkedin, Bio, 2_600),
            (Facebook, Comment, 8_000),
            (Facebook, Post, 63_206),
            (Facebook, Bio, 101),
            (Xing, Post, 3_000),
            (Xing, Comment, 1_000),
            (Xing, Headline, 100),
            (Mastodon, Post, 500),
            (X, Comment, 280),
        ];
        for (platform, kind, expected) in table {
            assert_eq!(limit(platform, kind), expected, "{platform} {kind:?}");
        }
    }

    #[test]
    fn surrounding_whitespace_and_carriage_returns_do_not_count() {
        assert_eq!(used(Linkedin, "  Hello\r\nthere\n\n"), 11);
        let count = count(Linkedin, Comment, &"a".repeat(1_251));
        assert!(count.over());
        assert_eq!(count.left(), -1);
    }
}
