//! The explorer without a terminal: key sequences to state, and every section drawn into a
//! ratatui TestBackend at 80x24 and 120x40 in Japanese and English.

mod common;

use common::{press, screen};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::tui::app::{Action, App, Mode};
use confer::tui::theme::Theme;

fn app(size: (u16, u16), lang: Lang) -> App {
    common::builtin_app(size, lang, Theme::Mono)
}

#[test]
fn sections_by_digit_tab_and_arrows() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4");
    assert_eq!(a.section, Section::People);
    press(&mut a, "\t\t");
    assert_eq!(a.section, Section::Outcomes);
    press(&mut a, "hh");
    assert_eq!(a.section, Section::People);
    a.update(Action::PrevSection);
    a.update(Action::PrevSection);
    a.update(Action::PrevSection);
    assert!(!a.series.open);
    a.update(Action::PrevSection);
    assert!(
        a.series.open,
        "the series view comes before the first section"
    );
    a.update(Action::PrevSection);
    assert_eq!(a.section, Section::Sources, "wraps around");
    assert!(!a.series.open);
    a.update(Action::NextSection);
    assert!(a.series.open);
    a.update(Action::NextSection);
    assert_eq!((a.section, a.series.open), (Section::Overview, false));
}

#[test]
fn selection_and_scrolling_keep_the_entry_in_view() {
    let mut a = app((80, 24), Lang::En);
    press(&mut a, "4");
    press(&mut a, "jjjjjjjjjjjjjjjjjjjj");
    assert_eq!(a.place().selected, 20);
    assert!(
        a.place().scroll > 0,
        "scrolled to keep the 21st person visible"
    );
    press(&mut a, "g");
    assert_eq!((a.place().selected, a.place().scroll), (0, 0));
    press(&mut a, "G");
    let view = a.view();
    assert_eq!(a.place().selected, view.items.len() - 1);
    press(&mut a, "1");
    assert_eq!(a.place().scroll, 0, "each section keeps its own place");
    press(&mut a, "4");
    assert_eq!(a.place().selected, view.items.len() - 1);
}

#[test]
fn search_as_you_type_in_any_language_of_a_name() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4/");
    assert!(matches!(a.mode, Mode::Search));
    // 孫正義 is Masayoshi Son's name in the content; typing it in English finds him too.
    press(&mut a, "masayoshi");
    let view = a.view();
    let matches: Vec<_> = view.items.iter().filter(|i| i.matches).collect();
    assert_eq!(matches.len(), 1, "{:?}", a.query);
    assert_eq!(
        view.items[a.place().selected].row,
        matches[0].row,
        "the match is selected"
    );
    press(&mut a, "\n");
    assert!(matches!(a.mode, Mode::Browse) && a.query == "masayoshi");
    // Kanji and kana find the same rows; Esc clears.
    press(&mut a, "\u{1b}/孫正義\n");
    assert_eq!(a.view().items.iter().filter(|i| i.matches).count(), 1);
    press(&mut a, "\u{1b}");
    assert!(a.query.is_empty());
}

#[test]
fn n_and_shift_n_step_through_matches() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4/ceo\n");
    let view = a.view();
    let matches: Vec<usize> = view
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.matches)
        .map(|(k, _)| k)
        .collect();
    assert!(matches.len() > 3, "{matches:?}");
    let first = a.place().selected;
    assert_eq!(first, matches[0]);
    press(&mut a, "n");
    assert_eq!(a.place().selected, matches[1]);
    press(&mut a, "N");
    assert_eq!(a.place().selected, matches[0]);
    press(&mut a, "N");
    assert_eq!(
        a.place().selected,
        *matches.last().unwrap(),
        "wraps backwards"
    );
}

#[test]
fn detail_opens_on_enter_and_closes_on_escape() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "2\n");
    assert!(matches!(a.mode, Mode::Detail { scroll: 0 }));
    let shown = screen(&a);
    assert!(shown.contains("Detail"), "{shown}");
    assert!(
        shown.contains("ecns-2014-11-20"),
        "the sources of the participants figure: {shown}"
    );
    press(&mut a, "jj");
    assert!(
        matches!(a.mode, Mode::Detail { scroll: 0 }),
        "all of it fits: nothing to scroll"
    );
    press(&mut a, "\u{1b}");
    assert!(matches!(a.mode, Mode::Browse));
    press(&mut a, "q");
    assert!(a.quit);
}

#[test]
fn swap_language_and_editions() {
    let mut a = app((120, 40), Lang::En);
    let last = a.right;
    press(&mut a, "s");
    assert_eq!((a.left, a.right), (last, 0));
    assert!(screen(&a).find("2025 Wuzhen").unwrap() < screen(&a).find("2014 Wuzhen").unwrap());
    press(&mut a, "L");
    assert_eq!(a.lang, Lang::Ja);
    assert!(screen(&a).contains("世界インターネット大会"));
    press(&mut a, "e");
    assert!(matches!(a.mode, Mode::Picker { .. }));
    let offered = screen(&a);
    assert!(offered.contains("世界インターネット大会"), "{offered}");
    for year in 2014..=2025 {
        assert!(
            offered.contains(&format!("{year}  {year} 烏鎮")),
            "the picker offers all twelve under their series: {offered}"
        );
    }
    press(&mut a, "g\nG\n");
    let igf_latest = a.edition_count() - 1;
    assert_eq!(
        (a.left, a.right),
        (0, igf_latest),
        "wic 2014, then the IGF's latest"
    );
    assert!(screen(&a).contains("2025 リレストロム"), "{}", screen(&a));
    press(&mut a, "eg\ng\n");
    assert_eq!(a.right, 1, "then 2014 against 2015");
}

#[test]
fn people_filter_by_kind_and_country() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "4");
    let all = a.view().items.len();
    press(&mut a, "c");
    assert!(a.filter.country.is_some());
    let by_country = a.view().items.len();
    assert!(by_country < all, "{by_country} < {all}");
    press(&mut a, "f");
    assert_eq!(a.filter.kind, Some(confer::content::OrgKind::Company));
    assert!(screen(&a).contains("f kind:company"));
}

#[test]
fn help_and_too_small() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "?");
    assert!(screen(&a).contains("detail and sources"));
    press(&mut a, "?");
    assert!(matches!(a.mode, Mode::Browse));
    a.update(Action::Resize(30, 10));
    assert!(screen(&a).contains("Terminal too small"));
    a.update(Action::Resize(80, 24));
    assert!(screen(&a).contains("[1 Overview]"));
}

#[test]
fn clicking_a_tab_opens_its_section() {
    let mut a = app((120, 40), Lang::En);
    let shown = screen(&a);
    let tabs_row = shown.lines().nth(1).unwrap();
    let x = tabs_row.find("7 Timeline").unwrap() - 1;
    a.update(Action::Click(x as u16, 1));
    assert_eq!(a.section, Section::Timeline);
}

#[test]
fn every_section_at_two_sizes_in_two_languages() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
            let mut a = app((w, h), lang);
            for (i, section) in Section::ALL.iter().enumerate() {
                a.update(Action::Section(*section));
                insta::assert_snapshot!(
                    format!("explorer_{tag}_{w}x{h}_{}_{section:?}", i + 1),
                    screen(&a)
                );
            }
        }
    }
}

#[test]
fn new_content_keeps_the_section_the_selection_and_the_editions() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut a = common::folder_app(dir.path());
    press(&mut a, "4jjj");
    let before = (a.section, a.place(), screen(&a));
    // A save of an edition not shown: the two shown are not read again, and stay.
    let unshown = dir.path().join("wic/2019.toml");
    let text = std::fs::read_to_string(&unshown).unwrap();
    std::fs::write(&unshown, text.replace("[edition]", "[edition]\n# saved")).unwrap();
    common::reload(&mut a);
    assert_eq!((a.section, a.place(), screen(&a)), before);
    assert_eq!((a.left, a.right), (0, a.edition_count() - 1));
    assert_eq!(a.generation, 1);
    assert!(a.banner.is_none());

    // A half-written shown edition: the last good content stays, the banner says where.
    let shown = dir.path().join("wic/2014.toml");
    let text = std::fs::read_to_string(&shown).unwrap();
    std::fs::write(&shown, format!("{text}\n[[people]\n")).unwrap();
    common::reload(&mut a);
    assert_eq!(a.generation, 1, "nothing new was shown");
    let on_screen = screen(&a);
    assert!(
        on_screen.contains("not reloaded:") && on_screen.contains("wic/2014.toml:"),
        "{on_screen}"
    );
    assert_eq!(on_screen.lines().next(), before.2.lines().next());

    // Mended: the new content shows and the banner goes.
    std::fs::write(&shown, text.replace("[edition]", "[edition]\n# mended")).unwrap();
    common::reload(&mut a);
    assert_eq!(a.generation, 2);
    assert!(a.banner.is_none());

    // The file of a side removed: the nearest edition takes its place, read then.
    std::fs::remove_file(&shown).unwrap();
    common::reload(&mut a);
    assert_eq!(a.generation, 3);
    let (left, right) = a.sides();
    assert_eq!(
        (left.edition.id.to_string(), right.edition.id.to_string()),
        ("wic/2015".to_string(), "wic/2025".to_string())
    );
    assert!(screen(&a).contains("2015 Wuzhen"));
}

#[test]
fn a_scrolled_picker_keeps_the_series_name_at_its_top() {
    let mut a = app((80, 24), Lang::En);
    press(&mut a, "eG");
    let shown = screen(&a);
    let inside: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.split('│').nth(2).map(str::trim))
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(inside[0], "Internet Governance Forum", "{shown}");
    assert!(
        inside.last().unwrap().starts_with("2025  2025 Lillestrøm"),
        "{shown}"
    );
    press(&mut a, "o");
    let wuzhen = screen(&a);
    assert!(wuzhen.contains("World Internet Conference"), "{wuzhen}");
    assert!(
        wuzhen.contains("2025  2025 Wuzhen"),
        "the same year in wic: {wuzhen}"
    );
}
