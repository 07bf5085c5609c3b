//! The content format: finding files, reading them against the format, resolving references,
//! and the diagnostics `check` prints. `load` is the one entry point.

mod country;
mod decode;
pub mod diagnostic;
mod files;
pub mod model;
mod parse;
mod raw;
mod resolve;

pub use diagnostic::{Diagnostic, Location, Severity, SourceMap};
pub use files::{BUILTIN, ContentLocation, MAX_FILE_BYTES};
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
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Reads, checks and resolves all content at `location`. Never panics on bad input: every
/// problem becomes a diagnostic.
pub fn load(location: &ContentLocation) -> Loaded {
    let mut reader = files::Reader::default();
    let found = match location {
        ContentLocation::BuiltIn => reader.builtin(BUILTIN),
        ContentLocation::Folder(path) => reader.folder(path),
    };
    let files::Reader {
        sources,
        mut diagnostics,
    } = reader;
    let mut stats = Stats::default();
    let inputs: Vec<SeriesInput> = found
        .into_iter()
        .map(|series| {
            stats.series += 1;
            let mut d = Decoder {
                file: series.series_file,
                diagnostics: &mut diagnostics,
            };
            let raw = parse::series_file(&mut d, &sources.get(series.series_file).text);
            if let Some(raw) = &raw {
                stats.entries += raw.entry_count;
                stats.sources += raw.source_count;
            }
            let editions = series
                .editions
                .into_iter()
                .filter_map(|(stem, file)| {
                    stats.editions += 1;
                    let mut d = Decoder {
                        file,
                        diagnostics: &mut diagnostics,
                    };
                    let raw = parse::edition_file(&mut d, &sources.get(file).text)?;
                    stats.entries += raw.entry_count;
                    stats.sources += raw.source_count;
                    Some(EditionInput { stem, file, raw })
                })
                .collect();
            SeriesInput {
                id: series.id,
                file: series.series_file,
                raw,
                editions,
            }
        })
        .collect();
    let content = resolve::resolve(inputs, &sources, &mut diagnostics);
    // Problems with folders first, then each file in the order it was read, top to bottom.
    diagnostics.sort_by_key(|d| match &d.location {
        Location::Nowhere | Location::Path(_) => None,
        Location::Span(file, span) => Some((*file, span.start)),
    });
    Loaded {
        content,
        sources,
        diagnostics,
        stats,
    }
}
