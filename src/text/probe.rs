//! Asking the terminal how wide it draws the characters terminals disagree on: print a
//! sample, ask for the cursor position (ESC [ 6 n), read the column. Before the first frame.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use super::profile::{AmbiguousWidth, EmojiSequences, Profile, Vs16};

/// How long the whole probe may wait for answers before falling back to the defaults.
pub const PROBE_TIMEOUT: Duration = Duration::from_millis(100);

/// The samples, and what each decides.
const AMBIGUOUS: &str = "①";
const BOX_DRAWING: &str = "─";
const ZWJ_SEQUENCE: &str = "👨\u{200d}👩\u{200d}👧";
const VS16_EMOJI: &str = "❤\u{fe0f}";

/// A terminal that can be written to and read from with a deadline.
pub trait Terminal {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Reads what is available, waiting at most `timeout`; `Ok(0)` when nothing came.
    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize>;
}

/// Measures the terminal; whatever is not answered in time keeps the default.
pub fn probe(terminal: &mut dyn Terminal, timeout: Duration) -> Profile {
    probe_while(terminal, timeout, || ())
}

/// Measures the terminal, doing `meanwhile` while the questions travel: the terminal answers
/// while this thread works (the explorer reads the editions it shows), with no second thread
/// to compete with the terminal for a core. Answers that came during `meanwhile` are taken
/// even when it outlasted `timeout`; only the waiting afterwards is bounded by it.
pub fn probe_while(
    terminal: &mut dyn Terminal,
    timeout: Duration,
    meanwhile: impl FnOnce(),
) -> Profile {
    let deadline = Instant::now() + timeout;
    // Every sample at once, each followed by its question and a wiped line: a terminal
    // answers in order, so one round trip measures all four rather than four in turn.
    let samples = [AMBIGUOUS, BOX_DRAWING, ZWJ_SEQUENCE, VS16_EMOJI];
    let ask: String = samples
        .iter()
        .map(|sample| format!("\r{sample}\x1b[6n\r\x1b[2K"))
        .collect();
    if terminal.write_all(ask.as_bytes()).is_err() {
        meanwhile();
        return Profile::default();
    }
    meanwhile();
    let widths = read_columns(terminal, samples.len(), deadline);
    let width = |k: usize| widths.get(k).map(|column| column.saturating_sub(1));
    let mut profile = Profile::default();
    let wide = |w: usize| {
        if w >= 2 {
            AmbiguousWidth::Wide
        } else {
            AmbiguousWidth::Narrow
        }
    };
    if let Some(w) = width(0) {
        profile.ambiguous = wide(w);
    }
    if let Some(w) = width(1) {
        profile.box_drawing = wide(w);
    }
    if let Some(w) = width(2) {
        profile.emoji_sequences = if w > 2 {
            EmojiSequences::Apart
        } else {
            EmojiSequences::Joined
        };
    }
    if let Some(w) = width(3) {
        profile.vs16 = if w >= 2 { Vs16::Wide } else { Vs16::Narrow };
    }
    profile
}

/// Reads until `count` cursor position reports have arrived or the deadline passes; the
/// columns of those that came, in order.
fn read_columns(terminal: &mut dyn Terminal, count: usize, deadline: Instant) -> Vec<usize> {
    let mut answer = Vec::new();
    let mut buf = [0u8; 256];
    loop {
        let reports = position_reports(&answer);
        if reports.len() >= count {
            return reports.into_iter().map(|(_, column)| column).collect();
        }
        // Past the deadline, what has already come is still read (without waiting).
        let left = deadline.saturating_duration_since(Instant::now());
        match terminal.read_timeout(&mut buf, left) {
            Ok(n) if n > 0 => answer.extend_from_slice(&buf[..n]),
            _ => return reports.into_iter().map(|(_, column)| column).collect(),
        }
    }
}

/// Every complete `ESC [ row ; column R` in `bytes`, in order, ignoring anything around
/// them (keys typed while the probe ran).
fn position_reports(bytes: &[u8]) -> Vec<(usize, usize)> {
    let text = String::from_utf8_lossy(bytes);
    text.match_indices("\x1b[")
        .filter_map(|(start, _)| {
            let rest = &text[start + 2..];
            let end = rest.find('R')?;
            let (row, column) = rest[..end].split_once(';')?;
            Some((row.parse().ok()?, column.parse().ok()?))
        })
        .collect()
}

/// The last complete `ESC [ row ; column R` in `bytes`, ignoring anything around it
/// (keys typed while the probe ran).
pub fn parse_position_report(bytes: &[u8]) -> Option<(usize, usize)> {
    position_reports(bytes).last().copied()
}

/// The real terminal: standard output, and standard input in raw mode.
pub struct Tty;

impl Terminal for Tty {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()
    }

    fn read_timeout(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize> {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let stdin = rustix::stdio::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = Timespec::try_from(timeout).map_err(io::Error::other)?;
        if poll(&mut fds, Some(&timeout))? == 0 {
            return Ok(0);
        }
        Ok(rustix::io::read(stdin, buf)?)
    }
}

/// Probes the real terminal in raw mode (restored before returning). Only when both
/// standard input and output are a terminal; otherwise the defaults.
pub fn probe_tty() -> Profile {
    probe_tty_while(|| ())
}

/// `probe_tty`, doing `meanwhile` while the terminal answers (see `probe_while`); it runs
/// exactly once, whether or not there is a terminal to probe.
pub fn probe_tty_while(meanwhile: impl FnOnce()) -> Profile {
    use std::io::IsTerminal;
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        meanwhile();
        return Profile::default();
    }
    let was_raw = crossterm::terminal::is_raw_mode_enabled().unwrap_or(false);
    if !was_raw && crossterm::terminal::enable_raw_mode().is_err() {
        meanwhile();
        return Profile::default();
    }
    let mut profile = probe_while(&mut Tty, PROBE_TIMEOUT, meanwhile);
    if !was_raw {
        let _ = crossterm::terminal::disable_raw_mode();
    }
    if in_multiplexer(|name| std::env::var_os(name).is_some()) {
        profile = for_multiplexer(profile);
    }
    profile
}

/// Inside tmux or screen, what the probe measures is the multiplexer's own grid: tmux 3.3
/// answers two columns for 👨‍👩‍👧, but it passes the whole sequence on to the terminal it
/// runs in, which may draw it six columns wide. Drawing sequences as their parts, and VS16
/// emoji as their base, puts the same cells on every screen along the way.
pub fn for_multiplexer(profile: Profile) -> Profile {
    Profile {
        emoji_sequences: EmojiSequences::Apart,
        vs16: Vs16::Narrow,
        ..profile
    }
}

fn in_multiplexer(is_set: impl Fn(&str) -> bool) -> bool {
    is_set("TMUX") || is_set("STY")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::width::display_width;

    /// A terminal that draws text with the widths of `drawn_as` and answers position queries.
    struct FakeTerminal {
        drawn_as: Profile,
        column: usize,
        pending: Vec<u8>,
        answers: bool,
    }

    impl Terminal for FakeTerminal {
        fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
            let text = String::from_utf8_lossy(bytes).into_owned();
            for part in text.split_inclusive("\x1b[6n") {
                let (printed, asks) = match part.strip_suffix("\x1b[6n") {
                    Some(printed) => (printed, true),
                    None => (part, false),
                };
                let printed = printed.replace("\x1b[2K", "");
                for piece in printed.split('\r').enumerate() {
                    if piece.0 > 0 {
                        self.column = 1;
                    }
                    self.column += display_width(piece.1, &self.drawn_as);
                }
                if asks && self.answers {
                    self.pending
                        .extend(format!("x\x1b[7;{}R", self.column).bytes());
                }
            }
            Ok(())
        }

        fn read_timeout(&mut self, buf: &mut [u8], _: Duration) -> io::Result<usize> {
            let n = self.pending.len().min(buf.len());
            buf[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            Ok(n)
        }
    }

    fn terminal(drawn_as: Profile, answers: bool) -> FakeTerminal {
        FakeTerminal {
            drawn_as,
            column: 1,
            pending: Vec::new(),
            answers,
        }
    }

    #[test]
    fn the_probe_measures_every_behaviour() {
        let tmux_wide = Profile {
            emoji_sequences: EmojiSequences::Apart,
            vs16: Vs16::Narrow,
            ..Profile::ambiguous_wide()
        };
        for drawn_as in [
            Profile::default(),
            tmux_wide,
            Profile {
                box_drawing: AmbiguousWidth::Wide,
                ..Profile::default()
            },
        ] {
            assert_eq!(
                probe(&mut terminal(drawn_as, true), PROBE_TIMEOUT),
                drawn_as
            );
        }
    }

    #[test]
    fn a_silent_terminal_gets_the_defaults() {
        let silent = terminal(Profile::ambiguous_wide(), false);
        assert_eq!(
            probe(&mut { silent }, Duration::from_millis(5)),
            Profile::default()
        );
    }

    #[test]
    fn inside_tmux_sequences_are_drawn_apart() {
        assert!(in_multiplexer(|n| n == "TMUX") && in_multiplexer(|n| n == "STY"));
        assert!(!in_multiplexer(|_| false));
        let p = for_multiplexer(Profile::ambiguous_wide());
        assert_eq!(
            (p.emoji_sequences, p.vs16, p.ambiguous),
            (EmojiSequences::Apart, Vs16::Narrow, AmbiguousWidth::Wide)
        );
    }

    #[test]
    fn all_four_questions_are_asked_in_one_write() {
        let mut t = terminal(Profile::ambiguous_wide(), true);
        struct Counting<'a>(&'a mut FakeTerminal, usize);
        impl Terminal for Counting<'_> {
            fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
                self.1 += 1;
                self.0.write_all(bytes)
            }
            fn read_timeout(&mut self, buf: &mut [u8], t: Duration) -> io::Result<usize> {
                self.0.read_timeout(buf, t)
            }
        }
        let mut counting = Counting(&mut t, 0);
        let profile = probe(&mut counting, PROBE_TIMEOUT);
        assert_eq!(counting.1, 1, "one round trip");
        assert_eq!(profile, Profile::ambiguous_wide());
        assert_eq!(
            position_reports(b"\x1b[1;3Rj\x1b[1;2R\x1b[1;"),
            vec![(1, 3), (1, 2)]
        );
    }

    #[test]
    fn work_done_while_the_terminal_answers_comes_between_asking_and_reading() {
        // A terminal whose answers arrive only once the work has started, and a work that
        // outlasts the time allowed for answers: the answers are still taken, not dropped.
        struct Late<'a>(&'a mut FakeTerminal, &'a std::cell::Cell<bool>);
        impl Terminal for Late<'_> {
            fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
                self.0.write_all(bytes)
            }
            fn read_timeout(&mut self, buf: &mut [u8], t: Duration) -> io::Result<usize> {
                assert!(self.1.get(), "read only after the work was done");
                self.0.read_timeout(buf, t)
            }
        }
        let worked = std::cell::Cell::new(false);
        let mut t = terminal(Profile::ambiguous_wide(), true);
        let timeout = Duration::from_millis(5);
        let profile = probe_while(&mut Late(&mut t, &worked), timeout, || {
            std::thread::sleep(timeout * 4);
            worked.set(true);
        });
        assert!(worked.get());
        assert_eq!(profile, Profile::ambiguous_wide());
        let mut ran = 0;
        let silent = terminal(Profile::ambiguous_wide(), false);
        let defaults = probe_while(&mut { silent }, timeout, || ran += 1);
        assert_eq!((defaults, ran), (Profile::default(), 1));
    }

    #[test]
    fn position_reports_are_found_among_other_input() {
        assert_eq!(parse_position_report(b"\x1b[12;40R"), Some((12, 40)));
        assert_eq!(parse_position_report(b"jk\x1b[1;3R"), Some((1, 3)));
        assert_eq!(parse_position_report(b"\x1b[A"), None);
        assert_eq!(parse_position_report(b"\x1b[1;"), None);
    }
}
