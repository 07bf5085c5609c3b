//! Wrapping and truncating hold for any text at any width, under every terminal profile:
//! no line too wide, no grapheme cluster split, nothing lost but the spaces at breaks.

use confer::text::{
    AmbiguousWidth, EmojiSequences, Profile, Vs16, cluster_width, display_width, fit, truncate,
    wrap,
};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn profile() -> impl Strategy<Value = Profile> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(a, b, e, v)| Profile {
        ambiguous: if a {
            AmbiguousWidth::Wide
        } else {
            AmbiguousWidth::Narrow
        },
        box_drawing: if b {
            AmbiguousWidth::Wide
        } else {
            AmbiguousWidth::Narrow
        },
        emoji_sequences: if e {
            EmojiSequences::Apart
        } else {
            EmojiSequences::Joined
        },
        vs16: if v { Vs16::Narrow } else { Vs16::Wide },
        hyperlinks: false,
    })
}

/// Any Unicode, weighted towards what content holds: CJK, kana, punctuation that kinsoku
/// cares about, digits, spaces, line breaks, combining marks, emoji sequences.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "[ 　\n]",
        "[0-9,.%+]{1,6}",
        "[a-zA-Z]{1,12}",
        "[漢字烏鎮会議参加者年月人万]{1,8}",
        "[ぁ-んァ-ヶー]{1,8}",
        "[、。，．・：；？！」』）「『（【】]",
        Just("e\u{301}".to_string()),
        Just("👨\u{200d}👩\u{200d}👧".to_string()),
        Just("🇯🇵".to_string()),
        Just("❤\u{fe0f}".to_string()),
        Just("👍🏽".to_string()),
        Just("·①※…─│é".to_string()),
        Just("\u{200b}\u{ad}".to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn boundaries(s: &str) -> Vec<usize> {
    let mut b: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| i).collect();
    b.push(s.len());
    b
}

/// A number and its counter, as Japanese writes them.
const COUNTED: &[&str] = &[
    "4日間",
    "130か国",
    "16件",
    "1,600人",
    "約600人増",
    "8億9,300万件",
    "2014年",
    "24の分科会",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Wherever a line breaks, a number is never parted from its counter.
    #[test]
    fn a_number_stays_with_its_counter(
        parts in prop::collection::vec((0usize..COUNTED.len(), "[亜-熙]{0,6}"), 1..8),
        width in 14usize..40,
    ) {
        let text: String = parts
            .iter()
            .map(|(k, filler)| format!("{filler}{}、", COUNTED[*k]))
            .collect();
        let lines = wrap(&text, width, &Profile::default());
        for (k, _) in &parts {
            let counted = COUNTED[*k];
            // The unit's number and its first two characters after the number stand on one line.
            let digits_end = counted.rfind(|c: char| c.is_ascii_digit()).unwrap() + 1;
            let unit: String = counted[..digits_end]
                .chars()
                .chain(counted[digits_end..].chars().take(2))
                .collect();
            let head = unit.trim_start_matches(|c: char| !c.is_ascii_digit()).to_string();
            prop_assert!(
                lines.iter().any(|l| l.contains(&head)),
                "{head:?} split in {lines:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn wrapped_lines_fit_keep_clusters_and_lose_only_break_spaces(
        text in text(), width in 1usize..200, profile in profile()
    ) {
        let lines = wrap(&text, width, &profile);
        // A tab is shown as a space: the lines are cut from the text as shown.
        let text = text.replace('\t', " ");
        let cuts = boundaries(&text);
        let mut pos = 0;
        for line in &lines {
            let w = display_width(line, &profile);
            let lone_cluster = line.graphemes(true).count() == 1;
            prop_assert!(w <= width || lone_cluster, "{line:?} is {w} wide at width {width}");
            // Between lines only whitespace (the break spaces and line breaks) is skipped.
            while !text[pos..].starts_with(line.as_str()) {
                let c = text[pos..].chars().next();
                prop_assert!(c.is_some_and(char::is_whitespace), "{line:?} not next in {text:?} at {pos}");
                pos += c.map_or(1, char::len_utf8);
            }
            if !line.is_empty() {
                prop_assert!(cuts.binary_search(&pos).is_ok(), "line starts inside a cluster");
                prop_assert!(cuts.binary_search(&(pos + line.len())).is_ok(), "line ends inside a cluster");
            }
            pos += line.len();
        }
        prop_assert!(text[pos..].chars().all(char::is_whitespace), "lost {:?}", &text[pos..]);
    }

    #[test]
    fn truncated_text_fits_and_is_a_prefix(text in text(), width in 0usize..200, profile in profile()) {
        let cut = truncate(&text, width, &profile);
        // A tab is shown as a space: the cut is a prefix of the text as shown.
        let text = text.replace('\t', " ");
        prop_assert!(display_width(&cut, &profile) <= width);
        // What was cut ends in the ellipsis and the closing brackets of the asides it cut.
        let kept = match cut.rfind(profile.ellipsis()) {
            Some(at) if cut != text => {
                let closers = &cut[at + profile.ellipsis().len()..];
                prop_assert!(closers.chars().all(|c| "）」』〕】〉》］)]}".contains(c)), "{closers:?}");
                &cut[..at]
            }
            _ => cut.as_str(),
        };
        prop_assert!(text.starts_with(kept));
        prop_assert!(boundaries(&text).binary_search(&kept.len()).is_ok(), "cut inside a cluster");
        let fitted = fit(&text, width, &profile);
        prop_assert_eq!(display_width(&fitted, &profile), width);
    }

    #[test]
    fn width_is_the_sum_of_cluster_widths(text in text(), profile in profile()) {
        let sum: usize = text.graphemes(true).map(|g| cluster_width(g, &profile)).sum();
        prop_assert_eq!(display_width(&text, &profile), sum);
    }
}
