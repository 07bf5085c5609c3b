//! Typed reading of a parsed TOML document that keeps going after a problem, so that `check`
//! reports every unknown key, wrong type and missing field of a file in one run.

use std::cell::Cell;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::country;
use super::diagnostic::{Diagnostic, FileId, Location};
use super::fields::{FieldKind, FieldSpec, TableSpec};
use super::grammar::{closest, id_help, is_id, is_language_tag, parse_partial_date};
use super::model::{Date, PartialDate, Text};
use crate::sanitize::{TextShape, sanitize};

pub type Value<'i> = Spanned<DeValue<'i>>;

/// A string from the file with the place it was written, for messages that point at it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// Collects the diagnostics of one file while its values are read.
pub struct Decoder<'d> {
    pub file: FileId,
    pub diagnostics: &'d mut Vec<Diagnostic>,
    /// The declaration of the key `required`/`optional` is reading, taken by the first typed
    /// reader, which checks (in debug builds) that it reads the kind declared.
    expecting: Option<Expecting>,
}

/// A key being read, as `fields.rs` declares it.
#[derive(Clone, Copy)]
struct Expecting {
    key: &'static str,
    what: &'static str,
    kind: FieldKind,
}

/// The keys of one table, checked against the keys its kind allows.
pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    /// How messages name this table: "[edition]", "[[figures]] entry".
    pub what: &'static str,
    /// The table's keys, as declared in `fields.rs`.
    spec: &'static TableSpec,
    /// Which of those keys the loader has asked about, a bit each: in debug builds, a key
    /// that `fields.rs` declares but the loader never reads is caught when the table closes.
    asked: Cell<u64>,
}

impl Fields<'_, '_> {
    /// Whether the table's kind requires `key` (one reader serves kinds that differ in it).
    pub fn requires(&self, key: &str) -> bool {
        self.spec.field(key).is_some_and(|f| f.required)
    }
}

impl<'d> Decoder<'d> {
    pub fn new(file: FileId, diagnostics: &'d mut Vec<Diagnostic>) -> Self {
        Decoder {
            file,
            diagnostics,
            expecting: None,
        }
    }

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

    /// Opens a table, reporting every key that its kind (`fields.rs`) does not declare.
    pub fn fields<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        span: Range<usize>,
        spec: &'static TableSpec,
    ) -> Fields<'a, 'i> {
        self.fields_named(table, span, spec.what, spec)
    }

    /// `fields`, for a kind of table that messages name in more than one way
    /// (`[coverage.people]`, `[coverage.orgs]`…).
    pub fn fields_named<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        span: Range<usize>,
        what: &'static str,
        spec: &'static TableSpec,
    ) -> Fields<'a, 'i> {
        let mut unknown: Vec<_> = table
            .keys()
            .filter(|key| !spec.allows(key.get_ref().as_ref()))
            .collect();
        unknown.sort_by_key(|key| key.span().start);
        for key in unknown {
            let name = key.get_ref().as_ref();
            let help = match closest(name, spec.keys()) {
                Some(near) => format!("did you mean '{near}'?"),
                None => format!(
                    "{what} takes: {}",
                    spec.keys().collect::<Vec<_>>().join(", ")
                ),
            };
            self.error(format!("unknown key '{name}' in {what}"), key.span())
                .label = Some("not a key of the content format".into());
            if let Some(d) = self.diagnostics.last_mut() {
                d.help = Some(help);
            }
        }
        Fields {
            table,
            span,
            what,
            spec,
            asked: Cell::new(0),
        }
    }

    /// A key that must be there; reports its absence at the table.
    pub fn required<T>(
        &mut self,
        fields: &Fields,
        key: &str,
        read: impl FnOnce(&mut Self, &Value) -> Option<T>,
    ) -> Option<T> {
        let declared = fields.declared(key, true);
        match fields.table.get(key) {
            Some(value) => self.read_declared(declared, value, read),
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
        let declared = fields.declared(key, false);
        match fields.table.get(key) {
            Some(value) => self
                .read_declared(declared, value, read)
                .map(Some)
                .ok_or(()),
            None => Ok(None),
        }
    }

    /// Reads a value with what it is declared to be at hand for the reader to check.
    fn read_declared<T>(
        &mut self,
        declared: Option<Expecting>,
        value: &Value,
        read: impl FnOnce(&mut Self, &Value) -> Option<T>,
    ) -> Option<T> {
        self.expecting = declared;
        let out = read(self, value);
        self.expecting = None;
        out
    }

    /// Called first by each typed reader: in debug builds, checks that the key being read is
    /// declared in `fields.rs` as a kind this reader reads. Readers that other readers call
    /// (`string` from `id`) find nothing to check, the outer one having taken it.
    fn reading(&mut self, reader: &str, fits: impl FnOnce(FieldKind) -> bool) {
        if let Some(e) = self.expecting.take() {
            debug_assert!(
                fits(e.kind),
                "the loader reads '{}' in {} with Decoder::{reader}, but src/content/fields.rs \
                 declares it as {}: correct one or the other",
                e.key,
                e.what,
                e.kind.name(),
            );
        }
    }

    fn wrong_type(&mut self, value: &Value, expected: &str) {
        let found = describe(value.get_ref());
        self.error(format!("expected {expected}, found {found}"), value.span())
            .label = Some(format!("this is {found}"));
    }

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
            let help = if url.value.contains("://") || url.value.starts_with("//") {
                "write an http or https address: https://…"
            } else {
                "write the whole address, with https:// or http:// before the host"
            };
            self.error(
                format!("'{}' is not an absolute http or https address", url.value),
                url.span,
            )
            .help = Some(help.into());
            return None;
        }
        Some(url)
    }

    fn shaped_string(&mut self, value: &Value, shape: TextShape) -> Option<Located<String>> {
        let DeValue::String(raw) = value.get_ref() else {
            self.wrong_type(value, "a string");
            return None;
        };
        let clean = sanitize(raw, shape);
        if clean.flagged {
            self.warning(
                "string holds control characters or bidirectional overrides",
                value.span(),
            )
            .help = Some(
                "a tab is shown as a blank, the rest as ␛, ␇, � …; remove them from the file"
                    .into(),
            );
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
                Some(Text::new(vec![(super::model::tag(""), s.value)]))
            }
            DeValue::Table(table) => {
                if table.is_empty() {
                    self.error("a text needs at least one language", value.span())
                        .help = Some("write e.g. { en = \"…\", ja = \"…\" }".into());
                    return None;
                }
                let mut out = Vec::with_capacity(table.len());
                let mut ok = true;
                let mut take = |d: &mut Self, tag: &Spanned<_>, text| {
                    let tag_name: &str = AsRef::<str>::as_ref(tag.get_ref());
                    if !is_language_tag(tag_name) {
                        ok = false;
                        let lower = tag_name.to_ascii_lowercase();
                        d.error(format!("'{tag_name}' is not a language tag"), tag.span())
                            .help = Some(if is_language_tag(&lower) {
                            format!("language tags are lowercase: '{lower}'")
                        } else {
                            "use a lowercase tag such as en, ja, zh or zh-hant".into()
                        });
                    }
                    match d.shaped_string(text, shape) {
                        Some(s) => out.push((super::model::tag(tag_name), s.value)),
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
                self.wrong_type(value, "a string or a table of language to string");
                None
            }
        }
    }

    /// A text with nothing to read: a reader would see a blank where the field is.
    fn empty_text(&mut self, span: Range<usize>) {
        self.error("empty text", span).help =
            Some("write the text, or leave the key out where it is optional".into());
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    pub fn id(&mut self, value: &Value) -> Option<Located<String>> {
        self.reading("id", |k| matches!(k, FieldKind::Id));
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
        self.reading("refs", |k| matches!(k, FieldKind::Refs));
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
        self.reading("integer", |k| {
            matches!(k, FieldKind::Integer(_) | FieldKind::Version(_))
        });
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
        self.reading("number", |k| matches!(k, FieldKind::Number));
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
        self.reading("boolean", |k| matches!(k, FieldKind::Bool));
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
        self.reading("date", |k| matches!(k, FieldKind::Date));
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
        self.reading("partial_date", |k| matches!(k, FieldKind::PartialDate));
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
        self.reading(
            "keyword",
            |k| matches!(k, FieldKind::Keyword(w) if w == words),
        );
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
        self.reading("country", |k| matches!(k, FieldKind::Country));
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
        self.reading("tables", |k| matches!(k, FieldKind::Tables(_)));
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
        self.reading("table", |k| {
            matches!(k, FieldKind::Table(_) | FieldKind::TableOf { .. })
        });
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

    /// The kind `fields.rs` declares `key` to be in this table.
    pub fn kind(&self, key: &str) -> Option<FieldKind> {
        self.field(key).map(|f| f.kind)
    }

    /// The declaration of `key`, noted as asked about.
    fn field(&self, key: &str) -> Option<&'static FieldSpec> {
        let at = self.spec.fields.iter().position(|f| f.key == key)?;
        self.asked.set(self.asked.get() | 1 << at);
        self.spec.fields.get(at)
    }

    /// How `key` is declared, checking (in debug builds) that the loader reads it as
    /// required or optional as `fields.rs` says.
    fn declared(&self, key: &str, required: bool) -> Option<Expecting> {
        let field = self.field(key);
        debug_assert!(
            field.is_some_and(|f| f.required == required),
            "the loader reads '{key}' in {} as {}, but src/content/fields.rs {}: correct one \
             or the other",
            self.what,
            if required { "required" } else { "optional" },
            match field {
                None => "does not declare it in that table".to_string(),
                Some(f) if f.required => "declares it required".to_string(),
                Some(_) => "declares it optional".to_string(),
            },
        );
        field.map(|f| Expecting {
            key: f.key,
            what: self.what,
            kind: f.kind,
        })
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// For a part of a file whose other keys are read with another part: none is unread.
    pub fn read_elsewhere(&self) {
        self.asked.set(u64::MAX);
    }
}

impl Drop for Fields<'_, '_> {
    /// Debug builds: every key `fields.rs` declares in the table was read (the format
    /// version is read before the table is opened).
    fn drop(&mut self) {
        if !cfg!(debug_assertions) || std::thread::panicking() {
            return;
        }
        let asked = self.asked.get();
        let unread: Vec<&str> = (self.spec.fields.iter().enumerate())
            .filter(|(at, f)| asked & 1 << at == 0 && !matches!(f.kind, FieldKind::Version(_)))
            .map(|(_, f)| f.key)
            .collect();
        assert!(
            unread.is_empty(),
            "src/content/fields.rs declares {unread:?} in {}, but the loader never reads it: \
             read it, or remove it from there",
            self.what
        );
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
