//! The event loop around the explorer: it sleeps until input, draws in an area fitted to
//! the terminal (within bounds), and ends when the reader quits or the terminal is gone.
//! The terminal's modes and signals are `tty`'s.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event;
use crossterm::execute;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::app::Action;
use super::app::{App, Banner, BannerKind};
use super::draw::draw;
use super::keys::action;
use super::screen::bounded;
pub use super::tty::{Signals, enter, restore};
use super::tty::{answer_signals, watch_hangup};
use crate::content::{Checked, ContentLocation, Severity};
use crate::present::room::{News, Room};

/// What wakes the loop: the reader, a content file that changed, or the check of the
/// whole content folder finishing.
enum Input {
    Terminal(event::Event),
    ContentChanged,
    Checked(Banner),
    /// How far the check of the folder is: editions judged, of how many.
    Checking(usize, usize),
    /// How far the reading of a series is: editions read, of how many.
    SeriesProgress(usize, usize),
    /// A series read into its model, for the content of this generation.
    SeriesRead(String, u64, Box<Option<crate::series::SeriesRead>>),
    /// Another screen of the talk moved (to follow through the room, if still the newest),
    /// told how it cuts a slide, or told an earlier start of the talk.
    Room(News),
    /// The talk's deck file was saved.
    DeckChanged,
    /// Continued after a stop: the shell wrote over the screen meanwhile.
    Resumed,
    /// The terminal is gone (its input ended or failed): nobody is left to read the screen.
    Gone,
}

/// What the loop watches and whom it tells: the content folder and the talk's deck to
/// reload on save (`--watch`), and the talk's room.
#[derive(Default)]
pub struct Surroundings {
    pub content: Option<PathBuf>,
    pub deck: Option<PathBuf>,
    pub room: Option<Room>,
}

/// How often the progress of the check of the folder is drawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(150);

/// How long a burst of file events must be quiet before reloading: an editor's save is
/// several events (write, rename, chmod) within a few milliseconds.
const SETTLE: Duration = Duration::from_millis(120);

/// The screen, ready for the first frame: the terminal wiped.
pub struct Screen {
    terminal: Terminal<CrosstermBackend<io::BufWriter<io::Stdout>>>,
    signals: Signals,
    send: mpsc::Sender<Input>,
    inputs: mpsc::Receiver<Input>,
}

/// Gets the screen ready, once the probe has had its answers (the key reader, started after
/// the first frame, would take them).
pub fn screen(signals: Signals) -> io::Result<Screen> {
    // Buffered whole: standard output flushes at every line feed and every kilobyte, which
    // would hand a frame to the terminal in a dozen pieces. ratatui flushes each frame.
    let out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    // A fixed area, fitted to the terminal before each frame (`fit`): at most `MAX_SIZE`,
    // where ratatui's own fitting would allocate buffers for any size the terminal claims.
    let terminal = Terminal::with_options(
        CrosstermBackend::new(out),
        TerminalOptions {
            viewport: Viewport::Fixed(area(crossterm::terminal::size()?)),
        },
    )?;
    // Wiped directly: ratatui's `clear` first asks the terminal where its cursor is and
    // waits for the answer, a round trip before the first frame for nothing.
    execute!(
        io::stdout(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    let (send, inputs) = mpsc::channel();
    Ok(Screen {
        terminal,
        signals,
        send,
        inputs,
    })
}

/// Draws and handles events until the reader quits. Sleeps until input or a change of the
/// watched folder; only a visible clock wakes it each second.
pub fn run(app: &mut App, screen: Screen, around: Surroundings) -> io::Result<()> {
    let Screen {
        mut terminal,
        signals,
        send,
        inputs,
    } = screen;
    let Surroundings {
        content: watch,
        deck: watch_deck,
        mut room,
    } = around;
    // Kept alive for as long as the loop runs.
    let mut _watcher = None;
    let mut _deck_watcher = None;
    let mut signals = Some(signals);
    // What came while a burst of saves settled and is not part of it: handled next.
    let mut held = std::collections::VecDeque::new();
    // Whether the whole screen is to be drawn anew (after a continue: the shell wrote on it).
    let mut anew = false;
    while !app.quit {
        let drawn = fit(&mut terminal, std::mem::take(&mut anew)).and_then(|area| {
            // A size that changed while stopped may come as no event.
            if (area.width, area.height) != app.size {
                app.update(Action::Resize(area.width, area.height));
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
        // the folder and the watcher start: each would take a core from it. Keys typed
        // meanwhile wait in the terminal's queue, signals in their own.
        if let Some(signals) = signals.take() {
            let resumed = send.clone();
            answer_signals(signals, move || {
                let _ = resumed.send(Input::Resumed);
            });
            read_keys(send.clone());
            let gone = send.clone();
            watch_hangup(move || {
                let _ = gone.send(Input::Gone);
            });
            check_in_background(app, send.clone());
            // What the app asked for before the loop began (the series, for the slides).
            perform(app, &send);
            if let Some(folder) = &watch {
                let tell = send.clone();
                _watcher = Some(super::watch::watch_folder(folder, move |news| {
                    let _ = tell.send(match news {
                        super::watch::FolderNews::Changed => Input::ContentChanged,
                        super::watch::FolderNews::NotWatched(banner) => Input::Checked(banner),
                    });
                }));
            }
            if let Some(deck) = &watch_deck {
                let tell = send.clone();
                let watched = super::watch::watch_deck_file(deck, move || {
                    let _ = tell.send(Input::DeckChanged);
                });
                // A deck whose folder cannot be watched is still a talk to give: say that
                // saves are not seen, as for the content folder, rather than end it.
                _deck_watcher = match watched {
                    Ok(watcher) => Some(watcher),
                    Err(e) => {
                        let _ = send.send(Input::Checked(Banner {
                            kind: BannerKind::NotWatched { count: 1 },
                            detail: format!("{}: {e}", deck.display()),
                        }));
                        None
                    }
                };
            }
            if let Some(room) = room.as_mut() {
                let send = send.clone();
                room.listen(move |news| {
                    let _ = send.send(Input::Room(news));
                })?;
                tell_pages(Some(room), app);
            }
        }
        // The console's clock runs while the audience's screen is blank too.
        let ticking = app
            .deck()
            .is_some_and(|d| d.clock && (!d.blank || d.console));
        let input = if let Some(input) = held.pop_front() {
            input
        } else if ticking {
            match inputs.recv_timeout(Duration::from_secs(1)) {
                Ok(input) => input,
                Err(mpsc::RecvTimeoutError::Timeout) => continue,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            match inputs.recv() {
                Ok(input) => input,
                Err(_) => break,
            }
        };
        match input {
            Input::Terminal(event) => {
                if let Some(action) = action(app, &event) {
                    // What the other screens cut into more pages, for this key to step through.
                    if let Some(room) = room.as_ref()
                        && app.deck().is_some()
                    {
                        app.update(Action::SlidePagesElsewhere(room.pages_elsewhere()));
                    }
                    let before = place(app);
                    app.update(action);
                    perform(app, &send);
                    tell_room(room.as_ref(), before, app);
                    tell_pages(room.as_ref(), app);
                }
            }
            Input::Room(news) => {
                let Some(room) = room.as_ref() else {
                    continue;
                };
                match news {
                    News::Moved(heard) => {
                        if let Some(to) = room.follow(heard) {
                            app.update(Action::SlideFollow(to));
                            tell_pages(Some(room), app);
                        }
                    }
                    // A console that joins late says the audience's page at once.
                    News::Pages => app.update(Action::SlidePagesElsewhere(room.pages_elsewhere())),
                    News::Clock(since) => app.update(Action::SlideStartedAt(since)),
                }
            }
            Input::DeckChanged => {
                // An editor's save is several events: let them settle.
                while let Ok(more) = inputs.recv_timeout(SETTLE) {
                    if !matches!(more, Input::DeckChanged) {
                        held.push_back(more);
                        break;
                    }
                }
                super::effects::reload_talk(app);
                tell_pages(room.as_ref(), app);
            }
            Input::Resumed => anew = true,
            Input::Gone => return gone(terminal),
            Input::Checked(banner) => app.checked(banner),
            Input::SeriesProgress(done, total) => app.series_progress(done, total),
            Input::SeriesRead(series, generation, read) => {
                app.series_read(series, generation, *read);
                perform(app, &send);
            }
            Input::Checking(done, total) => {
                app.checking = (done < total).then_some((done, total));
            }
            Input::ContentChanged => {
                // Let the burst settle, keeping any keys that came meanwhile (replayed on the
                // new content) and everything else (a banner of what is not watched, a series
                // read, the terminal gone) for after the reload: only the burst's own
                // changes are one.
                let mut keys = Vec::new();
                while let Ok(more) = inputs.recv_timeout(SETTLE) {
                    match more {
                        Input::Terminal(event) => keys.push(event),
                        Input::ContentChanged => {}
                        other => held.push_back(other),
                    }
                }
                if watch.is_some() {
                    let generation = app.generation;
                    super::effects::reload(app);
                    if app.generation != generation {
                        check_in_background(app, send.clone());
                        // The series view, if open, asked for the new content's series.
                        perform(app, &send);
                    }
                }
                for event in keys {
                    if let Some(action) = action(app, &event) {
                        let before = place(app);
                        app.update(action);
                        perform(app, &send);
                        tell_room(room.as_ref(), before, app);
                    }
                }
            }
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
fn read_keys(send: mpsc::Sender<Input>) {
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

/// Where the talk's reader is, if a talk is on screen.
fn place(app: &App) -> Option<crate::present::room::Position> {
    app.deck().map(|deck| deck.place())
}

/// Tells the other screens of the talk where a key moved this one; a key that moved
/// nothing (or a resize, which only cuts pages anew) tells nothing.
fn tell_room(room: Option<&Room>, before: Option<crate::present::room::Position>, app: &App) {
    if let (Some(room), Some(now)) = (room, place(app))
        && before != Some(now)
    {
        // A room folder gone unreadable costs the following, never the talk.
        let _ = room.moved(now);
    }
}

/// Tells the other screens of the talk how many pages this audience's screen cuts the slide
/// on screen into (after a move, a follow, a resize or a reload); nothing when that has not
/// changed. The console's own pages are only its preview's: it does not tell them.
fn tell_pages(room: Option<&Room>, app: &App) {
    if let (Some(room), Some(deck)) = (room, app.deck())
        && !deck.console
        && let Some(page) = deck.page()
    {
        // A room folder gone unreadable costs the following, never the talk.
        let _ = room.pages(deck.place().index, page.parts.max(1));
    }
}

/// Checks the whole content folder on a thread of its own, at low cost to the screen: only
/// the editions shown were read, and a problem in another one should not wait until it is
/// picked to be seen. The built-in content was checked when it was built.
/// Does what the app asked for: reading a series on a thread of its own, so that the keys
/// keep working and the last frame stays while an archive is read; the rest at once.
fn perform(app: &mut App, send: &mpsc::Sender<Input>) {
    if let Some(crate::tui::app::Request::ReadSeries { series, generation }) = &app.request
        && let Some(location) = app.library.location().cloned()
    {
        let (series, generation) = (series.clone(), *generation);
        app.request = None;
        let send = send.clone();
        std::thread::spawn(move || {
            let library = crate::content::Library::open(&location);
            let mut told = Instant::now();
            let mut tell = |done: usize, total: usize| {
                if done == total || told.elapsed() >= PROGRESS_EVERY {
                    told = Instant::now();
                    let _ = send.send(Input::SeriesProgress(done, total));
                }
            };
            let read = crate::series::read(&library, &series, &mut tell);
            let _ = send.send(Input::SeriesRead(series, generation, Box::new(read)));
        });
        return;
    }
    super::effects::perform(app);
}

fn check_in_background(app: &App, send: mpsc::Sender<Input>) {
    let Some(location @ ContentLocation::Folder(_)) = app.library.location().cloned() else {
        return;
    };
    // What the explorer read of the editions it shows is taken, not read again beside them.
    let known = app.library.judged();
    std::thread::spawn(move || {
        // A few progress lines a second at most: each one is a frame.
        let mut told = Instant::now();
        let tell = |done: usize, total: usize| {
            if done == total || told.elapsed() >= PROGRESS_EVERY {
                told = Instant::now();
                let _ = send.send(Input::Checking(done, total));
            }
        };
        let checked = crate::content::check_knowing(&location, 1, &known, tell);
        if let Some(banner) = problems_banner(&checked) {
            let _ = send.send(Input::Checked(banner));
        }
    });
}

/// The first error of a check, and how many there are.
fn problems_banner(checked: &Checked) -> Option<Banner> {
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let first = errors.first()?;
    Some(Banner {
        kind: BannerKind::Problems {
            count: errors.len(),
        },
        detail: first.one_line(&checked.sources),
    })
}
