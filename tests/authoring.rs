//! The commands for authors and their tools: `confer new`, and the help and usage errors of
//! `confer completions` and `confer man`, run as the real binary (what the scripts complete
//! is in completion.rs, the pages in man_pages.rs).

mod common;

use std::path::Path;

use common::{confer, confer_in};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The summary line of `confer check` says there are no errors.
fn assert_checks(dir: &Path) -> String {
    let run = confer(&["check", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let summary = run.stdout.lines().last().unwrap_or("").to_string();
    assert!(summary.contains("; 0 errors, "), "{summary}");
    summary
}

#[test]
fn new_writes_a_skeleton_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().to_str().unwrap();
    let series_file = dir.path().join("wic2").join("series.toml");
    let edition_file = dir.path().join("wic2").join("2030.toml");

    let run = confer(&["--content", content, "new", "wic2/2030"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("2030.toml") && run.stdout.contains("series.toml"));
    let edition = read(&edition_file);
    let series = read(&series_file);
    assert_eq!(
        edition.lines().next(),
        Some("#:schema ../.confer/edition.schema.json")
    );
    assert_eq!(
        series.lines().next(),
        Some("#:schema ../.confer/series.schema.json")
    );
    // The schema the first lines name is there, as `confer schema` prints it.
    for kind in ["edition", "series"] {
        let written = read(&dir.path().join(format!(".confer/{kind}.schema.json")));
        assert_eq!(written, confer(&["schema", kind]).stdout, "{kind}");
    }
    assert!(edition.contains("\nyear = 2030"), "the year is the stem's");
    assert!(edition.contains("\nstart = 2030-01-01"));
    let summary = assert_checks(dir.path());
    assert!(summary.contains("1 series, 1 edition"), "{summary}");

    // Again: refused, named, and the file is as it was (an author's edit kept).
    std::fs::write(&edition_file, format!("{edition}# my notes\n")).unwrap();
    let again = confer(&["new", "wic2/2030", "--content", content]);
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(again.stderr.contains("wic2/2030.toml"), "{}", again.stderr);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(again.stdout, "");
    assert_eq!(read(&edition_file), format!("{edition}# my notes\n"));

    // Another edition of the series: its file only; the series file is left as it is.
    std::fs::write(&series_file, format!("{series}# mine\n")).unwrap();
    let next = confer(&["new", "--content", content, "wic2/2031"]);
    assert_eq!(next.code, 0, "{}", next.stderr);
    assert!(!next.stdout.contains("series.toml"), "{}", next.stdout);
    assert_eq!(read(&series_file), format!("{series}# mine\n"));
    assert!(read(&dir.path().join("wic2").join("2031.toml")).contains("\nyear = 2031"));

    let summary = assert_checks(dir.path());
    assert!(summary.contains("1 series, 2 editions"), "{summary}");
    let list = confer(&["--content", content, "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(list.stdout.contains("wic2/2030"), "{}", list.stdout);
    assert!(list.stdout.contains("wic2/2031"), "{}", list.stdout);
}

#[test]
fn new_takes_only_ids_and_writes_nothing_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().to_str().unwrap();
    for bad in [
        "wic",
        "Wic/2030",
        "wic/2030.toml",
        "wic/",
        "/2030",
        "wic/a/b",
        "wic/-1",
        "ウ/2030",
    ] {
        let run = confer(&["--content", content, "new", bad]);
        assert_eq!(run.code, 2, "{bad}: {}", run.stderr);
        assert!(run.stderr.contains(bad), "{bad}: {}", run.stderr);
        assert!(
            run.stderr.contains("id") || run.stderr.contains("SERIES/STEM"),
            "{bad}: {}",
            run.stderr
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    let suggestion = confer(&["--content", content, "new", "WIC/2030"]);
    assert!(suggestion.stderr.contains("'wic'"), "{}", suggestion.stderr);
}

#[test]
fn new_needs_a_content_folder_and_never_writes_into_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    // No --content, no CONFER_CONTENT, and no config file (see common).
    let run = confer_in(dir.path(), &["new", "wic/2030"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--content DIR"), "{}", run.stderr);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn new_writes_into_the_content_folder_of_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir(&content).unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!("content = {:?}\n", content.to_str().unwrap()),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args(["new", "conf/summit-2029"])
        .current_dir(dir.path())
        .env_remove("CONFER_CONTENT")
        .env("CONFER_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let edition = read(&content.join("conf").join("summit-2029.toml"));
    assert!(
        edition.contains("\nyear = 2029"),
        "a year within the stem is used"
    );
    assert_checks(&content);
}

#[test]
fn the_new_commands_have_help_and_take_the_global_options_after_them() {
    for command in ["new", "completions", "man"] {
        let run = confer(&[command, "--help"]);
        assert_eq!(run.code, 0, "{command}: {}", run.stderr);
        assert!(
            run.stdout.contains("Usage: confer"),
            "{command}: {}",
            run.stdout
        );
    }
    let run = confer(&["completions", "zsh", "--color", "never", "--lang", "ja"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = confer(&["man", "--ambiguous-width", "2", "--watch"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Usage errors are clap's: exit 2.
    for args in [
        &["completions"][..],
        &["completions", "tcsh"],
        &["man", "extra"],
        &["new"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}
