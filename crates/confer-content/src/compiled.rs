//! The built-in content in the form build.rs reads it into: each file's raw form (read and
//! checked, references still strings) as postcard bytes. Loading it skips TOML parsing,
//! most of the cost of reading a file, so the explorer's first frame does not wait on it.

use std::cell::Cell;

use super::builtin::BuiltinFile;
use super::decode::Decoder;
use super::diagnostic::{Diagnostic, FileId};
use super::parse;
use super::raw::{RawEdition, RawEditionFile, RawSeriesFile};

/// What build.rs embeds for one file: its raw form, and for an edition its `[edition]`
/// table on its own. `None` when the file has problems (the build then reports them).
/// Called by the application's build script.
pub fn compile(text: &str, is_series: bool) -> Option<(Vec<u8>, Vec<u8>)> {
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
    from_built_in(file.compiled)
}

pub(crate) fn edition(file: &BuiltinFile) -> Option<RawEditionFile> {
    from_built_in(file.compiled)
}

pub(crate) fn header(file: &BuiltinFile) -> Option<RawEdition> {
    from_built_in(file.header)
}

thread_local! {
    /// The compiled form being read on this thread, whose texts may borrow from it.
    static READING: Cell<&'static [u8]> = const { Cell::new(&[]) };
}

/// Reads a compiled form built into the binary. Its texts borrow their strings from it
/// rather than copying them: most of reading a built-in edition was allocating and copying
/// its thousand-odd strings.
fn from_built_in<T: serde::de::DeserializeOwned>(bytes: &'static [u8]) -> Option<T> {
    READING.set(bytes);
    let read = postcard::from_bytes(bytes).ok();
    READING.set(&[]);
    read
}

/// A string's bytes as text that lasts as long as the program, when they lie within the
/// compiled form this thread is reading and are UTF-8 (`None` otherwise: then the text is
/// checked and copied, or the file read from its TOML).
pub(crate) fn built_in_text(bytes: &[u8]) -> Option<&'static str> {
    let whole = READING.get();
    let start = (bytes.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    let lasting = whole.get(start..start.checked_add(bytes.len())?)?;
    // Checked, though build scripts write these from Rust strings: a `BuiltinFile` is any
    // application's to make. Not checking saved about 6% of reading every built-in edition
    // (`confer export`) and nothing measurable of the first paint: not worth an `unsafe`.
    std::str::from_utf8(lasting).ok()
}
