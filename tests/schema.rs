//! `confer schema`: the JSON Schemas an editor checks content files with. They are generated
//! from the tables the loader reads, so they accept every file the loader accepts, reject
//! what the bad fixtures get wrong in the file itself, and list exactly the keys the loader
//! allows. Files are handed to the validator as taplo hands them: TOML dates as strings.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use common::confer;
use confer::content::fields::{FieldKind, TableSpec};
use confer::content::{ContentLocation, Location, Severity, load};
use confer::schema::{self, FileKind};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn validator(kind: FileKind) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema::schema(kind))
        .expect("a valid draft 2020-12 schema")
}

/// As taplo applies it: its validator knows drafts up to 7 only, and uses 7 for a schema of
/// a draft it does not know.
fn validator_draft7(kind: FileKind) -> jsonschema::Validator {
    let mut schema = schema::schema(kind);
    schema["$schema"] = "http://json-schema.org/draft-07/schema#".into();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid draft 7 schema")
}

/// A TOML document as taplo hands it to the validator: dates as `YYYY-MM-DD` strings. A
/// float JSON cannot hold (nan, inf) becomes null.
fn to_json(text: &str) -> Option<Value> {
    fn convert(value: toml::Value) -> Value {
        match value {
            toml::Value::String(s) => Value::String(s),
            toml::Value::Integer(i) => i.into(),
            toml::Value::Float(f) => {
                serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
            }
            toml::Value::Boolean(b) => b.into(),
            toml::Value::Datetime(dt) => Value::String(dt.to_string()),
            toml::Value::Array(items) => Value::Array(items.into_iter().map(convert).collect()),
            toml::Value::Table(table) => {
                Value::Object(table.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    toml::from_str::<toml::Table>(text)
        .ok()
        .map(|table| convert(toml::Value::Table(table)))
}

fn kind_of(path: &Path) -> FileKind {
    if path.file_name().is_some_and(|n| n == "series.toml") {
        FileKind::Series
    } else {
        FileKind::Edition
    }
}

/// Each problem the schema finds: where in the document, and what.
fn problems(kind: FileKind, document: &Value) -> Vec<(String, String)> {
    validator(kind)
        .iter_errors(document)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect()
}

fn problems_in_file(path: &Path) -> Vec<(String, String)> {
    let text = fs::read_to_string(path).unwrap();
    let document = to_json(&text).unwrap_or_else(|| panic!("{} is TOML", path.display()));
    problems(kind_of(path), &document)
}

/// The TOML files the loader reads as series or edition files under a content folder: those
/// directly in a folder that has a series.toml.
fn content_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(folder) else {
        return files;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() && path.join("series.toml").is_file() {
            let mut here: Vec<_> = fs::read_dir(&path)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
                .collect();
            here.sort();
            files.extend(here);
        }
    }
    files
}

/// Every content folder the tests have: the built-in content and each fixture.
fn content_folders() -> Vec<PathBuf> {
    let fixtures = Path::new(ROOT).join("tests/fixtures");
    let mut folders = vec![Path::new(ROOT).join("content")];
    for group in [fixtures.clone(), fixtures.join("bad")] {
        let mut found: Vec<_> = fs::read_dir(&group)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir() && !content_files(p).is_empty())
            .collect();
        found.sort();
        folders.extend(found);
    }
    folders
}

#[test]
fn every_built_in_file_and_every_good_fixture_is_accepted() {
    let mut files = content_files(&Path::new(ROOT).join("content"));
    files.extend(content_files(&Path::new(ROOT).join("tests/fixtures/good")));
    assert!(
        files.len() >= 17,
        "the built-in content and the good fixtures: {files:?}"
    );
    let series = files
        .iter()
        .filter(|f| kind_of(f) == FileKind::Series)
        .count();
    assert!(series >= 3, "series files too: {files:?}");
    for file in &files {
        let problems = problems_in_file(file);
        assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
    }
}

/// The other way round would not hold (the schema cannot resolve references), but this way
/// must: whatever the loader reads without an error in a file, the schema accepts.
#[test]
fn every_file_the_loader_accepts_anywhere_is_accepted() {
    let mut checked = 0;
    for folder in content_folders() {
        let loaded = load(&ContentLocation::Folder(folder.clone()));
        let with_errors: BTreeSet<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .filter_map(|d| match &d.location {
                Location::Span(file, _) => Some(loaded.sources.get(*file).name.clone()),
                Location::Path(path) => Some(path.clone()),
                Location::Nowhere => None,
            })
            .collect();
        for file in content_files(&folder) {
            let name = file.display().to_string();
            if with_errors
                .iter()
                .any(|e| name.ends_with(e.as_str()) || e.ends_with(&name))
            {
                continue;
            }
            let Some(text) = fs::read_to_string(&file).ok() else {
                continue;
            };
            let document = to_json(&text).expect("a file the loader accepts is TOML");
            let problems = problems(kind_of(&file), &document);
            assert!(
                problems.is_empty(),
                "the loader accepts {name}, the schema does not: {problems:#?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} files checked");
}

/// The bad fixtures whose fault is in the file itself, which the schema can see: each is
/// rejected at the place the loader points to.
#[test]
fn bad_fixtures_that_are_a_schema_matter_are_rejected_where_they_are_wrong() {
    // (fixture, file, what is wrong, where in the document, a word of the message)
    let cases = [
        (
            "unknown-key",
            "2014.toml",
            "an unknown key",
            "/edition",
            "lable",
        ),
        (
            "wrong-type",
            "2014.toml",
            "a wrong type",
            "/figures/0/value",
            "number",
        ),
        (
            "bad-enum",
            "2014.toml",
            "a value outside its list",
            "/orgs/0/kind",
            "compnay",
        ),
        (
            "missing-key",
            "2014.toml",
            "a missing required key",
            "/edition",
            "place",
        ),
        (
            "format-2",
            "2014.toml",
            "another format version",
            "/format",
            "1",
        ),
        (
            "coverage-kind",
            "2014.toml",
            "an unknown coverage kind",
            "/coverage",
            "peopel",
        ),
        (
            "many",
            "2014.toml",
            "an id off the pattern",
            "/people/0/id",
            "Jack Ma",
        ),
        (
            "many",
            "series.toml",
            "a source kind outside its list",
            "/sources/0/kind",
            "blog",
        ),
        (
            "figure-key-not-id",
            "2014.toml",
            "a figure key off the id pattern",
            "/figures/0/key",
            "Participants on site",
        ),
        (
            "url-not-web",
            "2014.toml",
            "a url that is not an http address",
            "/sources/0/url",
            "www.example.com",
        ),
    ];
    for (fixture, file, what, at, word) in cases {
        let path = Path::new(ROOT).join(format!("tests/fixtures/bad/{fixture}/test/{file}"));
        let problems = problems_in_file(&path);
        assert!(
            problems
                .iter()
                .any(|(path, message)| path == at && message.contains(word)),
            "{fixture}/{file}: the schema should reject {what} at {at} (mentioning {word:?}), \
             but found: {problems:#?}"
        );
    }
}

/// What only `confer check` can see: these bad fixtures are valid as far as a schema goes.
#[test]
fn what_the_schema_leaves_to_check_is_accepted() {
    for fixture in [
        "dangling-ref",
        "end-before-start",
        "coverage-complete-total",
        "coverage-total-below",
        "day-past-end",
        "year-not-start",
        "topic-not-in-series",
        // A table of languages whose strings are all empty: a schema cannot say "one of
        // the values is not empty" of an object.
        "empty-text",
    ] {
        for file in content_files(&Path::new(ROOT).join(format!("tests/fixtures/bad/{fixture}"))) {
            let problems = problems_in_file(&file);
            assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
        }
    }
}

const SERIES: &str =
    "format = 1\n[series]\nname = \"S\"\n[[sources]]\nid = \"src\"\ntitle = \"A source\"\n";
const EDITION: &str = "format = 1\n[edition]\nname = \"First\"\nyear = 2014\n\
    start = 2014-11-19\nend = 2014-11-21\nplace = \"Wuzhen\"\n";

/// Whether the loader finds an error in an edition file that is `EDITION` and then `extra`.
fn loader_rejects(extra: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("s");
    fs::create_dir(&series).unwrap();
    fs::write(series.join("series.toml"), SERIES).unwrap();
    fs::write(series.join("2014.toml"), format!("{EDITION}{extra}")).unwrap();
    load(&ContentLocation::Folder(dir.path().into())).has_errors()
}

/// Faults the fixtures do not show, each rejected by the loader and the schema alike.
#[test]
fn the_schema_and_the_loader_reject_the_same_faults_of_form() {
    let cases = [
        ("theme = {}\n", "/edition/theme", "a text with no language"),
        (
            "theme = { EN = \"x\" }\n",
            "/edition/theme",
            "an uppercase language tag",
        ),
        ("theme = 3\n", "/edition/theme", "a text that is a number"),
        (
            "sources = \"src\"\n",
            "/edition/sources",
            "refs that are not an array",
        ),
        (
            "[figures]\nkey = \"k\"\n",
            "/figures",
            "a table where an array of tables goes",
        ),
        (
            "[[topics]]\nid = \"t\"\nlabel = \"T\"\nweight = 4\n",
            "/topics/0/weight",
            "a weight above 3",
        ),
        (
            "[[sessions]]\nid = \"s\"\nday = 0\ntitle = \"T\"\n",
            "/sessions/0/day",
            "day 0",
        ),
        (
            "[[orgs]]\nid = \"o\"\nname = \"O\"\ncountry = \"JA\"\n",
            "/orgs/0/country",
            "an unassigned country code",
        ),
        (
            "[[timeline]]\ndate = \"2014-13\"\ntitle = \"T\"\nsources = [\"src\"]\n",
            "/timeline/0/date",
            "month 13",
        ),
        (
            "[[timeline]]\ndate = \"2014\"\ntitle = \"T\"\nsources = [\"src\"]\nlabel = \"x\"\n",
            "/timeline/0",
            "an unknown key in an entry",
        ),
        (
            "[coverage.people]\ntotal = 3\n",
            "/coverage/people",
            "coverage without complete",
        ),
        (
            "[coverage.people]\ncomplete = false\ntotal = -1\n",
            "/coverage/people/total",
            "a total below zero",
        ),
        (
            "[[people]]\nid = \"p\"\nname = \"P\"\nsessions = [\"Opening\"]\nsources = [\"src\"]\n",
            "/people/0/sessions/0",
            "a ref that can be no id",
        ),
        ("theme = \"  \"\n", "/edition/theme", "an empty text"),
        (
            "[[sources]]\nid = \"own\"\ntitle = \"T\"\nurl = \"ftp://example.org/x\"\n",
            "/sources/0/url",
            "a url of another scheme",
        ),
    ];
    for (extra, at, what) in cases {
        assert!(loader_rejects(extra), "the loader accepts {what}:\n{extra}");
        let document = to_json(&format!("{EDITION}{extra}")).unwrap();
        let problems = problems(FileKind::Edition, &document);
        assert!(
            problems.iter().any(|(path, _)| path == at),
            "the schema should reject {what} at {at}:\n{extra}\nbut found: {problems:#?}"
        );
    }
    assert!(!loader_rejects(""), "the base edition is good");
    assert!(problems(FileKind::Edition, &to_json(EDITION).unwrap()).is_empty());
}

/// Walks a table's declaration and its schema together: the same keys, the same required
/// ones, no others allowed, and the same words for each keyword.
fn compare(spec: &'static TableSpec, schema: &Value, at: &str, seen: &mut BTreeSet<&'static str>) {
    seen.insert(spec.what);
    let properties = schema["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{at} has properties"));
    let in_schema: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
    let declared: BTreeSet<&str> = spec.keys().collect();
    assert_eq!(in_schema, declared, "the keys of {at} ({})", spec.what);
    assert_eq!(
        schema["additionalProperties"], false,
        "{at} allows no other key"
    );
    let required: BTreeSet<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let declared_required: BTreeSet<&str> = spec
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    assert_eq!(required, declared_required, "the required keys of {at}");
    for field in spec.fields {
        let here = &properties[field.key];
        let path = format!("{at}.{}", field.key);
        assert_eq!(here["description"], field.description, "{path}");
        match field.kind {
            FieldKind::Table(table) => compare(table, here, &path, seen),
            FieldKind::Tables(table) => {
                assert_eq!(here["type"], "array", "{path}");
                compare(table, &here["items"], &format!("{path}[]"), seen);
            }
            FieldKind::TableOf { keys, table } => {
                let named: BTreeSet<&str> = here["properties"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                assert_eq!(named, keys.iter().copied().collect(), "{path}");
                assert_eq!(here["additionalProperties"], false, "{path}");
                for key in keys {
                    compare(
                        table,
                        &here["properties"][key],
                        &format!("{path}.{key}"),
                        seen,
                    );
                }
            }
            FieldKind::Keyword(words) => {
                assert_eq!(here["enum"], serde_json::json!(words), "{path}");
            }
            _ => {}
        }
    }
}

#[test]
fn every_key_the_loader_allows_is_in_the_schema_and_no_other() {
    let mut seen = BTreeSet::new();
    for kind in FileKind::ALL {
        compare(kind.spec(), &schema::schema(kind), kind.name(), &mut seen);
    }
    let tables = [
        "series.toml",
        "an edition file",
        "[series]",
        "[edition]",
        "[[figures]] entry",
        "[[orgs]] entry",
        "[[people]] entry",
        "[[sessions]] entry",
        "[[topics]] entry",
        "[[outcomes]] entry",
        "[[timeline]] entry",
        "[[notes]] entry",
        "[[sources]] entry",
        "[coverage.KIND]",
    ];
    assert_eq!(
        seen,
        tables.into_iter().collect(),
        "every table of the format"
    );
}

/// A document with every key the schema lists in every table (0 for a value, 1 for the
/// format), one of each array of tables, and a key no table has, in each table.
fn every_key(schema: &Value, tables: &mut usize) -> toml::Value {
    match schema["properties"].as_object() {
        Some(properties) => {
            *tables += 1;
            let mut table: toml::Table = properties
                .iter()
                .map(|(key, property)| {
                    let value = match (key.as_str(), &property["items"]) {
                        ("format", _) => toml::Value::Integer(1),
                        (_, items) if items["properties"].is_object() => {
                            toml::Value::Array(vec![every_key(items, tables)])
                        }
                        _ => every_key(property, tables),
                    };
                    (key.clone(), value)
                })
                .collect();
            table.insert("zzz-not-a-key".into(), toml::Value::Integer(0));
            toml::Value::Table(table)
        }
        None => toml::Value::Integer(0),
    }
}

/// The loader judges unknown keys from the same tables: no key the schema lists is unknown to
/// it, in any table, and a key the schema does not list is unknown in every one.
#[test]
fn the_loader_knows_exactly_the_keys_the_schema_lists() {
    for kind in FileKind::ALL {
        let mut tables = 0;
        let document = every_key(&schema::schema(kind), &mut tables);
        let text = toml::to_string(&document).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let series = dir.path().join("s");
        fs::create_dir(&series).unwrap();
        let (series_text, edition_text) = match kind {
            FileKind::Series => (text.clone(), EDITION.to_string()),
            FileKind::Edition => (SERIES.to_string(), text.clone()),
        };
        fs::write(series.join("series.toml"), series_text).unwrap();
        fs::write(series.join("2014.toml"), edition_text).unwrap();
        let loaded = load(&ContentLocation::Folder(dir.path().into()));
        let unknown: Vec<&str> = loaded
            .diagnostics
            .iter()
            .filter_map(|d| d.message.strip_prefix("unknown "))
            .collect();
        assert_eq!(
            unknown.len(),
            tables,
            "one unknown key a table:\n{unknown:#?}\n{text}"
        );
        for message in unknown {
            assert!(
                message.starts_with("key 'zzz-not-a-key' in ")
                    || message == "coverage kind 'zzz-not-a-key'",
                "{message}\n{text}"
            );
        }
    }
}

#[test]
fn the_schema_means_the_same_under_draft_7_as_taplo_applies_it() {
    for kind in FileKind::ALL {
        let schema = schema::schema(kind);
        let text = schema.to_string();
        for keyword in [
            "$defs",
            "$ref",
            "prefixItems",
            "unevaluated",
            "dependentRequired",
        ] {
            assert!(
                !text.contains(keyword),
                "{keyword} means something else in draft 7"
            );
        }
    }
    let mut compared = 0;
    for folder in content_folders() {
        for file in content_files(&folder) {
            let Some(document) = fs::read_to_string(&file).ok().and_then(|t| to_json(&t)) else {
                continue;
            };
            let kind = kind_of(&file);
            assert_eq!(
                validator(kind).is_valid(&document),
                validator_draft7(kind).is_valid(&document),
                "{}",
                file.display()
            );
            compared += 1;
        }
    }
    assert!(compared >= 30);
}

#[test]
fn the_schemas_are_valid_2020_12_schemas() {
    for kind in FileKind::ALL {
        let schema = schema::schema(kind);
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        if let Err(error) = jsonschema::meta::validate(&schema) {
            panic!("{}: {error}", kind.name());
        }
    }
}

#[test]
fn confer_schema_prints_the_schema_as_json() {
    for kind in FileKind::ALL {
        let run = confer(&["schema", kind.name()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let printed: Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
        assert_eq!(
            printed["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(printed, schema::schema(kind), "the schema the tests check");
        assert!(run.stdout.ends_with("}\n"));
    }
    let series = confer(&["schema", "series"]);
    let series: Value = serde_json::from_str(&series.stdout).unwrap();
    assert_eq!(series["required"], serde_json::json!(["format", "series"]));
}

#[test]
fn confer_schema_of_an_unknown_kind_is_a_usage_error() {
    let run = confer(&["schema", "editions"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("'editions'"), "{}", run.stderr);
    assert!(
        run.stderr.contains("series") && run.stderr.contains("edition"),
        "{}",
        run.stderr
    );
    let run = confer(&["schema"]);
    assert_eq!(run.code, 2, "a kind is required: {}", run.stderr);
    let help = confer(&["schema", "--help"]);
    assert_eq!(help.code, 0);
    for word in [
        "series",
        "edition",
        ".confer/edition.schema.json",
        "#:schema",
    ] {
        assert!(help.stdout.contains(word), "{word} in:\n{}", help.stdout);
    }
}
