//! Slides read as the room reads them, at 80x24, 120x40 and 200x60 in the default and the
//! projector themes: the two values of a figure slide never run together, the change sits
//! under them, topics both editions list share a row, and the programme says its count once.

mod common;

use common::{cells, with_comparison};

use confer::compare::Which;
use confer::content::ListKind;
use confer::i18n::Lang;
use confer::present::{Body, Slide, content};
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];
const THEMES: [Theme; 2] = [Theme::Dark, Theme::Projector];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::Ja, "ja")];

fn presenting(size: (u16, u16), lang: Lang, theme: Theme) -> App {
    let mut a = common::builtin_app(size, lang, theme);
    // The series slide asks for every edition of the series; the shell reads them.
    let asked = a.present(&[], true);
    common::perform(&mut a, asked);
    a
}

/// Every page of the slides `wanted` picks, reached as a presenter with a clicker reaches
/// it (from the first page, one at a time), as cells: a wide character in its first cell and
/// nothing in the next.
fn pages_of(a: &mut App, wanted: impl Fn(&Slide) -> bool) -> Vec<(Slide, Vec<Vec<String>>)> {
    a.update(Action::SlideFirst);
    let mut shown = Vec::new();
    loop {
        let page = a
            .deck()
            .unwrap()
            .page()
            .cloned()
            .expect("the deck has pages");
        if wanted(&page.slide) {
            shown.push((page.slide.clone(), cells(a)));
        }
        a.update(Action::SlideNext);
        if a.deck().unwrap().page() == Some(&page) {
            break;
        }
    }
    assert!(!shown.is_empty(), "the deck has the slide");
    shown
}

fn text(row: &[String]) -> String {
    row.concat()
}

fn blank(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

const RULE: [&str; 2] = ["│", "|"];

/// A figure slide's rows: the labels', each row of the values, and the change's.
struct FigureRows {
    labels: usize,
    values: std::ops::Range<usize>,
    change: Option<usize>,
}

fn figure_rows(grid: &[Vec<String>], labels: (&str, &str), change: Option<&str>) -> FigureRows {
    let row_of = |wanted: &dyn Fn(&str) -> bool| grid.iter().position(|r| wanted(&text(r)));
    let labels = row_of(&|t| t.contains(labels.0) && t.contains(labels.1)).expect("labels");
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    let change = change.map(|c| {
        // Its first words: the change may wrap across the slide.
        let head: String = squeeze(c).chars().take(8).collect();
        (labels..grid.len())
            .find(|&y| squeeze(&text(&grid[y])).starts_with(&head))
            .expect("the change on the slide")
    });
    // The values run from under the labels to the last row with text above the change (or
    // above the footer's counter).
    let end = change.unwrap_or(grid.len() - 1);
    let last = (labels + 1..end)
        .rev()
        .find(|&y| !blank(&grid[y]))
        .expect("values under the labels");
    FigureRows {
        labels,
        values: labels + 1..last + 1,
        change,
    }
}

#[test]
fn the_two_values_of_a_figure_slide_have_a_rule_between_them() {
    // 44x14: too narrow for the numerals, so the values are in words, divided all the same.
    let sizes = SIZES.iter().copied().chain([(44, 14)]);
    for size in sizes {
        for theme in THEMES {
            for (lang, tag) in LANGS {
                let mut a = presenting(size, lang, theme);
                let figures = pages_of(&mut a, |s| matches!(s, Slide::Figure(_)));
                with_comparison(|c| {
                    let (l, r) = c.labels();
                    let labels = (l.get(tag), r.get(tag));
                    for (slide, grid) in &figures {
                        let name = format!("{tag} {size:?} {theme:?} {slide:?}");
                        let shown: String = grid.iter().map(|r| text(r) + "\n").collect();
                        let (_, Body::Figure { change, .. }) = content(
                            slide,
                            c,
                            confer::present::SeriesModels::default(),
                            None,
                            lang,
                        ) else {
                            panic!("{name}: a figure slide")
                        };
                        let rows = figure_rows(grid, labels, change.as_ref().map(|p| &*p.text));
                        // The column of the right label's first letter: the rule is left of it.
                        let right_label = text(&grid[rows.labels]).rfind(labels.1).unwrap();
                        let right_x = grid[rows.labels]
                            .iter()
                            .scan(0, |at, cell| {
                                let here = *at;
                                *at += cell.len();
                                Some(here)
                            })
                            .position(|at| at == right_label)
                            .unwrap();
                        let rule = (0..right_x)
                            .find(|&x| rows.values.clone().all(|y| RULE.contains(&&*grid[y][x])))
                            .unwrap_or_else(|| {
                                panic!("{name}: no rule between the values\n{shown}")
                            });
                        for y in rows.values.clone() {
                            let row = &grid[y];
                            let gap = |xs: std::ops::Range<usize>| {
                                xs.clone().all(|x| blank(&row[x..x + 1]))
                            };
                            assert!(
                                gap(rule - 3..rule) && gap(rule + 1..rule + 4),
                                "{name}: row {y} runs up to the rule\n{shown}"
                            );
                        }
                        let first = &grid[rows.values.start];
                        assert!(
                            !blank(&first[..rule]) && !blank(&first[rule + 1..]),
                            "{name}: a value each side of the rule\n{shown}"
                        );
                    }
                });
            }
        }
    }
}

#[test]
fn the_change_is_on_the_row_right_under_the_lowest_value_line() {
    let sizes = SIZES.iter().copied().chain([(44, 14)]);
    for size in sizes {
        for theme in THEMES {
            for (lang, tag) in LANGS {
                let mut a = presenting(size, lang, theme);
                let figures = pages_of(&mut a, |s| matches!(s, Slide::Figure(_)));
                with_comparison(|c| {
                    let (l, r) = c.labels();
                    let labels = (l.get(tag), r.get(tag));
                    for (slide, grid) in &figures {
                        let name = format!("{tag} {size:?} {theme:?} {slide:?}");
                        let shown: String = grid.iter().map(|r| text(r) + "\n").collect();
                        let (_, Body::Figure { change, .. }) = content(
                            slide,
                            c,
                            confer::present::SeriesModels::default(),
                            None,
                            lang,
                        ) else {
                            panic!("{name}: a figure slide")
                        };
                        let Some(change) = change else { continue };
                        let rows = figure_rows(grid, labels, Some(&change.text));
                        assert_eq!(
                            rows.change,
                            Some(rows.values.end),
                            "{name}: the change is not right under the values\n{shown}"
                        );
                    }
                });
            }
        }
    }
}

/// Each row's two columns, where the row has the gutter between them (a title across both
/// has none).
fn columns_of(grid: &[Vec<String>]) -> Vec<Option<(String, String)>> {
    grid.iter()
        .map(|row| {
            let line = text(row);
            let (l, r) = line.split_once('│').or_else(|| line.split_once('|'))?;
            Some((l.trim().to_string(), r.trim().to_string()))
        })
        .collect()
}

/// The row whose text in one column starts `label` (which may go on to the next row).
fn row_starting(columns: &[Option<(String, String)>], left: bool, label: &str) -> Option<usize> {
    columns.iter().position(|c| {
        c.as_ref().is_some_and(|(l, r)| {
            let t = if left { l } else { r };
            !t.is_empty() && (label.starts_with(t.as_str()) || t.starts_with(label))
        })
    })
}

#[test]
fn a_topic_both_editions_list_is_on_one_row_on_every_page() {
    for size in [(60, 20)].into_iter().chain(SIZES) {
        for theme in THEMES {
            for (lang, tag) in LANGS {
                let mut a = presenting(size, lang, theme);
                let pages = pages_of(&mut a, |s| *s == Slide::Topics);
                with_comparison(|c| {
                    for (t, _) in &c.topics.both {
                        let label = t.label.get(tag);
                        let name = format!("{tag} {size:?} {theme:?} {label}");
                        let found = pages.iter().find_map(|(_, grid)| {
                            let columns = columns_of(grid);
                            let left = row_starting(&columns, true, label)?;
                            let right = row_starting(&columns, false, label);
                            let shown: String = grid.iter().map(|r| text(r) + "\n").collect();
                            assert_eq!(Some(left), right, "{name}: not on one row\n{shown}");
                            Some(left)
                        });
                        assert!(found.is_some(), "{name}: on no page of the topics");
                    }
                });
            }
        }
    }
}

#[test]
fn the_programme_slide_says_each_edition_s_count_once() {
    for size in [(80, 24), (120, 40)] {
        for (lang, tag) in LANGS {
            let mut a = presenting(size, lang, Theme::Projector);
            let pages = pages_of(&mut a, |s| *s == Slide::Program);
            with_comparison(|c| {
                for which in [Which::Left, Which::Right] {
                    let name = format!("{tag} {size:?} {which:?}");
                    let column: String = pages
                        .iter()
                        .flat_map(|(_, grid)| columns_of(grid))
                        .flatten()
                        .map(|(l, r)| if which == Which::Left { l } else { r })
                        .collect();
                    // The list's coverage note is the content's own words, quoted as written.
                    let note = c
                        .coverage(which, ListKind::Sessions)
                        .and_then(|cv| cv.note.as_ref())
                        .map(|n| squeezed(n.get(tag)));
                    let said = squeezed(&column).replace(&note.unwrap_or_default(), "");
                    let count = c.listed(which, ListKind::Sessions).to_string();
                    assert_eq!(
                        numbers(&said).filter(|n| *n == count).count(),
                        1,
                        "{name}: {count} said other than once\n{said}"
                    );
                }
            });
        }
    }
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The numbers in a text, each whole ("16" in "16件", not in "2016").
fn numbers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_digit() && c != ',')
        .map(|n| n.trim_matches(','))
        .filter(|n| !n.is_empty())
}
