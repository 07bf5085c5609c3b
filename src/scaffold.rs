//! `confer new`: a commented skeleton of an edition file (and of its series file when the
//! series is new) that passes `confer check`, for an author to fill in.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::content::{id_help, is_id};

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

/// The edition file. Required keys are live with placeholders that read as such; everything
/// optional is an example commented out as `#key = value` (no space after `#`), so that
/// removing the `#` gives valid content. Explanations are `# ` comments.
pub fn edition_skeleton(target: &Target, year: u16) -> String {
    EDITION
        .replace("@SERIES@", &target.series)
        .replace("@STEM@", &target.stem)
        .replace("@YEAR@", &format!("{year:04}"))
}

/// The series file, on the same conventions as the edition file.
pub fn series_skeleton(series: &str) -> String {
    SERIES.replace("@SERIES@", series)
}

const EDITION: &str = r#"#:schema ../.confer/edition.schema.json
# An edition of the series '@SERIES@'. Its id is @SERIES@/@STEM@: the folder, then this file's stem.
# Replace the placeholders, remove the '#' before the examples you need, and run
# `confer check` after each change: it names every problem with its line and column.
#
# The rules of the format, in brief:
# - Text is a plain string, or a table of language tag to string, one entry or more:
#   { en = "Opening ceremony", ja = "開幕式" }. Readers see their language, else en, else ja.
# - Ids (and the series folder and file stems) are lowercase letters, digits and '-',
#   starting with a letter or digit: "jack-ma". The same id in two editions is the same
#   person, organization or topic, which is how editions are compared.
# - Every fact needs its sources: `sources = [...]` lists ids of [[sources]] in this file
#   or in series.toml. Figures, people, outcomes, timeline and notes without sources are
#   warned about.
# - Keys not in the format are errors, so keep the names as they are.
format = 1  # the version of the format; 1 is the only one

[edition]
name = { en = "Name of the edition", ja = "回の名前" }  # required: its full name
#label = { en = "@YEAR@ City", ja = "@YEAR@ 開催地" }  # a short label for pane titles
year = @YEAR@  # required
start = @YEAR@-01-01  # required: the first day, a date written YYYY-MM-DD without quotes
end = @YEAR@-01-01  # required: the last day, on or after start
place = { en = "City, Country", ja = "開催地" }  # required: where it was held
#theme = { en = "Its official theme" }
#summary = { en = "A paragraph: what happened, and why it mattered." }
#sources = ["source-id"]  # the sources of the facts above

# ── Coverage: how complete a list is ──────────────────────────────────────────────
# A list without a [coverage.KIND] table claims nothing either way. With complete = false
# every view says the list is partial, and what it lacks is "not listed", never "absent".
# KIND is people, orgs, sessions, outcomes or timeline.
#[coverage.people]
#complete = false  # required in the table: true means every one is listed
#total = 100  # how many there were in all: not below the number listed, equal if complete
#note = { en = "What the list covers: the speakers named in the press" }

# ── Figures: numbers compared across editions ─────────────────────────────────────
#[[figures]]
#key = "participants"  # required, an id: one key is one measure, paired across editions
# and series; the well-known keys: participants, countries, days, sessions, forums,
# speakers, exhibitors, media
#label = { en = "Participants", ja = "参加者" }  # required
#value = 1000  # required: an integer or a decimal
#approx = "about"  # "exact" (the default), "about", "over" or "under"
#unit = { en = "people", ja = "人" }  # keep the same unit for the same key in every edition
#basis = { en = "on site and online together", ja = "会場とオンラインの合計" }  # only where this edition counted differently: no change is shown across bases
#note = { en = "Where the sources disagree, both" }
#sources = ["source-id"]

# ── Organizations named in this edition (those of every edition go in series.toml) ──
#[[orgs]]
#id = "org-id"  # required
#name = { en = "Name of the organization", ja = "組織の名前" }  # required
#kind = "company"  # "company", "government", "intl-org", "academia", "media", "civil-society" or "other"
#country = "JP"  # ISO 3166-1 alpha-2, uppercase

# ── People: speakers and other notable participants ──────────────────────────────
#[[people]]
#id = "person-id"  # required
#name = { en = "Name of the person", ja = "人の名前" }  # required: the same in every edition
#org = "org-id"  # an organization of this edition or of the series
#role = { en = "Role at this edition", ja = "この回での役職" }
#country = "JP"
#sessions = ["session-id"]  # the sessions they took part in
#note = { en = "Anything worth knowing" }
#sources = ["source-id"]

# ── Sessions: the programme ───────────────────────────────────────────────────────
#[[sessions]]
#id = "session-id"  # required
#day = 1  # required: 1 is the first day
#title = { en = "Title of the session", ja = "セッションの名前" }  # required
#kind = "forum"  # "ceremony", "forum", "panel", "dialogue", "exhibition", "closed-door" or "other"
#topics = ["topic-id"]
#highlight = true  # marked as notable by the source; false by default
#note = { en = "Anything worth knowing" }
#sources = ["source-id"]

# ── Topics: what the edition was about, matched across editions by id ────────────
#[[topics]]
#id = "topic-id"  # required
#label = { en = "Name of the topic", ja = "トピックの名前" }  # required
#weight = 2  # 1 (mentioned) to 3 (central); 1 by default
#note = { en = "How it came up" }
# A topic of series.toml is taken up by its id alone, with this edition's weight:
# [[topics]]
# id = "series-topic-id"
# weight = 3

# ── Outcomes: declarations, reports, awards, initiatives ─────────────────────────
#[[outcomes]]
#id = "outcome-id"  # required
#kind = "declaration"  # "declaration", "report", "award", "initiative", "agreement", "exhibition" or "other"
#title = { en = "Title of the outcome", ja = "成果の名前" }  # required
#status = "adopted"  # "adopted", "published", "announced", "proposed", "withdrawn" or "other"
#date = "@YEAR@-01"  # a partial date, quoted: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
#detail = { en = "What it says or does" }
#topics = ["topic-id"]
#sources = ["source-id"]

# ── Timeline: events around the edition, for context ─────────────────────────────
#[[timeline]]
#date = "@YEAR@"  # required: a partial date
#title = { en = "What happened", ja = "出来事" }  # required
#place = { en = "Where it happened" }
#topics = ["topic-id"]
#sources = ["source-id"]

# ── Notes: commentary, such as an analysis, a regional lens or a quote ──────────
#[[notes]]
#id = "note-id"  # required
#title = { en = "Title of the note", ja = "ノートの題" }  # required
#body = { en = "The note itself, a paragraph or more." }  # required
#topic = "topic-id"  # the topic it is grouped under
#sources = ["source-id"]

# ── Sources: where the facts come from ──────────────────────────────────────────
# Cite one by its id in `sources = [...]`. Sources that every edition cites can go in
# series.toml instead; an id may not be used in both.
#[[sources]]
#id = "source-id"  # required
#title = { en = "Title of the article, report or page" }  # required
#author = "Name of the author"
#publisher = { en = "Name of the publisher" }
#date = "@YEAR@-01-01"  # a partial date
#kind = "article"  # "article", "slides", "report", "web", "book" or "other"
#url = "https://example.org/"
"#;

const SERIES: &str = r#"#:schema ../.confer/series.schema.json
# The series '@SERIES@': its name, and the organizations, topics and sources that its
# editions share. Each edition is a file beside this one; `confer new @SERIES@/STEM` starts one.
# Replace the placeholders, remove the '#' before the examples you need, and run
# `confer check`.
#
# Text is a plain string or a table of language tag to string ({ en = "…", ja = "…" });
# ids are lowercase letters, digits and '-'; every fact needs its sources. The format
# allows no other keys than these.
format = 1  # the version of the format; 1 is the only one

[series]
name = { en = "Name of the series", ja = "シリーズの名前" }  # required
#organizer = { en = "Who organizes it" }
#about = { en = "A paragraph on the series: since when, where, on what." }
#sources = ["shared-source-id"]  # the sources of the facts above

# ── Shared by every edition ─────────────────────────────────────────────────────
# An edition refers to these by id as to its own, and may not define the same id again.
#[[orgs]]
#id = "shared-org-id"  # required
#name = { en = "Name of the organization", ja = "組織の名前" }  # required
#kind = "government"  # "company", "government", "intl-org", "academia", "media", "civil-society" or "other"
#country = "JP"  # ISO 3166-1 alpha-2, uppercase

#[[topics]]
#id = "shared-topic-id"  # required
#label = { en = "Name of the topic", ja = "トピックの名前" }  # required
#weight = 1  # 1 (mentioned) to 3 (central); 1 by default

#[[sources]]
#id = "shared-source-id"  # required
#title = { en = "Title of the article, report or page" }  # required
#publisher = { en = "Name of the publisher" }
#kind = "web"  # "article", "slides", "report", "web", "book" or "other"
#url = "https://example.org/"
"#;

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
