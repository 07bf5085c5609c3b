//! One key map, one mode: keys pressed as a reader presses them (through the key map), in
//! every mode; the footer and the help drawn from the same table; the picker and the slides.

mod common;

use common::{key, press, screen};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::tui::app::{Action, App, Mode};
use confer::tui::keymap::{KeyMap, KeyMode};
use confer::tui::theme::Theme;
use crossterm::event::{KeyCode, KeyModifiers};

fn app(size: (u16, u16), lang: Lang) -> App {
    common::builtin_app(size, lang, Theme::Dark)
}

fn ctrl(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

fn footer(app: &App) -> String {
    screen(app).lines().last().unwrap_or_default().to_string()
}

#[test]
fn ctrl_c_quits_from_every_mode() {
    let ways_in: [(&str, &str); 7] = [
        ("browsing", ""),
        ("typing a search", "/jack"),
        ("the detail", "4\n"),
        ("the keys", "?"),
        ("the picker", "e"),
        ("slides from the explorer", "p"),
        ("the slides' keys", "p?"),
    ];
    for (mode, keys) in ways_in {
        let mut a = app((120, 40), Lang::En);
        press(&mut a, keys);
        assert!(!a.quit, "{mode}: not yet");
        ctrl(&mut a, 'c');
        assert!(a.quit, "Ctrl-C quits from {mode}");
    }
}

#[test]
fn q_closes_what_is_open_and_quits_from_browsing() {
    for keys in ["4\n", "?", "e", "p", "p?"] {
        let mut a = app((120, 40), Lang::En);
        press(&mut a, keys);
        press(&mut a, "q");
        if keys == "p?" {
            assert!(
                matches!(a.mode, Mode::Slides(_)),
                "q closes the slides' keys first"
            );
            press(&mut a, "q");
        }
        assert!(matches!(a.mode, Mode::Browse) && !a.quit, "{keys:?} then q");
    }
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "/q");
    assert_eq!(a.query, "q", "while typing, q is a letter");
    press(&mut a, "\u{1b}q");
    assert!(a.quit);
}

#[test]
fn the_footer_tells_the_mode() {
    let mut a = app((120, 40), Lang::En);
    let browse = footer(&a);
    assert!(
        !browse.contains("Enter detail"),
        "the Overview has nothing to open: {browse}"
    );
    press(&mut a, "\n");
    assert!(matches!(a.mode, Mode::Browse), "Enter did nothing there");
    press(&mut a, "4");
    let people = footer(&a);
    for item in [
        "j/k move",
        "Enter detail",
        "f kind:-",
        "p slides",
        "? help",
        "q quit",
    ] {
        assert!(people.contains(item), "{item:?} in {people}");
    }
    press(&mut a, "\n");
    assert_eq!(footer(&a).trim_end(), "j/k scroll  Esc/q close");
    press(&mut a, "\u{1b}/ma");
    let typing = footer(&a);
    assert!(
        typing.starts_with("/ma  (") && typing.contains("Enter keep  Esc clear"),
        "{typing}"
    );
    assert!(!typing.contains("q quit"), "q is a letter here: {typing}");
    press(&mut a, "\n");
    assert!(footer(&a).contains("n/N next/previous  Esc clear"));
    press(&mut a, "\u{1b}e");
    assert_eq!(
        footer(&a).trim_end(),
        "j/k move  Enter choose  o other series  Esc/q close"
    );
}

#[test]
fn a_narrow_footer_keeps_help_and_quit() {
    for lang in [Lang::En, Lang::Ja] {
        let mut a = app((60, 20), lang);
        press(&mut a, "4");
        let line = footer(&a);
        let (help, quit) = match lang {
            Lang::En => ("? help", "q quit"),
            Lang::Ja => ("? ヘルプ", "q 終了"),
        };
        assert!(line.contains(help) && line.contains(quit), "{line}");
    }
}

#[test]
fn half_pages_and_pages_as_in_less_and_vim() {
    let mut a = app((80, 24), Lang::En);
    press(&mut a, "4");
    ctrl(&mut a, 'd');
    let half = a.place().scroll;
    assert!(half > 0);
    ctrl(&mut a, 'd');
    assert_eq!(a.place().scroll, half * 2);
    ctrl(&mut a, 'u');
    assert_eq!(a.place().scroll, half);
    ctrl(&mut a, 'f');
    let page = a.place().scroll - half;
    assert!(
        page >= half * 2 - 1,
        "a page is two half pages: {page} vs {half}"
    );
    ctrl(&mut a, 'b');
    assert_eq!(a.place().scroll, half);
}

#[test]
fn slides_move_with_arrows_jk_and_backspace_and_unblank_first() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "p");
    let index = |a: &App| a.deck().unwrap().index();
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    press(&mut a, "j");
    assert_eq!(index(&a), 2);
    key(&mut a, KeyCode::Up, KeyModifiers::NONE);
    assert_eq!(index(&a), 1);
    press(&mut a, "k");
    assert_eq!(index(&a), 0);
    press(&mut a, "jjj\u{8}");
    assert_eq!(index(&a), 2);
    press(&mut a, "b");
    assert!(screen(&a).trim().is_empty());
    press(&mut a, "j");
    assert_eq!(
        index(&a),
        2,
        "the first move after b only brings the slide back"
    );
    assert!(screen(&a).contains("3/"), "{}", screen(&a));
    press(&mut a, "j");
    assert_eq!(index(&a), 3);
}

#[test]
fn every_bound_key_is_in_the_help() {
    let map = KeyMap::default();
    // The explorer's help, scrolled to its end, and the slides' help.
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "?");
    let mut shown = String::new();
    for _ in 0..60 {
        shown.push_str(&screen(&a));
        press(&mut a, "j");
    }
    press(&mut a, "q");
    press(&mut a, "p?");
    shown.push_str(&screen(&a));
    for mode in KeyMode::ALL {
        for binding in map.in_mode(mode) {
            let label = binding.keys.label();
            let line = format!("{label:<22}{}", binding.words(Lang::En));
            assert!(
                shown.lines().any(|l| l.contains(line.trim_end())),
                "{mode:?}: {line:?} is bound but not in the help"
            );
        }
    }
}

#[test]
fn the_picker_never_offers_the_edition_on_the_other_side() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "e");
    // Under the series' name, each edition's stem, label and dates.
    let wuzhen = |list: &str, year: i64| list.contains(&format!("{year}  {year} Wuzhen"));
    let left_list = screen(&a);
    assert!(
        left_list.contains("World Internet Conference"),
        "{left_list}"
    );
    assert!(
        wuzhen(&left_list, 2014) && wuzhen(&left_list, 2025),
        "{left_list}"
    );
    press(&mut a, "\n");
    let right_list = screen(&a);
    assert!(right_list.contains("Choose the right edition"));
    let offered = (2014..=2025).filter(|&y| wuzhen(&right_list, y)).count();
    assert_eq!(offered, 11, "every edition but the left one: {right_list}");
    assert!(!wuzhen(&right_list, 2014), "{right_list}");
    // From the top of what is offered, there is no way up to 2014.
    press(&mut a, "gk\n");
    assert_eq!(
        (a.left, a.right),
        (0, 1),
        "2014 against 2015, never 2014 twice"
    );
}

#[test]
fn slides_below_the_minimum_say_so() {
    let mut a = app((120, 40), Lang::Ja);
    press(&mut a, "p");
    a.update(Action::Resize(30, 10));
    assert!(screen(&a).contains("端末が小さすぎます"), "{}", screen(&a));
    a.update(Action::Resize(120, 40));
    assert!(screen(&a).contains("1/"));
}

#[test]
fn the_selection_and_search_matches_are_styled() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4/ma\n");
    let (w, h) = a.size;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("a test backend");
    terminal
        .draw(|frame| confer::tui::draw(&a, frame.buffer_mut()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let cell_of = |text: &str| {
        (0..h).find_map(|y| {
            let line: String = (0..w / 2).map(|x| buffer[(x, y)].symbol()).collect();
            line.find(text).map(|x| &buffer[(x as u16, y)])
        })
    };
    // Richard Liu (chairman) is the first match, so selected; Jack Ma a match further down.
    let selected = cell_of("Richard Liu").expect("Richard Liu on screen");
    assert_eq!(
        selected.bg,
        Theme::Dark.selected().bg.unwrap(),
        "the selection"
    );
    let matched = cell_of("Jack Ma").expect("Jack Ma on screen");
    assert!(
        matched
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED),
        "a match is underlined"
    );
    assert_ne!(matched.bg, selected.bg, "and not drawn as selected");
    let plain = cell_of("Xi Jinping").expect("Xi Jinping on screen");
    assert!(
        !plain
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    );
    let _ = Section::People;
}

#[test]
fn popups_scroll_between_their_top_and_their_last_screenful() {
    let mut a = app((60, 20), Lang::En);
    // A long note: its detail is taller than the popup.
    press(&mut a, "8\n");
    let Mode::Detail { .. } = a.mode else {
        panic!("the detail is open")
    };
    press(&mut a, "G");
    let Mode::Detail { scroll: last } = a.mode else {
        panic!()
    };
    assert!(last > 0, "the note is longer than the popup");
    press(&mut a, "jjjj");
    assert!(
        matches!(a.mode, Mode::Detail { scroll } if scroll == last),
        "no further"
    );
    press(&mut a, "k");
    assert!(
        matches!(a.mode, Mode::Detail { scroll } if scroll == last - 1),
        "one up is one up"
    );
    press(&mut a, "g");
    assert!(matches!(a.mode, Mode::Detail { scroll: 0 }));
    press(&mut a, "q?G");
    let Mode::Help { scroll: end } = a.mode else {
        panic!("the keys are open")
    };
    press(&mut a, "j");
    assert!(matches!(a.mode, Mode::Help { scroll } if scroll == end));
    assert!(
        screen(&a).contains("↑ j/k"),
        "the frame says there is more above"
    );
}

#[test]
fn a_filter_that_empties_a_group_hides_its_heading() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4");
    // Cycle the country filter to Germany: only Werner Zorn, in 2025 alone.
    while a.filter.country.as_deref() != Some("DE") {
        press(&mut a, "c");
        assert!(a.filter.country.is_some(), "DE is among the countries");
    }
    let headings: Vec<String> = a.with_rows(|_, rows| {
        rows.iter()
            .filter_map(|r| match r {
                confer::rows::Row::Subheading(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    });
    assert!(!headings.iter().any(|h| h == "In both"), "{headings:?}");
    assert!(
        headings
            .iter()
            .any(|h| h.starts_with("Not listed for 2014")),
        "{headings:?}"
    );
    assert!(screen(&a).contains("Werner Zorn"));
}

#[test]
fn search_finds_any_form_of_a_name_in_any_section() {
    let mut a = app((120, 40), Lang::En);
    // From the Overview, a name in simplified characters finds its Japanese form in People.
    press(&mut a, "/孙正义");
    assert_eq!(
        a.section,
        Section::People,
        "the search went where the match is"
    );
    let selected = a.with_rows(|_, rows| {
        let view_row = a.selected_row(&a.view()).unwrap();
        format!("{:?}", rows[view_row].cells())
    });
    assert!(selected.contains("Masayoshi Son"), "{selected}");
    press(&mut a, "\u{1b}/劉強東\n");
    let view = a.view();
    assert!(view.items.iter().any(|i| i.matches), "劉強東 finds 刘强东");
}

#[test]
fn n_and_shift_n_move_across_sections_and_the_footer_counts_each() {
    let mut a = app((200, 40), Lang::En);
    press(&mut a, "/murai\n");
    let hits = a.hits_by_section();
    assert!(
        hits.len() >= 2,
        "Jun Murai is in more than one section: {hits:?}"
    );
    let line = footer(&a);
    let (first, n) = hits[0];
    assert!(
        line.contains(&format!("{} {n}", first.title(Lang::En))),
        "{line}"
    );
    assert_eq!(a.section, first);
    // Step through every match of the first section, then on into the next.
    for _ in 0..n {
        press(&mut a, "n");
    }
    assert_eq!(
        a.section, hits[1].0,
        "n went on to the next section with a match"
    );
    press(&mut a, "N");
    assert_eq!(a.section, first, "N comes back");
}

#[test]
fn the_help_names_every_section_by_its_digit_at_80x24() {
    for lang in Lang::ALL {
        let mut a = app((80, 24), lang);
        press(&mut a, "?");
        let shown = screen(&a);
        let names = std::iter::once(lang.words().explorer.series_tab)
            .chain(Section::ALL.iter().map(|s| s.title(lang)));
        for (digit, name) in ('0'..='9').zip(names) {
            let line = format!("{digit}{}{name}", " ".repeat(19));
            assert!(
                shown.lines().any(|l| l.contains(&line)),
                "{lang:?}: {line:?} is not in the help:\n{shown}"
            );
        }
    }
}
