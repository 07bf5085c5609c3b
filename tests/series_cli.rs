//! `confer series` as readers get it: snapshots at 60, 100 and 160 columns in Japanese and
//! English, the shape of every line, the Markdown handout, a two-edition series, a series
//! of 50 editions, and the exit codes (0 fine, 1 content, 2 usage).

mod common;
#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::Path;

use common::confer;
use confer::content::{ContentLocation, Library};
use confer::i18n::Lang;
use confer::present::SlideKind;
use confer::text::{Profile, display_width};

/// Marks that close a phrase: a line must never start with one.
const CLOSING: &str = "、。，．・：；？！）」』】〕〉》’”,.)]}:;?!";

/// Every line fits in `width`, none starts with closing punctuation, none ends in a space,
/// and no escape byte is left in.
fn assert_shape(text: &str, width: usize, what: &str) {
    let profile = Profile::default();
    assert!(!text.is_empty(), "{what}: nothing printed");
    for line in text.lines() {
        assert!(
            display_width(line, &profile) <= width,
            "{what}: wider than {width}: {line:?}"
        );
        let first = line.trim_start().chars().next();
        assert!(
            !first.is_some_and(|c| CLOSING.contains(c)),
            "{what}: starts with closing punctuation: {line:?}"
        );
        assert!(!line.ends_with(' '), "{what}: trailing space: {line:?}");
        assert!(!line.contains('\x1b'), "{what}: escape code: {line:?}");
    }
}

#[test]
fn snapshots_of_the_built_in_series_fit_their_width() {
    for width in [60, 100, 160] {
        for lang in ["ja", "en"] {
            let w = width.to_string();
            let run = confer(&["series", "--color", "never", "--width", &w, "--lang", lang]);
            assert_eq!(run.code, 0, "{lang} {width}: {}", run.stderr);
            assert_eq!(run.stderr, "", "{lang} {width}");
            assert_shape(&run.stdout, width, &format!("{lang} at {width}"));
            insta::assert_snapshot!(format!("series_{lang}_{width}"), run.stdout);
        }
    }
}

/// The rows of a figure's table in a Markdown handout: (year, value).
fn table_rows(markdown: &str, label: &str) -> Vec<(String, String)> {
    let start = markdown
        .find(&format!("**{label}**\n\n"))
        .unwrap_or_else(|| panic!("no table for {label}"));
    markdown[start..]
        .lines()
        .skip(4)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            (cells[0].to_string(), cells[1].to_string())
        })
        .collect()
}

#[test]
fn the_markdown_handout_gives_every_year_and_never_a_zero_for_a_missing_figure() {
    let run = confer(&["series", "--format", "markdown", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("| 2014 | about 1,000 people |"),
        "{}",
        run.stdout
    );
    let library = Library::open(&ContentLocation::BuiltIn);
    let model = confer::series::read(&library, "wic", &mut |_, _| ())
        .expect("the built-in series")
        .model;
    let mut missing = 0;
    for figure in &model.figures {
        let rows = table_rows(&run.stdout, figure.label.get("en"));
        assert_eq!(rows.len(), model.columns.len(), "{}", figure.key);
        for ((year, value), (column, given)) in
            rows.iter().zip(model.columns.iter().zip(&figure.values))
        {
            assert_eq!(year, &column.year.to_string(), "{}", figure.key);
            if given.is_none() {
                missing += 1;
                assert_eq!(value, "no figure", "{} in {year}", figure.key);
            }
            assert!(
                !(value == "0" || value.starts_with("0 ")),
                "{} in {year}: {value}",
                figure.key
            );
        }
    }
    assert!(
        missing > 0,
        "the built-in series has figures missing in some years"
    );
}

fn fixture_series() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/series").to_string()
}

/// The lines after the line `title`, up to the next blank line.
fn block<'a>(text: &'a str, title: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|line| *line != title)
        .skip(1)
        .take_while(|line| !line.is_empty())
        .collect()
}

#[test]
fn a_series_of_two_editions_charts_both_years_and_names_who_came_back() {
    let dir = fixture_series();
    let run = confer(&["--content", &dir, "series", "--width", "80", "--lang", "en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = block(&run.stdout, "Participants");
    assert_eq!(rows.len(), 2, "{}", run.stdout);
    for (row, year) in rows.iter().zip(["2020", "2021"]) {
        assert!(row.trim_start().starts_with(year), "{row:?}");
        assert!(row.contains('█'), "a bar: {row:?}");
    }
    assert!(rows[1].ends_with("over 2,100 people"), "{rows:?}");
    // Booths are given for 2020 only: no chart of one edition, but listed under the charts.
    assert!(block(&run.stdout, "Booths").is_empty(), "{}", run.stdout);
    assert_eq!(
        block(&run.stdout, "Given by one edition only"),
        ["   2020  Booths: 12"]
    );
    let people = block(&run.stdout, "People who came back");
    assert!(
        people.iter().any(|line| line.starts_with("Hanako Sato")),
        "{people:?}"
    );
    assert!(!run.stdout.contains("Only Once"), "listed once only");
}

/// `confer series` on the fixture series "yearly": participants counted with no basis in
/// 2022, on site and online in 2023, guests on site in 2024 (the latest); days with a basis
/// in 2022 only; no countries in 2023; booths in 2023 alone.
fn yearly(args: &[&str]) -> String {
    let dir = fixture_series();
    let mut all = vec!["--content", dir.as_str(), "series", "yearly"];
    all.extend(args);
    let run = confer(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

/// The lines from `first` up to the next blank one, `first` included.
fn section(text: &str, first: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|line| *line != first)
        .take_while(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

#[test]
fn the_terminal_marks_years_counted_differently_and_says_how_in_english() {
    let out = yearly(&["--width", "80", "--lang", "en"]);
    assert_shape(&out, 80, "yearly en");
    let figures: Vec<&str> = out
        .lines()
        .skip_while(|line| *line != "Figures over the years")
        .take_while(|line| *line != "Themes by year")
        .collect();
    assert_eq!(
        figures.join("\n"),
        "\
Figures over the years
Participants
   2022  ██████████████                                      about 800 people  *
   2023  ███████████████████████████████████████████████████ over 3,000 people *
   2024  ████████████████████                                1,200 people
   * Counted differently from 2024 (guests on site):
   2022  basis not stated
   2023  on site and online
   Notes
   2022  Registrations, as the organizers announced them.
   2023  About 1,000 came to the venue; the rest took part online, from 40
         countries, through the conference's own streaming site.

Days
   2022  █████████████████████████████████████████                      2 days *
   2023  ██████████████████████████████████████████████████████████████ 3 days
   2024  ██████████████████████████████████████████████████████████████ 3 days
   * Counted differently from 2024 (basis not stated):
   2022  main programme only

Countries and regions
   2022  █████████████████████████████████████████████                        30
   2023  no figure
   2024  ████████████████████████████████████████████████████████████████████ 45

Given by one edition only
   2023  Exhibition booths: 40
         Note: Counted on the floor plan of the exhibition hall.
"
    );
}

#[test]
fn the_terminal_marks_years_counted_differently_and_says_how_in_japanese() {
    let out = yearly(&["--width", "80", "--lang", "ja"]);
    assert_shape(&out, 80, "yearly ja");
    assert_eq!(
        section(&out, "参加者"),
        "\
参加者
   2022  ████████████████                                            約800人   *
   2023  ███████████████████████████████████████████████████████████ 3,000人超 *
   2024  ████████████████████████                                    1,200人
   * 2024年（会場の来賓）と数え方が異なる年
   2022  数え方の記載なし
   2023  会場とオンラインの合計
   注
   2022  主催者の発表による登録者数。
   2023  会場に来たのは1,000人ほどで、残りは大会の配信サイトを通じて40か国からオ
         ンラインで参加した。"
    );
    assert_eq!(
        section(&out, "会期").lines().nth(4),
        Some("   * 2024年（数え方の記載なし）と数え方が異なる年")
    );
    assert_eq!(
        section(&out, "参加国・地域").lines().nth(2),
        Some("   2023  データなし")
    );
    assert_eq!(
        section(&out, "一つの回だけにある数値"),
        "一つの回だけにある数値\n   2023  展示ブース：40\n         注：展示会場の案内図で数えた。"
    );
    assert!(!out.contains("数字なし"), "the old wording");
}

#[test]
fn the_markdown_marks_explains_and_notes_each_table_and_never_leaves_a_cell_blank() {
    let en = yearly(&["--format", "markdown", "--lang", "en"]);
    let participants = &en[en.find("**Participants**").expect("its table")..];
    let participants = &participants[..participants.find("**Days**").expect("the next")];
    assert_eq!(
        participants,
        "\
**Participants**

| Year | Value |
| --- | --- |
| 2022 | about 800 people \\* |
| 2023 | over 3,000 people \\* |
| 2024 | 1,200 people |

\\* Counted differently from 2024 (guests on site):

- **2022**: basis not stated
- **2023**: on site and online

Notes:

- **2022**: Registrations, as the organizers announced them.
- **2023**: About 1,000 came to the venue; the rest took part online, from 40 countries, \
through the conference's own streaming site.

"
    );
    assert!(en.contains("| 2023 | no figure |\n"), "{en}");
    assert!(
        en.contains("\\* Counted differently from 2024 (basis not stated):\n\n- **2022**: main programme only\n"),
        "{en}"
    );
    assert!(
        en.contains(
            "**Given by one edition only**\n\n- **Exhibition booths** (2023): 40\n  - Note: Counted on the floor plan of the exhibition hall.\n"
        ),
        "{en}"
    );
    let ja = yearly(&["--format", "markdown", "--lang", "ja"]);
    for said in [
        "| 2022 | 約800人 \\* |\n",
        "| 2023 | 3,000人超 \\* |\n",
        "| 2024 | 1,200人 |\n",
        "\\* 2024年（会場の来賓）と数え方が異なる年\n\n- **2022**：数え方の記載なし\n- **2023**：会場とオンラインの合計\n",
        "注：\n\n- **2022**：主催者の発表による登録者数。\n",
        "| 2023 | データなし |\n",
        "**一つの回だけにある数値**\n\n- **展示ブース**（2023年）：40\n  - 注：展示会場の案内図で数えた。\n",
    ] {
        assert!(ja.contains(said), "{said}\n{ja}");
    }
    assert!(!ja.contains("数字なし"), "the old wording");
}

/// `confer present --export markdown` on the fixture series "yearly", 2022 against 2024.
fn yearly_export(args: &[&str]) -> String {
    let dir = fixture_series();
    let mut all = vec![
        "--content",
        dir.as_str(),
        "present",
        "yearly/2022",
        "yearly/2024",
        "--export",
        "markdown",
    ];
    all.extend(args);
    let run = confer(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn the_series_slide_export_marks_the_years_counted_differently_and_says_so_under_the_table() {
    let en = yearly_export(&["--only", "series", "--lang", "en"]);
    let table = &en[en.find("| Year |").expect("the table")..];
    assert_eq!(
        table,
        "\
| Year | Value |
| --- | --- |
| **2022** | **about 800 people** \\* |
| 2023 | over 3,000 people \\* |
| **2024** | **1,200 people** |

\\* Counted differently from 2024 (guests on site): 2022 (basis not stated), 2023 (on site and\\
online)

*\\- 2022: Registrations, as the organizers announced them.*

"
    );
    let ja = yearly_export(&["--only", "series", "--lang", "ja"]);
    assert!(
        ja.contains(
            "| **2024** | **1,200人** |\n\n\\* 2024年（会場の来賓）と数え方が異なる年：2022年（数え方の記載なし）、2023年（会場とオンライン\\\nの合計）\n"
        ),
        "{ja}"
    );
    // A deck's series slide of a figure one year lacks: "no figure", in either language.
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("deck.toml");
    std::fs::write(
        &deck,
        "format = 1\n\n[deck]\nseries = \"yearly\"\n\n[[slides]]\nshow = \"series\"\nkey = \"countries\"\n",
    )
    .unwrap();
    let deck = deck.to_str().unwrap();
    for (lang, none) in [("en", "no figure"), ("ja", "データなし")] {
        let out = yearly_export(&["--deck", deck, "--lang", lang]);
        assert!(out.contains(&format!("| 2023 | {none} |\n")), "{out}");
        assert!(!out.contains("\\*"), "countries are counted alike: {out}");
    }
}

#[test]
fn the_series_slide_on_screen_marks_the_years_and_says_so_under_the_bars() {
    let dir = tempfile::tempdir().unwrap();
    let yearly = dir.path().join("yearly");
    std::fs::create_dir(&yearly).unwrap();
    for file in ["series.toml", "2022.toml", "2023.toml", "2024.toml"] {
        std::fs::copy(
            Path::new(&fixture_series()).join("yearly").join(file),
            yearly.join(file),
        )
        .unwrap();
    }
    for lang in [Lang::En, Lang::Ja] {
        let mut app = common::folder_app(dir.path());
        app.lang = lang;
        // The series slide asks for every edition of the series; the shell reads them.
        let asked = app.present(&[SlideKind::Series], true);
        common::perform(&mut app, asked);
        let shown = common::screen(&app);
        let (first, second, latest, said) = match lang {
            Lang::En => (
                "about 800 people  *",
                "over 3,000 people *",
                "1,200 people",
                "* Counted differently from 2024 (guests on site): 2022 (basis not stated),",
            ),
            Lang::Ja => (
                "約800人   *",
                "3,000人超 *",
                "1,200人",
                "* 2024年（会場の来賓）と数え方が異なる年：2022年（数え方の記載なし）、2023",
            ),
        };
        let bars: Vec<&str> = shown
            .lines()
            .filter(|l| l.contains('█'))
            .map(str::trim_end)
            .collect();
        assert_eq!(bars.len(), 3, "{shown}");
        for (bar, (year, ends)) in
            bars.iter()
                .zip([("2022", first), ("2023", second), ("2024", latest)])
        {
            assert!(bar.contains(year), "{bar:?}");
            assert!(bar.ends_with(ends), "{lang:?}: {bar:?}\n{shown}");
        }
        assert!(shown.contains(said), "{lang:?}:\n{shown}");
        let profile = confer::text::Profile::default();
        for line in shown.lines() {
            assert!(display_width(line, &profile) <= 120, "{line:?}");
        }
    }
}

#[test]
fn fifty_editions_keep_the_latest_that_fit_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 1, 50, 20).unwrap();
    let content = dir.path().to_str().unwrap();
    let run = confer(&["--content", content, "series", "--width", "100"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_shape(&run.stdout, 100, "50 editions");
    assert!(
        run.stdout.contains("left out to fit the width"),
        "{}",
        run.stdout
    );
    // Every edition is in the charts, though not all fit in the matrices.
    assert_eq!(block(&run.stdout, "Figure 0").len(), 50);
}

#[test]
fn without_a_series_named_the_first_series_compared_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    generate::generate(dir.path(), 2, 2, 10).unwrap();
    let content = dir.path().to_str().unwrap();
    let first = confer(&["--content", content, "series", "--lang", "en"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stdout.starts_with("Series 0\n"), "{}", first.stdout);
    let named = confer(&["--content", content, "series", "series-1", "--lang", "en"]);
    assert_eq!(named.code, 0, "{}", named.stderr);
    assert!(named.stdout.starts_with("Series 1\n"), "{}", named.stdout);
}

#[test]
fn an_unknown_series_is_a_usage_error_that_names_the_series_there_are() {
    let run = confer(&["series", "wc"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr.trim_end(),
        "error: no series 'wc' (did you mean 'wic'?); the series are: wic, igf"
    );
    let far = confer(&["series", "nothing-like-it"]);
    assert_eq!(far.code, 2);
    assert!(
        far.stderr
            .contains("no series 'nothing-like-it'; the series are: wic, igf"),
        "{}",
        far.stderr
    );
}

#[test]
fn an_edition_that_does_not_read_is_named_and_the_rest_printed() {
    let dir = tempfile::tempdir().unwrap();
    let two = dir.path().join("two");
    std::fs::create_dir(&two).unwrap();
    for file in ["series.toml", "2020.toml", "2021.toml"] {
        std::fs::copy(
            Path::new(&fixture_series()).join("two").join(file),
            two.join(file),
        )
        .unwrap();
    }
    // Its [edition] table still indexes; the entry after it does not read.
    let broken = two.join("2021.toml");
    let text = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(
        &broken,
        format!("{text}\n[[people]]\nid = \"late\"\nnmae = \"x\"\n"),
    )
    .unwrap();
    let content = dir.path().to_str().unwrap();
    for format in ["text", "markdown"] {
        let run = confer(&[
            "--content",
            content,
            "series",
            "--format",
            format,
            "--lang",
            "en",
        ]);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        let said: Vec<&str> = run
            .stderr
            .lines()
            .filter(|l| l.contains("two/2021"))
            .collect();
        assert_eq!(said.len(), 1, "{format}: {}", run.stderr);
        assert!(said[0].contains("left out"), "{}", said[0]);
        assert!(
            run.stdout.contains("A conference held twice"),
            "{format}: {}",
            run.stdout
        );
        assert!(run.stdout.contains("2020"), "{format}: {}", run.stdout);
    }
}

#[test]
fn help_names_the_command_and_its_options() {
    let help = confer(&["series", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--format"), "{}", help.stdout);
    assert!(help.stdout.contains("[SERIES]"), "{}", help.stdout);
    let top = confer(&["--help"]);
    assert!(
        top.stdout.contains("Print a series over the years"),
        "{}",
        top.stdout
    );
}

#[test]
fn global_options_work_on_either_side_of_series() {
    let before = confer(&[
        "--lang",
        "ja",
        "--ambiguous-width",
        "2",
        "series",
        "--width",
        "70",
    ]);
    let after = confer(&[
        "series",
        "--width",
        "70",
        "--lang",
        "ja",
        "--ambiguous-width",
        "2",
    ]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    assert_eq!(before.stdout, after.stdout);
    assert!(before.stdout.starts_with("世界インターネット大会\n"));
}

#[test]
fn ambiguous_width_two_draws_only_marks_that_are_one_column_everywhere() {
    let run = confer(&[
        "series",
        "--ambiguous-width",
        "2",
        "--lang",
        "en",
        "--width",
        "100",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for mark in ['█', '●', '·'] {
        assert!(!run.stdout.contains(mark), "{mark}: {}", run.stdout);
    }
    assert!(run.stdout.contains("  ###"), "bars of #: {}", run.stdout);
    assert!(
        run.stdout.contains("* listed   - not listed"),
        "{}",
        run.stdout
    );
    let wide = Profile::ambiguous_wide();
    for line in run.stdout.lines() {
        assert!(display_width(line, &wide) <= 100, "{line:?}");
    }
}

#[test]
fn colour_styles_headings_and_is_off_unless_asked() {
    let on = confer(&["series", "--color", "always", "--lang", "en"]);
    assert_eq!(on.code, 0);
    assert!(
        on.stdout
            .starts_with("\x1b[1mWorld Internet Conference\x1b[0m\n"),
        "{:?}",
        &on.stdout[..80]
    );
    assert!(on.stdout.contains("\x1b[1mFigures over the years\x1b[0m\n"));
    assert!(on.stdout.contains("\x1b[2m2014\x1b[0m"), "dim years");
    let off = confer(&["series", "--lang", "en"]);
    assert!(!off.stdout.contains('\x1b'));
    let plain: String = on
        .stdout
        .replace("\x1b[1m", "")
        .replace("\x1b[2m", "")
        .replace("\x1b[0m", "");
    assert_eq!(plain, off.stdout, "colour changes nothing but the styles");
}

#[test]
fn the_presenterm_export_carries_the_series_slide_as_a_table() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args([
            "present", "--export", "markdown", "--only", "series", "--lang", "en",
        ])
        .env_remove("CONFER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Participants over the years\n==="), "{text}");
    // The pair compared in bold; every edition a row.
    assert!(
        text.contains("| **2014** | **about 1,000 people** |"),
        "{text}"
    );
    // 2020 counted on site and online, where 2025 says nothing particular: marked, and why.
    assert!(text.contains("| 2020 | over 500 people \\* |"), "{text}");
    assert!(
        text.contains("\\* Counted differently from 2025 (basis not stated): 2020–2023 (on site and online together)"),
        "{text}"
    );
    assert!(
        text.contains("| **2025** | **over 1,600 people** |"),
        "{text}"
    );
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| 20") || l.starts_with("| **20"))
        .count();
    assert_eq!(rows, 12);
}

#[test]
fn two_series_print_side_by_side_within_the_width_and_as_markdown() {
    let pair = "tests/fixtures/pair";
    for lang in ["en", "ja"] {
        for width in ["40", "80", "120"] {
            let args = [
                "--content",
                pair,
                "series",
                "north",
                "south",
                "--lang",
                lang,
            ];
            let run = confer(&[&args[..], &["--width", width]].concat());
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_shape(
                &run.stdout,
                width.parse().unwrap(),
                &format!("{lang} at {width}"),
            );
        }
    }
    let text = confer(&[
        "--content",
        pair,
        "series",
        "north",
        "south",
        "--lang",
        "en",
    ]);
    assert!(
        text.stdout
            .starts_with("North Conference and South Forum\n")
    );
    assert!(
        text.stdout.contains("People listed in both series\n"),
        "{}",
        text.stdout
    );
    let md = confer(&[
        "series",
        "north",
        "south",
        "--format",
        "markdown",
        "--content",
        pair,
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout.contains("| Year | north | south |"),
        "{}",
        md.stdout
    );
}

/// The built-in series side by side at narrow widths: the years counted alike under a
/// chart can be wider than half the line ("igf 2006–2012, 2015–2019, 2021, 2022, 2024"),
/// and then take lines of their own rather than overflow.
#[test]
fn the_built_in_series_side_by_side_fit_narrow_widths() {
    for lang in ["en", "ja"] {
        for width in [30, 40, 60] {
            let w = width.to_string();
            let run = confer(&["series", "wic", "igf", "--lang", lang, "--width", &w]);
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_shape(&run.stdout, width, &format!("{lang} at {width}"));
        }
    }
    let run = confer(&["series", "wic", "igf", "--lang", "en", "--width", "40"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let at = (lines.iter())
        .position(|l| l.trim() == "igf 2006–2012, 2015–2019, 2021, 2022,")
        .unwrap_or_else(|| panic!("{}", run.stdout));
    assert_eq!(lines[at + 1], "   2024");
    assert_eq!(lines[at + 2], "         countries, as the source counts");
}

#[test]
fn a_third_series_or_an_unknown_second_is_a_usage_error() {
    let pair = "tests/fixtures/pair";
    let three = confer(&["--content", pair, "series", "north", "south", "north"]);
    assert_eq!(three.code, 2, "{}", three.stderr);
    let unknown = confer(&["--content", pair, "series", "north", "sout"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("no series 'sout' (did you mean 'south'?)"),
        "{}",
        unknown.stderr
    );
}
