//! Output that cannot be written is said, never cut silently: every command writing to a full
//! standard output (`/dev/full`) exits 1 naming what failed, and a file it cannot write is
//! named. A reader that leaves early (`| head`) is not a failure: quiet, and the usual exit.
//! (Tests may run as root, for whom a read-only folder is writable: the failures are made
//! with `/dev/full` and with paths under a regular file.)

mod common;

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const FULL: &str = "could not write to standard output: No space left on device (os error 28)";

/// confer with `args`, as tests/common runs it (no config, colour, content or language from
/// the caller), from the repository root.
fn confer(args: &[&str]) -> Command {
    let mut command = common::command(Path::new(env!("CARGO_MANIFEST_DIR")), args);
    command.stdin(Stdio::null()).stderr(Stdio::piped());
    command
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every command that writes to standard output, each as it exits 0 on the built-in content
/// (`new`, which writes into a folder, is given one by the test).
fn commands(scratch: &Path) -> Vec<Vec<String>> {
    let scratch = scratch.display().to_string();
    let lines: &[&[&str]] = &[
        &["export", "--format", "json"],
        &["print"],
        &["print", "--format", "markdown", "wic/2014", "wic/2025"],
        // Editions named without a command and without a terminal: printed.
        &["wic/2014", "wic/2025"],
        &["series"],
        &["series", "--format", "markdown"],
        &["list"],
        &["man"],
        &["man", "--out", "MAN"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["schema", "edition"],
        &["schema", "export"],
        &["present", "--export", "markdown"],
        &[
            "present",
            "--deck",
            "tests/fixtures/talks/good/talk.toml",
            "--export",
            "markdown",
        ],
        &["check"],
        &["check", "tests/fixtures/talks/good/talk.toml"],
        &["--content", "CONTENT", "new", "wic/2031"],
        &["--help"],
        &["print", "--help"],
        &["--version"],
    ];
    lines
        .iter()
        .map(|line| {
            line.iter()
                .map(|word| match *word {
                    "MAN" => format!("{scratch}/man"),
                    "CONTENT" => format!("{scratch}/content"),
                    word => word.to_string(),
                })
                .collect()
        })
        .collect()
}

/// A folder for the commands that write files: a content folder for `new`, a place for
/// `man --out`.
fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// `new` refuses to write an edition twice: each run starts with an empty content folder.
fn fresh_content(scratch: &Path) {
    let content = scratch.join("content");
    let _ = std::fs::remove_dir_all(&content);
    std::fs::create_dir(content).unwrap();
}

#[test]
fn every_command_writing_to_a_full_stdout_exits_1_and_says_so() {
    let dir = scratch();
    for args in commands(dir.path()) {
        fresh_content(dir.path());
        let output = confer(&args.iter().map(String::as_str).collect::<Vec<_>>())
            .stdout(File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(1), "confer {args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("confer: {FULL}")),
            "confer {args:?} said: {stderr}"
        );
    }
}

#[test]
fn a_reader_that_leaves_at_once_is_no_failure() {
    let dir = scratch();
    for args in commands(dir.path()) {
        fresh_content(dir.path());
        let mut child = confer(&args.iter().map(String::as_str).collect::<Vec<_>>())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // The read end closed before confer writes: its first write meets a broken pipe.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(0), "confer {args:?}: {stderr}");
        // `new` says on stderr what it wrote and what to do next; nothing more.
        assert!(
            !stderr.contains("could not write") && !stderr.contains("panicked"),
            "confer {args:?} said: {stderr}"
        );
        if args[0] != "--content" {
            assert_eq!(stderr, "", "confer {args:?}");
        }
    }
}

/// `confer export --format json | head -c 10`: the export is larger than a pipe holds, so
/// confer is still writing when the reader leaves.
#[test]
fn head_reading_the_first_bytes_of_the_export_leaves_it_quiet() {
    for args in [&["export", "--format", "json"][..], &["print"], &["series"]] {
        let mut child = confer(args).stdout(Stdio::piped()).spawn().unwrap();
        let mut first = [0u8; 10];
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "confer {args:?}");
        assert_eq!(stderr_of(&output), "", "confer {args:?}");
    }
}

/// A run whose standard output is discarded; its exit code and standard error.
fn run_quiet(args: &[&str]) -> (Option<i32>, String) {
    let output = confer(args).stdout(Stdio::null()).output().unwrap();
    (output.status.code(), stderr_of(&output))
}

#[test]
fn files_that_cannot_be_made_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain");
    std::fs::write(&plain, "a file, not a folder").unwrap();
    let under = plain.join("out");
    let under = under.to_str().unwrap();
    for args in [
        &["export", "--format", "csv", "--out", under][..],
        &["man", "--out", under],
    ] {
        let (code, stderr) = run_quiet(args);
        assert_eq!(code, Some(1), "confer {args:?}: {stderr}");
        assert!(stderr.contains(under), "confer {args:?} said: {stderr}");
        assert!(stderr.contains("Not a directory"), "{stderr}");
    }
}

/// A full disk in the middle of the files: the one that could not be written is named.
#[test]
fn a_file_onto_a_full_device_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    let man = dir.path().join("man");
    for (folder, file) in [(&csv, "people.csv"), (&man, "confer.1")] {
        std::fs::create_dir(folder).unwrap();
        std::os::unix::fs::symlink("/dev/full", folder.join(file)).unwrap();
    }
    let cases = [
        (
            vec!["export", "--format", "csv", "--out", csv.to_str().unwrap()],
            csv.join("people.csv"),
        ),
        (
            vec!["man", "--out", man.to_str().unwrap()],
            man.join("confer.1"),
        ),
    ];
    for (args, named) in cases {
        let (code, stderr) = run_quiet(&args);
        assert_eq!(code, Some(1), "confer {args:?}: {stderr}");
        let named = named.display().to_string();
        assert!(
            stderr.contains(&format!("{named}: No space left on device")),
            "confer {args:?} said: {stderr}"
        );
    }
}

/// Standard error full too (`2>/dev/full`): the messages are lost, never the exit code (a
/// panic in `eprintln!` made it 101).
#[test]
fn a_full_stderr_keeps_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    let full = || File::create("/dev/full").unwrap();
    let cases: [(&[&str], i32); 3] = [
        (&["print", "no-such-edition"], 2),
        (
            &["export", "--format", "csv", "--out", csv.to_str().unwrap()],
            0,
        ),
        (&["list"], 1),
    ];
    for (args, code) in cases {
        let output = confer(args).stdout(full()).stderr(full()).output().unwrap();
        assert_eq!(output.status.code(), Some(code), "confer {args:?}");
    }
}
