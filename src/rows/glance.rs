//! The Overview's answer to "how did it change?": under each edition's summary, the headline
//! figures (the well-known keys, with what may be said between the two and how each was
//! counted), the central topics, and the outcomes, so that the first screen says it.

use super::figures::{basis_para, no_figure, verdict_para};
use super::wording::figure_value;
use super::{Cell, Para, Row, Tone};
use crate::compare::{Comparison, FigurePair, Which};
use crate::content::WELL_KNOWN_KEYS;
use crate::i18n::Lang;

/// Outcomes named on the first screen, each side; the rest are counted.
const OUTCOMES_SHOWN: usize = 5;

pub(super) fn glance<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    let headline: Vec<&FigurePair> = WELL_KNOWN_KEYS
        .iter()
        .filter_map(|key| c.figures.iter().find(|f| f.key == *key))
        .collect();
    if !headline.is_empty() {
        rows.push(Row::Subheading(
            lang.words().labels.headline_figures.to_string(),
        ));
        rows.extend(headline.into_iter().map(|pair| figure_row(pair, lang)));
    }
    let central = [Which::Left, Which::Right].map(|which| central_topics(c, which, lang));
    if central.iter().any(|cell| !cell.is_empty()) {
        rows.push(Row::Subheading(
            lang.words().labels.central_topics.to_string(),
        ));
        let [left, right] = central.map(|cell| or_none(cell, lang));
        rows.push(Row::Pair(left, right));
    }
    if !c.outcomes.0.is_empty() || !c.outcomes.1.is_empty() {
        rows.push(Row::Subheading(lang.words().labels.outcomes.to_string()));
        let [left, right] = [&c.outcomes.0, &c.outcomes.1].map(|list| {
            let mut cell: Cell = list
                .iter()
                .take(OUTCOMES_SHOWN)
                .map(|o| {
                    Para::new(
                        format!("{}{}", bullet(lang), o.title.get(lang.tag())),
                        Tone::Plain,
                    )
                })
                .collect();
            if list.len() > OUTCOMES_SHOWN {
                cell.push(Para::new(
                    more(list.len() - OUTCOMES_SHOWN, lang),
                    Tone::Dim,
                ));
            }
            or_none(cell, lang)
        });
        rows.push(Row::Pair(left, right));
    }
    rows
}

/// One headline figure of each side on a line ("Participants: about 1,000 people"), how it
/// was counted where that matters, and under the right what may be said between the two.
fn figure_row<'a>(pair: &FigurePair, lang: Lang) -> Row<'a> {
    let side = |figure: Option<&crate::content::Figure>| -> Cell {
        // Each side's own label; a side without the figure borrows the other's.
        let label = figure
            .or(pair.left)
            .or(pair.right)
            .map(|f| f.label.get(lang.tag()));
        let (value, tone) = match figure {
            Some(f) => (figure_value(f, lang), Tone::Strong),
            None => (no_figure(lang).text, Tone::Dim),
        };
        let mut cell = vec![Para::new(
            super::labelled(label.unwrap_or_default(), &value, lang),
            tone,
        )];
        cell.extend(figure.and_then(|f| basis_para(pair, f, lang)));
        cell
    };
    let mut right = side(pair.right);
    right.extend(verdict_para(pair, lang));
    Row::Pair(side(pair.left), right)
}

/// An edition's central topics (weight 3), joined on one line.
fn central_topics(c: &Comparison, which: Which, lang: Lang) -> Cell {
    let central: Vec<&str> = c
        .side(which)
        .edition
        .topics_present()
        .into_iter()
        .filter(|t| t.weight == 3)
        .map(|t| t.label.get(lang.tag()))
        .collect();
    if central.is_empty() {
        return Vec::new();
    }
    let sep = lang.words().sections.list_sep;
    vec![Para::new(central.join(sep), Tone::Plain)]
}

/// A side with nothing to show says so, so that no half of a row is blank.
fn or_none(cell: Cell, lang: Lang) -> Cell {
    if cell.is_empty() {
        vec![Para::new(lang.words().labels.none_listed, Tone::Dim)]
    } else {
        cell
    }
}

/// "- " / 「・」: how each language lists.
fn bullet(lang: Lang) -> &'static str {
    lang.words().sections.bullet
}

/// "and 3 more" / 「ほか3件」.
fn more(n: usize, lang: Lang) -> String {
    (lang.words().sections.more)(n)
}
