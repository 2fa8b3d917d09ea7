//! Where drempel keeps its data: a home folder with one folder per learner.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::t;

/// The data home: `--home DIR`, else `$DREMPEL_HOME` (both read by clap), else the
/// platform's data folder.
#[derive(Clone, Debug)]
pub struct Home {
    root: PathBuf,
}

impl Home {
    pub fn resolve(explicit: Option<PathBuf>) -> Result<Home> {
        let root = match explicit {
            Some(dir) => dir,
            None => directories::ProjectDirs::from("", "", "drempel")
                .ok_or(Error::NoHome)?
                .data_dir()
                .to_owned(),
        };
        Ok(Home { root })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn learner_dir(&self, learner: &LearnerName) -> PathBuf {
        self.root.join("learners").join(learner.as_str())
    }
}

/// A learner's name as a folder name: letters, digits, `.`, `_` and `-`, so that no
/// name can reach outside the home folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerName(String);

impl LearnerName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for LearnerName {
    fn default() -> LearnerName {
        LearnerName("me".into())
    }
}

impl FromStr for LearnerName {
    type Err = String;

    fn from_str(text: &str) -> Result<LearnerName, String> {
        let valid = (1..=64).contains(&text.len())
            && !text.starts_with('.')
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if valid {
            Ok(LearnerName(text.to_owned()))
        } else {
            Err(t!("error-bad-learner"))
        }
    }
}

impl fmt::Display for LearnerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learner_names_cannot_escape_the_home() {
        for bad in ["", "../x", "a/b", ".hidden", "a b", "naïve"] {
            assert!(bad.parse::<LearnerName>().is_err(), "{bad:?}");
        }
        assert_eq!("ada-2".parse::<LearnerName>().unwrap().as_str(), "ada-2");
    }
}
