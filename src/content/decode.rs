//! Typed reading of a parsed TOML document that keeps going after a problem, so that `check`
//! reports every unknown key, wrong type and missing field of a file in one run.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::country;
use super::diagnostic::{Diagnostic, FileId, Location};
use super::model::{Date, PartialDate, Text};
use crate::text::{TextShape, sanitize};

pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// A string from the file with the place it was written, for messages that point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// Collects the diagnostics of one file while its values are read.
pub(crate) struct Decoder<'d> {
    pub file: FileId,
    pub diagnostics: &'d mut Vec<Diagnostic>,
}

/// The keys of one table, checked against the keys its kind allows.
pub(crate) struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    /// How messages name this table: "[edition]", "[[figures]] entry".
    pub what: &'static str,
}

impl<'d> Decoder<'d> {
    pub fn at(&self, span: Range<usize>) -> Location {
        Location::Span(self.file, span)
    }

    pub fn error(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Diagnostic {
        let diagnostic = Diagnostic::error(message, self.at(span));
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut().expect("just pushed")
    }

    pub fn warning(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Diagnostic {
        let diagnostic = Diagnostic::warning(message, self.at(span));
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Opens a table, reporting every key that its kind does not allow.
    pub fn fields<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        span: Range<usize>,
        what: &'static str,
        allowed: &[&str],
    ) -> Fields<'a, 'i> {
        let mut unknown: Vec<_> = table
            .keys()
            .filter(|key| !allowed.contains(&key.get_ref().as_ref()))
            .collect();
        unknown.sort_by_key(|key| key.span().start);
        for key in unknown {
            let name = key.get_ref().as_ref();
            let help = match closest(name, allowed.iter().copied()) {
                Some(near) => format!("did you mean '{near}'?"),
                None => format!("{what} takes: {}", allowed.join(", ")),
            };
            self.error(format!("unknown key '{name}' in {what}"), key.span())
                .label = Some("not a key of the content format".into());
            if let Some(d) = self.diagnostics.last_mut() {
                d.help = Some(help);
            }
        }
        Fields { table, span, what }
    }

    /// A key that must be there; reports its absence at the table.
    pub fn required<T>(
        &mut self,
        fields: &Fields,
        key: &str,
        read: impl FnOnce(&mut Self, &Value) -> Option<T>,
    ) -> Option<T> {
        match fields.table.get(key) {
            Some(value) => read(self, value),
            None => {
                self.error(
                    format!("missing required key '{key}' in {}", fields.what),
                    fields.span.clone(),
                )
                .help = Some(format!("add `{key} = …` to this table"));
                None
            }
        }
    }

    /// A key that may be left out. `Err(())` when it is there but wrong (already reported).
    pub fn optional<T>(
        &mut self,
        fields: &Fields,
        key: &str,
        read: impl FnOnce(&mut Self, &Value) -> Option<T>,
    ) -> Result<Option<T>, ()> {
        match fields.table.get(key) {
            Some(value) => read(self, value).map(Some).ok_or(()),
            None => Ok(None),
        }
    }

    fn wrong_type(&mut self, value: &Value, expected: &str) {
        let found = describe(value.get_ref());
        self.error(format!("expected {expected}, found {found}"), value.span())
            .label = Some(format!("this is {found}"));
    }

    /// A one-line string, cleaned of control characters (with a warning when it held any).
    pub fn string(&mut self, value: &Value) -> Option<Located<String>> {
        self.shaped_string(value, TextShape::Line)
    }

    fn shaped_string(&mut self, value: &Value, shape: TextShape) -> Option<Located<String>> {
        let DeValue::String(raw) = value.get_ref() else {
            self.wrong_type(value, "a string");
            return None;
        };
        let clean = sanitize(raw, shape);
        if clean.replaced {
            self.warning(
                "string holds control characters or bidirectional overrides",
                value.span(),
            )
            .help = Some("they are shown as ␛, ␇, � …; remove them from the file".into());
        }
        Some(Located {
            value: clean.text,
            span: value.span(),
        })
    }

    /// A Text: a plain string, or a table of language tag to string.
    pub fn text(&mut self, value: &Value, shape: TextShape) -> Option<Text> {
        match value.get_ref() {
            DeValue::String(_) => {
                let s = self.shaped_string(value, shape)?;
                // A plain string has no language; it is what every reader sees.
                Some(Text::new(vec![(String::new(), s.value)]))
            }
            DeValue::Table(table) => {
                let mut entries: Vec<_> = table.iter().collect();
                entries.sort_by_key(|(key, _)| key.span().start);
                if entries.is_empty() {
                    self.error("a text needs at least one language", value.span())
                        .help = Some("write e.g. { en = \"…\", ja = \"…\" }".into());
                    return None;
                }
                let mut out = Vec::with_capacity(entries.len());
                let mut ok = true;
                for (tag, text) in entries {
                    let tag_name = tag.get_ref().as_ref();
                    if !is_language_tag(tag_name) {
                        ok = false;
                        let lower = tag_name.to_ascii_lowercase();
                        self.error(format!("'{tag_name}' is not a language tag"), tag.span())
                            .help = Some(if is_language_tag(&lower) {
                            format!("language tags are lowercase: '{lower}'")
                        } else {
                            "use a lowercase tag such as en, ja, zh or zh-hant".into()
                        });
                    }
                    match self.shaped_string(text, shape) {
                        Some(s) => out.push((tag_name.to_string(), s.value)),
                        None => ok = false,
                    }
                }
                ok.then(|| Text::new(out))
            }
            _ => {
                self.wrong_type(value, "a string or a table of language to string");
                None
            }
        }
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    pub fn id(&mut self, value: &Value) -> Option<Located<String>> {
        let id = self.string(value)?;
        if !is_id(&id.value) {
            self.error(format!("'{}' is not a valid id", id.value), id.span.clone())
                .help = Some(id_help(&id.value));
            return None;
        }
        Some(id)
    }

    /// An array of ids that must name something defined elsewhere (resolved later).
    pub fn refs(&mut self, value: &Value) -> Option<Vec<Located<String>>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, "an array of ids");
            return None;
        };
        let mut out = Vec::new();
        let mut ok = true;
        for item in items.iter() {
            match self.string(item) {
                Some(s) => out.push(s),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    pub fn integer(&mut self, value: &Value) -> Option<Located<i64>> {
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(value, "an integer");
            return None;
        };
        match i64::from_str_radix(int.as_str(), int.radix()) {
            Ok(n) => Some(Located {
                value: n,
                span: value.span(),
            }),
            Err(_) => {
                self.error("integer out of range", value.span());
                None
            }
        }
    }

    /// An integer or a finite float.
    pub fn number(&mut self, value: &Value) -> Option<f64> {
        match value.get_ref() {
            DeValue::Integer(_) => self.integer(value).map(|n| n.value as f64),
            DeValue::Float(float) => match float.as_str().parse::<f64>() {
                Ok(f) if f.is_finite() => Some(f),
                _ => {
                    self.error("a figure value must be a finite number", value.span())
                        .help = Some("inf and nan cannot be compared; write the number".into());
                    None
                }
            },
            DeValue::String(s) => {
                self.wrong_type(value, "a number");
                let digits: String = s
                    .chars()
                    .filter(|c| !matches!(c, ',' | '_' | ' '))
                    .collect();
                if digits.parse::<f64>().is_ok()
                    && let Some(d) = self.diagnostics.last_mut()
                {
                    d.help = Some(format!("write the number without quotes: {digits}"));
                }
                None
            }
            _ => {
                self.wrong_type(value, "a number");
                None
            }
        }
    }

    pub fn boolean(&mut self, value: &Value) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(value, "true or false");
                None
            }
        }
    }

    /// A TOML local date: `2014-11-19`, no time, no offset.
    pub fn date(&mut self, value: &Value) -> Option<Located<Date>> {
        let date = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.date,
            DeValue::String(s) => {
                self.wrong_type(value, "a date");
                if let Some(d) = self.diagnostics.last_mut() {
                    d.help = Some(format!("write the date without quotes: {s}"));
                }
                return None;
            }
            _ => {
                self.wrong_type(value, "a date such as 2014-11-19");
                return None;
            }
        };
        let date = date.and_then(|d| Date::new(d.year, d.month, d.day));
        match date {
            Some(date) => Some(Located {
                value: date,
                span: value.span(),
            }),
            None => {
                self.wrong_type(value, "a date such as 2014-11-19");
                None
            }
        }
    }

    /// A partial date string: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
    pub fn partial_date(&mut self, value: &Value) -> Option<PartialDate> {
        if let DeValue::Datetime(dt) = value.get_ref() {
            self.wrong_type(value, "a date in a string");
            if let Some(d) = self.diagnostics.last_mut() {
                d.help = Some(format!("write it in quotes: \"{dt}\""));
            }
            return None;
        }
        let s = self.string(value)?;
        let parsed = parse_partial_date(&s.value);
        if parsed.is_none() {
            self.error(format!("'{}' is not a partial date", s.value), s.span)
                .help = Some("write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"".into());
        }
        parsed
    }

    /// One word out of a fixed list.
    pub fn keyword<T>(
        &mut self,
        value: &Value,
        words: &[&str],
        from_word: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let s = self.string(value)?;
        let parsed = from_word(&s.value);
        if parsed.is_none() {
            let help = match closest(&s.value, words.iter().copied()) {
                Some(near) => format!("did you mean '{near}'?"),
                None => format!("expected one of: {}", words.join(", ")),
            };
            self.error(
                format!("'{}' is not one of the allowed values", s.value),
                s.span,
            )
            .help = Some(help);
        }
        parsed
    }

    /// ISO 3166-1 alpha-2, uppercase.
    pub fn country(&mut self, value: &Value) -> Option<String> {
        let s = self.string(value)?;
        if country::is_assigned(&s.value) {
            return Some(s.value);
        }
        let upper = s.value.to_ascii_uppercase();
        let help = if country::is_assigned(&upper) {
            format!("country codes are uppercase: '{upper}'")
        } else if upper == "UK" {
            "the ISO code of the United Kingdom is 'GB'".into()
        } else {
            "use an ISO 3166-1 alpha-2 code such as CN, JP or US".into()
        };
        self.error(
            format!("'{}' is not an ISO 3166-1 country code", s.value),
            s.span,
        )
        .help = Some(help);
        None
    }

    /// The tables of an array of tables (`[[figures]]`), each with its span.
    pub fn tables<'a, 'i>(
        &mut self,
        value: &'a Value<'i>,
        key: &str,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, &format!("an array of tables ([[{key}]])"));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(table) => Some((table, item.span())),
                _ => {
                    self.wrong_type(item, &format!("a table ([[{key}]])"));
                    None
                }
            })
            .collect()
    }

    /// A table such as `[edition]`.
    pub fn table<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            _ => {
                self.wrong_type(value, &format!("a table ([{key}])"));
                None
            }
        }
    }
}

impl<'a, 'i> Fields<'a, 'i> {
    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

fn describe(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(dt) if dt.time.is_none() => "a date",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// `[a-z0-9][a-z0-9-]*`: ids, series folders and edition file stems.
pub fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn id_help(s: &str) -> String {
    let suggestion: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_start_matches('-')
        .to_string();
    if is_id(&suggestion) {
        format!("ids use lowercase letters, digits and '-', e.g. '{suggestion}'")
    } else {
        "ids use lowercase letters, digits and '-', and start with a letter or digit".into()
    }
}

/// `[a-z]{2,3}` with an optional `-region` part (`zh-hant`).
fn is_language_tag(tag: &str) -> bool {
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

fn parse_partial_date(s: &str) -> Option<PartialDate> {
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
