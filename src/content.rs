//! The content format (the `confer-content` crate), with `ContentLocation::BuiltIn` meaning
//! the content built into this binary (`builtin`). Everything else is the crate's own.

pub use confer_content::*;

use crate::builtin::Builtin;

/// The content, read as it is shown; `ContentLocation::BuiltIn` is this binary's own.
pub type Library = confer_content::Library<Builtin>;

/// Reads, checks and resolves all content at `location`. Never panics on bad input: every
/// problem becomes a diagnostic.
pub fn load(location: &ContentLocation) -> Loaded {
    confer_content::load::<Builtin>(location)
}

/// Checks all content at `location`, as `load` would, on `threads` threads (at least one).
pub fn check(location: &ContentLocation, threads: usize) -> Checked {
    confer_content::check::<Builtin>(location, threads)
}

/// `check`, telling `progress` how many editions of how many are judged, after each one.
pub fn check_telling(
    location: &ContentLocation,
    threads: usize,
    progress: impl FnMut(usize, usize),
) -> Checked {
    confer_content::check_telling::<Builtin>(location, threads, progress)
}

/// `check_telling`, taking what `known` judged of a file still as it was instead of reading
/// it again: the explorer's check beside the editions it shows (`Library::judged`).
pub fn check_knowing(
    location: &ContentLocation,
    threads: usize,
    known: &[Judged],
    progress: impl FnMut(usize, usize),
) -> Checked {
    confer_content::check_knowing::<Builtin>(location, threads, known, progress)
}
