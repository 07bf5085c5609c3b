//! The presenter's room as the app will use it: instances of one deck in one process (each
//! `Room` is its own peer), each listening into a channel as an event loop would.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant, SystemTime};

use confer::present::room::{Heard, News, Position, Room};

/// The promise: a peer follows within this.
const FOLLOW: Duration = Duration::from_millis(100);
/// How long to wait before concluding that nothing will come.
const QUIET: Duration = Duration::from_millis(200);

/// A folder of its own under the temporary folder, removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("confer-rt-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// The folder the rooms are made in, as `$XDG_RUNTIME_DIR/confer` would be.
    fn private(&self) -> PathBuf {
        self.0.join("p")
    }

    fn deck(&self, name: &str) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, "[deck]\n").unwrap();
        path
    }

    fn join(&self, deck: &Path) -> (Room, Receiver<Heard>) {
        let mut room = Room::join_in(&self.private(), deck).unwrap();
        let (tx, rx) = channel();
        room.listen(move |news| {
            if let News::Moved(heard) = news {
                let _ = tx.send(heard);
            }
        })
        .unwrap();
        (room, rx)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn at(index: usize) -> Position {
    Position {
        index,
        part: 0,
        blank: false,
    }
}

/// The next move followed, as the app would: it must come within `FOLLOW`. What `follow`
/// refuses is skipped, as the app skips it: a peer that answers a hello just after a move
/// sends that move twice, and the copy that comes second is rightly not newer.
fn follows(room: &Room, heard: &Receiver<Heard>) -> Position {
    let deadline = Instant::now() + FOLLOW;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let heard = heard
            .recv_timeout(left)
            .expect("a newer move within 100 ms");
        if let Some(position) = room.follow(heard) {
            return position;
        }
    }
}

fn silent(heard: &Receiver<Heard>) {
    match heard.recv_timeout(QUIET) {
        Err(RecvTimeoutError::Timeout) => {}
        other => panic!("expected nothing, heard {other:?}"),
    }
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_folders_are_made_private() {
    let scratch = Scratch::new();
    let room = Room::join_in(&scratch.private(), &scratch.deck("talk.toml")).unwrap();
    assert_eq!(mode(&scratch.private()), 0o700);
    let room_folder = room.socket().parent().unwrap();
    assert_eq!(room_folder.parent(), Some(scratch.private().as_path()));
    assert_eq!(mode(room_folder), 0o700);
}

#[test]
fn a_folder_others_can_enter_is_refused() {
    let scratch = Scratch::new();
    fs::create_dir(scratch.private()).unwrap();
    fs::set_permissions(scratch.private(), fs::Permissions::from_mode(0o755)).unwrap();
    let error = Room::join_in(&scratch.private(), &scratch.deck("talk.toml"))
        .err()
        .expect("refused");
    let message = error.to_string();
    assert!(
        message.contains(&scratch.private().display().to_string()),
        "{message}"
    );
    assert!(message.contains("chmod 700"), "{message}");
    assert_eq!(mode(&scratch.private()), 0o755, "left as it was");
}

#[test]
fn a_folder_of_another_user_is_refused() {
    // Only root can give a folder away; as anyone else this case cannot be set up.
    if rustix::process::getuid().as_raw() != 0 {
        return;
    }
    let scratch = Scratch::new();
    fs::create_dir(scratch.private()).unwrap();
    fs::set_permissions(scratch.private(), fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::chown(scratch.private(), Some(1), None).unwrap();
    let error = Room::join_in(&scratch.private(), &scratch.deck("talk.toml"))
        .err()
        .expect("refused");
    let message = error.to_string();
    assert!(
        message.contains(&scratch.private().display().to_string()),
        "{message}"
    );
    assert!(message.contains("belongs to user 1"), "{message}");
}

#[test]
fn a_symlink_in_place_of_the_folder_is_refused() {
    let scratch = Scratch::new();
    let elsewhere = scratch.0.join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::set_permissions(&elsewhere, fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::symlink(&elsewhere, scratch.private()).unwrap();
    let error = Room::join_in(&scratch.private(), &scratch.deck("talk.toml"))
        .err()
        .expect("refused");
    let message = error.to_string();
    assert!(
        message.contains(&scratch.private().display().to_string()),
        "{message}"
    );
    assert!(message.contains("symbolic link"), "{message}");
    assert_eq!(
        fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing made there"
    );
}

#[test]
fn a_move_reaches_the_other_instance_both_ways_and_blank_too() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, console_heard) = scratch.join(&deck);
    let (audience, audience_heard) = scratch.join(&deck);
    console.moved(at(3)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(3));
    let blank = Position {
        index: 3,
        part: 0,
        blank: true,
    };
    console.moved(blank).unwrap();
    assert_eq!(follows(&audience, &audience_heard), blank);
    // The audience screen's own keys move the console as well.
    audience.moved(at(2)).unwrap();
    assert_eq!(follows(&console, &console_heard), at(2));
}

#[test]
fn a_third_instance_follows_too() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _) = scratch.join(&deck);
    let (first, first_heard) = scratch.join(&deck);
    let (second, second_heard) = scratch.join(&deck);
    for index in [1, 2, 7] {
        console.moved(at(index)).unwrap();
        assert_eq!(follows(&first, &first_heard), at(index));
        assert_eq!(follows(&second, &second_heard), at(index));
    }
}

#[test]
fn a_followed_move_is_not_echoed() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, console_heard) = scratch.join(&deck);
    let (audience, audience_heard) = scratch.join(&deck);
    console.moved(at(5)).unwrap();
    let followed = follows(&audience, &audience_heard);
    // Even an app that reports every change of slide as a move sends nothing back.
    audience.moved(followed).unwrap();
    silent(&console_heard);
}

#[test]
fn moves_made_at_once_end_on_the_same_slide() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (a, a_heard) = scratch.join(&deck);
    let (b, b_heard) = scratch.join(&deck);
    for round in 0..5 {
        let (mut a_shows, mut b_shows) = (at(round * 2), at(round * 2 + 1));
        a.moved(a_shows).unwrap();
        b.moved(b_shows).unwrap();
        // Each hears the other's move, unless it already knows it is older than its own.
        for (room, heard, shows) in [(&a, &a_heard, &mut a_shows), (&b, &b_heard, &mut b_shows)] {
            while let Ok(heard) = heard.recv_timeout(QUIET) {
                if let Some(position) = room.follow(heard) {
                    *shows = position;
                }
            }
        }
        assert_eq!(a_shows, b_shows, "round {round}");
    }
}

#[test]
fn a_newcomer_lands_on_the_current_slide() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _) = scratch.join(&deck);
    let here = Position {
        index: 4,
        part: 0,
        blank: true,
    };
    console.moved(here).unwrap();
    let (audience, audience_heard) = scratch.join(&deck);
    assert_eq!(follows(&audience, &audience_heard), here);
}

#[test]
fn a_room_that_never_moved_does_not_answer() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (_audience, _) = scratch.join(&deck);
    let (_console, console_heard) = scratch.join(&deck);
    silent(&console_heard);
}

#[test]
fn a_console_that_quits_can_come_back() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (audience, audience_heard) = scratch.join(&deck);
    let (console, _) = scratch.join(&deck);
    console.moved(at(6)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(6));
    drop(console);
    silent(&audience_heard);
    let (console, console_heard) = scratch.join(&deck);
    assert_eq!(follows(&console, &console_heard), at(6));
    // Having followed, its next move is newer than the one the audience shows.
    console.moved(at(7)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(7));
}

#[test]
fn leaving_removes_the_socket() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (listening, _) = scratch.join(&deck);
    let quiet = Room::join_in(&scratch.private(), &deck).unwrap();
    let sockets = [listening.socket().to_owned(), quiet.socket().to_owned()];
    assert!(sockets.iter().all(|socket| socket.exists()));
    drop(listening);
    drop(quiet);
    assert!(sockets.iter().all(|socket| !socket.exists()));
}

#[test]
fn a_dead_peers_socket_is_removed_on_the_next_move() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _) = scratch.join(&deck);
    let room_folder = console.socket().parent().unwrap().to_owned();
    // A process that died without leaving: its socket file stays, nobody reads it.
    let dead = room_folder.join("999999-0.sock");
    drop(UnixDatagram::bind(&dead).unwrap());
    let other = room_folder.join("notes.txt");
    fs::write(&other, "not a peer").unwrap();
    console.moved(at(1)).unwrap();
    assert!(!dead.exists());
    assert!(other.exists(), "files that are not peers are left alone");
}

#[test]
fn garbage_is_ignored() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _) = scratch.join(&deck);
    let (audience, audience_heard) = scratch.join(&deck);
    let stranger = UnixDatagram::unbound().unwrap();
    let garbage: &[&[u8]] = &[
        b"",
        b"\xff\xfe\x00",
        b"next",
        b"confer-room 1 moved",
        b"confer-room 9 moved 100 1-0 3 0",
        b"confer-room 1 moved 100 1-0 3 yes",
        b"confer-room 1 moved 100 1-0 99999999999999999999999 0",
        b"confer-room 1 hello ../../x",
        &[b'x'; 4000],
    ];
    for bytes in garbage {
        stranger.send_to(bytes, audience.socket()).unwrap();
    }
    silent(&audience_heard);
    console.moved(at(2)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(2));
}

/// The probe's datagram, into every screen of the room: the largest counter, from the
/// largest peer. A Lamport counter that takes it can never be passed, and the tie is lost.
#[test]
fn one_datagram_stamped_beyond_every_counter_cannot_pin_the_room() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, console_heard) = scratch.join(&deck);
    let (audience, audience_heard) = scratch.join(&deck);
    console.moved(at(1)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(1));
    let probe = b"confer-room 1 moved 18446744073709551615 4294967295-4294967295 9 0 0";
    let stranger = UnixDatagram::unbound().unwrap();
    for screen in [&console, &audience] {
        stranger.send_to(probe, screen.socket()).unwrap();
    }
    // Each screen does with whatever it is handed what the app does.
    for (room, heard) in [(&console, &console_heard), (&audience, &audience_heard)] {
        while let Ok(heard) = heard.recv_timeout(QUIET) {
            room.follow(heard);
        }
    }
    // A normal move from another screen is followed, both ways.
    console.moved(at(2)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(2));
    audience.moved(at(3)).unwrap();
    assert_eq!(follows(&console, &console_heard), at(3));
}

#[test]
fn the_rooms_of_two_decks_do_not_hear_each_other() {
    let scratch = Scratch::new();
    let (one, _) = scratch.join(&scratch.deck("one.toml"));
    let (_two, two_heard) = scratch.join(&scratch.deck("two.toml"));
    one.moved(at(3)).unwrap();
    silent(&two_heard);
}

#[test]
fn one_deck_by_another_path_is_the_same_room() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _) = scratch.join(&deck);
    fs::create_dir(scratch.0.join("sub")).unwrap();
    let roundabout = scratch.0.join("sub").join("..").join("talk.toml");
    let (audience, audience_heard) = scratch.join(&roundabout);
    console.moved(at(8)).unwrap();
    assert_eq!(follows(&audience, &audience_heard), at(8));
}

/// Polls until `pages_elsewhere` says what is expected, within `FOLLOW`.
fn pages_become(room: &Room, expected: &[(usize, usize)]) {
    let deadline = Instant::now() + FOLLOW;
    while room.pages_elsewhere() != expected {
        assert!(
            Instant::now() < deadline,
            "{:?} within 100 ms, not {:?}",
            expected,
            room.pages_elsewhere()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn each_screen_hears_how_many_pages_the_others_cut_a_slide_into() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (console, _console_heard) = scratch.join(&deck);
    let (audience, _audience_heard) = scratch.join(&deck);
    audience.pages(2, 3).unwrap();
    audience.pages(4, 1).unwrap();
    pages_become(&console, &[(2, 3), (4, 1)]);
    assert_eq!(
        audience.pages_elsewhere(),
        [],
        "its own pages are not another's"
    );

    // A second audience screen, larger, cuts slide 2 into fewer: the most counts.
    let (large, _large_heard) = scratch.join(&deck);
    large.pages(2, 2).unwrap();
    pages_become(&console, &[(2, 3), (4, 1)]);
    // A newcomer hears what the others last told.
    let (late, _late_heard) = scratch.join(&deck);
    pages_become(&late, &[(2, 2), (4, 1)]);

    // A screen that left is forgotten at the next move.
    drop(audience);
    console.moved(at(2)).unwrap();
    assert_eq!(console.pages_elsewhere(), [(2, 2)]);
}

#[test]
fn the_talk_has_one_clock_the_first_screens() {
    let scratch = Scratch::new();
    let deck = scratch.deck("talk.toml");
    let (first, _) = scratch.join(&deck);
    std::thread::sleep(Duration::from_millis(30));
    let mut late = Room::join_in(&scratch.private(), &deck).unwrap();
    let (tx, rx) = channel();
    late.listen(move |news| {
        if let News::Clock(since) = news {
            let _ = tx.send(since);
        }
    })
    .unwrap();
    // The first screen answers the newcomer's hello with its start, 30 ms earlier.
    let since = rx
        .recv_timeout(FOLLOW)
        .expect("the talk's start within 100 ms");
    assert_eq!(since, first.since());
    assert_eq!(late.since(), first.since());
    // The first keeps its own: the newcomer's start is later.
    std::thread::sleep(QUIET);
    assert!(first.since() < SystemTime::now() - Duration::from_millis(30));
    assert_eq!(first.since(), since);
}
