//! The presentation: deck keys to state, every kind of slide drawn at 60x20 and 120x40 in
//! Japanese and English, and the Markdown export for presenterm.

use confer::content::Library;

mod common;

use common::screen;
use confer::content::{ContentLocation, load};
use confer::i18n::Lang;
use confer::present::{Slide, SlideKind};
use confer::text::Profile;
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;
use unicode_width::UnicodeWidthStr;

fn app(size: (u16, u16), lang: Lang) -> App {
    let loaded = load(&ContentLocation::BuiltIn);
    // The first edition against the latest, as `confer` opens them.
    let last = loaded.content.editions().count() - 1;
    let mut app = App::new(
        Library::of(loaded.content),
        0,
        last,
        lang,
        Profile::default(),
        Theme::Mono,
        size,
    );
    app.present(&[], true);
    // The series slide asked for every edition of the series; the shell reads them.
    confer::tui::effects::perform(&mut app);
    app
}

fn go_to(app: &mut App, slide: Slide) {
    let index = app
        .deck()
        .unwrap()
        .slides
        .iter()
        .position(|s| *s == slide)
        .unwrap();
    for d in (index + 1).to_string().chars() {
        app.update(Action::SlideDigit(d));
    }
    app.update(Action::SlideJump);
}

#[test]
fn every_kind_of_slide_at_60x20_and_120x40_in_ja_and_en() {
    let kinds = [
        ("title", Slide::Title),
        ("series", Slide::Series),
        ("figure", Slide::Figure(0)),
        ("topics", Slide::Topics),
        ("people", Slide::People),
        ("program", Slide::Program),
        ("outcomes", Slide::Outcomes),
        ("timeline", Slide::Timeline),
        ("notes", Slide::Notes(0)),
        ("sources", Slide::Sources),
    ];
    for (w, h) in [(60, 20), (120, 40)] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
            let mut a = app((w, h), lang);
            for (name, slide) in kinds {
                go_to(&mut a, slide);
                let shown = screen(&a);
                for line in shown.lines() {
                    assert!(
                        line.width() <= usize::from(w),
                        "{name} {tag} {w}x{h}: {line:?}"
                    );
                }
                insta::assert_snapshot!(format!("slide_{tag}_{w}x{h}_{name}"), shown);
            }
        }
    }
}

#[test]
fn deck_keys_step_jump_blank_and_leave() {
    let mut a = app((80, 24), Lang::En);
    let count = a.deck().unwrap().slides.len();
    let index = |a: &App| a.deck().unwrap().index;
    a.update(Action::SlideNext);
    a.update(Action::SlideNext);
    assert_eq!(index(&a), 2);
    a.update(Action::SlidePrevious);
    assert_eq!(index(&a), 1);
    a.update(Action::SlideLast);
    assert_eq!(index(&a), count - 1);
    a.update(Action::SlideNext);
    assert_eq!(index(&a), count - 1, "stays on the last slide");
    a.update(Action::SlideDigit('1'));
    a.update(Action::SlideDigit('2'));
    assert!(screen(&a).contains(&format!("> 12  {count}/{count}")));
    a.update(Action::SlideJump);
    assert_eq!(index(&a), 11);
    assert!(screen(&a).contains(&format!("12/{count}")));
    a.update(Action::SlideBlank);
    assert!(screen(&a).trim().is_empty(), "blank means blank");
    a.update(Action::SlideBlank);
    a.update(Action::SlideClock);
    assert!(screen(&a).contains("0:0"), "the clock shows time elapsed");
    a.update(Action::ToggleLang);
    assert_eq!(a.lang, Lang::Ja);
    a.update(Action::Close);
    assert!(a.quit, "leaving slides started with `present` quits");
}

#[test]
fn p_in_the_explorer_presents_and_q_comes_back() {
    let loaded = load(&ContentLocation::BuiltIn);
    // The first edition against the latest, as `confer` opens them.
    let last = loaded.content.editions().count() - 1;
    let mut a = App::new(
        Library::of(loaded.content),
        0,
        last,
        Lang::En,
        Profile::default(),
        Theme::Mono,
        (100, 30),
    );
    a.update(Action::Present);
    assert!(a.deck().is_some());
    a.update(Action::Close);
    assert!(a.deck().is_none() && !a.quit, "back in the explorer");
}

#[test]
fn only_picks_kinds_of_slide() {
    let loaded = load(&ContentLocation::BuiltIn);
    // The first edition against the latest, as `confer` opens them.
    let last = loaded.content.editions().count() - 1;
    let mut a = App::new(
        Library::of(loaded.content),
        0,
        last,
        Lang::En,
        Profile::default(),
        Theme::Mono,
        (100, 30),
    );
    a.present(&[SlideKind::Figures], true);
    let slides = &a.deck().unwrap().slides;
    assert!(slides.iter().all(|s| matches!(s, Slide::Figure(_))));
}

#[test]
fn export_for_presenterm() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args([
            "present",
            "--export",
            "markdown",
            "--only",
            "title,figures,notes",
        ])
        .env("CONFER_CONFIG", "/nonexistent/confer-test-config.toml")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let deck = String::from_utf8(output.stdout).unwrap();
    assert!(deck.starts_with("---\ntitle: \"World Internet Conference\"\n"));
    let loaded = load(&ContentLocation::BuiltIn);
    // The first edition against the latest, as `confer present` shows them: a slide per
    // figure pair.
    let series = &loaded.content.series[0];
    let side = |edition| confer::compare::Side { series, edition };
    let first = side(&series.editions[0]);
    let latest = side(series.editions.last().unwrap());
    let figures = confer::compare::compare(first, latest).figures.len();
    let slides = deck.matches("<!-- end_slide -->").count() + 1;
    assert!(
        !deck.trim_end().ends_with("<!-- end_slide -->"),
        "no empty last slide"
    );
    assert!(slides > 1 + figures, "{slides} slides");
    assert!(deck.contains("Participants\n===\n"));
    assert!(deck.contains("# 1,600"));
    assert_eq!(
        deck.matches("<!-- column_layout: [1, 1] -->").count(),
        slides
    );
    assert_eq!(deck.matches("<!-- reset_layout -->").count(), slides);
    let no_terminal = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .arg("present")
        .output()
        .unwrap();
    assert_eq!(no_terminal.status.code(), Some(2), "slides need a terminal");
}
