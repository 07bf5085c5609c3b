//! Raw files to the model: ids unique, every reference resolved, `end` not before `start`,
//! and the warnings that need more than one entry (missing sources, names that differ).

use crate::hash::{HashMap, HashSet};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::Arc;

use super::decode::Located;
use super::diagnostic::{Diagnostic, FileId, LineIndex, Location, SourceMap};
use super::grammar::closest;
use super::model::*;

mod across;
mod calendar;
mod coverage;
mod entries;
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
            sources: self.refs(
                &s.sources,
                &catalog.sources,
                &catalog,
                "source",
                "[[sources]]",
            ),
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
            sources: self.refs(
                &e.sources,
                &catalog.sources,
                &catalog,
                "source",
                "[[sources]]",
            ),
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

    /// Reports an id used twice in one list, or an edition entry that reuses a series id.
    fn check_unique<'x>(
        &mut self,
        kind: &str,
        ids: impl Iterator<Item = &'x Id>,
        series_has: impl Fn(&str) -> bool,
    ) -> Vec<bool> {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::default();
        ids.map(|id| {
            if series_has(&id.value) {
                Diagnostic::error(
                    format!("{kind} '{}' is already defined in series.toml", id.value),
                    self.at(id.span.clone()),
                )
                .with_label("an edition may not redefine a series entry")
                .with_help(if kind == "topic" {
                    "leave out `label` to take up the series' topic, with this edition's weight"
                } else {
                    "remove this entry: the series' entry is shared with every edition"
                })
                .push_to(self.diagnostics);
                return false;
            }
            if let Some(first) = seen.get(id.value.as_str()) {
                let (line, _) = self.lines().line_and_column(self.text, first.start);
                Diagnostic::error(
                    format!("duplicate {kind} id '{}'", id.value),
                    self.at(id.span.clone()),
                )
                .with_label("used again here")
                .with_note(format!("first defined on line {line}"))
                .with_help("ids are unique within their kind; rename one of them")
                .push_to(self.diagnostics);
                return false;
            }
            seen.insert(&id.value, id.span.clone());
            true
        })
        .collect()
    }

    /// Entries of a kind that a series shares with its editions (sources, orgs, topics):
    /// checked for repeats, and for an edition, for reuse of a series id.
    fn shared<R, T>(
        &mut self,
        kind: &str,
        raw: Vec<R>,
        id_of: fn(&R) -> &Id,
        series: Option<&HashMap<String, Arc<T>>>,
        known: &mut HashMap<String, Arc<T>>,
        build: impl Fn(R) -> T,
    ) -> Vec<Arc<T>> {
        let keep = self.check_unique(kind, raw.iter().map(id_of), |id| {
            series.is_some_and(|m| m.contains_key(id))
        });
        // Moved into the model, not copied: a series may cite hundreds of sources.
        raw.into_iter()
            .zip(keep)
            .filter(|(_, keep)| *keep)
            .map(|(r, _)| {
                let id = id_of(&r).value.clone();
                let item = Arc::new(build(r));
                known.insert(id, Arc::clone(&item));
                item
            })
            .collect()
    }

    /// The three shared kinds of one file, in the order later entries need them.
    fn shared_kinds(
        &mut self,
        (sources, orgs, topics): SharedLists,
        scope: Scope,
        series: Option<&Catalog>,
        catalog: &mut Catalog,
    ) -> Shared {
        let sources = self.shared(
            "source",
            sources,
            |s| &s.id,
            series.map(|c| &c.sources),
            &mut catalog.sources,
            |s| Source {
                id: s.id.value,
                title: s.title,
                author: s.author,
                publisher: s.publisher,
                date: s.date,
                kind: s.kind,
                url: s.url,
                scope,
            },
        );
        let orgs = self.shared(
            "org",
            orgs,
            |o| &o.id,
            series.map(|c| &c.orgs),
            &mut catalog.orgs,
            |o| Org {
                id: o.id.value,
                name: o.name,
                kind: o.kind,
                country: o.country,
                scope,
            },
        );
        let topics = self.topics_of(topics, scope, series, catalog);
        Shared {
            sources,
            orgs,
            topics,
        }
    }

    /// References of entries that were not kept: reported when they dangle, then dropped.
    fn orphan_refs(&mut self, refs: &[(RefKind, Ref)], catalog: &Catalog) {
        for (kind, r) in refs {
            match kind {
                RefKind::Org => drop(self.resolve(r, &catalog.orgs, catalog, "org", "[[orgs]]")),
                RefKind::Topic => {
                    drop(self.resolve(r, &catalog.topics, catalog, "topic", "[[topics]]"))
                }
                RefKind::Source => {
                    drop(self.resolve(r, &catalog.sources, catalog, "source", "[[sources]]"))
                }
                RefKind::Session => {
                    drop(self.resolve(r, &catalog.sessions, catalog, "session", "[[sessions]]"))
                }
            }
        }
    }

    fn refs<T>(
        &mut self,
        refs: &[Ref],
        known: &HashMap<String, Arc<T>>,
        catalog: &Catalog,
        kind: &str,
        table: &str,
    ) -> Vec<Arc<T>> {
        refs.iter()
            .filter_map(|r| self.resolve(r, known, catalog, kind, table))
            .collect()
    }

    fn resolve<T>(
        &mut self,
        r: &Located<String>,
        known: &HashMap<String, Arc<T>>,
        catalog: &Catalog,
        kind: &str,
        table: &str,
    ) -> Option<Arc<T>> {
        if let Some(found) = known.get(&r.value) {
            return Some(Arc::clone(found));
        }
        let already_reported = catalog.series_unknown || catalog.broken.contains(&r.value);
        if !already_reported {
            let mut names: Vec<&str> = known.keys().map(String::as_str).collect();
            names.sort_unstable();
            let help = match closest(&r.value, names.iter().copied()) {
                Some(near) => format!("did you mean '{near}'?"),
                None if kind == "session" => {
                    format!("define it in a {table} entry of this edition")
                }
                None => format!("define it in a {table} entry of this edition or of series.toml"),
            };
            Diagnostic::error(
                format!("unknown {kind} '{}'", r.value),
                self.at(r.span.clone()),
            )
            .with_label(format!("no {table} entry has this id"))
            .with_help(help)
            .push_to(self.diagnostics);
        }
        None
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

impl Diagnostic {
    fn push_to(self, diagnostics: &mut Vec<Diagnostic>) {
        diagnostics.push(self);
    }
}
