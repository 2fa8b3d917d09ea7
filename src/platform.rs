//! The social platforms drempel coaches for.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    Linkedin,
    X,
    Facebook,
    Xing,
    Mastodon,
    Bluesky,
}

impl Platform {
    pub const ALL: [Platform; 6] = [
        Platform::Linkedin,
        Platform::X,
        Platform::Facebook,
        Platform::Xing,
        Platform::Mastodon,
        Platform::Bluesky,
    ];

    /// The stable id used on the command line, in the journal and in lessons.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Linkedin => "linkedin",
            Platform::X => "x",
            Platform::Facebook => "facebook",
            Platform::Xing => "xing",
            Platform::Mastodon => "mastodon",
            Platform::Bluesky => "bluesky",
        }
    }

    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Linkedin => "LinkedIn",
            Platform::X => "X",
            Platform::Facebook => "Facebook",
            Platform::Xing => "XING",
            Platform::Mastodon => "Mastodon",
            Platform::Bluesky => "Bluesky",
        }
    }

    pub fn parse(text: &str) -> Option<Platform> {
        let text = text.trim();
        Platform::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(text) || p.name().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
