//! Chinese characters in one form, whatever form they were written in: Japanese shinjitai,
//! traditional and simplified all fold to the simplified character OpenCC gives, so that
//! 孫正義 and 孙正义, 劉強東 and 刘强东 find each other. The table is generated from OpenCC
//! (examples/han_table.rs), a character at a time, so no 24-crate converter is linked in.

use super::han_table as table;

/// The character `c` is compared as.
pub fn fold(c: char) -> char {
    match table::TABLE.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(at) => table::TABLE[at].1,
        Err(_) => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ferrous_opencc::OpenCC;
    use ferrous_opencc::config::BuiltinConfig;

    #[test]
    fn the_table_is_sorted_for_its_binary_search() {
        assert!(table::TABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// What OpenCC makes of one character, as search folded with it before the table.
    fn opencc(japanese: &OpenCC, simplified: &OpenCC, c: char) -> char {
        let c = if c == '兪' { '俞' } else { c };
        let folded = simplified.convert(&japanese.convert(&c.to_string()));
        let mut chars = folded.chars();
        match (chars.next(), chars.next()) {
            (Some(f), None) => f,
            _ => c,
        }
    }

    #[test]
    fn the_table_folds_as_opencc_does() {
        let japanese = OpenCC::from_config(BuiltinConfig::Jp2t).unwrap();
        let simplified = OpenCC::from_config(BuiltinConfig::T2s).unwrap();
        let content = crate::builtin::FILES
            .iter()
            .flat_map(|f| std::str::from_utf8(f.toml).unwrap_or("").chars());
        let unified = ('\u{4E00}'..='\u{9FFF}').chain(content);
        for c in unified.filter(|c| !c.is_ascii()) {
            assert_eq!(fold(c), opencc(&japanese, &simplified, c), "{c}");
        }
    }
}
