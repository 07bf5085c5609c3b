//! A series over time: every edition in date order, each figure across the years, themes
//! and topics year by year, and who and what came back. Pure data from the model, built
//! once per content load; the series view, `confer series` and the series slide draw it.

mod bar;
mod bases;
mod builder;
mod charts;
mod line;
mod lines;
mod markdown;
pub mod pair;
mod print;

pub use bases::{Differing, MARK};
pub use builder::SeriesBuilder;
pub use line::{Compared, SeriesLine, Span, Target};
pub use lines::{lines, matrix_columns};
pub use markdown::markdown;
pub use print::{TextOptions, pair_text, text};

use std::sync::Arc;

use crate::content::{Approx, EditionId, Org, Series, Source, Text};
use crate::i18n::Lang;

/// One edition as a column of the series.
#[derive(Debug)]
pub struct Column {
    pub id: EditionId,
    pub label: Text,
    pub year: i64,
    pub theme: Option<Text>,
    /// Its topics, the central ones first.
    pub topics: Vec<(Text, u8)>,
    /// How many people and organizations its lists hold, and whether the author declared
    /// those lists complete: a person missing from a short list may still have been there.
    pub people_listed: usize,
    pub people_complete: bool,
}

/// A figure's value in one edition, as the content words it.
#[derive(Debug, Clone)]
pub struct Value {
    pub value: f64,
    pub approx: Approx,
    pub unit: Option<Text>,
    /// How the edition counted it; years counted otherwise than the latest are marked.
    pub basis: Option<Text>,
    pub note: Option<Text>,
    pub sources: Vec<Arc<Source>>,
}

impl Value {
    /// In the content's wording ("about 1,000 people").
    pub fn words(&self, lang: Lang) -> String {
        crate::rows::wording::value(self.value, self.approx, self.unit.as_ref(), lang)
    }
}

/// A figure present in two or more editions: its value in each (`None` where the edition
/// has no such figure, which is not zero).
#[derive(Debug)]
pub struct FigureLine {
    pub key: String,
    pub label: Text,
    pub values: Vec<Option<Value>>,
}

impl FigureLine {
    /// The largest value: the length of a full bar.
    pub fn largest(&self) -> f64 {
        self.values
            .iter()
            .flatten()
            .map(|v| v.value)
            .fold(0.0, f64::max)
    }

    /// The bar of an edition, as a fraction of the largest; `None` where it has no value.
    pub fn fraction(&self, column: usize) -> Option<f64> {
        let largest = self.largest();
        self.values[column].as_ref().map(|v| {
            if largest > 0.0 {
                v.value / largest
            } else {
                0.0
            }
        })
    }

    /// An edition's value in the content's wording ("about 1,000 people"), or that it has
    /// none: a missing figure is said, never shown as zero.
    pub fn words(&self, column: usize, lang: Lang) -> String {
        match &self.values[column] {
            Some(v) => v.words(lang),
            None => lang.words().labels.no_figure.to_string(),
        }
    }

    /// The notes of the editions that give one, by column.
    pub fn notes(&self) -> impl Iterator<Item = (usize, &Text)> {
        self.values
            .iter()
            .enumerate()
            .filter_map(|(column, v)| Some((column, v.as_ref()?.note.as_ref()?)))
    }
}

/// A figure only one edition gives: listed under the charts, as a chart of one bar says
/// nothing about the years.
#[derive(Debug)]
pub struct SingleFigure {
    pub key: String,
    pub label: Text,
    /// The column of the edition that gives it.
    pub edition: usize,
    pub value: Value,
}

/// One edition a person or organization appears in. What is the same as in their previous
/// edition (a role, the sources) is shared with it rather than copied: an archive of
/// 100,000 people is otherwise mostly copies.
#[derive(Debug, Clone)]
pub struct Appearance {
    /// The column.
    pub edition: usize,
    /// A person's role.
    pub role: Option<Arc<Text>>,
    /// A person's organization.
    pub org: Option<Arc<Org>>,
    /// For an organization, the sources of its people's entries in that edition.
    pub sources: Arc<[Arc<Source>]>,
}

/// A person or organization present in two or more editions.
#[derive(Debug)]
pub struct Returning {
    pub id: String,
    /// As the most recent edition names them.
    pub name: Text,
    /// In date order.
    pub appearances: Vec<Appearance>,
}

impl Returning {
    pub fn at(&self, edition: usize) -> Option<&Appearance> {
        self.appearances.iter().find(|a| a.edition == edition)
    }
}

/// A series over time.
#[derive(Debug)]
pub struct SeriesModel {
    pub id: String,
    pub name: Text,
    /// In date order.
    pub columns: Vec<Column>,
    /// Figures in two or more editions: those in the most editions first, then in the order
    /// the series first gave them.
    pub figures: Vec<FigureLine>,
    /// Figures only one edition gives, in date order, then as the edition gives them.
    pub single: Vec<SingleFigure>,
    /// People in two or more editions, those in the most editions first.
    pub people: Vec<Returning>,
    /// People in one edition, as first listed: no view of one series shows them, but a
    /// series set beside another finds who appears in both among them too.
    pub people_once: Vec<Returning>,
    pub orgs: Vec<Returning>,
    pub orgs_once: Vec<Returning>,
}

impl SeriesModel {
    /// The column of an edition.
    pub fn column_of(&self, id: &EditionId) -> Option<usize> {
        self.columns.iter().position(|c| &c.id == id)
    }
}

/// The model of a series whose editions are all read.
pub fn build(series: &Series) -> SeriesModel {
    let mut builder = SeriesBuilder::new(series);
    for edition in &series.editions {
        builder.add(edition);
    }
    builder.finish()
}

/// A series model, and the editions left out of it because they do not read.
pub struct SeriesRead {
    pub model: SeriesModel,
    pub left_out: Vec<EditionId>,
}

/// The model of the series `id` of a library, reading its editions one after another and
/// telling `progress` (editions done, of how many) after each. `None` when there is no
/// such series.
pub fn read(
    library: &crate::content::Library,
    id: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Option<SeriesRead> {
    let total = library
        .index
        .series
        .iter()
        .find(|s| s.id == id)?
        .editions
        .len();
    let series = library.content.series.iter().find(|s| s.id == id)?;
    let mut builder = SeriesBuilder::new(series);
    let mut left_out = Vec::new();
    let mut done = 0;
    library.each_edition_of(id, &mut |edition| {
        match edition {
            Ok(edition) => builder.add(edition),
            Err(id) => left_out.push(id.clone()),
        }
        done += 1;
        progress(done, total);
    })?;
    Some(SeriesRead {
        model: builder.finish(),
        left_out,
    })
}

#[cfg(test)]
mod tests;
