//! East Asian Width = Ambiguous, the one Unicode property width needs beyond unicode-width,
//! as a table generated from icu_properties (`cargo run --example ambiguous_table`): that
//! crate and its own cost about twenty crates for this one lookup. unicode-width's CJK mode
//! (`width_cjk`) would need no table, but it is not the property, even for the characters
//! `width` calls one column, where width.rs asks (both at Unicode 18): it leaves 193 letters
//! and modifiers narrow that the property calls Ambiguous (é, Ø, ß, Α), and widens 55 that
//! it does not (➀, ∉, ⅕, ╴) and all of private use. Terminals set to "double" widen by the
//! property, and width.rs with them.

mod table;

/// Whether Unicode gives this character East Asian Width Ambiguous (private use included).
pub(super) fn is_east_asian_ambiguous(c: char) -> bool {
    let u = u32::from(c);
    let at = table::AMBIGUOUS.partition_point(|&(_, last)| last < u);
    table::AMBIGUOUS
        .get(at)
        .is_some_and(|&(first, _)| first <= u)
}

#[cfg(test)]
mod tests {
    use icu_properties::CodePointMapData;
    use icu_properties::props::EastAsianWidth;

    use super::*;

    /// The table against the property itself at every code point: a range cut short, one
    /// too many, or out of order (the search would miss it) shows here. icu gives the
    /// property as ranges of one value each, which cover every code point; walking them
    /// rather than looking each code point up keeps this well under a second in debug.
    #[test]
    fn the_table_is_the_property_at_every_code_point() {
        let map = CodePointMapData::<EastAsianWidth>::new();
        let mut wrong = Vec::new();
        let mut seen = 0u32;
        for range in map.iter_ranges() {
            let ambiguous = range.value == EastAsianWidth::Ambiguous;
            for c in range.range.clone().filter_map(char::from_u32) {
                if is_east_asian_ambiguous(c) != ambiguous && wrong.len() < 10 {
                    wrong.push(format!("U+{:04X}", u32::from(c)));
                }
            }
            seen += range.range.end() - range.range.start() + 1;
        }
        assert_eq!(seen, 0x11_0000, "icu's ranges cover every code point");
        assert!(
            wrong.is_empty(),
            "the table differs from icu_properties at {wrong:?}: run `cargo run --example ambiguous_table`"
        );
    }
}
