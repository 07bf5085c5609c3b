//! Problems found in content, and their rendering the way rustc and cargo print theirs:
//! `error: …`, `--> file:line:col`, the line, a caret under the span, `help: …`.

use std::ops::Range;

use crate::sanitize::{TextShape, sanitize};

mod apart;
mod english;
pub mod problem;
mod render;
mod sources;
mod text;

pub use apart::{apart, units_apart};
pub(crate) use english::id_hint;
pub use english::{english, special};
pub use problem::{Problem, Said, Wording};
pub use render::{SHOWN, line_and_column, render_all};
pub use sources::{FileId, LineIndex, SourceFile, SourceMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
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
    /// The problem, when the crate found it: shown in the words of the reader's language.
    /// `None` for the application's own diagnostics (a deck's, the config file's), whose
    /// words below are in the reader's language already.
    pub problem: Option<Problem>,
    /// In English for a problem of the crate (what the build script shows).
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
            problem: None,
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

    /// A problem of the content, with its English words.
    pub fn of(problem: Problem, location: Location) -> Self {
        let said = english(&problem);
        Diagnostic {
            severity: problem.severity(),
            problem: Some(problem),
            message: said.message,
            location,
            label: said.label,
            help: said.help,
            note: said.note,
        }
    }

    /// What the diagnostic says in `words`' language.
    pub fn said(&self, words: &Wording) -> Said {
        match &self.problem {
            Some(problem) => (words.say)(problem),
            None => Said {
                message: self.message.clone(),
                label: self.label.clone(),
                help: self.help.clone(),
                note: self.note.clone(),
            },
        }
    }

    /// Puts the problem in `words` for good, for a caller that changes some of them (a
    /// deck's label for an unknown key): the words are then shown as they are.
    pub fn fix_words(&mut self, words: &Wording) {
        let said = self.said(words);
        self.problem = None;
        self.message = said.message;
        self.label = said.label;
        self.help = said.help;
        self.note = said.note;
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
                let (line, column) = file.line_and_column(span.start);
                Some(format!("{}:{line}:{column}", file.name))
            }
        }
    }

    /// `file:line:column: message` on one line, safe to draw (a banner, a notice).
    pub fn one_line(&self, sources: &SourceMap, words: &Wording) -> String {
        self.one_line_at(self.position(sources).as_deref(), words)
    }

    /// `one_line` with the place already found (by [`Diagnostic::position`]): for a caller
    /// that keeps the problem past its sources, to say it again in another language.
    pub fn one_line_at(&self, place: Option<&str>, words: &Wording) -> String {
        let message = self.said(words).message;
        let line = match place {
            Some(place) => format!("{place}: {message}"),
            None => message,
        };
        sanitize(&line, TextShape::Line).text
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
pub fn reading_order(d: &Diagnostic) -> Option<(FileId, usize)> {
    match &d.location {
        Location::Nowhere | Location::Path(_) => None,
        Location::Span(file, span) => Some((*file, span.start)),
    }
}

/// Problems with folders first, then each file in the order it was read, top to bottom.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(reading_order);
}

/// The same order for borrowed diagnostics.
pub fn sort_refs(diagnostics: &mut [&Diagnostic]) {
    diagnostics.sort_by_key(|d| reading_order(d));
}
