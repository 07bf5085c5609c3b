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

    /// The years that share a basis, one entry a basis in the order each first comes:
    /// ("2020–2023", "on site and online together"). A reader sees at a glance which
    /// stretch of years was counted how, rather than a line a year.
    pub fn groups(&self, lang: Lang) -> Vec<(String, String)> {
        let each = (self.years.iter()).map(|(year, basis)| ((), *year, basis_words(*basis, lang)));
        (runs_by_basis(each, lang).into_iter())
            .map(|((), years, basis)| (years, basis))
            .collect()
    }

    /// All of it on one line, for a slide: "* Counted differently from 2025 (guests on
    /// site): 2014–2019 (basis not stated), 2021 (on site and online)".
    pub fn one_line(&self, lang: Lang) -> String {
        on_one_line(&self.lead(lang), self.groups(lang), lang)
    }
}

/// An explanation of the marks on one line, for a slide: the lead ("* Counted differently
/// from 2025 (guests on site)"), then each group's years with their basis.
pub fn on_one_line(
    lead: &str,
    groups: impl IntoIterator<Item = (String, String)>,
    lang: Lang,
) -> String {
    let words = &lang.words().series;
    let said: Vec<String> = (groups.into_iter())
        .map(|(years, basis)| (words.year_basis)(&years, &basis))
        .collect();
    format!("{lead}{}{}", words.colon, said.join(words.list_sep))
}

/// `by_basis`, each group's years written as runs (`year_runs`).
pub fn runs_by_basis<K: PartialEq>(
    years: impl IntoIterator<Item = (K, i64, String)>,
    lang: Lang,
) -> Vec<(K, String, String)> {
    (by_basis(years).into_iter())
        .map(|(key, years, basis)| (key, year_runs(&years, lang), basis))
        .collect()
}

/// Years grouped by what they share (a basis, and for two series which one): each group
/// once, in the order its first year comes, with its years in the order given.
pub fn by_basis<K: PartialEq>(
    years: impl IntoIterator<Item = (K, i64, String)>,
) -> Vec<(K, Vec<i64>, String)> {
    let mut groups: Vec<(K, Vec<i64>, String)> = Vec::new();
    for (key, year, basis) in years {
        match groups.iter_mut().find(|(k, _, b)| *k == key && *b == basis) {
            Some((_, group, _)) => group.push(year),
            None => groups.push((key, vec![year], basis)),
        }
    }
    groups
}

/// Years as runs: three or more years in a row as a span, the others one by one
/// ("2014–2019, 2024, 2025"; 「2014〜2019、2024、2025」), bare as the years beside the notes.
/// Only years one after another make a span, so a span never takes in a year not listed.
pub fn year_runs(years: &[i64], lang: Lang) -> String {
    let words = &lang.words().series;
    let mut runs: Vec<(i64, i64)> = Vec::new();
    for &year in years {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == year => *last = year,
            _ => runs.push((year, year)),
        }
    }
    let said: Vec<String> = runs
        .into_iter()
        .flat_map(|(first, last)| match last - first {
            0 => vec![first.to_string()],
            1 => vec![first.to_string(), last.to_string()],
            _ => vec![(words.run_of_years)(first, last)],
        })
        .collect();
    said.join(words.list_sep)
}

/// A basis in the reader's language, or that the edition does not state one: a year that
/// says nothing is not said to have been counted like the others.
pub fn basis_words(basis: Option<&Text>, lang: Lang) -> String {
    match basis {
        Some(basis) => basis.get(lang.tag()).to_string(),
        None => lang.words().series.basis_not_stated.to_string(),
    }
}
