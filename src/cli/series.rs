//! `confer series`: one series over its editions, or two side by side, as text or Markdown.

use std::io::IsTerminal;
use std::process::ExitCode;

use super::output::say;
use super::{Format, SeriesArgs, open_checked, output, print_width, terminal_profile};
use crate::content;
use crate::editions;
use crate::settings::Settings;

/// `confer series`: the series named (or the default one) as text or Markdown. Exit 2 for
/// a series that is not there; 1 for content errors, and also when an edition of the
/// series does not read, so that a short series is never taken for a whole one.
pub(super) fn print_series(args: &SeriesArgs, settings: &Settings) -> ExitCode {
    let library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let given: Vec<Option<&str>> = match &args.series[..] {
        [] => vec![None],
        ids => ids.iter().map(|id| Some(id.as_str())).collect(),
    };
    let mut reads = Vec::new();
    for id in given {
        let id = match chosen_series(&library.index, id) {
            Ok(id) => id,
            Err(message) => {
                say!("error: {message}");
                return ExitCode::from(2);
            }
        };
        let Some(read) = crate::series::read(&library, &id, &mut |_, _| ()) else {
            // The index lists the series, but its series file did not load.
            say!("error: series '{id}' could not be read; `confer check` shows why");
            return ExitCode::from(1);
        };
        reads.push(read);
    }
    let left_out: Vec<&content::EditionId> = reads.iter().flat_map(|r| &r.left_out).collect();
    for edition in &left_out {
        say!(
            "confer: edition {edition} is left out of the series (it does not read); `confer check` shows why"
        );
    }
    let code = if left_out.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    let written = match &reads[..] {
        [first, second] => pair_output(
            crate::series::pair::Pair {
                first: &first.model,
                second: &second.model,
            },
            args,
            settings,
        ),
        [one, ..] => series_output(&one.model, args, settings),
        [] => String::new(),
    };
    output::stdout_then(written.as_bytes(), code)
}

/// How `series` prints text: at the width and colour `confer print` would use.
fn text_options(args: &SeriesArgs, settings: &Settings) -> crate::series::TextOptions {
    crate::series::TextOptions {
        width: args.output.width.map_or_else(print_width, usize::from),
        lang: settings.lang,
        color: settings.color.enabled(std::io::stdout().is_terminal()),
        profile: terminal_profile(settings.ambiguous_width),
    }
}

/// Two series side by side, as `--format` asks.
fn pair_output(pair: crate::series::pair::Pair, args: &SeriesArgs, settings: &Settings) -> String {
    match args.output.format {
        Format::Markdown => crate::series::pair::markdown(pair, settings.lang),
        Format::Text => crate::series::pair_text(pair, &text_options(args, settings)),
    }
}

/// The series as `--format` asks, text at the width and colour `confer print` would use.
fn series_output(
    model: &crate::series::SeriesModel,
    args: &SeriesArgs,
    settings: &Settings,
) -> String {
    match args.output.format {
        Format::Markdown => crate::series::markdown(model, settings.lang),
        Format::Text => crate::series::text(model, &text_options(args, settings)),
    }
}

/// The id of the series to print: the one given if the index has it, else the series of
/// the editions `confer print` compares by default.
fn chosen_series(index: &content::Index, given: Option<&str>) -> Result<String, String> {
    match given {
        Some(id) if index.series.iter().any(|s| s.id == id) => Ok(id.to_string()),
        Some(id) => Err(unknown_series(index, id)),
        None => default_series(index).ok_or_else(|| "there is no series to print".to_string()),
    }
}

/// The series of the left edition compared by default; a series with a single edition
/// has no default pair but still has a series to show, so then the first series.
fn default_series(index: &content::Index) -> Option<String> {
    let left = editions::indices(index, &[]).ok().map(|(left, _)| left);
    left.and_then(|at| index.get(at))
        .map(|edition| edition.id.series.clone())
        .or_else(|| index.series.first().map(|s| s.id.clone()))
}

/// `no series 'wc' (did you mean 'wic'?); the series are: wic`
fn unknown_series(index: &content::Index, id: &str) -> String {
    let known: Vec<&str> = index.series.iter().map(|s| s.id.as_str()).collect();
    if known.is_empty() {
        return format!("no series '{id}'; the content has no series");
    }
    let near = content::closest(id, known.iter().copied())
        .map(|near| format!(" (did you mean '{near}'?)"))
        .unwrap_or_default();
    format!(
        "no series '{id}'{near}; the series are: {}",
        known.join(", ")
    )
}
