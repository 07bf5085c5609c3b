//! Help text folded to the terminal's width where clap cannot fold it: clap breaks lines only
//! at spaces, and Japanese has none, so a Japanese help line would run on past the edge.
//! Lines are broken between any two characters of Japanese (never before 、。）」 nor after
//! （「), and between words elsewhere; a broken line goes on under its own text (the help
//! column of an option, the text of a `- value` line).

use crate::text::{Profile, display_width};

/// The widest a help page is laid out: clap's own limit.
pub const MAX_WIDTH: usize = 100;

/// `text` with every line wider than `width` columns broken.
pub fn wrap(text: &str, width: usize) -> String {
    let profile = Profile::default();
    let mut out = String::with_capacity(text.len());
    for (at, line) in text.split('\n').enumerate() {
        if at > 0 {
            out.push('\n');
        }
        if display_width(line, &profile) <= width {
            out.push_str(line);
        } else {
            out.push_str(&wrap_line(line, width, &profile));
        }
    }
    out
}

/// Where a broken line goes on: under the text after an option's name (two spaces or more
/// after the indent), after a list's "- ", or under the line's own indent.
fn hanging_indent(line: &str, profile: &Profile) -> usize {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    if let Some(gap) = rest.find("  ") {
        let after = rest[gap..].trim_start_matches(' ');
        if !after.is_empty() {
            let text_at = line.len() - after.len();
            return display_width(&line[..text_at], profile);
        }
    }
    if rest.starts_with("- ") {
        return indent + 2;
    }
    indent
}

/// Pieces a line may break between: a word of ASCII, a run of spaces, or one other character.
fn pieces(line: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let kind = |c: char| match c {
            ' ' => 0,
            c if c.is_ascii() => 1,
            _ => 2,
        };
        let next = chars.peek().map(|&(_, n)| n);
        let joins = kind(c) != 2 && next.is_some_and(|n| kind(n) == kind(c));
        if !joins {
            let end = at + c.len_utf8();
            pieces.push(&line[start..end]);
            start = end;
        }
    }
    pieces
}

/// Whether a line may break between `before` and `after`.
fn may_break(before: &str, after: &str) -> bool {
    const NOT_FIRST: &str = "、。，．）」』］｝：；！？ー…・";
    const NOT_LAST: &str = "（「『［｛";
    let first = after.chars().next().unwrap_or(' ');
    let last = before.chars().last().unwrap_or(' ');
    if NOT_FIRST.contains(first) || NOT_LAST.contains(last) {
        return false;
    }
    // Between two words of ASCII only at a space; between Japanese and ASCII, anywhere.
    !(last.is_ascii() && last != ' ' && first.is_ascii() && first != ' ')
}

fn wrap_line(line: &str, width: usize, profile: &Profile) -> String {
    let hang = hanging_indent(line, profile);
    // The line as chunks that must stay together: a break may fall between any two.
    let mut chunks: Vec<String> = Vec::new();
    let mut previous: Option<&str> = None;
    for piece in pieces(line) {
        match (previous, chunks.last_mut()) {
            (Some(before), Some(chunk)) if !may_break(before, piece) => chunk.push_str(piece),
            _ => chunks.push(piece.to_string()),
        }
        previous = Some(piece);
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for chunk in chunks {
        let fits = display_width(&current, profile) + display_width(&chunk, profile) <= width;
        // Never broken before its text has begun (inside an option's name and its gap).
        let begun = display_width(current.trim_end(), profile) > hang;
        if fits || !begun {
            current.push_str(&chunk);
            continue;
        }
        lines.push(current.trim_end().to_string());
        current = format!("{}{}", " ".repeat(hang), chunk.trim_start_matches(' '));
    }
    lines.push(current.trim_end().to_string());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(text: &str) -> Vec<usize> {
        text.lines()
            .map(|l| display_width(l, &Profile::default()))
            .collect()
    }

    #[test]
    fn a_japanese_option_help_folds_under_its_column() {
        let line = "      --content <DIR>            組み込みのコンテンツの代わりに、このフォルダーからコンテンツを読む（環境変数 CONFER_CONTENT）";
        let wrapped = wrap(line, 60);
        assert!(widths(&wrapped).iter().all(|&w| w <= 60), "{wrapped}");
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 1, "{wrapped}");
        for next in &lines[1..] {
            assert!(next.starts_with(&" ".repeat(33)), "{wrapped}");
            assert!(!next[33..].starts_with(' '), "{wrapped}");
        }
        // Nothing lost, nothing added but the breaks and the indent.
        let joined: String = wrapped.split_whitespace().collect();
        let original: String = line.split_whitespace().collect();
        assert_eq!(joined, original);
    }

    #[test]
    fn no_line_starts_with_a_closing_mark_nor_splits_an_ascii_word() {
        let line = "コマンドを指定しないと、二つの回を閲覧画面で開く。端末でないときは、代わりに二つの回の比較を出力する（CONFER_CONTENT）。";
        for width in 10..60 {
            let wrapped = wrap(line, width);
            for next in wrapped.lines().skip(1) {
                let first = next.chars().next().unwrap();
                assert!(!"、。）」".contains(first), "{width}: {wrapped}");
            }
            assert!(wrapped.contains("CONFER_CONTENT"), "{width}: {wrapped}");
        }
    }

    #[test]
    fn lines_that_fit_are_left_alone() {
        let text = "使い方：confer [オプション]\n\n  -h, --help  ヘルプを表示\n";
        assert_eq!(wrap(text, 100), text);
    }
}
