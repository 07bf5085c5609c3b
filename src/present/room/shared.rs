//! What a room's listening thread shares with the app's: the newest position, the pages
//! the other screens told, the clock, and the sending of answers and moves to the peers.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::Heard;
use super::clock::{clock_millis, millis, within_reach};
use super::folder;
use super::wire::{Message, Peer, Stamp};

/// What the listening thread needs too.
pub(super) struct Shared {
    pub(super) room: PathBuf,
    pub(super) me: Peer,
    /// Unbound and non-blocking: a peer that is stopped (Ctrl-Z) and lets its queue fill must
    /// never block a key press in another instance; its datagram is dropped instead.
    pub(super) outbox: UnixDatagram,
    /// The newest move made or followed; `None` until the first, so a room that never moved
    /// does not answer a hello with a slide nobody chose.
    pub(super) current: Mutex<Option<Heard>>,
    /// How many pages the other screens cut each slide they have shown into, by screen and
    /// slide: a screen that cuts a slide into fewer pages still steps the room through all.
    pub(super) elsewhere: Mutex<BTreeMap<Peer, BTreeMap<usize, usize>>>,
    /// The slide and page count this screen last told, told again to a newcomer.
    pub(super) told: Mutex<Option<(usize, usize)>>,
    /// When the talk's clock started: this screen's joining, or an earlier peer's.
    pub(super) since: Mutex<SystemTime>,
    pub(super) leaving: AtomicBool,
}

impl Shared {
    pub(super) fn current(&self) -> MutexGuard<'_, Option<Heard>> {
        lock(&self.current)
    }

    /// Whether a heard stamp would win over the newest this instance knows; a stamp beyond
    /// the clock's reach never does.
    pub(super) fn is_newer(&self, stamp: Stamp) -> bool {
        within_reach(stamp.counter, clock_millis())
            && self.current().is_none_or(|c| stamp > c.stamp)
    }

    /// Takes a peer's start, told in milliseconds since 1970, when it is earlier than the one
    /// kept; a start in the future (a clock set wrong) is not a start.
    pub(super) fn earlier_start(&self, millis: u64) -> Option<SystemTime> {
        let since = UNIX_EPOCH.checked_add(Duration::from_millis(millis))?;
        let mut kept = lock(&self.since);
        (since < *kept && since <= SystemTime::now()).then(|| {
            *kept = since;
            since
        })
    }

    pub(super) fn answer(&self, to: Peer) {
        let Ok(path) = folder::socket(&self.room, to) else {
            return;
        };
        if let Some((index, parts)) = *lock(&self.told) {
            let pages = Message::Pages {
                from: self.me,
                index,
                parts,
            };
            self.send(&pages, &path);
        }
        if let Some(now) = *self.current() {
            let moved = Message::Moved {
                stamp: now.stamp,
                at: now.at,
            };
            self.send(&moved, &path);
        }
        let since = *lock(&self.since);
        let clock = Message::Clock {
            from: self.me,
            since: millis(since),
        };
        self.send(&clock, &path);
    }

    pub(super) fn broadcast(&self, message: &Message) -> io::Result<()> {
        let room = &self.room;
        let peers = folder::peers(room, self.me)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", room.display())))?;
        // A screen whose socket is gone has left: its pages no longer count.
        lock(&self.elsewhere).retain(|peer, _| peers.iter().any(|(p, _)| p == peer));
        for (_, path) in peers {
            self.send(message, &path);
        }
        Ok(())
    }

    /// Best effort: a peer that cannot take a datagram now is not this instance's problem,
    /// except a dead one, whose file would otherwise be tried on every move forever.
    pub(super) fn send(&self, message: &Message, to: &Path) {
        if let Err(e) = self.outbox.send_to(message.encode().as_bytes(), to)
            && e.kind() == io::ErrorKind::ConnectionRefused
        {
            let _ = fs::remove_file(to);
        }
    }
}

/// The values behind these locks are plain data, whole at every step: a panic elsewhere
/// cannot tear them.
pub(super) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
