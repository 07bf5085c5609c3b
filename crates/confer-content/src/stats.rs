//! How much was read, for the summary line of `check`.

/// How much was read, for the summary line of `check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub series: usize,
    pub editions: usize,
    /// Entries of every kind but sources, whether or not they were valid.
    pub entries: usize,
    pub sources: usize,
}
