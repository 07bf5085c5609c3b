//! `confer export`: what the JSON and CSV files hold, read back with serde_json and the csv
//! crate and compared with the model `content::load` resolves; the editions chosen; the
//! byte-order mark; and the exit codes.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::{Run, confer, confer_in};
use confer::content::{
    ContentLocation, Edition, Org, Series, Text, load,
    model::{Content, Scope, Source, Topic},
};
use serde_json::Value;

fn builtin() -> Content {
    let loaded = load(&ContentLocation::BuiltIn);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.content
}

fn json_of(run: &Run) -> Value {
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the export is JSON")
}

/// The tag a text's language is exported under: `und` for a plain string.
fn exported(tag: &str) -> &str {
    if tag.is_empty() { "und" } else { tag }
}

/// A text in JSON: an object with exactly the text's languages, each string as in the model.
fn same_text(json: &Value, text: &Text, what: &str) {
    let object = json
        .as_object()
        .unwrap_or_else(|| panic!("{what}: not an object: {json}"));
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut languages: Vec<&str> = text.languages().map(exported).collect();
    keys.sort_unstable();
    languages.sort_unstable();
    assert_eq!(keys, languages, "{what}: languages");
    for tag in text.languages() {
        assert_eq!(
            object[exported(tag)].as_str(),
            text.lookup(tag),
            "{what}: the {tag:?} text"
        );
    }
}

fn same_optional(json: &Value, text: &Option<Text>, what: &str) {
    match text {
        Some(text) => same_text(json, text, what),
        None => assert!(json.is_null(), "{what}: {json} where the model has none"),
    }
}

fn strs(json: &Value) -> Vec<&str> {
    json.as_array()
        .unwrap_or_else(|| panic!("not an array: {json}"))
        .iter()
        .map(|v| v.as_str().expect("an id"))
        .collect()
}

fn source_ids(sources: &[std::sync::Arc<Source>]) -> Vec<&str> {
    sources.iter().map(|s| s.id.as_str()).collect()
}

fn topic_ids(topics: &[std::sync::Arc<Topic>]) -> Vec<&str> {
    topics.iter().map(|t| t.id.as_str()).collect()
}

fn same_sources(json: &Value, sources: &[std::sync::Arc<Source>], what: &str) {
    let list = json.as_array().expect("sources in full");
    assert_eq!(list.len(), sources.len(), "{what}: how many");
    for (j, s) in list.iter().zip(sources) {
        let what = format!("{what} source {}", s.id);
        assert_eq!(j["id"], s.id.as_str());
        same_text(&j["title"], &s.title, &what);
        same_optional(&j["author"], &s.author, &what);
        same_optional(&j["publisher"], &s.publisher, &what);
        assert_eq!(j["date"].as_str(), s.date.map(|d| d.to_string()).as_deref());
        assert_eq!(j["kind"].as_str(), s.kind.map(|k| k.word()));
        assert_eq!(j["url"].as_str(), s.url.as_deref(), "{what}");
    }
}

fn same_orgs(json: &Value, orgs: &[std::sync::Arc<Org>], what: &str) {
    let list = json.as_array().expect("orgs");
    assert_eq!(list.len(), orgs.len(), "{what}: how many orgs");
    for (j, o) in list.iter().zip(orgs) {
        assert_eq!(j["id"], o.id.as_str());
        same_text(&j["name"], &o.name, &format!("{what} org {}", o.id));
        assert_eq!(j["kind"].as_str(), o.kind.map(|k| k.word()));
        assert_eq!(j["country"].as_str(), o.country.as_deref());
    }
}

fn same_topics(json: &Value, topics: &[std::sync::Arc<Topic>], what: &str) {
    let list = json.as_array().expect("topics");
    assert_eq!(list.len(), topics.len(), "{what}: how many topics");
    for (j, t) in list.iter().zip(topics) {
        let what = format!("{what} topic {}", t.id);
        assert_eq!(j["id"], t.id.as_str());
        let scope = match t.scope {
            Scope::Series => "series",
            Scope::Edition => "edition",
        };
        assert_eq!(j["scope"], scope, "{what}");
        same_text(&j["label"], &t.label, &what);
        assert_eq!(j["weight"], u64::from(t.weight));
        same_optional(&j["note"], &t.note, &what);
    }
}

/// Every field of an edition, in JSON, against the model.
fn same_edition(j: &Value, e: &Edition) {
    let id = e.id.to_string();
    let what = id.as_str();
    assert_eq!(j["id"], what);
    same_text(&j["name"], &e.name, what);
    same_optional(&j["label"], &e.label, what);
    assert_eq!(j["year"], e.year);
    assert_eq!(j["start"], e.start.to_string());
    assert_eq!(j["end"], e.end.to_string());
    same_text(&j["place"], &e.place, what);
    same_optional(&j["theme"], &e.theme, what);
    same_optional(&j["summary"], &e.summary, what);
    assert_eq!(strs(&j["sources"]), source_ids(&e.sources), "{what}");

    let list = |key: &str, len: usize| {
        let list = j[key].as_array().unwrap_or_else(|| panic!("{what}: {key}"));
        assert_eq!(list.len(), len, "{what}: how many {key}");
        list.clone()
    };
    for (f, m) in list("figures", e.figures.len()).iter().zip(&e.figures) {
        let what = format!("{what} figure {}", m.key);
        assert_eq!(f["key"], m.key.as_str());
        same_text(&f["label"], &m.label, &what);
        assert_eq!(f["value"].as_f64(), Some(m.value), "{what}");
        assert_eq!(f["approx"], m.approx.word());
        same_optional(&f["unit"], &m.unit, &what);
        same_optional(&f["note"], &m.note, &what);
        assert_eq!(strs(&f["sources"]), source_ids(&m.sources), "{what}");
    }
    same_orgs(&j["orgs"], &e.orgs, what);
    for (p, m) in list("people", e.people.len()).iter().zip(&e.people) {
        let what = format!("{what} person {}", m.id);
        assert_eq!(p["id"], m.id.as_str());
        same_text(&p["name"], &m.name, &what);
        assert_eq!(p["org"].as_str(), m.org.as_ref().map(|o| o.id.as_str()));
        same_optional(&p["role"], &m.role, &what);
        assert_eq!(p["country"].as_str(), m.country.as_deref());
        let sessions: Vec<&str> = m.sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(strs(&p["sessions"]), sessions, "{what}");
        same_optional(&p["note"], &m.note, &what);
        assert_eq!(strs(&p["sources"]), source_ids(&m.sources), "{what}");
    }
    for (s, m) in list("sessions", e.sessions.len()).iter().zip(&e.sessions) {
        let what = format!("{what} session {}", m.id);
        assert_eq!(s["id"], m.id.as_str());
        assert_eq!(s["day"], m.day);
        same_text(&s["title"], &m.title, &what);
        assert_eq!(s["kind"].as_str(), m.kind.map(|k| k.word()));
        assert_eq!(strs(&s["topics"]), topic_ids(&m.topics), "{what}");
        assert_eq!(s["highlight"], m.highlight);
        same_optional(&s["note"], &m.note, &what);
        assert_eq!(strs(&s["sources"]), source_ids(&m.sources), "{what}");
    }
    same_topics(&j["topics"], &e.topics, what);
    for (o, m) in list("outcomes", e.outcomes.len()).iter().zip(&e.outcomes) {
        let what = format!("{what} outcome {}", m.id);
        assert_eq!(o["id"], m.id.as_str());
        assert_eq!(o["kind"].as_str(), m.kind.map(|k| k.word()));
        same_text(&o["title"], &m.title, &what);
        assert_eq!(o["status"].as_str(), m.status.map(|s| s.word()));
        assert_eq!(o["date"].as_str(), m.date.map(|d| d.to_string()).as_deref());
        same_optional(&o["detail"], &m.detail, &what);
        assert_eq!(strs(&o["topics"]), topic_ids(&m.topics), "{what}");
        assert_eq!(strs(&o["sources"]), source_ids(&m.sources), "{what}");
    }
    for (t, m) in list("timeline", e.timeline.len()).iter().zip(&e.timeline) {
        let what = format!("{what} event {}", m.date);
        assert_eq!(t["date"], m.date.to_string());
        same_text(&t["title"], &m.title, &what);
        same_optional(&t["place"], &m.place, &what);
        assert_eq!(strs(&t["topics"]), topic_ids(&m.topics), "{what}");
        assert_eq!(strs(&t["sources"]), source_ids(&m.sources), "{what}");
    }
    for (n, m) in list("notes", e.notes.len()).iter().zip(&e.notes) {
        let what = format!("{what} note {}", m.id);
        assert_eq!(n["id"], m.id.as_str());
        same_text(&n["title"], &m.title, &what);
        same_text(&n["body"], &m.body, &what);
        assert_eq!(n["topic"].as_str(), m.topic.as_ref().map(|t| t.id.as_str()));
        assert_eq!(strs(&n["sources"]), source_ids(&m.sources), "{what}");
    }
    same_sources(&j["own_sources"], &e.own_sources, what);
    let coverage = j["coverage"].as_object().expect("coverage");
    assert_eq!(coverage.len(), e.coverage.len(), "{what}: coverage");
    for (kind, c) in &e.coverage {
        let jc = &coverage[kind.word()];
        assert_eq!(jc["complete"], c.complete, "{what} {kind:?}");
        assert_eq!(jc["total"].as_u64(), c.total, "{what} {kind:?}");
        same_optional(&jc["note"], &c.note, &format!("{what} coverage"));
    }
}

fn same_series(j: &Value, s: &Series) {
    assert_eq!(j["id"], s.id.as_str());
    same_text(&j["name"], &s.name, &s.id);
    same_optional(&j["organizer"], &s.organizer, &s.id);
    same_optional(&j["about"], &s.about, &s.id);
    assert_eq!(strs(&j["sources"]), source_ids(&s.sources));
    same_orgs(&j["orgs"], &s.orgs, &s.id);
    same_topics(&j["topics"], &s.topics, &s.id);
    same_sources(&j["own_sources"], &s.own_sources, &s.id);
}

/// Every id an edition's entries refer to is defined in the export, at the edition's level
/// or its series'.
fn references_resolve(series: &Value, edition: &Value) {
    let defined = |key: &str| -> Vec<String> {
        [&series[key], &edition[key]]
            .iter()
            .flat_map(|list| list.as_array().expect(key))
            .map(|entry| entry["id"].as_str().expect("an id").to_string())
            .collect()
    };
    let (sources, orgs, topics) = (defined("own_sources"), defined("orgs"), defined("topics"));
    let sessions: Vec<&str> = edition["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    let mut cited = strs(&edition["sources"]);
    let mut about = Vec::new();
    for key in [
        "figures", "people", "sessions", "outcomes", "timeline", "notes",
    ] {
        for entry in edition[key].as_array().unwrap() {
            cited.extend(strs(&entry["sources"]));
            if let Some(topics) = entry.get("topics") {
                about.extend(strs(topics));
            }
            if let Some(topic) = entry.get("topic").and_then(Value::as_str) {
                about.push(topic);
            }
            if let Some(org) = entry.get("org").and_then(Value::as_str) {
                assert!(orgs.iter().any(|o| o == org), "org {org}");
            }
            if key == "people" {
                for session in strs(&entry["sessions"]) {
                    assert!(sessions.contains(&session), "session {session}");
                }
            }
        }
    }
    assert!(!cited.is_empty());
    for id in cited {
        assert!(
            sources.iter().any(|s| s == id),
            "source {id} is not exported"
        );
    }
    for id in about {
        assert!(topics.iter().any(|t| t == id), "topic {id} is not exported");
    }
}

#[test]
fn json_holds_the_whole_model_every_text_in_every_language() {
    let content = builtin();
    let json = json_of(&confer(&["export", "--format", "json"]));
    assert_eq!(json["format"], 1, "the export's version comes first");
    let series = json["series"].as_array().expect("series");
    assert_eq!(series.len(), content.series.len());
    for (j, s) in series.iter().zip(&content.series) {
        same_series(j, s);
        let editions = j["editions"].as_array().expect("editions");
        let ids: Vec<&str> = editions.iter().map(|e| e["id"].as_str().unwrap()).collect();
        let model: Vec<String> = s.editions.iter().map(|e| e.id.to_string()).collect();
        assert_eq!(ids, model);
        for (je, e) in editions.iter().zip(&s.editions) {
            same_edition(je, e);
            references_resolve(j, je);
        }
    }
    // Japanese and Chinese intact, and checked against the words, not only the model.
    let first = &series[0]["editions"][0];
    assert!(
        first["theme"]["zh"].as_str().unwrap().contains("互联互通"),
        "{}",
        first["theme"]
    );
    assert_eq!(first["start"], "2014-11-19");
    let ma = first["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "ma-kai")
        .expect("Ma Kai in 2014");
    assert_eq!(ma["name"]["ja"], "馬凱");
    assert_eq!(ma["name"]["zh"], "马凯");
    // A plain-string source title is exported under `und`.
    let wikipedia = series[0]["own_sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "wikipedia-wic")
        .unwrap();
    assert_eq!(
        wikipedia["title"],
        serde_json::json!({"und": "World Internet Conference"})
    );
}

/// The text of every string in a JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(list) => list.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out)
        }),
        _ => {}
    }
}

#[test]
fn hostile_strings_are_exported_clean() {
    let json = json_of(&confer(&[
        "export",
        "--format",
        "json",
        "--content",
        "tests/fixtures/hostile",
    ]));
    let mut all = Vec::new();
    strings(&json, &mut all);
    assert!(all.len() > 20);
    for s in all {
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t'
                || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{s:?}"
        );
    }
}

/// A CSV file as its header and its rows by column name; with the byte-order mark said.
struct Csv {
    bom: bool,
    header: Vec<String>,
    rows: Vec<HashMap<String, String>>,
}

fn read_csv(path: &Path) -> Csv {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(body) => (true, body),
        None => (false, &bytes[..]),
    };
    let mut reader = csv::Reader::from_reader(body);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            assert_eq!(record.len(), header.len(), "{}", path.display());
            header
                .iter()
                .cloned()
                .zip(record.iter().map(String::from))
                .collect()
        })
        .collect();
    Csv { bom, header, rows }
}

const TABLES: [&str; 11] = [
    "series", "editions", "figures", "people", "orgs", "sessions", "topics", "outcomes",
    "timeline", "notes", "sources",
];

fn export_csv(dir: &Path, extra: &[&str]) -> HashMap<&'static str, Csv> {
    let out = dir.join("out");
    let out_arg = out.to_str().unwrap();
    let mut args = vec!["export", "--format", "csv", "--out", out_arg];
    args.extend(extra);
    let run = confer(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr.trim_end(),
        format!("confer: wrote 11 files to {out_arg}")
    );
    TABLES
        .iter()
        .map(|name| (*name, read_csv(&out.join(format!("{name}.csv")))))
        .collect()
}

/// The cells of a text's columns hold its languages: `name_en`, `name_ja` and `name_zh`
/// each its text in that language or nothing, and `name_other_languages` every other
/// language as a JSON object (a plain string under `und`), empty when there is none.
fn same_text_columns(
    row: &HashMap<String, String>,
    header: &[String],
    column: &str,
    text: Option<&Text>,
) {
    let names: Vec<String> = ["en", "ja", "zh", "other_languages"]
        .iter()
        .map(|suffix| format!("{column}_{suffix}"))
        .collect();
    for name in &names {
        assert!(header.contains(name), "no column {name}: {header:?}");
    }
    for (lang, name) in ["en", "ja", "zh"].iter().zip(&names) {
        let want = text.and_then(|t| t.lookup(lang)).unwrap_or_default();
        assert_eq!(row[name], want, "{name}");
    }
    let mut want: Vec<(&str, &str)> = text
        .iter()
        .flat_map(|t| t.languages().map(move |tag| (tag, t)))
        .filter(|(tag, _)| !["en", "ja", "zh"].contains(tag))
        .map(|(tag, t)| (exported(tag), t.lookup(tag).unwrap()))
        .collect();
    let others = &row[&names[3]];
    if want.is_empty() {
        assert_eq!(others, "", "{column}: no other language");
        return;
    }
    let got: serde_json::Map<String, Value> = serde_json::from_str(others)
        .unwrap_or_else(|e| panic!("{column}_other_languages {others:?}: {e}"));
    let mut got: Vec<(&str, &str)> = got
        .iter()
        .map(|(tag, text)| (tag.as_str(), text.as_str().expect("a string")))
        .collect();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "{column}_other_languages");
}

/// Row counts, and the people's texts in every language, against the model.
fn csv_matches_the_model(tables: &HashMap<&str, Csv>, content: &Content) {
    let editions: Vec<&Edition> = content.editions().map(|(_, e)| e).collect();
    let sum = |count: fn(&Edition) -> usize| editions.iter().map(|e| count(e)).sum::<usize>();
    let rows = |name: &str| tables[name].rows.len();
    assert_eq!(rows("series"), content.series.len());
    assert_eq!(rows("editions"), editions.len());
    assert_eq!(rows("figures"), sum(|e| e.figures.len()));
    assert_eq!(rows("people"), sum(|e| e.people.len()));
    assert_eq!(rows("sessions"), sum(|e| e.sessions.len()));
    assert_eq!(rows("outcomes"), sum(|e| e.outcomes.len()));
    assert_eq!(rows("timeline"), sum(|e| e.timeline.len()));
    assert_eq!(rows("notes"), sum(|e| e.notes.len()));
    let series_level =
        |count: fn(&Series) -> usize| content.series.iter().map(count).sum::<usize>();
    assert_eq!(
        rows("topics"),
        series_level(|s| s.topics.len()) + sum(|e| e.topics.len())
    );
    assert_eq!(
        rows("sources"),
        series_level(|s| s.own_sources.len()) + sum(|e| e.own_sources.len())
    );
    // An edition's orgs: its own and its people's, each once.
    let named = |e: &Edition| {
        let mut ids: Vec<&str> = e.orgs.iter().map(|o| o.id.as_str()).collect();
        ids.extend(
            e.people
                .iter()
                .filter_map(|p| p.org.as_ref().map(|o| o.id.as_str())),
        );
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    assert_eq!(rows("orgs"), series_level(|s| s.orgs.len()) + sum(named));

    let people = &tables["people"];
    assert!(
        people.header.iter().any(|h| h == "name_ja"),
        "{:?}",
        people.header
    );
    assert_eq!(people.header[0], "edition");
    for e in &editions {
        let id = e.id.to_string();
        for person in &e.people {
            let row = people
                .rows
                .iter()
                .find(|r| r["edition"] == id && r["id"] == person.id)
                .unwrap_or_else(|| panic!("{id} {} is not in people.csv", person.id));
            same_text_columns(row, &people.header, "name", Some(&person.name));
            same_text_columns(row, &people.header, "role", person.role.as_ref());
            same_text_columns(row, &people.header, "note", person.note.as_ref());
            let org = person
                .org
                .as_ref()
                .map(|o| o.id.as_str())
                .unwrap_or_default();
            assert_eq!(row["org"], org);
            let sources: Vec<&str> = person.sources.iter().map(|s| s.id.as_str()).collect();
            assert_eq!(row["sources"], sources.join(";"));
        }
        let figures = tables["figures"].rows.iter().filter(|r| r["edition"] == id);
        for (row, figure) in figures.zip(&e.figures) {
            assert_eq!(row["key"], figure.key);
            assert_eq!(row["value"].parse::<f64>().unwrap(), figure.value);
            same_text_columns(row, &tables["figures"].header, "label", Some(&figure.label));
        }
        let edition = tables["editions"]
            .rows
            .iter()
            .find(|r| r["edition"] == id)
            .unwrap();
        same_text_columns(
            edition,
            &tables["editions"].header,
            "theme",
            e.theme.as_ref(),
        );
        same_text_columns(
            edition,
            &tables["editions"].header,
            "summary",
            e.summary.as_ref(),
        );
    }
}

#[test]
fn csv_tables_hold_every_entry_with_a_column_per_language() {
    let content = builtin();
    let dir = tempfile::tempdir().unwrap();
    let tables = export_csv(dir.path(), &[]);
    csv_matches_the_model(&tables, &content);
    for (name, table) in &tables {
        assert!(
            !table.bom,
            "{name}.csv starts with a byte-order mark without --bom"
        );
    }
    let header = &tables["people"].header;
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert!(
        at("name_en") < at("name_ja") && at("name_ja") < at("name_zh"),
        "en, ja, zh first: {header:?}"
    );
    let first = &tables["editions"].rows[0];
    assert_eq!(first["edition"], "wic/2014");
    assert!(first["theme_zh"].contains("互联互通"), "{first:?}");
    assert_eq!(tables["series"].header[0], "series");
    for name in TABLES.iter().filter(|n| **n != "series") {
        assert_eq!(tables[name].header[0], "edition", "{name}.csv");
    }
}

#[test]
fn bom_comes_first_in_every_file_only_with_bom() {
    let content = builtin();
    let dir = tempfile::tempdir().unwrap();
    let tables = export_csv(dir.path(), &["--bom"]);
    for name in TABLES {
        let bytes = std::fs::read(dir.path().join("out").join(format!("{name}.csv"))).unwrap();
        assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "{name}.csv");
        assert!(tables[name].bom);
    }
    // The header still parses once the mark is taken off: the first column is not
    // "\u{feff}edition".
    assert_eq!(tables["people"].header[0], "edition");
    csv_matches_the_model(&tables, &content);
}

/// A content folder with a value holding a comma, quotes and a line break, a plain string,
/// and a language other than en, ja and zh.
fn awkward_content(dir: &Path) -> std::path::PathBuf {
    let series = dir.join("content").join("conf");
    std::fs::create_dir_all(&series).unwrap();
    std::fs::write(
        series.join("series.toml"),
        r#"format = 1

[series]
name = "Conf, \"the\" one"

[[orgs]]
id = "acme"
name = { en = "Acme", fr = "Acmé" }

[[sources]]
id = "site"
title = "Site"
"#,
    )
    .unwrap();
    std::fs::write(
        series.join("2020.toml"),
        r#"format = 1

[edition]
name = { en = "Conf 2020", ja = "会議2020" }
year = 2020
start = 2020-05-01
end = 2020-05-02
place = "Online"
summary = { en = "Commas, \"quotes\"\nand a second line", ja = "「引用」、改行\nあり" }
sources = ["site"]

[[people]]
id = "ann"
name = { en = "Ann, \"Annie\"", ja = "アン" }
org = "acme"
sources = ["site"]
"#,
    )
    .unwrap();
    dir.join("content")
}

#[test]
fn a_comma_quote_and_line_break_round_trip_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let content = awkward_content(dir.path());
    let content_arg = content.to_str().unwrap();
    let out = dir.path().join("out");
    let run = confer(&[
        "export",
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
        "--content",
        content_arg,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let editions = read_csv(&out.join("editions.csv"));
    let row = &editions.rows[0];
    assert_eq!(row["summary_en"], "Commas, \"quotes\"\nand a second line");
    assert_eq!(row["summary_ja"], "「引用」、改行\nあり");
    // A plain string is in no language column: the content does not say its language.
    assert_eq!(row["place_en"], "");
    assert_eq!(row["place_other_languages"], r#"{"und":"Online"}"#);
    let series = read_csv(&out.join("series.csv"));
    assert_eq!(
        series.rows[0]["name_other_languages"],
        r#"{"und":"Conf, \"the\" one"}"#
    );
    let people = read_csv(&out.join("people.csv"));
    assert_eq!(people.rows[0]["name_en"], "Ann, \"Annie\"");
    assert_eq!(people.rows[0]["org"], "acme");
    // The series' org once with no edition, and again for the edition whose person names it.
    let orgs = read_csv(&out.join("orgs.csv"));
    assert_eq!(
        orgs.header,
        [
            "edition",
            "series",
            "scope",
            "id",
            "name_en",
            "name_ja",
            "name_zh",
            "name_other_languages",
            "kind",
            "country"
        ]
    );
    let scoped: Vec<(&str, &str, &str)> = orgs
        .rows
        .iter()
        .map(|r| {
            (
                r["edition"].as_str(),
                r["scope"].as_str(),
                r["name_other_languages"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        scoped,
        [
            ("", "series", r#"{"fr":"Acmé"}"#),
            ("conf/2020", "series", r#"{"fr":"Acmé"}"#)
        ]
    );
    // Columns of a text no entry has are still there.
    let figures = read_csv(&out.join("figures.csv"));
    assert!(figures.rows.is_empty());
    assert!(
        figures.header.contains(&"label_en".to_string()),
        "{:?}",
        figures.header
    );

    let json = json_of(&confer(&[
        "export",
        "--format",
        "json",
        "--content",
        content_arg,
    ]));
    let edition = &json["series"][0]["editions"][0];
    assert_eq!(
        edition["summary"]["en"],
        "Commas, \"quotes\"\nand a second line"
    );
    assert_eq!(edition["place"], serde_json::json!({"und": "Online"}));
    assert_eq!(json["series"][0]["name"]["und"], "Conf, \"the\" one");
}

#[test]
fn editions_named_are_the_only_ones_exported() {
    let content = builtin();
    let json = json_of(&confer(&[
        "export", "--format", "json", "wic/2016", "wic/2014",
    ]));
    let ids: Vec<&str> = json["series"][0]["editions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["wic/2014", "wic/2016"], "content order");

    let dir = tempfile::tempdir().unwrap();
    let tables = export_csv(dir.path(), &["wic/2014", "wic/2016"]);
    let edition_ids: Vec<&str> = tables["editions"]
        .rows
        .iter()
        .map(|r| r["edition"].as_str())
        .collect();
    assert_eq!(edition_ids, ["wic/2014", "wic/2016"]);
    let people: usize = content
        .editions()
        .filter(|(_, e)| ["wic/2014", "wic/2016"].contains(&e.id.to_string().as_str()))
        .map(|(_, e)| e.people.len())
        .sum();
    assert_eq!(tables["people"].rows.len(), people);
    assert!(
        tables["people"]
            .rows
            .iter()
            .all(|r| r["edition"] == "wic/2014" || r["edition"] == "wic/2016")
    );
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    for (args, says) in [
        (
            &["export", "--format", "json", "2005"][..],
            "no edition '2005'; the editions are: wic/2014",
        ),
        (
            &[
                "export", "--format", "csv", "--out", out, "wic/2014", "nope",
            ],
            "no edition 'nope'",
        ),
        (
            &["export", "--format", "csv"],
            "--format csv writes a file per table: name their folder with --out DIR",
        ),
        (
            &["export", "--format", "json", "--bom"],
            "--bom is for --format csv",
        ),
        (
            &["export", "--format", "json", "--out", out],
            "--out is for --format csv",
        ),
        (&["export"], "--format <FORMAT>"),
        (&["export", "--format", "xml"], "invalid value 'xml'"),
    ] {
        let run = confer(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(!Path::new(out).exists(), "{args:?} wrote files");
    }
}

#[test]
fn content_errors_exit_1_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let bad = "tests/fixtures/bad/dangling-ref";
    let json = confer(&["export", "--format", "json", "--content", bad]);
    assert_eq!(json.code, 1, "{}", json.stderr);
    assert_eq!(json.stdout, "");
    assert!(
        json.stderr.contains("error: unknown source 'scr'"),
        "{}",
        json.stderr
    );
    let csv = confer(&[
        "export",
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
        "--content",
        bad,
    ]);
    assert_eq!(csv.code, 1, "{}", csv.stderr);
    assert!(
        csv.stderr.contains("error: unknown source 'scr'"),
        "{}",
        csv.stderr
    );
    assert!(
        !out.exists(),
        "nothing is written when an edition does not read"
    );
    let named = confer(&["export", "--format", "json", "--content", bad, "2014"]);
    assert_eq!(named.code, 1, "{}", named.stderr);
    assert!(
        named.stderr.contains("error: unknown source 'scr'"),
        "{}",
        named.stderr
    );
}

#[test]
fn an_edition_left_out_of_the_index_stops_a_whole_export_not_a_named_one() {
    let dir = tempfile::tempdir().unwrap();
    let content = awkward_content(dir.path());
    // No year: the [edition] table does not read, so the edition is not even indexed.
    std::fs::write(
        content.join("conf").join("2021.toml"),
        "format = 1\n\n[edition]\nname = \"Conf 2021\"\nstart = 2021-05-01\nend = 2021-05-02\nplace = \"Online\"\n",
    )
    .unwrap();
    let content_arg = content.to_str().unwrap();
    let all = confer_in(
        dir.path(),
        &["export", "--format", "json", "--content", content_arg],
    );
    assert_eq!(all.code, 1, "{}", all.stderr);
    assert_eq!(all.stdout, "");
    assert!(all.stderr.contains("2021.toml"), "{}", all.stderr);
    let named = confer_in(
        dir.path(),
        &[
            "export",
            "--format",
            "json",
            "--content",
            content_arg,
            "2020",
        ],
    );
    let json = json_of(&named);
    assert_eq!(json["series"][0]["editions"].as_array().unwrap().len(), 1);
    assert!(named.stderr.contains("left out"), "{}", named.stderr);
}

#[test]
fn help_lists_every_option() {
    let run = confer(&["export", "--help"]);
    assert_eq!(run.code, 0);
    for word in [
        "--format",
        "json",
        "csv",
        "--out <DIR>",
        "--bom",
        "[EDITION]...",
        "und",
        "people",
    ] {
        assert!(run.stdout.contains(word), "{word}: {}", run.stdout);
    }
    let top = confer(&["--help"]);
    assert!(top.stdout.contains("export"), "{}", top.stdout);
}
