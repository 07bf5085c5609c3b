//! Line breaking for Japanese, Chinese and English: UAX #14 break opportunities, narrowed by
//! Japanese kinsoku rules and by keeping numbers whole, then filled greedily to a width.

use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation;

use super::profile::Profile;
use super::width::{cluster_width, display_width, is_standalone};

/// Characters that may not begin a line (closing punctuation, small kana, the prolonged
/// sound mark, the iteration mark).
const NO_LINE_START: &str = "、。，．・：；？！ー」』）］｝〕〉》】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々,.:;?!)]}%";

/// Characters that may not end a line (opening brackets).
const NO_LINE_END: &str = "「『（［｛〔〈《【([{";

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Kanji and kana: what a Japanese counter or unit is written in (日間, か国, 件, 万人).
fn is_kanji_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// Whether a line may break before byte `at`, where UAX #14 says it may.
fn allowed(text: &str, at: usize) -> bool {
    let mut back = text[..at].chars().rev();
    let (before, before_that) = (back.next(), back.next());
    // A counter of two characters stays whole after its number: "4日間", "130か国", "600人増".
    if let (Some(b), Some(bb), Some(a)) = (before, before_that, text[at..].chars().next())
        && is_digit(bb)
        && is_kanji_or_kana(b)
        && is_kanji_or_kana(a)
    {
        return false;
    }
    let after = text[at..].chars().next();
    let (Some(before), Some(after)) = (before, after) else {
        return true;
    };
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    // A number stays with what it is joined to: "2014年11月", "1,600人", "+265%", "約600".
    if is_digit(before) && !after.is_whitespace() {
        return false;
    }
    if is_digit(after) && !before.is_whitespace() {
        // Japanese text may break before a number ("…の|130か国") unless what comes before
        // belongs to it: a prefix (約600, 第2回) or the unit of a number that goes on
        // (2014年11月, 8億9,300万).
        let unit_goes_on = NUMBER_UNITS.contains(before) && before_that.is_some_and(is_digit);
        let joined = NUMBER_PREFIXES.contains(before)
            || NUMBER_SIGNS.contains(before)
            || before.is_alphanumeric() && !is_kanji_or_kana(before)
            || unit_goes_on;
        if joined {
            return false;
        }
    }
    true
}

/// What stands before a number as part of it: 約600, 第2回, 全16件.
const NUMBER_PREFIXES: &str = "約第全計各毎総延同";

/// Signs and separators that belong to the number after them: +600, ¥100, 3.5, 1,600.
const NUMBER_SIGNS: &str = "+-−±~〜～#＃$＄¥￥€£.,:/";

/// Units after which a number goes on: 2014年11月19日, 8億9,300万.
const NUMBER_UNITS: &str = "年月日時分万億兆";

/// Wraps `text` to lines of at most `width` columns (a cluster wider than the whole width
/// stands alone on its line). Line breaks in the text are kept; the spaces where a line was
/// broken are dropped; a tab becomes a space, as every screen draws it, so that a printed
/// line is as wide as it was measured; nothing else is lost, and no grapheme cluster is
/// ever split.
pub fn wrap(text: &str, width: usize, profile: &Profile) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        let paragraph = tabs_as_spaces(paragraph);
        wrap_paragraph(&paragraph, width, profile, &mut lines);
    }
    lines
}

/// A tab kept in a text (data goes out as it came in) is one blank column wherever it is shown.
pub(super) fn tabs_as_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\t') {
        std::borrow::Cow::Owned(text.replace('\t', " "))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn wrap_paragraph(text: &str, width: usize, profile: &Profile, lines: &mut Vec<String>) {
    // Where every character stands alone, every character boundary is a cluster boundary.
    let boundaries: Option<Vec<usize>> = (!text.chars().all(is_standalone))
        .then(|| text.grapheme_indices(true).map(|(i, _)| i).collect());
    let on_boundary = |at: &usize| {
        boundaries
            .as_ref()
            .is_none_or(|b| b.binary_search(at).is_ok())
    };
    let mut breaks: Vec<usize> = linebreaks(text)
        .filter(|&(at, kind)| kind == BreakOpportunity::Allowed && at < text.len())
        .map(|(at, _)| at)
        .filter(|at| on_boundary(at) && allowed(text, *at))
        .collect();
    breaks.push(text.len());

    let mut line = String::new();
    let mut line_width = 0;
    let mut start = 0;
    for end in breaks {
        let segment = &text[start..end];
        start = end;
        let visible = segment.trim_end();
        let visible_width = display_width(visible, profile);
        let segment_width = visible_width + display_width(&segment[visible.len()..], profile);
        if line_width + visible_width <= width {
            line.push_str(segment);
            line_width += segment_width;
            continue;
        }
        if !line.trim_end().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        if visible_width <= width {
            line = segment.to_string();
            line_width = segment_width;
        } else {
            // A word longer than the line: only now break inside it, between clusters.
            let mut pieces = hard_split(segment, width, profile);
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces.into_iter().map(|p| p.trim_end().to_string()));
            line_width = display_width(&last, profile);
            line = last;
        }
    }
    lines.push(line.trim_end().to_string());
}

/// Splits a run that has no allowed break into lines of at most `width` columns, moving a
/// break back where it would start a line with closing punctuation or small kana, or end
/// one with an opening bracket, while the line keeps at least one cluster.
fn hard_split(segment: &str, width: usize, profile: &Profile) -> Vec<String> {
    let clusters: Vec<&str> = segment.graphemes(true).collect();
    let widths: Vec<usize> = clusters.iter().map(|c| cluster_width(c, profile)).collect();
    let first_char = |i: usize| clusters[i].chars().next().unwrap_or(' ');
    let last_char = |i: usize| clusters[i].chars().next_back().unwrap_or(' ');
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < clusters.len() {
        let mut end = start;
        let mut used = 0;
        while end < clusters.len() && (end == start || used + widths[end] <= width) {
            used += widths[end];
            end += 1;
        }
        if end < clusters.len() {
            // The latest place where every rule allows a break (kinsoku, numbers with their
            // counters); failing that, the latest that only parts a number from the prefix
            // before it (毎|8億9,300万件 rather than 8億9,300万|件); failing that, the latest
            // where kinsoku alone does.
            let offset = |k: usize| clusters[..k].concat().len();
            let kinsoku_ok = |k: usize| {
                !(NO_LINE_START.contains(first_char(k)) || NO_LINE_END.contains(last_char(k - 1)))
            };
            let after_prefix =
                |k: usize| is_digit(first_char(k)) && NUMBER_PREFIXES.contains(last_char(k - 1));
            let latest = |rule: &dyn Fn(usize) -> bool| (start + 1..=end).rev().find(|&k| rule(k));
            end = latest(&|k| kinsoku_ok(k) && allowed(segment, offset(k)))
                .or_else(|| latest(&|k| kinsoku_ok(k) && after_prefix(k)))
                .or_else(|| latest(&kinsoku_ok))
                .unwrap_or(start + 1);
        }
        pieces.push(clusters[start..end].concat());
        start = end;
    }
    pieces
}

/// `text` wrapped to `width`, its lines after the first under the text that follows `lead`
/// ("* Counted differently…" continues under "Counted").
pub fn hanging(text: &str, lead: &str, width: usize, profile: &Profile) -> Vec<String> {
    let Some(rest) = text.strip_prefix(lead).map(str::trim_start) else {
        return wrap(text, width, profile);
    };
    let indent = display_width(lead, profile) + 1;
    let mut lines = wrap(rest, width.saturating_sub(indent).max(1), profile).into_iter();
    let first = lines.next().unwrap_or_default();
    std::iter::once(format!("{lead} {first}"))
        .chain(lines.map(|line| format!("{}{line}", " ".repeat(indent))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::profile::{AmbiguousWidth, EmojiSequences, Vs16};

    fn wrapped(text: &str, width: usize) -> Vec<String> {
        wrap(text, width, &Profile::default())
    }
    #[test]
    fn a_number_keeps_its_counter_and_may_start_a_line() {
        // 「会期は4日間」: the break falls before the number, not inside 4日間.
        assert_eq!(wrapped("会期は4日間", 9), ["会期は", "4日間"]);
        assert_eq!(wrapped("参加は130か国", 12), ["参加は", "130か国"]);
        // A prefix goes with its number: 約600 is never parted.
        assert_eq!(wrapped("参加者は約600人増", 12), ["参加者は", "約600人増"]);
        // A date stays whole.
        assert_eq!(wrapped("会期は2014年11月", 14), ["会期は", "2014年11月"]);
        // When a prefix, its number and the counter do not fit on one line together, the
        // prefix gives way, not the counter (found by the property tests).
        assert_eq!(wrapped("毎8億9,300万件、", 14), ["毎", "8億9,300万件、"]);
    }

    #[test]
    fn english_breaks_at_spaces() {
        assert_eq!(
            wrapped("An Interconnected World Shared", 14),
            ["An", "Interconnected", "World Shared"]
        );
        assert_eq!(wrapped("one two three", 7), ["one two", "three"]);
    }

    #[test]
    fn numbers_are_never_split() {
        for (text, width) in [
            ("参加者1,000名が集まった", 8),
            ("1,600人以上が参加", 8),
            ("2014年11月に開催", 10),
            ("前年比+265%増", 7),
            ("8,500万以上のリンク", 7),
        ] {
            let lines = wrapped(text, width);
            for number in ["1,000", "1,600人", "2014年11月", "+265%", "8,500万"] {
                if text.contains(number) {
                    assert!(
                        lines.iter().any(|l| l.contains(number)),
                        "{number} split in {lines:?}"
                    );
                }
            }
            assert!(
                lines
                    .iter()
                    .all(|l| display_width(l, &Profile::default()) <= width),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn kinsoku_no_line_starts_with_closing_punctuation_or_small_kana() {
        let text = "中国政府が威信にかけて開催した。ネットビジネスの大物が多数参加し、西側諸国政府は事実上不参加だった。「対話」の姿勢をみせる。ジャック・マーとポニー・マー、キャッシュレス。";
        // From 8 columns every unbreakable run fits; narrower, a run must be cut (best effort).
        for width in 8..40 {
            let lines = wrapped(text, width);
            for line in &lines[1..] {
                let first = line.chars().next().unwrap();
                assert!(
                    !NO_LINE_START.contains(first),
                    "width {width}: {line:?} in {lines:?}"
                );
            }
            for line in &lines[..lines.len() - 1] {
                let last = line.chars().next_back().unwrap();
                assert!(
                    !NO_LINE_END.contains(last),
                    "width {width}: {line:?} in {lines:?}"
                );
            }
            assert_eq!(lines.concat(), text, "nothing lost at width {width}");
        }
    }

    #[test]
    fn latin_inside_japanese_breaks_at_spaces_only() {
        let lines = wrapped("展示にはBlack Myth: Wukongが並んだ", 14);
        assert!(
            lines
                .iter()
                .all(|l| !l.ends_with("Bla") && !l.starts_with("ck")),
            "{lines:?}"
        );
        assert!(lines.iter().any(|l| l.contains("Wukong")), "{lines:?}");
    }

    #[test]
    fn a_word_longer_than_the_line_breaks_between_clusters() {
        assert_eq!(wrapped("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        let profile = Profile {
            emoji_sequences: EmojiSequences::Apart,
            vs16: Vs16::Narrow,
            ambiguous: AmbiguousWidth::Narrow,
            box_drawing: AmbiguousWidth::Narrow,
            hyperlinks: false,
        };
        let family = "👨\u{200d}👩\u{200d}👧";
        let lines = wrap(&format!("{family}{family}"), 8, &profile);
        assert_eq!(lines, [family, family], "a 6-column cluster is not split");
    }

    #[test]
    fn a_tab_is_a_space_where_a_line_may_break() {
        assert_eq!(wrapped("State\tCouncil", 40), vec!["State Council"]);
        assert_eq!(wrapped("State\tCouncil", 6), vec!["State", "Counci", "l"]);
    }

    #[test]
    fn line_breaks_in_the_text_are_kept() {
        assert_eq!(
            wrapped("one\ntwo three\r\n\nfour", 20),
            ["one", "two three", "", "four"]
        );
    }

    #[test]
    fn a_3000_character_paragraph_without_spaces() {
        let text: String = "会議は烏鎮で開かれ、".repeat(300);
        let lines = wrapped(&text, 37);
        assert!(
            lines
                .iter()
                .all(|l| display_width(l, &Profile::default()) <= 37)
        );
        assert_eq!(lines.concat(), text);
        assert!(lines.len() > 150);
    }
}
