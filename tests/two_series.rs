//! Editions of two series side by side, as readers get them from `print` and `present`:
//! each side says which conference it is, and a figure both give pairs by its key, with
//! the bases shown where they differ and no change computed.

mod common;

use common::confer;

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
