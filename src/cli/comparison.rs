//! `confer print`: two editions compared, written out as text or Markdown.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::{Format, PrintArgs, hyperlinks, open_checked, output, report_errors, terminal_profile};
use crate::compare::{Comparison, Side, compare};
use crate::content::{Diagnostic, EditionId, Library, Pace};
use crate::editions;
use crate::print::{self, PrintOptions};
use crate::rows::Section;
use crate::settings::Settings;

/// The two editions named, read whole: exit 2 naming the editions there are, or 1 with the
/// errors of the two.
fn read_pair(
    library: &mut Library,
    ids: &[String],
    settings: &Settings,
) -> Result<(EditionId, EditionId), ExitCode> {
    let (left, right) = match editions::indices(&library.index, ids) {
        Ok(pair) => pair,
        Err(error) => return Err(super::choice_failed(&error, settings.lang)),
    };
    let shown: Vec<EditionId> = [left, right]
        .into_iter()
        .filter_map(|at| library.index.get(at).map(|e| e.id.clone()))
        .collect();
    // Printed, not shown while someone waits: memory matters more than the milliseconds.
    let errors = library.read_at(&shown, Pace::OneAtATime);
    if !errors.is_empty() {
        let errors: Vec<&Diagnostic> = errors.iter().collect();
        report_errors(library, &errors, settings);
        return Err(ExitCode::from(1));
    }
    let [left, right] = <[EditionId; 2]>::try_from(shown).map_err(|_| ExitCode::from(1))?;
    Ok((left, right))
}

/// The comparison of the editions named, or exit 2 (unknown editions) or 1 (their errors).
pub(super) fn with_comparison(
    ids: &[String],
    settings: &Settings,
    show: impl FnOnce(&Comparison, &Library) -> String,
) -> ExitCode {
    let mut library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let (left, right) = match read_pair(&mut library, ids, settings) {
        Ok(pair) => pair,
        Err(code) => return code,
    };
    let side = |id: &EditionId| {
        library
            .edition(id)
            .map(|(series, edition)| Side { series, edition })
    };
    let (Some(left), Some(right)) = (side(&left), side(&right)) else {
        return ExitCode::from(1);
    };
    output::stdout(show(&compare(left, right), &library).as_bytes())
}

pub(super) fn print_comparison(args: &PrintArgs, settings: &Settings) -> ExitCode {
    let sections = if args.sections.is_empty() {
        Section::ALL.to_vec()
    } else {
        args.sections.clone()
    };
    with_comparison(&args.editions, settings, |comparison, _| {
        match args.output.format {
            Format::Markdown => print::markdown(comparison, &sections, settings.lang),
            Format::Text => {
                let stdout = std::io::stdout();
                let options = PrintOptions {
                    sections,
                    width: args.output.width.map_or_else(print_width, usize::from),
                    lang: settings.lang,
                    color: settings.color.enabled(stdout.is_terminal()),
                    profile: crate::text::Profile {
                        hyperlinks: hyperlinks(settings, stdout.is_terminal()),
                        ..terminal_profile(settings.ambiguous_width)
                    },
                };
                print::text(comparison, &options)
            }
        }
    })
}

/// The width to print at when none is given: the terminal's, also when the output goes
/// through a pager (`confer print | less -R`), then COLUMNS, then 100.
pub(super) fn print_width() -> usize {
    let interactive = std::io::stdout().is_terminal() || std::io::stderr().is_terminal();
    let terminal = interactive
        .then(|| crossterm::terminal::size().ok())
        .flatten();
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok());
    terminal
        .map(|(width, _)| width)
        .or(columns)
        .map_or(100, |w| usize::from(w.clamp(20, 1000)))
}
