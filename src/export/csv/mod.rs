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
//! Excel reads UTF-8 as the local code page.
//!
//! `columns.rs` declares each table's columns, `cells.rs` turns values into cells, and
//! `tables.rs` fills the tables from the content.

mod cells;
mod columns;
mod tables;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Chosen;
use crate::content::model::EditionId;
pub use tables::{Table, Tables, edition_orgs};

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

fn write_file(table: &Table, path: &Path, bom: bool) -> io::Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    if bom {
        out.write_all(BOM)?;
    }
    table.write_to(&mut out, bom)?;
    out.flush()
}
