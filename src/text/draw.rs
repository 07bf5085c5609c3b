//! Putting text into a ratatui buffer so that every cell lands where layout put it, whatever
//! the terminal does with ambiguous characters and emoji.

use std::borrow::Cow;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::hyperlink::LinkTarget;
use super::profile::Profile;
use super::width::{cluster_width, glyphs};

/// Draws `text` at (x, y) in at most `max_width` columns; returns the columns used.
///
/// Each glyph goes into one cell. Where the terminal draws a glyph wider than ratatui
/// reckons (an ambiguous character in a terminal set to double width), the cells it covers
/// are marked [`CellDiffOption::Skip`]: ratatui then writes nothing there and moves the cursor explicitly to the
/// next glyph, so nothing overwrites the wide one and nothing after it shifts.
pub fn draw_text(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    max_width: u16,
    text: &str,
    style: Style,
    profile: &Profile,
) -> u16 {
    draw_glyphs(buf, (x, y), max_width, text, style, profile, None)
}

/// Each glyph of `text` in its cell; with `link`, each inside that link's escape, its width
/// forced (see `link_cells::draw_link`).
pub(super) fn draw_glyphs(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max_width: u16,
    text: &str,
    style: Style,
    profile: &Profile,
    link: Option<&LinkTarget>,
) -> u16 {
    let mut used: u16 = 0;
    for glyph in glyphs(text, profile) {
        let Ok(width) = u16::try_from(glyph.width) else {
            break;
        };
        if used + width > max_width {
            break;
        }
        let at = Position::new(x + used, y);
        let Some(cell) = buf.cell_mut(at) else {
            break;
        };
        let (symbol, diff) = match (link, NonZeroU16::new(width)) {
            (Some(target), Some(forced)) => (
                Cow::Owned(target.wrap(&glyph.symbol)),
                CellDiffOption::ForcedWidth(forced),
            ),
            // ratatui counts a half-width ﾞ or ﾟ after its kana twice (ｼﾞ as three
            // columns) and would skip the glyph after it: hold it to the columns it takes.
            (None, Some(forced)) if glyph.symbol.cell_width() > width => (
                Cow::Borrowed(glyph.symbol.as_ref()),
                CellDiffOption::ForcedWidth(forced),
            ),
            _ => (Cow::Borrowed(glyph.symbol.as_ref()), CellDiffOption::None),
        };
        cell.set_symbol(&symbol)
            .set_style(style)
            .set_diff_option(diff);
        // ratatui skips the cells a wide symbol covers by its own measure; cover the rest.
        let reckoned = glyph.symbol.width().max(1);
        for k in 1..width {
            if let Some(covered) = buf.cell_mut(Position::new(x + used + k, y)) {
                covered.reset();
                covered.set_style(style);
                if usize::from(k) >= reckoned || link.is_some() {
                    covered.set_diff_option(CellDiffOption::Skip);
                }
            }
        }
        used += width;
    }
    used
}

/// The columns a cell's symbol takes on screen: its forced width where it holds an escape
/// (a link), else the width of the glyph in this terminal.
fn drawn_width(cell: &Cell, profile: &Profile) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(width) => usize::from(width.get()),
        _ => cluster_width(cell.symbol(), profile),
    }
}

/// The widest glyph any profile draws (a ZWJ sequence apart: several emoji side by side is
/// drawn glyph by glyph, so no one glyph is wider than this).
const WIDEST_GLYPH: u16 = 4;

/// Makes way for a box drawn over what a buffer already holds. A glyph that starts left of
/// `area` and reaches into it becomes spaces: ratatui's diff skips the cells a wide symbol
/// covers, so the box's left edge would never reach the terminal. Cells right of `area` that
/// a glyph inside it covered are drawn again, now that the glyph is gone.
pub fn clear_under(buf: &mut Buffer, area: Rect, profile: &Profile) {
    let bounds = buf.area;
    for y in area.top()..area.bottom() {
        for back in 1..WIDEST_GLYPH {
            let Some(x) = area.x.checked_sub(back).filter(|x| *x >= bounds.x) else {
                break;
            };
            let width = drawn_width(&buf[(x, y)], profile);
            if width == 0 {
                continue;
            }
            if usize::from(x) + width > usize::from(area.x) {
                for k in x..area.x {
                    let cell = &mut buf[(k, y)];
                    cell.set_symbol(" ").set_diff_option(CellDiffOption::None);
                }
            }
            break;
        }
        for x in area.right()
            ..area
                .right()
                .saturating_add(WIDEST_GLYPH)
                .min(bounds.right())
        {
            let cell = &mut buf[(x, y)];
            if cell.diff_option != CellDiffOption::Skip {
                break;
            }
            cell.set_symbol(" ").set_diff_option(CellDiffOption::None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::profile::{EmojiSequences, Vs16};
    use ratatui::layout::Rect;

    fn row(buf: &Buffer, y: u16) -> Vec<(String, bool)> {
        (0..buf.area.width)
            .map(|x| {
                let cell = &buf[(x, y)];
                (
                    cell.symbol().to_string(),
                    cell.diff_option == CellDiffOption::Skip,
                )
            })
            .collect()
    }

    #[test]
    fn ambiguous_characters_in_a_double_width_terminal_own_two_cells() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        let used = draw_text(
            &mut buf,
            0,
            0,
            6,
            "a·b",
            Style::default(),
            &Profile::ambiguous_wide(),
        );
        assert_eq!(used, 4);
        let cells = row(&buf, 0);
        assert_eq!(cells[0], ("a".into(), false));
        assert_eq!(cells[1], ("·".into(), false));
        assert!(
            cells[2].1,
            "the cell the terminal draws the dot's second half in is skipped"
        );
        assert_eq!(cells[3], ("b".into(), false));
    }

    #[test]
    fn in_a_narrow_terminal_nothing_is_skipped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        draw_text(
            &mut buf,
            0,
            0,
            6,
            "a·漢",
            Style::default(),
            &Profile::default(),
        );
        assert!(row(&buf, 0).iter().all(|(_, skip)| !skip));
        assert_eq!(buf[(2, 0)].symbol(), "漢");
    }

    #[test]
    fn emoji_sequences_apart_are_drawn_as_their_parts() {
        let profile = Profile {
            emoji_sequences: EmojiSequences::Apart,
            vs16: Vs16::Narrow,
            ..Profile::default()
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 1));
        let used = draw_text(
            &mut buf,
            0,
            0,
            8,
            "👨\u{200d}👩\u{200d}👧|",
            Style::default(),
            &profile,
        );
        assert_eq!(used, 7);
        assert_eq!(buf[(0, 0)].symbol(), "👨");
        assert_eq!(buf[(2, 0)].symbol(), "👩");
        assert_eq!(buf[(4, 0)].symbol(), "👧");
        assert_eq!(buf[(6, 0)].symbol(), "|");
    }

    #[test]
    fn a_box_over_wide_text_keeps_its_left_edge() {
        for (profile, dot_wide) in [
            (Profile::default(), false),
            (Profile::ambiguous_wide(), true),
        ] {
            let mut buf = Buffer::empty(Rect::new(0, 0, 8, 2));
            // Each second glyph starts one column left of the box: "両" reaches into it in
            // every terminal, "·" only where ambiguous characters are wide.
            draw_text(&mut buf, 0, 0, 8, "a両bcd", Style::default(), &profile);
            draw_text(&mut buf, 0, 1, 8, "a·bcd", Style::default(), &profile);
            clear_under(&mut buf, Rect::new(2, 0, 4, 2), &profile);
            assert_eq!(buf[(1, 0)].symbol(), " ", "the wide glyph gives way");
            assert_eq!(buf[(0, 0)].symbol(), "a", "what stands clear stays");
            let dot = if dot_wide { " " } else { "·" };
            assert_eq!(buf[(1, 1)].symbol(), dot);
        }
    }

    #[test]
    fn cells_right_of_a_box_that_a_glyph_inside_covered_are_drawn_again() {
        let profile = Profile::ambiguous_wide();
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        draw_text(&mut buf, 0, 0, 6, "ab·cd", Style::default(), &profile);
        assert_eq!(buf[(3, 0)].diff_option, CellDiffOption::Skip);
        clear_under(&mut buf, Rect::new(0, 0, 3, 1), &profile);
        assert_eq!(buf[(3, 0)].diff_option, CellDiffOption::None);
        assert_eq!(buf[(3, 0)].symbol(), " ");
    }

    #[test]
    fn text_stops_at_the_width_without_splitting_a_wide_glyph() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
        let used = draw_text(
            &mut buf,
            0,
            0,
            5,
            "烏鎮烏鎮",
            Style::default(),
            &Profile::default(),
        );
        assert_eq!(used, 4);
        assert_eq!(buf[(4, 0)].symbol(), " ");
    }
}
