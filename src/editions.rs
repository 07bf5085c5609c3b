//! Choosing the two editions to compare from what the reader typed: `series/stem` or a
//! stem that is unique across all series; with none, the first series' earliest and latest.

use std::fmt;

use crate::compare::Side;
use crate::content::{Content, Index, IndexedEdition, IndexedSeries};
use crate::i18n::cli::Messages;

/// Why the editions typed name no pair; each says which editions there are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    NoEdition { id: String, known: Vec<String> },
    Ambiguous { id: String, known: Vec<String> },
    OnlyOne { series: String, known: Vec<String> },
    NoEditions { series: String },
    NoContent,
    TooMany,
}

impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let listing = |known: &[String]| format!("the editions are: {}", known.join(", "));
        match self {
            ChoiceError::NoEdition { id, known } => {
                write!(f, "no edition '{id}'; {}", listing(known))
            }
            ChoiceError::Ambiguous { id, known } => write!(
                f,
                "'{id}' names more than one edition; write series/stem: {}",
                known.join(", ")
            ),
            ChoiceError::OnlyOne { series, known } => write!(
                f,
                "series '{series}' has only one edition; name a second one: {}",
                listing(known)
            ),
            ChoiceError::NoEditions { series } => write!(f, "series '{series}' has no editions"),
            ChoiceError::NoContent => write!(f, "there is no content to compare"),
            ChoiceError::TooMany => write!(f, "give at most two editions"),
        }
    }
}

impl std::error::Error for ChoiceError {}

impl ChoiceError {
    /// Why the editions typed name no pair, in the catalogue's words.
    pub fn said(&self, m: &Messages) -> String {
        match self {
            ChoiceError::NoEdition { id, known } => (m.no_edition)(id, known),
            ChoiceError::Ambiguous { id, known } => (m.ambiguous_edition)(id, known),
            ChoiceError::OnlyOne { series, known } => (m.only_one_edition)(series, known),
            ChoiceError::NoEditions { series } => (m.no_editions)(series),
            ChoiceError::NoContent => m.no_content.to_string(),
            ChoiceError::TooMany => m.too_many_editions.to_string(),
        }
    }
}

/// The pair to compare as positions in `index.editions()`, or why there is none.
pub fn indices(index: &Index, ids: &[String]) -> Result<(usize, usize), ChoiceError> {
    let all: Vec<(usize, &IndexedSeries, &IndexedEdition)> = index
        .editions()
        .enumerate()
        .map(|(at, (series, edition))| (at, series, edition))
        .collect();
    let known = || -> Vec<String> { all.iter().map(|(_, _, e)| e.id.to_string()).collect() };
    let at_of = |edition: &IndexedEdition| {
        all.iter()
            .find(|(_, _, e)| e.id == edition.id)
            .map_or(0, |(at, _, _)| *at)
    };
    let find = |id: &str| -> Result<(usize, &IndexedSeries, &IndexedEdition), ChoiceError> {
        let found: Vec<_> = all
            .iter()
            .filter(|(_, _, e)| e.id.to_string() == id || e.id.stem == id)
            .collect();
        match found[..] {
            [one] => Ok(*one),
            [] => Err(ChoiceError::NoEdition {
                id: id.to_string(),
                known: known(),
            }),
            // Only those it names: the reader picks one of them.
            _ => Err(ChoiceError::Ambiguous {
                id: id.to_string(),
                known: found.iter().map(|(_, _, e)| e.id.to_string()).collect(),
            }),
        }
    };
    let latest_other = |series: &IndexedSeries, edition: &IndexedEdition| {
        series
            .editions
            .iter()
            .rev()
            .find(|e| e.id != edition.id)
            .map(at_of)
            .ok_or_else(|| ChoiceError::OnlyOne {
                series: series.id.clone(),
                known: known(),
            })
    };
    match ids {
        [] => {
            let first = index.series.first().ok_or(ChoiceError::NoContent)?;
            // The first series that has two editions to compare: one of a single edition
            // before it in the folder is no reason to refuse.
            let series = index
                .series
                .iter()
                .find(|s| s.editions.len() >= 2)
                .unwrap_or(first);
            let first = series
                .editions
                .first()
                .ok_or_else(|| ChoiceError::NoEditions {
                    series: series.id.clone(),
                })?;
            Ok((at_of(first), latest_other(series, first)?))
        }
        [one] => {
            // The latest edition against the first; any other against the latest.
            let (at, series, given) = find(one)?;
            let is_latest = series.editions.last().map(|e| &e.id) == Some(&given.id);
            let other = match series.editions.first() {
                Some(first) if is_latest && first.id != given.id => at_of(first),
                _ => latest_other(series, given)?,
            };
            let earlier = all[other].2.start < given.start;
            Ok(if earlier { (other, at) } else { (at, other) })
        }
        [left, right] => Ok((find(left)?.0, find(right)?.0)),
        _ => Err(ChoiceError::TooMany),
    }
}

/// The pair to compare in content read whole, or why there is none.
pub fn choose<'a>(
    content: &'a Content,
    ids: &[String],
) -> Result<(Side<'a>, Side<'a>), ChoiceError> {
    let (left, right) = indices(&Index::of(content), ids)?;
    let side = |at: usize| {
        let (series, edition) = content
            .editions()
            .nth(at)
            .expect("the index of content lists its editions");
        Side { series, edition }
    };
    Ok((side(left), side(right)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ContentLocation, load};

    fn pair(ids: &[&str]) -> Result<(String, String), String> {
        let loaded = load(&ContentLocation::BuiltIn);
        let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        choose(&loaded.content, &ids)
            .map(|(l, r)| (l.edition.id.to_string(), r.edition.id.to_string()))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_and_one_or_two_ids() {
        let expected = Ok(("wic/2014".to_string(), "wic/2025".to_string()));
        assert_eq!(pair(&[]), expected, "the lead series, first against latest");
        assert_eq!(pair(&["wic/2014"]), expected);
        assert_eq!(
            pair(&["wic/2025"]),
            expected,
            "the other edition goes left when it is earlier"
        );
        assert_eq!(
            pair(&["wic/2025", "wic/2014"]),
            Ok(("wic/2025".to_string(), "wic/2014".to_string()))
        );
        assert_eq!(
            pair(&["wic/2017"]),
            Ok(("wic/2017".to_string(), "wic/2025".to_string())),
            "any other edition against the latest"
        );
        assert_eq!(
            pair(&["igf/2014"]),
            Ok(("igf/2014".to_string(), "igf/2025".to_string())),
            "the latest of its own series"
        );
        assert_eq!(
            pair(&["wic/2014", "igf/2014"]),
            Ok(("wic/2014".to_string(), "igf/2014".to_string())),
            "two series side by side"
        );
        assert_eq!(
            pair(&["2006"]),
            Ok(("igf/2006".to_string(), "igf/2025".to_string())),
            "a stem only one series has names its edition"
        );
    }

    #[test]
    fn a_stem_of_two_series_names_both_editions_it_could_be() {
        assert_eq!(
            pair(&["2014"]).unwrap_err(),
            "'2014' names more than one edition; write series/stem: wic/2014, igf/2014"
        );
    }

    #[test]
    fn unknown_ids_list_the_valid_ones() {
        let err = pair(&["2005"]).unwrap_err();
        let wic = (2014..=2025).map(|y| format!("wic/{y}"));
        let all: Vec<String> = wic
            .chain((2006..=2025).map(|y| format!("igf/{y}")))
            .collect();
        assert_eq!(
            err,
            format!("no edition '2005'; the editions are: {}", all.join(", "))
        );
    }
}
