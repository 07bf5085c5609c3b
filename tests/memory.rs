//! Memory follows the content, not forty times it: two editions of 10,000 people (1.25 MB
//! each). Each parsed whole, their TOML trees took about 50 MiB each: `check` (both at
//! once) peaked at 120 MiB, `print` at 71 MiB; read a part at a time, 51 and 34 MiB.

#[path = "../benches/support/people.rs"]
mod people;

use std::process::{Command, Stdio};

/// Peak resident memory of `confer ARGS` run in `dir`, in KiB, from the kernel's count for
/// that child alone.
// The child is waited on with wait4, which `Child::wait` cannot do: it returns no rusage.
#[allow(clippy::zombie_processes)]
fn peak_kib(dir: &std::path::Path, args: &[&str]) -> i64 {
    let child = Command::new(env!("CARGO_BIN_EXE_confer"))
        .args(args)
        .current_dir(dir)
        .env_remove("CONFER_CONTENT")
        .env_remove("CONFER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the confer binary runs");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, filled in by wait4 for this child, which
    // is waited on once, here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, child.id() as libc::pid_t, "waited on confer");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "confer {args:?} failed: {status}"
    );
    usage.ru_maxrss
}

#[test]
fn two_large_editions_are_read_in_a_fraction_of_forty_times_their_size() {
    let dir = tempfile::tempdir().unwrap();
    people::two_editions(&dir.path().join("content"), 10_000).unwrap();
    for (args, mib) in [
        (&["check", "content"][..], 80),
        (&["--content", "content", "print"][..], 56),
    ] {
        let peak = peak_kib(dir.path(), args);
        assert!(peak < mib * 1024, "confer {args:?}: {peak} KiB at its peak");
    }
}
