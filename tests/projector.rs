//! The projector theme drawn: the explorer at 80x24 and 120x40 and every slide, each cell
//! in the Okabe–Ito palette on black, nothing dim, wider margins than the dark theme, and
//! nothing cut off by them.

mod common;

use common::{press, screen};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::tui::app::{Action, App};
use confer::tui::theme::{Theme, okabe_ito};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

fn drawn(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    confer::tui::draw(app, &mut buf);
    buf
}

/// Every cell's colours from the palette (so none left to the terminal), and none dim.
fn assert_projected(buf: &Buffer, what: &str) {
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert!(
                okabe_ito::ALL.contains(&cell.fg) && okabe_ito::ALL.contains(&cell.bg),
                "{what}: ({x}, {y}) {:?} on {:?}",
                cell.fg,
                cell.bg
            );
            assert!(!cell.modifier.contains(Modifier::DIM), "{what}: ({x}, {y})");
        }
    }
}

/// The first column and the first row with anything on them.
fn ink_from(buf: &Buffer) -> (u16, u16) {
    let inked = |x: u16, y: u16| buf[(x, y)].symbol() != " ";
    let (w, h) = (buf.area.width, buf.area.height);
    let x = (0..w).find(|&x| (0..h).any(|y| inked(x, y)));
    let y = (0..h).find(|&y| (0..w).any(|x| inked(x, y)));
    (x.unwrap_or(w), y.unwrap_or(h))
}

#[test]
fn explorer_in_palette_with_margins_and_whole_boxes() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = common::builtin_app((w, h), Lang::En, Theme::Projector);
        let dark = common::builtin_app((w, h), Lang::En, Theme::Dark);
        let (px, py) = ink_from(&drawn(&a));
        let (dx, dy) = ink_from(&drawn(&dark));
        assert!(
            px > dx && py > dy,
            "{w}x{h}: ({px}, {py}) against ({dx}, {dy})"
        );

        let screen_of = a.screen().unwrap();
        let set = a.profile.border_set();
        for section in Section::ALL {
            a.update(Action::Section(section));
            let what = format!("{w}x{h} {section:?}");
            let buf = drawn(&a);
            assert_projected(&buf, &what);
            // Both panes' boxes whole, side by side on the same rows when not stacked.
            for pane in [screen_of.left, screen_of.right] {
                let (r, b) = (pane.right() - 1, pane.bottom() - 1);
                let corners = [(pane.x, pane.y), (r, pane.y), (pane.x, b), (r, b)];
                let want = [
                    set.top_left,
                    set.top_right,
                    set.bottom_left,
                    set.bottom_right,
                ];
                for ((x, y), corner) in corners.into_iter().zip(want) {
                    assert_eq!(buf[(x, y)].symbol(), corner, "{what} at ({x}, {y})");
                }
                assert!(r < w - 1 && b < h - 1, "{what}: a pane in the margin");
            }
            if !screen_of.stacked {
                assert_eq!(screen_of.left.y, screen_of.right.y);
            }
            let shown = screen(&a);
            let (left, right) = a.sides();
            for label in [left, right].map(|s| s.edition.label_or_name().get("en")) {
                assert!(shown.contains(label), "{what}: {label} cut off\n{shown}");
            }
            assert!(shown.lines().all(|l| l.width() <= usize::from(w)));
        }
        // The series view, a search, the detail and the keys over it.
        for keys in ["0", "4/son\n", "\n", "?"] {
            press(&mut a, keys);
            assert_projected(&drawn(&a), &format!("{w}x{h} after {keys:?}"));
        }
    }
}

#[test]
fn a_click_on_a_tab_lands_where_the_margins_put_it() {
    let mut a = common::builtin_app((120, 40), Lang::En, Theme::Projector);
    let tabs = a.screen().unwrap().tabs;
    let row = screen(&a)
        .lines()
        .nth(usize::from(tabs.y))
        .unwrap()
        .to_string();
    // The margins leave too little room to name every tab: the others show their key.
    let x = row.find(" 7 ").expect(&row) as u16 + 1;
    a.update(Action::Click(x, tabs.y));
    assert_eq!(a.section, Section::Timeline);
}

fn presenting(size: (u16, u16), theme: Theme) -> App {
    let mut a = common::builtin_app(size, Lang::En, theme);
    let asked = a.present(&[], true);
    common::perform(&mut a, asked);
    a
}

#[test]
fn every_slide_in_palette_with_wider_margins_and_its_counter() {
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let mut a = presenting((w, h), Theme::Projector);
        let mut dark = presenting((w, h), Theme::Dark);
        let count = a.deck().unwrap().pages.len();
        for i in 0..count {
            let what = format!("{w}x{h} slide {}", i + 1);
            let buf = drawn(&a);
            assert_projected(&buf, &what);
            let (px, py) = ink_from(&buf);
            let (dx, dy) = ink_from(&drawn(&dark));
            assert!(
                px > dx && py > dy,
                "{what}: ({px}, {py}) against ({dx}, {dy})"
            );
            let shown = screen(&a);
            // The counter is the deck's slide, whatever this screen's pages.
            let deck = a.deck().unwrap();
            let counter = format!("{}/{}", deck.at().0, deck.slides());
            assert!(
                shown.contains(&counter),
                "{what}: the counter {counter} cut off\n{shown}"
            );
            assert!(shown.lines().all(|l| l.width() <= usize::from(w)), "{what}");
            a.update(Action::SlideNext);
            dark.update(Action::SlideNext);
        }
    }
}
