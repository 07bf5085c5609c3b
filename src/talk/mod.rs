//! Talk decks: a presenter's own order of slides, their own slides and speaker notes, read
//! from a TOML file outside the content folder.

pub mod model;

pub use model::{Block, Show, Talk, TalkSlide, TalkSlideKind, blocks};
