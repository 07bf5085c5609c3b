//! Choosing the two editions to compare from what the reader typed: `series/stem` or a
//! stem that is unique across all series; with none, the first series' earliest and latest.

use std::fmt;

use crate::compare::Side;
use crate::content::Content;

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
                listing(known)
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

/// The pair to compare, or why there is none.
pub fn choose<'a>(
    content: &'a Content,
    ids: &[String],
) -> Result<(Side<'a>, Side<'a>), ChoiceError> {
    let all: Vec<Side> = content
        .editions()
        .map(|(series, edition)| Side { series, edition })
        .collect();
    let known = || -> Vec<String> { all.iter().map(|s| s.edition.id.to_string()).collect() };
    let find = |id: &str| -> Result<Side<'a>, ChoiceError> {
        let found: Vec<&Side> = all
            .iter()
            .filter(|s| s.edition.id.to_string() == id || s.edition.id.stem == id)
            .collect();
        match found[..] {
            [one] => Ok(*one),
            [] => Err(ChoiceError::NoEdition {
                id: id.to_string(),
                known: known(),
            }),
            _ => Err(ChoiceError::Ambiguous {
                id: id.to_string(),
                known: known(),
            }),
        }
    };
    let latest_other = |side: Side<'a>| -> Result<Side<'a>, ChoiceError> {
        side.series
            .editions
            .iter()
            .rev()
            .find(|e| e.id != side.edition.id)
            .map(|edition| Side {
                series: side.series,
                edition,
            })
            .ok_or_else(|| ChoiceError::OnlyOne {
                series: side.series.id.clone(),
                known: known(),
            })
    };
    match ids {
        [] => {
            let series = content.series.first().ok_or(ChoiceError::NoContent)?;
            let first = series
                .editions
                .first()
                .ok_or_else(|| ChoiceError::NoEditions {
                    series: series.id.clone(),
                })?;
            let first = Side {
                series,
                edition: first,
            };
            Ok((first, latest_other(first)?))
        }
        [one] => {
            // The latest edition against the first; any other against the latest.
            let given = find(one)?;
            let is_latest = given.series.editions.last().map(|e| &e.id) == Some(&given.edition.id);
            let other = match given.series.editions.first() {
                Some(first) if is_latest && first.id != given.edition.id => Side {
                    series: given.series,
                    edition: first,
                },
                _ => latest_other(given)?,
            };
            Ok(if other.edition.start < given.edition.start {
                (other, given)
            } else {
                (given, other)
            })
        }
        [left, right] => Ok((find(left)?, find(right)?)),
        _ => Err(ChoiceError::TooMany),
    }
}

/// The pair as indices into every edition of every series, in order.
pub fn indices(content: &Content, ids: &[String]) -> Result<(usize, usize), ChoiceError> {
    let (left, right) = choose(content, ids)?;
    let index = |side: Side| {
        content
            .editions()
            .position(|(_, e)| e.id == side.edition.id)
            .unwrap_or(0)
    };
    Ok((index(left), index(right)))
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
        assert_eq!(pair(&[]), expected);
        assert_eq!(pair(&["2014"]), expected);
        assert_eq!(
            pair(&["wic/2025"]),
            expected,
            "the other edition goes left when it is earlier"
        );
        assert_eq!(
            pair(&["2025", "wic/2014"]),
            Ok(("wic/2025".to_string(), "wic/2014".to_string()))
        );
        assert_eq!(
            pair(&["2017"]),
            Ok(("wic/2017".to_string(), "wic/2025".to_string())),
            "any other edition against the latest"
        );
        assert_eq!(
            pair(&["wic/2017", "wic/2019"]),
            Ok(("wic/2017".to_string(), "wic/2019".to_string()))
        );
    }

    #[test]
    fn unknown_ids_list_the_valid_ones() {
        let err = pair(&["2013"]).unwrap_err();
        let all: Vec<String> = (2014..=2025).map(|y| format!("wic/{y}")).collect();
        assert_eq!(
            err,
            format!("no edition '2013'; the editions are: {}", all.join(", "))
        );
    }
}
