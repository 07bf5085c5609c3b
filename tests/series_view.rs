//! The series view (key 0) in the explorer without a terminal: drawn at 80x24 and 120x40 in
//! both languages, its keys, and `[` and `]` changing the pair compared.

mod common;

use common::{press, screen};
use confer::i18n::Lang;
use confer::rows::Section;
use confer::series::Target;
use confer::text::display_width;
use confer::tui::app::{App, Mode};
use confer::tui::theme::Theme;

fn app(size: (u16, u16), lang: Lang) -> App {
    common::builtin_app(size, lang, Theme::Mono)
}

fn label(a: &App, at: usize) -> String {
    a.library.index.get(at).unwrap().id.to_string()
}

#[test]
fn section_zero_at_two_sizes_in_two_languages() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
            let mut a = app((w, h), lang);
            press(&mut a, "0");
            assert!(a.series.open);
            let shown = screen(&a);
            for line in shown.lines() {
                let cols = display_width(line, &confer::text::Profile::default());
                assert!(cols <= usize::from(w), "{tag} {w}x{h}: {line:?}");
            }
            insta::assert_snapshot!(format!("series_view_{tag}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn the_series_tab_says_where_the_reader_is_and_the_charts_mark_the_pair() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "0");
    let shown = screen(&a);
    let tabs = shown.lines().nth(1).unwrap();
    assert!(tabs.starts_with("[0 Series]"), "{tabs}");
    let rows: Vec<&str> = shown.lines().filter(|l| l.contains("██")).collect();
    assert!(rows.first().unwrap().contains("L  2014"), "{rows:?}");
    assert!(shown.contains("R  2025"), "{shown}");
    press(&mut a, "1");
    assert_eq!((a.section, a.series.open), (Section::Overview, false));
    assert!(screen(&a).lines().nth(1).unwrap().contains("[1 Overview]"));
}

#[test]
fn brackets_on_a_chart_row_change_the_pair_then_digits_show_it() {
    let mut a = app((120, 40), Lang::En);
    let (left, right) = (a.left, a.right);
    press(&mut a, "0");
    // The first chart rows are participants in 2014, 2015, 2016.
    press(&mut a, "jj");
    assert_eq!(
        a.series_selected().map(|(_, t)| t),
        Some(Target::Edition(2))
    );
    press(&mut a, "[");
    assert_eq!((a.left, a.right), (2, right));
    assert_eq!(label(&a, a.left), "wic/2016");
    press(&mut a, "j]");
    assert_eq!((a.left, a.right), (2, 3));
    assert!(a.series.open, "the series stays, with the new pair marked");
    assert!(screen(&a).contains("R  2017"));
    press(&mut a, "1");
    let shown = screen(&a);
    assert!(shown.contains("2016") && shown.contains("2017"), "{shown}");
    assert_ne!((a.left, a.right), (left, right));
}

#[test]
fn enter_on_a_person_lists_every_edition_with_role_and_sources() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "0");
    let model = a.series_model().unwrap().clone();
    let john = model
        .people
        .iter()
        .position(|p| p.id == "john-hoffman")
        .unwrap();
    let targets = model.figures.iter().map(|f| f.values.len()).sum::<usize>();
    for _ in 0..targets + john {
        press(&mut a, "j");
    }
    assert_eq!(
        a.series_selected().map(|(_, t)| t),
        Some(Target::Person(john))
    );
    press(&mut a, "\n");
    assert!(matches!(a.mode, Mode::Appearances { .. }));
    let shown = screen(&a);
    assert!(
        shown.contains("John Hoffman") && shown.contains("Listed in 4 of 12"),
        "{shown}"
    );
    for year in ["2019", "2022", "2023", "2025"] {
        assert!(shown.contains(year), "{year}: {shown}");
    }
    assert!(shown.contains("Sources: "), "{shown}");
    assert!(
        shown.contains("Esc/q close"),
        "the footer tells the truth: {shown}"
    );
    press(&mut a, "\u{1b}");
    assert!(matches!(a.mode, Mode::Browse) && a.series.open);
}

#[test]
fn the_view_works_with_ambiguous_characters_two_columns_wide() {
    let mut a = app((120, 40), Lang::Ja);
    a.profile = confer::text::Profile::ambiguous_wide();
    press(&mut a, "0");
    let shown = screen(&a);
    assert!(!shown.contains('█') && !shown.contains('●') && !shown.contains('·'));
    assert!(shown.contains('#'), "{shown}");
}

#[path = "../benches/support/generate.rs"]
mod generate;

#[test]
fn the_model_of_fifty_generated_editions() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 1, 50, 20).unwrap();
    let library = confer::content::Library::open(&confer::content::ContentLocation::Folder(
        dir.path().into(),
    ));
    let mut progress = Vec::new();
    let read = confer::series::read(&library, "series-0", &mut |done, total| {
        progress.push((done, total))
    })
    .unwrap();
    assert!(read.left_out.is_empty());
    assert_eq!(progress.len(), 50, "a step an edition");
    assert_eq!(progress.last(), Some(&(50, 50)));
    let model = read.model;
    assert_eq!(model.columns.len(), 50);
    assert_eq!(model.columns[0].year, 2000);
    assert_eq!(model.people.len(), 20, "everyone came back");
    assert!(model.people.iter().all(|p| p.appearances.len() == 50));
    assert!(!model.figures.is_empty());
    assert!(
        model
            .figures
            .iter()
            .all(|f| f.values.iter().all(Option::is_some))
    );
    // At 100 columns the matrix keeps the latest editions that fit.
    let lines = confer::series::lines(
        &model,
        100,
        Lang::En,
        &confer::text::Profile::default(),
        confer::series::Compared::default(),
    );
    let head = lines
        .iter()
        .map(|l| l.plain())
        .find(|l| l.trim_start().starts_with("in "))
        .unwrap();
    assert!(head.trim_end().ends_with("2049"), "{head}");
    assert!(!head.contains("2000"), "{head}");
}

#[test]
fn a_save_while_the_series_view_is_open_reads_the_series_again() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut a = common::folder_app(dir.path());
    press(&mut a, "0");
    assert!(screen(&a).contains("about 1,000 people"));
    // The 2014 participants mended by an author; the explorer reloads after the save.
    let file = dir.path().join("wic/2014.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let at = text.find("key = \"participants\"").unwrap();
    let value = at + text[at..].find("value = 1000").unwrap();
    let mended = format!("{}value = 1200{}", &text[..value], &text[value + 12..]);
    std::fs::write(&file, mended).unwrap();
    common::reload(&mut a);
    assert!(a.series.open);
    let shown = screen(&a);
    assert!(shown.contains("about 1,200 people"), "{shown}");
    assert!(!shown.contains("about 1,000 people"), "{shown}");
}

#[test]
fn o_sets_the_igf_beside_the_series_then_takes_it_away() {
    let mut a = app((120, 40), Lang::En);
    press(&mut a, "0");
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(footer.contains("o other series"), "{footer}");
    press(&mut a, "o");
    assert_eq!(a.series.beside.as_deref(), Some("igf"));
    let shown = screen(&a);
    assert!(
        shown.contains("World Internet Conference and Internet Governance Forum"),
        "{shown}"
    );
    assert!(shown.contains("▒ igf  Internet Governance Forum: 20 editions, 2006–2025"));
    assert!(
        shown.contains("Two series side by side"),
        "the status line: {shown}"
    );
    // Both series on one chart: 2014 has a row for each.
    assert!(shown.contains(" 2014  wic  █"), "{shown}");
    assert!(shown.contains("       igf  ▒"), "{shown}");
    press(&mut a, "L");
    assert!(screen(&a).contains("世界インターネット大会とインターネット・ガバナンス・フォーラム"));
    press(&mut a, "o");
    assert_eq!(a.series.beside, None, "the last series, then none");
    let alone = screen(&a);
    assert!(!alone.contains("▒"), "{alone}");
    assert!(alone.contains("数値の推移"), "{alone}");
}

#[test]
fn o_does_nothing_and_is_not_offered_outside_the_series_view() {
    let mut a = app((120, 40), Lang::En);
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(!footer.contains("other series"), "{footer}");
    press(&mut a, "o");
    assert_eq!(a.series.beside, None);
    assert!(!a.series.open);
}
