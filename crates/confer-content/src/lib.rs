//! The content format: finding files, reading them against the format, resolving references,
//! and the diagnostics `check` prints. `load` is the one entry point.
//!
//! Content built into an application is handed in as a type (`BuiltIn`): the crate knows
//! no content of its own.

pub mod allocator;
mod builtin;
mod check;
mod compiled;
mod country;
mod country_names;
pub mod decode;
pub mod diagnostic;
pub mod embed;
pub mod fields;
pub mod files;
mod grammar;
pub mod hash;
mod index;
mod library;
pub mod model;
pub mod parse;
mod raw;
pub mod regular;
mod resolve;
pub mod sanitize;

pub use builtin::{BuiltIn, BuiltinFile, NoBuiltIn};
pub use check::{Checked, check, check_knowing, check_telling, sort_refs};
/// For the application's build script, which compiles its built-in content with this crate.
pub use compiled::compile;
pub use country_names::country_name;
pub use diagnostic::{Diagnostic, Location, Severity, SourceMap};
pub use files::{ContentLocation, MAX_FILE_BYTES, missing_folder};
pub use library::Judged;

/// For `confer schema`, whose patterns and lists must say what the loader checks.
pub use country::codes as country_codes;
pub use grammar::{
    ID_PATTERN, LANGUAGE_TAG_PATTERN, PARTIAL_DATE_PATTERN, closest, id_help, is_id,
};
#[doc(hidden)]
pub use grammar::{is_language_tag, parse_partial_date};
pub use index::{Index, IndexedEdition, IndexedSeries};
pub use library::{Library, Pace};
pub use model::*;

use decode::Decoder;
use resolve::{EditionInput, SeriesInput};

/// How much was read, for the summary line of `check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub series: usize,
    pub editions: usize,
    /// Entries of every kind but sources, whether or not they were valid.
    pub entries: usize,
    pub sources: usize,
}

/// Everything `load` learnt: the content (only what is valid), the files it read, and every
/// problem, sorted by file and position.
#[derive(Debug)]
pub struct Loaded {
    pub content: Content,
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

impl Loaded {
    pub fn count(&self, severity: Severity) -> usize {
        diagnostic::count(&self.diagnostics, severity)
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Reads, checks and resolves all content at `location`, `B` being what is built in. Never
/// panics on bad input: every problem becomes a diagnostic.
pub fn load<B: BuiltIn>(location: &ContentLocation) -> Loaded {
    let mut reader = files::Reader::default();
    let found = match location {
        ContentLocation::BuiltIn => reader.builtin(B::FILES),
        ContentLocation::Folder(path) => reader.folder(path),
    };
    let files::Reader {
        mut sources,
        mut diagnostics,
    } = reader;
    let mut stats = Stats::default();
    let mut inputs: Vec<SeriesInput> = Vec::new();
    for series in found {
        stats.series += 1;
        let mut d = Decoder::new(series.series_file, &mut diagnostics);
        let raw = parse::series_file(&mut d, &sources.get(series.series_file).text);
        if let Some(raw) = &raw {
            stats.entries += raw.entry_count;
            stats.sources += raw.source_count;
        }
        let mut editions = Vec::new();
        for found in &series.editions {
            let read = files::read_edition(found);
            diagnostics.extend(read.diagnostics);
            if let Some(shown) = read.shown {
                sources.set_text(found.file, shown);
            }
            let Some(text) = read.text else { continue };
            stats.editions += 1;
            let mut d = Decoder::new(found.file, &mut diagnostics);
            let raw = parse::edition_file(&mut d, &text);
            sources.set_text(found.file, text);
            let Some(raw) = raw else { continue };
            stats.entries += raw.entry_count;
            stats.sources += raw.source_count;
            editions.push(EditionInput {
                stem: found.stem.clone(),
                file: found.file,
                raw,
            });
        }
        inputs.push(SeriesInput {
            id: series.id,
            file: series.series_file,
            raw,
            editions,
        });
    }
    let content = resolve::resolve(inputs, &sources, &mut diagnostics);
    check::sort(&mut diagnostics);
    Loaded {
        content,
        sources,
        diagnostics,
        stats,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_string_text_is_what_every_reader_sees() {
        let loaded = load::<NoBuiltIn>(&ContentLocation::Folder(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/good").into(),
        ));
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        let series = &loaded.content.series[0];
        assert_eq!(series.name.get("ja"), "NETmundial");
        let about = series.about.as_ref().unwrap().get("en");
        assert!(
            about.contains('\n') && about.contains('\t'),
            "paragraphs keep breaks: {about:?}"
        );
        let edition = &series.editions[0];
        assert_eq!(
            edition.people[0].org.as_ref().unwrap().name.get("en"),
            "ICANN"
        );
        assert_eq!(edition.people[0].sessions[0].id, "plenary");
        assert_eq!(edition.figures[0].approx, Approx::Under);
        assert_eq!(
            edition.notes[0].topic.as_ref().unwrap().scope,
            Scope::Series
        );
    }
}
