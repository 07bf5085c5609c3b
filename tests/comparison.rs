//! Like with like: each rule of how two editions are compared (content-format.md), on a
//! fixture built for them (tests/fixtures/comparison), read in every view a reader meets:
//! print, the Markdown handout, the explorer, its detail popup, and the slides.
//!
//! The fixture's 2019 and 2024 editions: participants counted on different bases (about
//! 1,500 against 4,800 on site and online); countries 80 → over 100 under labels worded
//! differently; exhibitors over 2,000 → 6,279; media only in 2019, speakers only in 2024;
//! people and orgs with no coverage declared; series topics and orgs taken up or named by
//! one edition only; timelines that do not overlap in time.

mod common;

use std::path::Path;

use common::{confer, folder_app, press, screen};
use confer::compare::{Absence, Precision, Verdict, Which, compare};
use confer::content::{ContentLocation, ListKind, load};
use confer::i18n::Lang;
use confer::present::{Body, Slide};
use confer::tui::app::Action;

const FIXTURE: &str = "tests/fixtures/comparison";

fn print(lang: &str, sections: &[&str]) -> String {
    let mut args = vec![
        "--content",
        FIXTURE,
        "--lang",
        lang,
        "print",
        "--width",
        "100",
    ];
    for s in sections {
        args.extend(["--section", s]);
    }
    let run = confer(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// The lines of one figure's block in print: from its label to the blank pair after it.
fn block<'a>(printed: &'a str, label: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = printed.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no block for {label} in:\n{printed}"));
    lines[start..]
        .iter()
        .take_while(|l| !matches!(l.trim(), "" | "│"))
        .copied()
        .collect()
}

fn with_fixture(check: impl FnOnce(&confer::compare::Comparison)) {
    let loaded = load(&ContentLocation::Folder(FIXTURE.into()));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let series = &loaded.content.series[0];
    let side = |e| confer::compare::Side { series, edition: e };
    check(&compare(
        side(&series.editions[0]),
        side(&series.editions[1]),
    ));
}

#[test]
fn the_comparison_says_what_may_be_said_between_each_pair() {
    with_fixture(|c| {
        let verdict = |key: &str| c.figures.iter().find(|f| f.key == key).unwrap().verdict;
        assert_eq!(verdict("participants"), Some(Verdict::CountedDifferently));
        let Some(Verdict::Change(countries)) = verdict("countries") else {
            panic!("labels worded differently are one measure");
        };
        assert_eq!(
            (countries.absolute, countries.precision),
            (20.0, Precision::Over)
        );
        let Some(Verdict::Change(exhibitors)) = verdict("exhibitors") else {
            panic!("exhibitors pair");
        };
        assert_eq!(exhibitors.precision, Precision::Under);
        assert_eq!(verdict("media"), None);
        // Only a complete list makes "only in"; these declare nothing.
        assert_eq!(
            c.absence(Which::Left, ListKind::People),
            Absence::NotListed { partial: false }
        );
        // A series org or topic is an edition's only where it names or takes it up.
        let orgs = |list: &[&confer::content::Org]| -> Vec<String> {
            list.iter().map(|o| o.id.clone()).collect()
        };
        assert_eq!(orgs(&c.orgs.only_left), ["acme", "icann"]);
        assert_eq!(orgs(&c.orgs.only_right), ["itu"]);
        assert!(c.orgs.both.is_empty());
        let topics = |list: &[&confer::content::Topic]| -> Vec<(String, u8)> {
            list.iter().map(|t| (t.id.clone(), t.weight)).collect()
        };
        // Taken up with the edition's own weight (3, where the series says 1).
        assert_eq!(topics(&c.topics.only_left), [("governance".into(), 3)]);
        // Named by a session only: the series' weight.
        assert_eq!(topics(&c.topics.only_right), [("security".into(), 2)]);
    });
}

#[test]
fn print_shows_bases_notes_bounds_and_no_figure_in_english() {
    let printed = print("en", &["figures"]);
    let participants = block(&printed, "Participants").join("\n");
    for said in [
        "about 1,500 people",
        "4,800 people",
        "Counted: not stated",
        "Counted: on site and online together",
        "counted differently: no change shown",
        "Note: As counted at the closing press",
        "Note: No count on site alone was given.",
    ] {
        assert!(participants.contains(said), "{said}:\n{participants}");
    }
    assert!(
        !participants.contains('%'),
        "no change between bases:\n{participants}"
    );
    let countries = block(&printed, "Countries and regions").join("\n");
    assert!(
        countries.contains("a rise of over 20 (over 25%)"),
        "{countries}"
    );
    let exhibitors = block(&printed, "Exhibitors").join("\n");
    assert!(
        exhibitors.contains("a rise of under 4,279 (under 214%)"),
        "a change from 'over' is a bound, not an estimate:\n{exhibitors}"
    );
    assert!(!exhibitors.contains("about"), "{exhibitors}");
    assert!(!printed.contains("different measures"), "{printed}");
    let media = block(&printed, "Media");
    assert!(
        media.iter().any(|l| l.ends_with("│ no figure")),
        "a side without the figure says so:\n{}",
        media.join("\n")
    );
    let speakers = block(&printed, "Speakers");
    assert!(
        speakers.iter().any(|l| l.starts_with("no figure ")),
        "{}",
        speakers.join("\n")
    );
}

#[test]
fn print_says_it_in_japanese_too() {
    let printed = print("ja", &["figures"]);
    for said in [
        "数え方：会場とオンラインの合計",
        "数え方：特記なし",
        "数え方が異なるため、増減は示さない",
        "注：会場だけの数は示されていない。",
        "20か国・地域超の増加（25%超）",
        "増加は4,279社未満（214%未満）",
        "データなし",
    ] {
        assert!(printed.contains(said), "{said}:\n{printed}");
    }
    assert!(!printed.contains("指標が異なる"), "{printed}");
}

#[test]
fn print_says_not_listed_where_a_list_makes_no_claim_and_keeps_timelines_at_the_top() {
    let printed = print("en", &["topics", "people", "timeline"]);
    assert!(!printed.contains("Only in"), "{printed}");
    for said in [
        "Not listed for 2024 Conf\nInternet governance (weight 3)",
        "Not listed for 2019 Conf\n",
        "Organizations: Not listed for 2024 Conf\nAcme (company)",
        "ICANN (international organization)",
    ] {
        assert!(printed.contains(said), "{said}:\n{printed}");
    }
    // The series' ITU is named by 2024's Cho, its Standards by no one.
    assert!(!printed.contains("Standards"), "{printed}");
    let timeline = &printed[printed.find("── Timeline").unwrap()..];
    let first = timeline.lines().nth(1).unwrap();
    assert!(
        first.starts_with("Jun 2013  The earliest event")
            && first.ends_with("May 2024  A recent event"),
        "each timeline from the top, side by side:\n{timeline}"
    );
}

#[test]
fn markdown_sets_notes_as_footnotes_and_says_no_figure() {
    let run = confer(&[
        "--content",
        FIXTURE,
        "print",
        "--format",
        "markdown",
        "--section",
        "figures",
    ]);
    let md = run.stdout;
    let row = md
        .lines()
        .find(|l| l.contains("4,800 people"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(
        row.contains("*Counted: on site and online together*"),
        "{row}"
    );
    assert!(
        row.contains("*counted differently: no change shown*"),
        "{row}"
    );
    assert!(
        row.contains("[^2]") && !row.contains("No count on site"),
        "{row}"
    );
    assert!(
        md.contains("\n[^1]: As counted at the closing press conference.\n"),
        "{md}"
    );
    assert!(
        md.contains("\n[^2]: No count on site alone was given.\n"),
        "{md}"
    );
    let media = md.lines().find(|l| l.contains("300 people")).unwrap();
    assert!(media.ends_with("| *Media*<br>*no figure* |"), "{media}");
}

fn fixture_app() -> confer::tui::app::App {
    folder_app(Path::new(FIXTURE))
}

/// The first page of the default deck's first slide that `wanted` picks, as drawn at
/// 120x40: reached as a presenter does, its number then Enter.
fn slide_shown(wanted: impl Fn(&Slide) -> bool) -> String {
    let mut app = fixture_app();
    // The series slide asks for every edition of the series; the shell reads them.
    let asked = app.update(Action::Present);
    common::perform(&mut app, asked);
    let at = app
        .deck()
        .unwrap()
        .pages
        .iter()
        .position(|p| wanted(&p.slide))
        .expect("the deck has the slide");
    for d in (at + 1).to_string().chars() {
        app.update(Action::SlideDigit(d));
    }
    app.update(Action::SlideJump);
    screen(&app)
}

#[test]
fn the_explorer_and_its_detail_say_it() {
    let mut app = fixture_app();
    let first = screen(&app);
    // The first screen answers "how did it change?".
    for said in [
        "Headline figures",
        "Participants: about 1,500 people",
        "counted differently: no change shown",
        "Countries: over 100 countries and regions",
        "Countries and regions: 80 countries and regions",
        "a rise of over 20 (over 25%)",
        "Media: no figure",
        "Central topics",
        "Internet governance",
    ] {
        assert!(first.contains(said), "{said}:\n{first}");
    }
    press(&mut app, "2");
    let figures = screen(&app);
    for said in [
        "Counted: on site and online together",
        "Note: No count on site alone was",
        "no figure",
        "a rise of under 4,279",
    ] {
        assert!(figures.contains(said), "{said}:\n{figures}");
    }
    // The first entry is participants: its detail has both bases and what they mean.
    press(&mut app, "\n");
    let detail = screen(&app);
    for said in [
        "Counted: not stated",
        "Counted: on site and online together",
        "counted differently: no change shown",
        "Note: As counted at the closing press conference.",
    ] {
        assert!(detail.contains(said), "{said}:\n{detail}");
    }
    press(&mut app, "\u{1b}jjjj\n");
    let media = screen(&app);
    assert!(media.contains("no figure"), "{media}");
}

#[test]
fn the_timeline_starts_at_the_top_and_merges_one_key_away() {
    let mut app = fixture_app();
    press(&mut app, "7");
    let side_by_side = screen(&app);
    let line = side_by_side
        .lines()
        .find(|l| l.contains("The earliest event"))
        .unwrap();
    assert!(line.contains("A recent event"), "{side_by_side}");
    assert!(
        side_by_side.contains("m axis:side by side"),
        "{side_by_side}"
    );
    press(&mut app, "m");
    let merged = screen(&app);
    let line = merged
        .lines()
        .find(|l| l.contains("The earliest event"))
        .unwrap();
    assert!(!line.contains("A recent event"), "one date axis:\n{merged}");
    let at = |text: &str| merged.find(text).unwrap();
    assert!(at("A second event") < at("A recent event"), "{merged}");
    assert!(merged.contains("m axis:merged"), "{merged}");
    // Elsewhere the key does nothing and the footer does not offer it.
    press(&mut app, "3");
    assert!(!screen(&app).contains("axis"));
    app.update(Action::TimelineAxis);
    press(&mut app, "7");
    assert!(screen(&app).contains("m axis:merged"));
}

#[test]
fn a_figure_slide_shows_both_bases_and_notes_and_no_change() {
    with_fixture(|c| {
        let (title, body) = confer::present::content(
            &Slide::Figure("participants".into()),
            c,
            confer::present::SeriesModels::default(),
            None,
            Lang::En,
        );
        assert_eq!(title, "Participants");
        let Body::Figure {
            left,
            right,
            change,
        } = body
        else {
            panic!("a figure slide");
        };
        let (left, right) = (left.unwrap(), right.unwrap());
        assert_eq!(left.basis.as_deref(), Some("Counted: not stated"));
        assert_eq!(
            right.basis.as_deref(),
            Some("Counted: on site and online together")
        );
        assert_eq!(
            right.note.as_deref(),
            Some("Note: No count on site alone was given.")
        );
        assert_eq!(
            change.map(|p| p.text),
            Some("counted differently: no change shown".to_string())
        );
        let (_, body) = confer::present::content(
            &Slide::Figure("media".into()),
            c,
            confer::present::SeriesModels::default(),
            None,
            Lang::Ja,
        );
        let Body::Figure { right, .. } = body else {
            panic!("a figure slide");
        };
        assert!(right.is_none(), "2024 has no media figure");
    });
    // As the room sees it.
    let shown = slide_shown(|slide| *slide == Slide::Figure("participants".into()));
    for said in [
        "Counted: on site and online together",
        "No count on site alone",
        "counted differently: no change shown",
    ] {
        assert!(shown.contains(said), "{said}:\n{shown}");
    }
}

#[test]
fn the_glance_slide_and_the_export_say_no_figure_and_counted_differently() {
    let run = confer(&[
        "--content",
        FIXTURE,
        "--lang",
        "ja",
        "present",
        "--export",
        "markdown",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run.stdout;
    assert!(md.contains("データなし"), "{md}");
    assert!(md.contains("数え方が異なるため、増減は示さない"), "{md}");
    assert!(
        md.contains("会場だけの数は示されていない。"),
        "the figure slide's note:\n{md}"
    );
    assert!(!md.contains("数字なし"), "{md}");
}

#[test]
fn the_series_slide_marks_the_year_counted_otherwise_and_gives_the_pair_s_notes() {
    let run = confer(&[
        "--content",
        FIXTURE,
        "present",
        "--export",
        "markdown",
        "--only",
        "series",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run.stdout;
    assert!(
        md.contains("| **2019** | **about 1,500 people** \\* |"),
        "{md}"
    );
    assert!(md.contains("on site and online together"), "{md}");
    assert!(
        md.contains("*\\- 2019: As counted at the closing press conference.*\\\n"),
        "{md}"
    );
    assert!(
        md.contains("*\\- 2024: No count on site alone was given.*\n"),
        "{md}"
    );
    // As the room sees it.
    let shown = slide_shown(|slide| matches!(slide, Slide::Series(_)));
    assert!(
        shown.contains("2019: As counted at the closing press"),
        "{shown}"
    );
}
