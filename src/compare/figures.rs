//! Figures of two editions paired by key, and what may be said between each pair: the
//! change (exact, about, or a bound), or why none is shown (counted on different bases,
//! different units).

use crate::content::{Approx, Figure, Text};

/// How far a change can be told from two figures' precision: exact; about (either is an
/// estimate); or a bound, where one side is a bound ("over 2,000") and the change can only
/// be said to lie beyond a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Exact,
    About,
    /// The change is more than `absolute`.
    Over,
    /// The change is less than `absolute`.
    Under,
    /// Both figures are lower bounds ("over 500" and "over 1,600"), or both upper bounds:
    /// only the difference between the bounds is known, not the change.
    BetweenLowerBounds,
    BetweenUpperBounds,
}

/// The change between two figures of one measure (same unit, same basis).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub absolute: f64,
    /// `None` where the left value is zero.
    pub percent: Option<f64>,
    pub precision: Precision,
}

/// What may be said between the two figures of a pair.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// One measure, counted alike: the change.
    Change(Change),
    /// One measure counted on different bases (`basis`): both values, no change.
    CountedDifferently,
    /// Different units: no change.
    UnitsDiffer,
}

#[derive(Debug)]
pub struct FigurePair<'a> {
    pub key: &'a str,
    pub left: Option<&'a Figure>,
    pub right: Option<&'a Figure>,
    /// Only where both sides have the figure.
    pub verdict: Option<Verdict>,
    /// The editions are of two series: the right is another conference, not a later state
    /// of the same one, so what lies between is a difference ("+2", 「2日多い」), not a
    /// change (「2日増」).
    pub across: bool,
}

impl FigurePair<'_> {
    /// The change, where the two figures are one measure counted alike.
    pub fn change(&self) -> Option<Change> {
        match self.verdict {
            Some(Verdict::Change(change)) => Some(change),
            _ => None,
        }
    }
}

/// The figures of two editions paired by key; `across` where the editions are of two
/// series, whose changes are differences.
pub(super) fn figure_pairs<'a>(
    left: &'a [Figure],
    right: &'a [Figure],
    across: bool,
) -> Vec<FigurePair<'a>> {
    let mut pairs: Vec<FigurePair> = left
        .iter()
        .map(|l| {
            let r = right.iter().find(|r| r.key == l.key);
            FigurePair {
                key: &l.key,
                left: Some(l),
                right: r,
                verdict: r.map(|r| verdict(l, r)),
                across,
            }
        })
        .collect();
    pairs.extend(
        right
            .iter()
            .filter(|r| !left.iter().any(|l| l.key == r.key))
            .map(|r| FigurePair {
                key: &r.key,
                left: None,
                right: Some(r),
                verdict: None,
                across,
            }),
    );
    pairs
}

/// Two figures' bases agree: both say nothing particular, or both say the same.
pub fn same_basis(left: Option<&Text>, right: Option<&Text>) -> bool {
    match (left, right) {
        (None, None) => true,
        (Some(a), Some(b)) => a.agrees_with(b),
        _ => false,
    }
}

/// What may be said between two figures of one key, the left the earlier.
pub fn verdict(left: &Figure, right: &Figure) -> Verdict {
    let same_unit = match (&left.unit, &right.unit) {
        (None, None) => true,
        (Some(a), Some(b)) => a.agrees_with(b),
        _ => false,
    };
    if !same_unit {
        return Verdict::UnitsDiffer;
    }
    if !same_basis(left.basis.as_ref(), right.basis.as_ref()) {
        return Verdict::CountedDifferently;
    }
    let absolute = right.value - left.value;
    let mut precision = precision(left.approx, right.approx);
    // "Over 1,500" against "about 1,500": the bound is as rough as the estimate beside it,
    // and the two are about the same, not a rise or a fall of unknown size.
    let rough = left.approx == Approx::About || right.approx == Approx::About;
    if absolute == 0.0 && rough && matches!(precision, Precision::Over | Precision::Under) {
        precision = Precision::About;
    }
    Verdict::Change(Change {
        absolute,
        percent: (left.value != 0.0).then(|| absolute / left.value.abs() * 100.0),
        precision,
    })
}

/// How precisely `right - left` is known. "Over" on the right (or "under" on the left)
/// makes the change a lower bound; "under" on the right (or "over" on the left), an upper
/// one; bounds on both sides that pull the same way leave only the bounds' difference.
fn precision(left: Approx, right: Approx) -> Precision {
    // +1: the change is more than computed; -1: less; 0: no bound.
    let pull = |approx: Approx, sign: i8| match approx {
        Approx::Over => sign,
        Approx::Under => -sign,
        Approx::Exact | Approx::About => 0,
    };
    match (pull(left, -1), pull(right, 1)) {
        (0, 0) if left == Approx::Exact && right == Approx::Exact => Precision::Exact,
        (0, 0) => Precision::About,
        (1, 0) | (0, 1) | (1, 1) => Precision::Over,
        (-1, 0) | (0, -1) | (-1, -1) => Precision::Under,
        // The left an upper bound pulls down while the right a lower bound pulls up: both
        // "over"; or both "under".
        _ if right == Approx::Over => Precision::BetweenLowerBounds,
        _ => Precision::BetweenUpperBounds,
    }
}
