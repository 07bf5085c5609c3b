//! What goes into the cells of a row: a value of the content as text, a text spread over
//! its language columns, and the one rule that keeps a spreadsheet from running a cell as
//! a formula.

use std::borrow::Cow;

use serde::Serialize;

use super::columns::LANGUAGES;
use crate::content::model::Text;
use crate::export::export_tag;

/// One value of an entry, before it is spread over cells: a plain value takes one cell, a
/// text one per column of `columns::LANGUAGES` and one for its other languages.
pub(super) enum Value<'a> {
    Plain(String),
    Text(Option<&'a Text>),
}

pub(super) fn plain(value: impl ToString) -> Value<'static> {
    Value::Plain(value.to_string())
}

pub(super) fn maybe(value: Option<impl ToString>) -> Value<'static> {
    Value::Plain(value.map(|v| v.to_string()).unwrap_or_default())
}

pub(super) fn text(text: &Text) -> Value<'_> {
    Value::Text(Some(text))
}

pub(super) fn optional(text: &Option<Text>) -> Value<'_> {
    Value::Text(text.as_ref())
}

/// Ids joined with `;`, which no id holds.
pub(super) fn list(ids: Vec<&str>) -> Value<'static> {
    Value::Plain(ids.join(";"))
}

/// Appends the cells of `value` to a row, as the content holds it.
pub(super) fn spread(value: Value, row: &mut Vec<String>) {
    match value {
        Value::Plain(cell) => row.push(cell),
        Value::Text(text) => {
            for lang in LANGUAGES {
                let said = text.and_then(|text| text.lookup(lang));
                row.push(said.unwrap_or_default().to_string());
            }
            row.push(text.map(other_languages).unwrap_or_default());
        }
    }
}

/// The languages of a text that have no column of their own, as a JSON object of tag to
/// text in the order written (`{"ko":"…","und":"…"}`), a plain string under `und` as in the
/// JSON export; empty when there are none.
fn other_languages(text: &Text) -> String {
    struct Others<'a>(Vec<(&'a str, &'a str)>);
    impl Serialize for Others<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.0.iter().copied())
        }
    }
    let others: Vec<(&str, &str)> = text
        .languages()
        .filter(|tag| !LANGUAGES.contains(tag))
        .map(|tag| (export_tag(tag), text.lookup(tag).unwrap_or_default()))
        .collect();
    if others.is_empty() {
        return String::new();
    }
    serde_json::to_string(&Others(others)).expect("strings always serialize")
}

/// What a spreadsheet takes for the start of a formula, as OWASP lists it for CSV
/// injection: a tab or carriage return first can hide the `=` that follows.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as a spreadsheet (`--bom`) gets it: one that a spreadsheet would run as a formula
/// gets a leading apostrophe, OWASP's advice, which Excel reads as "this is text" and hides;
/// every other cell, a negative number among them, as it is. Every cell of every table
/// passes here, whatever its column, since content comes from people outside the project.
pub(super) fn for_spreadsheet(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) && !is_negative_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// `-5`, `-0.25`: a number as the export writes one (Rust writes neither `+` nor an
/// exponent), which a spreadsheet reads as that number, never as a formula. An apostrophe
/// would make it text, and a column of figures that no longer sums.
fn is_negative_number(cell: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let Some(number) = cell.strip_prefix('-') else {
        return false;
    };
    match number.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::tag;

    fn text_of(entries: &[(&str, &str)]) -> Text {
        Text::new(
            entries
                .iter()
                .map(|(t, s)| (tag(t), s.to_string()))
                .collect(),
        )
    }

    fn cells(value: Value) -> Vec<String> {
        let mut row = Vec::new();
        spread(value, &mut row);
        row
    }

    #[test]
    fn a_text_takes_en_ja_zh_and_the_rest_as_json_whatever_its_languages() {
        let text = text_of(&[("ko", "가"), ("zh", "甲"), ("en", "A"), ("zh-hant", "甲乙")]);
        assert_eq!(
            cells(Value::Text(Some(&text))),
            ["A", "", "甲", r#"{"ko":"가","zh-hant":"甲乙"}"#]
        );
        let plain = text_of(&[("", "Online, \"live\"")]);
        assert_eq!(
            cells(Value::Text(Some(&plain))),
            ["", "", "", r#"{"und":"Online, \"live\""}"#]
        );
        assert_eq!(cells(Value::Text(None)), ["", "", "", ""]);
        assert_eq!(cells(list(vec!["a", "b"])), ["a;b"]);
    }

    #[test]
    fn a_cell_that_starts_a_formula_gets_an_apostrophe_a_negative_number_does_not() {
        for (cell, for_excel) in [
            ("=2+3", "'=2+3"),
            ("+81 3", "'+81 3"),
            ("-2 + 3", "'-2 + 3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tlead", "'\tlead"),
            ("\r=1", "'\r=1"),
            ("-", "'-"),
            ("-5.", "'-5."),
            ("-.5", "'-.5"),
            ("-1e5", "'-1e5"),
            ("-5", "-5"),
            ("-0.25", "-0.25"),
            ("5", "5"),
            ("a=b", "a=b"),
            ("", ""),
            ("'quoted", "'quoted"),
        ] {
            assert_eq!(for_spreadsheet(cell), for_excel, "{cell:?}");
        }
    }
}
