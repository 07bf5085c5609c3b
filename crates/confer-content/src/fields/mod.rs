//! Every table of the content format and the keys it takes, each with its type, whether it is
//! required, and a line saying what it is for: the one definition that both the loader and
//! `confer schema` read. `Decoder::fields` allows exactly the keys declared here (an unknown
//! key is judged from these tables), and in debug builds `Decoder::required`/`optional` and
//! the typed readers check that each key is read as declared, so that the loader and the
//! JSON Schema cannot drift apart without the tests failing.

use crate::sanitize::TextShape::{self, Line, Paragraph};

mod entries;
mod files;

pub use entries::*;
pub use files::*;

/// The version of the content format this program reads (`format = 1`).
pub const FORMAT: i64 = 1;

/// One table of the format: `[edition]`, one `[[figures]]` entry, `[coverage.people]`…
#[derive(Debug)]
pub struct TableSpec {
    /// How messages name one such table: "[edition]", "[[figures]] entry".
    pub what: &'static str,
    /// What the table is, for the schema.
    pub description: &'static str,
    /// Its keys, in the order the format document lists them (and messages list them).
    pub fields: &'static [FieldSpec],
}

/// One key of a table.
#[derive(Debug)]
pub struct FieldSpec {
    pub key: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    /// What the key holds, in a line, from the format document.
    pub description: &'static str,
}

/// The type of a key's value.
#[derive(Clone, Copy, Debug)]
pub enum FieldKind {
    /// The format version: this integer and no other.
    Version(i64),
    /// A plain string, or a table of language tag to string (a line, or a paragraph whose
    /// tabs and line breaks are kept).
    Text(TextShape),
    /// A one-line string.
    String,
    /// A web address (a one-line string).
    Url,
    /// An id: `[a-z0-9][a-z0-9-]*`.
    Id,
    /// The id of something defined elsewhere.
    Ref,
    /// An array of ids of things defined elsewhere.
    Refs,
    /// An integer within bounds.
    Integer(Bounds),
    /// An integer or a finite float.
    Number,
    Bool,
    /// A TOML local date (`2014-11-19`).
    Date,
    /// `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`, in a string.
    PartialDate,
    /// One word out of a fixed list (a model enum's `WORDS`).
    Keyword(&'static [&'static str]),
    /// An ISO 3166-1 alpha-2 code, uppercase.
    Country,
    /// A table (`[edition]`).
    Table(&'static TableSpec),
    /// An array of tables (`[[figures]]`).
    Tables(&'static TableSpec),
    /// A table whose keys are some of `keys`, each a table of the same kind
    /// (`[coverage.people]`, `[coverage.orgs]`…).
    TableOf {
        keys: &'static [&'static str],
        table: &'static TableSpec,
    },
}

/// The inclusive range an integer must lie in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub min: i64,
    pub max: i64,
}

impl Bounds {
    pub const ANY: Bounds = Bounds {
        min: i64::MIN,
        max: i64::MAX,
    };

    pub const fn contains(self, n: i64) -> bool {
        self.min <= n && n <= self.max
    }
}

/// `day`: 1 is the first day of the edition.
pub const DAY: Bounds = Bounds {
    min: 1,
    max: u32::MAX as i64,
};
/// `weight`: 1 (mentioned) to 3 (central).
pub const WEIGHT: Bounds = Bounds { min: 1, max: 3 };
/// `total`: a count.
pub const TOTAL: Bounds = Bounds {
    min: 0,
    max: i64::MAX,
};

impl FieldKind {
    /// How a debug message names the kind.
    pub fn name(&self) -> &'static str {
        match self {
            FieldKind::Version(_) => "the format version",
            FieldKind::Text(Line) => "a text (line)",
            FieldKind::Text(Paragraph) => "a text (paragraph)",
            FieldKind::String => "a string",
            FieldKind::Url => "a url",
            FieldKind::Id => "an id",
            FieldKind::Ref => "a ref",
            FieldKind::Refs => "refs",
            FieldKind::Integer(_) => "an integer",
            FieldKind::Number => "a number",
            FieldKind::Bool => "a boolean",
            FieldKind::Date => "a date",
            FieldKind::PartialDate => "a partial date",
            FieldKind::Keyword(_) => "a keyword",
            FieldKind::Country => "a country",
            FieldKind::Table(_) => "a table",
            FieldKind::Tables(_) => "an array of tables",
            FieldKind::TableOf { .. } => "a table of tables",
        }
    }
}

impl TableSpec {
    /// The declaration of `key`, if the table has it.
    pub fn field(&self, key: &str) -> Option<&'static FieldSpec> {
        let fields: &'static [FieldSpec] = self.fields;
        fields.iter().find(|f| f.key == key)
    }

    pub fn allows(&self, key: &str) -> bool {
        self.fields.iter().any(|f| f.key == key)
    }

    /// Every key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + use<> {
        let fields: &'static [FieldSpec] = self.fields;
        fields.iter().map(|f| f.key)
    }
}

const fn required(key: &'static str, kind: FieldKind, description: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        required: true,
        description,
    }
}

const fn optional(key: &'static str, kind: FieldKind, description: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        required: false,
        description,
    }
}

use FieldKind::*;

pub(super) const SOURCES: FieldSpec = optional(
    "sources",
    Refs,
    "Ids of the [[sources]] this comes from: the edition's own or its series'.",
);
pub(super) const TOPICS: FieldSpec = optional(
    "topics",
    Refs,
    "Ids of [[topics]] of the edition or its series.",
);
