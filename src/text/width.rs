//! Display width in terminal columns under a [`Profile`], by grapheme cluster, so that a
//! combining mark, a flag or an emoji sequence is measured as the terminal draws it.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::ambiguous::is_east_asian_ambiguous;
use super::profile::{AmbiguousWidth, EmojiSequences, Profile, Vs16};

const ZWJ: char = '\u{200d}';
const VS16: char = '\u{fe0f}';

fn is_skin_tone(c: char) -> bool {
    ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)
}

/// East Asian Ambiguous by the Unicode property itself (unicode-width's CJK mode leaves out
/// letters such as é that terminals set to "double" still widen). Private use is left out,
/// as terminals leave it out.
pub fn is_ambiguous(c: char) -> bool {
    !('\u{e000}'..='\u{f8ff}').contains(&c)
        && !('\u{f0000}'..='\u{10ffff}').contains(&c)
        && is_east_asian_ambiguous(c)
}

/// Whether this terminal draws a one-column character two columns wide.
fn widened(c: char, profile: &Profile) -> bool {
    let setting = if is_box_drawing(c) {
        profile.box_drawing
    } else {
        profile.ambiguous
    };
    setting == AmbiguousWidth::Wide && c.width() == Some(1) && is_ambiguous(c)
}

fn char_width(c: char, profile: &Profile) -> usize {
    c.width().unwrap_or(0) + usize::from(widened(c, profile))
}

/// Box drawing and block elements: U+2500..U+259F.
fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{259f}').contains(&c)
}

fn is_emoji_sequence(cluster: &str) -> bool {
    cluster.chars().count() > 1 && cluster.chars().any(|c| c == ZWJ || is_skin_tone(c))
}

/// The parts a terminal without emoji sequences draws: split at each ZWJ (which it draws as
/// nothing) and before each skin-tone modifier.
fn emoji_parts(cluster: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in cluster.char_indices() {
        if c == ZWJ || (is_skin_tone(c) && i > start) {
            if i > start {
                parts.push(&cluster[start..i]);
            }
            start = if c == ZWJ { i + c.len_utf8() } else { i };
        }
    }
    if start < cluster.len() {
        parts.push(&cluster[start..]);
    }
    parts
}

/// The parts of an emoji sequence a terminal with this profile draws apart; `None` where it
/// draws the cluster whole. Only ever smaller parts: a sequence that does not split (a
/// skin-tone modifier with a combining mark, `🏽\u{301}`) came back whole, and measuring
/// it part by part recursed until the stack ran out.
fn drawn_apart<'a>(cluster: &'a str, profile: &Profile) -> Option<Vec<&'a str>> {
    if profile.emoji_sequences != EmojiSequences::Apart || !is_emoji_sequence(cluster) {
        return None;
    }
    let parts = emoji_parts(cluster);
    (parts != [cluster]).then_some(parts)
}

/// Columns one grapheme cluster takes in a terminal with this profile.
pub fn cluster_width(cluster: &str, profile: &Profile) -> usize {
    let mut chars = cluster.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return 0,
        (Some(c), None) => return char_width(c, profile),
        _ => {}
    }
    if let Some(parts) = drawn_apart(cluster, profile) {
        return parts
            .into_iter()
            .map(|part| cluster_width(part, profile))
            .sum();
    }
    if cluster.contains(VS16) {
        return match profile.vs16 {
            Vs16::Wide => cluster.width(),
            Vs16::Narrow => cluster_width(&cluster.replace(VS16, ""), profile),
        };
    }
    cluster.width() + cluster.chars().filter(|&c| widened(c, profile)).count()
}

/// A character that is always a grapheme cluster of its own, whatever is around it: most
/// of what content holds (ASCII, Latin-1, general punctuation, kana, CJK ideographs and
/// punctuation, full-width forms). A string of only these needs no segmentation, which is
/// where the time goes otherwise.
pub(crate) fn is_standalone(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{a0}'..='\u{ac}' | '\u{ae}'..='\u{ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{3000}'..='\u{3029}' | '\u{3030}'..='\u{303f}'
        | '\u{3041}'..='\u{3096}' | '\u{309b}'..='\u{309f}' | '\u{30a0}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{ff01}'..='\u{ff9d}')
}

/// Columns the string takes in a terminal with this profile.
pub fn display_width(s: &str, profile: &Profile) -> usize {
    if s.chars().all(is_standalone) {
        return s.chars().map(|c| char_width(c, profile)).sum();
    }
    s.graphemes(true).map(|g| cluster_width(g, profile)).sum()
}

/// The string followed by spaces up to `width` columns (unchanged when already as wide).
pub fn pad_to_width(s: &str, width: usize, profile: &Profile) -> String {
    let mut out = String::from(s);
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(s, profile)),
    ));
    out
}

/// One cell's worth of drawing: what to write, and how many columns the terminal advances.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glyph<'a> {
    pub symbol: Cow<'a, str>,
    pub width: usize,
}

/// The string as the glyphs to draw under this profile: emoji sequences split where the
/// terminal draws them apart, VS16 dropped where it draws the base narrow, invisible clusters
/// left out (they never get a cell of their own), tabs and line breaks drawn as a space.
pub fn glyphs<'a>(s: &'a str, profile: &Profile) -> Vec<Glyph<'a>> {
    // Printable ASCII is one column a byte on every terminal and under every profile, and
    // most of what is drawn: no need to find grapheme clusters in it.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return (0..s.len())
            .map(|i| Glyph {
                symbol: Cow::Borrowed(&s[i..i + 1]),
                width: 1,
            })
            .collect();
    }
    let mut out = Vec::new();
    for cluster in s.graphemes(true) {
        if matches!(cluster, "\t" | "\n" | "\r\n") {
            out.push(Glyph {
                symbol: Cow::Borrowed(" "),
                width: 1,
            });
        } else if let Some(parts) = drawn_apart(cluster, profile) {
            out.extend(glyphs_of(parts, profile));
        } else if profile.vs16 == Vs16::Narrow && cluster.contains(VS16) {
            let symbol = cluster.replace(VS16, "");
            let width = cluster_width(&symbol, profile);
            if width > 0 {
                out.push(Glyph {
                    symbol: Cow::Owned(symbol),
                    width,
                });
            }
        } else {
            let width = cluster_width(cluster, profile);
            if width > 0 {
                out.push(Glyph {
                    symbol: Cow::Borrowed(cluster),
                    width,
                });
            }
        }
    }
    out
}

fn glyphs_of<'a>(parts: Vec<&'a str>, profile: &Profile) -> Vec<Glyph<'a>> {
    parts
        .into_iter()
        .flat_map(|part| glyphs(part, profile))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrow() -> Profile {
        Profile::default()
    }

    fn wide() -> Profile {
        Profile::ambiguous_wide()
    }

    /// The terminal screencheck uses: tmux, which draws emoji sequences apart and VS16 narrow.
    fn tmux(ambiguous: AmbiguousWidth) -> Profile {
        Profile {
            ambiguous,
            box_drawing: ambiguous,
            emoji_sequences: EmojiSequences::Apart,
            vs16: Vs16::Narrow,
            hyperlinks: false,
        }
    }

    /// A skin-tone modifier that starts its own cluster, with a combining mark after it, is
    /// an emoji sequence that does not split: measuring it recursed until the stack ran out
    /// (found by the text property tests, once in a few thousand inputs).
    #[test]
    fn a_cluster_that_does_not_split_into_emoji_parts_is_measured_whole() {
        for text in ["🏽\u{301}", "x🏽\u{301}y", "\u{200d}🏽\u{301}"] {
            for profile in [
                narrow(),
                wide(),
                tmux(AmbiguousWidth::Narrow),
                tmux(AmbiguousWidth::Wide),
            ] {
                let width = display_width(text, &profile);
                let drawn: usize = glyphs(text, &profile).iter().map(|g| g.width).sum();
                assert_eq!(drawn, width, "{text:?} {profile:?}");
                assert!(width >= 2, "{text:?} {profile:?}");
                let lines = crate::text::wrap(text, 3, &profile);
                assert!(lines.iter().all(|l| display_width(l, &profile) <= 3));
            }
        }
    }

    /// Each row of shared/cjk-cases.md: unicode-width's view (the default profile),
    /// tmux, and tmux with ambiguous characters two columns wide.
    #[test]
    fn the_cases_of_cjk_cases_md() {
        let cases: &[(&str, usize, usize, usize)] = &[
            ("漢字", 4, 4, 4),
            ("ｶﾀｶﾅ", 4, 4, 4),
            ("ＡＢＣ", 6, 6, 6),
            ("互联互通·共享共治", 17, 17, 18),
            ("“引用”", 6, 6, 8),
            ("e\u{301}", 1, 1, 1),
            ("🇯🇵", 2, 2, 2),
            ("👨\u{200d}👩\u{200d}👧", 2, 6, 6),
            ("❤\u{fe0f}", 2, 1, 1),
            ("👍🏽", 2, 4, 4),
            ("\u{200b}", 0, 0, 0),
            ("\u{ad}", 0, 0, 0),
            ("【編集部解説】", 14, 14, 14),
        ];
        for &(s, uw, tmux_narrow, tmux_wide) in cases {
            assert_eq!(display_width(s, &narrow()), uw, "{s:?} default");
            assert_eq!(
                display_width(s, &tmux(AmbiguousWidth::Narrow)),
                tmux_narrow,
                "{s:?} tmux"
            );
            assert_eq!(
                display_width(s, &tmux(AmbiguousWidth::Wide)),
                tmux_wide,
                "{s:?} amb=2"
            );
        }
    }

    #[test]
    fn every_ambiguous_symbol_of_the_cases_widens() {
        for s in [
            "①", "※", "○", "■", "…", "―", "→", "×", "°", "№", "─", "│", "┌", "┐", "└", "┘", "█",
            "▀", "é", "Ø", "Æ", "ß", "Α", "·",
        ] {
            assert_eq!(display_width(s, &narrow()), 1, "{s} narrow");
            assert_eq!(display_width(s, &wide()), 2, "{s} wide");
        }
        // unicode-width's CJK mode would call these narrow; the property says ambiguous.
        assert!(is_ambiguous('é') && is_ambiguous('Α') && !is_ambiguous('a'));
    }

    #[test]
    fn box_drawing_can_be_wide_on_its_own() {
        let profile = Profile {
            box_drawing: AmbiguousWidth::Wide,
            ..Profile::default()
        };
        assert_eq!(display_width("┌─┐", &profile), 6);
        assert_eq!(display_width("①", &profile), 1);
        assert_eq!(profile.border_set().top_left, "+");
        assert_eq!(Profile::default().border_set().top_left, "┌");
    }

    #[test]
    fn glyphs_draw_sequences_as_the_terminal_does() {
        let family = "👨\u{200d}👩\u{200d}👧";
        let apart = tmux(AmbiguousWidth::Narrow);
        let drawn: Vec<(String, usize)> = glyphs(family, &apart)
            .into_iter()
            .map(|g| (g.symbol.into_owned(), g.width))
            .collect();
        assert_eq!(
            drawn,
            [("👨".into(), 2), ("👩".into(), 2), ("👧".into(), 2)]
        );
        let heart = glyphs("❤\u{fe0f}", &apart);
        assert_eq!((heart[0].symbol.as_ref(), heart[0].width), ("❤", 1));
        assert_eq!(glyphs(family, &narrow()).len(), 1, "joined: one glyph");
        assert!(
            glyphs("a\u{200b}b", &narrow()).iter().all(|g| g.width == 1),
            "no cell for ZWSP"
        );
        let total: usize = glyphs("👍🏽x", &apart).iter().map(|g| g.width).sum();
        assert_eq!(total, display_width("👍🏽x", &apart));
    }

    #[test]
    fn padding_counts_columns_under_the_profile() {
        assert_eq!(pad_to_width("烏鎮", 6, &narrow()), "烏鎮  ");
        assert_eq!(pad_to_width("·", 3, &narrow()), "·  ");
        assert_eq!(pad_to_width("·", 3, &wide()), "· ");
        assert_eq!(pad_to_width("Wuzhen", 3, &narrow()), "Wuzhen");
    }
}
