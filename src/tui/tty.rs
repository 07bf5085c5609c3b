//! The terminal itself: its modes (raw, the alternate screen, mouse capture) entered, and
//! restored on every way out (quit, error, panic, a signal that ends the process); handed
//! to the shell on a stop and taken back on a continue; and its hang-up noticed.

use std::io::{self, IsTerminal, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use rustix::event::{PollFd, PollFlags, poll};

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
pub struct Signals(signal_hook::iterator::Signals);

/// Raw mode and the alternate screen, with every way out covered: a panic (the hook
/// restores first, then reports), every signal that would end the process (caught here,
/// handled by a thread `run` starts after the first frame: one arriving before waits a few
/// milliseconds at most, the probe's budget, and the thread's start-up is not paid before
/// the frame), and a stop and continue.
pub fn enter() -> io::Result<Signals> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let signals = signal_hook::iterator::Signals::new(caught().into_iter().map(|(s, _)| s))?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(Signals(signals))
}

/// Answers the caught signals on a thread of its own, including any that came before this
/// was called: restores the terminal and exits on one that would have ended the process;
/// on a stop, gives the terminal back and stops; on a continue, takes it again and calls
/// `continued` (for the screen to be drawn anew).
pub fn answer_signals(Signals(mut signals): Signals, continued: impl Fn() + Send + 'static) {
    let meanings = caught();
    std::thread::spawn(move || {
        for signal in signals.forever() {
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
    });
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
