//! The built-in content in the form build.rs reads it into: each file's raw form (read and
//! checked, references still strings) as postcard bytes. Loading it skips TOML parsing,
//! most of the cost of reading a file, so the explorer's first frame does not wait on it.

use super::decode::Decoder;
use super::diagnostic::{Diagnostic, FileId};
use super::parse;
use super::raw::{RawEdition, RawEditionFile, RawSeriesFile};

/// One file of `content/` as it is built into the binary.
#[derive(Debug)]
pub struct BuiltinFile {
    /// The path under `content/` (`wic/2014.toml`).
    pub path: &'static str,
    /// The file as written: for `check`, and for showing any line of it.
    pub toml: &'static [u8],
    /// Its raw form (a series or an edition file), or empty for a file that is not one.
    pub compiled: &'static [u8],
    /// An edition's `[edition]` table alone, for the index; empty for other files.
    pub header: &'static [u8],
}

/// What build.rs embeds for one file: its raw form, and for an edition its `[edition]`
/// table on its own. `None` when the file has problems (the build then reports them).
#[allow(dead_code)] // Called by build.rs only.
pub(crate) fn compile(text: &str, is_series: bool) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut d = Decoder::new(FileId(0), &mut diagnostics);
    let (compiled, header) = if is_series {
        let raw = parse::series_file(&mut d, text)?;
        (postcard::to_stdvec(&raw).ok()?, Vec::new())
    } else {
        let raw = parse::edition_file(&mut d, text)?;
        let header = postcard::to_stdvec(raw.edition.as_ref()?).ok()?;
        (postcard::to_stdvec(&raw).ok()?, header)
    };
    diagnostics.is_empty().then_some((compiled, header))
}

/// A series file's raw form; `None` if the bytes are not one (then the TOML is parsed).
pub(crate) fn series(file: &BuiltinFile) -> Option<RawSeriesFile> {
    postcard::from_bytes(file.compiled).ok()
}

pub(crate) fn edition(file: &BuiltinFile) -> Option<RawEditionFile> {
    postcard::from_bytes(file.compiled).ok()
}

pub(crate) fn header(file: &BuiltinFile) -> Option<RawEdition> {
    postcard::from_bytes(file.header).ok()
}
