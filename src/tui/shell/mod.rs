//! The shell around the explorer's pure state: it carries out what an update asks (`perform`)
//! and hands the app what the reader, the room, the watched files and the work in the
//! background say (`handle`). The event loop and the tests use this one shell, so a key does
//! the same wherever it comes from: pressed, or replayed after a reload.

mod input;
mod reload;
mod work;

pub use input::{Flow, Input};
pub use reload::{reload, reload_talk, show};

use std::collections::VecDeque;
use std::io;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread::JoinHandle;

use crossterm::event::Event;

use super::app::{
    Action, App, Banner, BannerKind, Detail, Effect, Effects, Unwatched, WhyUnwatched,
};
use super::keys::action;
use super::watch::{FolderNews, FolderWatch, watch_deck_file, watch_folder};
use crate::present::room::Room;

/// What the shell watches and whom it tells: the content folder and the talk's deck to
/// reload on save (`--watch`), and the talk's room.
#[derive(Default)]
pub struct Surroundings {
    pub content: Option<PathBuf>,
    pub deck: Option<PathBuf>,
    pub room: Option<Room>,
}

/// The shell: its surroundings, the channel everything that wakes the app comes through,
/// and the work it started in the background.
pub struct Shell {
    around: Surroundings,
    send: mpsc::Sender<Input>,
    inputs: mpsc::Receiver<Input>,
    /// What came while a burst of saves settled and is not part of it: handled next.
    held: VecDeque<Input>,
    /// Work under way on threads of its own (a series read, the check of the folder).
    workers: Vec<JoinHandle<()>>,
    /// The watches of the content folder and of the deck, kept for as long as the shell.
    watches: (Option<FolderWatch>, Option<notify::RecommendedWatcher>),
}

impl Default for Shell {
    /// A shell with nothing around it: no folder watched, no room (the tests', mostly).
    fn default() -> Shell {
        Shell::new(Surroundings::default())
    }
}

impl Shell {
    pub fn new(around: Surroundings) -> Shell {
        let (send, inputs) = mpsc::channel();
        Shell {
            around,
            send,
            inputs,
            held: VecDeque::new(),
            workers: Vec::new(),
            watches: (None, None),
        }
    }

    /// The talk's room, if this screen is in one.
    pub fn room(&self) -> Option<&Room> {
        self.around.room.as_ref()
    }

    /// Where the terminal's keys, signals and hang-up are to be told.
    pub fn sender(&self) -> mpsc::Sender<Input> {
        self.send.clone()
    }

    /// Starts what runs beside the app once its first frame is out (each would take a core
    /// from it): the check of the content folder, the watches, the room's listener; then
    /// does what the app asked for before (`first`: the series, for the slides).
    pub fn start(&mut self, app: &mut App, first: Effects) -> io::Result<()> {
        self.check(app);
        self.perform(app, first);
        self.watch();
        if let Some(room) = self.around.room.as_mut() {
            let send = self.send.clone();
            room.listen(move |news| {
                let _ = send.send(Input::Room(news));
            })?;
        }
        let pages = app.pages_to_tell().into_iter().collect();
        self.perform(app, pages);
        Ok(())
    }

    fn watch(&mut self) {
        if let Some(folder) = &self.around.content {
            let tell = self.send.clone();
            self.watches.0 = Some(watch_folder(folder, move |news| {
                let _ = tell.send(match news {
                    FolderNews::Changed => Input::ContentChanged,
                    FolderNews::NotWatched(banner) => Input::Checked(banner),
                });
            }));
        }
        if let Some(deck) = &self.around.deck {
            let tell = self.send.clone();
            let watched = watch_deck_file(deck, move || {
                let _ = tell.send(Input::DeckChanged);
            });
            // A deck whose folder cannot be watched is still a talk to give: say that saves
            // are not seen, as for the content folder, rather than end it.
            self.watches.1 = match watched {
                Ok(watcher) => Some(watcher),
                Err(e) => {
                    let _ = self.send.send(Input::Checked(Banner {
                        kind: BannerKind::NotWatched { count: 1 },
                        detail: Detail::Unwatched(Unwatched {
                            path: deck.display().to_string(),
                            why: WhyUnwatched::System(e.to_string()),
                        }),
                    }));
                    None
                }
            };
        }
    }

    /// A key, a click or a resize from the terminal, through the key map of the app's mode.
    pub fn event(&mut self, app: &mut App, event: &Event) {
        if let Some(action) = action(app, event) {
            self.act(app, action);
        }
    }

    /// The one way an action of this screen's reader is done, live or replayed: the room's
    /// page counts first (what the other screens cut into more pages, for this key to step
    /// through), then the update, then what it asks.
    pub fn act(&mut self, app: &mut App, action: Action) {
        if let Some(room) = &self.around.room
            && app.deck().is_some()
        {
            let counts = app.update(Action::SlidePagesElsewhere(room.pages_elsewhere()));
            self.perform(app, counts);
        }
        let effects = app.update(action);
        self.perform(app, effects);
    }

    /// Carries out what the app asked for: editions read at once (the picker waits for
    /// them), a series read on a thread of its own (the keys keep working and the last frame
    /// stays while an archive is read), the room told. What the app asks in turn is done too.
    pub fn perform(&mut self, app: &mut App, effects: Effects) {
        for effect in effects {
            match effect {
                Effect::Show { left, right } => {
                    let next = show(app, left, right);
                    self.perform(app, next);
                }
                Effect::ReadSeries { series, generation } => {
                    self.read_series(app, series, generation)
                }
                // A room folder gone unreadable costs the following, never the talk.
                Effect::Moved(to) => {
                    if let Some(room) = &self.around.room {
                        let _ = room.moved(to);
                    }
                }
                Effect::Pages { slide, pages } => {
                    if let Some(room) = &self.around.room {
                        let _ = room.pages(slide, pages);
                    }
                }
            }
        }
    }

    fn read_series(&mut self, app: &App, series: String, generation: u64) {
        match app.library.location().cloned() {
            Some(location) => {
                let worker = work::read_series(location, series, generation, self.sender());
                self.keep(worker);
            }
            // Content built in memory has no place to be opened from on another thread: it is
            // read here, and told through the channel all the same.
            None => {
                let read = crate::series::read(&app.library, &series, &mut |_, _| {});
                let _ = self
                    .send
                    .send(Input::SeriesRead(series, generation, Box::new(read)));
            }
        }
    }

    /// Checks the whole content folder in the background (see `work::check`).
    fn check(&mut self, app: &App) {
        if let Some(worker) = work::check(app, self.sender()) {
            self.keep(worker);
        }
    }

    fn keep(&mut self, worker: JoinHandle<()>) {
        self.workers.retain(|w| !w.is_finished());
        self.workers.push(worker);
    }

    /// Waits until the work under way is done, handing the app what it says as the event
    /// loop would, and what that asks in turn: for tests, which have no loop to wait in.
    pub fn settle(&mut self, app: &mut App) {
        loop {
            while let Some(input) = self
                .held
                .pop_front()
                .or_else(|| self.inputs.try_recv().ok())
            {
                self.handle(app, input);
            }
            let Some(worker) = self.workers.pop() else {
                return;
            };
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
    }
}
