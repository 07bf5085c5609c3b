//! Putting text into a ratatui buffer so that every cell lands where layout put it, whatever
//! the terminal does with ambiguous characters and emoji.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Position;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::profile::Profile;
use super::width::glyphs;

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
        cell.set_symbol(&glyph.symbol)
            .set_style(style)
            .set_diff_option(CellDiffOption::None);
        // ratatui skips the cells a wide symbol covers by its own measure; cover the rest.
        let reckoned = glyph.symbol.width().max(1);
        for k in 1..width {
            if let Some(covered) = buf.cell_mut(Position::new(x + used + k, y)) {
                covered.reset();
                covered.set_style(style);
                if usize::from(k) >= reckoned {
                    covered.set_diff_option(CellDiffOption::Skip);
                }
            }
        }
        used += width;
    }
    used
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
