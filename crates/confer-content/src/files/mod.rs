//! Finding and reading content files: a folder on disk or the copy built into the binary.
//! Series are folders holding `series.toml`; every other `*.toml` in them is an edition.

use std::path::{Path, PathBuf};

use super::builtin::BuiltinFile;
pub use super::diagnostic::problem::GivenTo;
use super::diagnostic::{Diagnostic, FileId, Location, Problem, SourceMap};
use super::grammar::{id_suggestion, is_id};
use super::regular::{ReadError, Special, read_limited};

mod builtin;
mod folder;

/// A content file may be at most this large: anything bigger is not hand-written content.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Where content comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentLocation {
    BuiltIn,
    Folder(PathBuf),
}

/// A series folder: its series.toml read, its editions found but not yet read.
pub struct FoundSeries {
    pub id: String,
    pub series_file: FileId,
    pub editions: Vec<FoundEdition>,
    /// Its series file as built into the binary, read at build time.
    pub compiled: Option<&'static BuiltinFile>,
}

/// An edition file, named in the source map (so that its diagnostics sort in reading order)
/// but read only when it is needed.
#[derive(Clone, Debug)]
pub struct FoundEdition {
    pub stem: String,
    pub file: FileId,
    pub name: String,
    pub place: Place,
    /// When the file was last changed, and its length, as listed (`None` built in): a
    /// reload reads a file again only if these differ.
    pub stamp: Option<Stamp>,
}

/// A content folder that is not there, with where its path came from (`--content or
/// CONFER_CONTENT`, `` `confer check` ``) for the reader to correct it there.
pub fn missing_folder(shown: &str, given_to: GivenTo) -> Diagnostic {
    let problem = Problem::MissingFolder {
        path: shown.to_string(),
        given_to,
    };
    Diagnostic::of(problem, Location::Nowhere)
}

/// When a file was last changed, and its length.
pub type Stamp = (std::time::SystemTime, u64);

/// Where a file's bytes are.
#[derive(Clone, Debug)]
pub enum Place {
    Disk(PathBuf),
    BuiltIn(&'static BuiltinFile),
}

/// A file read: its text when it is valid UTF-8 within the size limit, the text to show
/// its diagnostics with, and its problems.
pub struct FileRead {
    pub text: Option<String>,
    pub shown: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads one edition file. Free of the `Reader` so that files can be read on any thread.
pub fn read_edition(found: &FoundEdition) -> FileRead {
    let mut read = FileRead {
        text: None,
        shown: None,
        diagnostics: Vec::new(),
    };
    let bytes = match &found.place {
        Place::BuiltIn(file) => std::borrow::Cow::Borrowed(file.toml),
        Place::Disk(path) => match read_bytes(path) {
            Ok(bytes) => std::borrow::Cow::Owned(bytes),
            Err(ReadError::TooLarge(size)) => {
                read.diagnostics.push(too_large(found.name.clone(), size));
                return read;
            }
            Err(ReadError::NotRegular(what)) => {
                read.diagnostics.push(not_a_file(found.name.clone(), what));
                return read;
            }
            Err(ReadError::Io(e)) => {
                let problem = Problem::CannotRead {
                    name: None,
                    why: e.to_string(),
                };
                read.diagnostics
                    .push(unreadable(problem, found.name.clone()));
                return read;
            }
        },
    };
    match utf8_text(found.file, bytes) {
        Ok(text) => read.text = Some(text),
        Err(bad) => {
            let (shown, diagnostic) = *bad;
            read.shown = Some(shown);
            read.diagnostics.push(diagnostic);
        }
    }
    read
}

/// A content file's bytes, within the content size limit.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_limited(path, MAX_FILE_BYTES)
}

/// The error for a path that is not a regular file, saying what it is.
pub fn not_a_file(path: String, what: Special) -> Diagnostic {
    Diagnostic::of(Problem::NotRegular { what }, Location::Path(path))
}

/// The text of a file, or the text to show and the error at its first bad byte.
pub fn utf8_text(
    file: FileId,
    bytes: std::borrow::Cow<'_, [u8]>,
) -> Result<String, Box<(String, Diagnostic)>> {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    // A file read from disk becomes the text without a copy.
    if let std::borrow::Cow::Owned(mut owned) = bytes {
        if owned.starts_with(BOM) {
            owned.drain(..BOM.len());
        }
        return match String::from_utf8(owned) {
            Ok(text) => Ok(text),
            Err(e) => utf8_text(file, std::borrow::Cow::Borrowed(e.as_bytes())),
        };
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let d = Diagnostic::of(Problem::NotUtf8, Location::Span(file, at..at + 1));
            Err(Box::new((String::from_utf8_lossy(bytes).into_owned(), d)))
        }
    }
}

fn too_large(path: String, bytes: u64) -> Diagnostic {
    Diagnostic::of(Problem::TooLarge { bytes }, Location::Path(path))
}

/// A file that could not be read: `problem` says which and why.
fn unreadable(problem: Problem, path: String) -> Diagnostic {
    Diagnostic::of(problem, Location::Path(path))
}

/// What a file inside a series folder is, by its name.
enum Member<'a> {
    SeriesFile,
    Edition(&'a str),
    BadStem(&'a str),
    NotToml,
}

fn member(name: &str) -> Member<'_> {
    match name.strip_suffix(".toml") {
        Some("series") => Member::SeriesFile,
        Some(stem) if is_id(stem) => Member::Edition(stem),
        Some(stem) => Member::BadStem(stem),
        None => Member::NotToml,
    }
}

#[derive(Default)]
pub struct Reader {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

impl Reader {
    fn report(&mut self, problem: Problem, location: Location) {
        self.diagnostics.push(Diagnostic::of(problem, location));
    }

    fn bad_stem(&mut self, stem: &str, path: String) {
        let problem = Problem::BadEditionName {
            stem: stem.to_string(),
            suggestion: id_suggestion(stem),
        };
        self.report(problem, Location::Path(path));
    }

    /// Keeps a file's text for diagnostics; invalid UTF-8 is an error at its first bad byte.
    fn add_text(&mut self, name: String, bytes: std::borrow::Cow<'_, [u8]>) -> Option<FileId> {
        let file = self.sources.reserve(name);
        match utf8_text(file, bytes) {
            Ok(text) => {
                self.sources.set_text(file, text);
                Some(file)
            }
            Err(bad) => {
                let (shown, diagnostic) = *bad;
                self.sources.set_text(file, shown);
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    fn too_large(&mut self, path: String, bytes: u64) {
        self.diagnostics.push(too_large(path, bytes));
    }

    fn bad_series_name(&mut self, name: &str, path: String) {
        let problem = Problem::BadSeriesName {
            name: name.to_string(),
            suggestion: id_suggestion(name),
        };
        self.report(problem, Location::Path(path));
    }
}
