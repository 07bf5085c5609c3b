//! A large file read a part at a time: its TOML tree parsed whole takes about forty times
//! the text (the parser's tokens and events, and a map per table), 600 MB for a 13 MB
//! edition. Parsed as a head (the keys before the first header, and every `[table]`) and
//! runs of `[[array]]` entries, each run read and let go before the next, it takes a run's
//! worth. Only for the shapes content files have; any other shape, and any problem at all,
//! is left to the whole parse, whose messages are the ones reported.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::headers::headers;

/// How much text a run holds at most: its tree is about forty times that.
const RUN_BYTES: usize = 64 * 1024;

/// Below this a file is parsed whole: splitting would save little.
pub(crate) const WORTH_SPLITTING: usize = 256 * 1024;

/// A file's text split where its tables start.
pub(crate) struct Parts<'i> {
    text: &'i str,
    /// The keys before the first header and every `[table]`, merged into one root table,
    /// with spans into the whole text.
    pub head: DeTable<'i>,
    /// Runs of `[[array]]` tables, in the order of the file.
    runs: Vec<Range<usize>>,
}

impl<'i> Parts<'i> {
    /// The parts of `text`, or `None` when it is to be parsed whole: a shape other than
    /// content files have (a quoted or deeper header, a table header twice, an entry's
    /// sub-table, a key both in the root and as a header), or a TOML error anywhere in the
    /// head.
    pub fn of(text: &'i str) -> Option<Parts<'i>> {
        let headers = headers(text)?;
        let ends = headers
            .iter()
            .skip(1)
            .map(|h| h.start)
            .chain(std::iter::once(text.len()));
        let mut tables: Vec<(&str, Option<&str>)> = Vec::new();
        let mut arrays: Vec<&str> = Vec::new();
        let mut runs: Vec<Range<usize>> = Vec::new();
        let root_end = headers.first().map_or(text.len(), |h| h.start);
        let mut head = parse(text, 0..root_end)?;
        let root_keys: Vec<String> = head.keys().map(|k| k.get_ref().to_string()).collect();
        let in_root = |key: &str| root_keys.iter().any(|k| k == key);
        for (header, end) in headers.iter().zip(ends) {
            if header.array {
                if !arrays.contains(&header.key) {
                    arrays.push(header.key);
                }
                match runs.last_mut() {
                    Some(run) if run.end == header.start && end - run.start <= RUN_BYTES => {
                        run.end = end;
                    }
                    _ => runs.push(header.start..end),
                }
                continue;
            }
            let path = (header.key, header.sub);
            if tables.contains(&path) || in_root(header.key) {
                return None;
            }
            tables.push(path);
            merge(&mut head, parse(text, header.start..end)?)?;
        }
        // An array of tables is its key's only form: not also a table, nor a root key.
        let clash = |key: &&str| tables.iter().any(|(t, _)| t == key) || in_root(key);
        if arrays.iter().any(clash) {
            return None;
        }
        Some(Parts { text, head, runs })
    }

    #[cfg(test)]
    pub fn ranges(&self) -> &[Range<usize>] {
        &self.runs
    }

    pub fn runs(&self) -> usize {
        self.runs.len()
    }

    /// Run `at` parsed, with spans into the whole text; `None` on a TOML error. A run
    /// written plainly is read line by line, faster than the parser reads it.
    pub fn run(&self, at: usize) -> Option<DeTable<'i>> {
        let range = self.runs.get(at)?.clone();
        super::plain::run(self.text, range.clone()).or_else(|| parse(self.text, range))
    }
}

/// `text[range]` parsed as a document, its spans moved to count from the start of `text`;
/// `None` on a TOML error.
fn parse<'i>(text: &'i str, range: Range<usize>) -> Option<DeTable<'i>> {
    let (root, errors) = DeTable::parse_recoverable(&text[range.clone()]);
    if !errors.is_empty() {
        return None;
    }
    Some(shifted_table(root.into_inner(), range.start))
}

/// A `[table]`'s document merged into the head: a new key, or new keys of a table the head
/// has (`[coverage.orgs]` after `[coverage.people]`); `None` on a key defined twice.
fn merge<'i>(head: &mut DeTable<'i>, part: DeTable<'i>) -> Option<()> {
    for (key, value) in part {
        let Some(existing) = head.get_mut(key.get_ref().as_ref()) else {
            head.insert(key, value);
            continue;
        };
        let (DeValue::Table(into), DeValue::Table(from)) = (existing.get_mut(), value.into_inner())
        else {
            return None;
        };
        for (key, value) in from {
            if into.contains_key(key.get_ref().as_ref()) {
                return None;
            }
            into.insert(key, value);
        }
    }
    Some(())
}

fn shifted_table(table: DeTable<'_>, by: usize) -> DeTable<'_> {
    let mut out = DeTable::new();
    for (key, value) in table {
        out.insert(shift(key, by), shifted(value, by));
    }
    out
}

fn shifted(value: Spanned<DeValue<'_>>, by: usize) -> Spanned<DeValue<'_>> {
    let span = value.span();
    let value = match value.into_inner() {
        DeValue::Table(table) => DeValue::Table(shifted_table(table, by)),
        DeValue::Array(items) => {
            let mut out = DeArray::new();
            for item in items {
                out.push(shifted(item, by));
            }
            DeValue::Array(out)
        }
        other => other,
    };
    Spanned::new(span.start + by..span.end + by, value)
}

fn shift<T>(spanned: Spanned<T>, by: usize) -> Spanned<T> {
    let span = spanned.span();
    Spanned::new(span.start + by..span.end + by, spanned.into_inner())
}
