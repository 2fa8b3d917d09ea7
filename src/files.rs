//! Files the person names on the command line: read with a cap on the bytes actually
//! read, and written (`--out`) only as ordinary files.
//!
//! Reading: a folder, pipe, device or socket where a file is expected is refused before
//! it is opened (a FIFO would wait for a writer forever, `/dev/zero` never ends). The
//! file is opened non-blocking and its type checked again once open, so what is read is
//! what was checked; reading stops one byte past the cap, whatever size the file
//! reports.
//!
//! Writing: an output file is created or replaced as a whole (a temp file beside it,
//! renamed over it: see [`fsutil::write_atomic`]). A symbolic link, pipe, device or
//! folder at that path is refused and never followed, so `--out /dev/null` run as root
//! cannot turn a device into a file of learner data. Whether an existing file may be
//! replaced is the command's call (it asks, or needs `--force`); here it is a flag.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, io_reason};
use crate::fsutil;
use crate::t;

/// What is at a path when it is not an ordinary file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Symlink,
    Pipe,
    Device,
    Socket,
    Other,
}

impl Kind {
    /// What `file_type` is, or `None` for an ordinary file.
    pub fn of(file_type: fs::FileType) -> Option<Kind> {
        if file_type.is_file() {
            return None;
        }
        Some(if file_type.is_dir() {
            Kind::Folder
        } else if file_type.is_symlink() {
            Kind::Symlink
        } else {
            special(file_type)
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            Kind::Folder => "folder",
            Kind::Symlink => "symlink",
            Kind::Pipe => "pipe",
            Kind::Device => "device",
            Kind::Socket => "socket",
            Kind::Other => "other",
        }
    }

    /// "it is a pipe (FIFO), not an ordinary file", in the learner's language.
    pub fn describe(self) -> String {
        t!("file-not-a-file", kind = self.as_str())
    }
}

#[cfg(unix)]
fn special(file_type: fs::FileType) -> Kind {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        Kind::Pipe
    } else if file_type.is_char_device() || file_type.is_block_device() {
        Kind::Device
    } else if file_type.is_socket() {
        Kind::Socket
    } else {
        Kind::Other
    }
}

#[cfg(not(unix))]
fn special(_: fs::FileType) -> Kind {
    Kind::Other
}

/// Why a file named as input was not read. Its text is a reason for a message that
/// names the file ("Could not read X: …").
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{}", .0.describe())]
    NotAFile(Kind),
    /// Larger than `limit`; `size` is what the file system reported, when it did.
    #[error("{}", t!("file-too-large", limit = size_text(*.limit)))]
    TooLarge { limit: u64, size: Option<u64> },
    #[error("{}", io_reason(.0))]
    Io(#[from] io::Error),
}

/// The bytes of `path`, at most `limit` of them: more is [`InputError::TooLarge`].
/// Follows a symbolic link (the person named it), but reads only an ordinary file.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    // Checked before opening: opening a device can have effects of its own.
    let size = regular_size(&fs::metadata(path)?)?;
    if size > limit {
        return Err(InputError::TooLarge {
            limit,
            size: Some(size),
        });
    }
    let file = open_nonblocking(path)?;
    // The file opened may not be the file looked at a moment ago.
    let size = regular_size(&file.metadata()?)?;
    read_to_cap(file, limit, size)
}

/// Standard input, at most `limit` bytes.
pub fn read_stdin_capped(limit: u64) -> Result<Vec<u8>, InputError> {
    read_to_cap(io::stdin().lock(), limit, 0)
}

/// Reads until the end or one byte past `limit`; `expected` sizes the buffer.
pub fn read_to_cap(reader: impl Read, limit: u64, expected: u64) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::with_capacity(expected.min(limit) as usize);
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge { limit, size: None });
    }
    Ok(bytes)
}

fn regular_size(meta: &fs::Metadata) -> Result<u64, InputError> {
    match Kind::of(meta.file_type()) {
        None => Ok(meta.len()),
        Some(kind) => Err(InputError::NotAFile(kind)),
    }
}

/// Opens `path` for reading without waiting: a FIFO with no writer opens at once (and is
/// then refused), and a terminal does not become the controlling one.
fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK | libc::O_NOCTTY);
    options.open(path)
}

/// A size for people: "256 KB", "4 MB" (1024-based, as file managers count).
pub fn size_text(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * KB;
    if bytes >= MB {
        t!("file-size", unit = "mb", n = bytes.div_ceil(MB))
    } else {
        t!("file-size", unit = "kb", n = bytes.div_ceil(KB).max(1))
    }
}

/// What is at an output path now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing: the file will be created.
    New,
    /// An ordinary file, which writing would replace.
    Existing,
}

/// Looks at `path` without following a symbolic link: nothing there, or an ordinary
/// file; anything else is refused (exit 2).
pub fn out_target(path: &Path) -> Result<Target> {
    match fs::symlink_metadata(path) {
        Ok(meta) => match Kind::of(meta.file_type()) {
            None => Ok(Target::Existing),
            Some(kind) => Err(Error::OutNotAFile {
                path: path.to_owned(),
                kind,
            }),
        },
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(Target::New),
        Err(err) => Err(out_error(path, err)),
    }
}

/// Writes `bytes` as the file `path`, creating its folder when missing. An existing
/// file is replaced only when `replace` says so; a symbolic link, pipe, device or
/// folder never is. Errors name `path`.
pub fn write_out(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    // Looked at again: the person may have taken a while to answer the question.
    if out_target(path)? == Target::Existing && !replace {
        return Err(Error::OutExists {
            path: path.to_owned(),
        });
    }
    let dir = fsutil::parent_dir(path);
    if !dir.is_dir() {
        fsutil::create_private_dir(dir)?;
    }
    fsutil::replace(path, bytes, replace).map_err(|err| match err.kind() {
        io::ErrorKind::AlreadyExists if !replace => Error::OutExists {
            path: path.to_owned(),
        },
        _ => out_error(path, err),
    })
}

fn out_error(path: &Path, source: io::Error) -> Error {
    if crate::error::is_disk_full(&source) {
        return Error::DiskFull {
            path: path.to_owned(),
        };
    }
    Error::OutWrite {
        path: PathBuf::from(path),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_stops_one_byte_past_the_cap_whatever_the_source() {
        // An endless source, as /dev/zero is: refused after limit + 1 bytes.
        let err = read_to_cap(io::repeat(0), 1024, 0).unwrap_err();
        assert!(matches!(
            err,
            InputError::TooLarge {
                limit: 1024,
                size: None
            }
        ));
        assert_eq!(read_to_cap(&b"12345"[..], 5, 5).unwrap(), b"12345");
    }

    #[test]
    fn a_file_larger_than_the_cap_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        fs::write(&path, vec![b'a'; 2048]).unwrap();
        let err = read_capped(&path, 1024).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { size: Some(2048), .. }));
        assert_eq!(read_capped(&path, 2048).unwrap().len(), 2048);
    }

    #[test]
    fn a_folder_is_not_read_as_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_capped(dir.path(), 1024).unwrap_err();
        assert!(matches!(err, InputError::NotAFile(Kind::Folder)));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading() {
        let err = read_capped(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(matches!(err, InputError::NotAFile(Kind::Device)), "{err:?}");
    }

    #[cfg(unix)]
    #[test]
    fn an_output_symlink_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        fs::write(&target, "mine").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write_out(&link, b"new", true).unwrap_err();
        assert!(matches!(
            err,
            Error::OutNotAFile {
                kind: Kind::Symlink,
                ..
            }
        ));
        assert_eq!(err.exit_code(), 2);
        assert_eq!(fs::read_to_string(&target).unwrap(), "mine");
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    }

    #[test]
    fn an_existing_output_is_replaced_only_when_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        write_out(&path, b"one", false).unwrap();
        let err = write_out(&path, b"two", false).unwrap_err();
        assert!(matches!(err, Error::OutExists { .. }));
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        write_out(&path, b"two", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
    }

    #[test]
    fn a_full_disk_says_so_and_names_the_file() {
        let path = Path::new("/media/stick/report.html");
        let err = out_error(path, io::Error::from(io::ErrorKind::StorageFull));
        let text = err.to_string();
        assert!(text.contains("disk is full"), "{text}");
        assert!(text.contains("/media/stick/report.html"), "{text}");
        assert!(!text.contains("--home"), "{text}");
        // The learner's own files say the same.
        let err = Error::io("write", "/home/me/.drempel/cache.json")(io::ErrorKind::StorageFull.into());
        assert!(matches!(err, Error::DiskFull { .. }), "{err:?}");
        assert!(!err.to_string().contains("--home"), "{err}");
    }

    #[test]
    fn sizes_read_as_people_count_them() {
        assert_eq!(size_text(256 * 1024), "256 KB");
        assert_eq!(size_text(4 * 1024 * 1024), "4 MB");
        assert_eq!(size_text(10), "1 KB");
    }
}
