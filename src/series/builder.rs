//! Building a series model an edition at a time: the hash joins by id that gather each
//! figure, person and organization across the editions, and who came back.

use std::sync::Arc;

use super::{Appearance, Column, FigureLine, Returning, SeriesModel, SingleFigure, Value};
use crate::content::hash::HashMap;
use crate::content::{Edition, ListKind, Series, Source, Text};

/// `value` as it was before when it has not changed, else a new share of it.
fn shared<T: PartialEq + Clone>(before: Option<&Arc<T>>, value: &T) -> Arc<T> {
    match before {
        Some(before) if **before == *value => Arc::clone(before),
        _ => Arc::new(value.clone()),
    }
}

/// The same sources as before, shared, or these ones.
fn shared_sources(
    before: Option<&Arc<[Arc<Source>]>>,
    sources: &[Arc<Source>],
) -> Arc<[Arc<Source>]> {
    match before {
        Some(before)
            if before.len() == sources.len()
                && before.iter().zip(sources).all(|(a, b)| Arc::ptr_eq(a, b)) =>
        {
            Arc::clone(before)
        }
        _ => sources.into(),
    }
}

/// An entry found across editions: its id, its latest name, and what each edition says.
type Gathered<T> = (String, Text, Vec<T>);

/// Builds a series model an edition at a time, in date order, so that an archive is read
/// one edition after another without all of them in memory. Every join is by id in a hash
/// map: one pass over each edition's entries, no pairwise scans.
pub struct SeriesBuilder {
    id: String,
    name: Text,
    columns: Vec<Column>,
    /// Key, latest label, and the value in each edition that gives it.
    figures: Vec<Gathered<(usize, Value)>>,
    figure_at: HashMap<String, usize>,
    people: Vec<Gathered<Appearance>>,
    person_at: HashMap<String, usize>,
    orgs: Vec<Gathered<Appearance>>,
    org_at: HashMap<String, usize>,
}

impl SeriesBuilder {
    pub fn new(series: &Series) -> SeriesBuilder {
        SeriesBuilder {
            id: series.id.clone(),
            name: series.name.clone(),
            columns: Vec::new(),
            figures: Vec::new(),
            figure_at: HashMap::default(),
            people: Vec::new(),
            person_at: HashMap::default(),
            orgs: Vec::new(),
            org_at: HashMap::default(),
        }
    }

    /// Adds the next edition (editions come in date order).
    pub fn add(&mut self, edition: &Edition) {
        let column = self.columns.len();
        let mut topics: Vec<(Text, u8)> = edition
            .topics_present()
            .into_iter()
            .map(|t| (t.label.clone(), t.weight))
            .collect();
        topics.sort_by_key(|(_, weight)| std::cmp::Reverse(*weight));
        self.columns.push(Column {
            id: edition.id.clone(),
            label: edition.label_or_name().clone(),
            year: edition.year,
            theme: edition.theme.clone(),
            topics,
            people_listed: edition.people.len(),
            people_complete: edition
                .coverage(ListKind::People)
                .is_some_and(|c| c.complete),
        });
        self.add_figures(column, edition);
        self.add_people(column, edition);
        self.add_orgs(column, edition);
    }

    fn add_figures(&mut self, column: usize, edition: &Edition) {
        for figure in &edition.figures {
            let value = Value {
                value: figure.value,
                approx: figure.approx,
                unit: figure.unit.clone(),
                basis: figure.basis.clone(),
                note: figure.note.clone(),
                sources: figure.sources.clone(),
            };
            let at = *self.figure_at.entry(figure.key.clone()).or_insert_with(|| {
                self.figures
                    .push((figure.key.clone(), figure.label.clone(), Vec::new()));
                self.figures.len() - 1
            });
            let entry = &mut self.figures[at];
            // The latest label stands for the figure (wording may have been mended since).
            entry.1 = figure.label.clone();
            entry.2.push((column, value));
        }
    }

    fn add_people(&mut self, column: usize, edition: &Edition) {
        for person in &edition.people {
            let entry = gathered(
                &mut self.people,
                &mut self.person_at,
                &person.id,
                &person.name,
            );
            let before = entry.2.last();
            let appearance = Appearance {
                edition: column,
                role: person
                    .role
                    .as_ref()
                    .map(|role| shared(before.and_then(|b| b.role.as_ref()), role)),
                org: person.org.clone(),
                sources: shared_sources(before.map(|b| &b.sources), &person.sources),
            };
            entry.2.push(appearance);
        }
    }

    fn add_orgs(&mut self, column: usize, edition: &Edition) {
        // An organization appears where its people do, so the sources of its people's
        // entries are its sources in that edition.
        let mut org_sources: HashMap<&str, Vec<Arc<Source>>> = HashMap::default();
        for person in &edition.people {
            if let Some(org) = &person.org {
                let sources = org_sources.entry(org.id.as_str()).or_default();
                for source in &person.sources {
                    if !sources.iter().any(|s| Arc::ptr_eq(s, source)) {
                        sources.push(Arc::clone(source));
                    }
                }
            }
        }
        // The series' shared definitions are not presence: only those the edition names.
        for org in edition.orgs_present() {
            let sources = org_sources
                .get(org.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            let entry = gathered(&mut self.orgs, &mut self.org_at, &org.id, &org.name);
            let before = entry.2.last().map(|b| &b.sources);
            let sources = shared_sources(before, sources);
            entry.2.push(Appearance {
                edition: column,
                role: None,
                org: None,
                sources,
            });
        }
    }

    pub fn finish(self) -> SeriesModel {
        let editions = self.columns.len();
        let (several, once): (Vec<_>, Vec<_>) = self
            .figures
            .into_iter()
            .partition(|(_, _, values)| values.len() >= 2);
        let mut single: Vec<SingleFigure> = once
            .into_iter()
            .filter_map(|(key, label, mut found)| {
                let (edition, value) = found.pop()?;
                Some(SingleFigure {
                    key,
                    label,
                    edition,
                    value,
                })
            })
            .collect();
        // Stable: within an edition, the order it gives them in.
        single.sort_by_key(|s| s.edition);
        let mut figures: Vec<(usize, FigureLine)> = several
            .into_iter()
            .enumerate()
            .map(|(order, (key, label, found))| {
                let mut values = vec![None; editions];
                for (column, value) in found {
                    values[column] = Some(value);
                }
                (order, FigureLine { key, label, values })
            })
            .collect();
        let present = |f: &FigureLine| f.values.iter().flatten().count();
        figures.sort_by(|(a_order, a), (b_order, b)| {
            present(b).cmp(&present(a)).then(a_order.cmp(b_order))
        });
        let (people, orgs) = (returning(self.people), returning(self.orgs));
        SeriesModel {
            id: self.id,
            name: self.name,
            columns: self.columns,
            figures: figures.into_iter().map(|(_, f)| f).collect(),
            single,
            people: people.returning,
            people_once: people.once,
            orgs: orgs.returning,
            orgs_once: orgs.once,
        }
    }
}

/// Notes one more appearance of the entry `id`: a hash join on the id.
/// The entry of `id` so far, found by a hash join on the id, its name as this edition
/// gives it (copied only where it changed).
fn gathered<'e>(
    entries: &'e mut Vec<Gathered<Appearance>>,
    at: &mut HashMap<String, usize>,
    id: &str,
    name: &Text,
) -> &'e mut Gathered<Appearance> {
    let k = match at.get(id) {
        Some(&k) => {
            if entries[k].1 != *name {
                entries[k].1 = name.clone();
            }
            k
        }
        None => {
            at.insert(id.to_string(), entries.len());
            entries.push((id.to_string(), name.clone(), Vec::new()));
            entries.len() - 1
        }
    };
    &mut entries[k]
}

/// The entries of one kind: those in two or more editions, and those in one.
struct Appearing {
    returning: Vec<Returning>,
    once: Vec<Returning>,
}

/// Those in two or more editions: in the most editions first, then by their first edition,
/// then as they were first listed (a stable sort keeps that order). Those in one edition
/// are kept apart, as they were first listed: a series set beside another finds who
/// appears in both among them too.
fn returning(entries: Vec<Gathered<Appearance>>) -> Appearing {
    let (several, once): (Vec<Returning>, Vec<Returning>) = entries
        .into_iter()
        .map(|(id, name, appearances)| Returning {
            id,
            name,
            appearances,
        })
        .partition(|entry| entry.appearances.len() >= 2);
    let mut kept = several;
    kept.sort_by(|a, b| {
        b.appearances
            .len()
            .cmp(&a.appearances.len())
            .then(a.appearances[0].edition.cmp(&b.appearances[0].edition))
    });
    Appearing {
        returning: kept,
        once,
    }
}
