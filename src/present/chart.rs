//! The series slide: one figure over the years as bars, a row an edition, the two editions
//! compared marked, and the years counted otherwise than the latest marked and said under
//! it. The figure a talk names by key; otherwise participants where the series counts them,
//! else the first figure of the series. Editions of two series compared: both series on
//! one chart, each row naming its series, as `confer series A B` draws them.

use crate::content::EditionId;
use crate::i18n::Lang;
use crate::series::pair::{Pair, PairFigure, Side};
use crate::series::{FigureLine, SeriesModel};

/// The series models a series slide draws from: the left edition's series, and the right
/// edition's where it is another one. `None` while one is being read.
#[derive(Clone, Copy, Debug, Default)]
pub struct SeriesModels<'m> {
    pub left: Option<&'m SeriesModel>,
    pub right: Option<&'m SeriesModel>,
}

/// One edition's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub year: String,
    /// The row's series, where the chart sets two side by side.
    pub series: Option<String>,
    /// Of the second of those two: its bar drawn in the second series' block, as
    /// `confer series A B` draws it.
    pub second: bool,
    /// Of the largest value; `None` where the edition has no such figure (not zero).
    pub fraction: Option<f64>,
    /// The value in the content's wording, or that there is none.
    pub words: String,
    /// One of the two editions compared.
    pub compared: bool,
    /// Counted on another basis than the latest edition: marked after the value.
    pub marked: bool,
}

/// A figure across the editions, ready to draw or export.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Above the bars where two series share the chart, a line each: "wic  World Internet
    /// Conference: 12 editions, 2014–2025".
    pub legend: Vec<String>,
    pub rows: Vec<ChartRow>,
    /// Under the chart, where some years are marked: how they were counted, on one line
    /// that a screen wraps.
    pub explanation: Option<String>,
    /// The notes of the two editions compared ("2014: …"), where they have one: a slide has
    /// no room for every year's, and these are the two the talk is about.
    pub notes: Vec<String>,
}

/// The figure a series slide shows.
pub fn chosen(model: &SeriesModel) -> Option<&FigureLine> {
    model
        .figures
        .iter()
        .find(|f| f.key == "participants")
        .or_else(|| model.figures.first())
}

/// The slide's title and chart of the figure `key` (or the one chosen); `compared` are the
/// editions compared, by id. `None` where the series has no such figure.
pub fn series_chart(
    model: &SeriesModel,
    key: Option<&str>,
    compared: [&crate::content::EditionId; 2],
    lang: Lang,
) -> Option<(String, Chart)> {
    let figure = match key {
        Some(key) => model.figures.iter().find(|f| f.key == key)?,
        None => chosen(model)?,
    };
    let label = figure.label.get(lang.tag());
    let title = (lang.words().slides.over_the_years)(label);
    let rows = model
        .columns
        .iter()
        .enumerate()
        .map(|(at, column)| ChartRow {
            year: column.year.to_string(),
            series: None,
            second: false,
            fraction: figure.fraction(at),
            words: figure.words(at, lang),
            compared: compared.contains(&&column.id),
            marked: figure.counted_differently(at),
        })
        .collect();
    let explanation = figure.differing(model).map(|d| d.one_line(lang));
    let notes = model
        .columns
        .iter()
        .zip(&figure.values)
        .filter(|(column, _)| compared.contains(&&column.id))
        .filter_map(|(column, value)| {
            let note = value.as_ref()?.note.as_ref()?.get(lang.tag());
            Some((lang.words().slides.year_note)(column.year, note))
        })
        .collect();
    Some((
        title,
        Chart {
            legend: Vec::new(),
            rows,
            explanation,
            notes,
        },
    ))
}

/// Editions of two series compared: the figure `key` (or participants, else the first) of
/// both series on one chart, the rows in date order, each naming its series. `None` where
/// the two series share no such figure.
pub fn pair_chart(
    pair: Pair,
    key: Option<&str>,
    compared: [&EditionId; 2],
    lang: Lang,
) -> Option<(String, Chart)> {
    let figures = pair.figures();
    let figure: &PairFigure = match key {
        Some(key) => figures.iter().find(|f| f.key == key)?,
        None => (figures.iter())
            .find(|f| f.key == "participants")
            .or_else(|| figures.first())?,
    };
    let title = (lang.words().slides.over_the_years)(figure.label.get(lang.tag()));
    let id_of = |side: Side, column: usize| &pair.model(side).columns[column].id;
    let rows = (figure.rows.iter())
        .map(|row| ChartRow {
            year: row.year.to_string(),
            series: Some(pair.model(row.side).id.clone()),
            second: row.side == Side::Second,
            fraction: figure.fraction(row),
            words: row.words(lang),
            compared: compared.contains(&id_of(row.side, row.column)),
            marked: row.marked,
        })
        .collect();
    let notes = (figure.notes())
        .filter(|(row, _)| compared.contains(&id_of(row.side, row.column)))
        .map(|(row, note)| {
            let said = (lang.words().slides.year_note)(row.year, note.get(lang.tag()));
            format!("{} {said}", pair.model(row.side).id)
        })
        .collect();
    let chart = Chart {
        legend: [Side::First, Side::Second]
            .map(|side| pair.legend(side, lang))
            .into(),
        rows,
        explanation: figure.differing_line(pair, lang),
        notes,
    };
    Some((title, chart))
}

/// Which rows of a chart a screen of `room` lines shows, with a line above them saying
/// how many were left out where not all fit.
#[derive(Debug, PartialEq)]
pub struct Fitted {
    /// The rows shown, by index, in order.
    pub shown: Vec<usize>,
    pub left_out: usize,
    /// Every row left out comes before the first shown: "earlier editions".
    pub only_earlier: bool,
}

/// The rows of a chart that fit in `room` lines: all where they fit; else, after a line
/// saying how many are left out, the two editions compared (a slide about them that left
/// them out would say nothing), then the latest rows that still fit.
pub fn fit_rows(rows: &[ChartRow], room: usize) -> Fitted {
    if rows.len() <= room {
        return Fitted {
            shown: (0..rows.len()).collect(),
            left_out: 0,
            only_earlier: true,
        };
    }
    let budget = room.saturating_sub(1);
    let mut keep: Vec<bool> = rows.iter().map(|r| r.compared).collect();
    // More compared rows than lines: the latest of them.
    let mut kept = 0;
    for k in (0..rows.len()).rev() {
        if keep[k] {
            keep[k] = kept < budget;
            kept += usize::from(keep[k]);
        }
    }
    for k in (0..rows.len()).rev() {
        if kept == budget {
            break;
        }
        if !keep[k] {
            keep[k] = true;
            kept += 1;
        }
    }
    let shown: Vec<usize> = (0..rows.len()).filter(|&k| keep[k]).collect();
    // Only earlier rows are left out when those shown run unbroken to the last row.
    let only_earlier = (shown.iter().rev())
        .zip((0..rows.len()).rev())
        .all(|(&k, j)| k == j);
    Fitted {
        left_out: rows.len() - shown.len(),
        only_earlier,
        shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(compared: &[usize], count: usize) -> Vec<ChartRow> {
        (0..count)
            .map(|k| ChartRow {
                year: (2000 + k).to_string(),
                series: None,
                second: false,
                fraction: Some(0.5),
                words: String::new(),
                compared: compared.contains(&k),
                marked: false,
            })
            .collect()
    }

    #[test]
    fn rows_that_fit_are_all_shown() {
        let fitted = fit_rows(&rows(&[0, 4], 5), 5);
        assert_eq!(fitted.shown, [0, 1, 2, 3, 4]);
        assert_eq!(fitted.left_out, 0);
    }

    #[test]
    fn the_earliest_rows_give_way_while_the_compared_stay() {
        // Compared rows among the latest: only earlier rows go, as "earlier editions".
        let fitted = fit_rows(&rows(&[6, 9], 10), 5);
        assert_eq!(fitted.shown, [6, 7, 8, 9], "a line goes to the note");
        assert_eq!(fitted.left_out, 6);
        assert!(fitted.only_earlier);
        // Wuzhen 2014 beside Istanbul 2014 in 32 rows on 8 lines: both stay, then the
        // latest; the note then counts editions left out on both sides of them.
        let fitted = fit_rows(&rows(&[8, 9], 32), 8);
        assert_eq!(fitted.shown, [8, 9, 27, 28, 29, 30, 31]);
        assert_eq!(fitted.left_out, 25);
        assert!(!fitted.only_earlier);
        // No room for both compared: the later one; the row after it goes too.
        let fitted = fit_rows(&rows(&[1, 8], 10), 2);
        assert_eq!(fitted.shown, [8]);
        assert!(!fitted.only_earlier);
    }
}
