//! Web addresses as a reader meets them in the explorer: in the Sources section and the
//! detail popup, at 80x24 and 120x40, in Japanese and English, every source's address is
//! whole on one line wherever it fits its column; one wider than its column is never cut
//! into a piece that looks complete; and where the terminal takes links, every glyph of an
//! address is a link (OSC 8) to the whole of it, which no byte of the content can turn into
//! an escape of its own.

mod common;

use std::collections::BTreeSet;

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
    let last = library.index.len() - 1;
    let shown = [0, last].map(|at| library.index.get(at).unwrap().id.clone());
    assert!(library.read(&shown).is_empty());
    App::new(library, 0, last, lang, profile, Theme::Mono, size)
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
/// the mark of a piece that goes on is not; nothing else is a link.
fn assert_linked(screen: &[Vec<Shown>], addresses: &[String], what: &str) -> usize {
    let mut linked = 0;
    for row in screen {
        let mut x = 0;
        while x < row.len() {
            let Some(target) = &row[x].link else {
                x += 1;
                continue;
            };
            assert!(
                addresses.contains(target),
                "{what}: a link to {target}, not a source's address"
            );
            let run: String = row[x..]
                .iter()
                .take_while(|c| c.link.as_ref() == Some(target))
                .map(|c| c.glyph.as_str())
                .collect();
            assert!(
                target.contains(run.as_str()),
                "{what}: {run:?} is linked to {target}, but is not part of it"
            );
            if run.len() < target.len() {
                let after = row.get(x + run.chars().count()).map(|c| c.glyph.as_str());
                let last = target.ends_with(run.as_str());
                assert!(
                    last || after == Some(GOES_ON),
                    "{what}: the piece {run:?} of {target} does not say it goes on"
                );
            }
            linked += 1;
            x += run.chars().count();
        }
        // The address's text is all linked: no part of one stands outside its link.
        let line = text(row);
        for address in addresses {
            if let Some(at) = line.find(address.as_str()) {
                let start = line[..at].chars().count();
                let all = row[start..start + address.chars().count()]
                    .iter()
                    .all(|c| c.link.as_deref() == Some(address.as_str()));
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
