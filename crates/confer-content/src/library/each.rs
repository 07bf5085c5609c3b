//! Every edition of one series, in date order: for views of the whole series (the series
//! model). An edition not read yet is read, handed over and dropped, so memory follows the
//! few editions being read at once, not the series; those already read whole are handed as
//! they are. Large files are read on two threads while the caller takes them in order.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::Library;
use crate::builtin::BuiltIn;
use crate::diagnostic::Severity;
use crate::files::FoundEdition;
use crate::model::{Edition, EditionId, Series};
use crate::reading::read_whole;
use crate::resolve::SeriesScope;

/// Editions read ahead at most, beyond those being read: each is a whole edition in memory.
const AHEAD: usize = 2;

impl<B: BuiltIn> Library<B> {
    /// Hands `visit` each edition of the series `id` in date order: the edition, or its id
    /// where it does not read. `None` when there is no such series.
    pub fn each_edition_of(
        &self,
        id: &str,
        visit: &mut dyn FnMut(Result<&Edition, &EditionId>),
    ) -> Option<&Series> {
        let series = self.content.series.iter().find(|s| s.id == id)?;
        let indexed = self.index.series.iter().find(|s| s.id == id)?;
        let scope = self.scopes.iter().find(|(s, _)| s.id == id).map(|(s, _)| s);
        // Those already read are handed as they are; the others are read, in this order.
        let read: Vec<Option<&Edition>> = indexed
            .editions
            .iter()
            .map(|entry| series.editions.iter().find(|e| e.id == entry.id))
            .collect();
        let jobs: Vec<(usize, Option<&FoundEdition>)> = indexed
            .editions
            .iter()
            .enumerate()
            .filter(|(at, _)| read[*at].is_none())
            .map(|(at, entry)| (at, entry.found.as_ref()))
            .collect();
        let threads = if worth_a_thread(&jobs) { 2 } else { 1 };
        let mut taken = read.iter().copied().enumerate().peekable();
        let mut hand_over_read = |visit: &mut dyn FnMut(Result<&Edition, &EditionId>)| {
            while let Some((_, Some(edition))) = taken.next_if(|(_, e)| e.is_some()) {
                visit(Ok(edition));
            }
            taken.next();
        };
        each_read_in_order(&jobs, threads, scope, &mut |at, kept| {
            hand_over_read(visit);
            match kept {
                Some(edition) => visit(Ok(&edition)),
                None => visit(Err(&indexed.editions[at].id)),
            }
        });
        hand_over_read(visit);
        Some(series)
    }
}

/// Reads every job's edition on `threads` threads and hands each to `take` in the order of
/// `jobs`, with its position in the series: `None` where it does not read.
fn each_read_in_order(
    jobs: &[(usize, Option<&FoundEdition>)],
    threads: usize,
    scope: Option<&SeriesScope>,
    take: &mut dyn FnMut(usize, Option<Edition>),
) {
    let read_one = |found: Option<&FoundEdition>| {
        let reading = read_whole(scope?, found?);
        let failed = reading
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        reading.edition.filter(|_| !failed)
    };
    if threads <= 1 {
        for (at, found) in jobs {
            take(*at, read_one(*found));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    // Bounded: a thread that runs ahead waits rather than piling editions up.
    let (send, results) = mpsc::sync_channel::<(usize, Option<Edition>)>(AHEAD);
    std::thread::scope(|threads_scope| {
        for _ in 0..threads {
            let send = send.clone();
            let (next, read_one) = (&next, &read_one);
            threads_scope.spawn(move || {
                loop {
                    let job = next.fetch_add(1, Ordering::Relaxed);
                    let Some((_, found)) = jobs.get(job) else {
                        break;
                    };
                    if send.send((job, read_one(*found))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut waiting: BTreeMap<usize, Option<Edition>> = BTreeMap::new();
        let mut due = 0;
        for (job, kept) in results {
            waiting.insert(job, kept);
            while let Some(kept) = waiting.remove(&due) {
                take(jobs[due].0, kept);
                due += 1;
            }
        }
    });
}

/// Whether reading `jobs` on two threads saves time: several files of some size, as for
/// the explorer's pair (`worth_a_thread` beside `Library::read_at`), and two cores.
fn worth_a_thread(jobs: &[(usize, Option<&FoundEdition>)]) -> bool {
    /// About 4 ms of reading (TOML is read at about 17 kB a millisecond).
    const BYTES: u64 = 64 * 1024;
    let bytes: u64 = jobs
        .iter()
        .filter_map(|(_, found)| found.and_then(|f| f.stamp).map(|(_, length)| length))
        .sum();
    jobs.len() > 1
        && bytes >= BYTES
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}
