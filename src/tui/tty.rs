//! The terminal itself: its modes (raw, the alternate screen, mouse capture) entered, and
//! restored on every way out (quit, error, panic, a signal that ends the process); handed
//! to the shell on a stop and taken back on a continue; and its hang-up noticed.

use std::io::{self, IsTerminal, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute, queue};
use rustix::event::{PollFd, PollFlags, poll};

use super::noted::{self, Noted};
use super::signals::{Meaning, caught};

/// Whether the terminal is ours to restore (so a signal after quitting does nothing).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Held while the terminal's modes change: a continue taking the terminal back must not
/// interleave with a quit giving it back, or the shell would get raw mode.
static MODES: Mutex<()> = Mutex::new(());

/// Puts the terminal back as it was: idempotent, callable from any thread.
pub fn restore() {
    let _modes = MODES.lock().unwrap_or_else(PoisonError::into_inner);
    if ACTIVE.swap(false, Ordering::SeqCst) {
        leave();
    }
}

fn leave() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Before a stop: the shell gets its screen and its line editing back while the explorer
/// is stopped.
fn suspend() {
    let _modes = MODES.lock().unwrap_or_else(PoisonError::into_inner);
    if ACTIVE.load(Ordering::SeqCst) {
        leave();
    }
}

/// After a continue: raw mode and the alternate screen again, unless the explorer has
/// quit meanwhile. Raw mode first: continued in the background (`bg`), setting it stops
/// the process again (SIGTTOU) before anything is written over the shell.
fn resume() -> bool {
    let _modes = MODES.lock().unwrap_or_else(PoisonError::into_inner);
    if !ACTIVE.load(Ordering::SeqCst) {
        return false;
    }
    let _ = enable_raw_mode();
    let _ = execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    );
    true
}

/// The signals that end or stop the explorer, caught from `enter` on and held until the
/// first frame is out; `run` then hands them to a thread that answers them.
pub struct Signals(Noted);

/// Raw mode and the alternate screen, with every way out covered: a panic (the hook
/// restores first, then reports), every signal that would end the process (caught here,
/// handled by a thread `run` starts after the first frame: one arriving before waits a few
/// milliseconds at most, the probe's budget, and the thread's start-up is not paid before
/// the frame), and a stop and continue.
pub fn enter() -> io::Result<Signals> {
    remember_modes();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    // SAFETY: the action makes only async-signal-safe calls (`restore_at_once`, and
    // signal-hook's default emulation, documented as such).
    unsafe {
        signal_hook::low_level::register(libc::SIGABRT, || {
            restore_at_once();
            let _ = signal_hook::low_level::emulate_default_handler(libc::SIGABRT);
        })?;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let signals: Vec<_> = caught().into_iter().map(|(s, _)| s).collect();
    let signals = noted::catch(&signals)?;
    // Queued, not flushed: it goes out in one write with the probe's questions, which
    // follow at once (and any later write or `restore` flushes it all the same).
    queue!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(Signals(signals))
}

/// The terminal's attributes before raw mode, and the terminal they are of, for
/// `restore_at_once`.
static BEFORE: OnceLock<(libc::c_int, libc::termios)> = OnceLock::new();

/// Keeps the terminal's attributes as they are (on standard input, where crossterm sets
/// raw mode when it is the terminal), for a restore where only system calls may run.
fn remember_modes() {
    if !io::stdin().is_terminal() || BEFORE.get().is_some() {
        return;
    }
    let mut modes = std::mem::MaybeUninit::<libc::termios>::zeroed();
    // SAFETY: `tcgetattr` fills the termios it is given, zeroed and so valid either way.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, modes.as_mut_ptr()) } == 0 {
        // SAFETY: filled by `tcgetattr`, which succeeded.
        let _ = BEFORE.set((libc::STDIN_FILENO, unsafe { modes.assume_init() }));
    }
}

/// Restores the terminal inside a signal handler, with system calls alone: for SIGABRT,
/// which `abort` (an allocation that failed, say) raises and then raises again, with its
/// default action, before any thread could restore anything. No lock is taken: a frame
/// half written may be cut, the terminal is still left as the shell needs it.
fn restore_at_once() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    // DisableMouseCapture, LeaveAlternateScreen and cursor::Show, as crossterm writes them.
    const LEAVE: &[u8] =
        b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h";
    // SAFETY: `write` and `tcsetattr` are async-signal-safe; the buffer and the termios
    // outlive the calls.
    unsafe {
        libc::write(libc::STDOUT_FILENO, LEAVE.as_ptr().cast(), LEAVE.len());
        if let Some((fd, modes)) = BEFORE.get() {
            libc::tcsetattr(*fd, libc::TCSANOW, modes);
        }
    }
}

/// Answers the caught signals on a thread of its own, including any that came before this
/// was called: restores the terminal and exits on one that would have ended the process;
/// on a stop, gives the terminal back and stops; on a continue, takes it again and calls
/// `continued` (for the screen to be drawn anew).
pub fn answer_signals(Signals(mut signals): Signals, continued: impl Fn() + Send + 'static) {
    let meanings = caught();
    std::thread::spawn(move || {
        while let Some(came) = signals.wait() {
            for signal in came {
                answer(signal, &meanings, &continued);
            }
        }
    });
}

/// What a caught signal means, done.
fn answer(signal: libc::c_int, meanings: &[(libc::c_int, Meaning)], continued: &impl Fn()) {
    let meaning = meanings.iter().find(|(s, _)| *s == signal).map(|m| m.1);
    match meaning.unwrap_or(Meaning::End) {
        Meaning::End => {
            restore();
            std::process::exit(128 + signal);
        }
        Meaning::Stop => {
            suspend();
            // The default action of SIGTSTP: stops here until continued.
            let _ = signal_hook::low_level::emulate_default_handler(signal);
        }
        Meaning::Continue => {
            if resume() {
                continued();
            }
        }
    }
}

/// Calls `hung_up` when the terminal hangs up (its window closed, its multiplexer's session
/// killed), whether or not a SIGHUP came: the key reader cannot, as crossterm reads a
/// terminal that has ended again and again without returning. Only the hang-up is waited
/// for, never input, which stays the reader's.
pub fn watch_hangup(hung_up: impl FnOnce() + Send + 'static) {
    std::thread::spawn(move || {
        // Where crossterm reads: standard input when it is the terminal, else /dev/tty.
        let tty = if io::stdin().is_terminal() {
            None
        } else {
            match std::fs::File::open("/dev/tty") {
                Ok(tty) => Some(tty),
                Err(_) => return,
            }
        };
        let stdin = io::stdin();
        let fd = match &tty {
            Some(tty) => tty.as_fd(),
            None => stdin.as_fd(),
        };
        loop {
            let mut fds = [PollFd::new(&fd, PollFlags::empty())];
            match poll(&mut fds, None) {
                Ok(_) => {
                    let revents = fds[0].revents();
                    if revents.intersects(PollFlags::HUP | PollFlags::ERR) {
                        hung_up();
                        return;
                    }
                    // A terminal this system cannot poll: the reader's errors must do.
                    if revents.contains(PollFlags::NVAL) {
                        return;
                    }
                }
                Err(rustix::io::Errno::INTR) => {}
                Err(_) => return,
            }
        }
    });
}
