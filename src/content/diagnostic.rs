//! Problems found in content, and their rendering the way rustc and cargo print theirs:
//! `error: …`, `--> file:line:col`, the line, a caret under the span, `help: …`.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::text::{TextShape, sanitize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A file that was read, kept so that diagnostics can show its lines.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user should see it (`content/wic/2014.toml`, `<built-in>/wic/2014.toml`).
    pub name: String,
    pub text: String,
}

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub(crate) usize);

#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile { name, text });
        FileId(self.files.len() - 1)
    }

    /// A file's place in reading order, before it is read (or while it is not kept).
    pub fn reserve(&mut self, name: String) -> FileId {
        self.add(name, String::new())
    }

    pub fn set_text(&mut self, id: FileId, text: String) {
        self.files[id.0].text = text;
    }

    /// Lets go of a file's text when nothing will point into it.
    pub fn forget_text(&mut self, id: FileId) {
        self.files[id.0].text = String::new();
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// No file: the content folder itself is missing, say.
    Nowhere,
    /// A file or folder, without a position in it.
    Path(String),
    /// A byte range in a file that was read.
    Span(FileId, Range<usize>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    /// Text under the caret, e.g. "expected a string".
    pub label: Option<String>,
    pub help: Option<String>,
    pub note: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, location: Location) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location,
            label: None,
            help: None,
            note: None,
        }
    }

    pub fn warning(message: impl Into<String>, location: Location) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message, location)
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// `file:line:column` (1-based, columns in characters as rustc counts them), or the path.
    pub fn position(&self, sources: &SourceMap) -> Option<String> {
        match &self.location {
            Location::Nowhere => None,
            Location::Path(path) => Some(path.clone()),
            Location::Span(file, span) => {
                let file = sources.get(*file);
                let (line, column) = line_and_column(&file.text, span.start);
                Some(format!("{}:{line}:{column}", file.name))
            }
        }
    }

    /// `file:line:column: message` on one line, safe to draw (a banner, a notice).
    pub fn one_line(&self, sources: &SourceMap) -> String {
        let line = match self.position(sources) {
            Some(place) => format!("{place}: {}", self.message),
            None => self.message.clone(),
        };
        sanitize(&line, TextShape::Line).text
    }

    /// Renders the diagnostic as rustc does; `color` adds ANSI styles.
    pub fn render(&self, sources: &SourceMap, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let message = clean(&self.message);
        let title = level.primary_title(message.as_str());
        let shown;
        let mut group = match &self.location {
            Location::Nowhere => Group::with_title(title),
            Location::Path(path) => title.element(Origin::path(clean(path))),
            Location::Span(file, span) => {
                let file = sources.get(*file);
                let (text, span) = shown_source(&file.text, span.clone());
                shown = text;
                let mut annotation = AnnotationKind::Primary.span(span);
                if let Some(label) = &self.label {
                    annotation = annotation.label(clean(label));
                }
                title.element(
                    Snippet::source(shown.as_str())
                        .path(clean(&file.name))
                        .annotation(annotation),
                )
            }
        };
        if let Some(note) = &self.note {
            group = group.element(Level::NOTE.message(clean(note)));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(clean(help)));
        }
        renderer.render(&[group])
    }
}

/// How many of `diagnostics` are of `severity`.
pub fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

/// Where a diagnostic stands in the order problems are shown: those with folders first,
/// then each file in the order it was read, top to bottom.
pub(crate) fn reading_order(d: &Diagnostic) -> Option<(FileId, usize)> {
    match &d.location {
        Location::Nowhere | Location::Path(_) => None,
        Location::Span(file, span) => Some((*file, span.start)),
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Messages quote content (keys, ids, values): never let them carry escapes to the terminal.
fn clean(s: &str) -> String {
    sanitize(s, TextShape::Paragraph).text
}

/// The file as it is safe to print, with the span moved to match. Each replaced character
/// stays one character, so lines and columns do not change; only a CR before LF is dropped.
fn shown_source(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
    let before = clean(&text[..start]);
    let inside = clean(&text[start..end]);
    let after = clean(&text[end..]);
    let shown_start = before.len();
    let shown_end = shown_start + inside.len();
    (before + &inside + &after, shown_start..shown_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nname = \"烏鎮\"\nx";
        let offset = text.find('x').unwrap();
        assert_eq!(line_and_column(text, offset), (3, 1));
        let offset = text.find('鎮').unwrap();
        assert_eq!(line_and_column(text, offset), (2, 10));
    }

    #[test]
    fn renders_like_rustc_with_caret_under_the_span() {
        let mut sources = SourceMap::default();
        let text = "[edition]\nlable = \"x\"\n";
        let file = sources.add("content/wic/2014.toml".into(), text.into());
        let d = Diagnostic::error("unknown key 'lable'", Location::Span(file, 10..15))
            .with_help("did you mean 'label'?");
        let out = d.render(&sources, false);
        assert!(out.starts_with("error: unknown key 'lable'"), "{out}");
        assert!(out.contains("--> content/wic/2014.toml:2:1"), "{out}");
        assert!(out.contains("2 | lable = \"x\""), "{out}");
        assert!(out.contains("  | ^^^^^"), "{out}");
        assert!(out.contains("help: did you mean 'label'?"), "{out}");
    }

    #[test]
    fn escapes_in_the_shown_line_never_reach_the_terminal() {
        let mut sources = SourceMap::default();
        let text = "title = \"\u{1b}]0;owned\u{7}\"\nbad\n";
        let file = sources.add("x.toml".into(), text.into());
        let start = text.find("bad").unwrap();
        let d = Diagnostic::error("oops \u{1b}[2J", Location::Span(file, start..start + 3));
        let out = d.render(&sources, false);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains("x.toml:2:1"), "{out}");
    }
}
