//! Each kind of bad content gets a clear message naming the file, line and column, exit 1,
//! and never a panic. The fixtures live in tests/fixtures/bad/<case>/.

mod common;

use common::{Run, confer, confer_in};

fn check_fixture(case: &str) -> Run {
    let run = confer(&[
        "check",
        "--color",
        "never",
        &format!("tests/fixtures/bad/{case}"),
    ]);
    assert_eq!(
        run.code, 1,
        "exit code for {case}:\n{}{}",
        run.stdout, run.stderr
    );
    assert!(
        !run.stderr.contains("panicked"),
        "{case} panicked: {}",
        run.stderr
    );
    run
}

/// The diagnostic block that starts with `error: {message}`.
fn error_block<'a>(run: &'a Run, message: &str) -> &'a str {
    let heading = format!("error: {message}");
    let start = run
        .stdout
        .find(&heading)
        .unwrap_or_else(|| panic!("no `{heading}` in:\n{}", run.stdout));
    let rest = &run.stdout[start..];
    let end = rest.find("\n\n").unwrap_or(rest.len());
    &rest[..end]
}

fn assert_error_at(case: &str, message: &str, position: &str) -> String {
    let run = check_fixture(case);
    let block = error_block(&run, message);
    let arrow = format!("--> tests/fixtures/bad/{case}/test/{position}");
    assert!(block.contains(&arrow), "expected `{arrow}` in:\n{block}");
    assert!(
        run.stdout.contains("; 1 error,"),
        "one error only:\n{}",
        run.stdout
    );
    block.to_string()
}

#[test]
fn malformed_toml() {
    let block = assert_error_at(
        "syntax",
        "TOML syntax: unclosed array table",
        "2014.toml:10:11",
    );
    assert!(block.contains("10 | [[figures]"), "{block}");
}

#[test]
fn wrong_type_suggests_the_fix() {
    let block = assert_error_at(
        "wrong-type",
        "expected a number, found a string",
        "2014.toml:13:9",
    );
    assert!(
        block.contains("help: write the number without quotes: 1000"),
        "{block}"
    );
}

#[test]
fn unknown_key_with_did_you_mean() {
    let block = assert_error_at(
        "unknown-key",
        "unknown key 'lable' in [edition]",
        "2014.toml:9:1",
    );
    assert!(block.contains("9 | lable = { en = \"2014\" }"), "{block}");
    assert!(block.contains("  | ^^^^^"), "caret under the key:\n{block}");
    assert!(block.contains("help: did you mean 'label'?"), "{block}");
}

#[test]
fn missing_required_key_points_at_its_table() {
    let block = assert_error_at(
        "missing-key",
        "missing required key 'place' in [edition]",
        "2014.toml:3:1",
    );
    assert!(block.contains("3 | [edition]"), "{block}");
}

#[test]
fn enum_value_outside_its_list() {
    let block = assert_error_at(
        "bad-enum",
        "'compnay' is not one of the allowed values",
        "2014.toml:13:8",
    );
    assert!(block.contains("help: did you mean 'company'?"), "{block}");
}

#[test]
fn dangling_reference_points_at_the_ref() {
    let block = assert_error_at("dangling-ref", "unknown source 'scr'", "2014.toml:13:12");
    assert!(block.contains("help: did you mean 'src'?"), "{block}");
}

#[test]
fn end_before_start() {
    assert_error_at(
        "end-before-start",
        "end 2014-11-18 is before start 2014-11-19",
        "2014.toml:7:7",
    );
}

#[test]
fn non_finite_figure_value() {
    assert_error_at(
        "non-finite",
        "a figure value must be a finite number",
        "2014.toml:13:9",
    );
}

#[test]
fn unsupported_format_version() {
    let block = assert_error_at("format-2", "unsupported format version 2", "2014.toml:1:10");
    assert!(
        block.contains("format = 1"),
        "says which version it reads:\n{block}"
    );
}

#[test]
fn invalid_utf8_at_the_first_bad_byte() {
    let block = assert_error_at("invalid-utf8", "file is not valid UTF-8", "2014.toml:8:32");
    assert!(block.contains("help: save the file as UTF-8"), "{block}");
}

#[test]
fn a_toml_file_that_is_a_folder() {
    let block = assert_error_at(
        "file-is-folder",
        "this is a folder, not a file",
        "2014.toml",
    );
    assert!(
        !block.contains("2014.toml:"),
        "no line for a folder:\n{block}"
    );
}

#[test]
fn a_symlink_loop() {
    let block = assert_error_at("symlink-loop", "cannot read '2014.toml'", "2014.toml");
    assert!(block.contains("symbolic link"), "{block}");
}

#[test]
fn every_problem_in_every_file_in_one_run() {
    let run = check_fixture("many");
    for (message, position) in [
        ("'blog' is not one of the allowed values", "series.toml:9:8"),
        ("end 2014-11-01 is before start 2014-11-19", "2014.toml:7:7"),
        ("unknown key 'lable' in [edition]", "2014.toml:9:1"),
        ("'Jack Ma' is not a valid id", "2014.toml:12:6"),
        ("unknown org 'alibaba'", "2014.toml:14:7"),
        ("a figure value must be a finite number", "2025.toml:13:9"),
    ] {
        let block = error_block(&run, message);
        assert!(
            block.contains(&format!("many/test/{position}")),
            "{message}:\n{block}"
        );
    }
    assert!(
        run.stdout.contains("; 6 errors, 0 warnings"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_missing_content_folder() {
    let run = confer(&["check", "no/such/folder"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("error: content folder 'no/such/folder' does not exist"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_empty_content_folder() {
    let dir = tempfile::tempdir().unwrap();
    let run = confer_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("error: no series in '.'"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("a series is a folder holding a series.toml"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_file_given_as_the_content_folder() {
    let run = confer(&["--content", "Cargo.toml", "list"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: 'Cargo.toml' is a file, not a content folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_over_16_mib_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("big");
    std::fs::create_dir(&series).unwrap();
    std::fs::copy(
        "tests/fixtures/bad/syntax/test/series.toml",
        series.join("series.toml"),
    )
    .unwrap();
    // Sparse: 17 MiB on paper, nothing on disk.
    let big = std::fs::File::create(series.join("2014.toml")).unwrap();
    big.set_len(17 * 1024 * 1024).unwrap();
    let run = confer_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 1);
    let block = error_block(
        &run,
        "file is 17.0 MiB; a content file may be at most 16 MiB",
    );
    assert!(block.contains("--> ./big/2014.toml"), "{block}");
}

#[test]
fn escape_sequences_in_bad_content_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("evil");
    std::fs::create_dir(&series).unwrap();
    std::fs::write(
        series.join("series.toml"),
        "format = 1\n[series]\nname = \"\\u001b]0;pwned\\u0007\"\n\u{1b}[2J = 1\n",
    )
    .unwrap();
    let run = confer_in(dir.path(), &["check", "--color", "always", "."]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        !run.stdout.contains("\u{1b}]") && !run.stdout.contains('\u{7}'),
        "{:?}",
        run.stdout
    );
    assert!(!run.stdout.contains("\u{1b}[2J"), "{:?}", run.stdout);
}

#[test]
fn coverage_of_an_unknown_list() {
    let block = assert_error_at(
        "coverage-kind",
        "unknown coverage kind 'peopel'",
        "2014.toml:10:11",
    );
    assert!(block.contains("10 | [coverage.peopel]"), "{block}");
    assert!(
        block.contains("^^^^^^ not a list"),
        "caret under the kind:\n{block}"
    );
    assert!(block.contains("help: did you mean 'people'?"), "{block}");
}

#[test]
fn coverage_complete_with_a_total_that_differs() {
    let block = assert_error_at(
        "coverage-complete-total",
        "complete = true, but total 5 differs from the 3 people listed",
        "2014.toml:12:9",
    );
    assert!(block.contains("12 | total = 5"), "{block}");
    assert!(block.contains("help: set total = 3"), "{block}");
}

#[test]
fn coverage_total_below_the_number_listed() {
    let block = assert_error_at(
        "coverage-total-below",
        "total 2 is below the 3 people listed",
        "2014.toml:15:9",
    );
    assert!(block.contains("15 | total = 2"), "{block}");
    assert!(block.contains("at least 3"), "{block}");
}

// The format's "Also errors": each at its file, line and column, with what to do.

#[test]
fn a_session_on_a_day_past_the_last() {
    let block = assert_error_at(
        "day-past-end",
        "day 4 is past the edition's last day (3)",
        "2014.toml:17:7",
    );
    assert!(block.contains("17 | day = 4"), "{block}");
    assert!(
        block.contains("the edition runs 3 days, 2014-11-19 to 2014-11-21"),
        "{block}"
    );
}

#[test]
fn a_year_that_is_not_the_year_of_start() {
    let block = assert_error_at(
        "year-not-start",
        "year 2015 is not the year of start (2014-11-19)",
        "2014.toml:5:8",
    );
    assert!(block.contains("help: write `year = 2014`"), "{block}");
}

#[test]
fn an_empty_text() {
    let block = assert_error_at("empty-text", "empty text", "2014.toml:12:9");
    assert!(
        block.contains("12 | label = { en = \"\", ja = \"\" }"),
        "{block}"
    );
}

#[test]
fn a_figure_key_that_is_no_id() {
    let block = assert_error_at(
        "figure-key-not-id",
        "'Participants on site' is not a valid id",
        "2014.toml:11:7",
    );
    assert!(block.contains("e.g. 'participants-on-site'"), "{block}");
}

#[test]
fn a_url_that_is_not_an_http_address() {
    let block = assert_error_at(
        "url-not-web",
        "'www.example.com/page' is not an absolute http or https address",
        "2014.toml:13:7",
    );
    assert!(block.contains("with https:// or http://"), "{block}");
}

#[test]
fn a_label_less_topic_that_is_no_topic_of_the_series() {
    let block = assert_error_at(
        "topic-not-in-series",
        "topic 'governence' has no label and is no topic of the series",
        "2014.toml:15:6",
    );
    assert!(
        block.contains("help: did you mean 'governance', a topic of the series?"),
        "{block}"
    );
}
