//! `confer export`: the resolved content as data for pandas, R or a spreadsheet, every text
//! in every language: JSON on standard output (`json.rs`) or one CSV file per table (`csv.rs`).
//!
//! Both read the editions through `Chosen`: every edition of every series one at a time
//! (`Library::each_edition_of`, so memory follows the output, not the archive), or only
//! the editions named, read whole beforehand. Nothing is written until every chosen
//! edition has read: a data set silently short of an edition is worse than none.
//!
//! A text written as a plain string (no language, tag "") is exported under the tag `und`,
//! BCP 47's "undetermined": a key of the text's object in JSON, and in CSV a key of the
//! `other_languages` cell, never one of the language columns, as the content does not say
//! which language it is in.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::content::model::{Edition, EditionId, Scope, Series, Source, Topic};
use crate::content::{Diagnostic, Index, Library};
use crate::editions::ChoiceError;

pub mod csv;
pub mod json;
pub mod schema;

/// What `--format` asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DataFormat {
    /// One JSON document on standard output
    Json,
    /// One CSV file per table, into the folder given with --out
    Csv,
}

/// What was exported: the JSON document, or the folder and the CSV files written into it.
#[derive(Debug)]
pub enum Exported {
    Json(String),
    Csv(PathBuf, Vec<PathBuf>),
}

/// Why nothing was exported.
#[derive(Debug)]
pub enum Failure {
    /// Errors in the editions to export.
    Content(Vec<Diagnostic>),
    /// A file or folder that could not be written, or an edition that could not be read:
    /// what and why.
    Other(String),
}

/// Where the export goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// JSON, for standard output.
    Json,
    /// A CSV file per table into `dir`, each starting with a byte-order mark if `bom`.
    Csv { dir: &'a Path, bom: bool },
}

/// Options of `export` that do not go together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mismatch {
    CsvNeedsOut,
    OutNeedsCsv,
    BomNeedsCsv,
}

impl Mismatch {
    /// Said as the reader has to mend it, in their language.
    pub fn said(self, lang: crate::i18n::Lang) -> &'static str {
        let words = &lang.words().problems;
        match self {
            Mismatch::CsvNeedsOut => words.csv_needs_out,
            Mismatch::OutNeedsCsv => words.out_needs_csv,
            Mismatch::BomNeedsCsv => words.bom_needs_csv,
        }
    }
}

/// The target the options name, or why they do not go together.
pub fn target(format: DataFormat, out: Option<&Path>, bom: bool) -> Result<Target<'_>, Mismatch> {
    match (format, out, bom) {
        (DataFormat::Csv, Some(dir), bom) => Ok(Target::Csv { dir, bom }),
        (DataFormat::Csv, None, _) => Err(Mismatch::CsvNeedsOut),
        (DataFormat::Json, Some(_), _) => Err(Mismatch::OutNeedsCsv),
        (DataFormat::Json, None, true) => Err(Mismatch::BomNeedsCsv),
        (DataFormat::Json, None, false) => Ok(Target::Json),
    }
}

/// Exports the editions `only` names (every edition when `None`): the JSON document, or
/// the CSV files written. Nothing is written when an edition does not read: its errors are
/// returned instead.
pub fn export(
    library: &mut Library,
    only: Option<&[EditionId]>,
    target: &Target,
) -> Result<Exported, Failure> {
    // The editions named are read whole first; without any, each is read in its turn.
    if let Some(ids) = only {
        let errors = library.read(ids);
        if !errors.is_empty() {
            return Err(Failure::Content(errors));
        }
    }
    let chosen = Chosen::new(library, only);
    let unread = match *target {
        Target::Json => match json::document(chosen) {
            Ok(json) => return Ok(Exported::Json(json)),
            Err(unread) => unread,
        },
        Target::Csv { dir, bom } => match csv::tables(chosen) {
            Ok(tables) => {
                let files = tables.write(dir, bom).map_err(|(path, error)| {
                    Failure::Other(format!("cannot write {}: {error}", path.display()))
                })?;
                return Ok(Exported::Csv(dir.to_path_buf(), files));
            }
            Err(unread) => unread,
        },
    };
    // Read again, to learn why they did not read.
    let errors = library.read(&unread);
    if errors.is_empty() {
        let ids: Vec<String> = unread.iter().map(ToString::to_string).collect();
        return Err(Failure::Other(format!("could not read {}", ids.join(", "))));
    }
    Err(Failure::Content(errors))
}

/// The version of the export's shape, `format` in the JSON document: raised whenever the
/// shape changes (a key added, renamed or removed, a value that means something else), so
/// that a reader's script can tell, and `confer schema export` describes exactly this one.
pub const FORMAT: u32 = 1;

/// The tag a language-neutral text is exported under.
pub const NEUTRAL: &str = "und";

/// The tag as exported: the neutral "" as `und`.
pub fn export_tag(tag: &str) -> &str {
    if tag.is_empty() { NEUTRAL } else { tag }
}

/// The editions named on the command line, in content order and each once; `None` when
/// none is named (then every edition is exported). A name is `series/stem`, or a stem unique
/// across series, as everywhere else.
pub fn choose(index: &Index, names: &[String]) -> Result<Option<Vec<EditionId>>, ChoiceError> {
    if names.is_empty() {
        return Ok(None);
    }
    let known = || index.editions().map(|(_, e)| e.id.to_string()).collect();
    let mut chosen = Vec::new();
    for name in names {
        let found: Vec<&EditionId> = index
            .editions()
            .map(|(_, e)| &e.id)
            .filter(|id| id.to_string() == *name || id.stem == *name)
            .collect();
        match found[..] {
            [id] => chosen.push(id.clone()),
            [] => {
                return Err(ChoiceError::NoEdition {
                    id: name.clone(),
                    known: known(),
                });
            }
            // Only those it names: the reader picks one of them.
            _ => {
                return Err(ChoiceError::Ambiguous {
                    id: name.clone(),
                    known: found.iter().map(|id| id.to_string()).collect(),
                });
            }
        }
    }
    // Content order (series by id, editions by date), whatever order they were named in.
    chosen.sort_by_key(|id| index.position(id));
    chosen.dedup();
    Ok(Some(chosen))
}

/// The editions to export, handed out a series at a time. Editions that did not read are
/// noted in `failed`, for the caller to report their errors.
pub struct Chosen<'a> {
    library: &'a Library,
    /// `None`: every edition. Otherwise these, already read whole into `library`.
    only: Option<&'a [EditionId]>,
    failed: RefCell<Vec<EditionId>>,
}

impl<'a> Chosen<'a> {
    pub fn new(library: &'a Library, only: Option<&'a [EditionId]>) -> Self {
        Chosen {
            library,
            only,
            failed: RefCell::new(Vec::new()),
        }
    }

    /// The series exported: every series, or those of the editions named.
    pub fn series(&self) -> impl Iterator<Item = &'a Series> + '_ {
        self.library.content.series.iter().filter(|series| {
            self.only
                .is_none_or(|only| only.iter().any(|id| id.series == series.id))
        })
    }

    /// Hands `visit` each exported edition of `series`, in date order.
    pub fn each_edition(&self, series: &Series, visit: &mut dyn FnMut(&Edition)) {
        match self.only {
            Some(only) => series
                .editions
                .iter()
                .filter(|e| only.contains(&e.id))
                .for_each(visit),
            None => {
                self.library
                    .each_edition_of(&series.id, &mut |edition| match edition {
                        Ok(edition) => visit(edition),
                        Err(id) => self.failed.borrow_mut().push(id.clone()),
                    });
            }
        }
    }

    /// The editions that did not read, or `Ok` when there were none.
    pub fn finish(self) -> Result<(), Vec<EditionId>> {
        let failed = self.failed.into_inner();
        if failed.is_empty() {
            Ok(())
        } else {
            Err(failed)
        }
    }
}

/// Where an org, topic or source was defined: `series` or `edition`.
pub fn scope_word(scope: Scope) -> &'static str {
    match scope {
        Scope::Series => "series",
        Scope::Edition => "edition",
    }
}

/// The ids of what an entry cites, in the order written.
fn source_ids(sources: &[Arc<Source>]) -> Vec<&str> {
    sources.iter().map(|s| s.id.as_str()).collect()
}

/// The ids of the topics an entry is about, in the order written.
fn topic_ids(topics: &[Arc<Topic>]) -> Vec<&str> {
    topics.iter().map(|t| t.id.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentLocation;

    #[test]
    fn names_resolve_in_content_order_each_once() {
        let library = Library::open(&ContentLocation::BuiltIn);
        let names = ["wic/2016", "wic/2014", "wic/2016"].map(String::from);
        let chosen = choose(&library.index, &names).unwrap().unwrap();
        let chosen: Vec<String> = chosen.iter().map(ToString::to_string).collect();
        assert_eq!(chosen, ["wic/2014", "wic/2016"]);
        assert_eq!(choose(&library.index, &[]).unwrap(), None);
        let err = choose(&library.index, &["wic/2013".to_string()]).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("no edition 'wic/2013'; the editions are: wic/2014")
        );
    }

    #[test]
    fn only_the_editions_named_are_handed_out_even_when_more_are_read() {
        let mut library = Library::open(&ContentLocation::BuiltIn);
        let all: Vec<EditionId> = library
            .index
            .editions()
            .map(|(_, e)| e.id.clone())
            .collect();
        assert!(library.read(&all).is_empty());
        let only = choose(&library.index, &["wic/2015".to_string()])
            .unwrap()
            .unwrap();
        let chosen = Chosen::new(&library, Some(&only));
        let series: Vec<&Series> = chosen.series().collect();
        let mut seen = Vec::new();
        chosen.each_edition(series[0], &mut |e| seen.push(e.id.to_string()));
        assert_eq!(seen, ["wic/2015"]);
        assert!(chosen.finish().is_ok());
    }

    #[test]
    fn a_plain_string_is_found_under_und() {
        let library = Library::open(&ContentLocation::BuiltIn);
        let series = &library.content.series[0];
        let wikipedia = series
            .own_sources
            .iter()
            .find(|s| s.id == "wikipedia-wic")
            .unwrap();
        assert!(wikipedia.title.is_language_neutral());
        let tags: Vec<&str> = wikipedia.title.languages().map(export_tag).collect();
        assert_eq!(tags, [NEUTRAL]);
        assert_eq!(export_tag("en"), "en");
    }
}
