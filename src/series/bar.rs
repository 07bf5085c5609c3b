//! A chart row's bar and the value after it, shared by the chart of one series and the
//! chart of two: the bar a fraction of its room, the values in one column, a mark after
//! each value counted differently, lined up after the longest.

use super::MARK;
use super::line::{Span, span};
use crate::rows::Tone;
use crate::text::{Profile, display_width, pad_to_width, truncate};

/// Where a chart's values stand: as wide as the widest value, and the mark with the space
/// before it counted in only where some row has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ValueColumn {
    pub width: usize,
    pub mark: usize,
}

impl ValueColumn {
    /// The column for these values (those of rows that give one) and marks.
    pub(super) fn of<'a>(
        values: impl Iterator<Item = &'a str>,
        any_marked: bool,
        profile: &Profile,
    ) -> ValueColumn {
        let mark = if any_marked {
            1 + display_width(MARK, profile)
        } else {
            0
        };
        let widest = values.map(|v| display_width(v, profile)).max().unwrap_or(0);
        ValueColumn {
            width: widest + mark,
            mark,
        }
    }
}

/// One row's bar and value.
pub(super) struct Bar<'a> {
    /// The block the bar is drawn in, and its tone.
    pub block: &'a str,
    pub tone: Tone,
    /// Of the largest value; `None` where the edition gives no figure.
    pub fraction: Option<f64>,
    /// The value in the content's wording, or that there is none.
    pub words: &'a str,
    /// Counted otherwise than the chart's reference.
    pub marked: bool,
}

/// The bar in `room` cells (a value above zero never vanishes), then the value; a row
/// without a figure says so, dim, where the bar would be.
pub(super) fn push_bar(
    spans: &mut Vec<Span>,
    bar: Bar,
    room: usize,
    column: ValueColumn,
    profile: &Profile,
) {
    let Some(fraction) = bar.fraction else {
        spans.push(span(truncate(bar.words, room, profile), Tone::Dim));
        return;
    };
    let cells = ((fraction * room as f64).round() as usize)
        .max(usize::from(fraction > 0.0))
        .min(room);
    spans.push(span(bar.block.repeat(cells), bar.tone));
    spans.push(span(" ".repeat(room - cells + 1), Tone::Plain));
    if bar.marked {
        // In a column of its own after the longest value, so that marks line up.
        let value_room = column.width - column.mark;
        spans.push(span(
            pad_to_width(bar.words, value_room, profile),
            Tone::Plain,
        ));
        spans.push(span(format!(" {MARK}"), Tone::Strong));
    } else {
        spans.push(span(bar.words, Tone::Plain));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(bar: Bar, room: usize, column: ValueColumn) -> String {
        let mut spans = Vec::new();
        push_bar(&mut spans, bar, room, column, &Profile::default());
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn a_bar_takes_its_share_and_a_marked_value_lines_its_mark_up() {
        let column = ValueColumn::of(["1,000", "3,500"].into_iter(), true, &Profile::default());
        assert_eq!(column, ValueColumn { width: 7, mark: 2 });
        let bar = |fraction, words, marked| Bar {
            block: "█",
            tone: Tone::Plain,
            fraction,
            words,
            marked,
        };
        assert_eq!(
            shown(bar(Some(0.5), "1,000", false), 10, column),
            "█████      1,000"
        );
        assert_eq!(shown(bar(Some(1.0), "35", true), 4, column), "████ 35    *");
        assert_eq!(
            shown(bar(Some(0.001), "1", false), 10, column),
            "█          1",
            "never vanishes"
        );
        assert_eq!(shown(bar(None, "no figure", false), 4, column), "no …");
    }
}
