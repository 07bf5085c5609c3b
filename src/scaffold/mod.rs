//! `confer new`: a commented skeleton of an edition file (and of its series file when the
//! series is new) that passes `confer check`, for an author to fill in.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::content::{id_help, is_id};

mod skeleton;

pub use skeleton::{edition_skeleton, series_skeleton};

/// What `confer new` was asked for: `SERIES/STEM`, both ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub series: String,
    pub stem: String,
}

/// A `confer new` target refused: not `SERIES/STEM`, or a part that is not an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetError {
    NotTwoParts(String),
    /// (`series` or `stem`, the part)
    NotAnId(&'static str, String),
}

impl TargetError {
    /// Said in the reader's language.
    pub fn said(&self, lang: crate::i18n::Lang) -> String {
        let words = &lang.words().problems;
        match self {
            TargetError::NotTwoParts(given) => (words.target_unread)(given),
            TargetError::NotAnId(what, id) => {
                (words.target_not_an_id)(what == &"series", id, &id_help(id))
            }
        }
    }
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(crate::i18n::Lang::En))
    }
}

impl std::error::Error for TargetError {}

/// `wic/2030` to its two ids; the error says what is wrong, for clap to print as a usage
/// error (exit 2).
pub fn parse_target(given: &str) -> Result<Target, TargetError> {
    let Some((series, stem)) = given.split_once('/') else {
        return Err(TargetError::NotTwoParts(given.to_string()));
    };
    for (what, id) in [("series", series), ("stem", stem)] {
        if !is_id(id) {
            return Err(TargetError::NotAnId(what, id.to_string()));
        }
    }
    Ok(Target {
        series: series.to_string(),
        stem: stem.to_string(),
    })
}

/// The files `new_edition` wrote: the edition's, and the series' when it was new.
#[derive(Debug, PartialEq, Eq)]
pub struct Written {
    pub edition: PathBuf,
    pub series: Option<PathBuf>,
}

#[derive(Debug)]
pub enum NewError {
    /// The edition file is there already: it is never overwritten.
    Exists(PathBuf),
    Io(PathBuf, io::Error),
}

impl NewError {
    /// Said in the reader's language.
    pub fn said(&self, lang: crate::i18n::Lang) -> String {
        let words = &lang.words().problems;
        match self {
            NewError::Exists(path) => (words.edition_exists)(&path.display().to_string()),
            NewError::Io(path, error) => {
                (words.not_written)(&path.display().to_string(), &error.to_string())
            }
        }
    }
}

impl std::fmt::Display for NewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(crate::i18n::Lang::En))
    }
}

/// Where the `#:schema` lines of the skeletons point, from inside a series folder.
pub const SCHEMA_FOLDER: &str = ".confer";

/// Writes the schemas the skeletons' `#:schema` lines name, `.confer/<kind>.schema.json` at
/// the root of the content folder, where they are missing or out of date (they are
/// generated, so a newer confer's replace an older one's). Returns those written; what it
/// refuses is said in `lang`.
pub fn write_schemas(content: &Path, lang: crate::i18n::Lang) -> io::Result<Vec<PathBuf>> {
    use crate::schema::{FileKind, render};
    let folder = content.join(SCHEMA_FOLDER);
    std::fs::create_dir_all(content)?;
    match std::fs::create_dir(&folder) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        _ => {}
    }
    // A `.confer` that is a link (a cloned repository can carry one) would have the schemas
    // written wherever it points.
    if !std::fs::symlink_metadata(&folder)?.is_dir() {
        let said = lang.words().problems.schema_folder;
        return Err(io::Error::other(said(&folder.display().to_string())));
    }
    let mut written = Vec::new();
    for (kind, name) in [
        (FileKind::Series, "series.schema.json"),
        (FileKind::Edition, "edition.schema.json"),
    ] {
        let path = folder.join(name);
        let schema = render(kind);
        // Read only if a regular file: a named pipe there would block the read forever.
        let current = crate::content::regular::read_limited(&path, schema.len() as u64).ok();
        if current.as_deref() != Some(schema.as_bytes()) {
            replace(&folder, name, &schema)?;
            written.push(path);
        }
    }
    Ok(written)
}

/// Writes `folder/name` as a new file renamed over the old one, never through it: a symbolic
/// link there (to ~/.bashrc, say) is replaced itself and what it points at is left alone.
/// The schemas are generated, so replacing what is there is what `write_schemas` does
/// anyway; the rename also means an editor never reads half a schema.
fn replace(folder: &Path, name: &str, text: &str) -> io::Result<()> {
    let temporary = folder.join(format!(".{name}.{}.new", std::process::id()));
    let written = write_new(&temporary, text).or_else(|e| {
        // One left by a confer that died with this process id: ours to remove (it is
        // removed as a name, never followed), then created new again.
        if e.kind() != io::ErrorKind::AlreadyExists {
            return Err(e);
        }
        std::fs::remove_file(&temporary)?;
        write_new(&temporary, text)
    });
    let renamed = written.and_then(|()| std::fs::rename(&temporary, folder.join(name)));
    if renamed.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    renamed
}

/// Writes `content/SERIES/STEM.toml`, and `content/SERIES/series.toml` when there is none,
/// creating the folders. Either everything asked is written or nothing is.
pub fn new_edition(content: &Path, target: &Target, year: u16) -> Result<Written, NewError> {
    let folder = content.join(&target.series);
    let edition = folder.join(format!("{}.toml", target.stem));
    let series = folder.join("series.toml");
    // Said before anything is written, so that a refusal leaves no new folder behind.
    if edition.exists() {
        return Err(NewError::Exists(edition));
    }
    std::fs::create_dir_all(&folder).map_err(|e| NewError::Io(folder.clone(), e))?;
    let series_is_new = !series.exists();
    // create_new: a file that appeared since the check above is still not overwritten.
    write_new(&edition, &edition_skeleton(target, year)).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => NewError::Exists(edition.clone()),
        _ => NewError::Io(edition.clone(), e),
    })?;
    if series_is_new {
        match write_new(&series, &series_skeleton(&target.series)) {
            Ok(()) => {}
            // Written by someone else meanwhile: theirs stands, and serves as well.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                // An edition without its series would not be read at all: take it back.
                let _ = std::fs::remove_file(&edition);
                return Err(NewError::Io(series, e));
            }
        }
    }
    Ok(Written {
        edition,
        series: series_is_new.then_some(series),
    })
}

fn write_new(path: &Path, text: &str) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(text.as_bytes())
}

/// The year a stem names (`2030`, `2030-spring`, `summit-2030`), else `fallback`.
pub fn year_of(stem: &str, fallback: u16) -> u16 {
    stem.split('-')
        .find(|part| part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|part| part.parse().ok())
        .unwrap_or(fallback)
}

/// This year by the system clock (UTC), for a stem that names none: a placeholder to be
/// replaced, so a day off around New Year does not matter.
pub fn this_year() -> u16 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    // 146,097 days make 400 Gregorian years exactly.
    u16::try_from(1970 + days * 400 / 146_097).unwrap_or(9999)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentLocation, Severity, load};

    fn target(series: &str, stem: &str) -> Target {
        Target {
            series: series.into(),
            stem: stem.into(),
        }
    }

    /// The examples taken out of their comments: `#key` lines lose the `#`.
    fn uncommented(text: &str) -> String {
        text.lines()
            .map(|line| match line.strip_prefix('#') {
                Some(rest) if !rest.starts_with([' ', ':']) && !rest.is_empty() => rest,
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every diagnostic of a folder holding one series with one edition, as `(severity,
    /// message)`.
    fn problems(series: &str, edition: &str) -> Vec<(Severity, String)> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("conf");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("series.toml"), series).unwrap();
        std::fs::write(folder.join("2030.toml"), edition).unwrap();
        let loaded = load(&ContentLocation::Folder(dir.path().to_path_buf()));
        assert_eq!(loaded.stats.editions, 1, "{:?}", loaded.diagnostics);
        loaded
            .diagnostics
            .iter()
            .map(|d| (d.severity, d.message.clone()))
            .collect()
    }

    #[test]
    fn the_skeletons_check_clean_as_written() {
        let edition = edition_skeleton(&target("conf", "2030"), 2030);
        assert_eq!(problems(&series_skeleton("conf"), &edition), vec![]);
    }

    #[test]
    fn every_example_is_valid_once_uncommented() {
        let edition = uncommented(&edition_skeleton(&target("conf", "2030"), 2030));
        let series = uncommented(&series_skeleton("conf"));
        // Uncommenting really did bring in an entry of each kind.
        for kind in [
            "[[figures]]",
            "[[people]]",
            "[[notes]]",
            "[coverage.people]",
        ] {
            assert!(edition.contains(&format!("\n{kind}")), "{kind}");
        }
        assert!(series.contains("\n[[sources]]"));
        assert_eq!(problems(&series, &edition), vec![]);
    }

    #[test]
    fn the_schema_line_comes_first() {
        let edition = edition_skeleton(&target("conf", "2030"), 2030);
        assert_eq!(
            edition.lines().next(),
            Some("#:schema ../.confer/edition.schema.json")
        );
        assert_eq!(
            series_skeleton("conf").lines().next(),
            Some("#:schema ../.confer/series.schema.json")
        );
    }

    #[test]
    fn the_year_comes_from_the_stem_when_it_names_one() {
        assert_eq!(year_of("2030", 2000), 2030);
        assert_eq!(year_of("2030-spring", 2000), 2030);
        assert_eq!(year_of("summit-2031", 2000), 2031);
        assert_eq!(year_of("spring", 2000), 2000);
        assert_eq!(year_of("20301", 2000), 2000);
        let edition = edition_skeleton(&target("conf", "2030-spring"), 2030);
        assert!(edition.contains("\nyear = 2030 "));
        assert!(edition.contains("\nstart = 2030-01-01 "));
        assert!(this_year() >= 2025);
    }

    #[test]
    fn targets_are_two_ids() {
        assert_eq!(parse_target("wic/2030"), Ok(target("wic", "2030")));
        for bad in [
            "wic",
            "Wic/2030",
            "wic/20 30",
            "wic/",
            "/2030",
            "wic/2030/x",
            "-wic/1",
        ] {
            assert!(parse_target(bad).is_err(), "{bad}");
        }
        let message = parse_target("WIC/2030").unwrap_err().to_string();
        assert!(
            message.contains("'WIC'") && message.contains("'wic'"),
            "{message}"
        );
    }

    #[test]
    fn an_existing_edition_is_left_alone_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let written = new_edition(dir.path(), &target("conf", "2030"), 2030).unwrap();
        assert_eq!(
            written.series,
            Some(dir.path().join("conf").join("series.toml"))
        );
        std::fs::write(&written.edition, "mine").unwrap();
        let again = new_edition(dir.path(), &target("conf", "2030"), 2030);
        assert!(matches!(again, Err(NewError::Exists(ref p)) if *p == written.edition));
        assert_eq!(std::fs::read_to_string(&written.edition).unwrap(), "mine");
        // A second edition of the series leaves its series file as it is.
        let other = new_edition(dir.path(), &target("conf", "2031"), 2031).unwrap();
        assert_eq!(other.series, None);
    }
}
