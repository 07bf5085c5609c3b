//! The values of a row before they are written: plain values, and texts whose cells depend
//! on the languages of their column; and what a spreadsheet is kept from reading as a
//! formula.

use crate::content::model::Text;

/// One cell before the languages of its column are known.
pub(super) enum Cell {
    Plain(String),
    Text(Option<Text>),
}

pub(super) fn plain(value: impl ToString) -> Cell {
    Cell::Plain(value.to_string())
}

pub(super) fn maybe(value: Option<impl ToString>) -> Cell {
    Cell::Plain(value.map(|v| v.to_string()).unwrap_or_default())
}

pub(super) fn text(text: &Text) -> Cell {
    Cell::Text(Some(text.clone()))
}

pub(super) fn optional(text: &Option<Text>) -> Cell {
    Cell::Text(text.clone())
}

pub(super) fn list(ids: Vec<&str>) -> Cell {
    Cell::Plain(ids.join(";"))
}

/// A text from a content file that Excel would read as a formula (`=HYPERLINK(...)`, or
/// `+`, `-`, `@` first) gets a leading apostrophe, which Excel shows as text and hides: the
/// advice of OWASP on CSV injection, for content written by people outside the project.
/// Only for Excel (`--bom`): pandas and R read the text as written.
pub(super) fn not_a_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}
