//! A section of a comparison as rows of two cells (left edition, right edition), and those
//! rows laid out at a width: wrapped with the text module, aligned so that matching things
//! sit on the same line. `print`, the explorer and the slides all draw these rows.

mod change;
mod detail;
mod figures;
mod glance;
mod layout;
mod lists;
mod sections;
pub mod wording;

pub use detail::{detail, search_texts};
pub use figures::{basis_para, labelled, no_figure, note_para, value_cell, verdict_para};
pub use layout::{Columns, Line, PaneLine, PaneLineKind, layout, pane_lines, wrap_cell};
pub use lists::coverage_para;
pub use sections::{merged_timeline, rows};
pub use wording::{date_range_place, series_title};

impl Row<'_> {
    /// The two cells of a row that has them.
    pub fn cells(&self) -> Option<(&Cell, &Cell)> {
        match self {
            Row::Pair(l, r) | Row::Heads(l, r) | Row::Item(l, r, _) => Some((l, r)),
            Row::Heading(_) | Row::Subheading(_) | Row::Blank => None,
        }
    }
}

use std::ops::Range;

use clap::ValueEnum;

use crate::compare::FigurePair;
use crate::content::{Event, Note, Org, Outcome, Person, Session, Source, Topic};
use crate::i18n::Lang;

/// The sections of a comparison, in the order every view shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ValueEnum)]
pub enum Section {
    Overview,
    Figures,
    Topics,
    People,
    #[value(alias = "programme")]
    Program,
    Outcomes,
    Timeline,
    Notes,
    Sources,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Overview,
        Section::Figures,
        Section::Topics,
        Section::People,
        Section::Program,
        Section::Outcomes,
        Section::Timeline,
        Section::Notes,
        Section::Sources,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        let words = &lang.words().labels;
        match self {
            Section::Overview => words.overview,
            Section::Figures => words.figures,
            Section::Topics => words.topics,
            Section::People => words.people,
            Section::Program => words.program,
            Section::Outcomes => words.outcomes,
            Section::Timeline => words.timeline,
            Section::Notes => words.notes,
            Section::Sources => words.sources,
        }
    }
}

/// How a piece of text should stand out; views map tones to their own styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Plain,
    /// A title within a cell: a name, a session, a note's title.
    Strong,
    /// Secondary: roles, kinds, dates, sources.
    Dim,
    /// A rise.
    Up,
    /// A fall.
    Down,
}

/// One paragraph of a cell, wrapped on its own.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Para {
    pub text: String,
    pub tone: Tone,
    /// A bar of this fraction of the cell's width instead of text (figures on one scale).
    pub bar: Option<f64>,
    /// A note on what precedes it (a figure's): a handout sets it as a footnote.
    pub note: bool,
    /// The web address the text ends with: laid out whole, and drawn as a link where the
    /// terminal takes them. Boxed: few paragraphs have one, and every paragraph is moved
    /// and cloned.
    pub link: Option<Box<Link>>,
}

/// A web address in a paragraph's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The whole address, as the content gives it (checked at load: an absolute http or
    /// https address), also on a line that shows only a piece of it.
    pub url: String,
    /// The bytes of the paragraph's text that show it, or the piece of it on this line.
    pub at: Range<usize>,
}

impl Para {
    pub fn new(text: impl Into<String>, tone: Tone) -> Para {
        Para {
            text: text.into(),
            tone,
            ..Para::default()
        }
    }

    pub fn bar(fraction: f64, tone: Tone) -> Para {
        Para {
            tone,
            bar: Some(fraction.clamp(0.0, 1.0)),
            ..Para::default()
        }
    }

    /// `label` then the web address `url`, which is never broken where it fits on a line.
    pub fn address(label: impl Into<String>, url: &str, tone: Tone) -> Para {
        let mut text = label.into();
        let start = text.len();
        text.push_str(url);
        Para {
            link: Some(Box::new(Link {
                url: url.to_string(),
                at: start..text.len(),
            })),
            ..Para::new(text, tone)
        }
    }

    /// A note on what precedes it, dim.
    pub fn note(text: impl Into<String>) -> Para {
        Para {
            note: true,
            ..Para::new(text, Tone::Dim)
        }
    }
}

/// What an item row is about: the entries of each edition, for search and for the detail
/// view. Either side may be missing (only in one edition).
#[derive(Clone, Copy, Debug)]
pub enum Item<'a> {
    Figure(&'a FigurePair<'a>),
    Topic(Option<&'a Topic>, Option<&'a Topic>),
    Person(Option<&'a Person>, Option<&'a Person>),
    Org(Option<&'a Org>, Option<&'a Org>),
    Session(Option<&'a Session>, Option<&'a Session>),
    Outcome(Option<&'a Outcome>, Option<&'a Outcome>),
    Event(Option<&'a Event>, Option<&'a Event>),
    Note(Option<&'a Note>, Option<&'a Note>),
    Source(Option<&'a Source>, Option<&'a Source>),
}

/// What one edition's side of a row holds.
pub type Cell = Vec<Para>;

#[derive(Clone, Debug)]
pub enum Row<'a> {
    /// A section's title, across the full width.
    Heading(String),
    /// A group within a section ("In both", "Day 2"), across the full width.
    Subheading(String),
    /// The two editions side by side.
    Pair(Cell, Cell),
    /// An entry of one or both editions, side by side: what the reader selects and searches.
    Item(Cell, Cell, Item<'a>),
    /// The editions' labels over their columns (left out when stacked, where each
    /// edition's part has its label already).
    Heads(Cell, Cell),
    Blank,
}
