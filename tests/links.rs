//! Web addresses as a reader meets them in the explorer: in the Sources section and the
//! detail popup, at 80x24 and 120x40, in Japanese and English, every source's address is
//! whole on one line wherever it fits its column; one wider than its column is never cut
//! into a piece that looks complete; and where the terminal takes links, every glyph of an
//! address is a link (OSC 8) to the whole of it, which no byte of the content can turn into
//! an escape of its own: in the buffer, and in the bytes the real binary writes to a
//! pseudo-terminal.

mod common;
#[path = "common/pty.rs"]
mod pty;

use std::collections::BTreeSet;
use std::time::Duration;

use common::press;
use confer::content::{ContentLocation, Library};
use confer::i18n::Lang;
use confer::text::{GOES_ON, Profile, display_width};
use confer::tui::app::{App, Mode};
use confer::tui::screen::{detail_box, inside};
use confer::tui::theme::Theme;
use ratatui::buffer::CellDiffOption;

/// The explorer on the first and last editions of `location`, as `confer` opens it, in a
/// terminal with this profile.
fn explorer(location: &ContentLocation, size: (u16, u16), lang: Lang, profile: Profile) -> App {
    let mut library = Library::open(location);
    // The pair `confer` opens on.
    let (first, last) = confer::editions::indices(&library.index, &[]).unwrap();
    let shown = [first, last].map(|at| library.index.get(at).unwrap().id.clone());
    assert!(library.read(&shown).is_empty());
    App::new(library, first, last, lang, profile, Theme::Mono, size)
}

fn linking() -> Profile {
    Profile {
        hyperlinks: true,
        ..Profile::default()
    }
}

/// One cell as the terminal shows it: its glyph, and the target of the link around it.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    /// The column it starts in.
    x: u16,
    glyph: String,
    link: Option<String>,
}

/// A cell's symbol with confer's link escape taken off: `ESC]8;id=…;URI ESC\` glyph
/// `ESC]8;;ESC\`. Anything else that holds an escape fails the test.
fn shown(x: u16, symbol: &str) -> Shown {
    let Some(rest) = symbol.strip_prefix("\x1b]8;") else {
        assert!(!symbol.contains('\x1b'), "an escape in a cell: {symbol:?}");
        return Shown {
            x,
            glyph: symbol.to_string(),
            link: None,
        };
    };
    let (head, rest) = rest.split_once("\x1b\\").expect("the link's opening ends");
    let (params, uri) = head.split_once(';').expect("params ; URI");
    assert!(params.starts_with("id=confer-"), "{symbol:?}");
    let glyph = rest
        .strip_suffix("\x1b]8;;\x1b\\")
        .expect("the link closes in the same cell");
    assert!(!glyph.contains('\x1b'), "{symbol:?}");
    assert!(
        uri.bytes().all(|b| (0x21..=0x7e).contains(&b)),
        "a byte outside printable ASCII in the target: {uri:?}"
    );
    Shown {
        x,
        glyph: glyph.to_string(),
        link: Some(uri.to_string()),
    }
}

/// The screen as rows of cells, a wide glyph once (the cells it covers left out).
fn cells(app: &App) -> Vec<Vec<Shown>> {
    let (w, h) = app.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("a terminal");
    terminal
        .draw(|frame| confer::tui::draw(app, frame.buffer_mut()))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    (0..h)
        .map(|y| {
            let mut row = Vec::new();
            let mut x = 0;
            while x < w {
                let cell = &buffer[(x, y)];
                let width = match cell.diff_option {
                    CellDiffOption::ForcedWidth(forced) => forced.get(),
                    _ => u16::try_from(unicode_width::UnicodeWidthStr::width(cell.symbol()))
                        .unwrap_or(1)
                        .max(1),
                };
                row.push(shown(x, cell.symbol()));
                x += width;
            }
            row
        })
        .collect()
}

fn text(row: &[Shown]) -> String {
    row.iter().map(|c| c.glyph.as_str()).collect()
}

/// Every source's address of the two editions shown, as the Sources section lists them.
fn addresses(app: &App) -> Vec<String> {
    let (left, right) = app.sides();
    let c = confer::compare::compare(left, right);
    let mut out: Vec<String> = c
        .sources
        .0
        .iter()
        .chain(&c.sources.1)
        .filter_map(|s| s.url.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// What one pass over a view showed: its rows, and each row cut at the box edges into the
/// parts a column holds, each with the column its text starts in.
struct Seen {
    rows: BTreeSet<String>,
    parts: Vec<Vec<(u16, String)>>,
}

impl Seen {
    fn new() -> Seen {
        Seen {
            rows: BTreeSet::new(),
            parts: Vec::new(),
        }
    }

    fn add(&mut self, screen: &[Vec<Shown>]) {
        for row in screen {
            let mut parts = Vec::new();
            for part in row.split(|c| matches!(c.glyph.as_str(), "│" | "|")) {
                let text = text(part);
                if let Some(first) = part.iter().find(|c| c.glyph != " ") {
                    parts.push((first.x, text.trim().to_string()));
                }
            }
            self.parts.push(parts);
            self.rows.insert(text(row));
        }
    }

    /// Each address whole on one row where it fits `column` (label and all, or on a line of
    /// its own); wider, in pieces that each but the last say they go on, and that make the
    /// whole address again; and never, anywhere, a part of an address standing as if whole.
    fn assert_whole(&self, addresses: &[String], column: usize, what: &str) {
        let profile = Profile::default();
        for address in addresses {
            if display_width(address, &profile) <= column {
                assert!(
                    self.rows.iter().any(|row| row.contains(address.as_str())),
                    "{what}: {address} is not whole on one line (column {column})"
                );
            } else {
                assert!(
                    self.pieces_of(address),
                    "{what}: {address}, wider than the column ({column}), is not in marked pieces"
                );
            }
            for (_, part) in self.parts.iter().flatten() {
                let bare = part.rsplit(' ').next().unwrap_or(part);
                assert!(
                    !(bare.len() < address.len()
                        && bare.starts_with("http")
                        && address.starts_with(bare)),
                    "{what}: {bare:?} stands as if it were the whole of {address}"
                );
            }
        }
    }

    /// Whether `address` is shown in pieces down one column of consecutive rows.
    fn pieces_of(&self, address: &str) -> bool {
        (0..self.parts.len()).any(|start| {
            self.parts[start].iter().any(|(x, _)| {
                let mut joined = String::new();
                for row in &self.parts[start..] {
                    let Some((_, part)) = row.iter().find(|(at, _)| at == x) else {
                        return false;
                    };
                    match part.strip_suffix(GOES_ON) {
                        Some(piece) => joined.push_str(piece),
                        None => {
                            joined.push_str(part);
                            return joined == address;
                        }
                    }
                    if !address.starts_with(joined.as_str()) {
                        return false;
                    }
                }
                false
            })
        })
    }
}

/// Selects every entry of the Sources section in turn, from the first; what each step shows,
/// and, with `detail`, the detail popup of each entry scrolled to its end.
fn walk_sources(app: &mut App, detail: bool, mut look: impl FnMut(&App)) {
    press(app, "9g");
    let entries = app.view().items.len();
    assert!(entries > 0, "the Sources section lists the sources");
    for entry in 0..entries {
        if entry > 0 {
            press(app, "j");
        }
        if !detail {
            look(app);
            continue;
        }
        press(app, "\n");
        assert!(matches!(app.mode, Mode::Detail { .. }));
        look(app);
        // Scrolled to the end of what the popup holds.
        let mut scroll = 0;
        loop {
            press(app, "j");
            match app.mode {
                Mode::Detail { scroll: now } if now != scroll && now < 40 => scroll = now,
                _ => break,
            }
            look(app);
        }
        press(app, "\u{1b}");
    }
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn in_the_sources_section_every_address_is_whole_where_it_fits() {
    for size in SIZES {
        for lang in [Lang::En, Lang::Ja] {
            let mut app = explorer(&ContentLocation::BuiltIn, size, lang, Profile::default());
            let addresses = addresses(&app);
            assert!(addresses.len() > 10);
            let mut seen = Seen::new();
            walk_sources(&mut app, false, |a| seen.add(&cells(a)));
            let screen = app.screen().expect("big enough");
            let column = usize::from(screen.left.width.min(screen.right.width) - 2);
            seen.assert_whole(&addresses, column, &format!("Sources {size:?} {lang:?}"));
        }
    }
}

#[test]
fn in_the_detail_popup_every_address_is_whole_where_it_fits() {
    for size in SIZES {
        for lang in [Lang::En, Lang::Ja] {
            let mut app = explorer(&ContentLocation::BuiltIn, size, lang, Profile::default());
            let addresses = addresses(&app);
            let mut seen = Seen::new();
            walk_sources(&mut app, true, |a| seen.add(&cells(a)));
            let inner = inside(detail_box(ratatui::layout::Rect::new(0, 0, size.0, size.1)));
            let half = usize::from(inner.width.saturating_sub(3) / 2);
            seen.assert_whole(&addresses, half, &format!("detail {size:?} {lang:?}"));
        }
    }
}

/// Every glyph of an address on screen, piece or whole, is a link to the whole address;
/// the mark of a piece that goes on is not; nothing else is a link. Returns how many runs
/// of linked text there were.
fn assert_linked(screen: &[Vec<Shown>], addresses: &[String], what: &str) -> usize {
    let mut linked = 0;
    for row in screen {
        // Each character of the row with the link it is in.
        let chars: Vec<(char, Option<&str>)> = row
            .iter()
            .flat_map(|c| c.glyph.chars().map(|ch| (ch, c.link.as_deref())))
            .collect();
        let mut at = 0;
        while at < chars.len() {
            let Some(target) = chars[at].1 else {
                at += 1;
                continue;
            };
            assert!(
                addresses.iter().any(|a| a == target),
                "{what}: a link to {target}, not a source's address"
            );
            let run: String = chars[at..]
                .iter()
                .take_while(|(_, link)| *link == Some(target))
                .map(|(ch, _)| *ch)
                .collect();
            let count = run.chars().count();
            assert!(
                target.contains(run.as_str()),
                "{what}: {run:?} is linked to {target}, but is not part of it"
            );
            if !target.ends_with(run.as_str()) {
                let after = chars.get(at + count).map(|(ch, _)| ch.to_string());
                assert_eq!(
                    after.as_deref(),
                    Some(GOES_ON),
                    "{what}: the piece {run:?} of {target} does not say it goes on"
                );
            }
            linked += 1;
            at += count;
        }
        // The address's text is all linked: no part of one stands outside its link.
        let line: String = chars.iter().map(|(ch, _)| *ch).collect();
        for address in addresses {
            if let Some(byte) = line.find(address.as_str()) {
                let start = line[..byte].chars().count();
                let all = chars[start..start + address.chars().count()]
                    .iter()
                    .all(|(_, link)| *link == Some(address.as_str()));
                assert!(all, "{what}: {address} on screen but not all linked");
            }
        }
    }
    linked
}

#[test]
fn where_the_terminal_takes_links_every_address_is_one() {
    for size in SIZES {
        for lang in [Lang::En, Lang::Ja] {
            let what = format!("{size:?} {lang:?}");
            let mut app = explorer(&ContentLocation::BuiltIn, size, lang, linking());
            let addresses = addresses(&app);
            let mut links = 0;
            walk_sources(&mut app, false, |a| {
                links += assert_linked(&cells(a), &addresses, &what)
            });
            assert!(links > 10, "{what}: links in the Sources section");
            let mut links = 0;
            walk_sources(&mut app, true, |a| {
                links += assert_linked(&cells(a), &addresses, &what)
            });
            assert!(links > 10, "{what}: links in the detail popup");
            // And not where the terminal does not take them.
            let mut app = explorer(&ContentLocation::BuiltIn, size, lang, Profile::default());
            walk_sources(&mut app, false, |a| {
                assert!(cells(a).iter().flatten().all(|c| c.link.is_none()))
            });
        }
    }
}

/// A content folder whose source addresses carry what a terminal would act on, and
/// characters outside ASCII.
fn crafted(dir: &std::path::Path) -> Vec<&'static str> {
    let addresses = [
        r"https://evil.example/\u001b]0;pwned\u0007title",
        r"https://evil.example/\u001b]52;c;aGk=\u0007clip",
        r"https://evil.example/\u009b2J\u001b\\\u001b]8;;https://other.example\u001b\\",
        "https://例え.jp/世界インターネット大会",
    ];
    let series = dir.join("crafted");
    std::fs::create_dir_all(&series).unwrap();
    let mut sources = String::new();
    for (i, url) in addresses.iter().enumerate() {
        sources.push_str(&format!(
            "[[sources]]\nid = \"s{i}\"\ntitle = \"Source {i}\"\nurl = \"{url}\"\n"
        ));
    }
    std::fs::write(
        series.join("series.toml"),
        format!("format = 1\n[series]\nname = \"Crafted\"\n{sources}"),
    )
    .unwrap();
    for year in [2020, 2021] {
        let cites = (0..addresses.len())
            .map(|i| format!("\"s{i}\""))
            .collect::<Vec<_>>()
            .join(", ");
        std::fs::write(
            series.join(format!("{year}.toml")),
            format!(
                "format = 1\n[edition]\nname = \"Edition {year}\"\nyear = {year}\n\
                 start = {year}-01-01\nend = {year}-01-02\nplace = \"Z\"\nsources = [{cites}]\n"
            ),
        )
        .unwrap();
    }
    addresses.to_vec()
}

#[test]
fn a_crafted_address_never_becomes_an_escape() {
    let dir = tempfile::tempdir().unwrap();
    crafted(dir.path());
    let location = ContentLocation::Folder(dir.path().to_path_buf());
    for size in SIZES {
        let mut app = explorer(&location, size, Lang::En, linking());
        let mut targets = BTreeSet::new();
        // `shown` fails on any escape but confer's own link, and on a target byte outside
        // printable ASCII.
        walk_sources(&mut app, true, |a| {
            targets.extend(cells(a).into_iter().flatten().filter_map(|c| c.link))
        });
        assert!(
            targets.contains("https://evil.example/%E2%90%9B]0;pwned%E2%90%87title"),
            "the loader's pictures of ESC and BEL, percent-encoded: {targets:?}"
        );
        assert!(
            targets
                .iter()
                .any(|t| t.starts_with("https://%E4%BE%8B%E3%81%88.jp/")),
            "{targets:?}"
        );
    }
}

/// Every escape sequence in what a program wrote to its terminal, classified; fails on an
/// OSC that is not a link of confer's own, or one not ended by ST.
#[derive(Debug, Default)]
struct Escapes {
    /// The targets of the links opened (OSC 8 with a URI).
    links: Vec<String>,
    /// Links closed (OSC 8 ; ; ST).
    closes: usize,
}

fn escapes(raw: &[u8]) -> Escapes {
    let text = String::from_utf8_lossy(raw);
    assert!(!text.contains('\u{7}'), "a BEL reached the terminal");
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "a C1 control reached the terminal"
    );
    let mut found = Escapes::default();
    let mut rest = raw;
    while let Some(at) = rest.iter().position(|&b| b == 0x1b) {
        rest = &rest[at + 1..];
        match rest.first() {
            Some(b'[') => {
                // CSI: parameters and intermediates, then one final byte.
                let end = rest[1..]
                    .iter()
                    .position(|b| (0x40..=0x7e).contains(b))
                    .expect("a CSI that ends");
                assert!(
                    rest[1..1 + end].iter().all(|b| (0x20..=0x3f).contains(b)),
                    "a CSI with a byte that has no place in one: {:?}",
                    String::from_utf8_lossy(&rest[..end + 2])
                );
                rest = &rest[end + 2..];
            }
            Some(b']') => {
                let end = rest
                    .windows(2)
                    .position(|w| w == b"\x1b\\")
                    .expect("an OSC ended by ST");
                let body = &rest[1..end];
                assert!(
                    body.iter().all(|b| (0x20..=0x7e).contains(b)),
                    "an OSC with a byte outside printable ASCII: {:?}",
                    String::from_utf8_lossy(body)
                );
                let body = std::str::from_utf8(body).unwrap();
                let link = body
                    .strip_prefix("8;")
                    .unwrap_or_else(|| panic!("an OSC that is not a link: {body:?}"));
                let (params, uri) = link.split_once(';').expect("8 ; params ; URI");
                if uri.is_empty() {
                    assert_eq!(params, "", "a link closes with no params");
                    found.closes += 1;
                } else {
                    assert!(params.starts_with("id=confer-"), "{body:?}");
                    found.links.push(uri.to_string());
                }
                rest = &rest[end + 2..];
            }
            // Two-byte escapes crossterm writes (keypad modes, cursor save): nothing of content.
            Some(b) => {
                assert!(b"78=>()".contains(b), "ESC {:?}", char::from(*b));
                rest = &rest[1..];
            }
            None => break,
        }
    }
    found
}

/// Waits until what the program wrote has stopped growing for a moment.
fn settled(pty: &pty::Pty) -> Vec<u8> {
    let mut last = 0;
    loop {
        std::thread::sleep(Duration::from_millis(150));
        let now = pty.raw.lock().unwrap().len();
        if now == last {
            return pty.raw.lock().unwrap().clone();
        }
        last = now;
    }
}

#[test]
fn in_a_terminal_the_explorer_writes_links_only_of_confer_and_only_printable() {
    let dir = tempfile::tempdir().unwrap();
    crafted(dir.path());
    let content = dir.path().to_str().unwrap();
    let (mut pty, mut child) = pty::Pty::spawn(&["--content", content, "--lang", "en"], 100, 30);
    pty.wait_for("[1 Overview]");
    pty.send("9");
    pty.wait_for("Source 0");
    pty.send("\r");
    pty.wait_for("Detail (Esc closes)");
    let raw = settled(&pty);
    pty.send("\u{1b}");
    std::thread::sleep(Duration::from_millis(100));
    pty.send("q");
    assert_eq!(pty::wait_exit(&mut child), 0);
    let found = escapes(&raw);
    assert!(
        found
            .links
            .iter()
            .any(|uri| uri == "https://evil.example/%E2%90%9B]0;pwned%E2%90%87title"),
        "{:?}",
        found.links
    );
    assert!(
        found
            .links
            .iter()
            .any(|uri| uri.starts_with("https://%E4%BE%8B%E3%81%88.jp/"))
    );
    assert_eq!(found.links.len(), found.closes, "every link closed");
    // The screen shows the address as the loader cleaned it, not what the bytes would do.
    let screen = pty.contents();
    assert!(!screen.contains("pwned\u{7}"), "{screen}");
}

#[test]
fn turned_off_or_not_on_a_terminal_no_link_is_written() {
    let dir = tempfile::tempdir().unwrap();
    crafted(dir.path());
    let content = dir.path().to_str().unwrap();
    for (args, env) in [
        (
            &["--content", content][..],
            &[("CONFER_HYPERLINKS", "never")][..],
        ),
        (&["--content", content, "--color", "never"], &[]),
        (&["--content", content], &[("TERM", "linux")]),
    ] {
        let (mut pty, mut child) = pty::Pty::spawn_with(args, 100, 30, env);
        pty.wait_for("[1 Overview]");
        pty.send("9");
        pty.wait_for("Source 0");
        let raw = settled(&pty);
        pty.send("q");
        assert_eq!(pty::wait_exit(&mut child), 0);
        assert!(escapes(&raw).links.is_empty(), "{args:?} {env:?}");
    }
    // `confer print` to a pipe: text alone, the addresses whole.
    let run = common::confer(&["--content", content, "print", "--section", "sources"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\u{1b}'), "{:?}", run.stdout);
    assert!(run.stdout.contains("https://evil.example/␛]0;pwned␇title"));
}

#[test]
fn print_to_a_terminal_writes_each_address_whole_as_one_link() {
    let dir = tempfile::tempdir().unwrap();
    crafted(dir.path());
    let content = dir.path().to_str().unwrap();
    let args = [
        "--content",
        content,
        "print",
        "--section",
        "sources",
        "--width",
        "60",
    ];
    let (pty, mut child) = pty::Pty::spawn(&args, 60, 30);
    assert_eq!(pty::wait_exit(&mut child), 0);
    let raw = settled(&pty);
    let found = escapes(&raw);
    // Two editions citing four sources each: each address once a side, whole.
    assert_eq!(found.links.len(), 8, "{:?}", found.links);
    assert_eq!(found.closes, 8);
    assert!(
        found
            .links
            .contains(&"https://evil.example/%E2%90%9B]0;pwned%E2%90%87title".to_string())
    );
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("\x1b\\https://evil.example/␛]0;pwned␇title\x1b]8;;\x1b\\"));
}
