//! The terminal around the explorer: entering and leaving the alternate screen, restoring
//! it on quit, error, panic and signals, and the event loop (which sleeps until input).

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::Action;
use super::app::{App, Banner, BannerKind};
use super::draw::draw;
use super::keys::action;
use crate::content::{Checked, ContentLocation, Severity};
use crate::present::room::{News, Room};

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

/// The signals that end the explorer, caught from `enter` on and held until the first frame
/// is out; `run` then hands them to a thread that restores the terminal and exits.
pub struct Signals(signal_hook::iterator::Signals);

/// Raw mode and the alternate screen, with every way out covered: a panic (the hook
/// restores first, then reports), SIGTERM, SIGHUP and SIGINT (caught here, handled by a
/// thread `run` starts after the first frame: one arriving before waits a few milliseconds
/// at most, the probe's budget, and the thread's start-up is not paid before the frame).
pub fn enter() -> io::Result<Signals> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(Signals(signals))
}

/// Restores the terminal and exits on the first of the caught signals, including one that
/// came before this was called.
fn handle_signals(Signals(mut signals): Signals) {
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });
}

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
    let terminal = Terminal::new(CrosstermBackend::new(out))?;
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
    while !app.quit {
        terminal.draw(|frame| draw(app, frame.buffer_mut()))?;
        // The first frame goes out before the signal thread, the key reader, the check of
        // the folder and the watcher start: each would take a core from it. Keys typed
        // meanwhile wait in the terminal's queue, signals in their own.
        if let Some(signals) = signals.take() {
            handle_signals(signals);
            read_keys(send.clone());
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
                _deck_watcher = Some(super::watch::watch_deck_file(deck, move || {
                    let _ = tell.send(Input::DeckChanged);
                })?);
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
        let input = if ticking {
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
                while inputs
                    .recv_timeout(SETTLE)
                    .is_ok_and(|i| matches!(i, Input::DeckChanged))
                {}
                super::effects::reload_talk(app);
                tell_pages(room.as_ref(), app);
            }
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
                // Let the burst settle, keeping any keys that came meanwhile.
                let mut keys = Vec::new();
                while let Ok(more) = inputs.recv_timeout(SETTLE) {
                    if let Input::Terminal(event) = more {
                        keys.push(event);
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

/// Reads the terminal's events on a thread of their own, for as long as the loop listens.
fn read_keys(send: mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if send.send(Input::Terminal(event)).is_err() {
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
    std::thread::spawn(move || {
        // A few progress lines a second at most: each one is a frame.
        let mut told = Instant::now();
        let tell = |done: usize, total: usize| {
            if done == total || told.elapsed() >= PROGRESS_EVERY {
                told = Instant::now();
                let _ = send.send(Input::Checking(done, total));
            }
        };
        let checked = crate::content::check_telling(&location, 1, tell);
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
