//! The terminal around the explorer: entering and leaving the alternate screen, restoring
//! it on quit, error, panic and signals, and the event loop (which sleeps until input).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::App;
use super::draw::draw;
use super::keys::action;

/// Whether the terminal is ours to restore (so a signal after quitting does nothing).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was: idempotent, callable from any thread.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// Raw mode and the alternate screen, with every way out covered: a panic (the hook
/// restores first, then reports), SIGTERM, SIGHUP and SIGINT (a thread restores and exits).
pub fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(())
}

/// Draws and handles events until the reader quits. Blocks on input: no redraw when idle.
pub fn run(app: &mut App) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    while !app.quit {
        terminal.draw(|frame| draw(app, frame.buffer_mut()))?;
        // Sleep until input; only a visible clock needs a redraw each second.
        let ticking = app.deck.as_ref().is_some_and(|d| d.clock && !d.blank);
        if ticking && !event::poll(std::time::Duration::from_secs(1))? {
            continue;
        }
        let event = event::read()?;
        if let Some(action) = action(app, &event) {
            app.update(action);
        }
    }
    Ok(())
}
