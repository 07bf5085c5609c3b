//! The typed readers of single values: strings, addresses, texts, ids, numbers, dates,
//! keywords, countries and tables, each reporting a wrong type at the value.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::country;
use crate::diagnostic::Problem;
use crate::diagnostic::problem::{CountryHint, Expected, TypeHint};
use crate::fields::FieldKind;
use crate::grammar::{closest, id_suggestion, is_id, is_language_tag, parse_partial_date};
use crate::model::{Date, PartialDate, Text};
use crate::sanitize::{TextShape, sanitize};

use super::{Decoder, Located, Value};

impl<'d> Decoder<'d> {
    /// A one-line string, cleaned of control characters (with a warning when it held any).
    pub fn string(&mut self, value: &Value) -> Option<Located<String>> {
        self.reading("string", |k| {
            matches!(k, FieldKind::String | FieldKind::Ref)
        });
        self.shaped_string(value, TextShape::Line)
    }

    /// An absolute http or https address: what a reader's terminal or browser can open.
    pub fn url(&mut self, value: &Value) -> Option<Located<String>> {
        self.reading("url", |k| matches!(k, FieldKind::Url));
        let url = self.string(value)?;
        if !is_web_address(&url.value) {
            let has_scheme = url.value.contains("://") || url.value.starts_with("//");
            let problem = Problem::NotWebAddress {
                url: url.value,
                has_scheme,
            };
            self.report(problem, url.span);
            return None;
        }
        Some(url)
    }

    fn shaped_string(&mut self, value: &Value, shape: TextShape) -> Option<Located<String>> {
        let DeValue::String(raw) = value.get_ref() else {
            self.wrong_type(value, Expected::String);
            return None;
        };
        let clean = sanitize(raw, shape);
        if clean.flagged {
            self.report(Problem::ControlCharacters, value.span());
        }
        Some(Located {
            value: clean.text,
            span: value.span(),
        })
    }

    /// A Text: a plain string, or a table of language tag to string.
    pub fn text(&mut self, value: &Value, shape: TextShape) -> Option<Text> {
        self.reading("text", |k| matches!(k, FieldKind::Text(s) if s == shape));
        match value.get_ref() {
            DeValue::String(_) => {
                let s = self.shaped_string(value, shape)?;
                if s.value.trim().is_empty() {
                    self.empty_text(value.span());
                    return None;
                }
                // A plain string has no language; it is what every reader sees.
                Some(Text::new(vec![(crate::model::tag(""), s.value)]))
            }
            DeValue::Table(table) => {
                if table.is_empty() {
                    self.report(Problem::NoLanguage, value.span());
                    return None;
                }
                let mut out = Vec::with_capacity(table.len());
                let mut ok = true;
                let mut take = |d: &mut Self, tag: &Spanned<_>, text| {
                    let tag_name: &str = AsRef::<str>::as_ref(tag.get_ref());
                    if !is_language_tag(tag_name) {
                        ok = false;
                        let lower = tag_name.to_ascii_lowercase();
                        let problem = Problem::NotLanguageTag {
                            tag: tag_name.to_string(),
                            lowercase: is_language_tag(&lower).then_some(lower),
                        };
                        d.report(problem, tag.span());
                    }
                    match d.shaped_string(text, shape) {
                        Some(s) => out.push((crate::model::tag(tag_name), s.value)),
                        None => ok = false,
                    }
                };
                // In the order written. The table is sorted by tag, which is nearly always
                // the order written too (en before ja): then there is nothing to sort.
                if table.keys().map(|key| key.span().start).is_sorted() {
                    for (tag, text) in table.iter() {
                        take(self, tag, text);
                    }
                } else {
                    let mut entries: Vec<_> = table.iter().collect();
                    entries.sort_by_key(|(key, _)| key.span().start);
                    for (tag, text) in entries {
                        take(self, tag, text);
                    }
                }
                if ok && out.iter().all(|(_, text)| text.trim().is_empty()) {
                    self.empty_text(value.span());
                    return None;
                }
                ok.then(|| Text::new(out))
            }
            _ => {
                self.wrong_type(value, Expected::Text);
                None
            }
        }
    }

    /// A text with nothing to read: a reader would see a blank where the field is.
    fn empty_text(&mut self, span: Range<usize>) {
        self.report(Problem::EmptyText, span);
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    pub fn id(&mut self, value: &Value) -> Option<Located<String>> {
        self.reading("id", |k| matches!(k, FieldKind::Id));
        let id = self.string(value)?;
        if !is_id(&id.value) {
            let problem = Problem::BadId {
                suggestion: id_suggestion(&id.value),
                id: id.value,
            };
            self.report(problem, id.span);
            return None;
        }
        Some(id)
    }

    /// An array of ids that must name something defined elsewhere (resolved later).
    pub fn refs(&mut self, value: &Value) -> Option<Vec<Located<String>>> {
        self.reading("refs", |k| matches!(k, FieldKind::Refs));
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, Expected::Ids);
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
        self.reading("integer", |k| {
            matches!(k, FieldKind::Integer(_) | FieldKind::Version(_))
        });
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(value, Expected::Integer);
            return None;
        };
        match i64::from_str_radix(int.as_str(), int.radix()) {
            Ok(n) => Some(Located {
                value: n,
                span: value.span(),
            }),
            Err(_) => {
                self.report(Problem::IntegerOutOfRange, value.span());
                None
            }
        }
    }

    /// An integer or a finite float.
    pub fn number(&mut self, value: &Value) -> Option<f64> {
        self.reading("number", |k| matches!(k, FieldKind::Number));
        match value.get_ref() {
            DeValue::Integer(_) => self.integer(value).map(|n| n.value as f64),
            DeValue::Float(float) => match float.as_str().parse::<f64>() {
                Ok(f) if f.is_finite() => Some(f),
                _ => {
                    self.report(Problem::NotFinite, value.span());
                    None
                }
            },
            DeValue::String(s) => {
                let digits: String = s
                    .chars()
                    .filter(|c| !matches!(c, ',' | '_' | ' '))
                    .collect();
                let hint = digits
                    .parse::<f64>()
                    .is_ok()
                    .then_some(TypeHint::Unquote { number: digits });
                self.wrong_type_hinted(value, Expected::Number, hint);
                None
            }
            _ => {
                self.wrong_type(value, Expected::Number);
                None
            }
        }
    }

    pub fn boolean(&mut self, value: &Value) -> Option<bool> {
        self.reading("boolean", |k| matches!(k, FieldKind::Bool));
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(value, Expected::Boolean);
                None
            }
        }
    }

    /// A TOML local date: `2014-11-19`, no time, no offset.
    pub fn date(&mut self, value: &Value) -> Option<Located<Date>> {
        self.reading("date", |k| matches!(k, FieldKind::Date));
        let date = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.date,
            DeValue::String(s) => {
                let hint = TypeHint::UnquoteDate {
                    date: s.to_string(),
                };
                self.wrong_type_hinted(value, Expected::Date, Some(hint));
                return None;
            }
            _ => {
                self.wrong_type(value, Expected::DateExample);
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
                self.wrong_type(value, Expected::DateExample);
                None
            }
        }
    }

    /// A partial date string: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
    pub fn partial_date(&mut self, value: &Value) -> Option<PartialDate> {
        self.reading("partial_date", |k| matches!(k, FieldKind::PartialDate));
        if let DeValue::Datetime(dt) = value.get_ref() {
            let hint = TypeHint::Quote {
                date: dt.to_string(),
            };
            self.wrong_type_hinted(value, Expected::DateInString, Some(hint));
            return None;
        }
        let s = self.string(value)?;
        let parsed = parse_partial_date(&s.value);
        if parsed.is_none() {
            self.report(Problem::NotPartialDate { value: s.value }, s.span);
        }
        parsed
    }

    /// One word out of a fixed list.
    pub fn keyword<T>(
        &mut self,
        value: &Value,
        words: &'static [&'static str],
        from_word: fn(&str) -> Option<T>,
    ) -> Option<T> {
        self.reading(
            "keyword",
            |k| matches!(k, FieldKind::Keyword(w) if w == words),
        );
        let s = self.string(value)?;
        let parsed = from_word(&s.value);
        if parsed.is_none() {
            let problem = Problem::NotAllowed {
                near: closest(&s.value, words.iter().copied()).map(str::to_string),
                value: s.value,
                allowed: words,
            };
            self.report(problem, s.span);
        }
        parsed
    }

    /// ISO 3166-1 alpha-2, uppercase.
    pub fn country(&mut self, value: &Value) -> Option<String> {
        self.reading("country", |k| matches!(k, FieldKind::Country));
        let s = self.string(value)?;
        if country::is_assigned(&s.value) {
            return Some(s.value);
        }
        let upper = s.value.to_ascii_uppercase();
        let hint = if country::is_assigned(&upper) {
            CountryHint::Uppercase(upper)
        } else if upper == "UK" {
            CountryHint::UnitedKingdom
        } else {
            CountryHint::None
        };
        let problem = Problem::NotCountry {
            value: s.value,
            hint,
        };
        self.report(problem, s.span);
        None
    }

    /// The tables of an array of tables (`[[figures]]`), each with its span.
    pub fn tables<'a, 'i>(
        &mut self,
        value: &'a Value<'i>,
        key: &str,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        self.reading("tables", |k| matches!(k, FieldKind::Tables(_)));
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, Expected::ArrayOfTables(key.to_string()));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(table) => Some((table, item.span())),
                _ => {
                    self.wrong_type(item, Expected::TableOf(key.to_string()));
                    None
                }
            })
            .collect()
    }

    /// A table such as `[edition]`.
    pub fn table<'a, 'i>(&mut self, value: &'a Value<'i>, key: &str) -> Option<&'a DeTable<'i>> {
        self.reading("table", |k| {
            matches!(k, FieldKind::Table(_) | FieldKind::TableOf { .. })
        });
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            _ => {
                self.wrong_type(value, Expected::Table(key.to_string()));
                None
            }
        }
    }
}

/// `http://` or `https://` (any case), then a host: no spaces, nothing before the scheme.
fn is_web_address(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https")
        && !host.is_empty()
        && !host.starts_with(['.', ':', '@'])
        && !url.chars().any(char::is_whitespace)
}
