//! A section laid out for the panes: its rows as the reader sees them (the People filter,
//! the timeline's axis), their lines at the panes' widths, and where each entry stands, kept
//! until what they depend on changes.

use std::rc::Rc;

use super::{App, PeopleFilter};
use crate::compare::{Comparison, compare};
use crate::i18n::Lang;
use crate::rows::{Item, PaneLine, Row, Section, pane_lines, rows};

/// A filter can empty a group: its heading goes too, so that no heading stands over nothing.
fn without_empty_groups(rows: Vec<Row<'_>>) -> Vec<Row<'_>> {
    let mut kept: Vec<Row> = Vec::with_capacity(rows.len());
    let mut pending: Option<Row> = None;
    for row in rows {
        match row {
            Row::Subheading(_) => pending = Some(row),
            Row::Item(..) | Row::Pair(..) => {
                kept.extend(pending.take());
                kept.push(row);
            }
            other => {
                pending = None;
                kept.push(other);
            }
        }
    }
    kept
}

/// Where one entry of a section stands in its laid-out lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemLines {
    /// Its row among the section's rows.
    pub row: usize,
    pub first: usize,
    pub last: usize,
    /// It matches the search.
    pub matches: bool,
}

/// A section laid out for the panes: lines, and where each entry's lines are.
pub struct View {
    pub lines: Rc<Vec<PaneLine>>,
    pub items: Vec<ItemLines>,
}

/// What the detail popup's lines depend on: the section's layout, the entry, the width.
pub(super) type DetailKey = (LayoutKey, usize, u16);

/// What a section's layout depends on; the same key, the same layout.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LayoutKey {
    section: Section,
    lang: Lang,
    editions: (usize, usize),
    timeline_merged: bool,
    widths: (usize, usize),
    filter: PeopleFilter,
    generation: u64,
}

/// A section laid out once and kept: its lines and its entries' lines.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) key: LayoutKey,
    lines: Rc<Vec<PaneLine>>,
    items: Vec<ItemLines>,
}

impl App {
    /// Runs `f` with the comparison and the current section's rows (filtered).
    pub fn with_rows<R>(&self, f: impl FnOnce(&Comparison, &[Row]) -> R) -> R {
        self.with_section_rows(self.section, f)
    }

    /// Runs `f` with the comparison and a section's rows (filtered).
    fn with_section_rows<R>(
        &self,
        section: Section,
        f: impl FnOnce(&Comparison, &[Row]) -> R,
    ) -> R {
        let (left, right) = self.sides();
        let comparison = compare(left, right);
        let section_rows = self.section_rows(section, &comparison);
        f(&comparison, &section_rows)
    }

    /// A section's rows as the reader sees them: the People filter applied, the timeline on
    /// the axis chosen.
    pub(super) fn section_rows<'c>(
        &self,
        section: Section,
        comparison: &'c Comparison<'c>,
    ) -> Vec<Row<'c>> {
        if section == Section::Timeline && self.timeline_merged {
            return crate::rows::merged_timeline(comparison, self.lang);
        }
        let mut section_rows = rows(section, comparison, self.lang);
        if section == Section::People && self.filter != PeopleFilter::default() {
            section_rows.retain(|row| self.keeps(row));
            section_rows = without_empty_groups(section_rows);
            // A filter that keeps nothing says so, rather than leaving a blank screen.
            if !section_rows.iter().any(|row| matches!(row, Row::Item(..))) {
                let none = self.lang.words().explorer.nothing_matches;
                let said = vec![crate::rows::Para::new(none, crate::rows::Tone::Dim)];
                section_rows.push(Row::Pair(said, Vec::new()));
            }
        }
        section_rows
    }

    fn keeps(&self, row: &Row) -> bool {
        let PeopleFilter { kind, country } = &self.filter;
        let org_ok = |o: &crate::content::Org| {
            kind.is_none_or(|k| o.kind == Some(k))
                && country
                    .as_ref()
                    .is_none_or(|c| o.country.as_ref() == Some(c))
        };
        match row {
            Row::Item(_, _, Item::Person(l, r)) => [l, r].into_iter().flatten().any(|p| {
                let org = p.org.as_deref();
                kind.is_none_or(|k| org.and_then(|o| o.kind) == Some(k))
                    && country.as_ref().is_none_or(|c| {
                        p.country.as_ref() == Some(c)
                            || org.and_then(|o| o.country.as_ref()) == Some(c)
                    })
            }),
            Row::Item(_, _, Item::Org(l, r)) => [l, r].into_iter().flatten().any(|o| org_ok(o)),
            _ => true,
        }
    }

    /// The current section laid out for the panes at the current size.
    pub fn view(&self) -> View {
        let layout = self.layout();
        let matched = self.matches_in(self.section);
        let items = layout
            .items
            .iter()
            .enumerate()
            .map(|(k, item)| ItemLines {
                matches: matched.binary_search(&k).is_ok(),
                ..*item
            })
            .collect();
        View {
            lines: Rc::clone(&layout.lines),
            items,
        }
    }

    pub(super) fn layout(&self) -> Rc<Layout> {
        let widths = self.screen().map_or((38, 38), |s| s.pane_text_width());
        let key = LayoutKey {
            section: self.section,
            lang: self.lang,
            editions: (self.left, self.right),
            widths,
            filter: self.filter.clone(),
            timeline_merged: self.timeline_merged,
            generation: self.generation,
        };
        if let Some(layout) = self.cache.borrow().as_ref().filter(|l| l.key == key) {
            return Rc::clone(layout);
        }
        let layout = Rc::new(self.with_rows(|_, section_rows| {
            let lines = pane_lines(section_rows, widths.0, widths.1, &self.profile);
            // First and last line of every row, in one pass over the lines.
            let mut spans: Vec<Option<(usize, usize)>> = vec![None; section_rows.len()];
            for (n, line) in lines.iter().enumerate() {
                let span = &mut spans[line.row];
                *span = Some(span.map_or((n, n), |(first, _)| (first, n)));
            }
            let mut items = Vec::new();
            for (index, row) in section_rows.iter().enumerate() {
                if let (Row::Item(..), Some((first, last))) = (row, spans[index]) {
                    items.push(ItemLines {
                        row: index,
                        first,
                        last,
                        matches: false,
                    });
                }
            }
            Layout {
                key,
                lines: Rc::new(lines),
                items,
            }
        }));
        *self.cache.borrow_mut() = Some(Rc::clone(&layout));
        layout
    }
}
