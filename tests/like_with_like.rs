//! The built-in content read as its audience reads it: no curator's working notes in any
//! view or language, and no change between two numbers counted differently, for every pair
//! of editions of the series.

mod common;

use common::{builtin_app, confer, press, screen};
use confer::compare::{Side, compare};
use confer::content::{ContentLocation, load};
use confer::i18n::Lang;
use confer::print::{PrintOptions, markdown, text};
use confer::rows::{Item, Row, Section, rows};
use confer::series::{SeriesBuilder, TextOptions};
use confer::text::Profile;
use confer::tui::theme::Theme;

/// What a curator writes for the next curator, never for a reader.
fn working_notes(shown: &str) -> Vec<String> {
    let lower = shown.to_lowercase();
    [
        "seed",
        "fact sheet",
        "headline not seen",
        "見出し未確認",
        "ファクトシート",
        "事実表",
    ]
    .iter()
    .filter_map(|note| {
        lower.find(note).map(|at| {
            let from = lower[..at].rfind('\n').map_or(0, |n| n + 1);
            let to = lower[at..].find('\n').map_or(lower.len(), |n| at + n);
            format!("{note}: {}", &shown[from..to])
        })
    })
    .collect()
}

const LANGS: [Lang; 2] = [Lang::En, Lang::Ja];

#[test]
fn no_working_notes_in_print_markdown_series_or_slides_in_either_language() {
    let loaded = load(&ContentLocation::BuiltIn);
    let series = &loaded.content.series[0];
    let editions = &series.editions;
    let side = |e| Side { series, edition: e };
    let mut found = Vec::new();
    for lang in LANGS {
        // Every edition, beside the next and beside the first: each text is printed.
        for (i, edition) in editions.iter().enumerate() {
            let other = &editions[(i + 1) % editions.len()];
            let c = compare(side(edition), side(other));
            let options = PrintOptions {
                sections: Section::ALL.to_vec(),
                width: 120,
                lang,
                color: false,
                profile: Profile::default(),
            };
            found.extend(working_notes(&text(&c, &options)));
            found.extend(working_notes(&markdown(&c, &Section::ALL, lang)));
        }
        let mut builder = SeriesBuilder::new(series);
        for edition in editions {
            builder.add(edition);
        }
        let model = builder.finish();
        let options = TextOptions {
            width: 120,
            lang,
            color: false,
            profile: Profile::default(),
        };
        found.extend(working_notes(&confer::series::text(&model, &options)));
        found.extend(working_notes(&confer::series::markdown(&model, lang)));
        let tag = if lang == Lang::Ja { "ja" } else { "en" };
        let slides = confer(&["--lang", tag, "present", "--export", "markdown"]);
        found.extend(working_notes(&slides.stdout));
    }
    // Every text in every language, ids included (a source's id is shown in Sources).
    found.extend(working_notes(
        &confer(&["export", "--format", "json"]).stdout,
    ));
    assert!(
        found.is_empty(),
        "working notes on screen:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_working_notes_in_the_explorer_its_sections_or_popups() {
    for lang in LANGS {
        let mut app = builtin_app((120, 40), lang, Theme::Mono);
        let mut shown = String::new();
        for section in "123456789".chars() {
            press(&mut app, &section.to_string());
            // Page through the section, and open the detail of each entry on the way.
            for _ in 0..40 {
                shown.push_str(&screen(&app));
                press(&mut app, "\n");
                shown.push_str(&screen(&app));
                press(&mut app, "\u{1b}j");
            }
        }
        let found = working_notes(&shown);
        assert!(found.is_empty(), "{lang:?}:\n{}", found.join("\n"));
    }
}

/// Every change shown in percent is between two figures the reader sees counted alike:
/// both say nothing of how they were counted, or both say the same.
#[test]
fn every_percent_change_on_screen_is_between_figures_of_one_basis() {
    let loaded = load(&ContentLocation::BuiltIn);
    let series = &loaded.content.series[0];
    let editions = &series.editions;
    let side = |e| Side { series, edition: e };
    let mut changes = 0;
    for lang in LANGS {
        let counted = lang.words().labels.basis;
        for (i, left) in editions.iter().enumerate() {
            for right in &editions[i + 1..] {
                let c = compare(side(left), side(right));
                for row in rows(Section::Figures, &c, lang).into_iter().chain(rows(
                    Section::Overview,
                    &c,
                    lang,
                )) {
                    let (l, r) = match &row {
                        Row::Item(l, r, Item::Figure(_)) | Row::Pair(l, r) => (l, r),
                        _ => continue,
                    };
                    // The change is said on the right, below the value; never in a note.
                    let change = r
                        .iter()
                        .skip(1)
                        .find(|p| !p.note && p.bar.is_none() && p.text.contains('%'));
                    let Some(change) = change else { continue };
                    if change.text.starts_with(counted) {
                        continue;
                    }
                    changes += 1;
                    let basis = |cell: &[confer::rows::Para]| {
                        cell.iter()
                            .find(|p| p.text.starts_with(counted))
                            .map(|p| p.text.clone())
                    };
                    assert_eq!(
                        basis(l),
                        basis(r),
                        "{} against {}: '{}' between figures counted differently",
                        left.id,
                        right.id,
                        change.text
                    );
                }
            }
        }
    }
    assert!(changes > 100, "the rule was exercised ({changes} changes)");
}
