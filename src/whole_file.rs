//! A file written whole or not at all: the CSV tables of `confer export --out` and the pages
//! of `confer man --out`, written to the folder the reader names.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Creates (or replaces) the file at `path` and has `write` fill it through a buffer, then
/// flushes the buffer and syncs the file, so that an error the file system reports late (on
/// the last block, or only at the sync) is returned, not lost when the file is dropped. A
/// file that could not be written whole is removed: a CSV cut short by a full disk would
/// otherwise pass for a whole one.
pub fn write_whole(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let written = File::create(path).and_then(|file| {
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        // A device or a pipe (`--out` can name a folder holding a link to one) has nothing
        // to sync, and some refuse to.
        if file.metadata()?.is_file() {
            file.sync_all()?;
        }
        Ok(())
    });
    if written.is_err() && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        let _ = std::fs::remove_file(path);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_fails_midway_is_not_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("people.csv");
        let failed = write_whole(&path, |out: &mut dyn Write| {
            out.write_all(b"edition,id\r\n")?;
            Err(io::Error::from_raw_os_error(libc::ENOSPC))
        });
        assert_eq!(failed.unwrap_err().raw_os_error(), Some(libc::ENOSPC));
        assert!(!path.exists(), "a file cut short was left behind");
        write_whole(&path, |out| out.write_all(b"edition,id\r\n")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"edition,id\r\n");
    }
}
