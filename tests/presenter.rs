//! A talk given with two terminals: the presenter console (`--presenter`) and the audience
//! screen, each a real binary in its own pseudo-terminal. They stay on the same slide
//! whichever one moves, a latecomer joins on the current slide, a console that quits leaves
//! the audience where it was, and no note ever reaches the audience's terminal.

#[path = "common/pty.rs"]
mod pty;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

use pty::{Pty, wait_exit};

const DECK: &str = r#"format = 1

[deck]
title = { ja = "烏鎮の11年", en = "Eleven years of Wuzhen" }
editions = ["wic/2014", "wic/2025"]

[[slides]]
show = "title"
notes = { ja = "NOTE-ONE ようこそ", en = "NOTE-ONE welcome everyone" }

[[slides]]
title = { ja = "なぜ烏鎮か", en = "Why Wuzhen" }
body = { ja = "- 水郷の町\n- 2014年から毎年", en = "- a water town\n- every year since 2014" }
notes = { ja = "NOTE-TWO 運河の話", en = "NOTE-TWO mention the canals" }

[[slides]]
show = "figure"
key = "participants"
notes = { en = "NOTE-THREE about 1.6 times" }

[[slides]]
title = { ja = "質問", en = "Questions" }
notes = { en = "NOTE-FOUR thank them" }
"#;

/// A slide long enough that a small screen cuts it into several pages.
const LONG_SLIDE: &str = r#"
[[slides]]
title = { en = "Long list" }
body = { en = "- item-01\n- item-02\n- item-03\n- item-04\n- item-05\n- item-06\n- item-07\n- item-08\n- item-09\n- item-10\n- item-11\n- item-12" }
"#;

/// A talk folder (the deck) and a private runtime folder, as a login session has.
struct Talk {
    dir: tempfile::TempDir,
}

impl Talk {
    fn new() -> Talk {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("talk.toml"), DECK).unwrap();
        let runtime = dir.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
        Talk { dir }
    }

    fn deck(&self) -> String {
        self.dir.path().join("talk.toml").display().to_string()
    }

    fn runtime(&self) -> String {
        self.dir.path().join("run").display().to_string()
    }

    fn start(&self, presenter: bool) -> (Pty, std::process::Child) {
        self.start_at(presenter, 80, 24)
    }

    fn start_at(&self, presenter: bool, cols: u16, rows: u16) -> (Pty, std::process::Child) {
        let deck = self.deck();
        let mut args = vec!["present", "--deck", deck.as_str(), "--lang", "en"];
        if presenter {
            args.push("--presenter");
        }
        let runtime = self.runtime();
        Pty::spawn_with(&args, cols, rows, &[("XDG_RUNTIME_DIR", runtime.as_str())])
    }
}

/// Waits for `text` on `pty`'s screen and says how long it took from `since`.
fn arrives(pty: &Pty, text: &str, since: Instant) -> Duration {
    pty.wait_for(text);
    since.elapsed()
}

/// Waits until `text` is gone from the screen (a blanked slide).
fn leaves(pty: &Pty, text: &str) {
    let start = Instant::now();
    while pty.contents().contains(text) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{text:?} stayed on the screen:\n{}",
            pty.contents()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn console_and_audience_stay_on_the_same_slide_and_notes_stay_on_the_console() {
    let talk = Talk::new();
    let (mut audience, audience_child) = talk.start(false);
    audience.wait_for("Eleven years of Wuzhen");
    let (mut console, mut console_child) = talk.start(true);
    // The console shows the notes of the slide the audience is on, and what comes next.
    console.wait_for("NOTE-ONE welcome everyone");
    // Each waited for: a frame can reach the terminal in more than one read.
    console.wait_for("Slide 1/4");
    console.wait_for("Next: Why Wuzhen");

    let mut slowest = Duration::ZERO;
    // Next on the console moves the audience.
    let moved = Instant::now();
    console.send(" ");
    slowest = slowest.max(arrives(&audience, "Why Wuzhen", moved));
    console.wait_for("NOTE-TWO mention the canals");
    // Previous on the audience moves the console.
    let moved = Instant::now();
    audience.send("\x1b[D");
    slowest = slowest.max(arrives(&console, "NOTE-ONE welcome everyone", moved));
    audience.wait_for("Eleven years of Wuzhen");
    // A jump by number.
    let moved = Instant::now();
    console.send("3\r");
    slowest = slowest.max(arrives(&audience, "Participants", moved));
    console.wait_for("NOTE-THREE about 1.6 times");
    // Blank and back.
    console.send("b");
    leaves(&audience, "Participants");
    console.send("b");
    audience.wait_for("Participants");
    // Generous for a loaded machine; the design target is 100 ms (`--nocapture` shows it).
    eprintln!("slowest follow, key typed to the other screen showing it: {slowest:?}");
    assert!(
        slowest < Duration::from_secs(1),
        "slowest follow: {slowest:?}"
    );

    // A second audience screen started now opens on the current slide and follows too.
    let (late, late_child) = talk.start(false);
    late.wait_for("Participants");
    console.send(" ");
    audience.wait_for("Questions");
    late.wait_for("Questions");

    // The console leaves; the audience stays where it was and still moves on its own.
    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    std::thread::sleep(Duration::from_millis(200));
    assert!(audience.contents().contains("Questions"));
    audience.send("\x1b[D");
    audience.wait_for("Participants");

    for (mut pty, mut child) in [(audience, audience_child), (late, late_child)] {
        pty.send("q");
        assert_eq!(wait_exit(&mut child), 0);
        let raw = pty.raw.lock().unwrap();
        let raw = String::from_utf8_lossy(&raw);
        assert!(
            !raw.contains("NOTE-"),
            "a note reached the audience's terminal"
        );
    }
}

/// The audience's screen is small and cuts a long slide into more pages than the console
/// does: "next" on the console still shows the audience every one of them.
#[test]
fn the_console_steps_the_audience_through_every_page_of_a_long_slide() {
    let talk = Talk::new();
    let deck = DECK.replacen(
        "\n[[slides]]\nshow = \"figure\"",
        &format!("{LONG_SLIDE}\n[[slides]]\nshow = \"figure\""),
        1,
    );
    std::fs::write(talk.deck(), deck).unwrap();
    let (audience, audience_child) = talk.start_at(false, 50, 12);
    audience.wait_for("Eleven years of Wuzhen");
    let (mut console, mut console_child) = talk.start_at(true, 120, 40);
    console.wait_for("NOTE-ONE");
    console.send("3\r");
    let first = audience.wait_for("item-01");
    assert!(
        !first.contains("item-12"),
        "one page on the audience:\n{first}"
    );

    let mut seen: Vec<String> = Vec::new();
    let collect = |screen: &str, seen: &mut Vec<String>| {
        for word in screen.split_whitespace() {
            if word.starts_with("item-") && !seen.iter().any(|s| s == word) {
                seen.push(word.to_string());
            }
        }
    };
    collect(&first, &mut seen);
    let mut presses = 0;
    // Each page on the audience's screen, until the slide after the long one.
    loop {
        // The audience tells the room how it cut the slide as soon as it shows it.
        std::thread::sleep(Duration::from_millis(300));
        console.send(" ");
        presses += 1;
        std::thread::sleep(Duration::from_millis(300));
        let screen = audience.contents();
        if screen.contains("Participants") {
            break;
        }
        collect(&screen, &mut seen);
        assert!(presses < 12, "never left the long slide:\n{screen}");
    }
    assert_eq!(seen.len(), 12, "items the audience saw: {seen:?}");
    assert!(presses > 1, "the audience cut the slide into one page");

    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    let (mut audience, mut audience_child) = (audience, audience_child);
    audience.send("q");
    assert_eq!(wait_exit(&mut audience_child), 0);
}

#[test]
fn the_room_is_a_folder_only_its_user_can_open() {
    let talk = Talk::new();
    let (mut audience, mut child) = talk.start(false);
    audience.wait_for("Eleven years of Wuzhen");
    let folder = Path::new(&talk.runtime()).join("confer");
    let meta = std::fs::symlink_metadata(&folder).unwrap();
    assert!(meta.is_dir());
    assert_eq!(meta.mode() & 0o777, 0o700, "{folder:?}");
    assert_eq!(meta.uid(), rustix::process::getuid().as_raw());
    for room in std::fs::read_dir(&folder).unwrap() {
        let room = room.unwrap().metadata().unwrap();
        assert_eq!(room.mode() & 0o077, 0, "a room folder open to others");
    }
    audience.send("q");
    assert_eq!(wait_exit(&mut child), 0);
}

#[test]
fn a_room_folder_others_can_open_is_refused_with_a_clear_message() {
    let talk = Talk::new();
    let folder = Path::new(&talk.runtime()).join("confer");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (mut console, mut child) = talk.start(true);
    let shown = console.wait_for("700");
    assert!(shown.contains("confer"), "{shown}");
    console.send("q");
    let _ = wait_exit(&mut child);
}

#[test]
fn a_room_folder_others_can_open_is_refused_in_japanese_under_lang_ja() {
    let talk = Talk::new();
    let folder = Path::new(&talk.runtime()).join("confer");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let deck = talk.deck();
    let runtime = talk.runtime();
    let args = ["present", "--deck", &deck, "--lang", "ja", "--presenter"];
    // Wide, so that the message is one row of the screen.
    let (console, mut child) =
        Pty::spawn_with(&args, 400, 24, &[("XDG_RUNTIME_DIR", runtime.as_str())]);
    let shown = console.wait_for("非公開にしてください");
    assert!(
        shown.contains("ほかのユーザーも開けます（モード755）"),
        "{shown}"
    );
    assert!(!shown.contains("open to other users"), "{shown}");
    let _ = wait_exit(&mut child);
}

#[test]
fn watch_reloads_the_deck_on_the_slide_shown_and_keeps_the_last_good_one() {
    let talk = Talk::new();
    let deck = talk.deck();
    let runtime = talk.runtime();
    let args = [
        "present",
        "--deck",
        deck.as_str(),
        "--lang",
        "en",
        "--watch",
    ];
    let (mut audience, mut child) =
        Pty::spawn_with(&args, 80, 24, &[("XDG_RUNTIME_DIR", runtime.as_str())]);
    audience.wait_for("Eleven years of Wuzhen");
    audience.send(" ");
    audience.wait_for("Why Wuzhen");
    // Saved as an editor saves: a new file renamed over the old one.
    let save = |text: &str| {
        let new = talk.dir.path().join("talk.toml.new");
        std::fs::write(&new, text).unwrap();
        std::fs::rename(&new, talk.dir.path().join("talk.toml")).unwrap();
    };
    save(&DECK.replace("Why Wuzhen", "Why Wuzhen, again"));
    let shown = audience.wait_for("Why Wuzhen, again");
    assert!(shown.contains("2/4"), "still on the second slide:\n{shown}");
    // A save that breaks the deck: said in a banner, the last good deck still shown.
    save(&DECK.replace("show = \"title\"", "show = \"titel\""));
    let shown = audience.wait_for("not reloaded");
    assert!(shown.contains("talk.toml:8:8"), "{shown}");
    assert!(shown.contains("Why Wuzhen, again"), "{shown}");
    audience.send("q");
    assert_eq!(wait_exit(&mut child), 0);
}

/// Waits until the screen differs from `before` (a press moved it), and returns it.
fn changes(pty: &Pty, before: &str) -> String {
    let start = Instant::now();
    loop {
        let now = pty.contents();
        if now != before {
            // A frame may arrive in pieces: let it finish.
            std::thread::sleep(Duration::from_millis(50));
            return pty.contents();
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "a press changed nothing on the other screen:\n{now}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The projector is large and cuts a long slide into fewer pages than the console's
/// preview does: every press on the console still moves what the room sees, page by page
/// as the projector counts them, and the console says which of them the room is on.
#[test]
fn every_press_on_the_small_console_moves_the_large_projector() {
    let talk = Talk::new();
    let items: Vec<String> = (1..=70).map(|i| format!("- item-{i:02}")).collect();
    let long = format!(
        "\n[[slides]]\ntitle = {{ en = \"Long list\" }}\nbody = {{ en = \"{}\" }}\n",
        items.join("\\n")
    );
    let deck = DECK.replacen(
        "\n[[slides]]\nshow = \"figure\"",
        &format!("{long}\n[[slides]]\nshow = \"figure\""),
        1,
    );
    std::fs::write(talk.deck(), deck).unwrap();
    let (audience, audience_child) = talk.start_at(false, 120, 40);
    audience.wait_for("Eleven years of Wuzhen");
    let (mut console, mut console_child) = talk.start_at(true, 80, 24);
    console.wait_for("NOTE-ONE");
    console.send("3\r");
    let mut shown = audience.wait_for("item-01");
    let projector_pages: usize = shown
        .split("Long list (1/")
        .nth(1)
        .and_then(|rest| rest.split(')').next()?.parse().ok())
        .unwrap_or_else(|| panic!("the projector cuts the slide into pages:\n{shown}"));
    // The console counts the slide as the projector does, once the projector has said.
    console.wait_for(&format!("audience's page 1/{projector_pages}"));
    let mut presses = 0;
    while !shown.contains("Participants") {
        console.send(" ");
        presses += 1;
        shown = changes(&audience, &shown);
        assert!(presses <= projector_pages, "past the slide:\n{shown}");
        if presses < projector_pages {
            let page = format!("{}/{projector_pages}", presses + 1);
            assert!(shown.contains(&format!("Long list ({page})")), "{shown}");
            console.wait_for(&format!("audience's page {page}"));
        }
    }
    assert_eq!(presses, projector_pages, "one press a page the room sees");
    // Back from the next slide lands on the projector's last page, not the console's.
    console.send("\x1b[D");
    let shown = changes(&audience, &shown);
    let last = format!("Long list ({projector_pages}/{projector_pages})");
    assert!(shown.contains(&last), "{shown}");
    console.wait_for(&format!(
        "audience's page {projector_pages}/{projector_pages}"
    ));

    // A console that comes back says the audience's page at once, before any move.
    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    let (mut console, mut console_child) = talk.start_at(true, 80, 24);
    console.wait_for(&format!(
        "audience's page {projector_pages}/{projector_pages}"
    ));
    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    let (mut audience, mut audience_child) = (audience, audience_child);
    audience.send("q");
    assert_eq!(wait_exit(&mut audience_child), 0);
}

/// A number then Enter goes to that slide of the deck on every screen, whatever either cuts
/// into pages; a number past the end says so and moves nothing.
#[test]
fn a_slide_number_lands_on_that_slide_everywhere_and_one_past_the_end_is_said() {
    let talk = Talk::new();
    let deck = DECK.replacen(
        "\n[[slides]]\nshow = \"figure\"",
        &format!("{LONG_SLIDE}\n[[slides]]\nshow = \"figure\""),
        1,
    );
    std::fs::write(talk.deck(), deck).unwrap();
    // The audience's screen small enough to cut the long slide (the third) into pages.
    let (audience, audience_child) = talk.start_at(false, 50, 12);
    audience.wait_for("Eleven years of Wuzhen");
    let (mut console, mut console_child) = talk.start_at(true, 120, 40);
    console.wait_for("NOTE-ONE");
    // Slide 4 is the figure: after the long slide, whatever its pages.
    console.send("4\r");
    audience.wait_for("Participants");
    console.wait_for("Slide 4/5");
    console.send("99\r");
    console.wait_for("No slide 99: the deck has 5 slides");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        audience.contents().contains("Participants"),
        "nothing moved"
    );
    // And from the audience's own keys, the same numbering.
    let mut audience = audience;
    audience.send("2\r");
    audience.wait_for("Why Wuzhen");
    console.wait_for("NOTE-TWO");

    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    let mut audience_child = audience_child;
    audience.send("q");
    assert_eq!(wait_exit(&mut audience_child), 0);
}

/// Seconds of a clock as the screens write it ("1:05 elapsed"), if one is on the screen.
fn clock_seconds(screen: &str) -> Option<u64> {
    let end = screen.find(" elapsed")?;
    let start = screen[..end]
        .rfind(|c: char| !(c.is_ascii_digit() || c == ':'))
        .map_or(0, |n| n + 1);
    screen[start..end].split(':').try_fold(0, |total, part| {
        Some(total * 60 + part.parse::<u64>().ok()?)
    })
}

/// The talk has one clock: a console started later shows the time since the first screen
/// started, written as the audience's screen writes it.
#[test]
fn a_console_started_later_shows_the_talks_elapsed_time() {
    let talk = Talk::new();
    let (mut audience, mut audience_child) = talk.start_at(false, 120, 40);
    audience.wait_for("Eleven years of Wuzhen");
    audience.send("t");
    audience.wait_for(" elapsed");
    std::thread::sleep(Duration::from_millis(3200));
    let (mut console, mut console_child) = talk.start_at(true, 80, 24);
    console.wait_for(" elapsed");
    // The first screen's start arrives with the answers to the console's hello.
    let start = Instant::now();
    let console_says = loop {
        let shown = console.contents();
        match clock_seconds(&shown) {
            Some(seconds) if seconds >= 3 => break seconds,
            _ if start.elapsed() > Duration::from_secs(2) => {
                panic!("the console's clock started with it:\n{shown}")
            }
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    let audience_says = clock_seconds(&audience.contents()).unwrap();
    assert!(
        console_says.abs_diff(audience_says) <= 1,
        "console {console_says} s, audience {audience_says} s"
    );

    console.send("q");
    assert_eq!(wait_exit(&mut console_child), 0);
    audience.send("q");
    assert_eq!(wait_exit(&mut audience_child), 0);
}
