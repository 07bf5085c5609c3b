//! Every table of the content format and the keys it takes, each with its type, whether it is
//! required, and a line saying what it is for: the one definition that both the loader and
//! `confer schema` read. `Decoder::fields` allows exactly the keys declared here (an unknown
//! key is judged from these tables), and in debug builds `Decoder::required`/`optional` and
//! the typed readers check that each key is read as declared, so that the loader and the
//! JSON Schema cannot drift apart without the tests failing.

use super::model::{
    Approx, ListKind, OrgKind, OutcomeKind, OutcomeStatus, SessionKind, SourceKind,
};
use crate::sanitize::TextShape::{self, Line, Paragraph};

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

const FORMAT_KEY: FieldSpec = required(
    "format",
    Version(FORMAT),
    "The version of the content format; 1 is the only one so far.",
);
const SOURCES: FieldSpec = optional(
    "sources",
    Refs,
    "Ids of the [[sources]] this comes from: the edition's own or its series'.",
);
const TOPICS: FieldSpec = optional(
    "topics",
    Refs,
    "Ids of [[topics]] of the edition or its series.",
);

/// `series.toml`.
pub static SERIES_FILE: TableSpec = TableSpec {
    what: "series.toml",
    description: "A conference series: its name, and the orgs, topics and sources its \
        editions share.",
    fields: &[
        FORMAT_KEY,
        required("series", Table(&SERIES), "The series itself."),
        optional(
            "orgs",
            Tables(&ORG),
            "Organizations shared by every edition of the series (editions may add their own).",
        ),
        optional(
            "topics",
            Tables(&TOPIC),
            "Topics shared by every edition of the series (editions may add their own).",
        ),
        optional(
            "sources",
            Tables(&SOURCE),
            "Sources shared by every edition of the series (editions may add their own).",
        ),
    ],
};

/// An edition file (`2014.toml`: its stem is the edition's key).
pub static EDITION_FILE: TableSpec = TableSpec {
    what: "an edition file",
    description: "One edition of a conference series; the file stem is its key \
        (wic/2014.toml is wic/2014).",
    fields: &[
        FORMAT_KEY,
        required("edition", Table(&EDITION), "The edition itself."),
        optional(
            "figures",
            Tables(&FIGURE),
            "Numbers that can be compared across editions.",
        ),
        optional("orgs", Tables(&ORG), "Organizations named in this edition."),
        optional(
            "people",
            Tables(&PERSON),
            "Speakers and other notable participants.",
        ),
        optional("sessions", Tables(&SESSION), "The programme."),
        optional(
            "topics",
            Tables(&EDITION_TOPIC),
            "What the edition was about; matched across editions by id.",
        ),
        optional(
            "outcomes",
            Tables(&OUTCOME),
            "Declarations, reports, awards, initiatives.",
        ),
        optional(
            "timeline",
            Tables(&EVENT),
            "Context: events around the edition.",
        ),
        optional(
            "notes",
            Tables(&NOTE),
            "Commentary: analysis, a regional lens, a quote.",
        ),
        optional("sources", Tables(&SOURCE), "Where the facts come from."),
        optional(
            "coverage",
            TableOf {
                keys: ListKind::WORDS,
                table: &COVERAGE,
            },
            "How complete the edition's lists are: [coverage.people], [coverage.orgs], \
             [coverage.sessions], [coverage.outcomes], [coverage.timeline]. A list without \
             one makes no claim either way.",
        ),
    ],
};

pub static SERIES: TableSpec = TableSpec {
    what: "[series]",
    description: "The series itself.",
    fields: &[
        required("name", Text(Line), "The name of the series."),
        optional("organizer", Text(Line), "Who organizes the series."),
        optional("about", Text(Paragraph), "A paragraph about the series."),
        optional(
            "sources",
            Refs,
            "Ids of [[sources]] of this file that the series comes from.",
        ),
    ],
};

pub static EDITION: TableSpec = TableSpec {
    what: "[edition]",
    description: "The edition itself.",
    fields: &[
        required("name", Text(Line), "The name of the edition."),
        optional(
            "label",
            Text(Line),
            "A short label for pane titles (\"2014 Wuzhen\").",
        ),
        required("year", Integer(Bounds::ANY), "The year of the edition."),
        required(
            "start",
            Date,
            "The first day, a TOML date without quotes: 2014-11-19.",
        ),
        required(
            "end",
            Date,
            "The last day, a TOML date without quotes, not before start.",
        ),
        required("place", Text(Line), "Where it took place."),
        optional("theme", Text(Line), "The edition's theme."),
        optional(
            "summary",
            Text(Paragraph),
            "A paragraph summing the edition up.",
        ),
        SOURCES,
    ],
};

pub static FIGURE: TableSpec = TableSpec {
    what: "[[figures]] entry",
    description: "A number that can be compared: figures with the same key are paired across \
        editions.",
    fields: &[
        required(
            "key",
            Id,
            "What is counted, as an id: figures with the same key are one measure, paired \
             across editions and series. Well-known keys: participants, countries, days, \
             sessions, forums, speakers, exhibitors, media.",
        ),
        required("label", Text(Line), "What is counted."),
        required("value", Number, "An integer or a finite float."),
        optional(
            "approx",
            Keyword(Approx::WORDS),
            "How precise the value is; default \"exact\".",
        ),
        optional("unit", Text(Line), "The unit (\"people\")."),
        optional(
            "basis",
            Text(Line),
            "How this edition counted (\"guests on site\"): figures of one key on different \
             bases are shown side by side without a change.",
        ),
        optional("note", Text(Paragraph), "A note on the figure."),
        SOURCES,
    ],
};

pub static ORG: TableSpec = TableSpec {
    what: "[[orgs]] entry",
    description: "An organization; the same id in two editions is the same organization.",
    fields: &[
        required(
            "id",
            Id,
            "The organization's id: lowercase letters, digits and '-'.",
        ),
        required("name", Text(Line), "The organization's name."),
        optional(
            "kind",
            Keyword(OrgKind::WORDS),
            "What kind of organization it is.",
        ),
        optional(
            "country",
            Country,
            "ISO 3166-1 alpha-2 code, uppercase (CN, JP, US).",
        ),
    ],
};

pub static PERSON: TableSpec = TableSpec {
    what: "[[people]] entry",
    description: "A speaker or other notable participant; the same id in two editions is the \
        same person.",
    fields: &[
        required(
            "id",
            Id,
            "The person's id: lowercase letters, digits and '-'.",
        ),
        required("name", Text(Line), "The person's name."),
        optional(
            "org",
            Ref,
            "The id of an [[orgs]] entry of this edition or its series.",
        ),
        optional("role", Text(Line), "The person's role at this edition."),
        optional(
            "country",
            Country,
            "ISO 3166-1 alpha-2 code, uppercase (CN, JP, US).",
        ),
        optional(
            "sessions",
            Refs,
            "Ids of the [[sessions]] the person took part in.",
        ),
        optional("note", Text(Paragraph), "A note on the person."),
        SOURCES,
    ],
};

pub static SESSION: TableSpec = TableSpec {
    what: "[[sessions]] entry",
    description: "A session of the programme.",
    fields: &[
        required(
            "id",
            Id,
            "The session's id: lowercase letters, digits and '-'.",
        ),
        required(
            "day",
            Integer(DAY),
            "The day of the edition, 1 being the first.",
        ),
        required("title", Text(Line), "The session's title."),
        optional(
            "kind",
            Keyword(SessionKind::WORDS),
            "What kind of session it is.",
        ),
        TOPICS,
        optional(
            "highlight",
            Bool,
            "Marked as notable by the source; default false.",
        ),
        optional("note", Text(Paragraph), "A note on the session."),
        SOURCES,
    ],
};

const TOPIC_ID: FieldSpec = required(
    "id",
    Id,
    "The topic's id: lowercase letters, digits and '-'.",
);
const TOPIC_WEIGHT: FieldSpec = optional(
    "weight",
    Integer(WEIGHT),
    "1 (mentioned) to 3 (central); default 1.",
);
const TOPIC_NOTE: FieldSpec = optional("note", Text(Paragraph), "A note on the topic.");

/// A topic of `series.toml`: every one has its label.
pub static TOPIC: TableSpec = TableSpec {
    what: "[[topics]] entry",
    description: "A topic the series' editions share; matched across editions by id.",
    fields: &[
        TOPIC_ID,
        required("label", Text(Line), "The topic's name."),
        TOPIC_WEIGHT,
        TOPIC_NOTE,
    ],
};

/// A topic of an edition file: its own (with a label), or one of its series taken up (its
/// id and no label).
pub static EDITION_TOPIC: TableSpec = TableSpec {
    what: "[[topics]] entry",
    description: "What the edition was about; matched across editions by id. Without a \
        label, the id names a topic of the series, which this edition takes up with its own \
        weight and note.",
    fields: &[
        TOPIC_ID,
        optional(
            "label",
            Text(Line),
            "The topic's name; left out to take up a topic of the series by its id.",
        ),
        TOPIC_WEIGHT,
        TOPIC_NOTE,
    ],
};

pub static OUTCOME: TableSpec = TableSpec {
    what: "[[outcomes]] entry",
    description: "A declaration, report, award, initiative…",
    fields: &[
        required(
            "id",
            Id,
            "The outcome's id: lowercase letters, digits and '-'.",
        ),
        optional(
            "kind",
            Keyword(OutcomeKind::WORDS),
            "What kind of outcome it is.",
        ),
        required("title", Text(Line), "The outcome's title."),
        optional(
            "status",
            Keyword(OutcomeStatus::WORDS),
            "What became of it.",
        ),
        optional(
            "date",
            PartialDate,
            "\"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", in quotes.",
        ),
        optional("detail", Text(Paragraph), "More about the outcome."),
        TOPICS,
        SOURCES,
    ],
};

pub static EVENT: TableSpec = TableSpec {
    what: "[[timeline]] entry",
    description: "An event around the edition, for context.",
    fields: &[
        required(
            "date",
            PartialDate,
            "\"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", in quotes.",
        ),
        required("title", Text(Line), "What happened."),
        optional("place", Text(Line), "Where it happened."),
        TOPICS,
        SOURCES,
    ],
};

pub static NOTE: TableSpec = TableSpec {
    what: "[[notes]] entry",
    description: "Commentary: analysis, a regional lens, a quote.",
    fields: &[
        required(
            "id",
            Id,
            "The note's id: lowercase letters, digits and '-'.",
        ),
        required("title", Text(Line), "The note's title."),
        required("body", Text(Paragraph), "The note itself."),
        optional(
            "topic",
            Ref,
            "The id of a [[topics]] entry of this edition or its series.",
        ),
        SOURCES,
    ],
};

pub static SOURCE: TableSpec = TableSpec {
    what: "[[sources]] entry",
    description: "Where facts come from; cited by id in `sources`.",
    fields: &[
        required(
            "id",
            Id,
            "The source's id: lowercase letters, digits and '-'.",
        ),
        required("title", Text(Line), "The source's title."),
        optional("author", Text(Line), "Who wrote it."),
        optional("publisher", Text(Line), "Who published it."),
        optional(
            "date",
            PartialDate,
            "\"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", in quotes.",
        ),
        optional(
            "kind",
            Keyword(SourceKind::WORDS),
            "What kind of source it is.",
        ),
        optional(
            "url",
            Url,
            "Where to find it: an absolute http or https address.",
        ),
    ],
};

pub static COVERAGE: TableSpec = TableSpec {
    what: "[coverage.KIND]",
    description: "How complete one list of the edition is.",
    fields: &[
        required(
            "complete",
            Bool,
            "true: every one is listed; false: only some are.",
        ),
        optional(
            "total",
            Integer(TOTAL),
            "How many there were in all, where a source says.",
        ),
        optional(
            "note",
            Text(Line),
            "What the list covers (\"speakers named in the press\").",
        ),
    ],
};
