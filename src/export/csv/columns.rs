//! The columns of each CSV table, as a script reading the files sees them: their names, and
//! which hold a text, spread over a column per language.

use super::super::NEUTRAL;
use crate::content::model::ListKind;

/// A column: its name, and whether it holds a text (spread over a column per language).
pub(super) struct Column {
    pub name: String,
    pub text: bool,
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

/// en, ja and zh first, as the content is mostly written in them; a plain string last.
pub(super) fn language_rank(tag: &str) -> u8 {
    match tag {
        "en" => 0,
        "ja" => 1,
        "zh" => 2,
        NEUTRAL => 4,
        _ => 3,
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
        p("id"),
        t("title"),
        t("author"),
        t("publisher"),
        p("date"),
        p("kind"),
        p("url"),
    ]
}
