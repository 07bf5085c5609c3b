//! Reading a presenterm export back as presenterm 0.16 reads it: the front matter and every
//! `<!-- ... -->` comment parsed by serde_yaml (its parser), the Markdown escapes undone, and
//! each slide laid out by the rules measured in presenterm at 120x40 (a blank row between
//! blocks, two after a column layout, a column's label taking two rows).

#![allow(dead_code)]

use std::collections::BTreeMap;

use confer::text::{Profile, display_width};

/// The front matter's keys and values, as presenterm's `serde_yaml` reads them.
pub fn front_matter(md: &str) -> BTreeMap<String, String> {
    let inner = md
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(inner, _)| inner)
        .unwrap_or_else(|| panic!("no front matter:\n{md}"));
    serde_yaml::from_str(inner).unwrap_or_else(|e| panic!("front matter: {e}\n{inner}"))
}

/// Every comment command, as presenterm parses it: what is between `<!--` and `-->`,
/// trimmed, as YAML (a name, or a map of one name to its value).
pub fn commands(md: &str) -> Vec<serde_yaml::Value> {
    md.lines()
        .filter(|line| line.starts_with("<!--"))
        .map(|line| {
            // Markdown ends an HTML comment block at the first `-->` of a line.
            let end = line.find("-->").expect("a comment ends on its line");
            assert_eq!(
                end + 3,
                line.len(),
                "a comment ends only at its end: {line}"
            );
            let inner = line[4..end].trim();
            serde_yaml::from_str(inner).unwrap_or_else(|e| panic!("{line}: {e}"))
        })
        .collect()
}

/// The speaker notes, in order.
pub fn speaker_notes(md: &str) -> Vec<String> {
    commands(md)
        .iter()
        .filter_map(|c| c.get("speaker_note"))
        .map(|note| note.as_str().expect("a note is a string").to_string())
        .collect()
}

/// The slides after the front matter, as written between `<!-- end_slide -->`.
pub fn slides(md: &str) -> Vec<&str> {
    let body = md
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map_or(md, |(_, body)| body);
    body.split("\n<!-- end_slide -->\n").collect()
}

/// Markdown text as presenterm shows it: escapes undone, entities decoded, emphasis marks
/// and hard line breaks taken out.
pub fn shown(markdown: &str) -> String {
    let text = markdown.strip_suffix('\\').unwrap_or(markdown);
    let text = text
        .replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(chars.next());
            }
            '*' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether Markdown text leaves a character that formats unescaped.
pub fn has_unescaped_markup(markdown: &str) -> bool {
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '*' | '_' | '`' | '[' | ']' | '#' | '~' | '^' | '<' | '>' | '|' => return true,
            _ => {}
        }
    }
    false
}

/// Everything of a slide presenterm shows, comments left out.
pub fn shown_slide(slide: &str) -> String {
    slide
        .lines()
        .filter(|line| !line.starts_with("<!--"))
        .map(shown)
        .collect::<Vec<_>>()
        .join("\n")
}

/// presenterm's window at a size: its text width, a column's width, the rows of a body.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub width: usize,
    pub column: usize,
    pub body_rows: usize,
}

/// A line presenterm shows and the width it has.
#[derive(Debug)]
pub struct Shown {
    pub text: String,
    pub room: usize,
}

/// A slide as presenterm lays it out: the rows its body takes (below the title) and every
/// line with the width it is shown in.
#[derive(Debug, Default)]
pub struct Laid {
    pub rows: usize,
    pub lines: Vec<Shown>,
}

/// Lays a slide out: blocks separated by blank lines; comments take no row; a column layout
/// is as tall as its taller column (its label two rows) and followed by two blank rows.
pub fn lay_out(slide: &str, window: Window) -> Laid {
    let mut laid = Laid::default();
    let mut lines = slide.lines().skip_while(|l| l.trim().is_empty());
    let title = lines.next().expect("a title");
    assert_eq!(lines.next(), Some("==="), "a setext title: {slide}");
    laid.lines.push(Shown {
        text: shown(title),
        room: window.width,
    });
    let rest: Vec<&str> = lines.collect();
    let blocks = rest
        .split(|l| l.trim().is_empty())
        .filter(|b| !b.is_empty());
    // Rows used across the slide, and whether the last block was a column layout.
    let (mut used, mut after_columns, mut started) = (0, false, false);
    // Within a layout: each column's rows so far.
    let mut columns: Option<Vec<usize>> = None;
    let mut column = 0;
    for block in blocks {
        let first = block[0];
        if first.starts_with("<!--") {
            let command = first
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim();
            if command.starts_with("column_layout") {
                columns = Some(vec![0, 0]);
            } else if let Some(at) = command.strip_prefix("column:") {
                column = at.trim().parse().expect("a column number");
            } else if command == "reset_layout" {
                let tallest = columns.take().expect("a layout to reset").into_iter().max();
                used += gap(started, after_columns) + tallest.unwrap_or(0);
                started = true;
                after_columns = true;
            }
            continue;
        }
        let room = if columns.is_some() {
            window.column
        } else {
            window.width
        };
        let rows = block.len();
        for line in block {
            // A heading's prefix (the theme's "██ ", "▓▓▓ ") is part of its line.
            let (text, room) = match line.split_once(' ') {
                Some(("#", h)) => (shown(h), room.saturating_sub(3)),
                Some(("##", h)) => (shown(h), room.saturating_sub(4)),
                _ => (shown(line), room),
            };
            laid.lines.push(Shown { text, room });
        }
        match columns.as_mut() {
            Some(heights) => {
                let h = &mut heights[column];
                *h += usize::from(*h > 0) + rows;
            }
            None => {
                used += gap(started, after_columns) + rows;
                started = true;
                after_columns = false;
            }
        }
    }
    laid.rows = used;
    laid
}

fn gap(started: bool, after_columns: bool) -> usize {
    match (started, after_columns) {
        (false, _) => 0,
        (true, false) => 1,
        (true, true) => 2,
    }
}

/// A line's width as presenterm measures it (unicode-width, ambiguous narrow).
pub fn width(text: &str) -> usize {
    display_width(text, &Profile::default())
}

/// Whether a line has Japanese in it (kana or kanji).
pub fn is_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}
