//! Finding text the way a reader types it: case-insensitive, full-width Latin as half-width,
//! katakana as hiragana, so "ＡＩ", "ai" and "AI" meet, and "じゃっく" finds ジャック; and
//! the Japanese, traditional and simplified forms of a Chinese character as one, so that
//! 孫正義 and 孙正义, 劉強東 and 刘强东 find each other.

use std::sync::OnceLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

use crate::rows::{Row, search_texts};

/// OpenCC's Japanese-to-traditional and traditional-to-simplified tables, loaded once (in
/// about 0.3 ms) the first time text with a Chinese character is folded.
fn converters() -> Option<&'static (OpenCC, OpenCC)> {
    static CONVERTERS: OnceLock<Option<(OpenCC, OpenCC)>> = OnceLock::new();
    CONVERTERS
        .get_or_init(|| {
            let japanese = OpenCC::from_config(BuiltinConfig::Jp2t).ok()?;
            let simplified = OpenCC::from_config(BuiltinConfig::T2s).ok()?;
            Some((japanese, simplified))
        })
        .as_ref()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Variants OpenCC's tables leave apart that a name search should join.
fn variant(c: char) -> char {
    match c {
        '兪' => '俞',
        other => other,
    }
}

/// Chinese characters in their simplified form, whatever form they were written in.
fn fold_han(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_han) {
        return std::borrow::Cow::Borrowed(text);
    }
    let text: String = text.chars().map(variant).collect();
    match converters() {
        Some((japanese, simplified)) => {
            std::borrow::Cow::Owned(simplified.convert(&japanese.convert(&text)))
        }
        None => std::borrow::Cow::Owned(text),
    }
}

/// The form both the query and the text are compared in.
pub fn fold(text: &str) -> String {
    fold_han(text)
        .chars()
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
        assert_eq!(fold("烏鎮"), fold("乌镇"));
    }

    #[test]
    fn the_forms_of_a_chinese_name_meet() {
        for (one, other) in [
            ("孫正義", "孙正义"),
            ("劉強東", "刘强东"),
            ("張亜勤", "张亚勤"),
            ("兪敏洪", "俞敏洪"),
            ("馬雲", "马云"),
        ] {
            assert_eq!(fold(one), fold(other), "{one} and {other}");
        }
        assert_eq!(
            fold("ジャック・マー"),
            "じゃっく・まー",
            "kana folding still holds"
        );
    }
}
