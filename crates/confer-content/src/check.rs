//! `confer check`: every file read and judged against the format, the editions on every
//! core. Of each edition only its diagnostics and what the cross-edition rules need are
//! kept, so that memory follows the largest file rather than the whole folder.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::builtin::BuiltIn;
use super::decode::Decoder;
use super::diagnostic::{self, Diagnostic, Severity, SourceMap};
use super::files::{self, ContentLocation, FoundEdition, Reader};
use super::model::EditionId;
use super::parse;
use super::reading::{Judged, Reading, parse_and_resolve};
use super::resolve::{self, FirstSeen, SeriesScope};
use super::stats::Stats;

/// What `check` found: every problem, sorted by file and position as `load` sorts them,
/// and the text of each file a problem points into.
#[derive(Debug)]
pub struct Checked {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

impl Checked {
    pub fn count(&self, severity: Severity) -> usize {
        diagnostic::count(&self.diagnostics, severity)
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Checks all content at `location`, as `load` would, on `threads` threads (at least one).
pub fn check<B: BuiltIn>(location: &ContentLocation, threads: usize) -> Checked {
    check_telling::<B>(location, threads, |_, _| {})
}

/// `check`, telling `progress` how many editions of how many are judged, after each one.
pub fn check_telling<B: BuiltIn>(
    location: &ContentLocation,
    threads: usize,
    progress: impl FnMut(usize, usize),
) -> Checked {
    check_knowing::<B>(location, threads, &[], progress)
}

/// `check_telling`, taking what `known` judged of a file still as it was instead of reading
/// it again: the explorer's check beside the editions it shows (`Library::judged`).
pub fn check_knowing<B: BuiltIn>(
    location: &ContentLocation,
    threads: usize,
    known: &[Judged],
    mut progress: impl FnMut(usize, usize),
) -> Checked {
    give_back_freed_memory();
    let mut reader = Reader::default();
    let found = match location {
        ContentLocation::BuiltIn => reader.builtin(B::FILES),
        ContentLocation::Folder(path) => reader.folder(path),
    };
    let Reader {
        mut sources,
        mut diagnostics,
    } = reader;
    let mut stats = Stats::default();
    let mut scopes: Vec<SeriesScope> = Vec::new();
    let mut jobs: Vec<(usize, FoundEdition)> = Vec::new();
    for series in found {
        stats.series += 1;
        let text = &sources.get(series.series_file).text;
        let mut d = Decoder::new(series.series_file, &mut diagnostics);
        let raw = parse::series_file(&mut d, text);
        if let Some(raw) = &raw {
            stats.entries += raw.entry_count;
            stats.sources += raw.source_count;
        }
        let scope =
            resolve::series_scope(&series.id, series.series_file, text, raw, &mut diagnostics);
        jobs.extend(series.editions.into_iter().map(|e| (scopes.len(), e)));
        scopes.push(scope);
    }

    let mut first_seen = FirstSeen::default();
    let mut reread = Vec::new();
    let mut judged_so_far = 0;
    each_in_order(&jobs, threads, &scopes, known, |(series, found), judged| {
        judged_so_far += 1;
        progress(judged_so_far, jobs.len());
        let before = diagnostics.len();
        diagnostics.extend(judged.diagnostics);
        if let Some(text) = judged.text {
            sources.set_text(found.file, text);
        }
        if judged.counted {
            stats.editions += 1;
        }
        stats.entries += judged.entries;
        stats.sources += judged.sources;
        if let Some(seen) = judged.seen {
            let id = EditionId {
                series: scopes[*series].id.clone(),
                stem: found.stem.clone(),
            };
            let had_problems = diagnostics.len() > before;
            let judged_before = diagnostics.len();
            first_seen.judge(&id, found.file, seen, &mut diagnostics);
            // A warning in a file whose text was let go: read it again to show the line.
            if !had_problems && diagnostics.len() > judged_before {
                reread.push(found.clone());
            }
        }
    });
    for found in reread {
        let read = files::read_edition(&found);
        if let Some(text) = read.text.or(read.shown) {
            sources.set_text(found.file, text);
        }
    }
    diagnostic::sort(&mut diagnostics);
    Checked {
        sources,
        diagnostics,
        stats,
    }
}

/// Returns to the system the memory freed in every thread's heap. A check beside the
/// explorer (which runs one once its editions are shown) judges on a thread of its own,
/// whose heap cannot reuse what the threads that read those editions freed, and that the
/// allocator keeps (`allocator::tune`): two 13 MB editions left about 100 MB so.
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of the allocator's heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Judges every edition on up to `threads` threads and hands each result to `take` in the
/// order of `jobs`. Threads take jobs in order, so few results ever wait for an earlier one.
fn each_in_order<'j>(
    jobs: &'j [(usize, FoundEdition)],
    threads: usize,
    scopes: &[SeriesScope],
    known: &[Judged],
    mut take: impl FnMut(&'j (usize, FoundEdition), Reading),
) {
    let next = AtomicUsize::new(0);
    let threads = threads.clamp(1, jobs.len().max(1));
    // Bounded: a thread that runs ahead waits rather than piling results up.
    let (send, results) = mpsc::sync_channel::<(usize, Reading)>(threads * 2);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some((series, found)) = jobs.get(at) else {
                        break;
                    };
                    let judged = known
                        .iter()
                        .find_map(|k| k.reading_of(found))
                        .unwrap_or_else(|| judge(&scopes[*series], found));
                    if send.send((at, judged)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut waiting: BTreeMap<usize, Reading> = BTreeMap::new();
        let mut due = 0;
        for (at, judged) in results {
            waiting.insert(at, judged);
            while let Some(judged) = waiting.remove(&due) {
                take(&jobs[due], judged);
                due += 1;
            }
        }
    });
}

/// Reads, parses and resolves one edition, then lets go of all of it but what is judged.
fn judge(scope: &SeriesScope, found: &FoundEdition) -> Reading {
    Reading {
        edition: None,
        ..parse_and_resolve(scope, found)
    }
}
