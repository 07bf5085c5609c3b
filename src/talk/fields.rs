//! The tables of a deck file and the keys each takes (`deck-format.md`), declared the way the
//! content's `fields.rs` declares its own, so that the content's `Decoder` reads them.

use crate::content::fields::{FORMAT, FieldKind, FieldSpec, TableSpec};
use crate::text::TextShape::{Line, Paragraph};

/// The words of `show`, in the order of `Show::ALL` (the decoder matches the list by value).
pub(crate) static SHOW_WORDS: [&str; 12] = [
    "title",
    "figure",
    "figures",
    "topics",
    "people",
    "orgs",
    "programme",
    "outcomes",
    "timeline",
    "notes",
    "sources",
    "series",
];

pub(crate) static DECK_FILE: TableSpec = TableSpec {
    what: "a deck file",
    description: "A presenter's own talk: which slides of the comparison to show, in order.",
    fields: &[
        field(
            "format",
            FieldKind::Version(FORMAT),
            true,
            "The version of the deck format: 1.",
        ),
        field(
            "deck",
            FieldKind::Table(&DECK),
            false,
            "The talk's title, and what it compares.",
        ),
        field(
            "slides",
            FieldKind::Tables(&SLIDE),
            false,
            "The slides, in order (at least one; reported as missing by the reader).",
        ),
    ],
};

pub(crate) static DECK: TableSpec = TableSpec {
    what: "[deck]",
    description: "The talk's title and the editions it compares.",
    fields: &[
        field(
            "title",
            FieldKind::Text(Line),
            false,
            "The title slide's heading.",
        ),
        field(
            "editions",
            FieldKind::Refs,
            false,
            "The two editions compared (series/stem or a stem); the command line wins.",
        ),
        field(
            "series",
            FieldKind::Id,
            false,
            "The series for series slides when no editions are given.",
        ),
    ],
};

pub(crate) static SLIDE: TableSpec = TableSpec {
    what: "[[slides]] entry",
    description: "A slide generated from the comparison (show), or one of one's own (title).",
    fields: &[
        field(
            "show",
            FieldKind::Keyword(&SHOW_WORDS),
            false,
            "The part of the comparison to show.",
        ),
        field(
            "key",
            FieldKind::Ref,
            false,
            "The figure key, for show = \"figure\" and \"series\".",
        ),
        field(
            "title",
            FieldKind::Text(Line),
            false,
            "The heading of a slide of one's own.",
        ),
        field(
            "body",
            FieldKind::Text(Paragraph),
            false,
            "Paragraphs and \"- \" bullets of a slide of one's own.",
        ),
        field(
            "notes",
            FieldKind::Text(Paragraph),
            false,
            "Speaker notes, never shown to the audience.",
        ),
    ],
};

const fn field(
    key: &'static str,
    kind: FieldKind,
    required: bool,
    description: &'static str,
) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        required,
        description,
    }
}
