//! Hostile files where confer reads and writes: named pipes, devices and links in the
//! content, the config file and the schema folder. Each is made here at run time (never
//! committed), and each command must finish, say what is wrong and where, and write
//! nothing through a link.

mod common;

#[path = "common/pty.rs"]
mod pty;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pty::{Pty, wait_exit};

/// The small good content (two series), copied into `to`.
fn good_content(to: &Path) {
    for file in [
        "netmundial/series.toml",
        "netmundial/2014.toml",
        "wic-lite/series.toml",
        "wic-lite/2015.toml",
    ] {
        let target = to.join(file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(
            format!("{}/tests/fixtures/good/{file}", env!("CARGO_MANIFEST_DIR")),
            target,
        )
        .unwrap();
    }
}

fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo touches nothing else.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0, "mkfifo");
}

struct Finished {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs confer in `dir`, as `common::confer_env` does, but gives up (and fails the test)
/// if it has not finished within ten seconds: a hang is the failure looked for. Standard
/// input is a pipe kept open and silent, as a terminal nobody types into.
fn confer_within(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Finished {
    let mut child = common::command(dir, args)
        .envs(vars.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("confer {args:?} did not finish within ten seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    Finished {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn a_named_pipe_in_the_content_is_an_error_at_its_path_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    good_content(dir.path());
    mkfifo(&dir.path().join("wic-lite/2016.toml"));
    let pipe = "wic-lite/2016.toml";
    for args in [
        &["check", "."][..],
        &["--content", ".", "list"],
        &[
            "--content",
            ".",
            "print",
            "netmundial/2014",
            "wic-lite/2015",
        ],
    ] {
        let run = confer_within(dir.path(), args, &[]);
        let said = format!("{}{}", run.stdout, run.stderr);
        assert!(
            said.contains(pipe) && said.contains("named pipe"),
            "confer {args:?} names the pipe: {said}"
        );
        if args[0] == "check" {
            assert_eq!(run.code, 1, "{said}");
        }
    }
}

#[test]
fn a_link_to_standard_input_in_the_content_is_an_error_not_a_wait() {
    let dir = tempfile::tempdir().unwrap();
    good_content(dir.path());
    std::os::unix::fs::symlink("/dev/stdin", dir.path().join("wic-lite/2016.toml")).unwrap();
    let run = confer_within(dir.path(), &["check", "."], &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("wic-lite/2016.toml") && run.stdout.contains("not a regular file"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_named_pipe_as_the_deck_is_an_error_not_a_wait() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("talk.toml"));
    let run = confer_within(dir.path(), &["present", "--deck", "talk.toml"], &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("talk.toml") && run.stderr.contains("named pipe"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_config_file_that_is_a_pipe_a_device_or_huge_is_ignored_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("config.toml"));
    let huge = dir.path().join("huge.toml");
    // Sparse: two mebibytes of nothing, written in no time.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(2 << 20)
        .unwrap();
    for (config, said) in [
        ("config.toml", "named pipe"),
        ("/dev/zero", "device"),
        ("huge.toml", "at most 1 MiB"),
    ] {
        let run = confer_within(dir.path(), &["list"], &[("CONFER_CONFIG", config)]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains(config) && run.stderr.contains(said),
            "{config}: {}",
            run.stderr
        );
        assert!(run.stdout.contains("wic/2014"), "the built-in list still");
    }
}

#[test]
fn new_never_writes_through_a_linked_schema() {
    let dir = tempfile::tempdir().unwrap();
    good_content(&dir.path().join("content"));
    let victim = dir.path().join("bashrc");
    std::fs::write(&victim, "precious\n").unwrap();
    let schemas = dir.path().join("content/.confer");
    std::fs::create_dir(&schemas).unwrap();
    std::os::unix::fs::symlink(&victim, schemas.join("edition.schema.json")).unwrap();
    let run = confer_within(
        dir.path(),
        &["--content", "content", "new", "wic-lite/2031"],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    // The link itself replaced by the schema, as a regular file.
    let written = schemas.join("edition.schema.json");
    assert!(std::fs::symlink_metadata(&written).unwrap().is_file());
    assert!(
        std::fs::read_to_string(&written)
            .unwrap()
            .contains("$schema")
    );
}

#[test]
fn new_writes_no_schema_into_a_linked_schema_folder() {
    let dir = tempfile::tempdir().unwrap();
    good_content(&dir.path().join("content"));
    let elsewhere = dir.path().join("home");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("content/.confer")).unwrap();
    let run = confer_within(
        dir.path(),
        &["--content", "content", "new", "wic-lite/2031"],
        &[],
    );
    assert_eq!(
        run.code, 0,
        "the edition is written all the same: {}",
        run.stderr
    );
    assert!(dir.path().join("content/wic-lite/2031.toml").is_file());
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert!(
        run.stderr.contains("content/.confer") && run.stderr.contains("symbolic link"),
        "{}",
        run.stderr
    );
}

/// A child ended when the test ends, passed or not: a failed test leaves no explorer behind.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The explorer with `--watch` on `content` (the two good series), in a pseudo-terminal,
/// once its first screen is up.
fn explorer(program: &str, before: &[&str], content: &Path) -> (Pty, Running) {
    let content = content.to_str().unwrap();
    let mut args = before.to_vec();
    args.extend([
        "--content",
        content,
        "--watch",
        "netmundial/2014",
        "wic-lite/2015",
    ]);
    let (pty, child) = Pty::spawn_program(program, &args, 110, 30, &[]);
    let child = Running(child);
    pty.wait_for("São Paulo");
    (pty, child)
}

/// Edits the place of netmundial/2014 in `content` from `from` to `to`.
fn edit(content: &Path, from: &str, to: &str) {
    let edition = content.join("netmundial/2014.toml");
    let text = std::fs::read_to_string(&edition).unwrap();
    assert!(text.contains(from));
    std::fs::write(&edition, text.replace(from, to)).unwrap();
}

/// A folder the explorer cannot open: as root (this sandbox's tests run as root, whom no
/// mode stops), confer runs as nobody through setpriv, with the folders open to it.
fn as_a_user_who_cannot_read(locked: &Path, dir: &Path) -> (String, Vec<&'static str>) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if rustix::process::geteuid().is_root() {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        (
            "setpriv".to_string(),
            vec![
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                env!("CARGO_BIN_EXE_confer"),
            ],
        )
    } else {
        (env!("CARGO_BIN_EXE_confer").to_string(), Vec::new())
    }
}

#[test]
fn watch_goes_on_past_a_folder_it_cannot_open() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let hidden = content.join(".hidden");
    std::fs::create_dir(&hidden).unwrap();
    let (program, before) = as_a_user_who_cannot_read(&hidden, dir.path());
    let (mut pty, mut child) = explorer(&program, &before, &content);
    // Saves are still seen, and the explorer still answers.
    edit(&content, "São Paulo", "Sao Paulo, edited");
    pty.wait_for("Sao Paulo, edited");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0, "{}", pty.contents());
}

#[test]
fn check_names_a_content_folder_it_cannot_open() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let locked = content.join("locked");
    std::fs::create_dir(&locked).unwrap();
    let (program, before) = as_a_user_who_cannot_read(&locked, dir.path());
    let check = Command::new(&program)
        .args(&before)
        .args(["check", content.to_str().unwrap()])
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        said.contains("cannot read folder 'locked'") && said.contains("content/locked"),
        "{said}"
    );
}

/// How many inotify watches process `pid` holds (Linux: its fdinfo lists one line each).
#[cfg(target_os = "linux")]
fn inotify_watches(pid: u32) -> usize {
    let mut watches = 0;
    for fd in std::fs::read_dir(format!("/proc/{pid}/fdinfo"))
        .unwrap()
        .flatten()
    {
        let info = std::fs::read_to_string(fd.path()).unwrap_or_default();
        watches += info
            .lines()
            .filter(|l| l.starts_with("inotify wd:"))
            .count();
    }
    watches
}

#[cfg(target_os = "linux")]
#[test]
fn watch_follows_no_link_out_of_the_content_folder() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    // A tree of 300 folders outside, linked from inside: hidden and not.
    let outside = dir.path().join("outside");
    for branch in 0..30 {
        for leaf in 0..10 {
            std::fs::create_dir_all(outside.join(format!("{branch}/{leaf}"))).unwrap();
        }
    }
    std::os::unix::fs::symlink(&outside, content.join("usr")).unwrap();
    std::os::unix::fs::symlink(&outside, content.join(".usr")).unwrap();
    let (mut pty, mut child) = explorer(env!("CARGO_BIN_EXE_confer"), &[], &content);
    edit(&content, "São Paulo", "Sao Paulo, edited");
    pty.wait_for("Sao Paulo, edited");
    // The folder above, the content folder and its two series.
    let watches = inotify_watches(child.0.id());
    assert!(watches <= 4, "{watches} inotify watches");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0);
}

#[test]
fn a_linked_series_folder_is_said_not_watched() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(content.join("wic-lite"), elsewhere.join("wic-lite")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("wic-lite"), content.join("wic-lite")).unwrap();
    let (mut pty, mut child) = explorer(env!("CARGO_BIN_EXE_confer"), &[], &content);
    let shown = pty.wait_for("a folder is not watched for saves");
    assert!(shown.contains("wic-lite"), "{shown}");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0);
}

#[test]
fn a_linked_series_folder_is_said_not_watched_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::rename(content.join("wic-lite"), elsewhere.join("wic-lite")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("wic-lite"), content.join("wic-lite")).unwrap();
    let content = content.to_str().unwrap();
    let args = ["--lang", "ja", "--content", content, "--watch"];
    let args = [&args[..], &["netmundial/2014", "wic-lite/2015"]].concat();
    let (mut pty, child) = Pty::spawn_program(env!("CARGO_BIN_EXE_confer"), &args, 140, 30, &[]);
    let mut child = Running(child);
    // Why, too, in Japanese: the reason was English whatever the language.
    let shown = pty.wait_for("シンボリックリンクのため");
    assert!(shown.contains("保存を監視できていません"), "{shown}");
    assert!(shown.contains("wic-lite"), "{shown}");
    assert!(!shown.contains("symbolic link"), "{shown}");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0);
}

#[test]
fn watch_follows_a_content_folder_swapped_for_another() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let (mut pty, mut child) = explorer(env!("CARGO_BIN_EXE_confer"), &[], &content);
    // `mv new content`, the old one moved away first.
    let new = dir.path().join("new");
    good_content(&new);
    edit(&new, "São Paulo", "Sao Paulo, swapped");
    std::fs::rename(&content, dir.path().join("old")).unwrap();
    std::fs::rename(&new, &content).unwrap();
    pty.wait_for("Sao Paulo, swapped");
    // And it is this one that is watched now.
    edit(&content, "Sao Paulo, swapped", "Sao Paulo, edited");
    pty.wait_for("Sao Paulo, edited");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0);
}

#[test]
fn watch_follows_a_content_folder_deleted_and_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    good_content(&content);
    let (mut pty, mut child) = explorer(env!("CARGO_BIN_EXE_confer"), &[], &content);
    std::fs::remove_dir_all(&content).unwrap();
    // Gone: the last good content stays, and the banner says why it did not reload.
    pty.wait_for("not reloaded");
    good_content(&content);
    edit(&content, "São Paulo", "Sao Paulo, made again");
    pty.wait_for("Sao Paulo, made again");
    pty.send("q");
    assert_eq!(wait_exit(&mut child.0), 0);
}
