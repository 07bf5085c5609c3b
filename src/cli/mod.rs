//! The command line: options, subcommands, and running one of them to an exit code
//! (0 fine, 1 content errors, 2 usage errors).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use crate::content::{self, ContentLocation, Diagnostic, Library};
use crate::editions;
use crate::i18n::Lang;
use crate::list;
use crate::settings::{
    AmbiguousChoice, ColorChoice, ContentOrigin, Settings, config_path, read_config, read_config_in,
};
use crate::text::{AmbiguousWidth, Profile, hyperlinks_wanted, probe_tty_while};
use crate::tui::Start;

mod args;
mod check;
mod comparison;
mod export;
pub mod lang;
mod new;
pub mod output;
mod present;
pub(crate) mod said;
mod series;
mod wrap;

pub use args::*;
pub use check::summary;
use check::{check, check_deck, check_missing, is_deck};
use comparison::{print_comparison, print_width, with_comparison};
use export::export;
use new::new_edition;
use output::say;
use present::present;
use series::print_series;

/// Parses the arguments (exiting 2 on a usage error, as clap does) and runs the command.
pub fn main() -> ExitCode {
    crate::allocator::tune();
    // `confer` alone, the most common start, is every default: building the parser is a
    // tenth of the time to the first frame, for nothing (a test holds the two the same).
    let var = |name: &str| std::env::var(name).ok();
    // Read once, before the line: the file may choose the language the line is read in.
    let config_file = config_path(&var);
    let mut read = config_file.as_deref().map(read_config).unwrap_or_default();
    let cli = if std::env::args_os().len() <= 1 {
        Cli::default()
    } else {
        match parse(&var, read.config.lang) {
            Ok(cli) => cli,
            // `--help` and `--version` are output like any other, checked as such.
            Err((error, lang)) => return output::clap_said(&error, lang),
        }
    };
    let config = std::mem::take(&mut read.config);
    let mut settings = Settings::resolve(cli.flags(), config, &var);
    settings.config_file = config_file.clone();
    // The problems are said in the language chosen, which the file itself may choose: a file
    // with problems is read again to say them in it (a few hundred bytes).
    let mut read = match &config_file {
        Some(path) if settings.lang != Lang::En && !read.problems.is_empty() => {
            read_config_in(path, settings.lang)
        }
        _ => read,
    };
    let words = &settings.lang.words().config;
    // A missing file at the default place is no config; one named on purpose is a mistake.
    if let Some(named) = var("CONFER_CONFIG").filter(|v| !v.is_empty())
        && std::fs::symlink_metadata(&named).is_err()
    {
        read.problems.push(
            content::Diagnostic::warning(
                words.named_missing,
                // Shown, never written raw: the variable could hold anything.
                content::Location::Path(
                    crate::text::sanitize(&named, crate::text::TextShape::Line).text,
                ),
            )
            .with_help(words.named_missing_help),
        );
    }
    // Every problem of the config file at once; each bad setting is left out, never fatal.
    let color = cli.global.color.unwrap_or(ColorChoice::Auto);
    let color = color.enabled(std::io::stderr().is_terminal());
    let wording = settings.lang.words().diagnostics.wording();
    for problem in &read.problems {
        say!("{}\n", problem.render(&read.sources, color, &wording));
    }
    output::speak(settings.lang);
    for notice in &settings.notices {
        say!("confer: {notice}");
    }
    match (&cli.command, interactive()) {
        (None, true) => explore(&cli.editions, &settings, Start::Explorer),
        // Without a terminal the explorer cannot open: editions named are printed instead.
        (None, false) if !cli.editions.is_empty() => {
            let args = PrintArgs {
                editions: cli.editions.clone(),
                sections: Vec::new(),
                output: OutputArgs::default(),
            };
            print_comparison(&args, &settings)
        }
        (command, _) => run(command, &settings),
    }
}

/// The command line read in the language of its words: clap's own parser for English, the
/// catalogue's for another (its help and errors are then written in it).
fn parse(
    var: &dyn Fn(&str) -> Option<String>,
    config_lang: Option<Lang>,
) -> Result<Cli, (clap::Error, Lang)> {
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = lang::of_line(&args, var, config_lang);
    if lang == Lang::En {
        return Cli::try_parse().map_err(|error| (error, lang));
    }
    let mut command = lang::command(lang);
    command
        .try_get_matches_from_mut(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
        .map_err(|error| (error, lang))
}

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// The explorer; content errors and unknown editions are reported before the screen opens.
/// The two editions shown are read while the terminal is measured.
fn explore(ids: &[String], settings: &Settings, start: Start) -> ExitCode {
    let library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let pair = match editions::indices(&library.index, ids) {
        Ok(pair) => pair,
        Err(error) => return choice_failed(&error, settings.lang),
    };
    explore_library(library, pair, settings, start)
}

/// The explorer (or the slides) on the editions at `pair` of an open library.
fn explore_library(
    library: Library,
    pair: (usize, usize),
    settings: &Settings,
    start: Start,
) -> ExitCode {
    let ambiguous = settings.ambiguous_width;
    // The explorer runs only on a terminal.
    let links = hyperlinks(settings, true);
    let profile_of = move |meanwhile: &mut dyn FnMut()| Profile {
        hyperlinks: links,
        ..terminal_profile_while(ambiguous, meanwhile)
    };
    let talk = matches!(start, Start::Talk { .. });
    let watch = match (&settings.content, settings.watch) {
        (Some(folder), true) => Some(folder.clone()),
        // A talk's deck is watched all the same.
        (None, true) if talk => None,
        (None, true) => {
            say!(
                "confer: {}",
                settings.lang.words().cli.messages.watch_built_in
            );
            None
        }
        (_, false) => None,
    };
    let options = crate::tui::Options {
        lang: settings.lang,
        theme: settings.theme,
        keys: settings.keys.clone(),
        start,
        watch,
        watch_deck: settings.watch && talk,
    };
    match crate::tui::explore(library, pair, options, profile_of) {
        Ok(()) => ExitCode::SUCCESS,
        Err(crate::tui::ExploreError::Content(library, errors)) => {
            let errors: Vec<&Diagnostic> = errors.iter().collect();
            report_errors(&library, &errors, settings);
            ExitCode::from(1)
        }
        Err(error) => {
            let words = &settings.lang.words().cli;
            say!("{}{}", words.usage.error, error.said(settings.lang));
            ExitCode::from(1)
        }
    }
}

pub fn run(command: &Option<Command>, settings: &Settings) -> ExitCode {
    match command {
        Some(Command::Check(args)) => {
            if let Some(deck) = args.dir.as_deref().filter(|path| is_deck(path)) {
                return check_deck(deck, args.strict, settings);
            }
            if args.dir.is_none() && config_folder_missing(settings) {
                return ExitCode::from(1);
            }
            if let Some(dir) = &args.dir
                && std::fs::symlink_metadata(dir).is_err()
            {
                return check_missing(dir, settings);
            }
            let folder = args.dir.clone().or_else(|| settings.content.clone());
            check(location(folder), args.strict, settings)
        }
        Some(Command::Print(args)) => print_comparison(args, settings),
        Some(Command::Present(args)) => present(args, settings),
        Some(Command::Series(args)) => print_series(args, settings),
        Some(Command::New(args)) => new_edition(&args.edition, settings),
        Some(Command::Completions(args)) => match crate::generate::completions(args.shell) {
            Ok(script) => output::stdout(&script),
            Err(shell) => {
                let words = settings.lang.words();
                let said = (words.problems.no_completions)(&shell.to_string());
                say!("{}{said}", words.cli.usage.error);
                ExitCode::from(2)
            }
        },
        Some(Command::Man(args)) => man(args.out.as_deref(), settings.lang),
        Some(Command::Export(args)) => export(args, settings),
        Some(Command::Schema(args)) => output::stdout(crate::schema::render(args.kind).as_bytes()),
        Some(Command::List(_)) | None => list_editions(settings),
    }
}

/// The terminal's profile: measured when standard input and output are a terminal, with
/// `--ambiguous-width 1|2` overriding what was measured for ambiguous characters.
pub fn terminal_profile(choice: AmbiguousChoice) -> Profile {
    terminal_profile_while(choice, || ())
}

/// Whether to write web addresses as links the terminal can open, on an output that is a
/// terminal or not: `text::hyperlinks_wanted` decides, with `--color never` as asking for
/// plain output.
pub fn hyperlinks(settings: &Settings, is_terminal: bool) -> bool {
    let var = |name: &str| std::env::var(name).ok();
    hyperlinks_wanted(is_terminal, settings.color == ColorChoice::Never, &var)
}

/// `terminal_profile`, doing `meanwhile` while the terminal answers.
pub fn terminal_profile_while(choice: AmbiguousChoice, meanwhile: impl FnOnce()) -> Profile {
    let measured = probe_tty_while(meanwhile);
    let given = |ambiguous| Profile {
        ambiguous,
        box_drawing: ambiguous,
        ..measured
    };
    match choice {
        AmbiguousChoice::Auto => measured,
        AmbiguousChoice::One => given(AmbiguousWidth::Narrow),
        AmbiguousChoice::Two => given(AmbiguousWidth::Wide),
    }
}

/// The content, or exit 1 with its errors printed.
/// A content folder the config file names but that is not there: said of the config file,
/// where the reader has to mend it.
fn config_folder_missing(settings: &Settings) -> bool {
    let (Some(folder), Some(ContentOrigin::ConfigFile)) =
        (&settings.content, settings.content_origin)
    else {
        return false;
    };
    if folder.exists() {
        return false;
    }
    let words = &settings.lang.words().cli;
    let file = settings.config_file.as_ref().map_or_else(
        || words.messages.the_config_file.to_string(),
        |f| f.display().to_string(),
    );
    let folder = folder.display().to_string();
    say!(
        "{}{}",
        words.usage.error,
        (words.messages.config_folder_missing)(&folder, &file)
    );
    true
}

/// The content's series files and index, or exit 1 with their errors printed. Editions
/// that could not be indexed are left out, with a line saying so.
fn open_checked(settings: &Settings) -> Result<Library, ExitCode> {
    if config_folder_missing(settings) {
        return Err(ExitCode::from(1));
    }
    let library = Library::open(&location(settings.content.clone()));
    let errors = library.errors();
    if !errors.is_empty() {
        report_errors(&library, &errors, settings);
        return Err(ExitCode::from(1));
    }
    if let Some(first) = library.left_out().first() {
        let left_out = settings.lang.words().cli.messages.left_out;
        let first = first.one_line(
            &library.sources,
            &settings.lang.words().diagnostics.wording(),
        );
        say!("confer: {}", left_out(library.left_out_files(), &first));
    }
    Ok(library)
}

fn location(folder: Option<PathBuf>) -> ContentLocation {
    folder.map_or(ContentLocation::BuiltIn, ContentLocation::Folder)
}

/// `confer list`: every edition the index holds. An edition that cannot be indexed is an
/// error here, as the listing would otherwise be silently short.
fn list_editions(settings: &Settings) -> ExitCode {
    if config_folder_missing(settings) {
        return ExitCode::from(1);
    }
    let library = Library::open(&location(settings.content.clone()));
    let mut errors = library.errors();
    errors.extend(library.left_out());
    if !errors.is_empty() {
        content::sort_refs(&mut errors);
        report_errors(&library, &errors, settings);
        return ExitCode::from(1);
    }
    let warnings = library.warnings();
    if warnings > 0 {
        let has_warnings = settings.lang.words().cli.messages.has_warnings;
        say!("confer: {}", has_warnings(warnings));
    }
    let profile = terminal_profile(settings.ambiguous_width);
    output::stdout(list::render(&library.index, settings.lang, &profile).as_bytes())
}

/// Content errors for a command that shows content: the errors, then what was read, on
/// stderr.
fn report_errors(library: &Library, errors: &[&Diagnostic], settings: &Settings) {
    let color = settings.color.enabled(std::io::stderr().is_terminal());
    let words = settings.lang.words().diagnostics.wording();
    let mut err = content::diagnostic::render_all(errors, &library.sources, color, &words);
    let place = library
        .location()
        .cloned()
        .unwrap_or(ContentLocation::BuiltIn);
    let all: Vec<Diagnostic> = errors.iter().map(|d| (*d).clone()).collect();
    err.push_str(&summary(library.stats, &all, &place, settings.lang));
    say!("{err}");
}

/// Why the editions typed name no pair, in the reader's words: exit 2.
fn choice_failed(error: &editions::ChoiceError, lang: Lang) -> ExitCode {
    let words = &lang.words().cli;
    say!("{}{}", words.usage.error, error.said(&words.messages));
    ExitCode::from(2)
}

/// `confer man`: confer's own page on stdout, or with `--out DIR` every page written into
/// DIR and its path printed (exit 1 when one cannot be written).
fn man(out: Option<&std::path::Path>, lang: Lang) -> ExitCode {
    let Some(dir) = out else {
        return output::stdout(
            crate::generate::man::confer_page(<Cli as clap::CommandFactory>::command())
                .roff
                .as_bytes(),
        );
    };
    let write: &dyn Fn(&std::path::Path, &[u8]) -> std::io::Result<()> = &|path, roff| {
        crate::whole_file::write_whole(path, |out| std::io::Write::write_all(out, roff))
    };
    match crate::generate::man::write_pages(dir, <Cli as clap::CommandFactory>::command(), write) {
        Ok(written) => output::stdout(
            written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect::<String>()
                .as_bytes(),
        ),
        Err(error) => {
            let words = &lang.words().cli;
            let (dir, error) = (dir.display().to_string(), error.to_string());
            say!(
                "{}{}",
                words.usage.error,
                (words.messages.man_not_written)(&dir, &error)
            );
            ExitCode::from(1)
        }
    }
}
