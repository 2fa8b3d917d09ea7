//! Credentials in feed addresses (`https://user:secret@host/feed`).
//!
//! A password must never be printed, written to the journal, a cache, the inbox, a
//! report, an export or an OPML file. So an address is split as soon as it comes in:
//! the address without credentials is what drempel stores and shows, and the
//! credentials are kept once, in `credentials.json` in the learner's folder (owner-only,
//! like every file there), keyed by that address. The fetcher puts them back on the
//! request, and only on requests to the same site.
//!
//! [`redact_address`] is the one way an address is shown: `https://user:***@host/feed`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use crate::error::{Error, Result};

pub const FILE_NAME: &str = "credentials.json";
const VERSION: u32 = 1;

/// What stands for a password (or a lone user name, which may be a token) on screen.
const HIDDEN: &str = "***";

/// A user name and password from an address, percent-encoded as they were in it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// Never shows the secret, not even in a debug print or a panic message.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| HIDDEN))
            .finish()
    }
}

impl Credentials {
    /// `url` with these credentials in it, for the request only.
    pub fn apply(&self, url: &Url) -> Url {
        let mut with = url.clone();
        // Fails only for addresses that cannot have credentials (no host), which are
        // never fetched.
        let _ = with.set_username(&self.username);
        let _ = with.set_password(self.password.as_deref());
        with
    }
}

/// `url` without credentials, and the credentials it had.
pub fn split(url: &Url) -> (Url, Option<Credentials>) {
    if url.username().is_empty() && url.password().is_none() {
        return (url.clone(), None);
    }
    let credentials = Credentials {
        username: url.username().to_owned(),
        password: url.password().map(str::to_owned),
    };
    let mut bare = url.clone();
    let _ = bare.set_username("");
    let _ = bare.set_password(None);
    (bare, Some(credentials))
}

/// An address as it may be stored or shown, credentials removed. Text that is no
/// address is redacted instead, so nothing secret comes through either way.
pub fn strip_address(address: &str) -> String {
    match Url::parse(address.trim()) {
        Ok(url) if url.has_host() => split(&url).0.to_string(),
        _ => redact_address(address),
    }
}

/// Whether `address` carries a user name or password.
pub fn has_credentials(address: &str) -> bool {
    redact_address(address) != address
}

/// The address for display: `https://user:***@host/feed`; a lone user name (often a
/// token) becomes `***`. Works on text, so it also covers addresses that do not
/// parse; everything else in the text stays as it was. Used wherever an address is
/// shown.
pub fn redact_address(address: &str) -> String {
    // The user information sits between the scheme's `//` (or, for text like
    // `user:secret@host`, the start) and the last `@` before the path.
    let (head, rest) = match address.find("://") {
        Some(at) => address.split_at(at + 3),
        None => ("", address),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return address.to_owned();
    };
    let userinfo = &rest[..at];
    if head.is_empty() && !userinfo.contains(':') {
        // `name@example.org` without a scheme is more likely an e-mail address.
        return address.to_owned();
    }
    let shown = match userinfo.split_once(':') {
        Some((user, _)) if !user.is_empty() => format!("{user}:{HIDDEN}"),
        _ => HIDDEN.to_owned(),
    };
    format!("{head}{shown}{}", &rest[at..])
}

/// Whether a request that carries credentials to `from` may carry them on to `to`:
/// the same host and port, or the same host moving up to https.
pub fn may_follow(from: &Url, to: &Url) -> bool {
    if from.host_str() != to.host_str() {
        return false;
    }
    if from.scheme() == to.scheme() {
        return from.port_or_known_default() == to.port_or_known_default();
    }
    from.scheme() == "http" && to.scheme() == "https" && to.port().is_none()
}

/// The credentials of the learner's feeds, by address without credentials.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CredentialStore {
    version: u32,
    feeds: BTreeMap<String, Credentials>,
    #[serde(skip)]
    changed: bool,
}

impl CredentialStore {
    pub fn path(learner_dir: &Path) -> PathBuf {
        learner_dir.join(FILE_NAME)
    }

    /// Reads the store in `learner_dir`; missing means empty, damaged is an error that
    /// names the file (exit 3) and leaves it as it is.
    pub fn load(learner_dir: &Path) -> Result<CredentialStore> {
        let path = CredentialStore::path(learner_dir);
        match super::cache::read_json::<CredentialStore>(&path)? {
            Some(store) if store.version > VERSION => Err(Error::CacheCorrupt {
                path,
                reason: format!("version {} is newer than this drempel", store.version),
            }),
            Some(store) => Ok(store),
            None => Ok(CredentialStore::default()),
        }
    }

    /// Writes the store if anything changed: owner-only, atomically. An empty store
    /// removes the file.
    pub fn save(&mut self, learner_dir: &Path) -> Result<()> {
        if !self.changed {
            return Ok(());
        }
        let path = CredentialStore::path(learner_dir);
        if self.feeds.is_empty() {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(Error::io("write", &path)(err)),
            }
        } else {
            self.version = VERSION;
            let json = serde_json::to_vec_pretty(&self).expect("credentials serialise");
            crate::fsutil::write_atomic(&path, &json)?;
        }
        self.changed = false;
        Ok(())
    }

    pub fn get(&self, address: &str) -> Option<&Credentials> {
        self.feeds.get(address)
    }

    pub fn set(&mut self, address: &str, credentials: Credentials) {
        if self.feeds.get(address) != Some(&credentials) {
            self.feeds.insert(address.to_owned(), credentials);
            self.changed = true;
        }
    }

    pub fn remove(&mut self, address: &str) {
        if self.feeds.remove(address).is_some() {
            self.changed = true;
        }
    }

    /// Drops the credentials of feeds no longer watched.
    pub fn retain_only<'a>(&mut self, watched: impl IntoIterator<Item = &'a str>) {
        let watched: std::collections::HashSet<&str> = watched.into_iter().collect();
        let before = self.feeds.len();
        self.feeds.retain(|address, _| watched.contains(address.as_str()));
        self.changed |= self.feeds.len() != before;
    }

    pub fn is_empty(&self) -> bool {
        self.feeds.is_empty()
    }
}

/// Splits an address that came in (typed, imported, redirected to) and keeps its
/// credentials in `store` under the address without them, which it returns: the one
/// to store in the journal and show.
pub fn keep(store: &mut CredentialStore, url: &Url) -> Url {
    let (bare, credentials) = split(url);
    if let Some(credentials) = credentials {
        store.set(bare.as_str(), credentials);
    }
    bare
}

/// Keeps `credentials` for `address` (without credentials) in the learner's store;
/// nothing is written when there are none.
pub fn remember(learner_dir: &Path, address: &Url, credentials: Option<&Credentials>) -> Result<()> {
    let Some(credentials) = credentials else {
        return Ok(());
    };
    let mut store = CredentialStore::load(learner_dir)?;
    store.set(address.as_str(), credentials.clone());
    store.save(learner_dir)
}

/// Splits an address that is about to be watched (typed in the wizard, say), keeps
/// its credentials in the learner's store and returns it without them.
pub fn keep_in(learner_dir: &Path, url: &Url) -> Result<Url> {
    let (bare, credentials) = split(url);
    remember(learner_dir, &bare, credentials.as_ref())?;
    Ok(bare)
}

/// Forgets the credentials of a feed no longer watched.
pub fn forget(learner_dir: &Path, address: &str) -> Result<()> {
    if !CredentialStore::path(learner_dir).exists() {
        return Ok(());
    }
    let mut store = CredentialStore::load(learner_dir)?;
    store.remove(address);
    store.save(learner_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_shown_without_their_password() {
        assert_eq!(
            redact_address("https://anna:s3cret@feeds.example/rss?x=1"),
            "https://anna:***@feeds.example/rss?x=1"
        );
        assert_eq!(
            redact_address("https://ghp_token123@feeds.example/rss"),
            "https://***@feeds.example/rss"
        );
        assert_eq!(redact_address("https://:pw@h.example/"), "https://***@h.example/");
        // The last @ before the path ends the user information; one after it is path.
        assert_eq!(
            redact_address("https://a:b@c@h.example/p@q"),
            "https://a:***@h.example/p@q"
        );
        assert_eq!(redact_address("anna:s3cret@host/feed"), "anna:***@host/feed");
        assert_eq!(redact_address("https://h.example/a@b"), "https://h.example/a@b");
        assert_eq!(redact_address("anna@example.org"), "anna@example.org");
        assert_eq!(redact_address("not an address"), "not an address");
        assert!(has_credentials("http://u:p@h.example/"));
        assert!(!has_credentials("http://h.example/"));
    }

    #[test]
    fn splitting_keeps_the_address_and_the_credentials_apart() {
        let url = Url::parse("https://anna:s%40cret@feeds.example:8443/rss").unwrap();
        let (bare, credentials) = split(&url);
        assert_eq!(bare.as_str(), "https://feeds.example:8443/rss");
        let credentials = credentials.unwrap();
        assert_eq!(credentials.username, "anna");
        assert_eq!(credentials.password.as_deref(), Some("s%40cret"));
        assert_eq!(credentials.apply(&bare), url, "put back exactly");
        assert!(!format!("{credentials:?}").contains("cret"));
        assert_eq!(strip_address(url.as_str()), "https://feeds.example:8443/rss");
    }

    #[test]
    fn credentials_follow_only_within_the_same_site() {
        let from = Url::parse("http://h.example/a").unwrap();
        assert!(may_follow(&from, &Url::parse("http://h.example/b").unwrap()));
        assert!(may_follow(&from, &Url::parse("https://h.example/b").unwrap()));
        assert!(!may_follow(&from, &Url::parse("http://other.example/b").unwrap()));
        assert!(!may_follow(
            &from,
            &Url::parse("http://h.example:8080/b").unwrap()
        ));
        let secure = Url::parse("https://h.example/a").unwrap();
        assert!(!may_follow(&secure, &Url::parse("http://h.example/a").unwrap()));
    }

    #[test]
    fn the_store_is_owner_only_and_keyed_without_credentials() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = CredentialStore::default();
        let bare = keep(&mut store, &Url::parse("https://u:pw@h.example/feed").unwrap());
        assert_eq!(bare.as_str(), "https://h.example/feed");
        store.save(dir.path()).unwrap();
        let path = CredentialStore::path(dir.path());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let back = CredentialStore::load(dir.path()).unwrap();
        assert_eq!(
            back.get("https://h.example/feed").unwrap().password.as_deref(),
            Some("pw")
        );
        let mut back = back;
        back.remove("https://h.example/feed");
        back.save(dir.path()).unwrap();
        assert!(!path.exists(), "an empty store leaves no file");
    }
}
