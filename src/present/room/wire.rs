//! What travels between the instances in a room: small versioned text datagrams that carry
//! a slide position and its stamp, a newcomer's hello, how many pages an audience's screen
//! cuts a slide into, or when the talk's clock started, and never anything from the deck. A
//! reader of an older confer drops the `pages` and `clock` messages as it drops anything it
//! does not know.
//!
//! ```text
//! confer-room 1 moved <counter> <pid>-<seq> <index> <part> <0|1>
//! confer-room 1 hello <pid>-<seq>
//! confer-room 1 pages <pid>-<seq> <index> <parts>
//! confer-room 1 clock <pid>-<seq> <milliseconds since 1970>
//! ```
//!
//! Text rather than bytes so that `socat` or a log line is enough to see what happened; a
//! datagram that does not parse exactly is dropped by the reader, never half-understood.

use std::fmt;

use super::Position;

/// The first word of every datagram: a stray datagram from another program never parses.
const MAGIC: &str = "confer-room";
/// Bumped when a message changes meaning; a reader ignores versions it does not know, so an
/// old and a new confer in one room ignore each other instead of misreading each other.
const VERSION: &str = "1";
/// Longer than any valid message (about 80 bytes): a datagram that fills the reader's buffer
/// may have been cut short, and is refused rather than read from its prefix.
pub(super) const MAX_LEN: usize = 160;

/// One instance in a room: its process id, and which of that process's rooms it is, so that
/// two rooms in one process (tests, or a future split view) are still two peers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Peer {
    pub pid: u32,
    pub seq: u32,
}

impl Peer {
    /// Reads `<pid>-<seq>`, the form used in messages and socket names. Strict digits only:
    /// the result becomes part of a path, so nothing like `..` or `/` may get through.
    pub fn parse(text: &str) -> Option<Peer> {
        let (pid, seq) = text.split_once('-')?;
        Some(Peer {
            pid: digits(pid)?,
            seq: digits(seq)?,
        })
    }
}

impl fmt::Display for Peer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.pid, self.seq)
    }
}

/// When a move was made: a Lamport counter, then the peer that made it to break ties, so
/// that every instance orders any two moves the same way and ends on the same slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    pub counter: u64,
    pub by: Peer,
}

/// A message, as sent and as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// The sender's current position, made (or last followed) at `stamp`.
    Moved { stamp: Stamp, at: Position },
    /// A newcomer asks every peer where the room is; it gives its name for the answer.
    Hello { from: Peer },
    /// How many pages the sender cuts the slide `index` into at its size, so that a
    /// screen that cuts it into fewer still steps the room through every page.
    Pages {
        from: Peer,
        index: usize,
        parts: usize,
    },
    /// When the sender's talk clock started, in milliseconds since the Unix epoch: every
    /// screen keeps the earliest it hears, so the room has one clock, the first screen's.
    Clock { from: Peer, since: u64 },
}

impl Message {
    pub fn encode(&self) -> String {
        match self {
            Message::Moved { stamp, at } => format!(
                "{MAGIC} {VERSION} moved {} {} {} {} {}",
                stamp.counter,
                stamp.by,
                at.index,
                at.part,
                u8::from(at.blank)
            ),
            Message::Hello { from } => format!("{MAGIC} {VERSION} hello {from}"),
            Message::Pages { from, index, parts } => {
                format!("{MAGIC} {VERSION} pages {from} {index} {parts}")
            }
            Message::Clock { from, since } => format!("{MAGIC} {VERSION} clock {from} {since}"),
        }
    }

    /// Reads a datagram; `None` for anything that is not exactly a message of this version.
    pub fn parse(bytes: &[u8]) -> Option<Message> {
        if bytes.len() >= MAX_LEN {
            return None;
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let words: Vec<&str> = text.split(' ').collect();
        match words.as_slice() {
            [MAGIC, VERSION, "moved", counter, by, index, part, blank] => {
                let counter = digits(counter)?;
                // Counters start at 1; 0 is what a room that never moved holds.
                if counter == 0 {
                    return None;
                }
                let blank = match *blank {
                    "0" => false,
                    "1" => true,
                    _ => return None,
                };
                Some(Message::Moved {
                    stamp: Stamp {
                        counter,
                        by: Peer::parse(by)?,
                    },
                    at: Position {
                        index: digits(index)?,
                        part: digits(part)?,
                        blank,
                    },
                })
            }
            [MAGIC, VERSION, "hello", from] => Some(Message::Hello {
                from: Peer::parse(from)?,
            }),
            [MAGIC, VERSION, "pages", from, index, parts] => {
                let parts = digits(parts)?;
                // Every slide is at least one page.
                if parts == 0 {
                    return None;
                }
                Some(Message::Pages {
                    from: Peer::parse(from)?,
                    index: digits(index)?,
                    parts,
                })
            }
            [MAGIC, VERSION, "clock", from, since] => Some(Message::Clock {
                from: Peer::parse(from)?,
                since: digits(since)?,
            }),
            _ => None,
        }
    }
}

/// A number written in ASCII digits only: `str::parse` alone would take `+5`.
fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved() -> Message {
        Message::Moved {
            stamp: Stamp {
                counter: 7,
                by: Peer { pid: 4242, seq: 1 },
            },
            at: Position {
                index: 12,
                part: 2,
                blank: true,
            },
        }
    }

    #[test]
    fn messages_read_back_as_written() {
        let hello = Message::Hello {
            from: Peer { pid: 9, seq: 0 },
        };
        assert_eq!(moved().encode(), "confer-room 1 moved 7 4242-1 12 2 1");
        assert_eq!(hello.encode(), "confer-room 1 hello 9-0");
        let pages = Message::Pages {
            from: Peer { pid: 9, seq: 2 },
            index: 4,
            parts: 3,
        };
        assert_eq!(pages.encode(), "confer-room 1 pages 9-2 4 3");
        let clock = Message::Clock {
            from: Peer { pid: 9, seq: 2 },
            since: 1_796_000_000_123,
        };
        assert_eq!(clock.encode(), "confer-room 1 clock 9-2 1796000000123");
        for message in [moved(), hello, pages, clock] {
            assert_eq!(Message::parse(message.encode().as_bytes()), Some(message));
        }
    }

    #[test]
    fn anything_else_is_refused() {
        let refused: &[&[u8]] = &[
            b"",
            b"hello",
            b"confer-room 2 moved 7 4242-1 12 0 1",
            b"confer-room 1 moved 7 4242-1 12 0 1 extra",
            b"confer-room 1 moved 7 4242-1 12 1",
            b"confer-room  1 moved 7 4242-1 12 0 1",
            b"confer-room 1 moved 0 4242-1 12 0 1",
            b"confer-room 1 moved +7 4242-1 12 0 1",
            b"confer-room 1 moved 7 4242-1 -12 0 1",
            b"confer-room 1 moved 7 4242-1 12 -1 1",
            b"confer-room 1 moved 7 4242-1 12 0 2",
            b"confer-room 1 moved 99999999999999999999999 4242-1 12 0 1",
            b"confer-room 1 moved 7 4242 12 0 1",
            b"confer-room 1 hello ../../etc",
            b"confer-room 1 hello 1-2-3",
            b"confer-room 1 hello 99999999999-0",
            b"confer-room 1 hello 1-0\n",
            b"confer-room 1 moved 7 4242-1 12 \xff",
            b"confer-room 1 jump 7 4242-1 12 1",
            b"confer-room 1 pages 9-2 4 0",
            b"confer-room 1 pages 9-2 4",
            b"confer-room 1 pages 9-2 -4 3",
            b"confer-room 1 pages 9-2 4 3 1",
            b"confer-room 1 pages ../x 4 3",
            b"confer-room 1 clock 9-2",
            b"confer-room 1 clock 9-2 -5",
            b"confer-room 1 clock 9-2 12.5",
            b"confer-room 1 clock 9-2 99999999999999999999999",
        ];
        for bytes in refused {
            assert_eq!(
                Message::parse(bytes),
                None,
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
        let long = format!("confer-room 1 hello 1-{}", "0".repeat(MAX_LEN));
        assert_eq!(Message::parse(long.as_bytes()), None);
    }

    #[test]
    fn stamps_order_by_counter_then_peer() {
        let at = |counter, pid| Stamp {
            counter,
            by: Peer { pid, seq: 0 },
        };
        assert!(at(2, 1) > at(1, 9));
        assert!(at(1, 9) > at(1, 1));
        let same_pid = |seq| Stamp {
            counter: 1,
            by: Peer { pid: 5, seq },
        };
        assert!(same_pid(1) > same_pid(0));
    }
}
