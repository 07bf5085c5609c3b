//! The tables of whole files: `series.toml`, an edition file, and their `[series]` and
//! `[edition]` tables.

use crate::model::ListKind;
use crate::sanitize::TextShape::{Line, Paragraph};

use super::FieldKind::*;
use super::entries::{
    COVERAGE, EDITION_TOPIC, EVENT, FIGURE, NOTE, ORG, OUTCOME, PERSON, SESSION, SOURCE, TOPIC,
};
use super::{Bounds, FORMAT, FieldSpec, SOURCES, TableSpec, optional, required};

const FORMAT_KEY: FieldSpec = required(
    "format",
    Version(FORMAT),
    "The version of the content format; 1 is the only one so far.",
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
