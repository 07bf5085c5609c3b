//! Opening the files confer reads (content, decks, the config file): regular files only,
//! opened without blocking and read within a size limit, whatever the path leads to.

use std::fs;
use std::io::Read;
use std::path::Path;

pub use crate::diagnostic::problem::Special;

pub enum ReadError {
    TooLarge(u64),
    /// Not a regular file: what it is instead ("a named pipe (FIFO)", "a device", …).
    NotRegular(Special),
    Io(std::io::Error),
}

/// A regular file's bytes, refused when over `limit` (checked before and while reading, for
/// a file that grows). Every file confer reads comes through here, so that no file of
/// content, deck or config can hang it or fill its memory: see `open_regular`.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        let size = fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ReadError::TooLarge(size.max(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// Opens a file for reading only if it is a regular file. A named pipe or a terminal would
/// block the open or the reads forever, and a device such as /dev/zero never ends: the open
/// does not wait (O_NONBLOCK, which changes nothing for a regular file's reads) and what
/// was opened is asked what it is (fstat, so that the file cannot be swapped for another
/// between the look and the open). O_NOCTTY: a terminal opened here must not become ours.
pub fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    match not_regular(&meta.file_type()) {
        Some(what) => Err(ReadError::NotRegular(what)),
        None => Ok((file, meta)),
    }
}

/// What a file that is not a regular file is, in words; `None` for a regular file.
pub fn not_regular(kind: &fs::FileType) -> Option<Special> {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        None
    } else if kind.is_dir() {
        Some(Special::Folder)
    } else if kind.is_fifo() {
        Some(Special::Fifo)
    } else if kind.is_socket() {
        Some(Special::Socket)
    } else if kind.is_char_device() || kind.is_block_device() {
        Some(Special::Device)
    } else {
        Some(Special::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_or_a_device_is_refused_at_once_and_a_long_file_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe");
        let name = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        // With no writer, a plain open of the pipe would never return.
        assert!(matches!(
            read_limited(&pipe, 10),
            Err(ReadError::NotRegular(Special::Fifo))
        ));
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), 10),
            Err(ReadError::NotRegular(Special::Device))
        ));
        let long = dir.path().join("long");
        fs::write(&long, "0123456789a").unwrap();
        assert!(matches!(
            read_limited(&long, 10),
            Err(ReadError::TooLarge(11))
        ));
        assert_eq!(read_limited(&long, 11).ok().unwrap(), b"0123456789a");
    }
}
