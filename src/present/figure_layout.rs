//! Where a figure slide's parts go: both editions' values side by side at one scale, a rule
//! between them, and what may be said between the two right under the lowest line. Pure.

use std::ops::Range;

use crate::rows::{Para, Tone};
use crate::text::{Profile, display_width, truncate, wrap};

use super::body::BigValue;
use super::font::{largest_scale, render};

/// Blank columns between a value and the rule, either side: more than the font leaves
/// between two glyphs of one number (`font::spacing`, two at most), so that two numbers in
/// large numerals never read as one.
const GAP: u16 = 3;

/// The two columns of a figure slide and the rule between them, in columns from the body's
/// left edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    /// Each column's first column and width.
    pub left: (u16, u16),
    pub right: (u16, u16),
    pub rule: u16,
}

impl Columns {
    /// Columns in a body `width` wide. The rule stands where the other slides' gutter does,
    /// so that it does not move from slide to slide; the values keep `GAP` from it.
    pub fn new(width: u16) -> Columns {
        let half = width.saturating_sub(3) / 2;
        let rule = half + 1;
        let right = rule + 1 + GAP;
        Columns {
            left: (0, half.saturating_sub(GAP - 1)),
            right: (right, width.saturating_sub(right)),
            rule,
        }
    }
}

/// What a line is, for the drawing to give it a style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// An edition's label over its column.
    Label,
    /// A row of the large numerals.
    Numeral,
    /// The value in words ("over 1,600 people"); the value itself where numerals do not fit.
    Words,
    /// How it was counted, its note, or that the edition gives no figure.
    Quiet,
    /// What may be said between the two, in its tone.
    Change(Tone),
}

/// A line of text at a place in the body (rows and columns from its top left).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub ink: Ink,
}

/// A figure slide's body, laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLayout {
    pub columns: Columns,
    pub lines: Vec<Placed>,
    /// The rows the rule between the two columns runs down: from under the labels to the
    /// lowest line of either value.
    pub rule: Range<u16>,
    /// The numerals' scale, where the values are in large numerals.
    pub scale: Option<usize>,
}

/// A figure slide's body in `size` (columns, rows): the labels on the first row; under
/// each, its value in large numerals (both at one scale, where both fit, so that neither
/// looks larger than it is) or in words (both, where either does not fit), then its words,
/// basis and note; "no figure" (`none`) for a side without it; the change on the row under
/// the lowest of those lines, under the right value where it fits, across the body where it
/// does not. The numerals are drawn with `block`.
pub fn figure_layout(
    labels: [&str; 2],
    values: [Option<&BigValue>; 2],
    none: &str,
    change: Option<&Para>,
    (width, height): (u16, u16),
    block: &str,
    profile: &Profile,
) -> FigureLayout {
    let columns = Columns::new(width);
    let sides = [columns.left, columns.right];
    let change_lines: Vec<(u16, String)> = match change {
        None => Vec::new(),
        Some(change) if display_width(&change.text, profile) <= usize::from(columns.right.1) => {
            vec![(columns.right.0, change.text.clone())]
        }
        Some(change) => wrap(&change.text, usize::from(width), profile)
            .into_iter()
            .map(|line| (0, line))
            .collect(),
    };
    // Rows for the values: all but the labels' and the change's.
    let room = usize::from(height)
        .saturating_sub(1)
        .saturating_sub(change_lines.len());
    let texts = [0, 1].map(|i| side_text(values[i], none, usize::from(sides[i].1), profile));
    let scale = common_scale(values, sides, &texts, room);

    let mut lines = Vec::new();
    for (i, ((x, w), label)) in sides.into_iter().zip(labels).enumerate() {
        let label = truncate(label, usize::from(w), profile);
        lines.push(placed(x, 0, label, Ink::Label));
        let mut y = 1;
        if let (Some(scale), Some(value)) = (scale, values[i]) {
            for row in render(&value.number, scale, block).unwrap_or_default() {
                lines.push(placed(x, y, row, Ink::Numeral));
                y += 1;
            }
            // A blank row between the numerals and their words.
            y += 1;
        }
        let fits = room.saturating_sub(usize::from(y) - 1);
        for (text, ink) in cut(&texts[i].lines, fits, usize::from(w), profile) {
            lines.push(placed(x, y, text, ink));
            y += 1;
        }
    }
    let lowest = lines
        .iter()
        .filter(|l| l.ink != Ink::Label)
        .map(|l| l.y)
        .max()
        .unwrap_or(0);
    let tone = change.map_or(Tone::Plain, |c| c.tone);
    for (y, (x, text)) in (lowest + 1..).zip(change_lines) {
        lines.push(placed(x, y, text, Ink::Change(tone)));
    }
    FigureLayout {
        columns,
        lines,
        rule: 1..lowest + 1,
        scale,
    }
}

fn placed(x: u16, y: u16, text: String, ink: Ink) -> Placed {
    Placed { x, y, text, ink }
}

/// A side's lines of text, wrapped to its column, and how many of them large numerals must
/// leave room for.
struct SideText {
    /// The value in words, bold, then how it was counted and its note; or that the edition
    /// gives no figure.
    lines: Vec<(String, Ink)>,
    /// The words and the basis always show; of the note, two lines at least.
    kept: usize,
}

fn side_text(value: Option<&BigValue>, none: &str, width: usize, profile: &Profile) -> SideText {
    let Some(value) = value else {
        let lines = vec![(truncate(none, width, profile), Ink::Quiet)];
        return SideText { lines, kept: 1 };
    };
    let wrapped = |text: Option<&str>, ink: Ink| -> Vec<(String, Ink)> {
        text.map_or_else(Vec::new, |t| wrap(t, width, profile))
            .into_iter()
            .map(|line| (line, ink))
            .collect()
    };
    let mut lines = wrapped(Some(&value.words), Ink::Words);
    lines.extend(wrapped(value.basis.as_deref(), Ink::Quiet));
    let note = wrapped(value.note.as_deref(), Ink::Quiet);
    let kept = lines.len() + note.len().min(2);
    lines.extend(note);
    SideText { lines, kept }
}

/// The one scale both values' numerals are drawn at: the largest that fits each value's
/// column and leaves `room` for what must show under it. `None` where either value does not
/// fit even at the smallest: one value in large numerals beside the other in words would
/// make the first look the larger.
fn common_scale(
    values: [Option<&BigValue>; 2],
    sides: [(u16, u16); 2],
    texts: &[SideText; 2],
    room: usize,
) -> Option<usize> {
    let mut scale: Option<usize> = None;
    for (i, value) in values.iter().enumerate() {
        let Some(value) = value else { continue };
        // A blank row between the numerals and their words.
        let height = room.saturating_sub(texts[i].kept + 1);
        let fits = largest_scale(&value.number, usize::from(sides[i].1), height)?;
        scale = Some(scale.map_or(fits, |s| s.min(fits)));
    }
    scale
}

/// The first `keep` lines; the last kept ends in an ellipsis where lines were cut, so that
/// a note cut short says it goes on.
fn cut(
    lines: &[(String, Ink)],
    keep: usize,
    width: usize,
    profile: &Profile,
) -> Vec<(String, Ink)> {
    let mut kept: Vec<(String, Ink)> = lines.iter().take(keep).cloned().collect();
    if keep < lines.len()
        && let Some((last, _)) = kept.last_mut()
    {
        *last = truncate(&format!("{last}…"), width, profile);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(number: &str, words: &str, note: Option<&str>) -> BigValue {
        BigValue {
            number: number.into(),
            words: words.into(),
            basis: None,
            note: note.map(Into::into),
        }
    }

    fn layout(values: [Option<&BigValue>; 2], size: (u16, u16)) -> FigureLayout {
        let change = Para::new("a rise of over 600 (over 60%)", Tone::Up);
        let labels = ["2014 Wuzhen", "2025 Wuzhen"];
        let p = Profile::default();
        figure_layout(labels, values, "no figure", Some(&change), size, "#", &p)
    }

    /// Each side's lines: those starting left of the rule, and right of it.
    fn ink_columns(l: &FigureLayout) -> (u16, u16) {
        let p = Profile::default();
        let left_end = l
            .lines
            .iter()
            .filter(|p| p.x < l.columns.rule && !matches!(p.ink, Ink::Change(_)))
            .map(|line| line.x + display_width(line.text.trim_end(), &p) as u16)
            .max()
            .unwrap();
        let right_start = l
            .lines
            .iter()
            .filter(|p| p.x > l.columns.rule)
            .map(|line| line.x + (line.text.len() - line.text.trim_start().len()) as u16)
            .min()
            .unwrap();
        (left_end, right_start)
    }

    #[test]
    fn the_values_keep_clear_of_the_rule() {
        for scale in 1..=3 {
            assert!(usize::from(GAP) > super::super::font::spacing(scale));
        }
        let (l, r) = (
            value("1,000", "about 1,000", None),
            value("1,600", "over 1,600", None),
        );
        for width in [36, 68, 108, 188] {
            let laid = layout([Some(&l), Some(&r)], (width, 30));
            let (left_end, right_start) = ink_columns(&laid);
            let rule = laid.columns.rule;
            assert!(left_end + GAP <= rule, "{width}: {left_end} against {rule}");
            assert!(
                right_start > rule + GAP,
                "{width}: {right_start} against {rule}"
            );
            assert!(laid.columns.right.0 + laid.columns.right.1 <= width);
        }
    }

    #[test]
    fn both_values_at_one_scale_or_neither_in_numerals() {
        let (l, r) = (
            value("100", "about 100", None),
            value("130", "over 130", None),
        );
        let long = "A note long enough to take many lines in a narrow column, and more.";
        let noted = value("100", "about 100", Some(long));
        // The note on the left would leave its numerals a smaller scale than the right's.
        let laid = layout([Some(&noted), Some(&r)], (68, 18));
        let rows = |laid: &FigureLayout, left: bool| {
            laid.lines
                .iter()
                .filter(|p| p.ink == Ink::Numeral && (p.x < laid.columns.rule) == left)
                .count()
        };
        assert_eq!(rows(&laid, true), rows(&laid, false), "{laid:#?}");
        assert!(laid.scale.is_some());
        // Too wide for its column even at scale 1: both values in words.
        let wide = value("893,000,000", "893,000,000", None);
        let laid = layout([Some(&l), Some(&wide)], (60, 30));
        assert_eq!(laid.scale, None);
        assert_eq!(rows(&laid, true) + rows(&laid, false), 0);
        assert!(laid.lines.iter().any(|p| p.text == "about 100"));
    }

    #[test]
    fn the_change_sits_on_the_row_under_the_lowest_line() {
        let (l, r) = (
            value("1,000", "about 1,000", Some("A short note.")),
            value(
                "1,600",
                "over 1,600",
                Some("A longer note, that wraps in a narrow column."),
            ),
        );
        for size in [(36, 12), (68, 18), (108, 34), (188, 54)] {
            let laid = layout([Some(&l), Some(&r)], size);
            let lowest = laid
                .lines
                .iter()
                .filter(|p| !matches!(p.ink, Ink::Change(_)))
                .map(|p| p.y)
                .max()
                .unwrap();
            let change = laid
                .lines
                .iter()
                .find(|p| matches!(p.ink, Ink::Change(_)))
                .unwrap();
            assert_eq!(change.y, lowest + 1, "{size:?}: {laid:#?}");
            assert_eq!(laid.rule, 1..lowest + 1);
            assert!(change.y < size.1);
        }
    }

    #[test]
    fn a_side_without_the_figure_says_so() {
        let r = value("1,600", "over 1,600", None);
        let laid = layout([None, Some(&r)], (68, 18));
        assert!(laid.lines.iter().any(|p| p.text == "no figure" && p.x == 0));
        assert!(laid.scale.is_some(), "the other side still in numerals");
    }
}
