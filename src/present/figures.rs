//! The figure slides: every figure at a glance (both values, the change, a bar pair on one
//! scale), a figure in large numerals, and the figures only one edition gives. A figure an
//! edition does not give is said to be missing ("no figure"), never shown as zero.

use crate::compare::{Comparison, FigurePair, Which};
use crate::i18n::Lang;
use crate::rows::wording::{figure_value, number};
use crate::rows::{Item, Para, Row, Section, Tone, change_para, measures_differ, rows};

use super::content::{BigValue, Body};

/// What a side without the figure says.
pub fn no_figure(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "数字なし",
        Lang::En => "no figure",
    }
}

/// Which edition gives the figure alone, if only one does.
pub fn only_in(pair: &FigurePair) -> Option<Which> {
    match (pair.left, pair.right) {
        (Some(_), None) => Some(Which::Left),
        (None, Some(_)) => Some(Which::Right),
        _ => None,
    }
}

/// The figures section's rows, those both editions give first, then those only the left
/// gives, then the right; `only` keeps those one edition alone gives. Each figure is titled
/// across both columns, its values (and bars, and the change) below; a missing side says it
/// has no figure, so that no half of a row is blank.
pub fn glance_rows<'a>(c: &'a Comparison<'a>, lang: Lang, only: Option<Which>) -> Vec<Row<'a>> {
    let mut items: Vec<(usize, [Row; 2])> = rows(Section::Figures, c, lang)
        .into_iter()
        .filter_map(|row| match row {
            Row::Item(l, r, Item::Figure(pair)) => {
                let group = match only_in(pair) {
                    None => 0,
                    Some(Which::Left) => 1,
                    Some(Which::Right) => 2,
                };
                // The label is the row's title: each cell keeps its value and what follows.
                let said = |cell: Vec<Para>| match cell.len() {
                    0 => vec![Para::new(no_figure(lang), Tone::Dim)],
                    _ => cell.into_iter().skip(1).collect(),
                };
                let title = Row::Subheading(label(pair, lang));
                let row = Row::Item(said(l), said(r), Item::Figure(pair));
                Some((group, [title, row]))
            }
            _ => None,
        })
        .filter(|(group, _)| match only {
            None => true,
            Some(Which::Left) => *group == 1,
            Some(Which::Right) => *group == 2,
        })
        .collect();
    // Stable: the content's order within each group.
    items.sort_by_key(|(group, _)| *group);
    items.into_iter().flat_map(|(_, rows)| rows).collect()
}

/// A figure's label; both where the editions count under different ones.
fn label(pair: &FigurePair, lang: Lang) -> String {
    match (pair.left, pair.right) {
        (Some(l), Some(r)) if measures_differ(pair, lang).is_some() => {
            format!("{} / {}", l.label.get(lang.tag()), r.label.get(lang.tag()))
        }
        _ => pair
            .left
            .or(pair.right)
            .map(|f| f.label.get(lang.tag()).to_string())
            .unwrap_or_default(),
    }
}

/// The figures one edition alone gives, on one slide.
pub fn only_figures_slide<'a>(
    c: &'a Comparison<'a>,
    which: Which,
    lang: Lang,
) -> (String, Body<'a>) {
    let (left, right) = c.labels();
    let label = match which {
        Which::Left => left.get(lang.tag()),
        Which::Right => right.get(lang.tag()),
    };
    let title = match lang {
        Lang::Ja => format!("{label}だけにある数字"),
        Lang::En => format!("Figures only {label} gives"),
    };
    (title, Body::Paired(glance_rows(c, lang, Some(which))))
}

/// The figure with this key in large numerals; a side without it says so.
pub fn figure_slide<'a>(c: &Comparison, key: &str, lang: Lang) -> (String, Body<'a>) {
    let Some(pair) = c.figures.iter().find(|f| f.key == key) else {
        // A key of the series that neither edition compared gives.
        let body = Body::Figure {
            left: None,
            right: None,
            change: None,
        };
        return (key.to_string(), body);
    };
    let differ = measures_differ(pair, lang).is_some();
    let label = label(pair, lang);
    let big = |f: Option<&crate::content::Figure>| {
        f.map(|f| BigValue {
            number: number(f.value),
            words: figure_value(f, lang),
        })
    };
    // Only a real change earns a place on a slide.
    let mut change = change_para(pair, lang).filter(|_| pair.change.is_some());
    if let Some(change) = change.as_mut().filter(|_| differ) {
        change.text.push_str(match lang {
            Lang::Ja => "（指標が異なる）",
            Lang::En => " (different measures)",
        });
    }
    let body = Body::Figure {
        left: big(pair.left),
        right: big(pair.right),
        change,
    };
    (label, body)
}
