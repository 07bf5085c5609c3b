//! Cutting a text to a width: whole clusters only, an ellipsis only where it fits, and a
//! wide character that would cross the edge replaced by padding.

use unicode_segmentation::UnicodeSegmentation;

use super::profile::Profile;
use super::width::{cluster_width, display_width, pad_to_width};

/// The text cut to at most `width` columns, ending in an ellipsis when anything was cut.
/// A bracket the cut leaves open is closed after the ellipsis (「APNIC（アジア太平洋…）」),
/// because a reader otherwise looks for where the aside ends; an opening bracket the cut
/// would leave with nothing in it goes, with its aside, instead.
pub fn truncate(text: &str, width: usize, profile: &Profile) -> String {
    let text = &super::wrap::tabs_as_spaces(text);
    if display_width(text, profile) <= width {
        return text.to_string();
    }
    let ellipsis = profile.ellipsis();
    let ellipsis_width = display_width(ellipsis, profile);
    if ellipsis_width > width {
        return kept_clusters(text, width, profile).concat();
    }
    let mut kept = kept_clusters(text, width - ellipsis_width, profile);
    loop {
        while kept.last().is_some_and(|c| closing_of(c).is_some()) {
            kept.pop();
        }
        let closers = unclosed(&kept);
        let used: usize = kept.iter().map(|c| cluster_width(c, profile)).sum();
        if used + ellipsis_width + display_width(&closers, profile) <= width || kept.is_empty() {
            let mut out = kept.concat();
            out.push_str(ellipsis);
            if !kept.is_empty() {
                out.push_str(&closers);
            }
            return out;
        }
        kept.pop();
    }
}

/// The first clusters of `text` that fit in `room` columns.
fn kept_clusters<'a>(text: &'a str, room: usize, profile: &Profile) -> Vec<&'a str> {
    let mut kept = Vec::new();
    let mut used = 0;
    for cluster in text.graphemes(true) {
        let w = cluster_width(cluster, profile);
        if used + w > room {
            break;
        }
        kept.push(cluster);
        used += w;
    }
    kept
}

/// The brackets of Japanese, Chinese and Latin text that enclose an aside.
const BRACKETS: [(&str, &str); 11] = [
    ("（", "）"),
    ("「", "」"),
    ("『", "』"),
    ("〔", "〕"),
    ("【", "】"),
    ("〈", "〉"),
    ("《", "》"),
    ("［", "］"),
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
];

fn closing_of(cluster: &str) -> Option<&'static str> {
    BRACKETS
        .iter()
        .find(|(open, _)| *open == cluster)
        .map(|(_, close)| *close)
}

/// The closing brackets that the clusters leave owed, innermost first.
fn unclosed(clusters: &[&str]) -> String {
    let mut open: Vec<&'static str> = Vec::new();
    for cluster in clusters {
        if let Some(close) = closing_of(cluster) {
            open.push(close);
        } else if open.last() == Some(cluster) {
            open.pop();
        }
    }
    open.iter().rev().copied().collect()
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
    fn a_bracket_left_open_by_the_cut_is_closed_after_the_ellipsis() {
        let p = Profile::default();
        let apnic = "APNIC（アジア太平洋ネットワーク情報センター）";
        assert_eq!(
            truncate(apnic, 40, &p),
            "APNIC（アジア太平洋ネットワーク情報セ…）"
        );
        assert_eq!(display_width(&truncate(apnic, 40, &p), &p), 40);
        assert_eq!(
            truncate("張朝陽（チャールズ・チャン〔捜狐〕）", 26, &p),
            "張朝陽（チャールズ・チ…）"
        );
        assert_eq!(
            truncate("馬雲（「アリババ」創業者）", 17, &p),
            "馬雲（「アリ…」）"
        );
        assert_eq!(truncate("Ma Kai (Vice Premier)", 12, &p), "Ma Kai (Vi…)");
        assert_eq!(
            truncate("世界インターネット大会（国際組織）", 24, &p),
            "世界インターネット大会…",
            "an opening bracket with nothing left in it goes"
        );
        assert_eq!(
            truncate("（あいうえお）", 3, &p),
            "…",
            "nothing but the bracket"
        );
        let closed = "ICANN（米国）の会合";
        assert_eq!(
            truncate(closed, 16, &p),
            "ICANN（米国）の…",
            "a closed aside owes nothing"
        );
    }

    #[test]
    fn clusters_are_never_split() {
        let p = Profile::default();
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2, &p), "e\u{301}…");
        assert_eq!(truncate("🇯🇵🇯🇵", 3, &p), "🇯🇵…");
    }
}
