//! Listing a content folder on disk: its series folders, their series files and editions.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::problem::GivenTo;
use crate::diagnostic::{FileId, Location, Problem};
use crate::grammar::is_id;
use crate::regular::{ReadError, Special, not_regular};

use super::{
    FoundEdition, FoundSeries, MAX_FILE_BYTES, Member, Place, Reader, member, missing_folder,
    not_a_file, read_bytes, unreadable,
};

impl Reader {
    /// Reads a content folder on disk.
    pub fn folder(&mut self, root: &Path) -> Vec<FoundSeries> {
        let shown_root = root.display().to_string();
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                let problem = Problem::FileNotFolder { path: shown_root };
                self.report(problem, Location::Nowhere);
                return Vec::new();
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.diagnostics
                    .push(missing_folder(&shown_root, GivenTo::ContentOption));
                return Vec::new();
            }
            Err(e) => {
                let problem = Problem::CannotOpenFolder {
                    path: shown_root,
                    why: e.to_string(),
                };
                self.report(problem, Location::Nowhere);
                return Vec::new();
            }
        }
        let mut found = Vec::new();
        let before = self.diagnostics.len();
        for (name, path) in self.entries(root) {
            match fs::metadata(&path) {
                Err(e) => {
                    let problem = Problem::CannotRead {
                        name: Some(name),
                        why: e.to_string(),
                    };
                    self.unreadable(problem, shown(&path));
                }
                Ok(meta) if meta.is_dir() => {
                    if let Some(series) = self.series_folder(&name, &path) {
                        found.push(series);
                    }
                }
                Ok(_) => {
                    let problem = Problem::IgnoredOutsideSeries { name };
                    self.report(problem, Location::Path(shown(&path)));
                }
            }
        }
        let no_other_errors = self.diagnostics[before..]
            .iter()
            .all(|d| d.severity != crate::diagnostic::Severity::Error);
        if found.is_empty() && no_other_errors {
            let problem = Problem::NoSeries {
                path: shown_root.clone(),
            };
            self.report(problem, Location::Path(shown_root));
        }
        found
    }

    /// The entries of a folder, sorted by name, hidden ones (editor files, .git) left out.
    fn entries(&mut self, dir: &Path) -> Vec<(String, PathBuf)> {
        let listing = match fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(e) => {
                let problem = Problem::CannotList { why: e.to_string() };
                self.report(problem, Location::Path(shown(dir)));
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
        if !self.has_series_file(name, dir, &series_path) {
            return None;
        }
        if !is_id(name) {
            self.bad_series_name(name, shown(dir));
            return None;
        }
        let series_file = self.read(&series_path);
        let mut editions = Vec::new();
        for (file_name, path) in self.entries(dir) {
            editions.extend(self.edition_in(&file_name, path));
        }
        Some(FoundSeries {
            id: name.to_string(),
            series_file: series_file?,
            editions,
            compiled: None,
        })
    }

    /// Whether `dir` holds a series file to read, saying why not when it does not.
    fn has_series_file(&mut self, name: &str, dir: &Path, series_path: &Path) -> bool {
        match fs::metadata(series_path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let problem = Problem::IgnoredFolderWithoutSeries {
                    name: name.to_string(),
                };
                self.report(problem, Location::Path(shown(dir)));
                false
            }
            // A folder that cannot be opened may be a series whose editions would silently
            // be missing: an error at the folder, which is what the reader must fix.
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                let problem = Problem::CannotReadFolder {
                    name: name.to_string(),
                    why: e.to_string(),
                };
                self.report(problem, Location::Path(shown(dir)));
                false
            }
            Err(e) => {
                let problem = Problem::CannotReadSeriesFile { why: e.to_string() };
                self.unreadable(problem, shown(series_path));
                false
            }
            Ok(meta) if meta.is_dir() => {
                self.folder_not_file(series_path);
                false
            }
            Ok(_) => true,
        }
    }

    /// The edition `file_name` in a series folder is, if it is one to read; what else it is
    /// (a folder, a device, too large, badly named, not TOML) is said.
    fn edition_in(&mut self, file_name: &str, path: PathBuf) -> Option<FoundEdition> {
        let kind = member(file_name);
        if let Member::SeriesFile = kind {
            return None;
        }
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                let problem = Problem::CannotRead {
                    name: Some(file_name.to_string()),
                    why: e.to_string(),
                };
                self.unreadable(problem, shown(&path));
                return None;
            }
        };
        match kind {
            Member::Edition(_) | Member::BadStem(_) if meta.is_dir() => self.folder_not_file(&path),
            // Said here, before the index would open it: a pipe or a device is no edition.
            Member::Edition(_) | Member::BadStem(_) if !meta.is_file() => {
                let what = not_regular(&meta.file_type()).unwrap_or(Special::Other);
                self.diagnostics.push(not_a_file(shown(&path), what));
            }
            Member::Edition(_) if meta.len() > MAX_FILE_BYTES => {
                self.too_large(shown(&path), meta.len())
            }
            Member::Edition(stem) => {
                let name = shown(&path);
                return Some(FoundEdition {
                    stem: stem.to_string(),
                    file: self.sources.reserve(name.clone()),
                    name,
                    place: Place::Disk(path),
                    stamp: meta.modified().ok().map(|at| (at, meta.len())),
                });
            }
            Member::BadStem(stem) => self.bad_stem(stem, shown(&path)),
            Member::NotToml | Member::SeriesFile => {
                let problem = Problem::IgnoredInSeries {
                    name: file_name.to_string(),
                    folder: meta.is_dir(),
                };
                self.report(problem, Location::Path(shown(&path)));
            }
        }
        None
    }

    fn unreadable(&mut self, problem: Problem, path: String) {
        self.diagnostics.push(unreadable(problem, path));
    }

    fn folder_not_file(&mut self, path: &Path) {
        self.report(Problem::FolderNotFile, Location::Path(shown(path)));
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
                let problem = Problem::CannotRead {
                    name: None,
                    why: e.to_string(),
                };
                self.unreadable(problem, name);
                None
            }
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}
