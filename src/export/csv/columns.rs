//! The columns of each CSV table, as a script reading the files sees them. They are fixed:
//! the same names in the same order whatever the content, so that the tables of two
//! exports can be concatenated; a text takes a column per language of `LANGUAGES` and one
//! for any other language.

use crate::content::model::ListKind;

/// The languages a text has a column of its own in: the interface's two, and Chinese, in
/// which the content is mostly written.
pub const LANGUAGES: [&str; 3] = ["en", "ja", "zh"];

/// The suffix of the column that holds a text's other languages, plain strings among them.
pub const OTHER_LANGUAGES: &str = "other_languages";

/// A column: its name, and whether it holds a text (spread over a column per language).
pub(super) struct Column {
    name: String,
    text: bool,
}

impl Column {
    /// The names in the header: `name`, or for a text `name_en`, `name_ja`, `name_zh` and
    /// `name_other_languages`.
    fn names(&self) -> Vec<String> {
        match self.text {
            false => vec![self.name.clone()],
            true => LANGUAGES
                .iter()
                .chain([&OTHER_LANGUAGES])
                .map(|suffix| format!("{}_{suffix}", self.name))
                .collect(),
        }
    }
}

/// The header of a table of these columns.
pub(super) fn header(columns: &[Column]) -> Vec<String> {
    columns.iter().flat_map(Column::names).collect()
}

/// A column of plain values.
pub(super) fn p(name: &str) -> Column {
    Column {
        name: name.to_string(),
        text: false,
    }
}

/// A column of texts.
pub(super) fn t(name: &str) -> Column {
    Column {
        name: name.to_string(),
        text: true,
    }
}

pub(super) fn series() -> Vec<Column> {
    vec![
        p("series"),
        t("name"),
        t("organizer"),
        t("about"),
        p("sources"),
    ]
}

pub(super) fn editions() -> Vec<Column> {
    let mut columns = vec![
        p("edition"),
        p("series"),
        p("stem"),
        t("name"),
        t("label"),
        p("year"),
        p("start"),
        p("end"),
        t("place"),
        t("theme"),
        t("summary"),
        p("sources"),
    ];
    for kind in ListKind::WORDS {
        columns.push(p(&format!("coverage_{kind}_complete")));
        columns.push(p(&format!("coverage_{kind}_total")));
        columns.push(t(&format!("coverage_{kind}_note")));
    }
    columns
}

pub(super) fn figures() -> Vec<Column> {
    vec![
        p("edition"),
        p("key"),
        t("label"),
        p("value"),
        p("approx"),
        t("unit"),
        t("basis"),
        t("note"),
        p("sources"),
    ]
}

pub(super) fn people() -> Vec<Column> {
    vec![
        p("edition"),
        p("id"),
        t("name"),
        p("org"),
        t("role"),
        p("country"),
        p("sessions"),
        t("note"),
        p("sources"),
    ]
}

pub(super) fn orgs() -> Vec<Column> {
    vec![
        p("edition"),
        p("series"),
        p("scope"),
        p("id"),
        t("name"),
        p("kind"),
        p("country"),
    ]
}

pub(super) fn sessions() -> Vec<Column> {
    vec![
        p("edition"),
        p("id"),
        p("day"),
        t("title"),
        p("kind"),
        p("topics"),
        p("highlight"),
        t("note"),
        p("sources"),
    ]
}

pub(super) fn topics() -> Vec<Column> {
    vec![
        p("edition"),
        p("series"),
        p("scope"),
        p("id"),
        t("label"),
        p("weight"),
        t("note"),
    ]
}

pub(super) fn outcomes() -> Vec<Column> {
    vec![
        p("edition"),
        p("id"),
        p("kind"),
        t("title"),
        p("status"),
        p("date"),
        t("detail"),
        p("topics"),
        p("sources"),
    ]
}

pub(super) fn timeline() -> Vec<Column> {
    vec![
        p("edition"),
        p("date"),
        t("title"),
        t("place"),
        p("topics"),
        p("sources"),
    ]
}

pub(super) fn notes() -> Vec<Column> {
    vec![
        p("edition"),
        p("id"),
        t("title"),
        t("body"),
        p("topic"),
        p("sources"),
    ]
}

pub(super) fn sources() -> Vec<Column> {
    vec![
        p("edition"),
        p("series"),
        p("scope"),
        p("id"),
        t("title"),
        t("author"),
        t("publisher"),
        p("date"),
        p("kind"),
        p("url"),
    ]
}
