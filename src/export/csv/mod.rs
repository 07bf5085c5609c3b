//! The export as CSV, one file per table, for pandas, R and spreadsheets.
//!
//! Every table but `series.csv` starts with an `edition` column (`series/stem`); a row is
//! one entry of one edition. The columns are fixed (`columns.rs`): a text takes `NAME_en`,
//! `NAME_ja`, `NAME_zh` and `NAME_other_languages`, a JSON object of its other languages,
//! a plain string under `und`; so two exports of any content have the same header, table by
//! table, and concatenate. Lists of ids (sources, topics, sessions) are joined with `;` (ids
//! never hold one). Absent values are empty cells.
//!
//! Orgs, topics and sources can be defined for a whole series: those are rows with an
//! empty `edition` and their `series` filled in, once per series. An edition's rows of
//! `orgs.csv` are its own orgs and any org its people belong to (a series-level one too),
//! each once; its rows of `topics.csv` are the topics it lists, its own and the series'
//! it takes up; its rows of `sources.csv` those it defines itself; `scope` says where each
//! was defined. Coverage is in `editions.csv`, three columns per list
//! (`coverage_people_complete`, `coverage_people_total`, `coverage_people_note_*`), empty
//! where the author declared nothing.
//!
//! Quoting is the csv crate's, RFC 4180 (a cell holding a comma, quote or line break is
//! quoted), and a cell holding a tab is quoted too; records end in CRLF. Every text is
//! written as the content holds it, except that with `--bom`, for spreadsheets, every cell
//! passes `cells::for_spreadsheet`, so that none starts a formula; the mark itself keeps
//! Excel from reading UTF-8 as the local code page.
//!
//! `columns.rs` declares each table's columns, `cells.rs` turns values into cells, and
//! `tables.rs` fills the tables from the content.

mod cells;
mod columns;
mod tables;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Chosen;
use crate::content::model::EditionId;
pub use tables::{Table, Tables};

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

impl Tables {
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
}

/// One table's file, written whole or not at all.
fn write_file(table: &Table, path: &Path, bom: bool) -> io::Result<()> {
    crate::whole_file::write_whole(path, |out| {
        if bom {
            out.write_all(BOM)?;
        }
        write_table(table, out, bom)
    })
}

/// The header and rows of `table` as CSV; for a spreadsheet, every cell of every record
/// passes the one rule that keeps it from starting a formula.
fn write_table(table: &Table, out: impl Write, for_spreadsheet: bool) -> io::Result<()> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        // The csv crate's one way to quote a cell for a byte other than its own: it quotes
        // any cell holding the comment byte. A tab is kept as written, inside quotes, so
        // that a reader that also splits at tabs (LibreOffice's import dialog, as
        // last used) still finds one cell.
        .comment(Some(b'\t'))
        .from_writer(out);
    let records = std::iter::once(table.header()).chain(table.rows().iter().map(Vec::as_slice));
    for record in records {
        for cell in record {
            let cell = match for_spreadsheet {
                true => cells::for_spreadsheet(cell),
                false => cell.as_str().into(),
            };
            writer.write_field(cell.as_bytes())?;
        }
        writer.write_record(None::<&[u8]>)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Text;

    /// A table of people whose texts start formulas and hold tabs, as written.
    fn table() -> Table {
        let mut table = Table::new("people", columns::people());
        let name = Text::written(&[("en", "=2+3\tfive"), ("ko", "@가")]).unwrap();
        let note = Text::written(&[("", "-2 + 3, \"quoted\"\nsecond line")]).unwrap();
        table.push(vec![
            cells::plain("t/2020"),
            cells::plain("ann"),
            cells::text(&name),
            cells::plain("+acme"),
            cells::optional(&None),
            cells::plain("-5"),
            cells::list(vec![]),
            cells::text(&note),
            cells::list(vec!["a", "b"]),
        ]);
        table
    }

    fn written(table: &Table, for_spreadsheet: bool) -> String {
        let mut out = Vec::new();
        write_table(table, &mut out, for_spreadsheet).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn without_bom_every_cell_is_as_written_and_a_tab_is_quoted() {
        assert_eq!(
            written(&table(), false),
            "edition,id,name_en,name_ja,name_zh,name_other_languages,org,role_en,role_ja,\
             role_zh,role_other_languages,country,sessions,note_en,note_ja,note_zh,\
             note_other_languages,sources\r\n\
             t/2020,ann,\"=2+3\tfive\",,,\"{\"\"ko\"\":\"\"@가\"\"}\",+acme,,,,,-5,,,,,\
             \"{\"\"und\"\":\"\"-2 + 3, \\\"\"quoted\\\"\"\\nsecond line\"\"}\",a;b\r\n"
        );
    }

    #[test]
    fn for_a_spreadsheet_the_rule_applies_to_every_column() {
        let csv = written(&table(), true);
        let row = csv.lines().nth(1).unwrap();
        assert!(row.starts_with("t/2020,ann,\"'=2+3\tfive\",,,\"{"), "{row}");
        // Not only texts: a plain column too; a negative number stays a number.
        assert!(row.contains(",'+acme,,,,,-5,"), "{row}");
    }
}
