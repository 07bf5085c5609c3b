//! `confer print` as readers get it: snapshots at 50, 80 and 120 columns in Japanese and
//! English, the Markdown handout, and the shape of every line at every width from 40 to 200.

use confer::compare::compare;
use confer::content::{ContentLocation, Loaded, load};
use confer::editions::choose;
use confer::i18n::Lang;
use confer::print::{self, PrintOptions};
use confer::rows::{Columns, Section};
use confer::text::{Profile, display_width};
use unicode_width::UnicodeWidthStr;

fn printed(loaded: &Loaded, width: usize, lang: Lang) -> String {
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let options = PrintOptions {
        sections: Section::ALL.to_vec(),
        width,
        lang,
        color: false,
        profile: Profile::default(),
    };
    print::text(&compare(left, right), &options)
}

#[test]
fn snapshots_of_the_built_in_comparison() {
    let loaded = load(&ContentLocation::BuiltIn);
    for width in [50, 80, 120] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
            insta::assert_snapshot!(
                format!("print_{tag}_{width}"),
                printed(&loaded, width, lang)
            );
        }
    }
}

#[test]
fn snapshot_of_the_markdown_handout() {
    let loaded = load(&ContentLocation::BuiltIn);
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let sections = [
        Section::Overview,
        Section::Figures,
        Section::Topics,
        Section::Sources,
    ];
    insta::assert_snapshot!(
        "markdown_en",
        print::markdown(&compare(left, right), &sections, Lang::En)
    );
}

/// The web addresses of the sources of the two editions `print` compares by default.
fn addresses(loaded: &Loaded) -> Vec<String> {
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let c = compare(left, right);
    let sources = c.sources.0.iter().chain(&c.sources.1);
    sources.filter_map(|s| s.url.clone()).collect()
}

/// Every line fits, but for an address wider than its column, which stands whole on a line
/// of its own; the gutter stands in one column; no line ends in a space.
fn assert_shape(text: &str, width: usize, addresses: &[String], what: &str) {
    let profile = Profile::default();
    let gutter = Columns::new(width).left + 1;
    let mut gutters = 0;
    for line in text.lines() {
        let alone = line.trim_start().trim_start_matches('│').trim_start();
        assert!(
            display_width(line, &profile) <= width || addresses.iter().any(|a| a == alone),
            "{what} at {width}: too wide: {line:?}"
        );
        assert!(
            !line.ends_with(' '),
            "{what} at {width}: trailing space: {line:?}"
        );
        if let Some(at) = line.find('│') {
            gutters += 1;
            assert_eq!(
                display_width(&line[..at], &profile),
                gutter,
                "{what} at {width}: {line:?}"
            );
            assert_eq!(line.matches('│').count(), 1, "{what} at {width}: {line:?}");
        }
    }
    assert_eq!(
        gutters > 0,
        width >= 60,
        "{what} at {width}: side by side from 60 columns"
    );
}

/// Each source's address whole on one line, alone in its column, at every width; one that
/// fits its column stays inside it.
#[test]
fn every_address_is_printed_whole_on_a_line_of_its_own() {
    let loaded = load(&ContentLocation::BuiltIn);
    let addresses = addresses(&loaded);
    assert!(addresses.len() > 10, "the built-in sources have addresses");
    let profile = Profile::default();
    for width in [40, 50, 59, 60, 80, 100, 120, 200] {
        for lang in [Lang::En, Lang::Ja] {
            let text = printed(&loaded, width, lang);
            for address in &addresses {
                // Alone in its column: the whole line, or one side of the gutter.
                let line = text
                    .lines()
                    .find(|l| l.split('│').any(|side| side.trim() == address))
                    .unwrap_or_else(|| panic!("{address} is not whole at {width} ({lang:?})"));
                let column = if width >= 60 {
                    Columns::new(width).left
                } else {
                    width
                };
                if display_width(address, &profile) <= column {
                    assert!(
                        display_width(line, &profile) <= width,
                        "{line:?} at {width}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_line_fits_and_the_gutter_stays_put_from_40_to_200_columns() {
    let loaded = load(&ContentLocation::BuiltIn);
    let addresses = addresses(&loaded);
    for width in 40..=200 {
        for lang in [Lang::En, Lang::Ja] {
            assert_shape(
                &printed(&loaded, width, lang),
                width,
                &addresses,
                &format!("built-in {lang:?}"),
            );
        }
    }
}

#[test]
fn on_ascii_content_the_widths_agree_with_unicode_width() {
    let loaded = load(&ContentLocation::Folder(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ascii").into(),
    ));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    for width in 40..=200 {
        let text = printed(&loaded, width, Lang::En);
        assert_shape(&text, width, &addresses(&loaded), "ascii");
        for line in text.lines() {
            let ascii: String = line.replace(['│', '─', '–', '█'], "|");
            assert!(ascii.is_ascii(), "{line:?}");
            assert_eq!(
                ascii.width(),
                display_width(line, &Profile::default()),
                "{line:?}"
            );
            assert!(ascii.width() <= width);
        }
    }
}

/// Numbers (0, 10,000 exactly, 1億, decimals, approximate), changes and dates, as each
/// language writes them: tests/fixtures/numbers.
#[test]
fn snapshots_of_numbers_changes_and_dates() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/numbers");
    let loaded = load(&ContentLocation::Folder(path));
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let (left, right) = choose(&loaded.content, &[]).unwrap();
    let comparison = compare(left, right);
    for (lang, tag) in [(Lang::En, "en"), (Lang::Ja, "ja")] {
        let options = PrintOptions {
            sections: vec![Section::Overview, Section::Figures, Section::Timeline],
            width: 80,
            lang,
            color: false,
            profile: Profile::default(),
        };
        insta::assert_snapshot!(format!("numbers_{tag}"), print::text(&comparison, &options));
    }
}

/// Two approximate figures of the same size are "about the same", not "no change"; and any
/// two editions of the series compare (2017 against 2019).
#[test]
fn approximate_figures_of_one_size_are_about_the_same() {
    let loaded = load(&ContentLocation::BuiltIn);
    let ids = ["wic/2017".to_string(), "wic/2019".to_string()];
    let (left, right) = choose(&loaded.content, &ids).unwrap();
    let options = PrintOptions {
        sections: vec![Section::Figures],
        width: 100,
        lang: Lang::En,
        color: false,
        profile: Profile::default(),
    };
    let printed = print::text(&compare(left, right), &options);
    assert!(printed.contains("over 1,500 people"), "{printed}");
    assert!(printed.contains("about the same"), "{printed}");
}

/// Japanese writes a person's organisation before the title, as one word, and never nests
/// brackets: 「孫正義（ソフトバンク会長）」, not 「孫正義（会長、ソフトバンク）」.
#[test]
fn japanese_puts_the_organisation_before_the_title_without_nested_brackets() {
    let loaded = load(&ContentLocation::BuiltIn);
    let text = printed(&loaded, 200, Lang::Ja);
    for expected in [
        "孫正義（ソフトバンク会長）",
        "ファディ・シェハデ（ICANN CEO）",
        "習近平（国家主席〔開幕式にメッセージ〕）",
        "劉強東（リチャード・リウ）　京東〔JD.com〕創業者・CEO",
    ] {
        assert!(text.contains(expected), "{expected} not in:\n{text}");
    }
    // Each column of each line on its own (a cell wrapped onto the next line starts inside
    // its bracket, which can only lower the count).
    for cell in text.lines().flat_map(|line| line.split('│')) {
        let mut depth = 0;
        for c in cell.chars() {
            match c {
                '（' => depth += 1,
                '）' => depth -= 1,
                _ => {}
            }
            assert!(depth <= 1, "brackets inside brackets: {cell}");
        }
        assert!(!cell.contains("）（"), "two brackets in a row: {cell}");
    }
    let english = printed(&loaded, 200, Lang::En);
    assert!(
        english.contains("Masayoshi Son (Chairman, SoftBank)"),
        "{english}"
    );
}

/// Stacked (narrow) print shows each edition's part on its own: a group that edition has
/// nothing in is left out of its part, not titled over an empty list.
#[test]
fn stacked_print_titles_no_group_an_edition_has_nothing_in() {
    let loaded = load(&ContentLocation::BuiltIn);
    let text = printed(&loaded, 50, Lang::Ja);
    let people = &text[text.find("── 人物").expect("the people section")..];
    let end = people.find("\n── ").unwrap_or(people.len());
    let people = &people[..end];
    let right_starts = people.find("\n2025 烏鎮\n").expect("2025's part");
    let (left, right) = people.split_at(right_starts);
    // "Not in 2025's list" titles the entries only 2014 has: 2014's part, never 2025's.
    assert!(left.contains("2025 烏鎮の一覧には記載なし"), "{left}");
    assert!(!right.contains("2025 烏鎮の一覧には記載なし"), "{right}");
    assert!(right.contains("2014 烏鎮の一覧には記載なし"), "{right}");
    assert!(!left.contains("2014 烏鎮の一覧には記載なし"), "{left}");
}
