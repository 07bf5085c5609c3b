//! Every view at every small size, from 1x1 up: the explorer's sections, the series view,
//! the popups, the slides, a talk and the presenter's console each draw something (or say
//! the screen is too small) and take keys, never panic; opened at the small size, or shrunk
//! to it from a large one.

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::{press, screen, text};
use confer::i18n::Lang;
use confer::talk::{Talk, TalkSlide, TalkSlideKind};
use confer::tui::app::{Action, App, Mode};
use confer::tui::theme::Theme;

/// Every size from 1x1 to 12x8, a single row or column of any length, and the sizes either
/// side of the limits the layouts switch at (the explorer's 40x12, the stacked panes' 60,
/// the console's preview).
fn sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=12)
        .flat_map(|w| (1..=8).map(move |h| (w, h)))
        .collect();
    sizes.extend([
        (0, 0),
        (0, 10),
        (10, 0),
        (1, 40),
        (8, 40),
        (2, 200),
        (40, 1),
        (200, 1),
        (200, 2),
        (39, 11),
        (39, 12),
        (40, 11),
        (40, 12),
        (41, 13),
        (59, 16),
        (60, 16),
        (44, 18),
        (46, 19),
    ]);
    sizes
}

/// The edges of the grid of `sizes`, for the slides: each resize cuts the whole deck into
/// pages again, a tenth of a second in a debug build.
fn edges() -> Vec<(u16, u16)> {
    sizes()
        .into_iter()
        .filter(|&(w, h)| w > 12 || h > 8 || w == 1 || w == 12 || h == 1 || h == 8)
        .collect()
}

/// A talk with a slide of each kind that lays itself out differently: its own text, a
/// figure, the series chart, lists.
fn talk() -> Talk {
    let own = TalkSlide {
        kind: TalkSlideKind::Own {
            title: text("日本はどうするの？", "What will Japan do?"),
            body: Some(text(
                "11年で何が変わったか。\n\n- 2014年：存在感はほぼゼロ",
                "What changed in eleven years.\n\n- 2014: all but absent",
            )),
        },
        notes: None,
    };
    common::talk_with(own, text("話すこと", "What to say"))
}

/// A view's name, and how a reader opens it from the explorer.
type View = (&'static str, fn(&mut App));

/// The views, each reached from the explorer as a reader reaches it.
fn views() -> Vec<View> {
    vec![
        ("overview", |_| {}),
        ("figures", |a| press(a, "2")),
        ("people", |a| press(a, "4")),
        ("programme", |a| press(a, "5")),
        ("timeline", |a| press(a, "7")),
        ("sources", |a| press(a, "9")),
        ("series", |a| press(a, "0")),
        ("search", |a| press(a, "4/jack")),
        ("detail", |a| press(a, "4\n")),
        ("appearances", |a| {
            press(a, "0jj\n");
            if !matches!(a.mode, Mode::Appearances { .. }) {
                a.mode = Mode::Appearances { scroll: 0 };
            }
        }),
        ("help", |a| press(a, "?")),
        ("picker", |a| press(a, "e")),
        ("slides", |a| {
            press(a, "p");
        }),
        ("slides' keys", |a| {
            press(a, "p");
            press(a, "lll?");
        }),
        ("a talk", |a| {
            let asked = a.present_talk(talk(), &[], true);
            common::perform(a, asked);
        }),
        ("the presenter's console", |a| {
            let asked = a.present_console(talk(), &[]);
            common::perform(a, asked);
        }),
    ]
}

/// Draws the app and moves about in it; a panic is reported with the view and the size.
fn exercise(a: &mut App, view: &str, how: &str) {
    let (w, h) = a.size;
    let drawn = catch_unwind(AssertUnwindSafe(|| {
        let shown = screen(a);
        // Moving, scrolling and paging lay the view out again at this size.
        press(a, "jjGkg");
        let again = screen(a);
        (shown, again)
    }));
    let (shown, again) =
        drawn.unwrap_or_else(|_| panic!("{view} {how} at {w}x{h} panicked (see above)"));
    for drawn in [shown, again] {
        assert_eq!(drawn.lines().count(), usize::from(h), "{view} at {w}x{h}");
    }
}

#[test]
fn every_view_shrunk_to_every_small_size_draws_and_takes_keys() {
    for (view, open) in views() {
        let mut a = common::builtin_app((120, 40), Lang::En, Theme::Mono);
        open(&mut a);
        let sizes = if a.deck().is_some() { edges() } else { sizes() };
        for (w, h) in sizes {
            a.update(Action::Resize(w, h));
            a.update(Action::Resize(w, h));
            exercise(&mut a, view, "shrunk");
        }
        // And back: a view shrunk to nothing is whole again.
        a.update(Action::Resize(120, 40));
        exercise(&mut a, view, "grown back");
    }
}

#[test]
fn every_view_opened_on_a_small_screen_draws_and_takes_keys() {
    // The probe's: `tmux new -x 8 -y 40 'confer present'`; and narrower, and shorter.
    let english = [
        (8, 40),
        (1, 40),
        (3, 3),
        (12, 8),
        (1, 1),
        (40, 12),
        (60, 16),
    ];
    let japanese = [(8, 40), (12, 8)];
    let runs = english
        .map(|size| (size, Lang::En))
        .into_iter()
        .chain(japanese.map(|size| (size, Lang::Ja)));
    for (size, lang) in runs {
        for (view, open) in views() {
            {
                let mut a = common::builtin_app(size, lang, Theme::Mono);
                let opened = catch_unwind(AssertUnwindSafe(|| open(&mut a)));
                assert!(
                    opened.is_ok(),
                    "opening {view} at {}x{} panicked (see above)",
                    size.0,
                    size.1
                );
                exercise(&mut a, view, "opened");
            }
        }
    }
}

/// Below the explorer's smallest screen, every view says so in words, rather than drawing
/// a slide or a pane cut to nothing.
#[test]
fn a_screen_too_small_says_so() {
    for (view, open) in views() {
        let mut a = common::builtin_app((120, 40), Lang::En, Theme::Mono);
        open(&mut a);
        a.update(Action::Resize(39, 40));
        let shown = screen(&a);
        assert!(
            shown.contains("too small"),
            "{view} at 39x40 does not say the screen is too small:\n{shown}"
        );
    }
}
