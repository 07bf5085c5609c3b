//! The room's two clocks: the machine's monotonic milliseconds that bound a move's stamp,
//! and the wall clock's milliseconds that tell when the talk started.

use std::time::{SystemTime, UNIX_EPOCH};

/// How far a move's counter may be ahead of this machine's monotonic clock, in milliseconds.
///
/// A Lamport counter follows the largest counter it hears, so one datagram stamped with the
/// largest counter (and the largest peer to win the tie) would make every later move look
/// older, for good. Of the two ways to bound that, the bound is taken against the clock, not
/// against the newest move seen: a newcomer has seen none, and a screen that was stopped
/// (Ctrl-Z) while its queue overflowed has missed any number of moves, and either would
/// refuse the room's real moves for good under a bound on the gap. Ordering by arrival was
/// the other way, but two screens moving at once would each end on the other's slide. All
/// screens of a room share one machine, so one monotonic clock: a move is stamped with at
/// least its milliseconds, an honest stamp runs ahead of the clock only by a burst of more
/// than one move a millisecond, and a forged stamp within reach is overtaken by the room's
/// own moves within `REACH`, one second.
const REACH: u64 = 1_000;

/// Whether a move stamped `counter` can be an honest one when the clock reads `now`.
pub(super) fn within_reach(counter: u64, now: u64) -> bool {
    counter <= now.saturating_add(REACH)
}

/// This machine's monotonic clock in milliseconds: shared by every process on it (unlike
/// `Instant`, which cannot be told to another), and never set back, unlike the wall clock.
pub(super) fn clock_millis() -> u64 {
    let now = rustix::time::clock_gettime(rustix::time::ClockId::Monotonic);
    let seconds = u64::try_from(now.tv_sec).unwrap_or(0);
    let millis = u64::try_from(now.tv_nsec).unwrap_or(0) / 1_000_000;
    seconds.saturating_mul(1_000).saturating_add(millis)
}

/// Milliseconds since 1970, as the `clock` message tells a time (0 for a clock set before).
pub(super) fn millis(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probes_stamp_is_out_of_reach_and_a_stamp_made_now_is_within() {
        let now = clock_millis();
        assert!(!within_reach(u64::MAX, now));
        assert!(!within_reach(now + REACH + 1, now));
        assert!(within_reach(now + REACH, now));
        // A room that moved before this screen started, even long before.
        assert!(within_reach(1, now));
        assert!(
            within_reach(u64::MAX, u64::MAX),
            "no overflow at the clock's end"
        );
    }
}
