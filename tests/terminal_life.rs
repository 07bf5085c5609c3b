//! The terminal's life around the explorer, in a pseudo-terminal: a window closed without
//! a SIGHUP, a stop and a continue from outside, a terminal claiming an absurd size, and
//! every signal that ends the process leave the terminal as a shell needs it.

mod common;
#[path = "common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Pty, cooked, exit_within, peak_memory_kb, read_until, read_until_idle, spawn_bare};
use rustix::process::{Pid, Signal, kill_process};

fn signal(child: &std::process::Child, signal: Signal) {
    kill_process(Pid::from_child(child), signal).unwrap();
}

/// Waits up to five seconds for `done`, on the screen model.
fn wait_until(pty: &Pty, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
    let start = Instant::now();
    while !done(pty.screen.lock().unwrap().screen()) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{what}:\n{}",
            pty.contents()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The probe's `tmux new -x 8 -y 40 'confer present'` panicked (exit 101): now the slides
/// say the terminal is too small, come back when it grows, and say so again when it
/// shrinks.
#[test]
fn the_slides_on_an_8_column_terminal_say_it_is_too_small() {
    let (mut pty, mut child) = Pty::spawn(&["present"], 8, 40);
    pty.wait_for("small");
    pty.resize(&child, 100, 30);
    pty.wait_for("1/");
    pty.resize(&child, 6, 10);
    pty.wait_for("small");
    pty.send("q");
    assert_eq!(exit_within(&mut child, 5), Some(0));
}

/// The probe's `tmux new -d -s x "sh -c 'trap \"\" HUP; confer'"; tmux kill-session -t x`:
/// the terminal goes away and no SIGHUP comes. The explorer ended only on a signal, and
/// its key reader read the ended terminal again and again, a core at 100% for good.
#[test]
fn the_explorer_ends_when_its_terminal_is_gone_without_a_sighup() {
    use std::os::unix::process::CommandExt;
    let size = (100, 30);
    let (mut master, mut child) = spawn_bare(&[], size, &[], |command| {
        // SAFETY: between fork and exec, `signal` is async-signal-safe.
        unsafe {
            command.pre_exec(|| {
                libc::signal(libc::SIGHUP, libc::SIG_IGN);
                Ok(())
            });
        }
    });
    read_until(&mut master, size, "[1 Overview]");
    // Idle, as the probe's explorer was: nothing left to draw that would fail first.
    read_until_idle(&mut master);
    // The window closes: the terminal's other end, held by no one else, is gone. The
    // program is no session leader with this terminal: no SIGHUP is sent at all.
    drop(master);
    assert_eq!(
        exit_within(&mut child, 5),
        Some(0),
        "the explorer went on after its terminal was gone"
    );
}

/// The probe's SIGTSTP from outside, then `fg`: the shell printed over the explorer's
/// screen, and after `fg` the terminal stayed cooked, echoing, with nothing redrawn.
#[test]
fn a_stop_hands_the_terminal_back_and_a_continue_takes_it_again() {
    let (mut pty, mut child) = Pty::spawn(&[], 100, 30);
    pty.wait_for("[1 Overview]");
    assert!(!cooked(&pty.writer), "the explorer reads keys raw");
    signal(&child, Signal::TSTP);
    wait_until(&pty, "the alternate screen is left on a stop", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    let start = Instant::now();
    while !stopped(&child) {
        assert!(start.elapsed() < Duration::from_secs(5), "not stopped");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(cooked(&pty.writer), "the shell gets its line editing back");
    // The shell writes its prompt meanwhile, as `fg` would leave it.
    pty.screen
        .lock()
        .unwrap()
        .process(b"[1]+ Stopped  confer\r\n$ fg\r\n");
    signal(&child, Signal::CONT);
    wait_until(&pty, "the alternate screen is taken again", |s| {
        s.alternate_screen()
    });
    // Drawn anew, whole: the alternate screen is blank on entering it.
    pty.wait_for("[1 Overview]");
    pty.wait_for("q quit");
    assert!(!cooked(&pty.writer), "raw again after a continue");
    // A key works without Enter.
    pty.send("4");
    pty.wait_for("[4 People]");
    pty.send("q");
    assert_eq!(exit_within(&mut child, 5), Some(0));
    assert!(cooked(&pty.writer));
}

fn stopped(child: &std::process::Child) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap();
    // The state follows the command's name in parentheses.
    let state = stat.rsplit(')').next().unwrap().trim_start();
    state.starts_with('T')
}

/// The probe's 65535x65535 terminal: confer allocated a frame for every cell it claimed,
/// failed and aborted with raw mode left on; at 4000x4000 it took 1.5-2.2 GB. The area
/// drawn in is at most 1000x500 (`screen::MAX_SIZE`), in the terminal's top left corner.
#[test]
fn an_absurd_terminal_size_is_drawn_within_bounds() {
    // Too large to model: what is drawn is read in the program's output.
    let (mut pty, mut child) = Pty::spawn_sized(&[], (120, 40), (65535, 65535), &[]);
    wait_written(&pty, "[1 Overview]");
    pty.send("4");
    wait_written(&pty, "[4 People]");
    let peak = peak_memory_kb(&child).expect("the peak memory of a running process");
    assert!(
        peak < 400 * 1024,
        "{peak} kB at most for the largest area drawn in"
    );
    let (column, row) = farthest(&pty.raw.lock().unwrap());
    assert_eq!(
        (column, row),
        (1000, 500),
        "drawn to the edges of the bound"
    );
    pty.send("q");
    assert_eq!(exit_within(&mut child, 5), Some(0));
    assert!(cooked(&pty.writer));
}

fn wait_written(pty: &Pty, text: &str) {
    let start = Instant::now();
    while !String::from_utf8_lossy(&pty.raw.lock().unwrap()).contains(text) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{text:?} never written"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The farthest column and row (from 1) that the output moved the cursor to, in the
/// `ESC [ row ; column H` that ratatui writes.
fn farthest(raw: &[u8]) -> (u32, u32) {
    let text = String::from_utf8_lossy(raw);
    let mut far = (0, 0);
    for piece in text.split("\x1b[").skip(1) {
        let Some(end) = piece.find(|c: char| !c.is_ascii_digit() && c != ';') else {
            continue;
        };
        if !piece[end..].starts_with('H') {
            continue;
        }
        if let Some((row, column)) = piece[..end].split_once(';')
            && let (Ok(row), Ok(column)) = (row.parse::<u32>(), column.parse::<u32>())
        {
            far = (far.0.max(column), far.1.max(row));
        }
    }
    far
}

/// The probe's SIGQUIT, SIGUSR1 and SIGALRM left the terminal raw: every signal whose
/// default action ends the process now restores it first, and exits as the signal would
/// have (128 and its number).
#[test]
fn every_signal_that_ends_the_explorer_restores_the_terminal() {
    for sent in [
        Signal::QUIT,
        Signal::USR1,
        Signal::USR2,
        Signal::ALARM,
        Signal::XCPU,
        Signal::PROF,
    ] {
        let (pty, mut child) = Pty::spawn(&[], 80, 24);
        pty.wait_for("[1 Overview]");
        signal(&child, sent);
        assert_eq!(
            exit_within(&mut child, 5),
            Some(128 + sent.as_raw()),
            "{sent:?}"
        );
        assert!(cooked(&pty.writer), "{sent:?} left the terminal raw");
        wait_until(&pty, "the alternate screen is left", |s| {
            !s.alternate_screen() && !s.hide_cursor()
        });
    }
}

/// An allocation that fails aborts (the probe's 65535x65535 did, with raw mode left on):
/// SIGABRT is raised twice before any thread could run, so the terminal is restored in the
/// signal handler itself. The hook that aborts on request is in debug builds only.
#[cfg(debug_assertions)]
#[test]
fn an_abort_restores_the_terminal() {
    use std::os::unix::process::ExitStatusExt;
    let (pty, mut child) = Pty::spawn_with(&[], 80, 24, &[("CONFER_TEST_ABORT_IN_DRAW", "1")]);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "no abort");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.signal(), Some(libc::SIGABRT), "{status:?}");
    assert!(cooked(&pty.writer), "an abort left the terminal raw");
    wait_until(&pty, "the alternate screen is left", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
}
