//! The shell around the explorer: a key does the same whether the reader pressed it or typed
//! it while a save settled (replayed after the reload), here on a talk's slides with another
//! screen in the room. Both go through the one dispatch, as in the event loop.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use confer::present::room::{Position, Room};
use confer::tui::app::App;
use confer::tui::shell::{Input, Shell, Surroundings};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Ample for a datagram between two rooms of one process; a bound against a hang only.
const HEARD: Duration = Duration::from_secs(5);

/// The slides of the content in a folder of their own, on an audience's screen in a room,
/// with the shell around them watching the folder; and another screen of the room.
struct Talk {
    content: tempfile::TempDir,
    _rooms: tempfile::TempDir,
    app: App,
    shell: Shell,
    other: Room,
}

impl Talk {
    fn new() -> Talk {
        let content = tempfile::tempdir().unwrap();
        common::copy_builtin(content.path());
        // The room's folder and the deck it is named after, out of the content folder.
        let rooms = tempfile::tempdir().unwrap();
        let private = rooms.path().join("p");
        let deck = rooms.path().join("talk.toml");
        std::fs::write(&deck, "").unwrap();
        let mut app = common::folder_app(content.path());
        let asked = app.present(&[], true);
        // What the room hears is left unhandled here, as when a key comes before the loop has
        // got to the news: the key itself asks the room what the others cut into pages.
        let mut room = Room::join_in(&private, &deck).unwrap();
        room.listen(|_| {}).unwrap();
        let mut other = Room::join_in(&private, &deck).unwrap();
        other.listen(|_| {}).unwrap();
        let mut shell = Shell::new(Surroundings {
            content: Some(PathBuf::from(content.path())),
            deck: None,
            room: Some(room),
        });
        shell.perform(&mut app, asked);
        shell.settle(&mut app);
        Talk {
            content,
            _rooms: rooms,
            app,
            shell,
            other,
        }
    }

    /// Keys pressed while an author's save settles: the shell reads the folder again once
    /// the burst is over, then replays them.
    fn save_and_type(&mut self, keys: &str) {
        let file = self.content.path().join("wic/2019.toml");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, format!("{text}\n# saved\n")).unwrap();
        let send = self.shell.sender();
        send.send(Input::ContentChanged).unwrap();
        for c in keys.chars() {
            send.send(Input::Terminal(key(c))).unwrap();
        }
        let generation = self.app.generation;
        let input = self.shell.next(None).unwrap();
        self.shell.handle(&mut self.app, input);
        self.shell.settle(&mut self.app);
        assert_eq!(self.app.generation, generation + 1, "the save was read");
    }

    fn press(&mut self, keys: &str) {
        for c in keys.chars() {
            self.shell.event(&mut self.app, &key(c));
        }
        self.shell.settle(&mut self.app);
    }

    fn place(&self) -> Position {
        self.app.deck().unwrap().place()
    }

    /// The slide on screen and how many pages this screen cuts it into.
    fn pages_here(&self) -> (usize, usize) {
        let deck = self.app.deck().unwrap();
        (deck.place().index, deck.page().unwrap().parts)
    }
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// Waits until `room` has heard that another screen cuts slide `slide` into `pages` pages.
fn hears(room: &Room, (slide, pages): (usize, usize)) {
    let deadline = Instant::now() + HEARD;
    while !room.pages_elsewhere().contains(&(slide, pages)) {
        assert!(
            Instant::now() < deadline,
            "slide {slide} in {pages} pages not heard: {:?}",
            room.pages_elsewhere()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_key_replayed_after_a_save_tells_the_room_its_pages_as_a_pressed_one_does() {
    let mut talk = Talk::new();
    talk.press("l");
    let pressed = talk.pages_here();
    assert_eq!(pressed.0, 1);
    hears(&talk.other, pressed);

    talk.save_and_type("l");
    let replayed = talk.pages_here();
    assert_eq!(replayed.0, 2);
    hears(&talk.other, replayed);
}

#[test]
fn a_key_replayed_after_a_save_steps_through_the_pages_another_screen_cuts_a_slide_into() {
    let mut talk = Talk::new();
    let deck = talk.app.deck().unwrap();
    assert_eq!(deck.page_of_slide(2).unwrap().parts, 1, "one page here");
    // The other screen, smaller, cuts slide 1 into three pages.
    talk.other.pages(1, 3).unwrap();
    let room = talk.shell.room().unwrap();
    hears(room, (1, 3));

    talk.save_and_type("ll");
    // The second press shows the room's second page of slide 1, not slide 2.
    assert_eq!(
        talk.place(),
        Position {
            index: 1,
            part: 1,
            blank: false
        }
    );
}
