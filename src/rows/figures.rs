//! The figures of two editions side by side: each value with how it was counted, what may
//! be said between the two (the change, or why there is none), and each figure's note. A
//! side without the figure says so, never a blank.

use super::change::change;
use super::wording::figure_value;
use super::{Cell, Item, Para, Row, Tone};
use crate::compare::{Comparison, FigurePair, Precision, Verdict};
use crate::content::{Figure, Text};
use crate::i18n::Lang;

fn t(text: &Text, lang: Lang) -> String {
    text.get(lang.tag()).to_string()
}

/// "Label: value" in the reader's language.
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    (lang.words().labels.labelled)(label, value)
}

pub(super) fn figures<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    c.figures
        .iter()
        .map(|pair| {
            let mut left = value_cell(pair, pair.left, Tone::Dim, lang);
            let mut right = value_cell(pair, pair.right, Tone::Strong, lang);
            right.extend(verdict_para(pair, lang));
            left.extend(note_para(pair.left, lang));
            right.extend(note_para(pair.right, lang));
            Row::Item(left, right, Item::Figure(pair))
        })
        .collect()
}

/// One side of a pair: its label and value, a bar where the two share a scale, and how it
/// was counted where the edition says; or that it has no such figure.
pub fn value_cell(pair: &FigurePair, figure: Option<&Figure>, tone: Tone, lang: Lang) -> Cell {
    let Some(f) = figure else {
        let label = pair.left.or(pair.right).map(|f| t(&f.label, lang));
        return label
            .map(|label| Para::new(label, Tone::Dim))
            .into_iter()
            .chain([no_figure(lang)])
            .collect();
    };
    let mut cell = vec![
        Para::new(t(&f.label, lang), Tone::Dim),
        Para::new(figure_value(f, lang), Tone::Strong),
    ];
    if let Some(max) = shared_scale(pair) {
        cell.push(Para::bar(f.value.abs() / max, tone));
    }
    cell.extend(basis_para(pair, f, lang));
    cell
}

/// "no figure" / 「データなし」: what a side without the figure says.
pub fn no_figure(lang: Lang) -> Para {
    Para::new(lang.words().labels.no_figure, Tone::Dim)
}

/// Two bars on one scale, only where the two values are one measure counted alike.
fn shared_scale(pair: &FigurePair) -> Option<f64> {
    pair.change()?;
    let (l, r) = pair.left.zip(pair.right)?;
    Some(l.value.abs().max(r.value.abs())).filter(|max| *max > 0.0)
}

/// How an edition counted a figure, where it says; where the two sides were counted
/// differently and this one says nothing particular, that too, so both bases are shown.
pub fn basis_para(pair: &FigurePair, figure: &Figure, lang: Lang) -> Option<Para> {
    let basis = match &figure.basis {
        Some(basis) => t(basis, lang),
        None if pair.verdict == Some(Verdict::CountedDifferently) => {
            lang.words().labels.basis_not_stated.to_string()
        }
        None => return None,
    };
    Some(Para::new(
        labelled(lang.words().labels.basis, &basis, lang),
        Tone::Dim,
    ))
}

/// A figure's note, under it: where the conflicts between sources are kept.
pub fn note_para(figure: Option<&Figure>, lang: Lang) -> Option<Para> {
    let note = figure?.note.as_ref()?;
    Some(Para::note(labelled(
        lang.words().labels.note,
        &t(note, lang),
        lang,
    )))
}

/// What may be said between the two figures of a pair, as a paragraph toned by its
/// direction: "about +600 (+60%)", "no change", or why no change is shown.
pub fn verdict_para(pair: &FigurePair, lang: Lang) -> Option<Para> {
    let (_, r) = pair.left.zip(pair.right)?;
    let labels = &lang.words().labels;
    let ch = match pair.verdict? {
        Verdict::Change(ch) => ch,
        Verdict::CountedDifferently => {
            let said = if pair.across {
                labels.counted_differently_across
            } else {
                labels.counted_differently
            };
            return Some(Para::new(said, Tone::Dim));
        }
        Verdict::UnitsDiffer => {
            let said = if pair.across {
                labels.units_differ_across
            } else {
                labels.units_differ
            };
            return Some(Para::new(said, Tone::Dim));
        }
    };
    let unit = r.unit.as_ref().map_or("", |u| u.get(lang.tag()));
    let sure_rise = match ch.precision {
        Precision::Exact | Precision::About => ch.absolute > 0.0,
        Precision::Over => ch.absolute >= 0.0,
        _ => false,
    };
    let sure_fall = match ch.precision {
        Precision::Exact | Precision::About => ch.absolute < 0.0,
        Precision::Under => ch.absolute <= 0.0,
        _ => false,
    };
    let tone = if sure_rise {
        Tone::Up
    } else if sure_fall {
        Tone::Down
    } else {
        Tone::Dim
    };
    Some(Para::new(change(ch, unit, lang, pair.across), tone))
}
