//! Where the presenter's console puts things: the talk's place and clock at the top, the
//! preview of the audience's page and the speaker notes side by side in the middle (the
//! notes alone on a narrow screen), the next slide and the keys at the foot. Pure, so that
//! the deck is cut into pages at the very size its preview is drawn.

use ratatui::layout::Rect;

use crate::tui::theme::Theme;

/// The console's rows and columns on a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsoleLayout {
    /// The text's left edge and width, inside the theme's margins.
    pub x: u16,
    pub width: u16,
    /// The box the audience's page is previewed in (its border included), when there is
    /// room for a preview worth reading.
    pub preview: Option<Rect>,
    /// The notes: their heading on the first row, the notes under it.
    pub notes: Rect,
    /// The rule above the next slide's title and the keys.
    pub foot: u16,
}

/// A preview narrower or shorter than this shows too little of a slide to be worth the
/// notes' room.
const PREVIEW_MIN: (u16, u16) = (40, 12);

impl ConsoleLayout {
    pub fn new(area: Rect, theme: Theme) -> ConsoleLayout {
        let (margin, _) = theme.margins(area);
        let (x, width) = (margin, area.width.saturating_sub(2 * margin));
        let foot = area.height.saturating_sub(3);
        // Rows 0–3: the console's name and clock, a rule, where the talk is, what a key said.
        let body = Rect::new(x, 4, width, foot.saturating_sub(4));
        // Three fifths for the preview, a two-column gutter, the rest for the notes.
        let preview_width = width * 3 / 5;
        let notes_width = width.saturating_sub(preview_width + 2);
        if preview_width >= PREVIEW_MIN.0 && body.height >= PREVIEW_MIN.1 && notes_width >= 20 {
            ConsoleLayout {
                x,
                width,
                preview: Some(Rect::new(x, body.y, preview_width, body.height)),
                notes: Rect::new(x + preview_width + 2, body.y, notes_width, body.height),
                foot,
            }
        } else {
            ConsoleLayout {
                x,
                width,
                preview: None,
                notes: body,
                foot,
            }
        }
    }

    /// Where the previewed page itself is drawn: the preview box less its border.
    pub fn preview_inside(&self) -> Option<Rect> {
        self.preview.map(|r| {
            Rect::new(
                r.x + 1,
                r.y + 1,
                r.width.saturating_sub(2),
                r.height.saturating_sub(2),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_beside_the_notes_where_both_can_be_read() {
        let at = |w, h| ConsoleLayout::new(Rect::new(0, 0, w, h), Theme::Mono);
        let console = at(80, 24);
        let preview = console.preview.expect("80x24 has a preview");
        assert_eq!((preview.width, preview.height), (48, 17));
        assert_eq!(console.notes.x, 50);
        assert!(console.notes.right() <= 80);
        assert_eq!(console.foot, 21);
        assert!(at(120, 40).preview.is_some());
        // Too narrow or too short: the notes alone, across the screen.
        for (w, h) in [(60, 20), (80, 15)] {
            let console = at(w, h);
            assert_eq!(console.preview, None, "{w}x{h}");
            assert_eq!(console.notes.width, w);
        }
    }
}
