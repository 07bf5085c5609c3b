//! What a slide shows, as data: its kinds of body and a value in large numerals. Below the
//! slides that fill them (`content`, `figures`, `program`) and the pages that cut them.

use crate::rows::{Cell, Para, Row};
use crate::talk::Block;

/// A value in large numerals where it can be: the number alone, and how it is said.
#[derive(Clone, Debug, PartialEq)]
pub struct BigValue {
    pub number: String,
    pub words: String,
    /// How the edition counted it, where it says (or where the two were counted differently).
    pub basis: Option<String>,
    /// The figure's note, where the conflicts between sources are kept.
    pub note: Option<String>,
}

/// What a slide shows.
#[derive(Clone, Debug)]
pub enum Body<'a> {
    /// Both editions' names, dates, places and themes; the series under a talk's own title.
    Title {
        subtitle: Option<String>,
        left: Cell,
        right: Cell,
    },
    /// One figure of each edition in large numerals, and the change; `None` is "no figure".
    Figure {
        left: Option<BigValue>,
        right: Option<BigValue>,
        change: Option<Para>,
    },
    /// Two lists, one an edition, each flowing on at its own pace from page to page.
    Rows(Vec<Row<'a>>),
    /// Rows whose two sides belong together (a figure and its pair): kept on one line.
    Paired(Vec<Row<'a>>),
    /// A figure across the series, a bar an edition.
    Chart(super::chart::Chart),
    /// A presenter's own paragraphs and bullets, across the slide.
    Text(Vec<Block>),
    /// What is not there yet or at all (the series still being read).
    Message(String),
}
