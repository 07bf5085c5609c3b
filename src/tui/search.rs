//! Finding text the way a reader types it: case-insensitive, full-width Latin as half-width,
//! half-width katakana as full-width, katakana as hiragana, so "ＡＩ", "ai" and "AI" meet,
//! and "じゃっく" and "ｼﾞｬｯｸ" find ジャック; the Japanese, traditional and simplified forms
//! of a Chinese character as one, so that 孫正義 and 孙正义 find each other; and the
//! separators Japanese readers may or may not type between the parts of a name (・, spaces)
//! left out, so that ジャックマー and ジャック マー find ジャック・マー.

mod han;
mod han_table;

use crate::rows::{Row, search_texts};

/// Half-width katakana (U+FF61 to U+FF9D) as full-width, in order.
const HALF_WIDTH: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// A half-width character as its full-width form.
fn full_width(c: char) -> char {
    match c {
        '\u{ff61}'..='\u{ff9d}' => HALF_WIDTH.chars().nth(c as usize - 0xff61).unwrap_or(c),
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A kana with the voiced (ﾞ) or semi-voiced (ﾟ) mark that follows it, as one kana: in
/// Unicode the marked kana come right after the unmarked one (カ ガ, ハ バ パ).
fn with_mark(kana: char, mark: char) -> Option<char> {
    let k = kana as u32;
    let ha_row = matches!(kana, 'ハ'..='ホ') && (k - 'ハ' as u32).is_multiple_of(3);
    let voiced = ha_row
        || matches!(kana, 'ツ' | 'テ' | 'ト')
        || matches!(kana, 'カ'..='チ') && !k.is_multiple_of(2);
    match mark {
        '\u{ff9e}' if kana == 'ウ' => Some('ヴ'),
        '\u{ff9e}' if voiced => char::from_u32(k + 1),
        '\u{ff9f}' if ha_row => char::from_u32(k + 2),
        _ => None,
    }
}

/// A separator that joins the parts of a name: spaces and middle dots.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '・' | '·' | '‧' | '∙' | '⋅' | '⸱' | '･')
}

/// Written without spaces between words: Chinese characters and kana (and their marks), where
/// a reader may or may not put a ・ or a space between the parts of a name.
fn is_spaceless(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{323af}')
}

/// The form both the query and the text are compared in.
pub fn fold(text: &str) -> String {
    // Full-width, with the half-width voiced marks joined to their kana.
    let mut wide: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars().map(full_width) {
        match wide.last().and_then(|&kana| with_mark(kana, c)) {
            Some(marked) => *wide.last_mut().expect("a kana before the mark") = marked,
            None => wide.push(c),
        }
    }
    let mut folded = String::with_capacity(text.len());
    let mut gap = false;
    for c in wide {
        if is_separator(c) {
            gap = true;
            continue;
        }
        let c = match han::fold(c) {
            c @ '\u{30a1}'..='\u{30f6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        };
        // A separator stays (as one space) only between words written with spaces, so that
        // "ai" does not find "data infrastructure", but じゃっくまー finds じゃっく・まー.
        if std::mem::take(&mut gap)
            && folded.chars().next_back().is_some_and(|p| !is_spaceless(p))
            && !is_spaceless(c)
        {
            folded.push(' ');
        }
        folded.extend(c.to_lowercase());
    }
    folded
}

/// Honorifics a reader may add after a name that the text leaves off (ピチャイ氏).
const HONORIFICS: [&str; 3] = ["氏", "さん", "様"];

/// The query in the form it is compared in: folded, without a trailing honorific.
pub fn fold_query(query: &str) -> String {
    let folded = fold(query);
    HONORIFICS
        .iter()
        .find_map(|h| {
            folded
                .strip_suffix(fold(h).as_str())
                .filter(|q| !q.is_empty())
        })
        .map_or_else(|| folded.clone(), str::to_string)
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
            "じゃっくまー",
            "kana folding still holds"
        );
    }

    #[test]
    fn the_parts_of_a_japanese_name_meet_with_or_without_a_separator() {
        let name = fold("ジャック・マー");
        for typed in [
            "ジャックマー",
            "ジャック マー",
            "ジャック　マー",
            "ジャック･マー",
            "ジャック·マー",
        ] {
            assert_eq!(fold(typed), name, "{typed}");
        }
        assert_eq!(fold("孫 正義"), fold("孫正義"));
    }

    #[test]
    fn spaces_between_latin_words_still_count() {
        assert_eq!(fold("Jack  Ma"), "jack ma");
        assert_eq!(
            fold("Jack·Ma"),
            "jack ma",
            "a middle dot between words is a space"
        );
        assert!(!fold("data infrastructure").contains(&fold_query("ai")));
        assert_eq!(fold("DeepSeek 深度求索"), "deepseek深度求索");
    }

    #[test]
    fn half_width_katakana_is_full_width_with_its_marks_joined() {
        assert_eq!(fold("ｼﾞｬｯｸ･ﾏｰ"), fold("ジャック・マー"));
        assert_eq!(fold("ﾊﾞﾊﾟﾋﾞﾋﾟｳﾞｶﾞﾂﾞﾄﾞ"), fold("バパビピヴガヅド"));
        assert!(
            fold("ｯﾞ").starts_with('っ'),
            "a kana that takes no mark keeps its own"
        );
        assert_eq!(fold("ｰ"), fold("ー"));
    }

    #[test]
    fn full_width_latin_is_ascii() {
        assert_eq!(fold("ＤｅｅｐＳｅｅｋ"), "deepseek");
        assert_eq!(fold("ＡＩ　Ｓｕｍｍｉｔ"), "ai summit");
    }

    #[test]
    fn a_trailing_honorific_is_left_out_of_the_query() {
        for typed in [
            "ピチャイ氏",
            "ピチャイさん",
            "ピチャイサン",
            "ピチャイ様",
            "ピチャイ 氏",
        ] {
            assert_eq!(fold_query(typed), fold("ピチャイ"), "{typed}");
        }
        assert_eq!(
            fold_query("氏"),
            fold("氏"),
            "an honorific alone is the query"
        );
        assert_eq!(fold_query("氏名"), fold("氏名"), "only at the end");
    }
}
