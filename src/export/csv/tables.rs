//! The tables of the CSV export, filled from the content: a row per entry per edition, and
//! the orgs, topics and sources of a series as rows with no edition.

use std::sync::Arc;

use super::cells::{Value, list, maybe, optional, plain, spread, text};
use super::columns::{self, Column};
use crate::content::model::{Edition, Figure, ListKind, Org, Person, Series, Source, Topic};
use crate::export::{scope_word, source_ids, topic_ids};

/// One table: its header, and its rows as the content holds them (a spreadsheet's escaping
/// is the writer's, for every cell at once).
pub struct Table {
    /// The file name without `.csv`.
    pub name: &'static str,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub(super) fn new(name: &'static str, columns: Vec<Column>) -> Self {
        Table {
            name,
            header: columns::header(&columns),
            rows: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, values: Vec<Value>) {
        let mut row = Vec::with_capacity(self.header.len());
        for value in values {
            spread(value, &mut row);
        }
        debug_assert_eq!(row.len(), self.header.len(), "a row of {}", self.name);
        self.rows.push(row);
    }

    pub fn header(&self) -> &[String] {
        &self.header
    }

    pub fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Every table of the export, in the order the files are written.
pub struct Tables {
    series: Table,
    editions: Table,
    figures: Table,
    people: Table,
    orgs: Table,
    sessions: Table,
    topics: Table,
    outcomes: Table,
    timeline: Table,
    notes: Table,
    sources: Table,
}

impl Tables {
    pub(super) fn new() -> Self {
        Tables {
            series: Table::new("series", columns::series()),
            editions: Table::new("editions", columns::editions()),
            figures: Table::new("figures", columns::figures()),
            people: Table::new("people", columns::people()),
            orgs: Table::new("orgs", columns::orgs()),
            sessions: Table::new("sessions", columns::sessions()),
            topics: Table::new("topics", columns::topics()),
            outcomes: Table::new("outcomes", columns::outcomes()),
            timeline: Table::new("timeline", columns::timeline()),
            notes: Table::new("notes", columns::notes()),
            sources: Table::new("sources", columns::sources()),
        }
    }

    /// Every table, in the order written.
    pub fn all(&self) -> [&Table; 11] {
        [
            &self.series,
            &self.editions,
            &self.figures,
            &self.people,
            &self.orgs,
            &self.sessions,
            &self.topics,
            &self.outcomes,
            &self.timeline,
            &self.notes,
            &self.sources,
        ]
    }

    /// The series' row, and its orgs, topics and sources with an empty edition.
    pub(super) fn add_series(&mut self, series: &Series) {
        self.series.push(vec![
            plain(&series.id),
            text(&series.name),
            optional(&series.organizer),
            optional(&series.about),
            list(source_ids(&series.sources)),
        ]);
        for org in &series.orgs {
            self.orgs.push(org_row("", &series.id, org));
        }
        for topic in &series.topics {
            self.topics.push(topic_row("", &series.id, topic));
        }
        self.add_sources("", series.id.as_str(), &series.own_sources);
    }

    pub(super) fn add_edition(&mut self, series: &Series, e: &Edition) {
        let id = e.id.to_string();
        self.add_edition_row(&id, e);
        for f in &e.figures {
            self.figures.push(figure_row(&id, f));
        }
        for person in &e.people {
            self.people.push(person_row(&id, person));
        }
        for org in e.orgs_present() {
            self.orgs.push(org_row(&id, &series.id, org));
        }
        for s in &e.sessions {
            self.sessions.push(vec![
                plain(&id),
                plain(&s.id),
                plain(s.day),
                text(&s.title),
                maybe(s.kind.map(|k| k.word())),
                list(topic_ids(&s.topics)),
                plain(s.highlight),
                optional(&s.note),
                list(source_ids(&s.sources)),
            ]);
        }
        for topic in &e.topics {
            self.topics.push(topic_row(&id, &series.id, topic));
        }
        for o in &e.outcomes {
            self.outcomes.push(vec![
                plain(&id),
                plain(&o.id),
                maybe(o.kind.map(|k| k.word())),
                text(&o.title),
                maybe(o.status.map(|s| s.word())),
                maybe(o.date),
                optional(&o.detail),
                list(topic_ids(&o.topics)),
                list(source_ids(&o.sources)),
            ]);
        }
        for event in &e.timeline {
            self.timeline.push(vec![
                plain(&id),
                plain(event.date),
                text(&event.title),
                optional(&event.place),
                list(topic_ids(&event.topics)),
                list(source_ids(&event.sources)),
            ]);
        }
        for note in &e.notes {
            self.notes.push(vec![
                plain(&id),
                plain(&note.id),
                text(&note.title),
                text(&note.body),
                maybe(note.topic.as_ref().map(|t| &t.id)),
                list(source_ids(&note.sources)),
            ]);
        }
        self.add_sources(&id, &series.id, &e.own_sources);
    }

    fn add_edition_row(&mut self, id: &str, e: &Edition) {
        let mut row = vec![
            plain(id),
            plain(&e.id.series),
            plain(&e.id.stem),
            text(&e.name),
            optional(&e.label),
            plain(e.year),
            plain(e.start),
            plain(e.end),
            text(&e.place),
            optional(&e.theme),
            optional(&e.summary),
            list(source_ids(&e.sources)),
        ];
        for word in ListKind::WORDS {
            let coverage = ListKind::from_word(word).and_then(|kind| e.coverage(kind));
            row.push(maybe(coverage.map(|c| c.complete)));
            row.push(maybe(coverage.and_then(|c| c.total)));
            row.push(Value::Text(coverage.and_then(|c| c.note.as_ref())));
        }
        self.editions.push(row);
    }

    fn add_sources(&mut self, edition: &str, series: &str, sources: &[Arc<Source>]) {
        for s in sources {
            self.sources.push(vec![
                plain(edition),
                plain(series),
                plain(scope_word(s.scope)),
                plain(&s.id),
                text(&s.title),
                optional(&s.author),
                optional(&s.publisher),
                maybe(s.date),
                maybe(s.kind.map(|k| k.word())),
                maybe(s.url.as_ref()),
            ]);
        }
    }
}

fn figure_row<'a>(edition: &str, f: &'a Figure) -> Vec<Value<'a>> {
    vec![
        plain(edition),
        plain(&f.key),
        text(&f.label),
        plain(f.value),
        plain(f.approx.word()),
        optional(&f.unit),
        optional(&f.basis),
        optional(&f.note),
        list(source_ids(&f.sources)),
    ]
}

fn person_row<'a>(edition: &str, person: &'a Person) -> Vec<Value<'a>> {
    vec![
        plain(edition),
        plain(&person.id),
        text(&person.name),
        maybe(person.org.as_ref().map(|o| &o.id)),
        optional(&person.role),
        maybe(person.country.as_ref()),
        list(person.sessions.iter().map(|s| s.id.as_str()).collect()),
        optional(&person.note),
        list(source_ids(&person.sources)),
    ]
}

fn org_row<'a>(edition: &str, series: &str, org: &'a Org) -> Vec<Value<'a>> {
    vec![
        plain(edition),
        plain(series),
        plain(scope_word(org.scope)),
        plain(&org.id),
        text(&org.name),
        maybe(org.kind.map(|k| k.word())),
        maybe(org.country.as_ref()),
    ]
}

fn topic_row<'a>(edition: &str, series: &str, topic: &'a Topic) -> Vec<Value<'a>> {
    vec![
        plain(edition),
        plain(series),
        plain(scope_word(topic.scope)),
        plain(&topic.id),
        text(&topic.label),
        plain(topic.weight),
        optional(&topic.note),
    ]
}
