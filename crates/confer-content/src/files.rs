//! Finding and reading content files: a folder on disk or the copy built into the binary.
//! Series are folders holding `series.toml`; every other `*.toml` in them is an edition.

use std::fs;
use std::path::{Path, PathBuf};

use super::builtin::BuiltinFile;
use super::diagnostic::{Diagnostic, FileId, Location, SourceMap};
use super::grammar::{id_help, is_id};
use super::regular::{ReadError, not_regular, read_limited};

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
pub fn missing_folder(shown: &str, given_to: &str) -> Diagnostic {
    Diagnostic::error(
        format!("content folder '{shown}' does not exist"),
        Location::Nowhere,
    )
    .with_help(format!("check the path given to {given_to}"))
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
                read.diagnostics.push(unreadable(
                    format!("cannot read file: {e}"),
                    found.name.clone(),
                ));
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
pub fn not_a_file(path: String, what: &str) -> Diagnostic {
    Diagnostic::error(
        format!("this is {what}, not a regular file"),
        Location::Path(path),
    )
    .with_help(
        "content files are regular TOML files: replace it with one, or move it out of the \
         content folder",
    )
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
            let mut d =
                Diagnostic::error("file is not valid UTF-8", Location::Span(file, at..at + 1));
            d.help = Some("save the file as UTF-8 (content files are UTF-8 only)".into());
            Err(Box::new((String::from_utf8_lossy(bytes).into_owned(), d)))
        }
    }
}

fn too_large(path: String, bytes: u64) -> Diagnostic {
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let mut d = Diagnostic::error(
        format!("file is {mib:.1} MiB; a content file may be at most 16 MiB"),
        Location::Path(path),
    );
    d.help = Some("split the edition into smaller files, or remove what is not content".into());
    d
}

fn unreadable(message: String, path: String) -> Diagnostic {
    let mut d = Diagnostic::error(message, Location::Path(path));
    d.help = Some(
        "check that it exists and is readable, and is not a symbolic link that leads back to itself"
            .into(),
    );
    d
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
    fn error(&mut self, message: String, location: Location) -> &mut Diagnostic {
        self.diagnostics.push(Diagnostic::error(message, location));
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn warning(&mut self, message: String, location: Location) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::warning(message, location));
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn bad_stem(&mut self, stem: &str, path: String) {
        self.error(
            format!("edition file name '{stem}' is not a valid id"),
            Location::Path(path),
        )
        .help = Some(format!("rename the file: {}", id_help(stem)));
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

    /// Reads the built-in copy of `content/` (a list of paths, as build.rs found them).
    pub fn builtin(&mut self, files: &'static [BuiltinFile]) -> Vec<FoundSeries> {
        let shown = |relative: &str| format!("<built-in>/{relative}");
        let series_of = |relative: &str| {
            relative
                .split_once('/')
                .filter(|(_, name)| !name.contains('/'))
                .map(|(series, _)| series.to_string())
        };
        let series_names: Vec<String> = files
            .iter()
            .filter_map(|file| file.path.strip_suffix("/series.toml"))
            .filter(|series| !series.contains('/'))
            .map(str::to_string)
            .collect();
        for BuiltinFile { path: relative, .. } in files {
            if !series_of(relative).is_some_and(|s| series_names.contains(&s)) {
                self.warning(
                    format!("ignored '{relative}'"),
                    Location::Path(shown(relative)),
                )
                .help = Some("only files directly inside a series folder are read".into());
            }
        }
        let mut found = Vec::new();
        for series in series_names {
            if !is_id(&series) {
                self.bad_series_name(&series, shown(&series));
                continue;
            }
            let mut series_file = None;
            let mut compiled = None;
            let mut editions = Vec::new();
            // series.toml first, as on disk, so that diagnostics follow the order of reading.
            let mut members: Vec<_> = files.iter().collect();
            members.sort_by_key(|file| !file.path.ends_with("/series.toml"));
            for file in members {
                let (relative, bytes) = (file.path, file.toml);
                if series_of(relative).as_ref() != Some(&series) {
                    continue;
                }
                let name = &relative[series.len() + 1..];
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    self.too_large(shown(relative), bytes.len() as u64);
                    continue;
                }
                match member(name) {
                    Member::SeriesFile => {
                        series_file = self.add_text(shown(relative), bytes.into());
                        compiled = Some(file);
                    }
                    Member::Edition(stem) => {
                        let name = shown(relative);
                        editions.push(FoundEdition {
                            stem: stem.to_string(),
                            file: self.sources.reserve(name.clone()),
                            name,
                            place: Place::BuiltIn(file),
                            stamp: None,
                        });
                    }
                    Member::BadStem(stem) => self.bad_stem(stem, shown(relative)),
                    Member::NotToml => {
                        self.warning(
                            format!("ignored '{name}': not a .toml file"),
                            Location::Path(shown(relative)),
                        );
                    }
                }
            }
            if let Some(series_file) = series_file {
                found.push(FoundSeries {
                    id: series,
                    series_file,
                    editions,
                    compiled,
                });
            }
        }
        found
    }

    fn bad_series_name(&mut self, name: &str, path: String) {
        self.error(
            format!("series folder name '{name}' is not a valid id"),
            Location::Path(path),
        )
        .help = Some(format!("rename the folder: {}", id_help(name)));
    }

    /// Reads a content folder on disk.
    pub fn folder(&mut self, root: &Path) -> Vec<FoundSeries> {
        let shown_root = root.display().to_string();
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                self.error(
                    format!("'{shown_root}' is a file, not a content folder"),
                    Location::Nowhere,
                )
                .help = Some("pass the folder that holds the series folders (e.g. content)".into());
                return Vec::new();
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.diagnostics
                    .push(missing_folder(&shown_root, "--content or CONFER_CONTENT"));
                return Vec::new();
            }
            Err(e) => {
                self.error(
                    format!("cannot open content folder '{shown_root}': {e}"),
                    Location::Nowhere,
                );
                return Vec::new();
            }
        }
        let mut found = Vec::new();
        let before = self.diagnostics.len();
        for (name, path) in self.entries(root) {
            match fs::metadata(&path) {
                Err(e) => {
                    self.unreadable(format!("cannot read '{name}': {e}"), shown(&path));
                }
                Ok(meta) if meta.is_dir() => {
                    if let Some(series) = self.series_folder(&name, &path) {
                        found.push(series);
                    }
                }
                Ok(_) => {
                    self.warning(format!("ignored '{name}'"), Location::Path(shown(&path)))
                        .help = Some("files outside series folders are not read".into());
                }
            }
        }
        let no_other_errors = self.diagnostics[before..]
            .iter()
            .all(|d| d.severity != super::diagnostic::Severity::Error);
        if found.is_empty() && no_other_errors {
            self.error(
                format!("no series in '{shown_root}'"),
                Location::Path(shown_root),
            )
            .help = Some(
                "a series is a folder holding a series.toml and one .toml file per edition".into(),
            );
        }
        found
    }

    /// The entries of a folder, sorted by name, hidden ones (editor files, .git) left out.
    fn entries(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        let listing = match fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(e) => {
                self.error(
                    format!("cannot list folder: {e}"),
                    Location::Path(shown(dir)),
                );
                return Vec::new();
            }
        };
        let mut entries: Vec<_> = listing
            .flatten()
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .filter(|(name, _)| !name.starts_with('.'))
            .collect();
        entries.sort();
        entries
    }

    fn series_folder(&mut self, name: &str, dir: &Path) -> Option<FoundSeries> {
        let series_path = dir.join("series.toml");
        match fs::metadata(&series_path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.warning(
                    format!("ignored folder '{name}': it has no series.toml"),
                    Location::Path(shown(dir)),
                );
                return None;
            }
            // A folder that cannot be opened may be a series whose editions would silently
            // be missing: an error at the folder, which is what the reader must fix.
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                self.error(
                    format!("cannot read folder '{name}': {e}"),
                    Location::Path(shown(dir)),
                )
                .help = Some(
                    "make it readable (chmod u+rx), or move it out of the content folder".into(),
                );
                return None;
            }
            Err(e) => {
                self.unreadable(format!("cannot read series.toml: {e}"), shown(&series_path));
                return None;
            }
            Ok(meta) if meta.is_dir() => {
                self.folder_not_file(&series_path);
                return None;
            }
            Ok(_) => {}
        }
        if !is_id(name) {
            self.bad_series_name(name, shown(dir));
            return None;
        }
        let series_file = self.read(&series_path);
        let mut editions = Vec::new();
        for (file_name, path) in self.entries(dir) {
            let kind = member(&file_name);
            if let Member::SeriesFile = kind {
                continue;
            }
            let meta = match fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    self.unreadable(format!("cannot read '{file_name}': {e}"), shown(&path));
                    continue;
                }
            };
            match kind {
                Member::Edition(_) | Member::BadStem(_) if meta.is_dir() => {
                    self.folder_not_file(&path)
                }
                // Said here, before the index would open it: a pipe or a device is no edition.
                Member::Edition(_) | Member::BadStem(_) if !meta.is_file() => {
                    let what = not_regular(&meta.file_type()).unwrap_or("not a regular file");
                    self.diagnostics.push(not_a_file(shown(&path), what));
                }
                Member::Edition(_) if meta.len() > MAX_FILE_BYTES => {
                    self.too_large(shown(&path), meta.len())
                }
                Member::Edition(stem) => {
                    let name = shown(&path);
                    editions.push(FoundEdition {
                        stem: stem.to_string(),
                        file: self.sources.reserve(name.clone()),
                        name,
                        place: Place::Disk(path),
                        stamp: meta.modified().ok().map(|at| (at, meta.len())),
                    });
                }
                Member::BadStem(stem) => self.bad_stem(stem, shown(&path)),
                Member::NotToml | Member::SeriesFile => {
                    let what = if meta.is_dir() {
                        "folders inside a series are not read"
                    } else {
                        "not a .toml file"
                    };
                    self.warning(
                        format!("ignored '{file_name}': {what}"),
                        Location::Path(shown(&path)),
                    );
                }
            }
        }
        Some(FoundSeries {
            id: name.to_string(),
            series_file: series_file?,
            editions,
            compiled: None,
        })
    }

    fn unreadable(&mut self, message: String, path: String) {
        self.diagnostics.push(unreadable(message, path));
    }

    fn folder_not_file(&mut self, path: &Path) {
        self.error(
            "this is a folder, not a file".into(),
            Location::Path(shown(path)),
        )
        .help = Some("content files are TOML files; rename or remove the folder".into());
    }

    /// One file, within the size limit, as UTF-8 text.
    fn read(&mut self, path: &Path) -> Option<FileId> {
        let name = shown(path);
        match read_bytes(path) {
            Ok(bytes) => self.add_text(name, bytes.into()),
            Err(ReadError::TooLarge(size)) => {
                self.too_large(name, size);
                None
            }
            Err(ReadError::NotRegular(what)) => {
                self.diagnostics.push(not_a_file(name, what));
                None
            }
            Err(ReadError::Io(e)) => {
                self.unreadable(format!("cannot read file: {e}"), name);
                None
            }
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}
