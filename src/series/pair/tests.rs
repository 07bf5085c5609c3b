use super::*;
use crate::content::{ContentLocation, load};
use crate::i18n::Lang;
use crate::series::{SeriesModel, build};
use crate::text::{Profile, display_width};

/// `north` (2014, 2016) and `south` (2014, 2015): see `tests/fixtures/pair/north/series.toml`.
fn models() -> (SeriesModel, SeriesModel) {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pair");
    let loaded = load(&ContentLocation::Folder(folder));
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let model = |id: &str| build(loaded.content.series.iter().find(|s| s.id == id).unwrap());
    (model("north"), model("south"))
}

fn plain(lines: &[crate::series::SeriesLine]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.plain().trim_end().to_string())
        .collect()
}

#[test]
fn only_a_key_both_series_give_is_charted_with_every_edition_of_both() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    let figures = pair.figures();
    let keys: Vec<&str> = figures.iter().map(|f| f.key).collect();
    assert_eq!(keys, ["participants"], "days is north's alone");
    let rows: Vec<(i64, Side, Option<f64>)> = figures[0]
        .rows
        .iter()
        .map(|r| (r.year, r.side, r.value.map(|v| v.value)))
        .collect();
    assert_eq!(
        rows,
        [
            (2014, Side::First, Some(1000.0)),
            (2014, Side::Second, Some(3000.0)),
            (2015, Side::Second, None),
            (2016, Side::First, Some(1200.0)),
        ],
        "south 2015 gives no figure: a row without a value, not a zero"
    );
}

#[test]
fn a_value_counted_otherwise_than_the_latest_is_marked() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    let figure = &pair.figures()[0];
    let marked: Vec<(i64, Side)> = (figure.rows.iter())
        .filter(|r| r.marked)
        .map(|r| (r.year, r.side))
        .collect();
    // The latest is north 2016, with no basis; south counted on site and online.
    assert_eq!(marked, [(2014, Side::Second)]);
    let text = plain(&lines(pair, 100, Lang::En, &Profile::default())).join("\n");
    assert!(
        text.contains("* Counted differently from north 2016 (basis not stated):"),
        "{text}"
    );
    assert!(
        text.contains("   south 2014  on site and online together"),
        "{text}"
    );
    assert!(text.contains("2015  south  no figure"), "{text}");
    assert!(
        text.contains("2,000 on site and 1,000 online."),
        "the note: {text}"
    );
}

#[test]
fn someone_listed_once_in_each_series_is_in_both() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    let people = pair.people();
    assert_eq!(people.len(), 1, "bo-lind is north's alone");
    assert_eq!(people[0].name.get("en"), "Ana Sato");
    assert_eq!(
        (&people[0].first[..], &people[0].second[..]),
        (&[2014][..], &[2014][..])
    );
    let text = plain(&lines(pair, 80, Lang::Ja, &Profile::default())).join("\n");
    assert!(text.contains("佐藤アナ  north 2014   south 2014"), "{text}");
    assert!(text.contains("両シリーズの名簿に載った組織"), "{text}");
    assert!(
        text.contains("両シリーズの名簿に載った例はない。"),
        "{text}"
    );
}

#[test]
fn the_two_series_tell_apart_by_their_bars_and_ids() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    let text = plain(&lines(pair, 60, Lang::En, &Profile::default()));
    assert_eq!(text[0], "North Conference and South Forum");
    assert_eq!(text[1], "█ north  North Conference: 2 editions, 2014–2016");
    assert_eq!(text[2], "▒ south  South Forum: 2 editions, 2014–2015");
    let north_bar = text
        .iter()
        .find(|l| l.starts_with(" 2014  north  "))
        .unwrap();
    let south_bar = text
        .iter()
        .find(|l| l.starts_with("       south  ▒"))
        .unwrap();
    assert!(
        north_bar.contains('█') && !north_bar.contains('▒'),
        "{north_bar}"
    );
    assert!(
        south_bar.contains("over 3,000 people") && south_bar.ends_with(" *"),
        "{south_bar}"
    );
}

#[test]
fn no_line_is_wider_than_the_width_in_either_language() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    for profile in [Profile::default(), Profile::ambiguous_wide()] {
        for lang in [Lang::En, Lang::Ja] {
            for width in [1, 20, 37, 80, 120] {
                for line in lines(pair, width, lang, &profile) {
                    let shown = line.plain();
                    assert!(
                        display_width(&shown, &profile) <= width,
                        "{lang:?} at {width}: {shown:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn markdown_says_which_years_a_series_has_no_edition_and_which_gave_no_figure() {
    let (north, south) = models();
    let pair = Pair {
        first: &north,
        second: &south,
    };
    let md = markdown(pair, Lang::Ja);
    assert!(md.starts_with("# 北会議と南フォーラム\n"), "{md}");
    assert!(md.contains("| 年 | north | south |"), "{md}");
    assert!(md.contains("| 2014 | 約1,000人 | 3,000人超 \\* |"), "{md}");
    assert!(md.contains("| 2015 | （収録なし） | データなし |"), "{md}");
    assert!(md.contains("| 2016 | 約1,200人 | （収録なし） |"), "{md}");
    assert!(md.contains("| 佐藤アナ | 2014 | 2014 |"), "{md}");
    assert!(
        md.contains("| 2015 | （収録なし） | 南の主題 |"),
        "the themes: {md}"
    );
}
