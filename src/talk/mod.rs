//! Talk decks: a presenter's own order of slides, their own slides and speaker notes, read
//! from a TOML file outside the content folder.
//!
//! Reading a deck is two steps, so that a deck can be read before the content is open:
//!
//! - [`read`]`(path) -> TalkFile`: the file against `deck-format.md`. `TalkFile::talk` is the
//!   [`Talk`] when the file has no errors; `diagnostics` are rendered with `sources`, as
//!   content diagnostics are; `references` are the editions, series and figure keys it names,
//!   with where each was written (kept even when the talk has errors).
//! - [`check_references`]`(&references, &mut library, given) -> Vec<Diagnostic>`: those names
//!   against the content, each unknown one an error at it with "did you mean". `given` are the
//!   editions of the command line, which win over the deck's; [`compared_pair`] says which two
//!   editions a deck compares, for `present` to compare the same.
//!
//! [`check`] puts both together for `confer check talk.toml`.

mod check;
mod fields;
pub mod model;
mod read;
mod references;

pub use check::{DeckCheck, check};
pub use model::{Block, Show, Talk, TalkSlide, TalkSlideKind, blocks};
pub use read::{KeyRef, References, TalkFile, Written, read, read_text};
pub use references::{check_references, compared_pair};

#[cfg(test)]
mod tests;
