use super::*;
use crate::content::{ContentLocation, load};
use crate::i18n::Lang;
use crate::text::{Profile, display_width};

fn model_of(location: &ContentLocation, series: &str) -> SeriesModel {
    let loaded = load(location);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let series = loaded
        .content
        .series
        .iter()
        .find(|s| s.id == series)
        .expect("the series");
    build(series)
}

fn builtin() -> SeriesModel {
    model_of(&ContentLocation::BuiltIn, "wic")
}

fn two() -> SeriesModel {
    model_of(
        &ContentLocation::Folder(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/series"),
        ),
        "two",
    )
}

#[test]
fn participants_year_by_year_from_2014_to_2025() {
    let model = builtin();
    let years: Vec<i64> = model.columns.iter().map(|c| c.year).collect();
    assert_eq!(years, (2014..=2025).collect::<Vec<_>>());
    let participants = model
        .figures
        .iter()
        .find(|f| f.key == "participants")
        .expect("participants in every edition");
    let values: Vec<f64> = participants
        .values
        .iter()
        .map(|v| v.as_ref().expect("a value each year").value)
        .collect();
    assert_eq!(
        values,
        [
            1000.0, 2000.0, 1600.0, 1500.0, 1500.0, 1500.0, 500.0, 2000.0, 2100.0, 1800.0, 1800.0,
            1600.0
        ]
    );
    assert_eq!(participants.largest(), 2100.0);
    // The figures of every edition come before those of a few.
    let counts: Vec<usize> = model
        .figures
        .iter()
        .map(|f| f.values.iter().flatten().count())
        .collect();
    assert!(counts.is_sorted_by(|a, b| a >= b), "{counts:?}");
    assert!(counts.iter().all(|n| *n >= 2));
}

#[test]
fn john_hoffman_came_back_four_times() {
    let model = builtin();
    let john = model
        .people
        .iter()
        .find(|p| p.id == "john-hoffman")
        .expect("a returning person");
    let years: Vec<i64> = john
        .appearances
        .iter()
        .map(|a| model.columns[a.edition].year)
        .collect();
    assert_eq!(years, [2019, 2022, 2023, 2025]);
    assert_eq!(john.name.get("en"), "John Hoffman");
    assert!(john.appearances.iter().all(|a| !a.sources.is_empty()));
    // Those in the most editions first.
    let counts: Vec<usize> = model.people.iter().map(|p| p.appearances.len()).collect();
    assert!(counts.is_sorted_by(|a, b| a >= b), "{counts:?}");
}

#[test]
fn themes_follow_the_editions() {
    let model = builtin();
    let first = model.columns[0].theme.as_ref().expect("2014's theme");
    assert_eq!(first.get("zh"), "互联互通·共享共治");
    let last = model.columns.last().and_then(|c| c.theme.as_ref());
    assert!(last.is_some_and(|t| t.get("en").starts_with("Forging an Open")));
}

#[test]
fn a_figure_of_one_edition_is_no_series_and_a_missing_value_is_not_zero() {
    let model = two();
    assert_eq!(model.columns.len(), 2);
    let keys: Vec<&str> = model.figures.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["participants"], "booths is in one edition only");
    let sato = &model.people[0];
    assert_eq!((model.people.len(), sato.id.as_str()), (1, "sato"));
    let roles: Vec<&str> = sato
        .appearances
        .iter()
        .map(|a| a.role.as_ref().map_or("", |r| r.get("en")))
        .collect();
    assert_eq!(roles, ["President", "Chair"]);
    assert_eq!(model.orgs.len(), 1, "Acme, through its person, in both");
    assert!(model.columns[1].theme.is_none());
}

#[test]
fn two_editions_chart_as_two_bars_and_every_line_fits() {
    let model = two();
    for lang in [Lang::En, Lang::Ja] {
        for profile in [Profile::default(), Profile::ambiguous_wide()] {
            for width in [40, 60, 100] {
                let lines = lines(&model, width, lang, &profile, Compared::default());
                for line in &lines {
                    let text = line.plain();
                    assert!(display_width(&text, &profile) <= width, "{width}: {text:?}");
                }
                let bars = lines
                    .iter()
                    .filter(|l| matches!(l.target, Some(Target::Edition(_))))
                    .count();
                assert_eq!(bars, 2);
            }
        }
    }
}

#[test]
fn an_edition_without_the_figure_says_so() {
    let mut model = two();
    model.figures[0].values[0] = None;
    let text: Vec<String> = lines(
        &model,
        60,
        Lang::En,
        &Profile::default(),
        Compared::default(),
    )
    .iter()
    .map(SeriesLine::plain)
    .collect();
    assert!(
        text.iter()
            .any(|l| l.contains("2020") && l.contains("no figure"))
    );
    assert!(!text.iter().any(|l| l.contains("2020") && l.contains(" 0")));
}

#[test]
fn a_narrow_matrix_keeps_the_latest_editions_and_says_what_it_left_out() {
    assert_eq!(lines::matrix_columns(12, 100, 20), 0..12);
    assert_eq!(lines::matrix_columns(12, 40, 14), 7..12);
    assert_eq!(lines::matrix_columns(50, 60, 18), 42..50);
    let model = builtin();
    let text: Vec<String> = lines(
        &model,
        40,
        Lang::En,
        &Profile::default(),
        Compared::default(),
    )
    .iter()
    .map(SeriesLine::plain)
    .collect();
    let joined = text.join(" ");
    assert!(
        joined.contains("8 earlier editions (2014–2021) left out"),
        "{joined}"
    );
}

#[test]
fn read_edition_by_edition_from_the_index_is_the_same_model() {
    let library = crate::content::Library::open(&ContentLocation::BuiltIn);
    let mut told = Vec::new();
    let read =
        read(&library, "wic", &mut |done, total| told.push((done, total))).expect("the series");
    assert!(read.left_out.is_empty());
    assert_eq!(told.last(), Some(&(12, 12)));
    assert_eq!(library.content.editions().count(), 0, "nothing kept");
    let whole = builtin();
    assert_eq!(read.model.name.get("en"), whole.name.get("en"));
    let years = |m: &SeriesModel| m.columns.iter().map(|c| c.year).collect::<Vec<_>>();
    assert_eq!(years(&read.model), years(&whole));
    let ids = |m: &SeriesModel| m.people.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&read.model), ids(&whole));
    assert_eq!(read.model.figures.len(), whole.figures.len());
}

#[test]
fn no_line_is_wider_than_asked_and_a_topic_stays_whole() {
    let model = builtin();
    for lang in [Lang::En, Lang::Ja] {
        for profile in [Profile::default(), Profile::ambiguous_wide()] {
            for width in [20, 27, 33, 45, 61, 80] {
                let laid = lines(&model, width, lang, &profile, Compared::default());
                for line in &laid {
                    let text = line.plain();
                    assert!(display_width(&text, &profile) <= width, "{width}: {text:?}");
                }
                if width >= 45 {
                    // "Internet governance (2)" is never split from its weight.
                    let text: Vec<String> = laid.iter().map(SeriesLine::plain).collect();
                    for line in &text {
                        let rest = line.trim_start();
                        assert!(
                            !rest.starts_with('(') && !rest.starts_with('（'),
                            "{width}: a weight alone: {line:?}"
                        );
                    }
                }
            }
        }
    }
}
