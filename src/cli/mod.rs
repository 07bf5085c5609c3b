//! The command line: options, subcommands, and running one of them to an exit code
//! (0 fine, 1 content errors, 2 usage errors).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::compare::{Comparison, Side, compare};
use crate::content::{
    self, ContentLocation, Diagnostic, EditionId, Library, Pace, Severity, Stats,
};
use crate::editions;
use crate::i18n::Lang;
use crate::list;
use crate::present::SlideKind;
use crate::print::{self, PrintOptions};
use crate::rows::Section;
use crate::settings::{
    AmbiguousChoice, ColorChoice, ContentOrigin, Flags, Settings, config_path, read_config,
};
use crate::text::{AmbiguousWidth, Profile, probe_tty_while};
use crate::tui::Start;

mod present;
use crate::tui::theme::Theme;
use present::present;

#[derive(Debug, Parser, Default)]
#[command(
    name = "confer",
    version,
    about = "Compare editions of a conference side by side",
    long_about = "Compare editions of a conference side by side.\n\n\
        confer reads curated TOML content (built in, or a folder given with --content) and \
        shows how a conference changed between two editions.",
    after_help = "Without a command, confer opens the explorer on two editions. Without a \
        terminal it prints their comparison instead, or lists the editions when none is named."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    /// Editions for the explorer: series/stem, or a stem unique across series
    /// [default: the first series' earliest and latest]
    #[arg(value_name = "EDITION", num_args = 0..=2)]
    pub editions: Vec<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args, Default)]
pub struct GlobalArgs {
    /// Read content from this folder instead of the built-in content [env: CONFER_CONTENT]
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Language of the content shown [env: CONFER_LANG; default: from the locale, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// When to use colour; auto respects NO_COLOR [default: auto]
    #[arg(long, global = true, value_enum)]
    pub color: Option<ColorChoice>,
    /// How wide the terminal draws ambiguous characters such as ·, ① and ─; auto asks it
    /// [default: auto]
    #[arg(long, global = true, value_enum, value_name = "WIDTH")]
    pub ambiguous_width: Option<AmbiguousChoice>,
    #[command(flatten)]
    pub screen: ScreenArgs,
}

/// The explorer's and the slides' own options: shown in the help of the commands that
/// open a screen, accepted but not shown by the others.
#[derive(Debug, Args, Default)]
pub struct ScreenArgs {
    /// The explorer's and the slides' colours; NO_COLOR or --color never means mono
    /// [default: dark]
    #[arg(long, value_enum)]
    pub theme: Option<Theme>,
    /// Reload the content folder when a file in it is saved (explorer and slides)
    #[arg(long)]
    pub watch: bool,
}

/// The same options where they do nothing: accepted, so that they may stand before or after
/// any command, and left out of the help.
#[derive(Debug, Args, Default)]
pub struct QuietScreenArgs {
    #[arg(long, value_enum, hide = true)]
    pub theme: Option<Theme>,
    #[arg(long, hide = true)]
    pub watch: bool,
}

impl Cli {
    fn flags(&self) -> Flags {
        let g = &self.global;
        let (theme, watch) = match &self.command {
            Some(Command::Present(args)) => (args.screen.theme, args.screen.watch),
            Some(Command::Print(PrintArgs { screen, .. }))
            | Some(Command::Check(CheckArgs { screen, .. }))
            | Some(Command::Series(SeriesArgs { screen, .. }))
            | Some(Command::List(ListArgs { screen }))
            | Some(Command::Schema(SchemaArgs { screen, .. }))
            | Some(Command::Export(ExportArgs { screen, .. })) => (screen.theme, screen.watch),
            Some(Command::Completions(_) | Command::Man(_) | Command::New(_)) | None => {
                (None, false)
            }
        };
        Flags {
            content: g.content.clone(),
            lang: g.lang,
            color: g.color,
            ambiguous_width: g.ambiguous_width,
            theme: g.screen.theme.or(theme),
            watch: g.screen.watch || watch,
        }
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content, or a talk deck against the content, and report every error and warning
    Check(CheckArgs),
    /// List every edition with its id, dates, label and place
    List(ListArgs),
    /// Print the comparison of two editions as text (or Markdown)
    Print(PrintArgs),
    /// Present the comparison as full-screen slides (or export them for presenterm)
    Present(PresentArgs),
    /// Print a series over the years: figures as charts, themes, who came back, topics
    Series(SeriesArgs),
    /// Start an edition: write a commented skeleton file to fill in
    New(NewArgs),
    /// Print the completion script for a shell
    Completions(CompletionsArgs),
    /// Print the man page (roff) of confer and of each of its commands
    Man(ManArgs),
    /// Export the content as data: JSON on standard output, or CSV files into a folder
    Export(ExportArgs),
    /// Print the JSON Schema of a kind of content file, for editors (taplo, VS Code)
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
#[command(
    long_about = "Start an edition: write SERIES/STEM.toml in the content folder, a commented \
        skeleton that passes `confer check`, and SERIES/series.toml too when the series is new. \
        An existing file is never overwritten.",
    after_help = "The content folder is --content DIR, else CONFER_CONTENT, else `content` in \
        the config file; the built-in content is never written to."
)]
pub struct NewArgs {
    /// The edition: its series (a folder, new or not) and its file stem, both ids such as wic/2030
    #[arg(value_name = "SERIES/STEM", value_parser = crate::scaffold::parse_target)]
    pub edition: crate::scaffold::Target,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Install, for example:\n  \
    confer completions bash > ~/.local/share/bash-completion/completions/confer\n  \
    confer completions zsh > ~/.zfunc/_confer   (a folder on $fpath)\n  \
    confer completions fish > ~/.config/fish/completions/confer.fish")]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Install: confer man > ~/.local/share/man/man1/confer.1")]
pub struct ManArgs {
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Every text is exported in every language it is written in: in JSON as an \
        object of language tag to text, in CSV as a column per language (name_en, name_ja, \
        name_zh, ...). A text written as a plain string has the tag und. CSV writes \
        series, editions, figures, people, orgs, sessions, topics, outcomes, timeline, \
        notes and sources (.csv), a row per entry per edition; files of those names in \
        DIR are replaced."
)]
pub struct ExportArgs {
    /// Editions to export: series/stem, or a stem unique across series [default: every
    /// edition of every series]
    #[arg(value_name = "EDITION")]
    pub editions: Vec<String>,
    /// json: one document on standard output; csv: one file per table into --out DIR
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: crate::export::DataFormat,
    /// The folder to write the CSV files into, created if need be (csv only)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// For Excel (csv only): a UTF-8 byte-order mark first, and no text that starts a formula
    /// (a leading ' is added to a text starting with = + - @)
    #[arg(long)]
    pub bom: bool,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "At the root of a content folder:\n  \
    mkdir -p .confer\n  \
    confer schema series > .confer/series.schema.json\n  \
    confer schema edition > .confer/edition.schema.json\n\
    then make `#:schema ../.confer/edition.schema.json` (series.schema.json in series.toml) \
    the first line of each file: VS Code's Even Better TOML and `taplo check` read it.")]
pub struct SchemaArgs {
    /// The kind of file
    #[arg(value_enum, value_name = "KIND")]
    pub kind: crate::schema::FileKind,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
pub struct PresentArgs {
    /// Editions to compare: series/stem, or a stem unique across series
    #[arg(value_name = "EDITION", num_args = 0..=2)]
    pub editions: Vec<String>,
    /// Only these kinds of slide, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    pub only: Vec<SlideKind>,
    /// Write the deck as Markdown slides for presenterm instead of showing it (a talk's
    /// notes become presenterm speaker notes)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub export: Option<Export>,
    /// Give your own talk: its slides, order and speaker notes from a deck file (see
    /// `confer check DECK`); editions named here win over the deck's
    #[arg(long, value_name = "DECK")]
    pub deck: Option<PathBuf>,
    /// The presenter console for the deck: notes, the next slide, the time; run it in a
    /// second terminal beside the audience screen (the same command without this flag),
    /// and each follows the other
    #[arg(long, requires = "deck", conflicts_with = "export")]
    pub presenter: bool,
    #[command(flatten)]
    pub screen: ScreenArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Export {
    Markdown,
}

#[derive(Debug, Args)]
pub struct PrintArgs {
    /// Editions to compare: series/stem, or a stem unique across series
    /// [default: the first series' earliest and latest]
    #[arg(value_name = "EDITION", num_args = 0..=2)]
    pub editions: Vec<String>,
    /// Print only these sections (repeatable)
    #[arg(long = "section", value_enum, value_name = "NAME")]
    pub sections: Vec<Section>,
    /// Width in columns [default: the terminal's, 100 when not a terminal]
    #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
pub struct SeriesArgs {
    /// The series to print, by id [default: the series of the editions compared by default]
    #[arg(value_name = "SERIES")]
    pub series: Option<String>,
    /// Width in columns [default: the terminal's, 100 when not a terminal]
    #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Given a file (talk.toml), check it as a talk deck: its keys against the deck \
        format, and the editions, series and figure keys it names against the content \
        (--content DIR, else `content` in the config file, else the built-in content)."
)]
pub struct CheckArgs {
    /// Content folder to check, or a talk deck file to check against the content
    /// [default: --content, else the built-in content]
    #[arg(value_name = "DIR|DECK")]
    pub dir: Option<PathBuf>,
    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

/// Parses the arguments (exiting 2 on a usage error, as clap does) and runs the command.
pub fn main() -> ExitCode {
    crate::allocator::tune();
    // `confer` alone, the most common start, is every default: building the parser is a
    // tenth of the time to the first frame, for nothing (a test holds the two the same).
    let cli = if std::env::args_os().len() <= 1 {
        Cli::default()
    } else {
        Cli::parse()
    };
    let var = |name: &str| std::env::var(name).ok();
    let config_file = config_path(&var);
    let read = config_file.as_deref().map(read_config).unwrap_or_default();
    // Every problem of the config file at once; each bad setting is left out, never fatal.
    let color = cli.global.color.unwrap_or(ColorChoice::Auto);
    let color = color.enabled(std::io::stderr().is_terminal());
    for problem in &read.problems {
        eprintln!("{}\n", problem.render(&read.sources, color));
    }
    let mut settings = Settings::resolve(cli.flags(), read.config, &var);
    settings.config_file = config_file;
    for notice in &settings.notices {
        eprintln!("confer: {notice}");
    }
    match (&cli.command, interactive()) {
        (None, true) => explore(&cli.editions, &settings, Start::Explorer),
        // Without a terminal the explorer cannot open: editions named are printed instead.
        (None, false) if !cli.editions.is_empty() => {
            let args = PrintArgs {
                editions: cli.editions.clone(),
                sections: Vec::new(),
                width: None,
                format: Format::Text,
                screen: QuietScreenArgs::default(),
            };
            print_comparison(&args, &settings)
        }
        (command, _) => run(command, &settings),
    }
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
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
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
    let profile_of =
        move |meanwhile: &mut dyn FnMut()| terminal_profile_while(ambiguous, meanwhile);
    let talk = matches!(start, Start::Talk { .. });
    let watch = match (&settings.content, settings.watch) {
        (Some(folder), true) => Some(folder.clone()),
        // A talk's deck is watched all the same.
        (None, true) if talk => None,
        (None, true) => {
            eprintln!(
                "confer: --watch watches a content folder; the built-in content does not change"
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
        Err(message) => {
            eprintln!("error: {message}");
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
            let folder = args.dir.clone().or_else(|| settings.content.clone());
            check(location(folder), args.strict, settings.color)
        }
        Some(Command::Print(args)) => print_comparison(args, settings),
        Some(Command::Present(args)) => present(args, settings),
        Some(Command::Series(args)) => print_series(args, settings),
        Some(Command::New(args)) => new_edition(&args.edition, settings),
        Some(Command::Completions(args)) => {
            write_stdout_bytes(&crate::generate::completions(args.shell))
        }
        Some(Command::Man(_)) => write_stdout_bytes(&crate::generate::man()),
        Some(Command::Export(args)) => export(args, settings),
        Some(Command::Schema(args)) => {
            write_stdout(&crate::schema::render(args.kind));
            ExitCode::SUCCESS
        }
        Some(Command::List(_)) | None => list_editions(settings),
    }
}

/// The terminal's profile: measured when standard input and output are a terminal, with
/// `--ambiguous-width 1|2` overriding what was measured for ambiguous characters.
pub fn terminal_profile(choice: AmbiguousChoice) -> Profile {
    terminal_profile_while(choice, || ())
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
    let file = settings.config_file.as_ref().map_or_else(
        || "the config file".to_string(),
        |f| f.display().to_string(),
    );
    eprintln!(
        "error: content folder '{}' does not exist\n  = note: it is named by `content` in {file}\n  = help: correct or remove `content` in {file}, or give --content",
        folder.display()
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
        let count = library.left_out_files();
        eprintln!(
            "confer: {count} {} left out ({}); `confer check` shows why",
            if count == 1 {
                "edition is"
            } else {
                "editions are"
            },
            first.one_line(&library.sources),
        );
    }
    Ok(library)
}

/// The two editions named, read whole: exit 2 naming the editions there are, or 1 with the
/// errors of the two.
fn read_pair(
    library: &mut Library,
    ids: &[String],
    settings: &Settings,
) -> Result<(EditionId, EditionId), ExitCode> {
    let (left, right) = match editions::indices(&library.index, ids) {
        Ok(pair) => pair,
        Err(message) => {
            eprintln!("error: {message}");
            return Err(ExitCode::from(2));
        }
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
fn with_comparison(
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
    write_stdout(&show(&compare(left, right), &library));
    ExitCode::SUCCESS
}

fn print_comparison(args: &PrintArgs, settings: &Settings) -> ExitCode {
    let sections = if args.sections.is_empty() {
        Section::ALL.to_vec()
    } else {
        args.sections.clone()
    };
    with_comparison(&args.editions, settings, |comparison, _| {
        match args.format {
            Format::Markdown => print::markdown(comparison, &sections, settings.lang),
            Format::Text => {
                let stdout = std::io::stdout();
                let options = PrintOptions {
                    sections,
                    width: args.width.map_or_else(print_width, usize::from),
                    lang: settings.lang,
                    color: settings.color.enabled(stdout.is_terminal()),
                    profile: terminal_profile(settings.ambiguous_width),
                };
                print::text(comparison, &options)
            }
        }
    })
}

/// `confer series`: the series named (or the default one) as text or Markdown. Exit 2 for
/// a series that is not there; 1 for content errors, and also when an edition of the
/// series does not read, so that a short series is never taken for a whole one.
fn print_series(args: &SeriesArgs, settings: &Settings) -> ExitCode {
    let library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let id = match chosen_series(&library.index, args.series.as_deref()) {
        Ok(id) => id,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let Some(read) = crate::series::read(&library, &id, &mut |_, _| ()) else {
        // The index lists the series, but its series file did not load.
        eprintln!("error: series '{id}' could not be read; `confer check` shows why");
        return ExitCode::from(1);
    };
    for edition in &read.left_out {
        eprintln!(
            "confer: edition {edition} is left out of the series (it does not read); `confer check` shows why"
        );
    }
    write_stdout(&series_output(&read.model, args, settings));
    if read.left_out.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `confer export`: exit 2 for options that do not go together or an unknown edition, 1
/// for content errors (exporting everything, also for an edition left out of the index,
/// as the data would otherwise be silently short); nothing is written then.
fn export(args: &ExportArgs, settings: &Settings) -> ExitCode {
    use crate::export::{self, Exported, Failure};
    let target = match export::target(args.format, args.out.as_deref(), args.bom) {
        Ok(target) => target,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let mut library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let left_out = library.left_out();
    if args.editions.is_empty() && !left_out.is_empty() {
        report_errors(&library, &left_out, settings);
        return ExitCode::from(1);
    }
    let only = match export::choose(&library.index, &args.editions) {
        Ok(only) => only,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match export::export(&mut library, only.as_deref(), &target) {
        Ok(Exported::Json(json)) => write_stdout(&json),
        Ok(Exported::Csv(dir, files)) => {
            eprintln!("confer: wrote {} files to {}", files.len(), dir.display());
        }
        Err(Failure::Content(errors)) => {
            let errors: Vec<&Diagnostic> = errors.iter().collect();
            report_errors(&library, &errors, settings);
            return ExitCode::from(1);
        }
        Err(Failure::Other(message)) => {
            eprintln!("error: {message}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// The series as `--format` asks, text at the width and colour `confer print` would use.
fn series_output(
    model: &crate::series::SeriesModel,
    args: &SeriesArgs,
    settings: &Settings,
) -> String {
    match args.format {
        Format::Markdown => crate::series::markdown(model, settings.lang),
        Format::Text => {
            let options = crate::series::TextOptions {
                width: args.width.map_or_else(print_width, usize::from),
                lang: settings.lang,
                color: settings.color.enabled(std::io::stdout().is_terminal()),
                profile: terminal_profile(settings.ambiguous_width),
            };
            crate::series::text(model, &options)
        }
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

/// The width to print at when none is given: the terminal's, also when the output goes
/// through a pager (`confer print | less -R`), then COLUMNS, then 100.
fn print_width() -> usize {
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

fn location(folder: Option<PathBuf>) -> ContentLocation {
    folder.map_or(ContentLocation::BuiltIn, ContentLocation::Folder)
}

fn check(location: ContentLocation, strict: bool, color: ColorChoice) -> ExitCode {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut loaded = content::check(&location, threads);
    if strict {
        for d in &mut loaded.diagnostics {
            d.severity = Severity::Error;
        }
    }
    let color = color.enabled(std::io::stdout().is_terminal());
    let mut out = String::new();
    for d in &loaded.diagnostics {
        out.push_str(&d.render(&loaded.sources, color));
        out.push_str("\n\n");
    }
    out.push_str(&summary(loaded.stats, &loaded.diagnostics, &location));
    out.push('\n');
    write_stdout(&out);
    if loaded.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Whether `confer check PATH` is about a deck: a file, or a `.toml` path that is not there
/// (which is then reported as a missing deck, not as a missing content folder).
fn is_deck(path: &std::path::Path) -> bool {
    path.is_file() || (!path.exists() && path.extension().is_some_and(|e| e == "toml"))
}

/// `confer check talk.toml`: exit 0 when fine (warnings allowed unless `--strict`), 1 on errors.
fn check_deck(path: &std::path::Path, strict: bool, settings: &Settings) -> ExitCode {
    if config_folder_missing(settings) {
        return ExitCode::from(1);
    }
    let checked = crate::talk::check(path, &location(settings.content.clone()), &[], strict);
    write_stdout(&checked.render(settings.color.enabled(std::io::stdout().is_terminal())));
    if checked.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `checked content: 1 series, 2 editions, 140 entries, 9 sources; 0 errors, 2 warnings`
pub fn summary(s: Stats, diagnostics: &[Diagnostic], location: &ContentLocation) -> String {
    let place = match location {
        ContentLocation::BuiltIn => "the built-in content".to_string(),
        ContentLocation::Folder(path) => {
            crate::text::sanitize(&path.display().to_string(), crate::text::TextShape::Line).text
        }
    };
    let count = |severity| content::diagnostic::count(diagnostics, severity);
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    format!(
        "checked {place}: {} series, {} {}, {} {}, {} {}; {} {}, {} {}",
        s.series,
        s.editions,
        plural(s.editions, "edition"),
        s.entries,
        plural(s.entries, "entry"),
        s.sources,
        plural(s.sources, "source"),
        errors,
        plural(errors, "error"),
        warnings,
        plural(warnings, "warning"),
    )
}

fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => word.to_string(),
        (_, Some(stem)) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
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
        eprintln!(
            "confer: the content has {warnings} {}; `confer check` shows them",
            plural(warnings, "warning")
        );
    }
    let profile = terminal_profile(settings.ambiguous_width);
    write_stdout(&list::render(&library.index, settings.lang, &profile));
    ExitCode::SUCCESS
}

/// Content errors for a command that shows content: the errors, then what was read, on
/// stderr.
fn report_errors(library: &Library, errors: &[&Diagnostic], settings: &Settings) {
    let color = settings.color.enabled(std::io::stderr().is_terminal());
    let mut err = String::new();
    for d in errors {
        err.push_str(&d.render(&library.sources, color));
        err.push_str("\n\n");
    }
    let place = library
        .location()
        .cloned()
        .unwrap_or(ContentLocation::BuiltIn);
    let all: Vec<Diagnostic> = errors.iter().map(|d| (*d).clone()).collect();
    err.push_str(&summary(library.stats, &all, &place));
    eprintln!("{err}");
}

/// `confer new`: exit 2 without a content folder to write into (the built-in content is
/// never written to), 1 when the file exists or cannot be written.
fn new_edition(target: &crate::scaffold::Target, settings: &Settings) -> ExitCode {
    let Some(folder) = &settings.content else {
        eprintln!(
            "error: confer new writes into a content folder; give --content DIR (or set CONFER_CONTENT, or `content` in the config file)"
        );
        return ExitCode::from(2);
    };
    if config_folder_missing(settings) {
        return ExitCode::from(1);
    }
    let year = crate::scaffold::year_of(&target.stem, crate::scaffold::this_year());
    match crate::scaffold::new_edition(folder, target, year) {
        Ok(written) => {
            // The paths alone on stdout, for `$EDITOR $(confer new …)`.
            let paths = std::iter::once(&written.edition).chain(&written.series);
            write_stdout(
                &paths
                    .map(|p| format!("{}\n", p.display()))
                    .collect::<String>(),
            );
            // The schema the skeletons' first line names, for editors that complete from it.
            match crate::scaffold::write_schemas(folder) {
                Ok(schemas) => {
                    for schema in schemas {
                        eprintln!(
                            "confer: wrote {} (the schema editors read from each file's first line)",
                            schema.display()
                        );
                    }
                }
                Err(e) => eprintln!(
                    "confer: could not write the schemas into {}/.confer: {e}; `confer schema` prints them",
                    folder.display()
                ),
            }
            eprintln!(
                "confer: fill in the placeholders, then run `confer check {}`",
                folder.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

/// Writes generated bytes to stdout, as `write_stdout` does text.
fn write_stdout_bytes(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes);
    let _ = stdout.flush();
    ExitCode::SUCCESS
}

/// Writes to stdout; a closed pipe (`confer list | head -1`) is not an error worth a panic.
fn write_stdout(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
