//! `confer export --format csv` as a researcher's tools meet it: with `--bom`, no cell of
//! any table that a spreadsheet would run as a formula; without it, every text as the
//! content holds it, tabs in their cell; and the same header, table by table, whatever the
//! content, as the README documents it. The texts of `tests/fixtures/formulas` start with
//! = + - @, a tab or a carriage return, and hold tabs.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::confer;
use serde_json::Value;

const TABLES: [&str; 11] = [
    "series", "editions", "figures", "people", "orgs", "sessions", "topics", "outcomes",
    "timeline", "notes", "sources",
];

const FORMULAS: &str = "tests/fixtures/formulas";

/// A CSV file: its header and its records, the byte-order mark taken off.
struct Csv {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Csv {
    /// The cell of `column` in `row`.
    fn cell(&self, row: usize, column: &str) -> &str {
        let at = self.header.iter().position(|h| h == column);
        &self.rows[row][at.unwrap_or_else(|| panic!("no column {column}"))]
    }
}

/// Every table, read back with the csv crate; and the files' bytes.
fn export(content: Option<&str>, bom: bool) -> BTreeMap<&'static str, (Csv, Vec<u8>)> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut args = vec!["export", "--format", "csv", "--out", out.to_str().unwrap()];
    if let Some(content) = content {
        args.extend(["--content", content]);
    }
    if bom {
        args.push("--bom");
    }
    let run = confer(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    TABLES
        .iter()
        .map(|name| {
            let bytes = std::fs::read(out.join(format!("{name}.csv"))).unwrap();
            let body = match bom {
                true => bytes.strip_prefix(b"\xEF\xBB\xBF").expect("the mark first"),
                false => &bytes[..],
            };
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(body);
            let mut records = reader
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>());
            let header = records.next().expect("a header");
            let csv = Csv {
                header,
                rows: records.collect(),
            };
            for row in &csv.rows {
                assert_eq!(row.len(), csv.header.len(), "{name}.csv");
            }
            (*name, (csv, bytes))
        })
        .collect()
}

/// What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
fn starts_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `-5`, `-0.25`: a number, which a spreadsheet reads as one.
fn is_negative_number(cell: &str) -> bool {
    cell.strip_prefix('-').is_some_and(|n| {
        let mut parts = n.splitn(2, '.');
        parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[test]
fn with_bom_no_cell_of_any_table_starts_a_formula_and_only_that_changes() {
    let plain = export(Some(FORMULAS), false);
    let excel = export(Some(FORMULAS), true);
    let mut neutralised: BTreeMap<&str, usize> = BTreeMap::new();
    let mut columns_neutralised = std::collections::BTreeSet::new();
    for name in TABLES {
        let (plain, _) = &plain[name];
        let (excel, _) = &excel[name];
        assert_eq!(excel.header, plain.header, "{name}.csv: the header");
        assert_eq!(excel.rows.len(), plain.rows.len(), "{name}.csv: the rows");
        for (r, (excel_row, plain_row)) in excel.rows.iter().zip(&plain.rows).enumerate() {
            for (c, (cell, written)) in excel_row.iter().zip(plain_row).enumerate() {
                let column = &excel.header[c];
                let at = format!("{name}.csv row {r} {column}");
                assert!(
                    !starts_a_formula(cell) || is_negative_number(cell),
                    "{at}: {cell:?} starts a formula"
                );
                if starts_a_formula(written) && !is_negative_number(written) {
                    assert_eq!(*cell, format!("'{written}"), "{at}: an apostrophe first");
                    *neutralised.entry(name).or_default() += 1;
                    columns_neutralised.insert(format!("{name}.{column}"));
                } else {
                    assert_eq!(cell, written, "{at}: as written");
                }
            }
        }
    }
    // The fixture reaches every table, and columns of every kind: a text in each language
    // column and in other_languages.
    for name in TABLES {
        assert!(
            neutralised.get(name).is_some_and(|n| *n > 0),
            "{name}.csv: {neutralised:?}"
        );
    }
    for column in [
        "series.name_en",
        "series.name_ja",
        "series.name_zh",
        "people.name_ja",
        "sources.author_en",
        "topics.note_ja",
        "editions.summary_en",
        "editions.coverage_people_note_en",
        "notes.body_en",
    ] {
        assert!(
            columns_neutralised.contains(column),
            "{column} in {columns_neutralised:?}"
        );
    }
    // A figure of -5 stays the number -5, which a spreadsheet can sum.
    let (figures, _) = &excel["figures"];
    assert_eq!(figures.cell(0, "value"), "-5");
    assert_eq!(figures.cell(1, "value"), "-0.25");
    assert_eq!(figures.cell(0, "label_en"), "'=participants");
}

#[test]
fn without_bom_every_text_is_as_the_json_export_holds_it_tabs_in_their_cell() {
    let tables = export(Some(FORMULAS), false);
    let run = confer(&["export", "--format", "json", "--content", FORMULAS]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let series = &json["series"][0];
    let edition = &series["editions"][0];

    let (editions, bytes) = &tables["editions"];
    for (column, text) in [
        ("summary_en", &edition["summary"]["en"]),
        ("summary_ja", &edition["summary"]["ja"]),
        ("name_en", &edition["name"]["en"]),
        ("name_zh", &edition["name"]["zh"]),
        ("place_ja", &edition["place"]["ja"]),
    ] {
        assert_eq!(Some(editions.cell(0, column)), text.as_str(), "{column}");
    }
    assert_eq!(editions.cell(0, "summary_en"), "\tsummary\twith tabs");
    assert_eq!(editions.cell(0, "summary_ja"), "=要約\tタブ");
    // A one-line text keeps its tab too (check warns of it; screens show a blank).
    assert_eq!(editions.cell(0, "place_ja"), "\tオンライン");
    // In the file, a tab is inside a quoted cell: a reader that also splits at tabs keeps
    // the cell whole.
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.contains(",\"\tsummary\twith tabs\",\"=要約\tタブ\","),
        "{text}"
    );
    // Other languages, a plain string under und, as the JSON has them.
    let others: Value = serde_json::from_str(editions.cell(0, "summary_other_languages")).unwrap();
    assert_eq!(others["ko"], edition["summary"]["ko"]);
    assert_eq!(others["zh"], Value::Null, "zh has a column of its own");
    let (notes, _) = &tables["notes"];
    assert_eq!(notes.cell(0, "body_en"), "=body\twith a tab");
    let (sources, _) = &tables["sources"];
    let wiki = sources.rows.iter().position(|r| r[3] == "wiki").unwrap();
    assert_eq!(sources.cell(wiki, "title_en"), "");
    assert_eq!(
        sources.cell(wiki, "title_other_languages"),
        r#"{"und":"=2+3"}"#
    );
    assert_eq!(
        sources.cell(wiki, "url"),
        series["own_sources"][0]["url"].as_str().unwrap()
    );
    let (figures, _) = &tables["figures"];
    assert_eq!(figures.cell(0, "value"), "-5");
}

#[test]
fn topics_say_whether_they_are_the_series_or_the_editions() {
    let tables = export(Some(FORMULAS), false);
    let (topics, _) = &tables["topics"];
    let rows: Vec<(&str, &str, &str)> = (0..topics.rows.len())
        .map(|r| {
            (
                topics.cell(r, "edition"),
                topics.cell(r, "id"),
                topics.cell(r, "scope"),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("", "gov", "series"),
            ("sheet/2020", "gov", "series"),
            ("sheet/2020", "own-topic", "edition"),
        ]
    );
    // The edition's weight and note, the series' label.
    assert_eq!(topics.cell(1, "weight"), "3");
    assert_eq!(topics.cell(1, "label_en"), "-governance");
    assert_eq!(topics.cell(1, "note_en"), "=taken up");
}

#[test]
fn every_table_has_the_same_header_whatever_the_content() {
    let builtin = export(None, false);
    for other in [FORMULAS, "tests/fixtures/good", "tests/fixtures/hostile"] {
        let tables = export(Some(other), false);
        for name in TABLES {
            assert_eq!(
                tables[name].0.header, builtin[name].0.header,
                "{name}.csv of {other} and of the built-in content"
            );
        }
    }
    // A text takes the same four columns everywhere, and no language of the content adds
    // one (the fixture has ko and fr).
    let people = &builtin["people"].0.header;
    assert_eq!(
        people[2..6],
        ["name_en", "name_ja", "name_zh", "name_other_languages"]
    );
    assert!(
        builtin
            .values()
            .flat_map(|(csv, _)| &csv.header)
            .all(|h| !h.ends_with("_ko") && !h.ends_with("_und") && !h.ends_with("_fr"))
    );
}

/// The columns of each file as the README's "Columns of each file" tables list them,
/// `NAME_*` being NAME's four language columns and `KIND` each list of `coverage`.
fn readme_columns() -> BTreeMap<String, Vec<String>> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        if let Some(name) = line
            .strip_prefix("#### `")
            .and_then(|rest| rest.strip_suffix(".csv`"))
        {
            current = Some(name.to_string());
            tables.entry(name.to_string()).or_default();
            continue;
        }
        if line.starts_with('#') {
            current = None;
        }
        let (Some(table), Some(row)) = (&current, line.strip_prefix("| `")) else {
            continue;
        };
        // The first cell: one column, or a group written for each KIND in turn.
        let first = row.split(" |").next().unwrap();
        let group: Vec<&str> = first
            .split('`')
            .step_by(2)
            .filter(|c| !c.is_empty())
            .collect();
        let kinds: &[&str] = match first.contains("KIND") {
            true => &["people", "orgs", "sessions", "outcomes", "timeline"],
            false => &[""],
        };
        let columns = tables.get_mut(table).unwrap();
        for kind in kinds {
            for column in &group {
                let column = column.replace("KIND", kind);
                match column.strip_suffix("_*") {
                    Some(text) => columns.extend(
                        ["en", "ja", "zh", "other_languages"].map(|l| format!("{text}_{l}")),
                    ),
                    None => columns.push(column),
                }
            }
        }
    }
    tables
}

#[test]
fn the_readme_documents_every_column_of_every_file_in_order() {
    let documented = readme_columns();
    let tables = export(None, false);
    let names: Vec<&str> = documented.keys().map(String::as_str).collect();
    let mut all = TABLES.to_vec();
    all.sort_unstable();
    assert_eq!(names, all, "a table of columns for each file");
    for name in TABLES {
        assert_eq!(
            documented[name], tables[name].0.header,
            "README's columns of {name}.csv"
        );
    }
}
