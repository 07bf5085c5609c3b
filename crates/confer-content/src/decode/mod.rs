//! Typed reading of a parsed TOML document that keeps going after a problem, so that `check`
//! reports every unknown key, wrong type and missing field of a file in one run.

use std::cell::Cell;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::problem::{Expected, Found, TypeHint};
use super::diagnostic::{Diagnostic, FileId, Location, Problem};
use super::fields::{FieldKind, TableSpec};
use super::grammar::closest;

mod table;
mod values;

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

    /// An error of the application's own format (a deck's), in words it has chosen.
    pub fn error(&mut self, message: impl Into<String>, span: Range<usize>) -> &mut Diagnostic {
        let diagnostic = Diagnostic::error(message, self.at(span));
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Reports `problem` at `span` (an error or a warning, as the problem is).
    pub fn report(&mut self, problem: Problem, span: Range<usize>) {
        let diagnostic = Diagnostic::of(problem, self.at(span));
        self.diagnostics.push(diagnostic);
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
            let near = closest(name, spec.keys()).map(str::to_string);
            let takes = if near.is_none() {
                spec.keys().collect()
            } else {
                Vec::new()
            };
            let problem = Problem::UnknownKey {
                key: name.to_string(),
                within: what,
                near,
                takes,
            };
            self.report(problem, key.span());
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
                let problem = Problem::MissingKey {
                    key: key.to_string(),
                    within: fields.what,
                };
                self.report(problem, fields.span.clone());
                None
            }
        }
    }

    /// A key that may be left out. `Err(())` when it is there but wrong (already reported).
    // The error is in the decoder's diagnostics already: there is nothing else to carry.
    #[allow(clippy::result_unit_err)]
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

    fn wrong_type(&mut self, value: &Value, expected: Expected) {
        self.wrong_type_hinted(value, expected, None);
    }

    fn wrong_type_hinted(&mut self, value: &Value, expected: Expected, hint: Option<TypeHint>) {
        let found = describe(value.get_ref());
        let problem = Problem::WrongType {
            expected,
            found,
            hint,
        };
        self.report(problem, value.span());
    }
}

fn describe(value: &DeValue) -> Found {
    match value {
        DeValue::String(_) => Found::String,
        DeValue::Integer(_) => Found::Integer,
        DeValue::Float(_) => Found::Float,
        DeValue::Boolean(_) => Found::Boolean,
        DeValue::Datetime(dt) if dt.time.is_none() => Found::Date,
        DeValue::Datetime(_) => Found::DateTime,
        DeValue::Array(_) => Found::Array,
        DeValue::Table(_) => Found::Table,
    }
}
