//! Rows at a width: two columns and a gutter, or, below 60 columns, the editions stacked;
//! and for the explorer, rows cut into lines for two panes that scroll in step.

use super::{Para, Row, Tone};
use crate::text::{Profile, display_width, wrap};

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

/// Lays out rows at `width`: side by side, or stacked below [`SIDE_BY_SIDE_MIN`] columns
/// with each edition under its label.
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
                for (a, b) in aligned(l, r, left, right, profile) {
                    lines.push(line(PaneLineKind::Cells(a, b)));
                }
            }
        }
    }
    lines
}

/// Both cells wrapped to their widths, as pairs of lines; an empty pair is one blank line.
fn aligned(
    left: &[Para],
    right: &[Para],
    left_width: usize,
    right_width: usize,
    profile: &Profile,
) -> Vec<(Option<Para>, Option<Para>)> {
    // Bars share one scale, so they share one length too: the narrower column's.
    let bar_width = left_width.min(right_width);
    let left = wrap_cell(left, left_width, bar_width, profile);
    let right = wrap_cell(right, right_width, bar_width, profile);
    let height = left.len().max(right.len()).max(1);
    let mut left = left.into_iter();
    let mut right = right.into_iter();
    (0..height).map(|_| (left.next(), right.next())).collect()
}

/// A cell wrapped to `width`, its bars `bar_width` long at most (the slides lay out each
/// edition's column on its own).
pub fn wrap_cell(cell: &[Para], width: usize, bar_width: usize, profile: &Profile) -> Vec<Para> {
    cell.iter()
        .flat_map(|para| match para.bar {
            Some(fraction) => vec![Para::new(bar(fraction, bar_width, profile), para.tone)],
            None => wrap(&para.text, width, profile)
                .into_iter()
                .map(|text| Para::new(text, para.tone))
                .collect(),
        })
        .collect()
}

/// A bar `fraction` of `width` columns long, at least one block for anything above zero.
fn bar(fraction: f64, width: usize, profile: &Profile) -> String {
    let block = profile.bar_block();
    let block_width = display_width(block, profile).max(1);
    let room = width / block_width;
    let length =
        ((fraction * room as f64).round() as usize).clamp(usize::from(fraction > 0.0), room);
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
                aligned(l, r, columns.left, columns.right, profile)
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
            for row in block.iter() {
                match (row, cell_of(row, side)) {
                    (Row::Subheading(text), _) => {
                        side_lines.extend(full(text, width, Tone::Dim, profile))
                    }
                    // A gap between entries stays a gap.
                    (Row::Pair(l, r), _) if l.is_empty() && r.is_empty() => {
                        side_lines.push(Line::Blank)
                    }
                    (_, Some(cell)) => side_lines.extend(
                        wrap_cell(cell, width, width, profile)
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
