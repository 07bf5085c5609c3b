//! Search as Japanese readers type a name: without the ・ or with spaces, in half-width
//! katakana, with an honorific after it; on the built-in content, through the keys.

mod common;

use common::{press, screen};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::tui::app::App;
use confer::tui::theme::Theme;

/// The explorer (2014 against 2025, in Japanese) after typing `/query`.
fn searched(query: &str) -> App {
    let mut a = common::builtin_app((120, 40), Lang::Ja, Theme::Dark);
    press(&mut a, &format!("/{query}"));
    a
}

/// The cells of the selected row.
fn selected(a: &App) -> String {
    a.with_rows(|_, rows| {
        let view_row = a.selected_row(&a.view()).unwrap();
        format!("{:?}", rows[view_row].cells())
    })
}

#[test]
fn a_name_typed_without_its_separator_finds_the_person() {
    for query in [
        "ジャックマー",
        "ジャック マー",
        "ジャック　マー",
        "ｼﾞｬｯｸ･ﾏｰ",
        "ｼﾞｬｯｸﾏｰ",
        "じゃっくまー",
        "ジャックマー氏",
        "馬雲さん",
    ] {
        let a = searched(query);
        assert_eq!(a.section, Section::People, "/{query} went to the person");
        assert!(
            selected(&a).contains("馬雲（ジャック・マー）"),
            "/{query}: {}",
            selected(&a)
        );
    }
}

#[test]
fn a_half_width_query_is_shown_as_typed() {
    let a = searched("ｼﾞｬｯｸ･ﾏｰ");
    let shown = screen(&a);
    assert!(
        shown.lines().any(|l| l.contains("/ｼﾞｬｯｸ･ﾏｰ")),
        "the query line shows the half-width query whole:\n{shown}"
    );
}
