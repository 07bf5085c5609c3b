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

/// Whether a row holds the (folded) query in any language of its entry, or in its cells.
pub fn row_matches(row: &Row, folded_query: &str) -> bool {
    if folded_query.is_empty() {
        return false;
    }
    let in_cells = row.cells().is_some_and(|(l, r)| {
        l.iter()
            .chain(r)
            .any(|p| fold(&p.text).contains(folded_query))
    });
    in_cells
        || match row {
            Row::Item(_, _, item) => search_texts(item)
                .iter()
                .any(|t| fold(t).contains(folded_query)),
            _ => false,
        }
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
