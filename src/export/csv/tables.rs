//! The tables of the CSV export, filled from the content: a row per entry per edition, and
//! the orgs, topics and sources of a series as rows with no edition.

use std::io::{self, Write};
use std::sync::Arc;

use super::cells::{Cell, list, maybe, not_a_formula, optional, plain, text};
use super::columns::{self, Column, language_rank};
use crate::content::model::{Edition, ListKind, Org, Scope, Series, Source};
use crate::export::{export_tag, source_ids, text_in, topic_ids};

pub struct Table {
    /// The file name without `.csv`.
    pub name: &'static str,
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    fn new(name: &'static str, columns: Vec<Column>) -> Self {
        Table {
            name,
            columns,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "a row of {}", self.name);
        self.rows.push(row);
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The languages of the text column `at`, as exported tags, in column order.
    fn languages(&self, at: usize) -> Vec<&str> {
        let mut found: Vec<&str> = self
            .rows
            .iter()
            .filter_map(|row| match &row[at] {
                Cell::Text(Some(text)) => Some(text.languages().map(export_tag)),
                _ => None,
            })
            .flatten()
            .collect();
        found.sort_by_key(|tag| (language_rank(tag), *tag));
        found.dedup();
        if found.is_empty() {
            found.push("en");
        }
        found
    }

    /// The header and rows as CSV: each text column spread over its languages. For Excel
    /// (`--bom`), a text that would start a formula is kept from being one.
    pub(super) fn write_to(&self, out: impl Write, for_excel: bool) -> io::Result<()> {
        let languages: Vec<Vec<&str>> = (0..self.columns.len())
            .map(|at| match self.columns[at].text {
                true => self.languages(at),
                false => Vec::new(),
            })
            .collect();
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(out);
        let mut header = Vec::new();
        for (column, langs) in self.columns.iter().zip(&languages) {
            match column.text {
                true => header.extend(langs.iter().map(|l| format!("{}_{l}", column.name))),
                false => header.push(column.name.clone()),
            }
        }
        writer.write_record(&header)?;
        let mut record: Vec<std::borrow::Cow<str>> = Vec::with_capacity(header.len());
        for row in &self.rows {
            record.clear();
            for (cell, langs) in row.iter().zip(&languages) {
                match cell {
                    Cell::Plain(value) => record.push(value.as_str().into()),
                    Cell::Text(text) => record.extend(langs.iter().map(|lang| {
                        let said = text
                            .as_ref()
                            .and_then(|text| text_in(text, lang))
                            .unwrap_or_default();
                        if for_excel {
                            not_a_formula(said)
                        } else {
                            said.into()
                        }
                    })),
                }
            }
            writer.write_record(record.iter().map(|cell| cell.as_bytes()))?;
        }
        writer.flush()
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
            self.topics.push(vec![
                plain(""),
                plain(&series.id),
                plain(&topic.id),
                text(&topic.label),
                plain(topic.weight),
                optional(&topic.note),
            ]);
        }
        self.add_sources("", series.id.as_str(), &series.own_sources);
    }

    pub(super) fn add_edition(&mut self, series: &Series, e: &Edition) {
        let id = e.id.to_string();
        self.add_edition_row(&id, e);
        for f in &e.figures {
            self.figures.push(vec![
                plain(&id),
                plain(&f.key),
                text(&f.label),
                plain(f.value),
                plain(f.approx.word()),
                optional(&f.unit),
                optional(&f.basis),
                optional(&f.note),
                list(source_ids(&f.sources)),
            ]);
        }
        for person in &e.people {
            self.people.push(vec![
                plain(&id),
                plain(&person.id),
                text(&person.name),
                maybe(person.org.as_ref().map(|o| &o.id)),
                optional(&person.role),
                maybe(person.country.as_ref()),
                list(person.sessions.iter().map(|s| s.id.as_str()).collect()),
                optional(&person.note),
                list(source_ids(&person.sources)),
            ]);
        }
        for org in edition_orgs(e) {
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
            self.topics.push(vec![
                plain(&id),
                plain(&series.id),
                plain(&topic.id),
                text(&topic.label),
                plain(topic.weight),
                optional(&topic.note),
            ]);
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
            row.push(Cell::Text(coverage.and_then(|c| c.note.clone())));
        }
        self.editions.push(row);
    }

    fn add_sources(&mut self, edition: &str, series: &str, sources: &[Arc<Source>]) {
        for s in sources {
            self.sources.push(vec![
                plain(edition),
                plain(series),
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

fn org_row(edition: &str, series: &str, org: &Org) -> Vec<Cell> {
    let scope = match org.scope {
        Scope::Series => "series",
        Scope::Edition => "edition",
    };
    vec![
        plain(edition),
        plain(series),
        plain(scope),
        plain(&org.id),
        text(&org.name),
        maybe(org.kind.map(|k| k.word())),
        maybe(org.country.as_ref()),
    ]
}

/// The orgs an edition names: its own, then those its people belong to, each once.
pub fn edition_orgs(edition: &Edition) -> Vec<&Org> {
    let mut seen = crate::content::hash::HashSet::default();
    let people_orgs = edition.people.iter().filter_map(|p| p.org.as_deref());
    edition
        .orgs
        .iter()
        .map(|org| org.as_ref())
        .chain(people_orgs)
        .filter(|org| seen.insert(org.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Text;
    use crate::export::csv::columns::{p, t};

    fn cell_text(entries: &[(&str, &str)]) -> Cell {
        let entries = entries
            .iter()
            .map(|(tag, s)| (crate::content::model::tag(tag), s.to_string()))
            .collect();
        Cell::Text(Some(Text::new(entries)))
    }

    #[test]
    fn text_columns_are_the_languages_found_en_ja_zh_first_und_last() {
        let mut table = Table::new("t", vec![p("id"), t("name"), t("note")]);
        table.push(vec![
            plain("a"),
            cell_text(&[("ko", "가"), ("zh", "甲"), ("en", "A")]),
            Cell::Text(None),
        ]);
        table.push(vec![
            plain("b"),
            cell_text(&[("", "B, \"b\"\nbee"), ("ja", "乙"), ("fr", "Bé")]),
            Cell::Text(None),
        ]);
        let mut out = Vec::new();
        table.write_to(&mut out, false).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            "id,name_en,name_ja,name_zh,name_fr,name_ko,name_und,note_en\r\n\
             a,A,,甲,,가,,\r\n\
             b,,乙,,Bé,,\"B, \"\"b\"\"\nbee\",\r\n"
        );
    }

    #[test]
    fn for_excel_a_text_never_starts_a_formula_and_otherwise_stays_as_written() {
        let mut table = Table::new("t", vec![p("id"), t("name")]);
        for (id, name) in [
            ("a", "=HYPERLINK(\"http://x\")"),
            ("b", "-2 + 3"),
            ("c", "ok"),
        ] {
            table.push(vec![plain(id), cell_text(&[("en", name)])]);
        }
        table.push(vec![plain("-1"), cell_text(&[("en", "@x")])]);
        let written = |for_excel| {
            let mut out = Vec::new();
            table.write_to(&mut out, for_excel).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            written(true),
            "id,name_en\r\na,\"'=HYPERLINK(\"\"http://x\"\")\"\r\nb,'-2 + 3\r\nc,ok\r\n-1,'@x\r\n"
        );
        assert_eq!(
            written(false),
            "id,name_en\r\na,\"=HYPERLINK(\"\"http://x\"\")\"\r\nb,-2 + 3\r\nc,ok\r\n-1,@x\r\n"
        );
    }
}
