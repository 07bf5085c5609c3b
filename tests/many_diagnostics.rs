//! Thousands of problems in a large file: `check` and `list` show the first 200, count the
//! rest, keep the totals and the exit code, and take time in proportion to the file (each
//! diagnostic renders its own lines, not the whole file again).

mod common;

#[path = "../benches/support/errors.rs"]
mod errors;

use std::io::Read;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::Run;

/// Runs confer in `dir`, as `common::confer_in` does, failing if it has not finished in a
/// minute: before diagnostics rendered their own lines, a check like those below took
/// minutes (every diagnostic rendered the whole 2 MB file again).
fn confer_within_a_minute(dir: &Path, args: &[&str]) -> Run {
    let mut child = common::command(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the confer binary runs");
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("waited on") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("confer {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: out.join().expect("read").expect("UTF-8"),
        stderr: err.join().expect("read").expect("UTF-8"),
    }
}

/// The 1-based line each shown diagnostic points at, in the order shown.
fn lines_shown(output: &str) -> Vec<usize> {
    output
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> content/bad/2024.toml:"))
        .map(|at| at.split(':').next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn check_of_thousands_of_errors_shows_200_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    // About 2 MB, as in the report: 3,000 errors and 500 warnings.
    errors::edition_with_errors(&dir.path().join("content"), 20_000, 3_000, 500).unwrap();
    let run = confer_within_a_minute(dir.path(), &["check", "--color", "never", "content"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout.matches("\nerror: ").count() + 1,
        200,
        "200 shown"
    );
    assert!(run.stdout.starts_with("error: unknown key 'rol'"));
    assert_eq!(run.stdout.matches("warning: ").count(), 0, "errors first");
    let lines = lines_shown(&run.stdout);
    assert_eq!(lines.len(), 200);
    assert!(
        lines.is_sorted(),
        "the first errors, top to bottom: {lines:?}"
    );
    assert!(
        run.stdout
            .contains("\n\nand 2800 more errors and 500 more warnings\n\nchecked content: "),
        "{}",
        &run.stdout[run.stdout.len() - 400..]
    );
    assert!(
        run.stdout.trim_end().ends_with("3000 errors, 500 warnings"),
        "the totals count them all"
    );

    // `--strict` makes the warnings errors: all counted as errors.
    let strict = confer_within_a_minute(dir.path(), &["check", "--strict", "content"]);
    assert_eq!(strict.code, 1);
    assert!(strict.stdout.contains("\n\nand 3300 more errors\n\n"));
}

#[test]
fn warnings_alone_past_the_cap_still_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    errors::edition_with_errors(&dir.path().join("content"), 1_000, 0, 450).unwrap();
    let run = confer_within_a_minute(dir.path(), &["check", "content"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout.matches("warning: ").count(), 200);
    assert!(run.stdout.contains("\n\nand 250 more warnings\n\n"));
    assert!(run.stdout.trim_end().ends_with("0 errors, 450 warnings"));
}

#[test]
fn list_of_content_with_thousands_of_errors_shows_200_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    errors::edition_with_errors(&dir.path().join("content"), 10, 0, 0).unwrap();
    // The series file is read whole by `list`: 1,000 sources with an unknown key each.
    let mut series = String::from("format = 1\n[series]\nname = \"Bad\"\n");
    for n in 0..1_000 {
        series.push_str(&format!(
            "[[sources]]\nid = \"s{n}\"\ntitle = \"Source {n}\"\nurll = \"x\"\n"
        ));
    }
    std::fs::write(dir.path().join("content/bad/series.toml"), series).unwrap();
    let run = confer_within_a_minute(dir.path(), &["--content", "content", "list"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.stderr.matches("error: unknown key 'urll'").count(), 200);
    assert!(
        run.stderr.contains("\n\nand 800 more errors\n\n"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1000 errors"), "the total");
}
