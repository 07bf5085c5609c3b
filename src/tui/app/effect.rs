//! What an update asks of the shell: the reading and the telling that should follow it,
//! which the app, doing no IO, only names. The shell's `perform` carries them out.

use crate::present::room::Position;

/// One thing the shell is asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Read the editions at these positions of the index, then call `App::shown`.
    Show { left: usize, right: usize },
    /// Read every edition of a series into its model, then call `App::series_read`.
    ReadSeries { series: String, generation: u64 },
    /// Tell the other screens of the talk that this one moved here.
    Moved(Position),
    /// Tell the other screens of the talk how many pages this audience's screen cuts slide
    /// `slide` into.
    Pages { slide: usize, pages: usize },
}

/// What one update asks, in the order it is to be done.
pub type Effects = Vec<Effect>;
