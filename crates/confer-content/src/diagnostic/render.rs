//! Diagnostics rendered the way rustc prints its own, one or a capped listing of many.

use std::borrow::Borrow;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::text::{clean, floor_char_boundary};
use super::{Diagnostic, Location, Severity, SourceFile, SourceMap, Wording};

impl Diagnostic {
    /// Renders the diagnostic as rustc does, in `words`' language; `color` adds ANSI styles.
    pub fn render(&self, sources: &SourceMap, color: bool, words: &Wording) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(words.error),
            Severity::Warning => Level::WARNING.with_name(words.warning),
        };
        let said = self.said(words);
        let message = clean(&said.message);
        let title = level.primary_title(message.as_str());
        let shown;
        let mut group = match &self.location {
            Location::Nowhere => Group::with_title(title),
            Location::Path(path) => title.element(Origin::path(clean(path))),
            Location::Span(file, span) => {
                let file = sources.get(*file);
                let excerpt = Excerpt::of(file, span.clone());
                shown = excerpt.text;
                let mut annotation = AnnotationKind::Primary.span(excerpt.span);
                if let Some(label) = &said.label {
                    annotation = annotation.label(clean(label));
                }
                title.element(
                    Snippet::source(shown.as_str())
                        .line_start(excerpt.first_line)
                        .path(clean(&file.name))
                        .annotation(annotation),
                )
            }
        };
        if let Some(note) = &said.note {
            group = group.element(Level::NOTE.with_name(words.note).message(clean(note)));
        }
        if let Some(help) = &said.help {
            group = group.element(Level::HELP.with_name(words.help).message(clean(help)));
        }
        renderer.render(&[group])
    }
}

/// How many diagnostics a listing shows: past it, the rest are counted, errors and warnings
/// apart, on one line. About 1,200 lines of output, more than anyone reads before fixing
/// and checking again; mistakes in a large file tend to repeat (one misspelt key in every
/// entry), which the first screens show. clang stops at 20 errors and javac at 100; a
/// content file's errors are cheaper to fix in bulk, so more are shown.
pub const SHOWN: usize = 200;

/// Renders `diagnostics` (in the order given), each followed by a blank line, the first
/// [`SHOWN`] of them only: errors before warnings, so that none hides behind the warnings
/// of a long file; the rest counted as `and N more errors and M more warnings`.
pub fn render_all<D: Borrow<Diagnostic>>(
    diagnostics: &[D],
    sources: &SourceMap,
    color: bool,
    words: &Wording,
) -> String {
    let diagnostics: Vec<&Diagnostic> = diagnostics.iter().map(Borrow::borrow).collect();
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    // Errors first, then warnings while there is room; shown in the order given.
    let room_for_warnings = SHOWN.saturating_sub(errors);
    let (mut errors_shown, mut warnings_shown) = (0, 0);
    let mut out = String::new();
    for d in &diagnostics {
        let shown = match d.severity {
            Severity::Error => &mut errors_shown,
            Severity::Warning => &mut warnings_shown,
        };
        let limit = match d.severity {
            Severity::Error => SHOWN,
            Severity::Warning => room_for_warnings,
        };
        if *shown < limit {
            *shown += 1;
            out.push_str(&d.render(sources, color, words));
            out.push_str("\n\n");
        }
    }
    let warnings = diagnostics.len() - errors;
    let (errors_left, warnings_left) = (errors - errors_shown, warnings - warnings_shown);
    if errors_left + warnings_left > 0 {
        out.push_str(&(words.more)(errors_left, warnings_left));
        out.push_str("\n\n");
    }
    out
}

/// 1-based line and character column of a byte offset (counting from the start: for one
/// offset; a file's many use its [`LineIndex`]).
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The lines of a file a span touches, as they are safe to print: all a diagnostic shows,
/// so that rendering it costs its own lines, whatever the size of the file.
struct Excerpt {
    text: String,
    /// The span, moved to match `text`.
    span: Range<usize>,
    /// The 1-based number of the first line of `text`.
    first_line: usize,
}

impl Excerpt {
    /// From the start of the line `span` starts on to the end of the line it ends on (the
    /// line after the last byte when it ends at a line's start, as the renderer counts it).
    /// Each replaced character stays one character, so lines and columns do not change;
    /// only a CR before LF is dropped.
    fn of(file: &SourceFile, span: Range<usize>) -> Excerpt {
        let text = file.text.as_str();
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let lines = file.lines();
        let first_line = lines.line(start);
        let from = lines.range(text, first_line).start;
        let to = lines.range(text, lines.line(end)).end;
        let before = clean(&text[from..start]);
        let inside = clean(&text[start..end]);
        let after = clean(&text[end..to]);
        let shown_start = before.len();
        let shown_end = shown_start + inside.len();
        Excerpt {
            text: before + &inside + &after,
            span: shown_start..shown_end,
            first_line: first_line + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::{clean, floor_char_boundary};
    use super::*;
    use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

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
        let out = d.render(&sources, false, &Wording::ENGLISH);
        assert!(out.starts_with("error: unknown key 'lable'"), "{out}");
        assert!(out.contains("--> content/wic/2014.toml:2:1"), "{out}");
        assert!(out.contains("2 | lable = \"x\""), "{out}");
        assert!(out.contains("  | ^^^^^"), "{out}");
        assert!(out.contains("help: did you mean 'label'?"), "{out}");
    }

    /// A file with what makes lines hard: CRLF, wide and multi-byte characters, a tab, a
    /// control character, an empty line, no newline at the end.
    const TRICKY: &str = "format = 1\r\n[edition]\nname = \"烏鎮\u{7}\"\n\n\tx = [\n  1,\n]\r\ny";

    #[test]
    fn the_line_index_agrees_with_counting_from_the_start() {
        for text in [TRICKY, "", "\n", "a\n", "\n\nb"] {
            let file = SourceFile::new("x.toml".into(), text.into());
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    file.line_and_column(offset),
                    line_and_column(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    /// As diagnostics were rendered before the line index: the whole file given to the
    /// renderer, cleaned around the span.
    fn rendered_with_the_whole_file(d: &Diagnostic, sources: &SourceMap) -> String {
        let Location::Span(file, span) = &d.location else {
            unreachable!("a span")
        };
        let file = sources.get(*file);
        let text = file.text.as_str();
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let (before, inside) = (clean(&text[..start]), clean(&text[start..end]));
        let shown = before.clone() + &inside + &clean(&text[end..]);
        let span = before.len()..before.len() + inside.len();
        let mut annotation = AnnotationKind::Primary.span(span);
        if let Some(label) = &d.label {
            annotation = annotation.label(clean(label));
        }
        let snippet = Snippet::source(shown.as_str())
            .path(clean(&file.name))
            .annotation(annotation);
        Renderer::plain().render(&[Level::ERROR
            .primary_title(clean(&d.message))
            .element(snippet)])
    }

    #[test]
    fn a_diagnostic_renders_from_its_own_lines_as_from_the_whole_file() {
        let mut sources = SourceMap::default();
        let file = sources.add("x.toml".into(), TRICKY.into());
        let boundaries: Vec<usize> = (0..=TRICKY.len())
            .filter(|at| TRICKY.is_char_boundary(*at))
            .collect();
        for (i, start) in boundaries.iter().enumerate() {
            for end in &boundaries[i..] {
                let d = Diagnostic::error("oops", Location::Span(file, *start..*end))
                    .with_label("here");
                assert_eq!(
                    d.render(&sources, false, &Wording::ENGLISH),
                    rendered_with_the_whole_file(&d, &sources),
                    "span {start}..{end}"
                );
            }
        }
    }

    #[test]
    fn the_rendering_of_a_diagnostic_holds_only_its_own_lines() {
        let mut sources = SourceMap::default();
        // Every line different, so that any line shown besides its own would be seen.
        let text: String = (1..=10_000).map(|n| format!("key{n} = {n}\n")).collect();
        let file = sources.add("big.toml".into(), text.clone());
        let at = text.find("key5000 ").unwrap();
        let d = Diagnostic::error("unknown key 'key5000'", Location::Span(file, at..at + 7));
        let excerpt = Excerpt::of(sources.get(file), at..at + 7);
        assert_eq!(excerpt.text, "key5000 = 5000\n");
        assert_eq!(excerpt.first_line, 5000);
        let out = d.render(&sources, false, &Wording::ENGLISH);
        assert!(out.contains("--> big.toml:5000:1"), "{out}");
        assert_eq!(out.matches(" = ").count(), 1, "one line of the file: {out}");
        // Every other line of the file changed: the same rendering.
        let other: String = (1..=10_000)
            .map(|n| match n {
                5000 => "key5000 = 5000\n".to_string(),
                _ => format!("[[other]]\t# {}\n", "烏".repeat(n % 7)),
            })
            .collect();
        let mut elsewhere = SourceMap::default();
        let file = elsewhere.add("big.toml".into(), other.clone());
        let at = other.find("key5000 ").unwrap();
        let d = Diagnostic::error("unknown key 'key5000'", Location::Span(file, at..at + 7));
        assert_eq!(d.render(&elsewhere, false, &Wording::ENGLISH), out);
    }

    #[test]
    fn past_the_cap_errors_are_shown_before_warnings_and_the_rest_counted() {
        let mut sources = SourceMap::default();
        let text: String = (0..SHOWN + 50).map(|n| format!("k{n} = 1\n")).collect();
        let file = sources.add("x.toml".into(), text.clone());
        // Warnings first in the file, then errors: the cap must not hide the errors.
        let diagnostics: Vec<Diagnostic> = (0..SHOWN + 50)
            .map(|n| {
                let at = text.find(&format!("k{n} ")).unwrap();
                let location = Location::Span(file, at..at + 1);
                if n < SHOWN {
                    Diagnostic::warning(format!("w{n}"), location)
                } else {
                    Diagnostic::error(format!("e{n}"), location)
                }
            })
            .collect();
        let out = render_all(&diagnostics, &sources, false, &Wording::ENGLISH);
        assert_eq!(out.matches("error: ").count(), 50, "every error shown");
        assert_eq!(out.matches("warning: ").count(), SHOWN - 50);
        assert!(out.ends_with("and 50 more warnings\n\n"), "{out}");
        let shown = render_all(&diagnostics[..SHOWN], &sources, false, &Wording::ENGLISH);
        assert!(!shown.contains("more"), "none left to count");
        let one_more = render_all(
            &diagnostics[..SHOWN + 1],
            &sources,
            false,
            &Wording::ENGLISH,
        );
        assert!(one_more.ends_with("and 1 more warning\n\n"), "{one_more}");
    }

    #[test]
    fn escapes_in_the_shown_line_never_reach_the_terminal() {
        let mut sources = SourceMap::default();
        let text = "title = \"\u{1b}]0;owned\u{7}\"\nbad\n";
        let file = sources.add("x.toml".into(), text.into());
        let start = text.find("bad").unwrap();
        let d = Diagnostic::error("oops \u{1b}[2J", Location::Span(file, start..start + 3));
        let out = d.render(&sources, false, &Wording::ENGLISH);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains("x.toml:2:1"), "{out}");
    }
}
