//! The interface's Japanese as a careful publisher writes it (issue 30): an edition is a 回
//! everywhere, never a 版; durations are 日間; every section is named at 80 columns; the
//! People filters name what they are set to.

mod common;

use common::{press, screen};
use confer::i18n::Lang;
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;

fn app(size: (u16, u16)) -> App {
    common::builtin_app(size, Lang::Ja, Theme::Mono)
}

#[test]
fn no_screen_calls_an_edition_a_printing() {
    // The built-in content speaks of 英語版 and 日本版 (sites and papers); a copy without
    // them leaves only the interface's own words to look at.
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    for entry in std::fs::read_dir(dir.path().join("wic")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace('版', "刊")).unwrap();
    }
    for (w, h) in [(120, 40), (80, 24)] {
        let mut a = common::folder_app(dir.path());
        press(&mut a, "L");
        assert_eq!(a.lang, Lang::Ja);
        a.update(Action::Resize(w, h));
        for (place, text) in common::every_screen(&mut a) {
            assert!(!text.contains('版'), "{w}x{h} {place}:\n{text}");
        }
    }
}

#[test]
fn durations_are_counted_in_days() {
    let mut a = app((120, 40));
    press(&mut a, "2");
    let figures = screen(&a);
    // 会期 (duration) is a figure of both editions: 3 and 4 days.
    let lines: Vec<&str> = figures.lines().collect();
    let label = lines
        .iter()
        .position(|l| l.starts_with("│会期"))
        .unwrap_or_else(|| panic!("no duration figure:\n{figures}"));
    let values = lines[label + 1];
    assert!(
        values.contains("3日間") && values.contains("4日間"),
        "{values}"
    );
}

#[test]
fn every_section_is_named_at_80_columns() {
    let a = app((80, 24));
    let shown = screen(&a);
    let tabs = shown.lines().nth(1).unwrap();
    for name in [
        "推移",
        "概要",
        "数値",
        "トピック",
        "人物",
        "日程",
        "成果",
        "年表",
        "注記",
        "出典",
    ] {
        assert!(tabs.contains(name), "{name} in {tabs:?}");
    }
}

#[test]
fn the_people_filters_say_their_values_in_words() {
    let mut a = app((120, 40));
    press(&mut a, "4");
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(footer.contains("種類：すべて"), "{footer}");
    assert!(footer.contains("国：すべて"), "{footer}");
    press(&mut a, "c");
    let code = a.filter.country.clone().unwrap();
    let name = confer::content::country_name(&code, true);
    assert_ne!(name, code.as_str());
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(footer.contains(&format!("国：{name}")), "{footer}");
    // A filter that keeps nobody says so.
    press(&mut a, "c");
    while a.filter.country.is_some() {
        press(&mut a, "c");
    }
    while a.filter.kind != Some(confer::content::OrgKind::CivilSociety) {
        press(&mut a, "f");
    }
    assert!(a.view().items.is_empty());
    assert!(screen(&a).contains("該当なし"), "{}", screen(&a));
}

#[test]
fn too_small_says_what_to_do() {
    let mut a = app((120, 40));
    a.update(Action::Resize(36, 10));
    let shown = screen(&a);
    let joined: String = shown.split_whitespace().collect();
    assert!(
        joined.contains("端末が小さすぎます。40×12以上に広げてください（現在36×10）"),
        "{shown}"
    );
    // Broken between phrases, never inside one.
    assert!(shown.contains("40×12以上に広げてください"), "{shown}");
    assert!(shown.contains("（現在36×10）"), "{shown}");
}

#[test]
fn the_detail_says_a_partial_list_once() {
    let mut a = app((120, 40));
    press(&mut a, "4jjjjjj\n");
    // The right column of the popup, its lines joined.
    let shown: String = screen(&a)
        .lines()
        .filter(|l| l.starts_with("│ │"))
        .map(|l| l.split('│').nth(3).unwrap_or("").trim())
        .collect();
    assert!(
        shown.contains("2025 烏鎮の一覧には記載なし（不参加とは限らない）。掲載は一部（32人）"),
        "{}",
        screen(&a)
    );
    assert!(!screen(&a).contains("一部のみ"), "{}", screen(&a));
}
