//! The entries of an edition that refer to others (sessions, people, figures, outcomes,
//! timeline, notes), resolved against the catalog, with the warnings each kind can raise.

use crate::hash::HashMap;
use std::sync::Arc;

use super::{Catalog, Resolver, Seen};
use crate::diagnostic::Problem;
use crate::diagnostic::problem::{Cited, Entry};
use crate::model::*;
use crate::raw::*;

impl Resolver<'_> {
    pub(super) fn sessions_of(
        &mut self,
        raw: &[RawSession],
        catalog: &mut Catalog,
    ) -> Vec<Arc<Session>> {
        let keep = self.check_unique(Entry::Session, raw.iter().map(|s| &s.id), |_| false);
        let mut out = Vec::new();
        for (s, keep) in raw.iter().zip(keep) {
            let session = Arc::new(Session {
                id: s.id.value.clone(),
                day: s.day.value,
                title: s.title.clone(),
                kind: s.kind,
                topics: self.refs(&s.topics, &catalog.topics, catalog, Entry::Topic),
                highlight: s.highlight,
                note: s.note.clone(),
                sources: self.entry_sources(&s.sources, catalog, None),
            });
            if keep {
                catalog
                    .sessions
                    .insert(session.id.clone(), Arc::clone(&session));
                out.push(session);
            }
        }
        out
    }

    /// People are most of an edition: they are moved into the model, not copied.
    pub(super) fn people_of(
        &mut self,
        raw: Vec<RawPerson>,
        catalog: &Catalog,
        seen: &mut Seen,
    ) -> Vec<Person> {
        let keep = self.check_unique(Entry::Person, raw.iter().map(|p| &p.id), |_| false);
        let mut out = Vec::with_capacity(raw.len());
        for (p, keep) in raw.into_iter().zip(keep) {
            let org = p
                .org
                .as_ref()
                .and_then(|r| self.resolve(r, &catalog.orgs, catalog, Entry::Org));
            let sessions = self.refs(&p.sessions, &catalog.sessions, catalog, Entry::Session);
            let what = || Cited::Person(p.id.value.clone());
            let sources = self.entry_sources(&p.sources, catalog, Some(&what));
            if !keep {
                continue;
            }
            let name = Arc::new(p.name);
            seen.names.push((
                p.id.value.clone(),
                Arc::clone(&name),
                p.sources.entry.clone(),
            ));
            out.push(Person {
                id: p.id.value,
                name,
                org,
                role: p.role,
                country: p.country,
                sessions,
                note: p.note,
                sources,
            });
        }
        out
    }

    pub(super) fn figures_of(
        &mut self,
        raw: &[RawFigure],
        catalog: &Catalog,
        seen: &mut Seen,
    ) -> Vec<Figure> {
        let mut keys: HashMap<&str, ()> = HashMap::default();
        let mut out = Vec::new();
        for f in raw {
            let what = || Cited::Figure(f.key.value.clone());
            let sources = self.entry_sources(&f.sources, catalog, Some(&what));
            if keys.insert(&f.key.value, ()).is_some() {
                let problem = Problem::DuplicateFigureKey {
                    key: f.key.value.clone(),
                };
                self.report(problem, f.key.span.clone());
                continue;
            }
            seen.units
                .push((f.key.value.clone(), f.unit.clone(), f.sources.entry.clone()));
            out.push(Figure {
                key: f.key.value.clone(),
                label: f.label.clone(),
                value: f.value,
                approx: f.approx,
                unit: f.unit.clone(),
                basis: f.basis.clone(),
                note: f.note.clone(),
                sources,
            });
        }
        out
    }

    pub(super) fn outcomes_of(&mut self, raw: &[RawOutcome], catalog: &Catalog) -> Vec<Outcome> {
        let keep = self.check_unique(Entry::Outcome, raw.iter().map(|o| &o.id), |_| false);
        let mut out = Vec::new();
        for (o, keep) in raw.iter().zip(keep) {
            let what = || Cited::Outcome(o.id.value.clone());
            let outcome = Outcome {
                id: o.id.value.clone(),
                kind: o.kind,
                title: o.title.clone(),
                status: o.status,
                date: o.date,
                detail: o.detail.clone(),
                topics: self.refs(&o.topics, &catalog.topics, catalog, Entry::Topic),
                sources: self.entry_sources(&o.sources, catalog, Some(&what)),
            };
            if keep {
                out.push(outcome);
            }
        }
        out
    }

    pub(super) fn timeline_of(&mut self, raw: &[RawEvent], catalog: &Catalog) -> Vec<Event> {
        raw.iter()
            .map(|e| Event {
                date: e.date,
                title: e.title.clone(),
                place: e.place.clone(),
                topics: self.refs(&e.topics, &catalog.topics, catalog, Entry::Topic),
                sources: self.entry_sources(
                    &e.sources,
                    catalog,
                    Some(&|| Cited::Event(e.date.to_string())),
                ),
            })
            .collect()
    }

    pub(super) fn notes_of(&mut self, raw: &[RawNote], catalog: &Catalog) -> Vec<Note> {
        let keep = self.check_unique(Entry::Note, raw.iter().map(|n| &n.id), |_| false);
        let mut out = Vec::new();
        for (n, keep) in raw.iter().zip(keep) {
            let what = || Cited::Note(n.id.value.clone());
            let note = Note {
                id: n.id.value.clone(),
                title: n.title.clone(),
                body: n.body.clone(),
                topic: n
                    .topic
                    .as_ref()
                    .and_then(|r| self.resolve(r, &catalog.topics, catalog, Entry::Topic)),
                sources: self.entry_sources(&n.sources, catalog, Some(&what)),
            };
            if keep {
                out.push(note);
            }
        }
        out
    }

    /// An entry's sources; `curated` names an entry of a kind that must cite one.
    fn entry_sources(
        &mut self,
        sources: &Sources,
        catalog: &Catalog,
        curated: Option<&dyn Fn() -> Cited>,
    ) -> Vec<Arc<Source>> {
        // Named only when it is needed: most entries cite a source.
        if let Some(what) = curated
            && sources.refs.is_empty()
        {
            self.report(Problem::NoSources { entry: what() }, sources.entry.clone());
        }
        self.refs(&sources.refs, &catalog.sources, catalog, Entry::Source)
    }
}
