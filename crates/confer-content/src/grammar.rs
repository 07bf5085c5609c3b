//! The small grammars of the content format: ids, language tags, partial dates, and the
//! "did you mean" that turns a near miss into a suggestion.

use super::model::{Date, PartialDate};

/// `is_id` as a regular expression, for the JSON Schema (`confer schema`).
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]*$";

/// `is_language_tag` as a regular expression, for the JSON Schema.
pub const LANGUAGE_TAG_PATTERN: &str = "^[a-z]{2,3}(-[a-z0-9]{2,8})?$";

/// The shapes `parse_partial_date` reads, as a regular expression for the JSON Schema. Only
/// the loader knows that some months are short (`"2014-02-30"` passes this).
pub const PARTIAL_DATE_PATTERN: &str = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

/// `[a-z0-9][a-z0-9-]*`: ids, series folders and edition file stems.
pub fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn id_help(s: &str) -> String {
    crate::diagnostic::id_hint(&id_suggestion(s))
}

/// The id `s` was most likely meant to be, when there is one.
pub fn id_suggestion(s: &str) -> Option<String> {
    let suggestion: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_start_matches('-')
        .to_string();
    is_id(&suggestion).then_some(suggestion)
}

/// `[a-z]{2,3}` with an optional `-region` part (`zh-hant`).
pub fn is_language_tag(tag: &str) -> bool {
    let (primary, region) = match tag.split_once('-') {
        Some((p, r)) => (p, Some(r)),
        None => (tag, None),
    };
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && region.is_none_or(|r| {
            (2..=8).contains(&r.len())
                && r.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub fn parse_partial_date(s: &str) -> Option<PartialDate> {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    let (year, month, day) = match parts.as_slice() {
        [y] if digits(y, 4) => (y.parse().ok()?, None, None),
        [y, m] if digits(y, 4) && digits(m, 2) => (y.parse().ok()?, Some(m.parse().ok()?), None),
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => (
            y.parse().ok()?,
            Some(m.parse().ok()?),
            Some(d.parse().ok()?),
        ),
        _ => return None,
    };
    // A month or day must exist on the calendar.
    Date::new(year, month.unwrap_or(1), day.unwrap_or(1))?;
    Some(PartialDate { year, month, day })
}

/// The known name nearest to a misspelt one, when it is near enough to be the likely intent:
/// a typo of one or two edits (swapped letters count as one), or a long shared prefix.
pub fn closest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_len = wrong.chars().count();
    known
        .filter_map(|candidate| {
            let edits = strsim::damerau_levenshtein(wrong, candidate);
            let typo = edits <= 2 && edits < wrong_len;
            let prefix = strsim::jaro_winkler(wrong, candidate) >= 0.9;
            (typo || prefix).then_some((edits, candidate))
        })
        .min_by_key(|(edits, candidate)| (*edits, *candidate))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_pattern() {
        assert!(is_id("wic") && is_id("2014") && is_id("jack-ma"));
        assert!(!is_id("Jack") && !is_id("-x") && !is_id("") && !is_id("a_b"));
        assert!(id_help("Jack Ma").contains("'jack-ma'"));
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en") && is_language_tag("zh-hant") && is_language_tag("yue"));
        assert!(!is_language_tag("EN") && !is_language_tag("english") && !is_language_tag("zh-"));
    }

    #[test]
    fn partial_dates() {
        assert_eq!(
            parse_partial_date("2014").map(|d| d.to_string()),
            Some("2014".into())
        );
        assert_eq!(
            parse_partial_date("2014-03").map(|d| d.to_string()),
            Some("2014-03".into())
        );
        assert!(parse_partial_date("2014-13").is_none());
        assert!(parse_partial_date("2014-02-30").is_none());
        assert!(parse_partial_date("14-03").is_none());
        assert!(parse_partial_date("2014/03").is_none());
    }

    #[test]
    fn closest_suggests_only_near_names() {
        let keys = ["label", "name", "value"];
        assert_eq!(closest("lable", keys.iter().copied()), Some("label"));
        assert_eq!(closest("zzz", keys.iter().copied()), None);
        assert_eq!(closest("scr", ["src", "seed"].into_iter()), Some("src"));
        assert_eq!(
            closest("x", ["y"].into_iter()),
            None,
            "one letter is no typo of another"
        );
    }
}
