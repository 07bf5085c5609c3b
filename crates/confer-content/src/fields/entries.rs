//! The tables of entries: figures, orgs, people, sessions, topics, outcomes, events, notes,
//! sources and coverage declarations.

use crate::model::{Approx, OrgKind, OutcomeKind, OutcomeStatus, SessionKind, SourceKind};
use crate::sanitize::TextShape::{Line, Paragraph};

use super::FieldKind::*;
use super::{DAY, FieldSpec, SOURCES, TOPICS, TOTAL, TableSpec, WEIGHT, optional, required};

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
