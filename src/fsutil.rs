//! Private files and folders, written so that a crash never leaves half a file.

use std::ffi::OsStr;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};

/// Creates `dir` and its missing parents, readable by the owner only: the journal holds
/// personal notes and drafts.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(Error::io("create", dir))
}

/// Open options that create files readable and writable by the owner only.
pub fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Makes a new directory entry durable.
pub fn sync_dir(dir: &Path) -> Result<()> {
    sync_dir_io(dir).map_err(Error::io("write", dir))
}

/// Replaces `path` with `bytes` atomically: a temp file in the same folder, fsynced,
/// then renamed over the old one. Readers see the old or the new file, never a mix.
/// Errors name `path`, the file the person knows, never the temp file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = parent_dir(path);
    create_private_dir(dir)?;
    replace(path, bytes, true).map_err(Error::io("write", path))
}

/// The folder `path` is in; a bare file name is in the current folder.
pub fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The steps of [`write_atomic`] once the folder exists, with the system's error. Temp
/// files a crash left in the folder are removed first (see [`remove_stale_temps`]).
/// Without `clobber`, an existing `path` stays as it is (`AlreadyExists`), checked in
/// the same step as the rename.
pub(crate) fn replace(path: &Path, bytes: &[u8], clobber: bool) -> io::Result<()> {
    let dir = parent_dir(path);
    remove_stale_temps(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .rand_bytes(TEMP_RANDOM)
        .tempfile_in(dir)?;
    // Held until the rename: another drempel sweeping this folder sees the file is busy.
    // A file system without locks still gets its file: the age rule protects it then.
    let _ = temp.as_file().try_lock();
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if clobber {
        temp.persist(path).map_err(|e| e.error)?;
    } else {
        temp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    sync_dir_io(dir)
}

fn sync_dir_io(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Temp files are `.drempel-` and six letters or digits, beside the file they replace.
const TEMP_PREFIX: &str = ".drempel-";
const TEMP_RANDOM: usize = 6;

/// A temp file younger than this may be one a writer just created and has not locked yet.
const TEMP_GRACE: Duration = Duration::from_secs(60);

/// Whether `name` is a temp file of [`write_atomic`]; nothing else is ever removed.
fn is_temp_name(name: &OsStr) -> bool {
    name.to_str()
        .and_then(|n| n.strip_prefix(TEMP_PREFIX))
        .is_some_and(|rest| rest.len() == TEMP_RANDOM && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes the temp files an interrupted [`write_atomic`] left in `dir`: regular files
/// named like its temp files, older than a minute, that no running drempel holds locked
/// (a writer locks its temp file until the rename). Returns how many went. Best effort:
/// a file that cannot be removed stays, and nothing is reported.
///
/// Called before every atomic write (so the folder of an `--out` file is swept when the
/// next file is written there) and at the start of every command for the learner's
/// folder.
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        // The entry's own type: a symlink is never followed, so never removed.
        if !is_temp_name(&entry.file_name()) || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let Ok(file) = open_no_follow(&path) else {
            continue;
        };
        let stale = file.metadata().is_ok_and(|m| {
            m.is_file()
                && m.modified()
                    .is_ok_and(|at| now.duration_since(at).is_ok_and(|age| age >= TEMP_GRACE))
        });
        if stale && file.try_lock().is_ok() && fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Opens `path` for reading, refusing a symbolic link and never waiting on a pipe.
fn open_no_follow(path: &Path) -> io::Result<fs::File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(path: &Path, seconds: u64) {
        let file = OpenOptions::new().write(true).open(path).unwrap();
        file.set_modified(SystemTime::now() - Duration::from_secs(seconds))
            .unwrap();
    }

    #[test]
    fn only_old_unlocked_temp_files_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".drempel-a1B2c3");
        let fresh = dir.path().join(".drempel-x9Y8z7");
        let busy = dir.path().join(".drempel-bUsY42");
        let other = dir.path().join(".drempel-settings");
        let mine = dir.path().join("drempel-abcdef");
        for path in [&old, &fresh, &busy, &other, &mine] {
            fs::write(path, "x").unwrap();
        }
        for path in [&old, &busy, &other, &mine] {
            age(path, 3600);
        }
        let holder = fs::File::open(&busy).unwrap();
        holder.lock().unwrap();
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert!(!old.exists());
        for path in [&fresh, &busy, &other, &mine] {
            assert!(path.exists(), "{}", path.display());
        }
        drop(holder);
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert!(!busy.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_named_like_a_temp_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("precious");
        fs::write(&target, "keep").unwrap();
        age(&target, 3600);
        let link = dir.path().join(".drempel-LiNk00");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(remove_stale_temps(dir.path()), 0);
        assert!(fs::symlink_metadata(&link).is_ok() && target.exists());
    }

    #[test]
    fn writing_sweeps_the_folder_it_writes_in() {
        let dir = tempfile::tempdir().unwrap();
        let left = dir.path().join(".drempel-0ld0ne");
        fs::write(&left, "half a file").unwrap();
        age(&left, 3600);
        write_atomic(&dir.path().join("cache.json"), b"{}").unwrap();
        assert!(!left.exists());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["cache.json"]);
    }
}
