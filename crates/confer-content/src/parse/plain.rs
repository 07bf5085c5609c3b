//! A run of `[[array]]` tables written plainly, read line by line into the tree the TOML
//! parser would build, with the same spans. Content files are mostly such runs (an archive's
//! edition is nine tenths `[[people]]`), and the general parser, with its tokens and events,
//! takes about half of a large folder's reading. Only the plainest lines are read here: a
//! header `[[key]]`, `key = value` with a bare key, a basic string without escapes, a
//! literal string, a boolean, a number or date, a one-line array or inline table of those,
//! comments and blank lines. Anything else, and anything the parser would refuse, makes the
//! whole run go to the parser (`None`), so what is read here is what it would read.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::headers::is_bare;

/// `text[range]`, a run of `[[array]]` tables, as the parser would read it with spans into
/// `text`; `None` for any line that is not plain.
pub(super) fn run<'i>(text: &'i str, range: Range<usize>) -> Option<DeTable<'i>> {
    let mut root = DeTable::new();
    // The table the lines below the last header go into: its key in `root`.
    let mut current: Option<&'i str> = None;
    let mut at = range.start;
    while at < range.end {
        let end = text[at..range.end]
            .find('\n')
            .map_or(range.end, |n| at + n + 1);
        let line = Line {
            text,
            start: at,
            end: content_end(text, at, end)?,
        };
        at = end;
        let cursor = line.skip_space(line.start);
        if cursor == line.end || text.as_bytes()[cursor] == b'#' {
            line.comment(cursor)?;
            continue;
        }
        if text.as_bytes()[cursor] == b'[' {
            let (key, span, after) = line.header(cursor)?;
            line.comment(line.skip_space(after))?;
            let table = Spanned::new(span.clone(), DeValue::Table(DeTable::new()));
            match root.get_mut(key) {
                Some(array) => match array.get_mut() {
                    DeValue::Array(tables) => tables.push(table),
                    _ => return None,
                },
                None => {
                    let mut tables = DeArray::new();
                    tables.push(table);
                    let key_span = span.start + 2..span.end - 2;
                    root.insert(
                        Spanned::new(key_span, Cow::Borrowed(key)),
                        Spanned::new(span, DeValue::Array(tables)),
                    );
                }
            }
            current = Some(key);
            continue;
        }
        // A key before any header belongs to the root, which a run does not hold.
        let table = last_table(&mut root, current?)?;
        let after = line.key_value(cursor, 0, table)?;
        line.comment(line.skip_space(after))?;
    }
    Some(root)
}

/// The table the last `[[key]]` header opened.
fn last_table<'a, 'i>(root: &'a mut DeTable<'i>, key: &str) -> Option<&'a mut DeTable<'i>> {
    match root.get_mut(key)?.get_mut() {
        DeValue::Array(tables) => match tables.last_mut()?.get_mut() {
            DeValue::Table(table) => Some(table),
            _ => None,
        },
        _ => None,
    }
}

/// Where a line's content ends: before its `\n` or `\r\n`; `None` for a lone `\r`.
fn content_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[start..end];
    let mut content = bytes.len();
    if bytes.last() == Some(&b'\n') {
        content -= 1;
        if content > 0 && bytes[content - 1] == b'\r' {
            content -= 1;
        }
    }
    if bytes[..content].contains(&b'\r') {
        return None;
    }
    Some(start + content)
}

/// One line of the run, without its line ending.
struct Line<'i> {
    text: &'i str,
    start: usize,
    end: usize,
}

/// How deep a value may nest here (deeper ones, which content files do not have, go to the
/// parser, which also bounds its depth).
const DEEPEST: usize = 4;

impl<'i> Line<'i> {
    fn byte(&self, at: usize) -> Option<u8> {
        (at < self.end).then(|| self.text.as_bytes()[at])
    }

    fn skip_space(&self, mut at: usize) -> usize {
        while matches!(self.byte(at), Some(b' ' | b'\t')) {
            at += 1;
        }
        at
    }

    /// Nothing, or a comment to the end of the line, from `at`.
    fn comment(&self, at: usize) -> Option<()> {
        match self.byte(at) {
            None => Some(()),
            Some(b'#') => self.text.as_bytes()[at + 1..self.end]
                .iter()
                .all(|&b| !is_control(b))
                .then_some(()),
            Some(_) => None,
        }
    }

    /// `[[key]]` at `at`: the key, the header's span and where it ends.
    fn header(&self, at: usize) -> Option<(&'i str, Range<usize>, usize)> {
        if self.byte(at + 1) != Some(b'[') {
            return None;
        }
        let (key, span) = self.bare_key(at + 2)?;
        if self.byte(span.end) != Some(b']') || self.byte(span.end + 1) != Some(b']') {
            return None;
        }
        Some((key, at..span.end + 2, span.end + 2))
    }

    fn bare_key(&self, at: usize) -> Option<(&'i str, Range<usize>)> {
        let mut end = at;
        while self.byte(end).is_some_and(is_bare) {
            end += 1;
        }
        (end > at).then(|| (&self.text[at..end], at..end))
    }

    /// `key = value` at `at` put in `table`, and where the value ends; `None` for a key the
    /// table already has, which the parser refuses.
    fn key_value(&self, at: usize, depth: usize, table: &mut DeTable<'i>) -> Option<usize> {
        let (key, key_span) = self.bare_key(at)?;
        let equals = self.skip_space(key_span.end);
        if self.byte(equals)? != b'=' {
            return None;
        }
        let (value, after) = self.value(self.skip_space(equals + 1), depth)?;
        if table.contains_key(key) {
            return None;
        }
        table.insert(Spanned::new(key_span, Cow::Borrowed(key)), value);
        Some(after)
    }

    /// After an item of an array or inline table: a comma and the next item, or `close`.
    fn after_item(&self, at: usize, close: u8) -> Option<Next> {
        let cursor = self.skip_space(at);
        match self.byte(cursor)? {
            b',' => Some(Next::Item(self.skip_space(cursor + 1))),
            b if b == close => Some(Next::Closed(cursor)),
            _ => None,
        }
    }

    /// The value starting at `at` and where it ends.
    fn value(&self, at: usize, depth: usize) -> Option<(Spanned<DeValue<'i>>, usize)> {
        match self.byte(at)? {
            b'"' => self.string(at, b'"'),
            b'\'' => self.string(at, b'\''),
            b'[' if depth < DEEPEST => self.array(at, depth + 1),
            b'{' if depth < DEEPEST => self.inline_table(at, depth + 1),
            _ => self.scalar(at),
        }
    }

    /// A one-line string without escapes; `None` for a multi-line or an escaped one.
    fn string(&self, at: usize, quote: u8) -> Option<(Spanned<DeValue<'i>>, usize)> {
        let bytes = &self.text.as_bytes()[at + 1..self.end];
        let length = bytes.iter().position(|&b| b == quote)?;
        // `""` may open `"""`; a backslash starts an escape in a basic string only.
        if length == 0 && bytes.get(1) == Some(&quote) {
            return None;
        }
        let inner = &bytes[..length];
        let escape = |b: u8| quote == b'"' && b == b'\\';
        if inner.iter().any(|&b| escape(b) || is_control(b)) {
            return None;
        }
        let end = at + 1 + length + 1;
        let value = DeValue::String(Cow::Borrowed(&self.text[at + 1..end - 1]));
        Some((Spanned::new(at..end, value), end))
    }

    /// A boolean, number or date, read by the parser itself: it alone knows every form.
    fn scalar(&self, at: usize) -> Option<(Spanned<DeValue<'i>>, usize)> {
        let mut end = at;
        while self.byte(end).is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b':' | b'_')
        }) {
            end += 1;
        }
        if end == at {
            return None;
        }
        let token = &self.text[at..end];
        let (value, errors) = DeValue::parse_recoverable(token);
        if !errors.is_empty() || value.span() != (0..token.len()) {
            return None;
        }
        let value = value.into_inner();
        let plain = matches!(
            value,
            DeValue::Boolean(_) | DeValue::Integer(_) | DeValue::Float(_) | DeValue::Datetime(_)
        );
        plain.then(|| (Spanned::new(at..end, value), end))
    }

    /// `[a, b]` on one line, a trailing comma allowed.
    fn array(&self, at: usize, depth: usize) -> Option<(Spanned<DeValue<'i>>, usize)> {
        let mut items = DeArray::new();
        let mut cursor = self.skip_space(at + 1);
        let end = loop {
            if self.byte(cursor)? == b']' {
                break cursor + 1;
            }
            let (item, after) = self.value(cursor, depth)?;
            items.push(item);
            match self.after_item(after, b']')? {
                Next::Item(next) => cursor = next,
                Next::Closed(close) => break close + 1,
            }
        };
        Some((Spanned::new(at..end, DeValue::Array(items)), end))
    }

    /// `{ k = v, k = v }` on one line; a trailing comma (TOML 1.1 only) is left to the parser.
    fn inline_table(&self, at: usize, depth: usize) -> Option<(Spanned<DeValue<'i>>, usize)> {
        let mut table = DeTable::new();
        let mut cursor = self.skip_space(at + 1);
        let end = if self.byte(cursor)? == b'}' {
            cursor + 1
        } else {
            loop {
                let after = self.key_value(cursor, depth, &mut table)?;
                match self.after_item(after, b'}')? {
                    Next::Item(next) => cursor = next,
                    Next::Closed(close) => break close + 1,
                }
            }
        };
        Some((Spanned::new(at..end, DeValue::Table(table)), end))
    }
}

/// What follows an item of an array or inline table, and where.
enum Next {
    Item(usize),
    Closed(usize),
}

/// A character TOML allows in no string or comment (a tab is allowed).
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

#[cfg(test)]
#[path = "plain_tests.rs"]
mod tests;
