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

/// Rows of `text` in the block font at `scale`, drawn with `block` (one column wide).
fn render(text: &str, scale: usize, block: &str) -> Option<Vec<String>> {
    let glyphs: Vec<[&str; 5]> = text.chars().map(glyph).collect::<Option<_>>()?;
    let mut rows = vec![String::new(); 5 * scale];
    for (i, g) in glyphs.iter().enumerate() {
        for (r, line) in g.iter().enumerate() {
            for sub in 0..scale {
                let row = &mut rows[r * scale + sub];
                if i > 0 {
                    row.push_str(&" ".repeat(scale));
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

/// Columns the text takes in the font at scale 1.
fn width_at_one(text: &str) -> Option<usize> {
    let widths: Vec<usize> = text
        .chars()
        .map(|c| glyph(c).map(|g| g[0].len()))
        .collect::<Option<_>>()?;
    Some(widths.iter().sum::<usize>() + widths.len().saturating_sub(1))
}

/// The largest rendering (scale 1 to 3) of `text` that fits `width` x `height`.
pub fn big(text: &str, width: usize, height: usize, block: &str) -> Option<Vec<String>> {
    let one = width_at_one(text)?;
    let scale = (1..=3)
        .rev()
        .find(|s| one * s <= width && 5 * s <= height)?;
    render(text, scale, block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_scale_to_the_room() {
        let one = big("1,600", 40, 5, "#").unwrap();
        assert_eq!(one.len(), 5);
        assert_eq!(one[0], " #    ### ### ###");
        assert_eq!(one[4], "### # ### ### ###");
        let two = big("1,600", 40, 12, "#").unwrap();
        assert_eq!(two.len(), 10);
        assert!(two.iter().all(|r| r.chars().count() <= 40));
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
