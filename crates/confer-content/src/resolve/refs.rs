//! References between entries resolved, ids checked unique, and the lists a series shares
//! with its editions.

use crate::hash::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::decode::Located;
use crate::diagnostic::Problem;
use crate::diagnostic::problem::Entry;
use crate::grammar::closest;
use crate::model::*;
use crate::raw::*;

use super::{Catalog, Resolver, Shared, SharedLists};

impl Resolver<'_> {
    /// Reports an id used twice in one list, or an edition entry that reuses a series id.
    pub(super) fn check_unique<'x>(
        &mut self,
        kind: Entry,
        ids: impl Iterator<Item = &'x Id>,
        series_has: impl Fn(&str) -> bool,
    ) -> Vec<bool> {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::default();
        ids.map(|id| {
            if series_has(&id.value) {
                let problem = Problem::RedefinesSeriesEntry {
                    kind,
                    id: id.value.clone(),
                };
                self.report(problem, id.span.clone());
                return false;
            }
            if let Some(first) = seen.get(id.value.as_str()) {
                let (line, _) = self.lines().line_and_column(self.text, first.start);
                let problem = Problem::DuplicateId {
                    kind,
                    id: id.value.clone(),
                    first_line: line,
                };
                self.report(problem, id.span.clone());
                return false;
            }
            seen.insert(&id.value, id.span.clone());
            true
        })
        .collect()
    }

    /// Entries of a kind that a series shares with its editions (sources, orgs, topics):
    /// checked for repeats, and for an edition, for reuse of a series id.
    pub(super) fn shared<R, T>(
        &mut self,
        kind: Entry,
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
    pub(super) fn shared_kinds(
        &mut self,
        (sources, orgs, topics): SharedLists,
        scope: Scope,
        series: Option<&Catalog>,
        catalog: &mut Catalog,
    ) -> Shared {
        let sources = self.shared(
            Entry::Source,
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
            Entry::Org,
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
    pub(super) fn orphan_refs(&mut self, refs: &[(RefKind, Ref)], catalog: &Catalog) {
        for (kind, r) in refs {
            match kind {
                RefKind::Org => drop(self.resolve(r, &catalog.orgs, catalog, Entry::Org)),
                RefKind::Topic => drop(self.resolve(r, &catalog.topics, catalog, Entry::Topic)),
                RefKind::Source => drop(self.resolve(r, &catalog.sources, catalog, Entry::Source)),
                RefKind::Session => {
                    drop(self.resolve(r, &catalog.sessions, catalog, Entry::Session))
                }
            }
        }
    }

    pub(super) fn refs<T>(
        &mut self,
        refs: &[Ref],
        known: &HashMap<String, Arc<T>>,
        catalog: &Catalog,
        kind: Entry,
    ) -> Vec<Arc<T>> {
        refs.iter()
            .filter_map(|r| self.resolve(r, known, catalog, kind))
            .collect()
    }

    pub(super) fn resolve<T>(
        &mut self,
        r: &Located<String>,
        known: &HashMap<String, Arc<T>>,
        catalog: &Catalog,
        kind: Entry,
    ) -> Option<Arc<T>> {
        if let Some(found) = known.get(&r.value) {
            return Some(Arc::clone(found));
        }
        let already_reported = catalog.series_unknown || catalog.broken.contains(&r.value);
        if !already_reported {
            let mut names: Vec<&str> = known.keys().map(String::as_str).collect();
            names.sort_unstable();
            let problem = Problem::UnknownRef {
                kind,
                id: r.value.clone(),
                near: closest(&r.value, names.iter().copied()).map(str::to_string),
            };
            self.report(problem, r.span.clone());
        }
        None
    }
}
