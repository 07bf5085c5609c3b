//! Two series side by side (`confer series wic igf`): for each figure key both give, the
//! years of both on one chart; the themes of both by year; who is listed in both. Pure data
//! from two series models; `lines` and `markdown` lay it out.

mod lines;
mod markdown;

pub use lines::lines;
pub use markdown::markdown;

use super::bases::{basis_words, on_one_line, runs_by_basis};
use super::{MARK, Returning, SeriesModel, Value};
use crate::compare::same_basis;
use crate::content::Text;
use crate::i18n::Lang;
use crate::rows::wording::{editions, years};

/// Which of the two series a row belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    First,
    Second,
}

/// Two series, the first given first.
#[derive(Clone, Copy)]
pub struct Pair<'m> {
    pub first: &'m SeriesModel,
    pub second: &'m SeriesModel,
}

/// One edition's value on a chart of both series.
#[derive(Debug)]
pub struct PairRow<'m> {
    pub year: i64,
    pub side: Side,
    /// The edition's column in its own series.
    pub column: usize,
    /// `None` where the edition gives no such figure, which is not zero.
    pub value: Option<&'m Value>,
    /// Counted on another basis than the chart's latest value.
    pub marked: bool,
}

/// Years of one series counted alike, otherwise than the chart's latest value.
#[derive(Debug, PartialEq)]
pub struct Marked {
    pub side: Side,
    /// As runs: "2006–2013", 「2014〜2019年、2024年」.
    pub years: String,
    pub basis: String,
}

/// A figure key both series give, every edition of both in date order.
#[derive(Debug)]
pub struct PairFigure<'m> {
    pub key: &'m str,
    /// As the first series last words it.
    pub label: &'m Text,
    pub rows: Vec<PairRow<'m>>,
    /// The row whose basis the marked rows differ from: the latest value of either series.
    pub reference: Option<usize>,
}

impl PairRow<'_> {
    /// The value in the content's wording, or that the edition gives none.
    pub fn words(&self, lang: Lang) -> String {
        match self.value {
            Some(value) => value.words(lang),
            None => lang.words().labels.no_figure.to_string(),
        }
    }

    /// How the row's value was counted, or that the edition does not say.
    pub fn basis(&self, lang: Lang) -> String {
        basis_words(self.value.and_then(|v| v.basis.as_ref()), lang)
    }
}

impl<'m> PairFigure<'m> {
    /// What the mark means, naming the chart's latest value and its basis ("* Counted
    /// differently from igf 2025 (on site and online together):"), and the rows marked,
    /// those of one series counted alike together with their years as runs ("igf",
    /// "2006–2013", "on site"); `None` where no row is marked.
    pub fn differing(&self, pair: Pair, lang: Lang) -> Option<(String, Vec<Marked>)> {
        let marked = (self.rows.iter())
            .filter(|r| r.marked)
            .map(|r| (r.side, r.year, r.basis(lang)));
        let groups: Vec<Marked> = (runs_by_basis(marked, lang).into_iter())
            .map(|(side, years, basis)| Marked { side, years, basis })
            .collect();
        if groups.is_empty() {
            return None;
        }
        let heading = (lang.words().series.differing_heading)(&self.differing_lead(pair, lang)?);
        Some((heading, groups))
    }

    /// All of `differing` on one line, for a slide: "* Counted differently from igf 2025
    /// (on site and online together): igf 2006–2013 (on site), igf 2020 (online)".
    pub fn differing_line(&self, pair: Pair, lang: Lang) -> Option<String> {
        let (_, groups) = self.differing(pair, lang)?;
        let groups = (groups.into_iter())
            .map(|g| (format!("{} {}", pair.model(g.side).id, g.years), g.basis));
        Some(on_one_line(&self.differing_lead(pair, lang)?, groups, lang))
    }

    /// The mark and what it means: "* Counted differently from igf 2025 (on site)".
    fn differing_lead(&self, pair: Pair, lang: Lang) -> Option<String> {
        let reference = &self.rows[self.reference?];
        let id = &pair.model(reference.side).id;
        let basis = reference.basis(lang);
        Some((lang.words().pair.differing)(
            MARK,
            id,
            reference.year,
            &basis,
        ))
    }

    /// The rows whose value has a note, with it.
    pub fn notes(&self) -> impl Iterator<Item = (&PairRow<'m>, &'m Text)> {
        (self.rows.iter()).filter_map(|r| Some((r, r.value?.note.as_ref()?)))
    }
}

impl PairFigure<'_> {
    /// A row's bar as a share of the largest value, both series on one scale; `None`
    /// where the edition gives no figure (not zero).
    pub fn fraction(&self, row: &PairRow) -> Option<f64> {
        let largest = self.largest();
        row.value.map(|v| {
            if largest > 0.0 {
                v.value / largest
            } else {
                0.0
            }
        })
    }

    /// The largest value: the length of a full bar, shared by both series.
    pub fn largest(&self) -> f64 {
        self.rows
            .iter()
            .filter_map(|r| r.value)
            .map(|v| v.value)
            .fold(0.0, f64::max)
    }
}

/// Someone or something listed in both series, with the years of each.
#[derive(Debug)]
pub struct InBoth<'m> {
    pub name: &'m Text,
    pub first: Vec<i64>,
    pub second: Vec<i64>,
}

/// The values of `key` in a series by column, wherever the series gives it (in two or more
/// editions, or in one), with the label it last used.
fn values_of<'m>(model: &'m SeriesModel, key: &str) -> Option<(&'m Text, Vec<Option<&'m Value>>)> {
    if let Some(line) = model.figures.iter().find(|f| f.key == key) {
        return Some((
            &line.label,
            line.values.iter().map(Option::as_ref).collect(),
        ));
    }
    let single = model.single.iter().find(|s| s.key == key)?;
    let mut values = vec![None; model.columns.len()];
    values[single.edition] = Some(&single.value);
    Some((&single.label, values))
}

/// Every figure key of a series, those in most editions first, then those one edition gives.
fn keys(model: &SeriesModel) -> impl Iterator<Item = &str> {
    let several = model.figures.iter().map(|f| f.key.as_str());
    several.chain(model.single.iter().map(|s| s.key.as_str()))
}

impl<'m> Pair<'m> {
    /// A series as the legend names it: "wic  World Internet Conference: 12 editions,
    /// 2014–2025".
    pub fn legend(&self, side: Side, lang: Lang) -> String {
        let model = self.model(side);
        let first = model.columns.first().map_or(0, |c| c.year);
        let last = model.columns.last().map_or(0, |c| c.year);
        let span = (lang.words().series.span_of_years)(
            &editions(model.columns.len(), lang),
            &years(first, last, lang),
        );
        (lang.words().pair.legend)(&model.id, model.name.get(lang.tag()), &span)
    }

    pub fn model(&self, side: Side) -> &'m SeriesModel {
        match side {
            Side::First => self.first,
            Side::Second => self.second,
        }
    }

    /// Every year either series met, in order, once each.
    pub fn years(&self) -> Vec<i64> {
        let mut years: Vec<i64> = (self.first.columns.iter())
            .chain(&self.second.columns)
            .map(|c| c.year)
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The editions of both series in date order, the first series first within a year:
    /// (year, side, column).
    pub fn editions(&self) -> Vec<(i64, Side, usize)> {
        let mut all: Vec<(i64, Side, usize)> = Vec::new();
        for side in [Side::First, Side::Second] {
            let columns = self.model(side).columns.iter().enumerate();
            all.extend(columns.map(|(column, c)| (c.year, side, column)));
        }
        all.sort_by_key(|&(year, side, column)| (year, side == Side::Second, column));
        all
    }

    /// The figure keys both series give, in the first series' order.
    pub fn figures(&self) -> Vec<PairFigure<'m>> {
        keys(self.first)
            .filter_map(|key| {
                let (label, first) = values_of(self.first, key)?;
                let (_, second) = values_of(self.second, key)?;
                Some(self.figure(key, label, &first, &second))
            })
            .collect()
    }

    fn figure(
        &self,
        key: &'m str,
        label: &'m Text,
        first: &[Option<&'m Value>],
        second: &[Option<&'m Value>],
    ) -> PairFigure<'m> {
        let mut rows: Vec<PairRow<'m>> = self
            .editions()
            .into_iter()
            .map(|(year, side, column)| PairRow {
                year,
                side,
                column,
                value: match side {
                    Side::First => first[column],
                    Side::Second => second[column],
                },
                marked: false,
            })
            .collect();
        let reference = rows.iter().rposition(|r| r.value.is_some());
        if let Some(basis) = reference
            .and_then(|r| rows[r].value)
            .map(|v| v.basis.as_ref())
        {
            for row in &mut rows {
                row.marked = row
                    .value
                    .is_some_and(|v| !same_basis(v.basis.as_ref(), basis));
            }
        }
        PairFigure {
            key,
            label,
            rows,
            reference,
        }
    }

    /// The people listed in both series, in the first series' order.
    pub fn people(&self) -> Vec<InBoth<'m>> {
        in_both(
            (self.first, &self.first.people, &self.first.people_once),
            (self.second, &self.second.people, &self.second.people_once),
        )
    }

    /// The organizations listed in both series, in the first series' order.
    pub fn orgs(&self) -> Vec<InBoth<'m>> {
        in_both(
            (self.first, &self.first.orgs, &self.first.orgs_once),
            (self.second, &self.second.orgs, &self.second.orgs_once),
        )
    }
}

type Listed<'m> = (&'m SeriesModel, &'m [Returning], &'m [Returning]);

/// Those of the first list whose id the second has too, named as the first series last
/// names them.
fn in_both<'m>(first: Listed<'m>, second: Listed<'m>) -> Vec<InBoth<'m>> {
    let years = |model: &SeriesModel, entry: &Returning| -> Vec<i64> {
        let mut years: Vec<i64> = (entry.appearances.iter())
            .map(|a| model.columns[a.edition].year)
            .collect();
        years.sort_unstable();
        years
    };
    let others: crate::content::hash::HashMap<&str, &Returning> = (second.1.iter())
        .chain(second.2)
        .map(|e| (e.id.as_str(), e))
        .collect();
    (first.1.iter())
        .chain(first.2)
        .filter_map(|entry| {
            let other = others.get(entry.id.as_str())?;
            Some(InBoth {
                name: &entry.name,
                first: years(first.0, entry),
                second: years(second.0, other),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
