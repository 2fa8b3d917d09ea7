//! Which terminal drempel runs in, as far as its environment tells, and whether that
//! terminal is known to lay out right-to-left text in reading order. drempel prints
//! Hebrew in logical order with its left-to-right pieces isolated; a terminal that runs
//! the Unicode bidirectional algorithm shows it right, one that does not shows every
//! Hebrew word backwards, and then the learner is better served by another terminal or
//! the HTML report. `doctor` says which it is.
//!
//! What each terminal does, and where that is known from:
//! - VTE (GNOME Terminal, Xfce Terminal, Tilix, Terminator…) lays out bidi text since
//!   0.57.3, the release that brought it (announced with GNOME Terminal 3.33.3, July
//!   2019; first stable in 0.58). VTE tells its version in `VTE_VERSION` (5703 for
//!   0.57.3).
//! - Konsole, mlterm and macOS's Terminal.app run the algorithm on each line (the
//!   terminal working group's survey of prior work tested them). Konsole 22.12, seen
//!   under Xvfb, puts Hebrew words in reading order but lays every line out left to
//!   right and ignores isolates: a closing bracket at a line's end turns around and a
//!   numbered row's columns come apart. Konsole sets
//!   `KONSOLE_VERSION`, mlterm `MLTERM`, Terminal.app `TERM_PROGRAM=Apple_Terminal`;
//!   mintty (`TERM_PROGRAM=mintty`) documents an implicit bidi mode.
//! - iTerm2 reorders only with its experimental "Bidi" setting (since 3.5.11; off by
//!   default in releases), WezTerm only with `bidi_enabled` in its configuration.
//! - Windows Terminal (`WT_SESSION`), kitty, Alacritty and xterm draw cells strictly
//!   left to right: their bidi requests are open (Windows Terminal #538, kitty #2109,
//!   Alacritty #663), and xterm never implemented it.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::lang::Direction;

/// Whether a terminal shows right-to-left text in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bidi {
    /// It runs the bidirectional algorithm on what it shows.
    Reorders,
    /// It does when a setting (named) is on; off by default.
    WhenEnabled(&'static str),
    /// It puts words in reading order, but not drempel's brackets, numbers and columns:
    /// it lays every line out left to right and does not honour isolates.
    Partly,
    /// It shows every character left to right.
    DoesNot,
    /// A terminal that reorders in later versions; this one is older.
    TooOld,
}

/// A terminal recognised from the environment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terminal {
    pub name: &'static str,
    pub version: Option<String>,
    pub bidi: Bidi,
}

/// VTE's `VTE_VERSION` of 0.57.3, the first release that lays out bidi text.
const VTE_FIRST_BIDI: u32 = 5703;

/// The terminal the environment names (`var` reads a variable), or `None` when it
/// names none drempel knows.
pub fn detect(var: impl Fn(&str) -> Option<String>) -> Option<Terminal> {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let terminal = |name, version: Option<String>, bidi| Terminal { name, version, bidi };
    // The most specific variables first: a VTE or Konsole window may carry a
    // TERM_PROGRAM inherited from elsewhere, but never the other's variable.
    if let Some(version) = set("VTE_VERSION") {
        let number = version.trim().parse::<u32>().ok();
        let bidi = match number {
            Some(n) if n < VTE_FIRST_BIDI => Bidi::TooOld,
            _ => Bidi::Reorders,
        };
        // 7006 is 0.70.6.
        let shown = number.map_or(version, |n| {
            format!("{}.{}.{}", n / 10_000, n / 100 % 100, n % 100)
        });
        return Some(terminal("VTE", Some(shown), bidi));
    }
    if let Some(version) = set("KONSOLE_VERSION") {
        return Some(terminal("Konsole", Some(version), Bidi::Partly));
    }
    if set("KONSOLE_DBUS_SESSION").is_some() {
        return Some(terminal("Konsole", None, Bidi::Partly));
    }
    if let Some(version) = set("MLTERM") {
        return Some(terminal("mlterm", Some(version), Bidi::Reorders));
    }
    if set("WT_SESSION").is_some() {
        return Some(terminal("Windows Terminal", None, Bidi::DoesNot));
    }
    let program_version = set("TERM_PROGRAM_VERSION");
    match set("TERM_PROGRAM").as_deref().map(str::trim) {
        Some("Apple_Terminal") => return Some(terminal("Terminal.app", program_version, Bidi::Reorders)),
        Some("iTerm.app") => {
            return Some(terminal(
                "iTerm2",
                program_version,
                Bidi::WhenEnabled("Settings › General › Experimental › Bidi"),
            ));
        }
        Some("WezTerm") => {
            return Some(terminal(
                "WezTerm",
                program_version,
                Bidi::WhenEnabled("bidi_enabled"),
            ));
        }
        Some("mintty") => return Some(terminal("mintty", program_version, Bidi::Reorders)),
        _ => {}
    }
    let term = set("TERM").unwrap_or_default();
    if set("KITTY_WINDOW_ID").is_some() || term == "xterm-kitty" {
        return Some(terminal("kitty", None, Bidi::DoesNot));
    }
    if set("ALACRITTY_WINDOW_ID").is_some() || set("ALACRITTY_SOCKET").is_some() || term == "alacritty" {
        return Some(terminal("Alacritty", None, Bidi::DoesNot));
    }
    if let Some(version) = set("XTERM_VERSION") {
        return Some(terminal("xterm", Some(version), Bidi::DoesNot));
    }
    None
}

/// VTE's private mode for "paragraph direction by its first letter" (DECSET 2501, from
/// the terminal working group's bidi proposal, which VTE implements since 0.57.3). By
/// default VTE lays every line out left to right: a Hebrew line then sits at the left,
/// a closing bracket at its end turns around and a number that starts it shows on the
/// wrong side. In this mode a line whose first letter is Hebrew is laid out right to
/// left and aligned right, as the bidi algorithm means it to be.
const AUTO_DIRECTION_ON: &str = "\x1b[?2501h";
const AUTO_DIRECTION_OFF: &str = "\x1b[?2501l";

/// Whether drempel switched the terminal's paragraph direction on, so that it switches
/// it off again before it exits. The terminal is one for the whole process.
static AUTO_DIRECTION: AtomicBool = AtomicBool::new(false);

/// Whether a terminal should be asked to lay out paragraphs by their first letter: only
/// VTE, which is known to understand the request, and only for a right-to-left language
/// (every other line keeps the terminal's own layout).
pub fn wants_auto_direction(terminal: Option<&Terminal>, direction: Direction) -> bool {
    direction == Direction::RightToLeft
        && terminal.is_some_and(|t| t.name == "VTE" && t.bidi == Bidi::Reorders)
}

/// Follows the run's language: switches VTE's paragraph direction by first letter on for
/// a right-to-left language and off again for a left-to-right one (the welcome step can
/// change the language halfway). Written to whichever of stderr and stdout is a
/// terminal; nothing is written to a pipe or a file.
pub fn follow_direction(direction: Direction) {
    let terminal = detect(|name| std::env::var(name).ok());
    let wanted = wants_auto_direction(terminal.as_ref(), direction);
    if AUTO_DIRECTION.swap(wanted, Ordering::SeqCst) != wanted {
        write_to_terminal(if wanted {
            AUTO_DIRECTION_ON
        } else {
            AUTO_DIRECTION_OFF
        });
    }
}

/// Gives the terminal its own layout back, if drempel changed it: called once before the
/// process exits, also after an error or an interrupted prompt.
pub fn restore_direction() {
    if AUTO_DIRECTION.swap(false, Ordering::SeqCst) {
        write_to_terminal(AUTO_DIRECTION_OFF);
    }
}

fn write_to_terminal(sequence: &str) {
    // Nowhere to report a failure: the terminal is gone, or this is a best effort.
    if io::stderr().is_terminal() {
        let _ = io::stderr().write_all(sequence.as_bytes());
        let _ = io::stderr().flush();
    } else if io::stdout().is_terminal() {
        let _ = io::stdout().write_all(sequence.as_bytes());
        let _ = io::stdout().flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tests::env;

    fn bidi(pairs: &[(&str, &str)]) -> Option<Bidi> {
        detect(env(pairs)).map(|t| t.bidi)
    }

    #[test]
    fn vte_reorders_from_0_57_3_on() {
        let gnome = detect(env(&[("VTE_VERSION", "7006"), ("TERM", "xterm-256color")])).unwrap();
        assert_eq!(gnome.name, "VTE");
        assert_eq!(gnome.version.as_deref(), Some("0.70.6"));
        assert_eq!(gnome.bidi, Bidi::Reorders);
        assert_eq!(bidi(&[("VTE_VERSION", "5703")]), Some(Bidi::Reorders));
        assert_eq!(bidi(&[("VTE_VERSION", "5603")]), Some(Bidi::TooOld));
        assert_eq!(
            bidi(&[("VTE_VERSION", "new")]),
            Some(Bidi::Reorders),
            "unparsable: assume recent"
        );
    }

    #[test]
    fn konsole_only_partly_mlterm_and_terminal_app_reorder() {
        assert_eq!(bidi(&[("KONSOLE_VERSION", "230804")]), Some(Bidi::Partly));
        assert_eq!(
            bidi(&[("KONSOLE_DBUS_SESSION", "/Sessions/1")]),
            Some(Bidi::Partly)
        );
        assert_eq!(bidi(&[("MLTERM", "3.9.3")]), Some(Bidi::Reorders));
        assert_eq!(bidi(&[("TERM_PROGRAM", "Apple_Terminal")]), Some(Bidi::Reorders));
    }

    #[test]
    fn iterm2_and_wezterm_need_a_setting() {
        assert!(matches!(
            bidi(&[("TERM_PROGRAM", "iTerm.app"), ("TERM_PROGRAM_VERSION", "3.5.14")]),
            Some(Bidi::WhenEnabled(_))
        ));
        assert!(matches!(
            bidi(&[("TERM_PROGRAM", "WezTerm")]),
            Some(Bidi::WhenEnabled(_))
        ));
    }

    #[test]
    fn windows_terminal_kitty_alacritty_and_xterm_do_not() {
        assert_eq!(bidi(&[("WT_SESSION", "b0c5…")]), Some(Bidi::DoesNot));
        assert_eq!(bidi(&[("TERM", "xterm-kitty")]), Some(Bidi::DoesNot));
        assert_eq!(bidi(&[("KITTY_WINDOW_ID", "1")]), Some(Bidi::DoesNot));
        assert_eq!(bidi(&[("TERM", "alacritty")]), Some(Bidi::DoesNot));
        assert_eq!(bidi(&[("XTERM_VERSION", "XTerm(379)")]), Some(Bidi::DoesNot));
    }

    #[test]
    fn an_unknown_or_empty_environment_names_no_terminal() {
        assert_eq!(detect(env(&[])), None);
        assert_eq!(
            detect(env(&[("TERM", "xterm-256color"), ("VTE_VERSION", "")])),
            None
        );
        assert_eq!(detect(env(&[("TERM_PROGRAM", "vscode")])), None);
    }

    #[test]
    fn only_vte_is_asked_to_lay_out_right_to_left_lines() {
        let vte = detect(env(&[("VTE_VERSION", "7006")]));
        let old_vte = detect(env(&[("VTE_VERSION", "5603")]));
        let konsole = detect(env(&[("KONSOLE_VERSION", "230804")]));
        assert!(wants_auto_direction(vte.as_ref(), Direction::RightToLeft));
        assert!(!wants_auto_direction(vte.as_ref(), Direction::LeftToRight));
        assert!(!wants_auto_direction(old_vte.as_ref(), Direction::RightToLeft));
        assert!(!wants_auto_direction(konsole.as_ref(), Direction::RightToLeft));
        assert!(!wants_auto_direction(None, Direction::RightToLeft));
    }
}
