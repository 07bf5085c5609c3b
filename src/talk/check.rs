//! `confer check talk.toml`: a deck read and its references checked against the content, the
//! problems rendered as content's are, with a summary line.

use std::path::Path;

use super::read::{TalkFile, read};
use super::references::check_references;
use crate::content::diagnostic::{Diagnostic, Severity, SourceMap, count, reading_order};
use crate::content::{ContentLocation, Library};
use crate::i18n::Lang;
use crate::i18n::problems::DeckSummary;

/// A deck checked: its own problems and those of the content it was checked against (which
/// point into the content's files, so they are kept with them).
pub struct DeckCheck {
    pub deck: TalkFile,
    pub content: Library,
    /// Errors of the content itself, in `content.sources`: the references are not checked then.
    pub content_errors: Vec<Diagnostic>,
}

/// Reads the deck at `path` and checks its references against the content at `location`,
/// comparing the editions `given` (else the deck's, else the default pair). With `strict`,
/// warnings count as errors.
pub fn check(
    path: &Path,
    location: &ContentLocation,
    given: &[String],
    strict: bool,
    lang: Lang,
) -> DeckCheck {
    let mut deck = read(path, lang);
    let mut content = Library::open(location);
    let content_errors: Vec<Diagnostic> = content.errors().into_iter().cloned().collect();
    if content_errors.is_empty() {
        let found = check_references(&deck.references, &mut content, given, lang);
        deck.diagnostics.extend(found);
        deck.diagnostics.sort_by_key(reading_order);
    }
    let mut checked = DeckCheck {
        deck,
        content,
        content_errors,
    };
    if strict {
        let all = checked.deck.diagnostics.iter_mut();
        for d in all.chain(checked.content_errors.iter_mut()) {
            d.severity = Severity::Error;
        }
    }
    checked
}

impl DeckCheck {
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    fn errors(&self) -> usize {
        count(&self.deck.diagnostics, Severity::Error) + self.content_errors.len()
    }

    /// Every problem as rustc renders its own, the content's first, then the summary line.
    pub fn render(&self, color: bool, lang: Lang) -> String {
        let mut out = String::new();
        let mut put = |d: &Diagnostic, sources: &SourceMap| {
            out.push_str(&d.render(sources, color, &lang.words().diagnostics.wording()));
            out.push_str("\n\n");
        };
        for d in &self.content_errors {
            put(d, &self.content.sources);
        }
        for d in &self.deck.diagnostics {
            put(d, &self.deck.sources);
        }
        out.push_str(&self.summary(lang));
        out.push('\n');
        out
    }

    /// `checked talk.toml: 12 slides, against the built-in content; 0 errors, 1 warning`
    pub fn summary(&self, lang: Lang) -> String {
        let name = &self.deck.sources.get(self.deck.references.file).name;
        let name = crate::text::sanitize(name, crate::text::TextShape::Line).text;
        let folder = match self.content.location() {
            Some(ContentLocation::Folder(path)) => {
                let path = path.display().to_string();
                Some(crate::text::sanitize(&path, crate::text::TextShape::Line).text)
            }
            _ => None,
        };
        (lang.words().problems.deck_summary)(&DeckSummary {
            name: &name,
            slides: self.deck.talk.as_ref().map(|t| t.slides.len()),
            folder: folder.as_deref(),
            errors: self.errors(),
            warnings: count(&self.deck.diagnostics, Severity::Warning),
        })
    }
}
