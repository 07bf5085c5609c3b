//! A web address laid out in a column, after its label: whole on one line wherever it fits,
//! never broken inside where it does, and where it is wider than the column, either whole
//! past the column (printed text) or in pieces each marked as going on (a screen).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::profile::Profile;
use super::width::{cluster_width, display_width};
use super::wrap::wrap;

/// Ends each piece of an address cut over lines. A piece ending without it could read, and
/// be clicked or copied, as a complete address ("https://…/2014-12/24/"); an ellipsis would
/// say something was left out, when the rest is on the next line. Not an ambiguous
/// character (one column in every terminal), not an emoji, and never part of an address.
pub const GOES_ON: &str = "↵";

/// What to do with an address wider than the whole column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overflow {
    /// Pieces of the column's width, each but the last ending in [`GOES_ON`]: a screen has
    /// nowhere else to put it. A terminal that takes links still opens the whole address
    /// from any piece.
    Pieces,
    /// Whole on one line, past the column: text for a pager or a file, where the terminal
    /// or the pager wraps it softly, so it stays one line to select, copy and click.
    Whole,
}

/// One line of a labelled address: its text, and the bytes of it that are the address (or
/// a piece of it), if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddressLine {
    pub text: String,
    pub address: Option<Range<usize>>,
}

/// `label` then `address` in lines of `width` columns: on one line where both fit; else the
/// label (wrapped as any text, left out where it is only spaces) and the address on a line
/// of its own, whole where it fits the column, otherwise as `overflow` says.
pub fn wrap_address(
    label: &str,
    address: &str,
    width: usize,
    profile: &Profile,
    overflow: Overflow,
) -> Vec<AddressLine> {
    let width = width.max(1);
    if display_width(label, profile) + display_width(address, profile) <= width {
        return vec![AddressLine {
            text: format!("{label}{address}"),
            address: Some(label.len()..label.len() + address.len()),
        }];
    }
    let mut lines: Vec<AddressLine> = if label.trim().is_empty() {
        Vec::new()
    } else {
        wrap(label.trim_end(), width, profile)
            .into_iter()
            .map(|text| AddressLine {
                text,
                address: None,
            })
            .collect()
    };
    let whole = |text: &str| AddressLine {
        text: text.to_string(),
        address: Some(0..text.len()),
    };
    if overflow == Overflow::Whole || display_width(address, profile) <= width {
        lines.push(whole(address));
        return lines;
    }
    let mark = display_width(GOES_ON, profile);
    let pieces = pieces(address, width.saturating_sub(mark).max(1), width, profile);
    let last = pieces.len() - 1;
    for (i, piece) in pieces.into_iter().enumerate() {
        let mut line = whole(piece);
        if i < last {
            line.text.push_str(GOES_ON);
        }
        lines.push(line);
    }
    lines
}

/// The address cut into pieces of at most `room` columns (the last at most `last_room`),
/// each ending where an address reads well cut (after `/`, `-`, `?`, `&`, … or before a
/// `%XX` escape) when that keeps the piece at least half full; never inside a `%XX` escape
/// or a grapheme cluster.
fn pieces<'a>(address: &'a str, room: usize, last_room: usize, profile: &Profile) -> Vec<&'a str> {
    let clusters: Vec<(usize, &str)> = address.grapheme_indices(true).collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < clusters.len() {
        let rest: usize = clusters[start..]
            .iter()
            .map(|(_, c)| cluster_width(c, profile))
            .sum();
        if rest <= last_room {
            pieces.push(&address[clusters[start].0..]);
            break;
        }
        // The clusters that fit, at least one.
        let mut end = start;
        let mut used = 0;
        while end < clusters.len() {
            let w = cluster_width(clusters[end].1, profile);
            if end > start && used + w > room {
                break;
            }
            used += w;
            end += 1;
        }
        let starts_escape = |k: usize| clusters.get(k).is_some_and(|(_, c)| *c == "%");
        let after_separator = |k: usize| {
            matches!(
                clusters[k - 1].1,
                "/" | "-" | "_" | "." | "?" | "&" | "=" | "#" | "," | ";" | "+" | "~" | ":"
            )
        };
        let half = (start + end).div_ceil(2).max(start + 1);
        let good = (half..end)
            .rev()
            .find(|&k| k > start && (after_separator(k) || starts_escape(k)));
        // Inside "%XX": back to before the "%", where that leaves something on the line.
        let inside_escape = (1..=2).find(|&back| end >= start + back && starts_escape(end - back));
        let cut = good.unwrap_or(match inside_escape {
            Some(back) if end - back > start => end - back,
            _ => end,
        });
        let from = clusters[start].0;
        let to = clusters.get(cut).map_or(address.len(), |(at, _)| *at);
        pieces.push(&address[from..to]);
        start = cut;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[AddressLine]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    /// The address again, from the pieces the lines mark as it.
    fn joined(lines: &[AddressLine]) -> String {
        lines
            .iter()
            .filter_map(|l| l.address.clone().map(|r| &l.text[r]))
            .collect()
    }

    const BJREVIEW: &str = "https://www.bjreview.com/quotes/txt/2014-12/24/content_660432.htm";

    #[test]
    fn beside_its_label_where_both_fit() {
        let p = Profile::default();
        let lines = wrap_address("URL: ", "https://a.example/x", 40, &p, Overflow::Pieces);
        assert_eq!(texts(&lines), ["URL: https://a.example/x"]);
        assert_eq!(lines[0].address, Some(5..24));
    }

    #[test]
    fn on_a_line_of_its_own_where_it_does_not_fit_beside_its_label() {
        let p = Profile::default();
        for overflow in [Overflow::Pieces, Overflow::Whole] {
            let lines = wrap_address("URL: ", BJREVIEW, BJREVIEW.len(), &p, overflow);
            assert_eq!(texts(&lines), ["URL:", BJREVIEW]);
            assert_eq!(lines[0].address, None);
            assert_eq!(joined(&lines), BJREVIEW);
        }
        // An indent alone is no label: the address takes the whole line.
        let lines = wrap_address("  ", BJREVIEW, BJREVIEW.len() + 1, &p, Overflow::Pieces);
        assert_eq!(texts(&lines), [BJREVIEW]);
    }

    #[test]
    fn wider_than_the_column_every_piece_but_the_last_says_it_goes_on() {
        let p = Profile::default();
        for width in 10..BJREVIEW.len() {
            let lines = wrap_address("", BJREVIEW, width, &p, Overflow::Pieces);
            assert!(lines.len() >= 2, "{width}");
            assert_eq!(joined(&lines), BJREVIEW, "nothing lost at {width}");
            for (i, line) in lines.iter().enumerate() {
                assert!(
                    display_width(&line.text, &p) <= width,
                    "{line:?} at {width}"
                );
                let last = i == lines.len() - 1;
                assert_eq!(line.text.ends_with(GOES_ON), !last, "{line:?} at {width}");
                let range = line.address.clone().unwrap();
                assert!(
                    !line.text[range].contains(GOES_ON),
                    "the mark is not the address"
                );
            }
        }
    }

    #[test]
    fn pieces_end_where_an_address_reads_well_cut() {
        let p = Profile::default();
        let lines = wrap_address("", BJREVIEW, 38, &p, Overflow::Pieces);
        assert_eq!(
            texts(&lines),
            [
                "https://www.bjreview.com/quotes/txt/↵",
                "2014-12/24/content_660432.htm"
            ]
        );
        let encoded = "https://expydoc.com/doc/8665210/%E4%B8%AD%E5%9B%BD%E3%83%BB%E4%B8%96";
        for width in 12..encoded.len() {
            for line in wrap_address("", encoded, width, &p, Overflow::Pieces) {
                let piece = &line.text[line.address.unwrap()];
                let bytes = piece.as_bytes();
                // No piece ends inside a %XX escape.
                let n = bytes.len();
                assert!(
                    !(n >= 1 && bytes[n - 1] == b'%' || n >= 2 && bytes[n - 2] == b'%'),
                    "{piece:?} at {width}"
                );
            }
        }
    }

    #[test]
    fn whole_past_the_column_where_the_text_is_for_a_pager() {
        let p = Profile::default();
        let lines = wrap_address("", BJREVIEW, 20, &p, Overflow::Whole);
        assert_eq!(texts(&lines), [BJREVIEW]);
    }

    #[test]
    fn wide_characters_in_an_address_stay_whole_and_within_the_width() {
        let p = Profile::ambiguous_wide();
        let address = "https://例え.jp/世界インターネット大会/①";
        for width in 4..40 {
            let lines = wrap_address("URL：", address, width, &p, Overflow::Pieces);
            assert_eq!(joined(&lines), address);
            for line in &lines {
                assert!(
                    display_width(&line.text, &p) <= width,
                    "{line:?} at {width}"
                );
            }
        }
    }
}
