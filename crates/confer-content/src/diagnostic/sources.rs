//! The files diagnostics point into, kept so that each can show its lines.

use std::ops::Range;
use std::sync::OnceLock;

use super::text::floor_char_boundary;

/// A file that was read, kept so that diagnostics can show its lines.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user should see it (`content/wic/2014.toml`, `<built-in>/wic/2014.toml`).
    pub name: String,
    pub text: String,
    /// Where its lines start, made the first time a diagnostic asks.
    lines: OnceLock<LineIndex>,
}

impl SourceFile {
    pub(super) fn new(name: String, text: String) -> Self {
        SourceFile {
            name,
            text,
            lines: OnceLock::new(),
        }
    }

    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_and_column(&self, offset: usize) -> (usize, usize) {
        self.lines().line_and_column(&self.text, offset)
    }
}

/// Where each line of a text starts. Made once per file, so that finding the line of each
/// of thousands of diagnostics is a binary search, not a count of the newlines before it.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// The byte offset of each line's first byte; the first is 0.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let newlines = text.bytes().enumerate().filter(|(_, b)| *b == b'\n');
        LineIndex {
            starts: std::iter::once(0)
                .chain(newlines.map(|(at, _)| at + 1))
                .collect(),
        }
    }

    /// The 0-based line a byte offset is on.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset) - 1
    }

    /// The bytes of 0-based line `line` of `text`, its line ending included.
    pub fn range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(text.len());
        let end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        start.min(text.len())..end.min(text.len())
    }

    /// 1-based line and character column of a byte offset of `text`, the text indexed.
    pub fn line_and_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line(offset);
        let start = self.range(text, line).start;
        (line + 1, text[start..offset].chars().count() + 1)
    }
}

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub usize);

#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile::new(name, text));
        FileId(self.files.len() - 1)
    }

    /// A file's place in reading order, before it is read (or while it is not kept).
    pub fn reserve(&mut self, name: String) -> FileId {
        self.add(name, String::new())
    }

    pub fn set_text(&mut self, id: FileId, text: String) {
        let file = &mut self.files[id.0];
        file.text = text;
        file.lines = OnceLock::new();
    }

    /// Lets go of a file's text when nothing will point into it.
    pub fn forget_text(&mut self, id: FileId) {
        self.set_text(id, String::new());
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }
}
