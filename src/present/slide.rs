//! What a deck is made of: the kinds of slide (for `--only`) and the slides themselves, each
//! naming what of the comparison (or of a talk) it shows, never how it is laid out.

use clap::ValueEnum;

use crate::compare::Which;

/// The kinds of slide, for `--only`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SlideKind {
    Title,
    Series,
    /// The figures at a glance, each figure both editions give, and those only one gives.
    Figures,
    Topics,
    /// Who and what returned: people and organizations in both.
    People,
    Program,
    Outcomes,
    Timeline,
    Notes,
    Sources,
    /// A presenter's own slides in a talk deck.
    Own,
}

/// Whom a slide of returning entries shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returned {
    PeopleAndOrgs,
    People,
    Orgs,
}

/// One slide of a deck, before it is cut into pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    Title,
    /// One figure across every edition of the series: the one with this key, or the one the
    /// series counts best when none is named.
    Series(Option<String>),
    /// Every figure of both editions, side by side, the missing ones said to be missing.
    Glance,
    /// A figure in large numerals, by its key.
    Figure(String),
    /// The figures only this edition gives, on one slide.
    OnlyFigures(Which),
    Topics,
    People(Returned),
    Program,
    Outcomes,
    Timeline,
    /// A note group, by its index in the comparison.
    Notes(usize),
    Sources,
    /// A presenter's own slide: the index of its `[[slides]]` entry in the talk.
    Own(usize),
}

impl Slide {
    pub fn kind(&self) -> SlideKind {
        match self {
            Slide::Title => SlideKind::Title,
            Slide::Series(_) => SlideKind::Series,
            Slide::Glance | Slide::Figure(_) | Slide::OnlyFigures(_) => SlideKind::Figures,
            Slide::Topics => SlideKind::Topics,
            Slide::People(_) => SlideKind::People,
            Slide::Program => SlideKind::Program,
            Slide::Outcomes => SlideKind::Outcomes,
            Slide::Timeline => SlideKind::Timeline,
            Slide::Notes(_) => SlideKind::Notes,
            Slide::Sources => SlideKind::Sources,
            Slide::Own(_) => SlideKind::Own,
        }
    }
}
