//! Raw files to the model: ids unique, every reference resolved, `end` not before `start`,
//! and the warnings that need more than one entry (missing sources, names that differ).

use crate::hash::{HashMap, HashSet};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use super::diagnostic::problem::Entry;
use super::diagnostic::{Diagnostic, FileId, LineIndex, Location, SourceMap};
use super::model::*;

mod across;
mod calendar;
mod coverage;
mod entries;
mod refs;
mod topics;
use super::raw::*;
pub(crate) use across::{FirstSeen, Seen};

pub(crate) struct SeriesInput {
    pub id: String,
    pub file: FileId,
    /// `None` when series.toml did not parse; its editions' refs are then not judged.
    pub raw: Option<RawSeriesFile>,
    pub editions: Vec<EditionInput>,
}

pub(crate) struct EditionInput {
    pub stem: String,
    pub file: FileId,
    pub raw: RawEditionFile,
}

/// What entries may refer to: a series' shared entries, plus an edition's own.
#[derive(Clone, Default)]
struct Catalog {
    orgs: HashMap<String, Arc<Org>>,
    topics: HashMap<String, Arc<Topic>>,
    sources: HashMap<String, Arc<Source>>,
    sessions: HashMap<String, Arc<Session>>,
    /// Ids of entries too broken to keep: refs to them are not reported a second time.
    broken: HashSet<String>,
    /// The series file did not load: nothing it might define can be judged missing.
    series_unknown: bool,
}

/// The kinds a series shares with its editions, as one file defines them.
struct Shared {
    sources: Vec<Arc<Source>>,
    orgs: Vec<Arc<Org>>,
    topics: Vec<Arc<Topic>>,
}

/// A series file resolved: the series (without editions) and what its editions may refer
/// to. Kept while any of its editions may still be read.
pub(crate) struct SeriesScope {
    pub id: String,
    /// `None` when series.toml did not load: its editions are checked but not kept.
    pub series: Option<Series>,
    catalog: Catalog,
}

/// Resolves a series file (`raw` is `None` when it did not parse).
pub(crate) fn series_scope(
    id: &str,
    file: FileId,
    text: &str,
    raw: Option<RawSeriesFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> SeriesScope {
    let mut r = Resolver {
        file,
        text,
        lines: OnceCell::new(),
        diagnostics,
    };
    let (series, catalog) = match raw {
        Some(raw) => r.series(id, raw),
        None => (
            None,
            Catalog {
                series_unknown: true,
                ..Catalog::default()
            },
        ),
    };
    SeriesScope {
        id: id.to_string(),
        series,
        catalog,
    }
}

/// Resolves one edition file against its series; also what the cross-edition rules need of
/// it, which `FirstSeen::judge` takes in reading order.
pub(crate) fn edition(
    scope: &SeriesScope,
    stem: &str,
    file: FileId,
    text: &str,
    raw: RawEditionFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<Edition>, Seen) {
    let mut r = Resolver {
        file,
        text,
        lines: OnceCell::new(),
        diagnostics,
    };
    let id = EditionId {
        series: scope.id.clone(),
        stem: stem.to_string(),
    };
    let mut seen = Seen::default();
    let edition = r.edition(id, raw, &scope.catalog, &mut seen);
    (edition, seen)
}

/// Everything at once, in reading order: each series, then its editions by date.
pub(crate) fn resolve(
    inputs: Vec<SeriesInput>,
    sources: &SourceMap,
    diagnostics: &mut Vec<Diagnostic>,
) -> Content {
    let mut first_seen = FirstSeen::default();
    let mut content = Content::default();
    for input in inputs {
        let text = &sources.get(input.file).text;
        let scope = series_scope(&input.id, input.file, text, input.raw, diagnostics);
        let mut editions = Vec::new();
        for e in input.editions {
            let text = &sources.get(e.file).text;
            let (edition, seen) = edition(&scope, &e.stem, e.file, text, e.raw, diagnostics);
            let id = EditionId {
                series: scope.id.clone(),
                stem: e.stem.clone(),
            };
            first_seen.judge(&id, e.file, seen, diagnostics);
            editions.extend(edition);
        }
        if let Some(mut series) = scope.series {
            series.editions = editions;
            sort_editions(&mut series.editions);
            content.series.push(series);
        }
    }
    content.series.sort_by(|a, b| a.id.cmp(&b.id));
    content
}

/// Editions in the order every view lists them: by start date, then id.
pub(crate) fn sort_editions(editions: &mut [Edition]) {
    editions.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
}

struct Resolver<'a> {
    file: FileId,
    /// The file's text, to name the line of an earlier definition.
    text: &'a str,
    /// Its lines, indexed at the first such name: a file of many repeats is read once.
    lines: OnceCell<LineIndex>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Resolver<'_> {
    fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(self.text))
    }

    fn at(&self, span: Range<usize>) -> Location {
        Location::Span(self.file, span)
    }

    fn series(&mut self, id: &str, mut raw: RawSeriesFile) -> (Option<Series>, Catalog) {
        let mut catalog = Catalog::default();
        let d = &raw.declared;
        catalog
            .broken
            .extend(broken_of(&d.orgs, raw.orgs.iter().map(|o| &o.id.value)));
        catalog
            .broken
            .extend(broken_of(&d.topics, raw.topics.iter().map(|t| &t.id.value)));
        catalog.broken.extend(broken_of(
            &d.sources,
            raw.sources.iter().map(|s| &s.id.value),
        ));
        let lists = take_shared(&mut raw.sources, &mut raw.orgs, &mut raw.topics);
        let Shared {
            sources: own_sources,
            orgs,
            topics,
        } = self.shared_kinds(lists, Scope::Series, None, &mut catalog);
        self.orphan_refs(&raw.declared.orphan_refs, &catalog);
        let series = raw.series.as_ref().map(|s| Series {
            id: id.to_string(),
            name: s.name.clone(),
            organizer: s.organizer.clone(),
            about: s.about.clone(),
            sources: self.refs(&s.sources, &catalog.sources, &catalog, Entry::Source),
            orgs,
            topics,
            own_sources,
            editions: Vec::new(),
        });
        (series, catalog)
    }

    fn edition(
        &mut self,
        id: EditionId,
        mut raw: RawEditionFile,
        series: &Catalog,
        seen: &mut Seen,
    ) -> Option<Edition> {
        let mut catalog = series.clone();
        let d = &raw.declared;
        catalog
            .broken
            .extend(broken_of(&d.orgs, raw.orgs.iter().map(|o| &o.id.value)));
        catalog
            .broken
            .extend(broken_of(&d.topics, raw.topics.iter().map(|t| &t.id.value)));
        catalog.broken.extend(broken_of(
            &d.sources,
            raw.sources.iter().map(|s| &s.id.value),
        ));
        catalog.broken.extend(broken_of(
            &d.sessions,
            raw.sessions.iter().map(|s| &s.id.value),
        ));

        let lists = take_shared(&mut raw.sources, &mut raw.orgs, &mut raw.topics);
        let Shared {
            sources: own_sources,
            orgs,
            topics,
        } = self.shared_kinds(lists, Scope::Edition, Some(series), &mut catalog);
        let sessions = self.sessions_of(&raw.sessions, &mut catalog);
        let people = self.people_of(std::mem::take(&mut raw.people), &catalog, seen);
        let figures = self.figures_of(&raw.figures, &catalog, seen);
        let outcomes = self.outcomes_of(&raw.outcomes, &catalog);
        let timeline = self.timeline_of(&raw.timeline, &catalog);
        let notes = self.notes_of(&raw.notes, &catalog);
        self.orphan_refs(&raw.declared.orphan_refs, &catalog);

        let e = raw.edition.as_ref()?;
        self.edition_dates(e);
        self.session_days(&raw.sessions, e.start.value, e.end.value);
        let mut edition = Edition {
            id,
            name: e.name.clone(),
            label: e.label.clone(),
            year: e.year.value,
            start: e.start.value,
            end: e.end.value,
            place: e.place.clone(),
            theme: e.theme.clone(),
            summary: e.summary.clone(),
            sources: self.refs(&e.sources, &catalog.sources, &catalog, Entry::Source),
            figures,
            orgs,
            people,
            sessions,
            topics,
            outcomes,
            timeline,
            notes,
            own_sources,
            coverage: Vec::new(),
        };
        edition.coverage = self.coverage_of(&raw.coverage, |kind| edition.listed(kind));
        Some(edition)
    }
}

/// A file's sources, orgs and topics, as read.
type SharedLists = (Vec<RawSource>, Vec<RawOrg>, Vec<RawTopic>);

/// The shared kinds taken out of a file's raw form, to be moved into the model.
fn take_shared(
    sources: &mut Vec<RawSource>,
    orgs: &mut Vec<RawOrg>,
    topics: &mut Vec<RawTopic>,
) -> SharedLists {
    (
        std::mem::take(sources),
        std::mem::take(orgs),
        std::mem::take(topics),
    )
}

/// Declared ids whose entries were not kept.
fn broken_of<'a>(
    declared: &'a HashSet<String>,
    kept: impl Iterator<Item = &'a String>,
) -> Vec<String> {
    let kept: HashSet<&String> = kept.collect();
    declared
        .iter()
        .filter(|id| !kept.contains(id))
        .cloned()
        .collect()
}

impl Resolver<'_> {
    fn report(&mut self, problem: crate::diagnostic::Problem, span: Range<usize>) {
        let location = self.at(span);
        self.diagnostics.push(Diagnostic::of(problem, location));
    }
}
