//! Small words a reader stumbles on: a count of one, a span of one year, a day an edition
//! never had, the default pair when the first series has one edition, a missing folder
//! named where it was typed, a config file named on purpose that is not there.

mod common;

use std::path::Path;

use common::{confer, confer_in};

/// Copies a fixture folder (one level of files) to `to`.
fn copy(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(from);
    for entry in std::fs::read_dir(root).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn a_series_of_one_edition_says_one_edition_and_one_year() {
    for (lang, said) in [("en", "one edition, 2014"), ("ja", "全1回（2014年）")] {
        let run = confer(&[
            "series",
            "netmundial",
            "--content",
            "tests/fixtures/good",
            "--lang",
            lang,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains(said), "{lang}:\n{}", run.stdout);
        assert!(!run.stdout.contains("1 editions"), "{}", run.stdout);
        assert!(!run.stdout.contains("2014–2014"), "{}", run.stdout);
        assert!(!run.stdout.contains("2014〜2014"), "{}", run.stdout);
    }
}

#[test]
fn one_earlier_edition_left_out_is_said_in_the_singular() {
    let run = confer(&["series", "--width", "80", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("The earlier edition (2014) is left out to fit the width."),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("1 earlier editions"));
}

#[test]
fn a_day_past_an_editions_last_says_the_meeting_was_over() {
    for (lang, day, said) in [
        ("en", "Day 4", "(the meeting lasted 3 days)"),
        ("ja", "4日目", "（会期は3日間）"),
    ] {
        let run = confer(&[
            "print",
            "wic/2014",
            "wic/2025",
            "--section",
            "program",
            "--lang",
            lang,
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let lines: Vec<&str> = run.stdout.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.trim() == day)
            .unwrap_or_else(|| panic!("{day} heading:\n{}", run.stdout));
        // Under the heading, the 2014 column (the left) says it, beside 2025's first session.
        assert!(
            lines[at + 1].starts_with(said),
            "{lang}: {:?}",
            &lines[at..at + 2]
        );
    }
}

#[test]
fn with_no_editions_the_first_series_that_has_two_is_compared() {
    let dir = tempfile::tempdir().unwrap();
    // "netmundial" has one edition and comes first; "two" has two.
    copy(
        "tests/fixtures/good/netmundial",
        &dir.path().join("netmundial"),
    );
    copy("tests/fixtures/series/two", &dir.path().join("two"));
    let content = dir.path().display().to_string();
    let run = confer(&["print", "--content", &content, "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("First meeting"), "{}", run.stdout);
}

#[test]
fn check_of_a_missing_folder_names_the_path_typed_not_content() {
    let run = confer(&["check", "/nonexistent/confer-folder"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("content folder '/nonexistent/confer-folder' does not exist"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("`confer check`"), "{}", run.stdout);
    assert!(!run.stdout.contains("--content"), "{}", run.stdout);
}

#[test]
fn a_config_file_named_by_confer_config_that_is_not_there_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.toml");
    let run = common::confer_env(
        dir.path(),
        &["list"],
        &[("CONFER_CONFIG", missing.to_str().unwrap())],
    );
    assert_eq!(run.code, 0, "the listing goes on: {}", run.stderr);
    assert!(
        run.stderr
            .contains("CONFER_CONFIG names a file that does not exist"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nope.toml"), "{}", run.stderr);
    // The default place, missing, is no config and nothing to say.
    let quiet = confer_in(dir.path(), &["list"]);
    assert!(!quiet.stderr.contains("config"), "{}", quiet.stderr);
}
