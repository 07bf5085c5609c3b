//! Where a room lives on disk: the user's private folder (made 0700, refused when anyone else
//! could enter it), a folder per deck inside it, and one socket file per instance.
//!
//! The folder's permissions are the whole access control: connecting to a Unix socket needs
//! search permission on every folder above it, so no other user can reach a socket in here.

use std::ffi::OsString;
use std::fs::{self, DirBuilder};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::wire::Peer;
use crate::i18n::Lang;

/// `sun_path` holds 108 bytes on Linux (104 on macOS) including the final NUL; a longer path
/// would be cut by `bind` (or refused), so it is checked first with the smaller limit.
const SUN_PATH_MAX: usize = 103;

/// The user's private folder: `$XDG_RUNTIME_DIR/confer` (a per-user tmpfs, removed at logout)
/// when the variable is set and absolute, else `confer-<uid>` in the temporary folder.
pub fn private_folder(runtime_dir: Option<OsString>, temp_dir: &Path, uid: u32) -> PathBuf {
    match runtime_dir.map(PathBuf::from) {
        // The spec says a relative value must be ignored: it would depend on the current folder.
        Some(dir) if dir.is_absolute() => dir.join("confer"),
        _ => temp_dir.join(format!("confer-{uid}")),
    }
}

/// Makes `dir` (its parent must exist) or checks the one already there: a real folder owned
/// by the current user that nobody else may enter. In a shared `/tmp` someone else could have
/// made it first, as a folder of theirs or a symlink to one; then confer refuses and says why.
pub fn private(dir: &Path) -> io::Result<()> {
    match DirBuilder::new().mode(0o700).create(dir) {
        // The umask may have taken bits from 0700, never added any; put back the owner's own.
        Ok(()) => fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(io::Error::new(e.kind(), format!("{}: {e}", dir.display()))),
    }
    let meta = fs::symlink_metadata(dir)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
    let refuse = |refusal: Refusal| Err(io::Error::new(io::ErrorKind::PermissionDenied, refusal));
    let dir = dir.to_path_buf();
    if meta.file_type().is_symlink() {
        return refuse(Refusal::Symlink(dir));
    }
    if !meta.is_dir() {
        return refuse(Refusal::NotFolder(dir));
    }
    let me = rustix::process::getuid().as_raw();
    if meta.uid() != me {
        let owner = meta.uid();
        return refuse(Refusal::NotYours { dir, owner, me });
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return refuse(Refusal::OpenToOthers { dir, mode });
    }
    Ok(())
}

/// Why a room's folder or socket is refused, said in the reader's language (`said`); as an
/// `io::Error`'s inner error it reads in English.
#[derive(Debug)]
pub enum Refusal {
    Symlink(PathBuf),
    NotFolder(PathBuf),
    NotYours { dir: PathBuf, owner: u32, me: u32 },
    OpenToOthers { dir: PathBuf, mode: u32 },
    SocketTooLong { path: PathBuf, len: usize },
}

impl Refusal {
    pub fn said(&self, lang: Lang) -> String {
        let words = &lang.words().problems;
        let shown = |path: &Path| path.display().to_string();
        match self {
            Refusal::Symlink(dir) => (words.room_symlink)(&shown(dir)),
            Refusal::NotFolder(dir) => (words.room_not_folder)(&shown(dir)),
            Refusal::NotYours { dir, owner, me } => {
                (words.room_not_yours)(&shown(dir), *owner, *me)
            }
            Refusal::OpenToOthers { dir, mode } => (words.room_open)(&shown(dir), *mode),
            Refusal::SocketTooLong { path, len } => {
                (words.socket_too_long)(&shown(path), *len, SUN_PATH_MAX)
            }
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl std::error::Error for Refusal {}

/// Why a room could not be joined, in the reader's language where confer refused it (the
/// system's own errors are the system's words).
pub fn said(error: &io::Error, lang: Lang) -> String {
    match error.get_ref().and_then(|e| e.downcast_ref::<Refusal>()) {
        Some(refusal) => refusal.said(lang),
        None => error.to_string(),
    }
}

/// The room for a deck inside the private folder: named by a hash of the deck's canonical
/// path, so every instance showing the same file meets in the same room, whatever path it was
/// given. FNV-1a because it is the same in every process and every build, unlike `std`'s.
pub fn room(private: &Path, deck: &Path) -> io::Result<PathBuf> {
    let canonical = deck
        .canonicalize()
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", deck.display())))?;
    let dir = private.join(format!("{:016x}", fnv1a(canonical.as_os_str().as_bytes())));
    self::private(&dir)?;
    Ok(dir)
}

/// The socket file of a peer in a room, refused when `bind` could not hold its path.
pub fn socket(room: &Path, peer: Peer) -> io::Result<PathBuf> {
    let path = room.join(format!("{peer}.sock"));
    let len = path.as_os_str().len();
    if len > SUN_PATH_MAX {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            Refusal::SocketTooLong { path, len },
        ));
    }
    Ok(path)
}

/// Every peer with a socket in the room but `me`, with its path. Other files are left alone:
/// only names that parse as peers are ever sent to or removed.
pub fn peers(room: &Path, me: Peer) -> io::Result<Vec<(Peer, PathBuf)>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(room)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(peer) = name
            .to_str()
            .and_then(|name| name.strip_suffix(".sock"))
            .and_then(Peer::parse)
        else {
            continue;
        };
        if peer != me {
            found.push((peer, entry.path()));
        }
    }
    Ok(found)
}

/// 64-bit FNV-1a: a few lines, stable across processes and versions.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runtime_folder_wins_when_absolute() {
        let tmp = Path::new("/tmp");
        let runtime = Some(OsString::from("/run/user/1000"));
        assert_eq!(
            private_folder(runtime, tmp, 1000),
            Path::new("/run/user/1000/confer")
        );
        let relative = Some(OsString::from("run/user"));
        assert_eq!(
            private_folder(relative, tmp, 1000),
            Path::new("/tmp/confer-1000")
        );
        assert_eq!(private_folder(None, tmp, 7), Path::new("/tmp/confer-7"));
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        // Test vectors from the FNV reference (draft-eastlake-fnv).
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn socket_paths_that_bind_would_cut_are_refused() {
        let peer = Peer { pid: 1, seq: 0 };
        assert!(socket(Path::new("/run/user/1000/confer/0123"), peer).is_ok());
        let long = PathBuf::from(format!("/{}", "d".repeat(100)));
        let error = socket(&long, peer).unwrap_err();
        assert!(error.to_string().contains("TMPDIR"), "{error}");
    }
}
