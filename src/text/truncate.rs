//! Cutting a text to a width: whole clusters only, an ellipsis only where it fits, and a
//! wide character that would cross the edge replaced by padding.

use unicode_segmentation::UnicodeSegmentation;

use super::profile::Profile;
use super::width::{cluster_width, display_width, pad_to_width};

/// The text cut to at most `width` columns, ending in an ellipsis when anything was cut.
pub fn truncate(text: &str, width: usize, profile: &Profile) -> String {
    let text = &super::wrap::tabs_as_spaces(text);
    if display_width(text, profile) <= width {
        return text.to_string();
    }
    let ellipsis = profile.ellipsis();
    let ellipsis_width = display_width(ellipsis, profile);
    let (room, tail) = if ellipsis_width <= width {
        (width - ellipsis_width, ellipsis)
    } else {
        (width, "")
    };
    let mut out = String::new();
    let mut used = 0;
    for cluster in text.graphemes(true) {
        let w = cluster_width(cluster, profile);
        if used + w > room {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    out.push_str(tail);
    out
}

/// Exactly `width` columns: truncated, then padded with spaces.
pub fn fit(text: &str, width: usize, profile: &Profile) -> String {
    pad_to_width(&truncate(text, width, profile), width, profile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_comes_out_as_a_space() {
        let p = Profile::default();
        assert_eq!(truncate("State\tCouncil", 20, &p), "State Council");
        assert_eq!(fit("a\tb", 4, &p), "a b ");
    }

    #[test]
    fn an_ellipsis_only_where_something_was_cut() {
        let p = Profile::default();
        assert_eq!(truncate("Wuzhen", 6, &p), "Wuzhen");
        assert_eq!(truncate("Wuzhen Summit", 8, &p), "Wuzhen …");
        assert_eq!(truncate("Wuzhen", 0, &p), "");
    }

    #[test]
    fn a_wide_character_crossing_the_edge_is_dropped_and_padded() {
        let p = Profile::default();
        assert_eq!(truncate("烏鎮サミット", 6, &p), "烏鎮…");
        assert_eq!(fit("烏鎮サミット", 6, &p), "烏鎮… ");
        assert_eq!(display_width(&fit("烏鎮サミット", 6, &p), &p), 6);
        assert_eq!(fit("烏鎮", 3, &p), "烏…");
        assert_eq!(
            fit("烏", 1, &p),
            "…",
            "something was cut, and the ellipsis fits"
        );
    }

    #[test]
    fn with_ambiguous_wide_the_ellipsis_is_ascii() {
        let p = Profile::ambiguous_wide();
        assert_eq!(truncate("互联互通·共享共治", 10, &p), "互联互...");
        assert_eq!(display_width(&fit("①②③④⑤", 7, &p), &p), 7);
    }

    #[test]
    fn clusters_are_never_split() {
        let p = Profile::default();
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2, &p), "e\u{301}…");
        assert_eq!(truncate("🇯🇵🇯🇵", 3, &p), "🇯🇵…");
    }
}
