//! Rows at a width: two columns and a gutter, or, below 60 columns, the editions stacked.

use super::{Para, Row, Tone};
use crate::text::{Profile, wrap};

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

/// Lays out rows at `width`: side by side, or stacked below [`SIDE_BY_SIDE_MIN`] columns
/// with each edition under its label.
pub fn layout(rows: &[Row], width: usize, labels: (&str, &str), profile: &Profile) -> Vec<Line> {
    if width >= SIDE_BY_SIDE_MIN {
        side_by_side(rows, width, profile)
    } else {
        stacked(rows, width, labels, profile)
    }
}

fn wrap_cell(cell: &[Para], width: usize, profile: &Profile) -> Vec<Para> {
    cell.iter()
        .flat_map(|para| {
            wrap(&para.text, width, profile)
                .into_iter()
                .map(move |text| Para::new(text, para.tone))
        })
        .collect()
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
            Row::Pair(left, right) | Row::Heads(left, right) => {
                let left = wrap_cell(left, columns.left, profile);
                let right = wrap_cell(right, columns.right, profile);
                // An empty pair is a gap: one line with only the gutter.
                let height = left.len().max(right.len()).max(1);
                let mut left = left.into_iter();
                let mut right = right.into_iter();
                for _ in 0..height {
                    lines.push(Line::Pair(left.next(), right.next()));
                }
            }
        }
    }
    lines
}

/// Each run of rows between headings shows all of the left edition, then all of the right.
fn stacked(rows: &[Row], width: usize, labels: (&str, &str), profile: &Profile) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut block: Vec<&Row> = Vec::new();
    let flush = |block: &mut Vec<&Row>, lines: &mut Vec<Line>| {
        if block.is_empty() {
            return;
        }
        for (side, label) in [(0, labels.0), (1, labels.1)] {
            let cells: Vec<&Row> = block.to_vec();
            let has_content = cells.iter().any(
                |r| matches!(r, Row::Pair(l, r) if !(if side == 0 { l } else { r }).is_empty()),
            );
            if !has_content {
                continue;
            }
            lines.extend(full(label, width, Tone::Strong, profile));
            let start = lines.len();
            for row in cells {
                match row {
                    Row::Subheading(text) => lines.extend(full(text, width, Tone::Dim, profile)),
                    // A gap between items stays a gap.
                    Row::Pair(l, r) if l.is_empty() && r.is_empty() => lines.push(Line::Blank),
                    Row::Pair(l, r) => {
                        let cell = if side == 0 { l } else { r };
                        lines.extend(
                            wrap_cell(cell, width, profile)
                                .into_iter()
                                .map(Line::Single),
                        );
                    }
                    Row::Blank | Row::Heading(_) | Row::Heads(..) => {}
                }
            }
            // The other edition's items leave gaps here with nothing between them.
            let mut side_lines = lines.split_off(start);
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
            Row::Blank => {}
            _ => block.push(row),
        }
    }
    flush(&mut block, &mut lines);
    lines
}
