//! Which years of a figure were counted on another basis than its latest edition's, and the
//! words that say so: every view of the series marks those bars and explains them alike.

use super::{FigureLine, SeriesModel};
use crate::compare::same_basis;
use crate::content::Text;
use crate::i18n::Lang;

/// The mark after the value of a year counted differently. ASCII, so that it takes one
/// column on every terminal, whatever it makes of ambiguous-width characters.
pub const MARK: &str = "*";

/// The years of a figure counted otherwise than its latest edition, which is the reference:
/// the most recent count is the one a reader compares the others with.
#[derive(Debug, PartialEq)]
pub struct Differing<'a> {
    pub reference_year: i64,
    /// The reference's basis; `None` where the latest edition states none.
    pub reference: Option<&'a Text>,
    /// Each year counted differently, in date order, with its own basis (`None`: not stated).
    pub years: Vec<(i64, Option<&'a Text>)>,
}

impl FigureLine {
    /// The column of the latest edition that gives the figure.
    pub fn reference_column(&self) -> Option<usize> {
        self.values.iter().rposition(Option::is_some)
    }

    /// Whether the edition in `column` gives the figure on another basis than the latest.
    /// A year without the figure is not marked: it says "no figure" already.
    pub fn counted_differently(&self, column: usize) -> bool {
        let Some(reference) = self
            .reference_column()
            .and_then(|c| self.values[c].as_ref())
        else {
            return false;
        };
        self.values[column]
            .as_ref()
            .is_some_and(|v| !same_basis(v.basis.as_ref(), reference.basis.as_ref()))
    }

    /// The years counted differently, or `None` where every year agrees with the latest.
    pub fn differing<'a>(&'a self, model: &SeriesModel) -> Option<Differing<'a>> {
        let reference = self.reference_column()?;
        let years: Vec<(i64, Option<&Text>)> = (0..self.values.len())
            .filter(|&column| self.counted_differently(column))
            .filter_map(|column| {
                let value = self.values[column].as_ref()?;
                Some((model.columns[column].year, value.basis.as_ref()))
            })
            .collect();
        if years.is_empty() {
            return None;
        }
        Some(Differing {
            reference_year: model.columns[reference].year,
            reference: self.values[reference].as_ref()?.basis.as_ref(),
            years,
        })
    }
}

impl Differing<'_> {
    /// What the mark means, naming the latest edition and its basis: "* Counted differently
    /// from 2025 (guests on site):", 「* 2025年（会場の来賓）と数え方が異なる年」.
    pub fn heading(&self, lang: Lang) -> String {
        (lang.words().series.differing_heading)(&self.lead(lang))
    }

    fn lead(&self, lang: Lang) -> String {
        let year = self.reference_year;
        let basis = basis_words(self.reference, lang);
        (lang.words().series.differing)(MARK, year, &basis)
    }

    /// Each year and how it was counted: (2021, "on site and online").
    pub fn years(&self, lang: Lang) -> impl Iterator<Item = (i64, String)> + '_ {
        self.years
            .iter()
            .map(move |(year, basis)| (*year, basis_words(*basis, lang)))
    }

    /// All of it on one line, for a slide: "* Counted differently from 2025 (guests on
    /// site): 2014 (basis not stated), 2021 (on site and online)".
    pub fn one_line(&self, lang: Lang) -> String {
        let years: Vec<String> = self
            .years(lang)
            .map(|(year, basis)| (lang.words().series.year_basis)(year, &basis))
            .collect();
        let words = &lang.words().series;
        format!(
            "{}{}{}",
            self.lead(lang),
            words.colon,
            years.join(words.list_sep)
        )
    }
}

/// A basis in the reader's language, or that the edition does not state one: a year that
/// says nothing is not said to have been counted like the others.
pub fn basis_words(basis: Option<&Text>, lang: Lang) -> String {
    match basis {
        Some(basis) => basis.get(lang.tag()).to_string(),
        None => lang.words().series.basis_not_stated.to_string(),
    }
}
