//! Choosing the two editions to compare from what the reader typed: `series/stem` or a
//! stem that is unique across all series; with none, the first series' earliest and latest.

use crate::compare::Side;
use crate::content::Content;

/// The pair to compare, or a message listing the editions there are.
pub fn choose<'a>(content: &'a Content, ids: &[String]) -> Result<(Side<'a>, Side<'a>), String> {
    let all: Vec<Side> = content
        .editions()
        .map(|(series, edition)| Side { series, edition })
        .collect();
    let listing = || {
        let ids: Vec<String> = all.iter().map(|s| s.edition.id.to_string()).collect();
        format!("the editions are: {}", ids.join(", "))
    };
    let find = |id: &str| -> Result<Side<'a>, String> {
        let found: Vec<&Side> = all
            .iter()
            .filter(|s| s.edition.id.to_string() == id || s.edition.id.stem == id)
            .collect();
        match found[..] {
            [one] => Ok(*one),
            [] => Err(format!("no edition '{id}'; {}", listing())),
            _ => Err(format!(
                "'{id}' names more than one edition; write series/stem: {}",
                listing()
            )),
        }
    };
    let latest_other = |side: Side<'a>| -> Result<Side<'a>, String> {
        side.series
            .editions
            .iter()
            .rev()
            .find(|e| e.id != side.edition.id)
            .map(|edition| Side {
                series: side.series,
                edition,
            })
            .ok_or_else(|| {
                format!(
                    "series '{}' has only one edition; name a second one: {}",
                    side.series.id,
                    listing()
                )
            })
    };
    match ids {
        [] => {
            let series = content
                .series
                .first()
                .ok_or_else(|| "there is no content to compare".to_string())?;
            let first = series
                .editions
                .first()
                .ok_or_else(|| format!("series '{}' has no editions", series.id))?;
            let first = Side {
                series,
                edition: first,
            };
            Ok((first, latest_other(first)?))
        }
        [one] => {
            let given = find(one)?;
            let other = latest_other(given)?;
            Ok(if other.edition.start < given.edition.start {
                (other, given)
            } else {
                (given, other)
            })
        }
        [left, right] => Ok((find(left)?, find(right)?)),
        _ => Err("give at most two editions".to_string()),
    }
}

/// The pair as indices into every edition of every series, in order.
pub fn indices(content: &Content, ids: &[String]) -> Result<(usize, usize), String> {
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
    }

    #[test]
    fn unknown_ids_list_the_valid_ones() {
        let err = pair(&["2015"]).unwrap_err();
        assert_eq!(
            err,
            "no edition '2015'; the editions are: wic/2014, wic/2025"
        );
    }
}
