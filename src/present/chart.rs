//! The series slide: one figure over the years as bars, a row an edition, the two editions
//! compared marked, and the years counted otherwise than the latest marked and said under
//! it. The figure a talk names by key; otherwise participants where the series counts them,
//! else the first figure of the series.

use crate::i18n::Lang;
use crate::series::{FigureLine, SeriesModel};

/// One edition's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub year: String,
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
            rows,
            explanation,
            notes,
        },
    ))
}
