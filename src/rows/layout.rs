//! Rows at a width: two columns and a gutter, or, below 60 columns, the editions stacked;
//! and for the explorer, rows cut into lines for two panes that scroll in step. A web
//! address is never broken where it fits: on a screen one wider than its column is cut in
//! marked pieces, in printed text it runs on whole past its column, on a line of its own.

use super::{Link, Para, Row, Tone};
use crate::text::{Overflow, Profile, display_width, wrap, wrap_address};

/// Below this width the editions are stacked rather than side by side.
pub const SIDE_BY_SIDE_MIN: usize = 60;

/// The two columns at a width: `left` columns, a three-column gutter, `right` columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    pub left: usize,
    pub right: usize,
}

impl Columns {
    pub fn new(width: usize) -> Columns {
        let inner = width.saturating_sub(3);
        Columns {
            left: inner / 2,
            right: inner - inner / 2,
        }
    }
}

/// One line of output.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    /// A section's title.
    Heading(String),
    /// Text across the width: a group's title, an edition's label when stacked.
    Full(Para),
    /// A line of each side (either may be empty), separated by the gutter.
    Pair(Option<Para>, Option<Para>),
    /// A line of one edition when stacked.
    Single(Para),
    Blank,
}

/// One line of the two panes, and the row it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct PaneLine {
    pub row: usize,
    pub kind: PaneLineKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PaneLineKind {
    /// A group's title, shown in both panes.
    Title(Para),
    /// A line of each pane.
    Cells(Option<Para>, Option<Para>),
}

/// Lays out rows at `width` for printed text: side by side, or stacked below
/// [`SIDE_BY_SIDE_MIN`] columns with each edition under its label. An address wider than
/// its column is the one thing wider: whole on a line where the other side is empty.
pub fn layout(rows: &[Row], width: usize, labels: (&str, &str), profile: &Profile) -> Vec<Line> {
    if width >= SIDE_BY_SIDE_MIN {
        side_by_side(rows, width, profile)
    } else {
        stacked(rows, width, labels, profile)
    }
}

/// Rows as lines of two panes `left` and `right` columns wide, aligned row by row so that
/// both panes scroll in step. The section's own heading is left to the tabs.
pub fn pane_lines(rows: &[Row], left: usize, right: usize, profile: &Profile) -> Vec<PaneLine> {
    let mut lines = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let line = |kind| PaneLine { row: index, kind };
        match row {
            // The tabs name the section and the pane titles name the editions.
            Row::Heading(_) | Row::Heads(..) => {}
            Row::Subheading(text) => lines.extend(
                wrap(text, left.min(right), profile)
                    .into_iter()
                    .map(|t| line(PaneLineKind::Title(Para::new(t, Tone::Dim)))),
            ),
            Row::Blank => lines.push(line(PaneLineKind::Cells(None, None))),
            Row::Pair(l, r) | Row::Item(l, r, _) => {
                for (a, b) in aligned(l, r, (left, right), profile, Overflow::Pieces) {
                    lines.push(line(PaneLineKind::Cells(a, b)));
                }
            }
        }
    }
    lines
}

/// Both cells wrapped to their widths, as pairs of lines; an empty pair is one blank line.
/// A line wider than its column (an address, whole) is paired with nothing, so that it runs
/// on past its column over nothing of the other side; it waits until the other side's
/// lines in their column are done, so that neither side's text is parted by the other's
/// address.
fn aligned(
    left: &[Para],
    right: &[Para],
    (left_width, right_width): (usize, usize),
    profile: &Profile,
    overflow: Overflow,
) -> Vec<(Option<Para>, Option<Para>)> {
    // Bars share one scale, so they share one length too: the narrower column's.
    let bar_width = left_width.min(right_width);
    let left = wrap_cell_with(left, left_width, bar_width, profile, overflow);
    let right = wrap_cell_with(right, right_width, bar_width, profile, overflow);
    let wider = |line: Option<&Para>, width: usize| {
        overflow == Overflow::Whole && line.is_some_and(|p| display_width(&p.text, profile) > width)
    };
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    let mut pairs = Vec::new();
    while left.peek().is_some() || right.peek().is_some() {
        let left_over = wider(left.peek(), left_width);
        let right_over = wider(right.peek(), right_width);
        let right_in_column = right.peek().is_some() && !right_over;
        let left_in_column = left.peek().is_some() && !left_over;
        pairs.push(match (left_over, right_over) {
            (false, false) => (left.next(), right.next()),
            (true, _) if right_in_column => (None, right.next()),
            (_, true) if left_in_column => (left.next(), None),
            (true, _) => (left.next(), None),
            (false, true) => (None, right.next()),
        });
    }
    if pairs.is_empty() {
        pairs.push((None, None));
    }
    pairs
}

/// A cell wrapped to `width`, its bars `bar_width` long at most (the slides lay out each
/// edition's column on its own); an address wider than `width` cut in marked pieces.
pub fn wrap_cell(cell: &[Para], width: usize, bar_width: usize, profile: &Profile) -> Vec<Para> {
    wrap_cell_with(cell, width, bar_width, profile, Overflow::Pieces)
}

fn wrap_cell_with(
    cell: &[Para],
    width: usize,
    bar_width: usize,
    profile: &Profile,
    overflow: Overflow,
) -> Vec<Para> {
    cell.iter()
        .flat_map(|para| match (para.bar, &para.link) {
            (Some(fraction), _) => vec![Para::new(bar(fraction, bar_width, profile), para.tone)],
            (None, Some(link)) => {
                let label = &para.text[..link.at.start];
                wrap_address(label, &link.url, width, profile, overflow)
                    .into_iter()
                    .map(|line| Para {
                        link: line.address.map(|at| {
                            Box::new(Link {
                                url: link.url.clone(),
                                at,
                            })
                        }),
                        ..Para::new(line.text, para.tone)
                    })
                    .collect()
            }
            (None, None) => wrap(&para.text, width, profile)
                .into_iter()
                .map(|text| Para::new(text, para.tone))
                .collect(),
        })
        .collect()
}

/// A bar `fraction` of `width` columns long, at least one block for anything above zero
/// where a block fits: a column narrower than one block (a tiny screen) has no bar.
fn bar(fraction: f64, width: usize, profile: &Profile) -> String {
    let block = profile.bar_block();
    let block_width = display_width(block, profile).max(1);
    let room = width / block_width;
    let length = ((fraction * room as f64).round() as usize)
        .max(usize::from(fraction > 0.0))
        .min(room);
    block.repeat(length)
}

fn full(text: &str, width: usize, tone: Tone, profile: &Profile) -> Vec<Line> {
    wrap(text, width, profile)
        .into_iter()
        .map(|t| Line::Full(Para::new(t, tone)))
        .collect()
}

fn side_by_side(rows: &[Row], width: usize, profile: &Profile) -> Vec<Line> {
    let columns = Columns::new(width);
    let mut lines = Vec::new();
    for row in rows {
        match row {
            Row::Heading(text) => lines.push(Line::Heading(text.clone())),
            Row::Subheading(text) => lines.extend(full(text, width, Tone::Dim, profile)),
            Row::Blank => lines.push(Line::Blank),
            Row::Pair(l, r) | Row::Heads(l, r) | Row::Item(l, r, _) => lines.extend(
                aligned(
                    l,
                    r,
                    (columns.left, columns.right),
                    profile,
                    Overflow::Whole,
                )
                .into_iter()
                .map(|(a, b)| Line::Pair(a, b)),
            ),
        }
    }
    lines
}

/// Each run of rows between headings shows all of the left edition, then all of the right.
fn stacked(rows: &[Row], width: usize, labels: (&str, &str), profile: &Profile) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut block: Vec<&Row> = Vec::new();
    let flush = |block: &mut Vec<&Row>, lines: &mut Vec<Line>| {
        for (side, label) in [(0, labels.0), (1, labels.1)] {
            fn cell_of<'r>(row: &'r Row, side: usize) -> Option<&'r Vec<Para>> {
                match row {
                    Row::Pair(l, r) | Row::Item(l, r, _) => Some(if side == 0 { l } else { r }),
                    _ => None,
                }
            }
            if !block
                .iter()
                .filter_map(|r| cell_of(r, side))
                .any(|c| !c.is_empty())
            {
                continue;
            }
            lines.extend(full(label, width, Tone::Strong, profile));
            let mut side_lines = Vec::new();
            for (at, row) in block.iter().enumerate() {
                match (row, cell_of(row, side)) {
                    // A group this edition has nothing in ("only in 2014", in 2025's part)
                    // is left out of its part: a heading over nothing reads as an empty list.
                    (Row::Subheading(text), _) => {
                        let group = block[at + 1..]
                            .iter()
                            .take_while(|r| !matches!(r, Row::Subheading(_)));
                        if group
                            .filter_map(|r| cell_of(r, side))
                            .any(|c| !c.is_empty())
                        {
                            side_lines.extend(full(text, width, Tone::Dim, profile))
                        }
                    }
                    // A gap between entries stays a gap.
                    (Row::Pair(l, r), _) if l.is_empty() && r.is_empty() => {
                        side_lines.push(Line::Blank)
                    }
                    (_, Some(cell)) => side_lines.extend(
                        wrap_cell_with(cell, width, width, profile, Overflow::Whole)
                            .into_iter()
                            .map(Line::Single),
                    ),
                    _ => {}
                }
            }
            // The other edition's entries leave gaps here with nothing between them.
            side_lines.dedup_by(|a, b| *a == Line::Blank && *b == Line::Blank);
            if side_lines.first() == Some(&Line::Blank) {
                side_lines.remove(0);
            }
            while side_lines.last() == Some(&Line::Blank) {
                side_lines.pop();
            }
            lines.extend(side_lines);
            lines.push(Line::Blank);
        }
        block.clear();
    };
    for row in rows {
        match row {
            Row::Heading(text) => {
                flush(&mut block, &mut lines);
                lines.push(Line::Heading(text.clone()));
            }
            Row::Blank | Row::Heads(..) => {}
            _ => block.push(row),
        }
    }
    flush(&mut block, &mut lines);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_never_outgrows_its_column_and_shows_anything_above_zero_where_it_fits() {
        for profile in [Profile::default(), Profile::ambiguous_wide()] {
            let block = display_width(profile.bar_block(), &profile);
            for width in 0..5 {
                for fraction in [0.0, 0.01, 0.5, 1.0] {
                    let drawn = display_width(&bar(fraction, width, &profile), &profile);
                    assert!(drawn <= width, "{fraction} of {width}: {drawn}");
                    if fraction > 0.0 && width >= block {
                        assert!(drawn > 0, "{fraction} of {width} shows nothing");
                    }
                }
            }
        }
    }
}
