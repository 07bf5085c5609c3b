//! Finding text the way a reader types it: case-insensitive, full-width Latin as half-width,
//! katakana as hiragana, so "ＡＩ", "ai" and "AI" meet, and "じゃっく" finds ジャック.

use crate::rows::{Row, search_texts};

/// The form both the query and the text are compared in.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let c = match c {
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                '\u{30a1}'..='\u{30f6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
                '\u{3000}' => ' ',
                _ => c,
            };
            c.to_lowercase()
        })
        .collect()
}

/// Everything search looks in for a row, folded once: its cells, and for an entry every
/// language of its names and titles.
pub fn search_text(row: &Row) -> String {
    let mut text = String::new();
    if let Some((l, r)) = row.cells() {
        for p in l.iter().chain(r) {
            text.push_str(&fold(&p.text));
            text.push('\n');
        }
    }
    if let Row::Item(_, _, item) = row {
        for t in search_texts(item) {
            text.push_str(&fold(t));
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_meets_the_ways_a_name_is_typed() {
        assert_eq!(fold("ＡＩ Summit"), "ai summit");
        assert_eq!(fold("ジャック・マー"), fold("じゃっく・まー"));
        assert!(fold("World Internet Conference").contains(&fold("internet")));
        assert_eq!(fold("烏鎮"), "烏鎮");
    }
}
