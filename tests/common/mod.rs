//! Running the real `confer` binary the way a user does, with a clean environment.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs confer in `dir` with `args`, no colour, and no content or language from the caller's
/// environment.
pub fn confer_in(dir: &Path, args: &[&str]) -> Run {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_confer"))
        .args(args)
        .current_dir(dir)
        .env_remove("CONFER_CONTENT")
        .env_remove("CONFER_LANG")
        // A developer's own config file must not change what the tests see.
        .env("CONFER_CONFIG", "/nonexistent/confer-test-config.toml")
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the confer binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs confer from the repository root (so fixture paths read `tests/fixtures/…`).
pub fn confer(args: &[&str]) -> Run {
    confer_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}
