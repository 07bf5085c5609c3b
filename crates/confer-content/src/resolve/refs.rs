//! References between entries resolved, ids checked unique, and the lists a series shares
//! with its editions.

use crate::hash::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::decode::Located;
use crate::diagnostic::Diagnostic;
use crate::grammar::closest;
use crate::model::*;
use crate::raw::*;

use super::{Catalog, Resolver, Shared, SharedLists};

impl Resolver<'_> {
    /// Reports an id used twice in one list, or an edition entry that reuses a series id.
    pub(super) fn check_unique<'x>(
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
    pub(super) fn shared<R, T>(
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
    pub(super) fn shared_kinds(
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
    pub(super) fn orphan_refs(&mut self, refs: &[(RefKind, Ref)], catalog: &Catalog) {
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

    pub(super) fn refs<T>(
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

    pub(super) fn resolve<T>(
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
