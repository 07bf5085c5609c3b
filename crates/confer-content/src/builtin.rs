//! Content an application builds into itself, read as `ContentLocation::BuiltIn`. This crate
//! builds nothing in: the application's build script checks and compiles its own folder
//! with this crate, and hands the files in through `BuiltIn`.

/// One file of the built-in content, as the application's build script embedded it.
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

/// What `ContentLocation::BuiltIn` reads. A type rather than a value so that the
/// application can name its `Library` once (`type Library = confer_content::Library<Its>`)
/// and every `Library::open(&ContentLocation::BuiltIn)` finds its files.
pub trait BuiltIn {
    const FILES: &'static [BuiltinFile];
}

/// Nothing built in: `ContentLocation::BuiltIn` is an empty folder (build scripts, tests).
#[derive(Debug)]
pub struct NoBuiltIn;

impl BuiltIn for NoBuiltIn {
    const FILES: &'static [BuiltinFile] = &[];
}
