//! The figure slides: every figure at a glance (both values, the change, a bar pair on one
//! scale), a figure in large numerals, and the figures only one edition gives. A figure an
//! edition does not give is said to be missing ("no figure"), never shown as zero.

use crate::compare::{Comparison, FigurePair, Which};
use crate::i18n::Lang;
use crate::rows::wording::{figure_value, number};
use crate::rows::{Item, Para, Row, Tone, basis_para, note_para, value_cell, verdict_para};

use super::body::{BigValue, Body};

/// What a side without the figure says.
pub fn no_figure(lang: Lang) -> &'static str {
    lang.words().labels.no_figure
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
/// across both columns, its values (and bars, bases, and what may be said between the two)
/// below; a missing side says it has no figure, so that no half of a row is blank. Notes
/// are left to each figure's own slide: a glance has no room for them.
pub fn glance_rows<'a>(c: &'a Comparison<'a>, lang: Lang, only: Option<Which>) -> Vec<Row<'a>> {
    let mut items: Vec<(usize, [Row; 2])> = c
        .figures
        .iter()
        .map(|pair| {
            let group = match only_in(pair) {
                None => 0,
                Some(Which::Left) => 1,
                Some(Which::Right) => 2,
            };
            // The label is the row's title: each cell keeps what follows its label.
            let cell = |figure, tone| -> Vec<Para> {
                value_cell(pair, figure, tone, lang)
                    .into_iter()
                    .skip(1)
                    .collect()
            };
            let mut right = cell(pair.right, Tone::Strong);
            right.extend(verdict_para(pair, lang));
            let title = Row::Subheading(label(pair, lang));
            let row = Row::Item(cell(pair.left, Tone::Dim), right, Item::Figure(pair));
            (group, [title, row])
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

/// A figure's label: the later edition's, as a key is one measure however it is worded.
fn label(pair: &FigurePair, lang: Lang) -> String {
    pair.right
        .or(pair.left)
        .map(|f| f.label.get(lang.tag()).to_string())
        .unwrap_or_default()
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
    let title = (lang.words().slides.only_figures)(label);
    (title, Body::Paired(glance_rows(c, lang, Some(which))))
}

/// The figure with this key in large numerals, each with how it was counted and its note;
/// a side without it says so; what may be said between the two at the foot.
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
    let big = |f: Option<&crate::content::Figure>| {
        f.map(|f| BigValue {
            number: number(f.value),
            words: figure_value(f, lang),
            basis: basis_para(pair, f, lang).map(|p| p.text),
            note: note_para(Some(f), lang).map(|p| p.text),
        })
    };
    let body = Body::Figure {
        left: big(pair.left),
        right: big(pair.right),
        change: verdict_para(pair, lang),
    };
    (label(pair, lang), body)
}
