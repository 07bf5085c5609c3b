//! The real binary in a pseudo-terminal, read through a vt100 screen model that answers the
//! start-up probe the way a terminal does: walk every section, search, open a detail, quit,
//! and find the terminal as it was.

mod common;
#[path = "common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Pty, wait_exit};

#[test]
fn walk_every_section_search_open_a_detail_and_quit() {
    let (mut pty, mut child) = Pty::spawn(&[], 100, 30);
    pty.wait_for("[1 Overview]");
    pty.wait_for("Name: 1st World Internet Conference");
    assert!(pty.screen.lock().unwrap().screen().alternate_screen());
    for (key, tab, text) in [
        ("2", "[2 Figures]", "over 1,600 people"),
        ("3", "[3 Topics]", "Internet governance"),
        ("4", "[4 People]", "Richard Liu"),
        ("5", "[5 Programme]", "Opening Ceremony"),
        ("6", "[6 Outcomes]", "Wuzhen Declaration (draft)"),
        ("7", "[7 Timeline]", "Jun 2013"),
        ("8", "[8 Notes]", "Internet governance"),
        ("9", "[9 Sources]", "aizu-2015"),
    ] {
        pty.send(key);
        pty.wait_for(tab);
        pty.wait_for(text);
    }
    pty.send("4/masayoshi");
    pty.wait_for("/masayoshi");
    pty.send("\r");
    pty.wait_for("n/N next/previous");
    pty.send("\r");
    let detail = pty.wait_for("Detail (Esc closes)");
    assert!(detail.contains("Masayoshi Son / 孫正義"), "{detail}");
    assert!(
        detail.contains("aizu-2015"),
        "the sources are shown: {detail}"
    );
    pty.send("\x1b");
    std::thread::sleep(Duration::from_millis(100));
    pty.send("q");
    assert_eq!(wait_exit(&mut child), 0);
    std::thread::sleep(Duration::from_millis(100));
    let parser = pty.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "the alternate screen is left"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is shown again");
}

#[test]
fn sigterm_restores_the_terminal() {
    let (pty, mut child) = Pty::spawn(&[], 80, 24);
    pty.wait_for("[1 Overview]");
    rustix::process::kill_process(
        rustix::process::Pid::from_child(&child),
        rustix::process::Signal::TERM,
    )
    .unwrap();
    assert_eq!(wait_exit(&mut child), 128 + 15);
    std::thread::sleep(Duration::from_millis(100));
    let parser = pty.screen.lock().unwrap();
    assert!(!parser.screen().alternate_screen());
    assert!(!parser.screen().hide_cursor());
}

#[test]
fn step_through_the_deck_and_leave() {
    let (mut pty, mut child) = Pty::spawn(&["present", "--only", "title,figures,sources"], 80, 24);
    let first = pty.wait_for("1/");
    let total: usize = first
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("1/")
                .and_then(|n| n.trim().parse().ok())
        })
        .expect("a slide counter n/N");
    // Titled with the conference, its columns with the editions.
    pty.wait_for("World Internet Conference");
    pty.wait_for("2014 Wuzhen");
    // The counter is the deck's slide: a press shows the next slide or the next page of a
    // slide in parts, never nothing.
    let mut n = 1;
    for _ in 0..100 {
        if n == total {
            break;
        }
        let before = pty.contents();
        pty.send("l");
        let start = std::time::Instant::now();
        while pty.contents() == before {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "a press did nothing"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(30));
        if pty.contents().contains(&format!("{}/{total}", n + 1)) {
            n += 1;
        }
    }
    assert_eq!(n, total, "every slide reached");
    pty.wait_for("Sources");
    pty.send("g");
    pty.wait_for(&format!("1/{total}"));
    pty.send("2\r");
    pty.wait_for("Participants");
    pty.send("q");
    assert_eq!(wait_exit(&mut child), 0);
    std::thread::sleep(Duration::from_millis(100));
    let parser = pty.screen.lock().unwrap();
    assert!(!parser.screen().alternate_screen());
}

fn assert_restored(pty: &Pty) {
    std::thread::sleep(Duration::from_millis(150));
    let parser = pty.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "the alternate screen is left"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is shown");
}

#[test]
fn sighup_and_sigint_restore_the_terminal() {
    for (signal, code) in [
        (rustix::process::Signal::HUP, 128 + 1),
        (rustix::process::Signal::INT, 128 + 2),
    ] {
        let (pty, mut child) = Pty::spawn(&[], 80, 24);
        pty.wait_for("[1 Overview]");
        rustix::process::kill_process(rustix::process::Pid::from_child(&child), signal).unwrap();
        assert_eq!(wait_exit(&mut child), code, "{signal:?}");
        assert_restored(&pty);
    }
}

#[test]
fn ctrl_c_quits_cleanly() {
    let (mut pty, mut child) = Pty::spawn(&[], 80, 24);
    pty.wait_for("[1 Overview]");
    pty.send("\x03");
    assert_eq!(wait_exit(&mut child), 0);
    assert_restored(&pty);
}

/// Ctrl-C quits from every mode: while typing a search, in a popup, in the slides opened
/// from the explorer; and the footer says what each mode's keys are.
#[test]
fn ctrl_c_quits_from_a_search_a_popup_and_the_slides() {
    for (keys, shown) in [
        ("4/jack", "Enter keep  Esc clear"),
        ("4\r", "Esc/q close"),
        ("?", "Esc/q close"),
        ("p", "1/"),
    ] {
        let (mut pty, mut child) = Pty::spawn(&[], 100, 30);
        pty.wait_for("[1 Overview]");
        pty.send(keys);
        pty.wait_for(shown);
        pty.send("\x03");
        assert_eq!(wait_exit(&mut child), 0, "after {keys:?}");
        assert_restored(&pty);
    }
}

/// The hook that panics on request is compiled into debug builds only, so that no release
/// binary carries it: the test runs where the hook exists.
#[cfg(debug_assertions)]
#[test]
fn a_panic_while_drawing_restores_the_terminal_and_reports() {
    let env = [("CONFER_TEST_PANIC_IN_DRAW", "1"), ("RUST_BACKTRACE", "0")];
    let (pty, mut child) = Pty::spawn_with(&[], 80, 24, &env);
    let code = wait_exit(&mut child);
    assert_eq!(code, 101, "a panic exits 101");
    assert_restored(&pty);
    let shown = pty.wait_for("panicked");
    assert!(
        shown.contains("a test asked for a panic while drawing"),
        "{shown}"
    );
}

#[test]
fn hostile_content_never_reaches_the_terminal_raw() {
    let (mut pty, mut child) = Pty::spawn(&["--content", "tests/fixtures/hostile"], 100, 30);
    pty.wait_for("[1 Overview]");
    for key in ["2", "4", "8", "7", "\r", "\x1b", "p", "l", "l", "l", "q"] {
        pty.send(key);
        std::thread::sleep(Duration::from_millis(60));
    }
    pty.send("q");
    assert_eq!(wait_exit(&mut child), 0);
    let raw = pty.raw.lock().unwrap();
    let raw = String::from_utf8_lossy(&raw);
    for payload in [
        "\x1b]0;pwned",
        "\x1b]52;c;",
        "\x1b[31mRed",
        "\x1b[H\x1b[2J cleared",
        "\x1b[1A",
        "\u{9b}31m",
        "\u{202e}",
        "\u{2066}",
    ] {
        assert!(!raw.contains(payload), "{payload:?} reached the terminal");
    }
    assert!(
        raw.contains("␛]0;pwned-title␇"),
        "shown as pictures instead"
    );
}

#[test]
fn watch_reloads_a_saved_file_and_keeps_the_last_good_content_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &str, to: &str| {
        let target = dir.path().join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(
            format!("{}/tests/fixtures/good/{from}", env!("CARGO_MANIFEST_DIR")),
            target,
        )
        .unwrap();
    };
    for file in [
        "netmundial/series.toml",
        "netmundial/2014.toml",
        "wic-lite/series.toml",
        "wic-lite/2015.toml",
    ] {
        copy(file, file);
    }
    let folder = dir.path().to_str().unwrap().to_string();
    let (mut pty, mut child) = Pty::spawn(
        &[
            "--content",
            &folder,
            "--watch",
            "netmundial/2014",
            "wic-lite/2015",
        ],
        100,
        30,
    );
    pty.wait_for("São Paulo");
    let edition = dir.path().join("netmundial/2014.toml");
    let good = std::fs::read_to_string(&edition).unwrap();
    let saved = Instant::now();
    std::fs::write(&edition, good.replace("São Paulo", "Sao Paulo, edited")).unwrap();
    pty.wait_for("Sao Paulo, edited");
    assert!(
        saved.elapsed() < Duration::from_millis(900),
        "reloaded in {:?}",
        saved.elapsed()
    );
    // A half-written file: the last good content stays, a banner says where it broke.
    std::fs::write(&edition, "format = 1\n[edition\nname = ").unwrap();
    let shown = pty.wait_for("not reloaded");
    assert!(shown.contains("2014.toml:2:"), "{shown}");
    assert!(
        shown.contains("Sao Paulo, edited"),
        "the last good content stays: {shown}"
    );
    std::fs::write(&edition, good).unwrap();
    pty.wait_for("São Paulo");
    let shown = pty.contents();
    assert!(!shown.contains("not reloaded"), "{shown}");
    pty.send("q");
    assert_eq!(wait_exit(&mut child), 0);
}

#[test]
fn an_edition_not_shown_that_does_not_read_is_reported_once_the_folder_is_checked() {
    // The built-in content in a folder, with an edition in the middle broken far down.
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let broken = dir.path().join("wic/2019.toml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(
        &broken,
        format!("{text}\n[[people]]\nid = \"x\"\nnmae = \"x\"\n"),
    )
    .unwrap();
    let folder = dir.path().to_str().unwrap().to_string();
    let (mut pty, mut child) = Pty::spawn(&["--content", &folder], 140, 30);
    // The two shown open; the check of the rest, off the input thread, finds 2019.
    let shown = pty.wait_for("problems (confer check shows them)");
    assert!(
        shown.contains("2014 Wuzhen") && shown.contains("2025 Wuzhen"),
        "{shown}"
    );
    assert!(shown.contains("2019.toml:"), "{shown}");
    assert!(shown.contains("q quit"), "the footer stays: {shown}");
    pty.send("q");
    assert_eq!(wait_exit(&mut child), 0);
}
