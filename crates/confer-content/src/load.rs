//! Reading a whole content folder at once: every file read, checked and resolved.

use super::builtin::BuiltIn;
use super::decode::Decoder;
use super::diagnostic::{self, Diagnostic, Severity, SourceMap};
use super::files::{self, ContentLocation};
use super::model::Content;
use super::parse;
use super::resolve::{self, EditionInput, SeriesInput};
use super::stats::Stats;

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
    let mut content = resolve::resolve(inputs, &sources, &mut diagnostics);
    if matches!(location, ContentLocation::BuiltIn) {
        crate::builtin::lead_first(&mut content.series, B::LEAD_SERIES, |s| &s.id);
    }
    diagnostic::sort(&mut diagnostics);
    Loaded {
        content,
        sources,
        diagnostics,
        stats,
    }
}
