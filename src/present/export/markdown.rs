//! Lines already wrapped by the text module, written as Markdown that presenterm shows line
//! for line: escaped so that nothing in a content string formats or starts a block, and
//! joined with hard line breaks so that presenterm never wraps them again (it wraps only at
//! spaces, and Japanese has none).

use crate::print::md;
use crate::rows::{Para, Tone};

/// Content text as presenterm's inline Markdown: what `md` escapes for any Markdown, and
/// presenterm's own extensions (`~~strike~~`, `^superscript^`).
pub fn inline(text: &str) -> String {
    md(text).replace('~', "\\~").replace('^', "\\^")
}

/// A line of text that starts a line of Markdown source: also escaped where its first
/// characters would start a block (a list, a quote, a heading underline, a thematic break,
/// a fence), since a line of a paragraph can open one. Leading spaces, which Markdown drops,
/// are kept as no-break spaces (an indent under a bullet).
pub fn line_start(text: &str) -> String {
    let body = text.trim_start_matches(' ');
    let indent = "&nbsp;".repeat(text.len() - body.len());
    let escaped = inline(body);
    let first = escaped.chars().next();
    let escaped = match first {
        // Any ASCII punctuation may be escaped; these open blocks (`md` has taken care of
        // `#`, `*`, `>`, `|`, backticks, and `inline` of `~`).
        Some(c @ ('-' | '+' | '=')) => format!("\\{c}{}", &escaped[1..]),
        // "2014. " or "1) " opens an ordered list.
        Some(c) if c.is_ascii_digit() => {
            let digits = escaped.len()
                - escaped
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            match escaped[digits..].chars().next() {
                Some(d @ ('.' | ')')) => {
                    format!("{}\\{d}{}", &escaped[..digits], &escaped[digits + 1..])
                }
                _ => escaped,
            }
        }
        _ => escaped,
    };
    format!("{indent}{escaped}")
}

/// A line in its tone: a title strong, secondary text in italics, as the screen sets them
/// apart (colours are the theme's, and presenterm has its own).
fn toned(para: &Para) -> String {
    let text = line_start(para.text.trim_end());
    let mark = match para.tone {
        Tone::Strong => "**",
        Tone::Dim => "*",
        Tone::Plain | Tone::Up | Tone::Down => "",
    };
    if mark.is_empty() || para.text.trim().is_empty() {
        return text;
    }
    // The marks go inside the indent: emphasis cannot open before a space.
    let body = text.trim_start_matches("&nbsp;");
    let indent = &text[..text.len() - body.len()];
    format!("{indent}{mark}{body}{mark}")
}

/// Lines (a blank where `None`) as one paragraph, each ending in a hard line break (`\`)
/// but the last: presenterm shows each on its own line. A blank line is a no-break space,
/// as an empty line would end the paragraph; those at the start are kept (they keep a
/// column's lines level with the other's), those at the end left out. `None` when nothing
/// is left.
pub fn paragraph(lines: &[Option<Para>]) -> Option<String> {
    let blank = |line: &Option<Para>| line.as_ref().is_none_or(|p| p.text.trim().is_empty());
    let end = lines.iter().rposition(|l| !blank(l))? + 1;
    let written: Vec<String> = lines[..end]
        .iter()
        .map(|line| match line {
            Some(para) if !blank(line) => toned(para),
            _ => "&nbsp;".to_string(),
        })
        .collect();
    Some(written.join("\\\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Option<Para> {
        Some(Para::new(text, Tone::Plain))
    }

    #[test]
    fn what_would_start_a_block_is_escaped() {
        assert_eq!(line_start("- not a list"), "\\- not a list");
        assert_eq!(line_start("2014. a year"), "2014\\. a year");
        assert_eq!(line_start("2014 a year"), "2014 a year");
        assert_eq!(line_start("==="), "\\===");
        assert_eq!(line_start("> not a quote"), "&gt; not a quote");
        assert_eq!(line_start("# not a heading"), "\\# not a heading");
        assert_eq!(line_start("~~~"), "\\~\\~\\~");
        assert_eq!(line_start("  indented"), "&nbsp;&nbsp;indented");
    }

    #[test]
    fn lines_are_joined_by_hard_breaks_and_blanks_kept_inside() {
        let lines = [
            None,
            plain("一行目"),
            None,
            Some(Para::new("名前", Tone::Strong)),
            Some(Para::new("  (役職)", Tone::Dim)),
            None,
        ];
        assert_eq!(
            paragraph(&lines).unwrap(),
            "&nbsp;\\\n一行目\\\n&nbsp;\\\n**名前**\\\n&nbsp;&nbsp;*(役職)*"
        );
        assert_eq!(paragraph(&[None, plain(" ")]), None);
    }
}
