//! Where presenterm puts a slide's parts at a terminal size, so that the export cuts pages
//! that fit and wraps lines that stay in their column. The numbers are presenterm 0.16's
//! with its default theme (dark), measured in tmux at 120x40 and read in its source.

use std::fmt;
use std::str::FromStr;

use crate::present::paging::Frame;

/// A terminal's size in columns and rows: `--size 120x40`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub columns: u16,
    pub rows: u16,
}

impl Size {
    /// A laptop's terminal, or a projector's at a readable font.
    pub const DEFAULT: Size = Size {
        columns: 120,
        rows: 40,
    };
    /// confer's own smallest screen; below it presenterm's columns are a few characters wide.
    pub const MIN: Size = Size {
        columns: 40,
        rows: 12,
    };
    const MAX: u16 = 1000;
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.columns, self.rows)
    }
}

/// A `--size` refused: its value as typed, or the size it read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SizeError {
    Unread(String),
    TooSmall(Size),
    TooLarge(Size),
}

impl SizeError {
    /// Said in the reader's language.
    pub fn said(&self, lang: crate::i18n::Lang) -> String {
        let words = &lang.words().problems;
        match self {
            SizeError::Unread(given) => (words.size_unread)(given),
            SizeError::TooSmall(size) => {
                (words.size_too_small)(&size.to_string(), &Size::MIN.to_string())
            }
            SizeError::TooLarge(size) => (words.size_too_large)(&size.to_string(), Size::MAX),
        }
    }
}

impl fmt::Display for SizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(crate::i18n::Lang::En))
    }
}

impl std::error::Error for SizeError {}

impl FromStr for Size {
    type Err = SizeError;

    fn from_str(given: &str) -> Result<Size, SizeError> {
        let number = |s: &str| s.trim().parse::<u16>().ok();
        let size = given
            .split_once(['x', 'X'])
            .and_then(|(c, r)| Some((number(c)?, number(r)?)))
            .map(|(columns, rows)| Size { columns, rows })
            .ok_or_else(|| SizeError::Unread(given.to_string()))?;
        let (min, max) = (Size::MIN, Size::MAX);
        if size.columns < min.columns || size.rows < min.rows {
            return Err(SizeError::TooSmall(size));
        }
        if size.columns > max || size.rows > max {
            return Err(SizeError::TooLarge(size));
        }
        Ok(size)
    }
}

/// The rows above a slide's body: a blank row, the title between a row of padding above
/// and below, and the blank row presenterm leaves after every element.
const TITLE_ROWS: u16 = 5;
/// The footer's rows (the slide counter in the middle one): the body stays above them.
const FOOTER_ROWS: u16 = 3;
/// Columns between two columns of a layout, taken from each side of their boundary.
const COLUMN_MARGIN: u16 = 4;
/// A column's label, a heading, and the blank row after it.
const LABEL_ROWS: u16 = 2;

/// presenterm's slide at one size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: Size,
}

impl Layout {
    pub fn new(size: Size) -> Layout {
        Layout { size }
    }

    /// Each side's margin: the theme's 8% of the width, rounded up.
    fn margin(&self) -> u16 {
        (self.size.columns * 8).div_ceil(100)
    }

    /// Between the margins: the width of a title or of a paragraph across the slide.
    pub fn width(&self) -> u16 {
        self.size.columns.saturating_sub(2 * self.margin())
    }

    /// The width of each of two equal columns (`column_layout: [1, 1]`): half the slide,
    /// less the margin on its inner side.
    pub fn column_width(&self) -> u16 {
        (self.width() / 2).saturating_sub(COLUMN_MARGIN)
    }

    /// Rows between the title and the footer.
    pub fn body_rows(&self) -> u16 {
        self.size.rows.saturating_sub(TITLE_ROWS + FOOTER_ROWS)
    }

    /// Lines a column holds under its label.
    pub fn column_rows(&self) -> u16 {
        self.body_rows().saturating_sub(LABEL_ROWS)
    }

    /// The frame the slides are cut into pages in, as for a screen: its columns as wide as
    /// presenterm's, as many lines under the labels, and its text across the slide no wider
    /// than the two columns and their gutter (a few columns short of presenterm's width).
    pub fn frame(&self) -> Frame {
        let half = self.column_width();
        Frame {
            margin: self.margin(),
            width: 2 * half + 3,
            body_top: TITLE_ROWS,
            // The screen's label takes one row of the body, presenterm's two.
            body_height: self.column_rows() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presenterm_at_120x40() {
        let layout = Layout::new(Size::DEFAULT);
        // Measured: text from column 10 to 109, columns at 10 and 64, each 46 wide; the
        // body from row 5 to row 36, the footer's counter on row 38.
        assert_eq!(layout.width(), 100);
        assert_eq!(layout.column_width(), 46);
        assert_eq!(layout.body_rows(), 32);
        assert_eq!(layout.column_rows(), 30);
        let frame = layout.frame();
        assert_eq!(usize::from(frame.half()), 46);
        assert_eq!(frame.column_height(), 30);
    }

    #[test]
    fn a_size_is_columns_by_rows() {
        assert_eq!(
            "80x24".parse(),
            Ok(Size {
                columns: 80,
                rows: 24
            })
        );
        assert_eq!(
            " 200X60 ".trim().parse(),
            Ok(Size {
                columns: 200,
                rows: 60
            })
        );
        for bad in ["120", "120x", "x40", "120*40", "-1x40", "120x40x2", "wide"] {
            let said = bad.parse::<Size>().unwrap_err().to_string();
            assert!(said.contains("COLSxROWS"), "{bad}: {said}");
        }
        assert!(
            "39x40"
                .parse::<Size>()
                .unwrap_err()
                .to_string()
                .contains("at least 40x12")
        );
        assert!(
            "120x11"
                .parse::<Size>()
                .unwrap_err()
                .to_string()
                .contains("too small")
        );
        assert!(
            "1001x40"
                .parse::<Size>()
                .unwrap_err()
                .to_string()
                .contains("too large")
        );
    }
}
