//! Editions of two series side by side, as readers get them from `print` and `present`:
//! each side says which conference it is, and a figure both give pairs by its key, with
//! the bases shown where they differ and no change computed.

mod common;

use common::confer;
use confer::i18n::Lang;
use confer::present::SlideKind;

const PAIR: &str = "tests/fixtures/pair";

#[test]
fn print_says_which_conference_each_side_is_and_pairs_figures_by_key() {
    let run = confer(&[
        "--content",
        PAIR,
        "print",
        "north/2014",
        "south/2014",
        "--width",
        "100",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.stdout;
    let conference = out
        .lines()
        .find(|l| l.starts_with("Series: "))
        .unwrap_or_else(|| panic!("no conference row: {out}"));
    assert!(conference.contains("North Conference"), "{conference}");
    assert!(conference.contains("│ Series: South Forum"), "{conference}");
    // Counted differently: both values, both bases, and no change.
    assert!(out.contains("about 1,000 people"), "{out}");
    assert!(out.contains("over 3,000 people"), "{out}");
    assert!(out.contains("counted differently"), "{out}");
    assert!(
        !out.contains("+2,000") && !out.contains("+200%"),
        "no change across bases: {out}"
    );
}

#[test]
fn editions_of_one_series_say_no_conference_row() {
    let run = confer(&[
        "--content",
        PAIR,
        "print",
        "north/2014",
        "north/2016",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Series: "), "{}", run.stdout);
}

#[test]
fn someone_in_both_series_is_in_both_editions() {
    let run = confer(&[
        "--content",
        PAIR,
        "print",
        "north/2014",
        "south/2014",
        "--width",
        "100",
        "--lang",
        "en",
    ]);
    let people = run
        .stdout
        .split("── People")
        .nth(1)
        .expect("a people section");
    let both = people.split("In both").nth(1).expect("an 'In both' group");
    assert!(
        both.lines().nth(1).is_some_and(|l| l.contains("Ana Sato")),
        "{people}"
    );
}

#[test]
fn the_markdown_handout_and_the_slides_name_both_conferences() {
    let md = confer(&[
        "--content",
        PAIR,
        "print",
        "north/2014",
        "south/2014",
        "--format",
        "markdown",
        "--lang",
        "ja",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout
            .starts_with("# 北会議と南フォーラム：2014 北 / 2014 南\n"),
        "{}",
        md.stdout
    );
    let slides = confer(&[
        "--content",
        PAIR,
        "present",
        "north/2014",
        "south/2014",
        "--export",
        "markdown",
        "--lang",
        "en",
    ]);
    assert_eq!(slides.code, 0, "{}", slides.stderr);
    let out = slides.stdout;
    assert!(
        out.contains("title: \"North Conference and South Forum\""),
        "{out}"
    );
    let title_slide = out.split("<!-- end_slide -->").next().unwrap();
    let left = title_slide
        .find("*North Conference*")
        .expect("left says its series");
    let right = title_slide
        .find("*South Forum*")
        .expect("right says its series");
    assert!(left < right, "{title_slide}");
}

/// The built-in World Internet Conference and IGF of 2014, side by side: participants pair
/// by key but were counted differently, so no change is said; Fadi Chehadé spoke at both.
#[test]
fn wuzhen_and_istanbul_2014_pair_their_figures_and_find_who_was_at_both() {
    let run = confer(&[
        "print", "wic/2014", "igf/2014", "--width", "100", "--lang", "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.stdout;
    let figures = out.split("── Figures").nth(1).unwrap();
    let participants: Vec<&str> = figures.lines().skip(1).take(4).collect();
    assert!(
        participants[0].starts_with("Participants") && participants[0].contains("│ Participants")
    );
    assert!(
        participants[1].contains("about 1,000 people")
            && participants[1].contains("over 3,500 people")
    );
    assert!(
        participants[2].contains("Counted: not stated")
            && participants[2].contains("on site and online together")
    );
    assert!(
        participants[3].contains("counted differently: no difference shown"),
        "{participants:?}"
    );
    let people = out.split("── People").nth(1).unwrap();
    let both = people.split("In both").nth(1).unwrap();
    assert!(
        both.lines().nth(1).unwrap().starts_with("Fadi Chehadé"),
        "{people}"
    );
    let series = out.lines().find(|l| l.starts_with("Series: ")).unwrap();
    assert!(
        series.contains("World Internet Conference")
            && series.contains("Internet Governance Forum")
    );
}

/// `confer series wic igf` on the built-in content: a chart for participants with a row for
/// each edition of both (2014 has both), marks where the counting differs, and Jun Murai
/// and Fadi Chehadé among those listed in both series; the same in Markdown.
#[test]
fn the_two_built_in_series_side_by_side_as_text_and_markdown() {
    let run = confer(&["series", "wic", "igf", "--width", "100", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.stdout;
    let chart: Vec<&str> = out
        .split("\nParticipants\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with(" 20") || l.starts_with("       "))
        .collect();
    assert_eq!(chart.len(), 32, "every edition of both: {chart:?}");
    assert!(
        chart
            .iter()
            .any(|l| l.starts_with(" 2014  wic  █") && l.contains("about 1,000 people")),
        "{chart:?}"
    );
    assert!(
        chart
            .iter()
            .any(|l| l.starts_with("       igf  ▒") && l.contains("over 3,500 people")),
        "{chart:?}"
    );
    assert!(
        out.contains("* Counted differently from igf 2025 (on site and online together):"),
        "{out}"
    );
    // Years of a series counted alike are one line, not a line a year.
    let under: Vec<&str> = out
        .split("(on site and online together):\n")
        .nth(1)
        .unwrap()
        .lines()
        .take(4)
        .collect();
    assert_eq!(
        under,
        [
            "   igf 2006–2013  on site",
            "   wic 2014–2019, 2024, 2025  basis not stated",
            "   igf 2020  online",
            "   Notes",
        ]
    );
    let both = out.split("People listed in both series\n").nth(1).unwrap();
    for (name, years) in [
        ("Fadi Chehadé", "wic 2014, 2015, 2023   igf 2014"),
        ("Jun Murai", "igf 2023"),
    ] {
        let line = both
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name}: {both}"));
        assert!(line.contains(years), "{line}");
    }
    let md = confer(&[
        "series", "wic", "igf", "--format", "markdown", "--lang", "ja",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    let md = md.stdout;
    assert!(md.starts_with("# 世界インターネット大会とインターネット・ガバナンス・フォーラム\n"));
    assert!(md.contains("| 年 | wic | igf |"), "{md}");
    assert!(md.contains("| 2006 | （収録なし） | 1,350人 \\* |"), "{md}");
    assert!(md.contains("| 2014 | 約1,000人 \\* | 3,500人超 |"), "{md}");
    assert!(
        md.contains("\n- **igf 2006〜2013**：会場の参加者\n"),
        "{md}"
    );
    assert!(
        md.contains("| ファディ・シェハデ | 2014、2015、2023 | 2014 |"),
        "{md}"
    );
}

/// The series slide of Wuzhen 2014 beside Istanbul 2014 sets both series on one chart, each
/// row naming its series, both editions compared in bold: not the Wuzhen series alone with
/// only its own 2014 marked, as if the right side were part of it.
#[test]
fn the_series_slide_across_two_series_charts_both() {
    let run = confer(&[
        "present", "wic/2014", "igf/2014", "--export", "markdown", "--only", "series", "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = run.stdout;
    assert!(
        md.contains("*wic  World Internet Conference: 12 editions, 2014–2025*"),
        "{md}"
    );
    assert!(md.contains("| Year | Series | Value |"), "{md}");
    assert!(md.contains("| 2006 | igf | 1,350 people \\* |"), "{md}");
    assert!(
        md.contains("| **2014** | **wic** | **about 1,000 people** \\* |"),
        "{md}"
    );
    assert!(
        md.contains("| **2014** | **igf** | **over 3,500 people** |"),
        "{md}"
    );
    let rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(" | wic | "))
        .count();
    assert_eq!(rows, 11, "wic's years but the compared 2014: {md}");
    assert!(
        md.contains("(on site and online together): igf 2006–2013 (on site), wic"),
        "{md}"
    );

    // On the screen, as the explorer's slides draw it once both series are read.
    let mut a = common::builtin_app_on(["wic/2014", "igf/2014"], (120, 40), Lang::Ja);
    let asked = a.present(&[SlideKind::Series], true);
    common::perform(&mut a, asked);
    let shown = common::screen(&a);
    assert!(shown.contains("参加者の推移"), "{shown}");
    assert!(
        shown.contains("▒ igf　インターネット・ガバナンス・フォーラム：全20回（2006〜2025年）"),
        "each series after the block of its bars: {shown}"
    );
    let bars: Vec<&str> = (shown.lines())
        .filter(|l| l.contains('█') || l.contains('▒'))
        .collect();
    assert!(
        bars.iter()
            .any(|l| l.trim_start().starts_with("> 2014 wic █")),
        "{shown}"
    );
    assert!(
        bars.iter()
            .any(|l| l.trim_start().starts_with("> 2014 igf ▒")),
        "{shown}"
    );
    assert!(bars.iter().any(|l| l.contains("2025 igf ▒")), "{shown}");
    // On a small screen, the rows that do not fit give way around the two compared.
    let mut small = common::builtin_app_on(["wic/2014", "igf/2014"], (60, 20), Lang::En);
    let asked = small.present(&[SlideKind::Series], true);
    common::perform(&mut small, asked);
    let shown = common::screen(&small);
    assert!(
        shown.contains("editions do not fit and are left out)"),
        "{shown}"
    );
    assert!(shown.contains("> 2014 wic █"), "{shown}");
    assert!(shown.contains("> 2014 igf ▒"), "{shown}");
    assert!(shown.contains("  2025 igf ▒"), "{shown}");
    // The series view read first shows the left's series, and reads only that; slides
    // opened afterwards ask for the right's.
    let mut a = common::builtin_app_on(["wic/2014", "igf/2014"], (120, 40), Lang::En);
    common::press(&mut a, "0");
    assert!(a.series_model().is_some());
    assert!(a.right_model().is_none(), "the view shows wic alone");
    let asked = a.present(&[SlideKind::Series], true);
    common::perform(&mut a, asked);
    let shown = common::screen(&a);
    assert!(shown.contains("> 2014 igf ▒"), "{shown}");
    // Editions of one series: the chart of that series alone, with no series column.
    let mut one = common::builtin_app_on(["wic/2014", "wic/2025"], (120, 40), Lang::En);
    let asked = one.present(&[SlideKind::Series], true);
    common::perform(&mut one, asked);
    let shown = common::screen(&one);
    assert!(shown.contains("> 2014 █"), "{shown}");
    assert!(!shown.contains(" igf "), "{shown}");
}

/// Kyoto beside Wuzhen in 2023 is another conference, not Wuzhen grown: between them a
/// difference, in the words of one, and where they counted differently no difference.
#[test]
fn between_two_series_the_figures_differ_rather_than_change() {
    let ja = confer(&[
        "print", "wic/2023", "igf/2023", "--lang", "ja", "--width", "120",
    ]);
    assert_eq!(ja.code, 0, "{}", ja.stderr);
    let figures = ja.stdout.split("主な数値").nth(1).unwrap();
    let figures = figures.split("中心となったトピック").next().unwrap();
    assert!(figures.contains("2日多い（+67%）"), "{figures}");
    assert!(
        figures.contains("下限どうしで7,479人多い（+416%）"),
        "{figures}"
    );
    assert!(
        figures.contains("数え方が異なるため、差は示さない"),
        "{figures}"
    );
    assert!(
        !figures.contains('増') && !figures.contains('減'),
        "{figures}"
    );
    let en = confer(&[
        "print", "wic/2023", "igf/2023", "--lang", "en", "--width", "120",
    ]);
    assert!(
        en.stdout
            .contains("counted differently: no difference shown"),
        "{}",
        en.stdout
    );
    // Two editions of one series still change.
    let one = confer(&[
        "print", "wic/2014", "wic/2025", "--lang", "ja", "--width", "120",
    ]);
    assert!(
        one.stdout.contains("600人超の増加（60%超）"),
        "{}",
        one.stdout
    );
}
