//! Lists of entries and what can be said of them: how complete each edition declares a list
//! to be, and entries matched by id in three groups (in both, then only one side's), with
//! headings that never read a partial list's silence as an absence.

use super::wording::{coverage, labels};
use super::{Cell, Item, Para, Row, Tone};
use crate::compare::{Absence, Comparison, Matched, Which};
use crate::content::ListKind;
use crate::i18n::Lang;

/// One edition's coverage of a list, as a dim paragraph, where it declares one.
pub fn coverage_para(c: &Comparison, which: Which, kind: ListKind, lang: Lang) -> Option<Para> {
    let declared = c.coverage(which, kind)?;
    Some(Para::new(
        coverage(declared, c.listed(which, kind), kind, lang),
        Tone::Dim,
    ))
}

/// Both editions' coverage of a list, side by side; nothing where neither declares one.
pub(super) fn coverage_row<'a>(c: &Comparison, kind: ListKind, lang: Lang) -> Option<Row<'a>> {
    let (l, r) = (
        coverage_para(c, Which::Left, kind, lang),
        coverage_para(c, Which::Right, kind, lang),
    );
    (l.is_some() || r.is_some())
        .then(|| Row::Pair(l.into_iter().collect(), r.into_iter().collect()))
}

/// The heading of entries that only `present` lists: "Only in 2014 Wuzhen" where the other
/// list is complete or makes no claim, "Not listed for 2025 Wuzhen" where it is partial.
pub(super) fn one_side_heading(
    c: &Comparison,
    present: Which,
    kind: ListKind,
    lang: Lang,
) -> String {
    let (ll, rl) = labels(c, lang);
    let (this, other) = match present {
        Which::Left => (ll, rl),
        Which::Right => (rl, ll),
    };
    match c.absence(present, kind) {
        Absence::OnlyIn => (lang.words().labels.only_in)(&this),
        Absence::NotListed { partial } => (lang.words().labels.not_listed_for)(&other, partial),
    }
}

/// Entries matched by id, in three groups: in both editions, then those only one lists,
/// each under its heading. Topics, people and organizations all come this way.
pub(super) struct Groups<'a, T> {
    pub matched: &'a Matched<T>,
    /// In both, only left, only right.
    pub headings: [String; 3],
    /// Show a group's heading even when it has no entries (the reader sees none returned).
    pub keep_empty: bool,
}

impl<'a, T: Copy> Groups<'a, T> {
    pub fn rows<'r>(
        self,
        both: impl Fn(T, T) -> (Cell, Cell),
        one: impl Fn(T) -> Cell,
        item: impl Fn(Option<T>, Option<T>) -> Item<'r>,
    ) -> Vec<Row<'r>> {
        let [in_both, only_left, only_right] = self.headings;
        let mut rows = Vec::new();
        let heading = |rows: &mut Vec<Row<'r>>, text: String, empty: bool| {
            if self.keep_empty || !empty {
                rows.push(Row::Subheading(text));
            }
        };
        heading(&mut rows, in_both, self.matched.both.is_empty());
        rows.extend(self.matched.both.iter().map(|&(l, r)| {
            let (left, right) = both(l, r);
            Row::Item(left, right, item(Some(l), Some(r)))
        }));
        heading(&mut rows, only_left, self.matched.only_left.is_empty());
        rows.extend(
            self.matched
                .only_left
                .iter()
                .map(|&l| Row::Item(one(l), Vec::new(), item(Some(l), None))),
        );
        heading(&mut rows, only_right, self.matched.only_right.is_empty());
        rows.extend(
            self.matched
                .only_right
                .iter()
                .map(|&r| Row::Item(Vec::new(), one(r), item(None, Some(r)))),
        );
        rows
    }
}
