//! Content read as it is shown: at opening, every series file and an index of every edition
//! (its `[edition]` table only); each edition read whole the first time it is shown. The
//! explorer, `print`, `present` and `list` pay for what they show, not for the archive.

use std::marker::PhantomData;
use std::sync::atomic::{AtomicUsize, Ordering};

mod each;
mod reload;

use super::reading::{Judged, Reading, read_whole};

use super::builtin::{BuiltIn, NoBuiltIn};
use super::decode::Decoder;
use super::diagnostic::{Diagnostic, FileId, Location, Severity, SourceMap};
use super::files::{ContentLocation, FoundEdition, Reader, Stamp};
use super::index::{Index, IndexedEdition, IndexedSeries, index_edition};
use super::model::{Content, Edition, EditionId, Series};
use super::resolve::{self, SeriesScope};
use super::stats::Stats;
use super::{compiled, parse};

/// How several editions wanted at once are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// On both cores when the files are large: the explorer's first frame waits on them.
    Soonest,
    /// One after another: a command that prints and exits has time to spare, and its peak
    /// memory is then one file's parse, not two at once (about 24 MiB against 42 MiB for
    /// two 420 kB editions).
    OneAtATime,
}

/// `B`: what `ContentLocation::BuiltIn` reads (the application names its own `Library`).
pub struct Library<B = NoBuiltIn> {
    location: Option<ContentLocation>,
    pub sources: SourceMap,
    /// Every problem found so far: in the folders, the series files, the editions that could
    /// not be indexed and the editions read whole.
    diagnostics: Vec<Diagnostic>,
    /// Every edition whose `[edition]` table could be read.
    pub index: Index,
    /// The series, with the editions read whole so far (those without errors).
    pub content: Content,
    /// What each kept series' editions may refer to, with its series file.
    scopes: Vec<(SeriesScope, FileId)>,
    series_files: Vec<FileId>,
    /// Edition files read whole (with or without errors), and when each was last changed.
    read: Vec<(FileId, Option<Stamp>)>,
    /// Series files, editions read whole, their entries and sources.
    pub stats: Stats,
    /// Editions reopening found unchanged, to be taken from the library before.
    carried: Vec<(EditionId, FileId, Stamp)>,
    /// What `check` judges of each edition read whole from the folder.
    judged: Vec<Judged>,
    built_in: PhantomData<fn() -> B>,
}

impl<B> std::fmt::Debug for Library<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("location", &self.location)
            .field("editions", &self.index.len())
            .field("read", &self.read.len())
            .finish()
    }
}

impl<B: BuiltIn> Library<B> {
    /// Lists the content, reads every series file and indexes every edition.
    pub fn open(location: &ContentLocation) -> Self {
        Self::open_with(location, None)
    }

    /// `open`, taking from `previous` the index entry of every edition file unchanged since
    /// (same place, time and length), so that a reload reads only what changed.
    fn open_with(location: &ContentLocation, previous: Option<&Index>) -> Self {
        let mut reader = Reader::default();
        let found = match location {
            ContentLocation::BuiltIn => reader.builtin(B::FILES),
            ContentLocation::Folder(path) => reader.folder(path),
        };
        let Reader {
            sources,
            mut diagnostics,
        } = reader;
        let mut library = Library {
            location: Some(location.clone()),
            sources,
            diagnostics: Vec::new(),
            index: Index::default(),
            content: Content::default(),
            scopes: Vec::new(),
            series_files: Vec::new(),
            read: Vec::new(),
            stats: Stats::default(),
            carried: Vec::new(),
            judged: Vec::new(),
            built_in: PhantomData,
        };
        for series in found {
            library.stats.series += 1;
            library.series_files.push(series.series_file);
            let text = &library.sources.get(series.series_file).text;
            let mut d = Decoder::new(series.series_file, &mut diagnostics);
            // Built in: read at build time already.
            let raw = match series.compiled.and_then(compiled::series) {
                Some(raw) => Some(raw),
                None => parse::series_file(&mut d, text),
            };
            if let Some(raw) = &raw {
                library.stats.entries += raw.entry_count;
                library.stats.sources += raw.source_count;
            }
            let mut scope =
                resolve::series_scope(&series.id, series.series_file, text, raw, &mut diagnostics);
            let Some(kept) = scope.series.take() else {
                continue;
            };
            let mut indexed_series = IndexedSeries {
                id: kept.id.clone(),
                name: kept.name.clone(),
                editions: Vec::new(),
            };
            for found in series.editions {
                let indexed = library.index_one(&series.id, found, previous, &mut diagnostics);
                indexed_series.editions.extend(indexed);
            }
            indexed_series
                .editions
                .sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
            library.index.series.push(indexed_series);
            library.content.series.push(kept);
            library.scopes.push((scope, series.series_file));
        }
        library.index.series.sort_by(|a, b| a.id.cmp(&b.id));
        library.content.series.sort_by(|a, b| a.id.cmp(&b.id));
        if matches!(location, ContentLocation::BuiltIn) {
            crate::builtin::lead_first(&mut library.index.series, B::LEAD_SERIES, |s| &s.id);
            crate::builtin::lead_first(&mut library.content.series, B::LEAD_SERIES, |s| &s.id);
        }
        library.diagnostics = diagnostics;
        library
    }

    /// The index entry of an edition of the series `series_id`: taken from `previous` when
    /// its file is unchanged, else read from its `[edition]` table (`None` when it cannot be).
    fn index_one(
        &mut self,
        series_id: &str,
        found: FoundEdition,
        previous: Option<&Index>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<IndexedEdition> {
        let unchanged = previous.and_then(|index| index.unchanged(series_id, &found));
        if let Some(entry) = unchanged {
            return Some(IndexedEdition {
                found: Some(found),
                ..entry.clone()
            });
        }
        match index_edition(&found) {
            Ok(indexed) => {
                if let Some(text) = indexed.text {
                    self.sources.set_text(found.file, text);
                }
                diagnostics.extend(indexed.warnings);
                let raw = indexed.edition;
                Some(IndexedEdition {
                    id: EditionId {
                        series: series_id.to_string(),
                        stem: found.stem.clone(),
                    },
                    name: raw.name,
                    label: raw.label,
                    start: raw.start.value,
                    end: raw.end.value,
                    place: raw.place,
                    found: Some(found),
                })
            }
            Err(unindexed) => {
                if let Some(text) = unindexed.text {
                    self.sources.set_text(found.file, text);
                }
                diagnostics.extend(unindexed.diagnostics);
                None
            }
        }
    }

    /// Content already read whole (tests, and the built-in content read at once).
    pub fn of(content: Content) -> Self {
        Library {
            location: None,
            sources: SourceMap::default(),
            diagnostics: Vec::new(),
            index: Index::of(&content),
            stats: Stats {
                series: content.series.len(),
                editions: content.editions().count(),
                ..Stats::default()
            },
            content,
            scopes: Vec::new(),
            series_files: Vec::new(),
            read: Vec::new(),
            carried: Vec::new(),
            judged: Vec::new(),
            built_in: PhantomData,
        }
    }

    pub fn location(&self) -> Option<&ContentLocation> {
        self.location.as_ref()
    }

    /// An edition read whole, with its series.
    pub fn edition(&self, id: &EditionId) -> Option<(&Series, &Edition)> {
        self.content.editions().find(|(_, e)| &e.id == id)
    }

    /// Read whole, or about to be carried over from the library before.
    pub fn is_read(&self, id: &EditionId) -> bool {
        self.edition(id).is_some() || self.carried.iter().any(|(c, _, _)| c == id)
    }

    /// Reads the editions named, those not yet read, as soon as it can: on two threads
    /// when the files are large. Returns the errors found in them (an edition with errors
    /// is not kept).
    pub fn read(&mut self, ids: &[EditionId]) -> Vec<Diagnostic> {
        self.read_at(ids, Pace::Soonest)
    }

    /// Reads the editions named, those not yet read, at the pace asked for.
    pub fn read_at(&mut self, ids: &[EditionId], pace: Pace) -> Vec<Diagnostic> {
        // Stamped before reading, so that a change made while reading is seen by a reload.
        let wanted: Vec<(usize, FoundEdition, Option<Stamp>)> = ids
            .iter()
            .filter(|id| !self.is_read(id))
            .filter_map(|id| {
                let scope = self.scopes.iter().position(|(s, _)| s.id == id.series)?;
                let found = self.index.editions().find(|(_, e)| &e.id == id)?.1;
                let found = found.found.clone()?;
                let stamp = found.stamp;
                Some((scope, found, stamp))
            })
            .collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        let scopes = &self.scopes;
        let next = AtomicUsize::new(0);
        // Each thread takes the next edition not yet taken, until none are left.
        let take = || {
            let mut done = Vec::new();
            loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let Some((scope, found, _)) = wanted.get(at) else {
                    break done;
                };
                done.push((at, read_whole(&scopes[*scope].0, found)));
            }
        };
        let mut results = if pace == Pace::Soonest && worth_a_thread(&wanted) {
            std::thread::scope(|threads| {
                let helper = threads.spawn(take);
                let mut results = take();
                results.extend(helper.join().unwrap_or_default());
                results
            })
        } else {
            take()
        };
        results.sort_by_key(|(at, _)| *at);
        let results: Vec<Reading> = results.into_iter().map(|(_, reading)| reading).collect();
        let mut errors = Vec::new();
        for ((_, found, stamp), mut reading) in wanted.iter().zip(results) {
            self.judged.retain(|j| !j.is_of(&found.name, found.stamp));
            self.judged.extend(Judged::take(found, &mut reading));
            if let Some(text) = reading.text {
                self.sources.set_text(found.file, text);
            }
            self.read.retain(|(file, _)| *file != found.file);
            self.read.push((found.file, *stamp));
            // What indexing found in the file is found again, with the rest of it.
            self.diagnostics
                .retain(|d| !matches!(&d.location, Location::Span(file, _) if *file == found.file));
            let failed: Vec<Diagnostic> = reading
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .cloned()
                .collect();
            self.diagnostics.extend(reading.diagnostics);
            self.stats.entries += reading.entries;
            self.stats.sources += reading.sources;
            match reading.edition {
                Some(edition) if failed.is_empty() => {
                    self.stats.editions += 1;
                    self.keep(edition);
                }
                _ => errors.extend(failed),
            }
        }
        super::diagnostic::sort(&mut errors);
        errors
    }

    /// What `check` judges of the editions read whole so far, for a check beside them
    /// (`check_knowing`) to take rather than read the same files again.
    pub fn judged(&self) -> Vec<Judged> {
        self.judged.clone()
    }

    fn keep(&mut self, edition: Edition) {
        if let Some(series) = self
            .content
            .series
            .iter_mut()
            .find(|s| s.id == edition.id.series)
        {
            series.editions.push(edition);
            resolve::sort_editions(&mut series.editions);
        }
    }

    /// The errors that stop the content from being shown: in the folders, the series files
    /// and the editions read whole. Those of editions not shown are `left_out`.
    pub fn errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && self.blocks(d))
            .collect()
    }

    /// Errors of edition files that are not shown: the picker leaves those editions out,
    /// and the explorer says so.
    pub fn left_out(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && !self.blocks(d))
            .collect()
    }

    /// How many edition files `left_out` is about.
    pub fn left_out_files(&self) -> usize {
        let mut files: Vec<&str> = self
            .left_out()
            .into_iter()
            .filter_map(|d| self.names(d))
            .collect();
        files.sort_unstable();
        files.dedup();
        files.len()
    }

    pub fn warnings(&self) -> usize {
        super::diagnostic::count(&self.diagnostics, Severity::Warning)
    }

    fn blocks(&self, d: &Diagnostic) -> bool {
        match &d.location {
            Location::Nowhere => true,
            // A file of an edition (a bad name, too large, unreadable) or a folder.
            Location::Path(path) => !path.ends_with(".toml") || path.ends_with("series.toml"),
            Location::Span(file, _) => {
                self.series_files.contains(file) || self.read.iter().any(|(f, _)| f == file)
            }
        }
    }

    /// The file a diagnostic is about, as it is shown.
    fn names<'a>(&'a self, d: &'a Diagnostic) -> Option<&'a str> {
        match &d.location {
            Location::Nowhere => None,
            Location::Path(path) => Some(path),
            Location::Span(file, _) => Some(&self.sources.get(*file).name),
        }
    }
}

/// Whether reading `wanted` on two threads saves time: only for files of some size. A
/// thread costs about a tenth of a millisecond to start, and on a machine of two cores it
/// takes the core the terminal and its emulator need: the built-in editions (half a
/// millisecond each, compiled) paint sooner read one after the other (`first_paint`: 1.90
/// and 1.94 times the minimal app, against 1.99 and 2.04 read on two threads).
fn worth_a_thread(wanted: &[(usize, FoundEdition, Option<Stamp>)]) -> bool {
    /// About 4 ms of reading (TOML is read at about 17 kB a millisecond).
    const BYTES: u64 = 64 * 1024;
    let bytes: u64 = wanted
        .iter()
        .filter_map(|(_, _, stamp)| stamp.map(|(_, length)| length))
        .sum();
    wanted.len() > 1
        && bytes >= BYTES
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}
