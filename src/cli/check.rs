//! `confer check`: a content folder, or a talk's deck, judged whole.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::{config_folder_missing, location, output};
use crate::content::{self, ContentLocation, Diagnostic, Severity, Stats};
use crate::i18n::Lang;
use crate::i18n::cli::Counts;
use crate::settings::Settings;

pub(super) fn check(location: ContentLocation, strict: bool, settings: &Settings) -> ExitCode {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut loaded = content::check(&location, threads);
    if strict {
        for d in &mut loaded.diagnostics {
            d.severity = Severity::Error;
        }
    }
    let color = settings.color.enabled(std::io::stdout().is_terminal());
    let words = settings.lang.words().diagnostics.wording();
    let mut out =
        content::diagnostic::render_all(&loaded.diagnostics, &loaded.sources, color, &words);
    out.push_str(&summary(
        loaded.stats,
        &loaded.diagnostics,
        &location,
        settings.lang,
    ));
    out.push('\n');
    let code = if loaded.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    output::stdout_then(out.as_bytes(), code)
}

/// `confer check DIR` with a folder that is not there: said about the path typed, not about
/// `--content`, which the reader did not use.
pub(super) fn check_missing(dir: &Path, settings: &Settings) -> ExitCode {
    let shown =
        crate::text::sanitize(&dir.display().to_string(), crate::text::TextShape::Line).text;
    let missing = content::missing_folder(&shown, content::files::GivenTo::Check);
    let color = settings.color.enabled(std::io::stdout().is_terminal());
    let location = ContentLocation::Folder(dir.to_path_buf());
    let words = settings.lang.words().diagnostics.wording();
    let mut out = missing.render(&content::SourceMap::default(), color, &words);
    out.push_str("\n\n");
    out.push_str(&summary(
        Stats::default(),
        &[missing],
        &location,
        settings.lang,
    ));
    out.push('\n');
    output::stdout_then(out.as_bytes(), ExitCode::from(1))
}

/// Whether `confer check PATH` is about a deck: a file, or a `.toml` path that is not there
/// (which is then reported as a missing deck, not as a missing content folder).
pub(super) fn is_deck(path: &Path) -> bool {
    path.is_file() || (!path.exists() && path.extension().is_some_and(|e| e == "toml"))
}

/// `confer check talk.toml`: exit 0 when fine (warnings allowed unless `--strict`), 1 on errors.
pub(super) fn check_deck(path: &Path, strict: bool, settings: &Settings) -> ExitCode {
    if config_folder_missing(settings) {
        return ExitCode::from(1);
    }
    let checked = crate::talk::check(
        path,
        &location(settings.content.clone()),
        &[],
        strict,
        settings.lang,
    );
    let color = settings.color.enabled(std::io::stdout().is_terminal());
    let rendered = checked.render(color, settings.lang);
    let code = if checked.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    output::stdout_then(rendered.as_bytes(), code)
}

/// `checked content: 1 series, 2 editions, 140 entries, 9 sources; 0 errors, 2 warnings`, in
/// the reader's language.
pub fn summary(
    s: Stats,
    diagnostics: &[Diagnostic],
    location: &ContentLocation,
    lang: Lang,
) -> String {
    let words = &lang.words().cli.check;
    let place = match location {
        ContentLocation::BuiltIn => words.built_in.to_string(),
        ContentLocation::Folder(path) => (words.folder)(
            &crate::text::sanitize(&path.display().to_string(), crate::text::TextShape::Line).text,
        ),
    };
    let count = |severity| content::diagnostic::count(diagnostics, severity);
    let counts = Counts {
        series: s.series,
        editions: s.editions,
        entries: s.entries,
        sources: s.sources,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
    };
    (words.summary)(&place, &counts)
}
