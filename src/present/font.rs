//! Large numerals for a projector: a block font of digits and the marks numbers carry,
//! scaled to what the screen allows, or `None` when even the smallest does not fit.

/// Each glyph as five rows; '#' is ink. Digits are three columns, separators one.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => [" # ", "## ", " # ", " # ", "###"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ',' => [" ", " ", " ", "#", "#"],
        '.' => [" ", " ", " ", " ", "#"],
        '%' => ["# #", "  #", " # ", "#  ", "# #"],
        '+' => ["   ", " # ", "###", " # ", "   "],
        '-' => ["   ", "   ", "###", "   ", "   "],
        ' ' => [" ", " ", " ", " ", " "],
        _ => return None,
    })
}

/// Rows of `text` in the block font at `scale`, drawn with `block` (one column wide); `None`
/// where a character is not in the font (letters, say).
pub fn render(text: &str, scale: usize, block: &str) -> Option<Vec<String>> {
    let glyphs: Vec<[&str; 5]> = text.chars().map(glyph).collect::<Option<_>>()?;
    let mut rows = vec![String::new(); 5 * scale];
    for (i, g) in glyphs.iter().enumerate() {
        for (r, line) in g.iter().enumerate() {
            for sub in 0..scale {
                let row = &mut rows[r * scale + sub];
                if i > 0 {
                    row.push_str(&" ".repeat(spacing(scale)));
                }
                for ink in line.chars() {
                    let cell = if ink == '#' { block } else { " " };
                    row.push_str(&cell.repeat(scale));
                }
            }
        }
    }
    Some(rows)
}

/// Blank columns between two glyphs of one number: never more than two, so that a number
/// holds together and two numbers side by side, further apart, read as two.
pub fn spacing(scale: usize) -> usize {
    scale.min(2)
}

/// Columns the text takes in the font at `scale`.
fn width_at(text: &str, scale: usize) -> Option<usize> {
    let widths: Vec<usize> = text
        .chars()
        .map(|c| glyph(c).map(|g| g[0].len()))
        .collect::<Option<_>>()?;
    Some(widths.iter().sum::<usize>() * scale + widths.len().saturating_sub(1) * spacing(scale))
}

/// The largest scale (1 to 3) at which `text` fits `width` x `height`; `None` where even
/// the smallest does not, or the text is not all in the font.
pub fn largest_scale(text: &str, width: usize, height: usize) -> Option<usize> {
    (1..=3)
        .rev()
        .find(|&s| width_at(text, s).is_some_and(|w| w <= width) && 5 * s <= height)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str, width: usize, height: usize, block: &str) -> Option<Vec<String>> {
        render(text, largest_scale(text, width, height)?, block)
    }

    #[test]
    fn numerals_scale_to_the_room() {
        let one = big("1,600", 40, 5, "#").unwrap();
        assert_eq!(one.len(), 5);
        assert_eq!(one[0], " #    ### ### ###");
        assert_eq!(one[4], "### # ### ### ###");
        let two = big("1,600", 40, 12, "#").unwrap();
        assert_eq!(two.len(), 10);
        assert!(two.iter().all(|r| r.chars().count() <= 40));
        // At scale 3 the glyphs of one number stay two columns apart.
        let three = big("10", 40, 15, "#").unwrap();
        assert_eq!(three.len(), 15);
        assert_eq!(three[0], "   ###     #########");
        assert!(
            big("893,000,000", 20, 10, "#").is_none(),
            "too wide even at scale 1"
        );
        assert!(
            big("about", 80, 20, "#").is_none(),
            "letters are not in the font"
        );
    }
}
