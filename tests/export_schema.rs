//! `confer export --format json` against `confer schema export`, as a researcher's
//! validator reads them: the export says its format version, and the export of the
//! built-in content and of fixtures validates; a document that strays from the shape
//! (a key missing or added, another version, a text that is not one) does not.

mod common;

use common::confer;
use serde_json::{Value, json};

/// The schema exactly as `confer schema export` prints it.
fn printed_schema() -> Value {
    let run = confer(&["schema", "export"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.ends_with("}\n"));
    serde_json::from_str(&run.stdout).expect("JSON on standard output")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .expect("a valid draft 2020-12 schema")
}

fn exported(content: Option<&str>) -> Value {
    let mut args = vec!["export", "--format", "json"];
    if let Some(content) = content {
        args.extend(["--content", content]);
    }
    let run = confer(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("the export is JSON")
}

/// Each problem the schema finds: where, and what.
fn problems(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_schema_is_a_valid_2020_12_schema() {
    let schema = printed_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("{error}");
    }
    assert_eq!(schema["properties"]["format"]["const"], 1);
    let text = schema["$defs"]["text"]["description"].as_str().unwrap();
    assert!(text.contains("und"), "the und rule is said: {text}");
}

#[test]
fn the_export_says_its_format_and_validates_for_every_content() {
    let validator = validator(&printed_schema());
    for content in [
        None,
        Some("tests/fixtures/formulas"),
        Some("tests/fixtures/good"),
        Some("tests/fixtures/hostile"),
        Some("tests/fixtures/coverage"),
    ] {
        let document = exported(content);
        assert_eq!(document["format"], 1, "{content:?}");
        let problems = problems(&validator, &document);
        assert!(problems.is_empty(), "{content:?}: {problems:#?}");
        assert!(
            !document["series"].as_array().unwrap().is_empty(),
            "{content:?} exports something"
        );
    }
}

/// A change to a good export that the schema must catch.
type Stray = fn(&mut Value);

#[test]
fn a_document_that_strays_from_the_shape_is_rejected_where_it_strays() {
    let validator = validator(&printed_schema());
    let good = exported(Some("tests/fixtures/formulas"));
    assert!(validator.is_valid(&good));
    let strays: [(&str, Stray, &str); 8] = [
        (
            "no format",
            |d| _ = d.as_object_mut().unwrap().remove("format"),
            "",
        ),
        ("another version", |d| d["format"] = json!(2), "/format"),
        (
            "a key the export does not write",
            |d| d["series"][0]["editions"][0]["people"][0]["age"] = json!(40),
            "/series/0/editions/0/people/0",
        ),
        (
            "a key left out",
            |d| {
                let figure = &mut d["series"][0]["editions"][0]["figures"][0];
                figure.as_object_mut().unwrap().remove("approx");
            },
            "/series/0/editions/0/figures/0",
        ),
        (
            "a text as a plain string",
            |d| d["series"][0]["name"] = json!("Conf"),
            "/series/0/name",
        ),
        (
            "a text in no language",
            |d| d["series"][0]["editions"][0]["name"] = json!({}),
            "/series/0/editions/0/name",
        ),
        (
            "a topic's scope in other words",
            |d| d["series"][0]["topics"][0]["scope"] = json!("shared"),
            "/series/0/topics/0/scope",
        ),
        (
            "a figure's value as a string",
            |d| d["series"][0]["editions"][0]["figures"][0]["value"] = json!("-5"),
            "/series/0/editions/0/figures/0/value",
        ),
    ];
    for (what, stray, at) in strays {
        let mut document = good.clone();
        stray(&mut document);
        let problems = problems(&validator, &document);
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("{at}:"))),
            "{what}: expected a problem at {at:?}, found {problems:#?}"
        );
    }
}

#[test]
fn schema_export_is_a_kind_the_command_names() {
    let run = confer(&["schema", "nope"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("export"), "{}", run.stderr);
    let help = confer(&["schema", "--help"]);
    assert!(help.stdout.contains("export"), "{}", help.stdout);
}
