//! The export as CSV, one file per table, for pandas, R and spreadsheets.
//!
//! Every table but `series.csv` starts with an `edition` column (`series/stem`); a row is
//! one entry of one edition. A text takes one column per language found in that column
//! anywhere in the export (`name_en`, `name_ja`, `name_zh`, then other languages in
//! alphabetical order, then `name_und` for plain strings), so a table's columns are the
//! same for every row; a text column no entry has is still written once, as `NAME_en`, so
//! that scripts see the same columns whatever the content. Lists of ids (sources, topics,
//! sessions) are joined with `;` (ids never hold one). Absent values are empty cells.
//!
//! Orgs, topics and sources can be defined for a whole series: those are rows with an
//! empty `edition` and their `series` filled in, once per series. An edition's rows of
//! `orgs.csv` are its own orgs and any org its people belong to (a series-level one too),
//! each once, with `scope` saying where it was defined; its rows of `topics.csv` and
//! `sources.csv` are those it defines itself. Coverage is in `editions.csv`, three columns
//! per list (`coverage_people_complete`, `coverage_people_total`, `coverage_people_note_*`),
//! empty where the author declared nothing.
//!
//! Quoting is RFC 4180's (a cell holding a comma, quote or line break is quoted), records
//! end in CRLF, and `--bom` starts each file with a UTF-8 byte-order mark, without which
//! Excel reads UTF-8 as the local code page. Cells are written as the content holds them:
//! a cell starting with `=` is not escaped for spreadsheets, as that would change the data.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Chosen, NEUTRAL, export_tag, source_ids, text_in, topic_ids};
use crate::content::model::{Edition, EditionId, ListKind, Org, Scope, Series, Source, Text};

/// What `--bom` writes first.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Every table, read from the chosen editions; or the editions that did not read.
pub fn tables(chosen: Chosen) -> Result<Tables, Vec<EditionId>> {
    let mut tables = Tables::new();
    for series in chosen.series() {
        tables.add_series(series);
        chosen.each_edition(series, &mut |edition| tables.add_edition(series, edition));
    }
    chosen.finish()?;
    Ok(tables)
}

/// One cell before the languages of its column are known.
enum Cell {
    Plain(String),
    Text(Option<Text>),
}

fn plain(value: impl ToString) -> Cell {
    Cell::Plain(value.to_string())
}

fn maybe(value: Option<impl ToString>) -> Cell {
    Cell::Plain(value.map(|v| v.to_string()).unwrap_or_default())
}

fn text(text: &Text) -> Cell {
    Cell::Text(Some(text.clone()))
}

fn optional(text: &Option<Text>) -> Cell {
    Cell::Text(text.clone())
}

fn list(ids: Vec<&str>) -> Cell {
    Cell::Plain(ids.join(";"))
}

/// A column: its name, and whether it holds a text (spread over a column per language).
struct Column {
    name: String,
    text: bool,
}

/// A column of plain values.
fn p(name: &str) -> Column {
    Column {
        name: name.to_string(),
        text: false,
    }
}

/// A column of texts.
fn t(name: &str) -> Column {
    Column {
        name: name.to_string(),
        text: true,
    }
}

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
    fn write_to(&self, out: impl Write, for_excel: bool) -> io::Result<()> {
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

/// en, ja and zh first, as the content is mostly written in them; a plain string last.
fn language_rank(tag: &str) -> u8 {
    match tag {
        "en" => 0,
        "ja" => 1,
        "zh" => 2,
        NEUTRAL => 4,
        _ => 3,
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
    fn new() -> Self {
        let mut edition_columns = vec![
            p("edition"),
            p("series"),
            p("stem"),
            t("name"),
            t("label"),
            p("year"),
            p("start"),
            p("end"),
            t("place"),
            t("theme"),
            t("summary"),
            p("sources"),
        ];
        for kind in ListKind::WORDS {
            edition_columns.push(p(&format!("coverage_{kind}_complete")));
            edition_columns.push(p(&format!("coverage_{kind}_total")));
            edition_columns.push(t(&format!("coverage_{kind}_note")));
        }
        Tables {
            series: Table::new(
                "series",
                vec![
                    p("series"),
                    t("name"),
                    t("organizer"),
                    t("about"),
                    p("sources"),
                ],
            ),
            editions: Table::new("editions", edition_columns),
            figures: Table::new(
                "figures",
                vec![
                    p("edition"),
                    p("key"),
                    t("label"),
                    p("value"),
                    p("approx"),
                    t("unit"),
                    t("basis"),
                    t("note"),
                    p("sources"),
                ],
            ),
            people: Table::new(
                "people",
                vec![
                    p("edition"),
                    p("id"),
                    t("name"),
                    p("org"),
                    t("role"),
                    p("country"),
                    p("sessions"),
                    t("note"),
                    p("sources"),
                ],
            ),
            orgs: Table::new(
                "orgs",
                vec![
                    p("edition"),
                    p("series"),
                    p("scope"),
                    p("id"),
                    t("name"),
                    p("kind"),
                    p("country"),
                ],
            ),
            sessions: Table::new(
                "sessions",
                vec![
                    p("edition"),
                    p("id"),
                    p("day"),
                    t("title"),
                    p("kind"),
                    p("topics"),
                    p("highlight"),
                    t("note"),
                    p("sources"),
                ],
            ),
            topics: Table::new(
                "topics",
                vec![
                    p("edition"),
                    p("series"),
                    p("id"),
                    t("label"),
                    p("weight"),
                    t("note"),
                ],
            ),
            outcomes: Table::new(
                "outcomes",
                vec![
                    p("edition"),
                    p("id"),
                    p("kind"),
                    t("title"),
                    p("status"),
                    p("date"),
                    t("detail"),
                    p("topics"),
                    p("sources"),
                ],
            ),
            timeline: Table::new(
                "timeline",
                vec![
                    p("edition"),
                    p("date"),
                    t("title"),
                    t("place"),
                    p("topics"),
                    p("sources"),
                ],
            ),
            notes: Table::new(
                "notes",
                vec![
                    p("edition"),
                    p("id"),
                    t("title"),
                    t("body"),
                    p("topic"),
                    p("sources"),
                ],
            ),
            sources: Table::new(
                "sources",
                vec![
                    p("edition"),
                    p("series"),
                    p("id"),
                    t("title"),
                    t("author"),
                    t("publisher"),
                    p("date"),
                    p("kind"),
                    p("url"),
                ],
            ),
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

    /// Writes `DIR/TABLE.csv` for every table, creating `dir` and replacing files of those
    /// names. Returns the files written, or the path that could not be written and why.
    pub fn write(&self, dir: &Path, bom: bool) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
        std::fs::create_dir_all(dir).map_err(|e| (dir.to_path_buf(), e))?;
        let mut written = Vec::new();
        for table in self.all() {
            let path = dir.join(format!("{}.csv", table.name));
            write_file(table, &path, bom).map_err(|e| (path.clone(), e))?;
            written.push(path);
        }
        Ok(written)
    }

    /// The series' row, and its orgs, topics and sources with an empty edition.
    fn add_series(&mut self, series: &Series) {
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

    fn add_edition(&mut self, series: &Series, e: &Edition) {
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

/// A text from a content file that Excel would read as a formula (`=HYPERLINK(...)`, or
/// `+`, `-`, `@` first) gets a leading apostrophe, which Excel shows as text and hides: the
/// advice of OWASP on CSV injection, for content written by people outside the project.
/// Only for Excel (`--bom`): pandas and R read the text as written.
fn not_a_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn write_file(table: &Table, path: &Path, bom: bool) -> io::Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    if bom {
        out.write_all(BOM)?;
    }
    table.write_to(&mut out, bom)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

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
