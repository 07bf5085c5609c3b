//! Display width in terminal columns, measured by grapheme cluster so that a combining mark
//! or a flag is never counted apart from its base.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns the string takes in a terminal (ambiguous-width characters as one column).
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// The string followed by spaces up to `width` columns (unchanged when already wider).
pub fn pad_to_width(s: &str, width: usize) -> String {
    let mut out = String::from(s);
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(s)),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_and_narrow_characters() {
        assert_eq!(display_width("漢字"), 4);
        assert_eq!(display_width("ｶﾀｶﾅ"), 4);
        assert_eq!(display_width("ＡＢＣ"), 6);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(display_width("【編集部解説】"), 14);
    }

    #[test]
    fn padding_counts_columns_not_bytes() {
        assert_eq!(pad_to_width("烏鎮", 6), "烏鎮  ");
        assert_eq!(pad_to_width("Wuzhen", 3), "Wuzhen");
    }
}
