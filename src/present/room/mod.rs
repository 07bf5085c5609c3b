//! The room: keeps every instance presenting one deck (the presenter's console, audience
//! screens) on the same slide and page, on one clock, peer to peer over Unix datagrams in a
//! private folder; no port.
//!
//! # Using it
//!
//! ```no_run
//! use confer::present::room::{News, Position, Room};
//! # fn go(_: Position) {}
//! # let deck = std::path::Path::new("talk.toml");
//! let mut room = Room::join(deck)?; // says hello: the peers answer with where they are
//! let (tx, rx) = std::sync::mpsc::channel();
//! room.listen(move |news| {
//!     let _ = tx.send(news); // into the app's own event channel
//! })?;
//! // In the event loop:
//! // - a key moved the slide here:    room.moved(Position { index: 4, part: 0, blank: false })?;
//! // - an audience's screen showed a slide: room.pages(4, 2)?;
//! // - a peer moved (from `rx`):
//! for news in rx.try_iter() {
//!     match news {
//!         News::Moved(heard) => {
//!             if let Some(at) = room.follow(heard) {
//!                 go(at); // show it; do not call `moved` for it
//!             }
//!         }
//!         News::Pages => { /* room.pages_elsewhere() has changed */ }
//!         News::Clock(since) => { /* the talk started at `since` */ }
//!     }
//! }
//! // Dropping the room leaves it: the others stay where they are.
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Every instance is equal: any may start first, quit, or come back. A move carries a stamp
//! (a Lamport counter, then the mover's pid to break ties); each instance keeps the newest
//! stamp it has made or followed, so two moves made at once end on the same slide everywhere.
//! The counter is also a clock (see `REACH`): a move is stamped no earlier than the
//! machine's monotonic milliseconds, and a stamp further ahead of them than `REACH` is
//! refused, so that no datagram can claim a time the room's own moves would never pass.
//! `follow` runs on the app's thread, after any key handled before it, which is why the
//! listener hands over what it heard instead of deciding. A newcomer's hello is answered by
//! the listener itself with the position last made or followed, the pages last told and the
//! clock. The audience's screens tell how many pages they cut the slide they show into
//! (`pages`): the room counts a slide's pages as the audience sees them, so that every press
//! on any screen moves the audience's page (`pages_elsewhere`). The talk's clock is the
//! earliest start any screen has told: the first screen that joined (`since`). Messages carry
//! positions, page counts and a time only (`wire`): speaker notes never leave the process.
//! Only the user's own instances can reach the sockets: the folder (`folder`) is 0700 and
//! refused when it is not.

mod clock;
mod folder;
mod shared;
mod wire;

pub use folder::{Refusal, said};

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::net::Shutdown;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clock::{clock_millis, millis};
use shared::{Shared, lock};
use wire::{MAX_LEN, Message, Peer, Stamp};

/// Where a deck is: the slide by its index in the deck (a slide, not a page: each screen
/// cuts long slides into pages at its own size), the page within it, and whether the
/// screen is blanked.
/// A peer's index can be past this instance's last slide (the file changed between the two
/// starts): the app clamps it, as it would a jump.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    pub index: usize,
    /// The page of a slide in parts (0-based); a screen with fewer parts shows its last.
    pub part: usize,
    pub blank: bool,
}

/// What the listener heard, for the app's event loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum News {
    /// A peer moved (or answered a hello with where it is): pass it to [`Room::follow`].
    Moved(Heard),
    /// An audience's screen told how many pages it cuts a slide into: read
    /// [`Room::pages_elsewhere`] again.
    Pages,
    /// The talk's clock started earlier than this screen knew, at this time.
    Clock(SystemTime),
}

/// A move a peer made (or answered a hello with), to pass to [`Room::follow`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heard {
    /// Where the peer is; follow it only through [`Room::follow`], which knows if it is stale.
    pub at: Position,
    stamp: Stamp,
}

/// One instance's place in the room of a deck: its socket, and the newest position it knows.
pub struct Room {
    shared: Arc<Shared>,
    inbox: UnixDatagram,
    socket: PathBuf,
    listener: Option<JoinHandle<()>>,
}

/// Tells apart the rooms one process joins (tests join several), as the pid alone would not.
static NEXT_SEQ: AtomicU32 = AtomicU32::new(0);

impl Room {
    /// Joins the room of `deck` in the user's private folder (`$XDG_RUNTIME_DIR/confer`, else
    /// `confer-<uid>` in the temporary folder), and asks the peers where they are.
    pub fn join(deck: &Path) -> io::Result<Room> {
        let private = folder::private_folder(
            std::env::var_os("XDG_RUNTIME_DIR"),
            &std::env::temp_dir(),
            rustix::process::getuid().as_raw(),
        );
        Room::join_in(&private, deck)
    }

    /// Joins with `private` as the private folder (made 0700 if missing, checked if not).
    pub fn join_in(private: &Path, deck: &Path) -> io::Result<Room> {
        // To the millisecond, as the room tells it: every screen then holds the same start.
        let since = UNIX_EPOCH + Duration::from_millis(millis(SystemTime::now()));
        folder::private(private)?;
        let room = folder::room(private, deck)?;
        let me = Peer {
            pid: std::process::id(),
            seq: NEXT_SEQ.fetch_add(1, Ordering::Relaxed),
        };
        let socket = folder::socket(&room, me)?;
        let at_socket =
            |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", socket.display()));
        // A file of this name is left by an earlier process with the same pid that died.
        match fs::remove_file(&socket) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(at_socket(e)),
            _ => {}
        }
        let inbox = UnixDatagram::bind(&socket).map_err(at_socket)?;
        let outbox = UnixDatagram::unbound()?;
        outbox.set_nonblocking(true)?;
        let shared = Arc::new(Shared {
            room,
            me,
            outbox,
            current: Mutex::new(None),
            elsewhere: Mutex::new(BTreeMap::new()),
            told: Mutex::new(None),
            since: Mutex::new(since),
            leaving: AtomicBool::new(false),
        });
        // The answers wait in the socket's queue until `listen` reads them. The clock goes
        // out too: of two screens started at once, each learns the other's start.
        shared.broadcast(&Message::Hello { from: me })?;
        shared.broadcast(&Message::Clock {
            from: me,
            since: millis(since),
        })?;
        Ok(Room {
            shared,
            inbox,
            socket,
            listener: None,
        })
    }

    /// Starts the thread that reads the peers' messages: each move newer than the one this
    /// instance shows, each page count told and each earlier clock goes to `on` (which should
    /// pass it to the app's event loop); hellos are answered there and then. Once per room.
    pub fn listen(&mut self, mut on: impl FnMut(News) + Send + 'static) -> io::Result<()> {
        if self.listener.is_some() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "the room is already being listened to",
            ));
        }
        let inbox = self.inbox.try_clone()?;
        let shared = Arc::clone(&self.shared);
        let handle = thread::Builder::new()
            .name("confer-room".into())
            .spawn(move || {
                let mut buf = [0u8; MAX_LEN];
                loop {
                    let len = match inbox.recv(&mut buf) {
                        Ok(len) => len,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(_) => break,
                    };
                    if shared.leaving.load(Ordering::Acquire) {
                        break;
                    }
                    match Message::parse(&buf[..len]) {
                        // Only a hint (the app thread decides in `follow`): it spares the
                        // app a wake-up for each of the answers a hello brings.
                        Some(Message::Moved { stamp, at }) if shared.is_newer(stamp) => {
                            on(News::Moved(Heard { at, stamp }));
                        }
                        Some(Message::Hello { from }) => shared.answer(from),
                        Some(Message::Pages { from, index, parts }) if from != shared.me => {
                            let known = lock(&shared.elsewhere)
                                .entry(from)
                                .or_default()
                                .insert(index, parts);
                            if known != Some(parts) {
                                on(News::Pages);
                            }
                        }
                        Some(Message::Clock { from, since }) if from != shared.me => {
                            if let Some(since) = shared.earlier_start(since) {
                                on(News::Clock(since));
                            }
                        }
                        Some(
                            Message::Moved { .. } | Message::Pages { .. } | Message::Clock { .. },
                        )
                        | None => {}
                    }
                }
            })?;
        self.listener = Some(handle);
        Ok(())
    }

    /// A local move (a key, a click): stamps it newer than anything seen and tells every peer.
    /// Moving to where the room already is sends nothing, so calling it for a followed move
    /// cannot start an echo. An error means the room folder could not be read.
    pub fn moved(&self, to: Position) -> io::Result<()> {
        let stamp = {
            let mut current = self.shared.current();
            if current.is_some_and(|c| c.at == to) {
                return Ok(());
            }
            let counter = current.map_or(0, |c| c.stamp.counter);
            let stamp = Stamp {
                counter: counter.saturating_add(1).max(clock_millis()),
                by: self.shared.me,
            };
            *current = Some(Heard { at: to, stamp });
            stamp
        };
        self.shared.broadcast(&Message::Moved { stamp, at: to })
    }

    /// A move heard from a peer: `Some(position)` to show when it is newer than the newest this
    /// instance made or followed; `None` when a newer one has won meanwhile, or it is a second
    /// copy (a peer answering a hello just after moving sends the move twice). Never re-sent.
    pub fn follow(&self, heard: Heard) -> Option<Position> {
        let mut current = self.shared.current();
        // The listener refused stamps out of reach as it heard them; the clock has only
        // moved on since, so what it passed is still within reach.
        if current.is_some_and(|c| heard.stamp <= c.stamp) {
            return None;
        }
        *current = Some(heard);
        Some(heard.at)
    }

    /// Tells the room this audience's screen cuts slide `index` into `parts` pages at its
    /// size; sends nothing when that is what it last told. A presenter's console does not
    /// tell: the room counts the pages the audience sees.
    pub fn pages(&self, index: usize, parts: usize) -> io::Result<()> {
        {
            let mut told = lock(&self.shared.told);
            if *told == Some((index, parts)) {
                return Ok(());
            }
            *told = Some((index, parts));
        }
        self.shared.broadcast(&Message::Pages {
            from: self.shared.me,
            index,
            parts,
        })
    }

    /// For each slide another audience's screen in the room has shown, the most pages any of
    /// them cuts it into, by slide. A screen that left is forgotten at the next move.
    pub fn pages_elsewhere(&self) -> Vec<(usize, usize)> {
        let mut most: BTreeMap<usize, usize> = BTreeMap::new();
        for slides in lock(&self.shared.elsewhere).values() {
            for (&index, &parts) in slides {
                let known = most.entry(index).or_default();
                *known = (*known).max(parts);
            }
        }
        most.into_iter().collect()
    }

    /// When the talk's clock started: the earliest start of any screen heard so far.
    pub fn since(&self) -> SystemTime {
        *lock(&self.shared.since)
    }

    /// This instance's socket file (for messages, and tests).
    pub fn socket(&self) -> &Path {
        &self.socket
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.shared.leaving.store(true, Ordering::Release);
        // Either wakes the listener from `recv`: the datagram everywhere, the shutdown on
        // Linux even when the queue is full.
        let _ = self.shared.outbox.send_to(b"", &self.socket);
        let _ = self.inbox.shutdown(Shutdown::Read);
        let _ = fs::remove_file(&self.socket);
        if let Some(handle) = self.listener.take() {
            // Joining from the listener itself (a callback that dropped the room) would hang.
            if handle.thread().id() != thread::current().id() {
                let _ = handle.join();
            }
        }
    }
}
