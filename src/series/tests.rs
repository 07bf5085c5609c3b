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

fn fixture(series: &str) -> SeriesModel {
    model_of(
        &ContentLocation::Folder(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/series"),
        ),
        series,
    )
}

fn two() -> SeriesModel {
    fixture("two")
}

/// Three editions: participants with no basis, "on site and online", then "guests on site";
/// days with a basis only in the first; countries missing in the middle; booths in one.
fn yearly() -> SeriesModel {
    fixture("yearly")
}

fn figure<'m>(model: &'m SeriesModel, key: &str) -> &'m FigureLine {
    model
        .figures
        .iter()
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("no chart of {key}"))
}

fn plain(model: &SeriesModel, width: usize, lang: Lang) -> Vec<String> {
    lines(model, width, lang, &Profile::default(), Compared::default())
        .iter()
        .map(SeriesLine::plain)
        .collect()
}

/// The lines from `title` up to the next blank one.
fn block(text: &[String], title: &str) -> Vec<String> {
    text.iter()
        .skip_while(|l| *l != title)
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim_end().to_string())
        .collect()
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
    let single: Vec<(&str, usize)> = model
        .single
        .iter()
        .map(|f| (f.key.as_str(), f.edition))
        .collect();
    assert_eq!(single, [("booths", 0)], "listed apart from the charts");
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
    for (lang, none) in [(Lang::En, "no figure"), (Lang::Ja, "データなし")] {
        let text = plain(&model, 60, lang);
        assert!(
            text.iter().any(|l| l.contains("2020") && l.ends_with(none)),
            "{lang:?}: {text:?}"
        );
        assert!(!text.iter().any(|l| l.contains("2020") && l.contains(" 0")));
        assert_eq!(model.figures[0].words(0, lang), none);
    }
}

#[test]
fn the_latest_edition_giving_a_figure_is_the_basis_the_others_are_marked_against() {
    let model = yearly();
    let participants = figure(&model, "participants");
    assert_eq!(participants.reference_column(), Some(2));
    let marked: Vec<bool> = (0..3)
        .map(|c| participants.counted_differently(c))
        .collect();
    assert_eq!(
        marked,
        [true, true, false],
        "none stated, another, the reference"
    );
    let differing = participants.differing(&model).expect("two years differ");
    assert_eq!(differing.reference_year, 2024);
    assert_eq!(
        differing.reference.map(|b| b.get("en")),
        Some("guests on site")
    );
    assert_eq!(
        differing.groups(Lang::En),
        [
            ("2022".to_string(), "basis not stated".to_string()),
            ("2023".to_string(), "on site and online".to_string())
        ]
    );
    assert_eq!(
        differing.heading(Lang::En),
        "* Counted differently from 2024 (guests on site):"
    );
    assert_eq!(
        differing.heading(Lang::Ja),
        "* 2024年（会場の来賓）と数え方が異なる年"
    );
    assert_eq!(
        differing.one_line(Lang::Ja),
        "* 2024年（会場の来賓）と数え方が異なる年：2022年（数え方の記載なし）、2023年（会場とオンラインの合計）"
    );
    // The latest states no basis: the one year that does is the one marked.
    let days = figure(&model, "days")
        .differing(&model)
        .expect("2022 differs");
    assert_eq!(days.reference, None);
    assert_eq!(days.years.len(), 1);
    assert_eq!(
        days.heading(Lang::En),
        "* Counted differently from 2024 (basis not stated):"
    );
    // A year without the figure is not marked: it says it has none.
    let countries = figure(&model, "countries");
    assert!(countries.values[1].is_none());
    assert!(!countries.counted_differently(1));
    assert_eq!(countries.differing(&model), None);
}

#[test]
fn a_year_counted_differently_is_marked_on_its_bar_and_explained_under_the_chart() {
    let model = yearly();
    let text = plain(&model, 80, Lang::En);
    let chart = block(&text, "Participants");
    let bars: Vec<&String> = chart.iter().filter(|l| l.contains('█')).collect();
    assert_eq!(bars.len(), 3, "{chart:#?}");
    assert!(bars[0].ends_with("about 800 people  *"), "{chart:#?}");
    assert!(bars[1].ends_with("over 3,000 people *"), "{chart:#?}");
    assert!(bars[2].ends_with("1,200 people"), "{chart:#?}");
    let under: Vec<&str> = chart[4..].iter().map(|l| l.as_str()).collect();
    assert_eq!(
        under,
        [
            "   * Counted differently from 2024 (guests on site):",
            "   2022  basis not stated",
            "   2023  on site and online",
            "   Notes",
            "   2022  Registrations, as the organizers announced them.",
            "   2023  About 1,000 came to the venue; the rest took part online, from 40",
            "         countries, through the conference's own streaming site.",
        ]
    );
    let ja = plain(&model, 80, Lang::Ja);
    let chart = block(&ja, "参加者");
    assert!(chart[1].ends_with("約800人   *"), "{chart:#?}");
    assert!(chart[2].ends_with("3,000人超 *"), "{chart:#?}");
    assert!(chart[3].ends_with("1,200人"), "{chart:#?}");
    assert_eq!(chart[4], "   * 2024年（会場の来賓）と数え方が異なる年");
    assert_eq!(chart[5], "   2022  数え方の記載なし");
    assert_eq!(chart[7], "   注");
}

#[test]
fn a_figure_one_edition_gives_is_listed_under_the_charts_with_its_note() {
    let model = yearly();
    let keys: Vec<&str> = model.figures.iter().map(|f| f.key.as_str()).collect();
    assert!(!keys.contains(&"booths"), "{keys:?}");
    assert_eq!(model.single.len(), 1);
    assert_eq!(model.columns[model.single[0].edition].year, 2023);
    let en = plain(&model, 80, Lang::En);
    assert_eq!(
        block(&en, "Given by one edition only"),
        [
            "Given by one edition only",
            "   2023  Exhibition booths: 40",
            "         Note: Counted on the floor plan of the exhibition hall.",
        ]
    );
    let ja = plain(&model, 80, Lang::Ja);
    assert_eq!(
        block(&ja, "一つの回だけにある数値"),
        [
            "一つの回だけにある数値",
            "   2023  展示ブース：40",
            "         注：展示会場の案内図で数えた。",
        ]
    );
}

#[test]
fn marks_explanations_and_notes_fit_every_width_and_mark_only_in_ascii() {
    let model = yearly();
    for lang in [Lang::En, Lang::Ja] {
        for profile in [Profile::default(), Profile::ambiguous_wide()] {
            for width in [12, 20, 33, 47, 80] {
                let laid = lines(&model, width, lang, &profile, Compared::default());
                for line in &laid {
                    let text = line.plain();
                    assert!(display_width(&text, &profile) <= width, "{width}: {text:?}");
                }
                // Only the bars are chart rows: the lines under a chart are not editions.
                let bars = laid
                    .iter()
                    .filter(|l| matches!(l.target, Some(Target::Edition(_))))
                    .count();
                assert_eq!(bars, 9, "three charts of three years");
            }
        }
    }
    assert_eq!(MARK, "*");
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
                    // "Internet governance (2)" is never split from its weight. Only the
                    // topics are looked at: a note may well wrap before a parenthesis.
                    let text: Vec<String> = laid.iter().map(SeriesLine::plain).collect();
                    let topics = text
                        .iter()
                        .position(|l| {
                            l.starts_with("Topics by year") || l.starts_with("各回のトピック")
                        })
                        .expect("the topics' heading");
                    for line in &text[topics..] {
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

#[test]
fn years_counted_alike_are_listed_once_as_runs_of_years() {
    use super::bases::{by_basis, year_runs};
    assert_eq!(year_runs(&[2014], Lang::En), "2014");
    assert_eq!(year_runs(&[2024, 2025], Lang::En), "2024, 2025");
    assert_eq!(
        year_runs(&[2014, 2015, 2016, 2017, 2019, 2021, 2022], Lang::En),
        "2014–2017, 2019, 2021, 2022"
    );
    assert_eq!(
        year_runs(&[2006, 2007, 2008, 2020], Lang::Ja),
        "2006〜2008、2020"
    );
    // A gap of a year breaks the span: 2014–2016 would take in a year not listed.
    assert_eq!(year_runs(&[2014, 2016], Lang::En), "2014, 2016");
    let each = [
        ("igf", 2006, "on site"),
        ("wic", 2014, "not stated"),
        ("igf", 2007, "on site"),
        ("igf", 2020, "online"),
        ("wic", 2015, "not stated"),
        ("wic", 2016, "on site"),
    ]
    .map(|(side, year, basis)| (side, year, basis.to_string()));
    let groups = by_basis(each);
    let said: Vec<(&str, Vec<i64>, &str)> = (groups.iter())
        .map(|(side, years, basis)| (*side, years.clone(), basis.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("igf", vec![2006, 2007], "on site"),
            ("wic", vec![2014, 2015], "not stated"),
            ("igf", vec![2020], "online"),
            ("wic", vec![2016], "on site"),
        ]
    );
}
