//! The event loop around the explorer: it sleeps until input, draws in an area fitted to
//! the terminal (within bounds), and ends when the reader quits or the terminal is gone.
//! The terminal's modes and signals are `tty`'s; what each input does is the shell's.

use std::io;
use std::time::Duration;

use crossterm::event;
use crossterm::queue;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::app::{Action, App, Effects};
use super::draw::draw;
use super::screen::bounded;
use super::shell::{Flow, Input, Shell};
pub use super::tty::{Signals, enter, restore};
use super::tty::{answer_signals, watch_hangup};

/// The screen, ready for the first frame.
pub struct Screen {
    terminal: Terminal<CrosstermBackend<Out>>,
    area: Rect,
}

impl Screen {
    /// The size drawn in, columns by rows: the terminal's, within `MAX_SIZE`.
    pub fn size(&self) -> (u16, u16) {
        (self.area.width, self.area.height)
    }
}

/// Standard output, buffered whole. What a panic leaves unwritten (the first frame's wipe,
/// queued before the frame is drawn) is dropped, not written after the panic hook has
/// restored the terminal and reported: it would wipe the report.
struct Out(io::BufWriter<io::Stdout>);

impl io::Write for Out {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes)
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let unwritten =
                std::mem::replace(&mut self.0, io::BufWriter::with_capacity(0, io::stdout()));
            drop(unwritten.into_parts());
        }
    }
}

/// Gets the screen ready: its buffers, nothing written yet. Asks the terminal nothing and
/// reads nothing, so that it can be done while the probe's answers travel (the key reader,
/// started after the first frame, would take them).
pub fn screen() -> io::Result<Screen> {
    // Buffered whole: standard output flushes at every line feed and every kilobyte, which
    // would hand a frame to the terminal in a dozen pieces. ratatui flushes each frame.
    let out = Out(io::BufWriter::with_capacity(1 << 16, io::stdout()));
    // A fixed area, fitted to the terminal before each frame (`fit`): at most `MAX_SIZE`,
    // where ratatui's own fitting would allocate buffers for any size the terminal claims.
    let area = area(crossterm::terminal::size()?);
    let terminal = Terminal::with_options(
        CrosstermBackend::new(out),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    Ok(Screen { terminal, area })
}

/// Draws and handles inputs until the reader quits. Sleeps until input or a change of the
/// watched files; only a visible clock wakes it each second. `first` is what the app asked
/// for before the loop (the series, for the slides).
pub fn run(
    app: &mut App,
    screen: Screen,
    signals: Signals,
    mut shell: Shell,
    first: Effects,
) -> io::Result<()> {
    let Screen { mut terminal, .. } = screen;
    let mut starting = Some((signals, first));
    // Wiped in the first frame's own write: ratatui's `clear` would first ask the terminal
    // where its cursor is and wait for the answer, a round trip before the first frame for
    // nothing; written apart, a write more for the terminal to take before the frame. Not
    // in `screen`: a screen given up before the first frame (the content failed) writes
    // nothing over the shell's.
    queue!(
        terminal.backend_mut(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    // Whether the whole screen is to be drawn anew (after a continue: the shell wrote on it).
    let mut anew = false;
    while !app.quit {
        let drawn = fit(&mut terminal, std::mem::take(&mut anew)).and_then(|area| {
            // A size that changed while stopped may come as no event.
            if (area.width, area.height) != app.size {
                shell.act(app, Action::Resize(area.width, area.height));
            }
            terminal.draw(|frame| draw(app, frame.buffer_mut()))?;
            Ok(())
        });
        match drawn {
            Err(e) if lost(&e) => return gone(terminal),
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        // The first frame goes out before the signal thread, the key reader, the check of
        // the folder and the watchers start: each would take a core from it. Keys typed
        // meanwhile wait in the terminal's queue, signals in their own.
        if let Some((signals, first)) = starting.take() {
            let send = shell.sender();
            let resumed = send.clone();
            answer_signals(signals, move || {
                let _ = resumed.send(Input::Resumed);
            });
            read_keys(send.clone());
            watch_hangup(move || {
                let _ = send.send(Input::Gone);
            });
            shell.start(app, first)?;
        }
        // The console's clock runs while the audience's screen is blank too.
        let ticking = app
            .deck()
            .is_some_and(|d| d.clock && (!d.blank || d.console));
        let Some(input) = shell.next(ticking.then_some(Duration::from_secs(1))) else {
            continue;
        };
        match shell.handle(app, input) {
            Flow::Go => {}
            Flow::Anew => anew = true,
            Flow::Gone => return gone(terminal),
        }
    }
    Ok(())
}

/// Whether an error of the terminal means it is gone: a terminal hung up fails every read
/// and write with EIO.
fn lost(error: &io::Error) -> bool {
    error.raw_os_error() == Some(libc::EIO)
}

/// Ends the loop on a terminal that is gone, quietly: nobody is left to read a message.
fn gone<B: ratatui::backend::Backend>(terminal: Terminal<B>) -> io::Result<()> {
    // Nothing to show the cursor on: ratatui's drop would try, and report the failure on
    // standard error, the same lost terminal, where `eprintln!` panics.
    std::mem::forget(terminal);
    Ok(())
}

/// The area drawn in on a terminal of `size`: all of it, up to `MAX_SIZE`.
fn area(size: (u16, u16)) -> Rect {
    let (width, height) = bounded(size);
    Rect::new(0, 0, width, height)
}

/// Fits the drawn area to the terminal's size now (within `MAX_SIZE`), and returns it: a
/// resize, or `anew`, starts the next frame on a cleared screen, drawn whole.
fn fit<B: ratatui::backend::Backend>(
    terminal: &mut Terminal<B>,
    anew: bool,
) -> Result<Rect, B::Error> {
    let now = area(terminal.size()?.into());
    if anew || terminal.get_frame().area() != now {
        terminal.resize(now)?;
    }
    Ok(now)
}

/// Reads the terminal's events on a thread of their own, for as long as the loop listens.
/// A resize is told at the size drawn in. A failed read means the terminal is gone.
fn read_keys(send: std::sync::mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        loop {
            let input = match event::read() {
                Ok(event::Event::Resize(width, height)) => {
                    let (width, height) = bounded((width, height));
                    Input::Terminal(event::Event::Resize(width, height))
                }
                Ok(event) => Input::Terminal(event),
                Err(_) => Input::Gone,
            };
            let gone = matches!(input, Input::Gone);
            if send.send(input).is_err() || gone {
                break;
            }
        }
    });
}
