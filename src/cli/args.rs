//! The command line's options and subcommands, as clap reads them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueHint};
use clap_complete::engine::ArgValueCompleter;

use crate::completion;
use crate::generate::keys;
use crate::i18n::Lang;
use crate::present::SlideKind;
use crate::rows::Section;
use crate::settings::{AmbiguousChoice, ColorChoice, Flags};
use crate::tui::theme::Theme;

#[derive(Debug, Parser, Default)]
#[command(
    name = "confer",
    version,
    about = "Compare editions of a conference side by side",
    long_about = "Compare editions of a conference side by side.\n\n\
        confer reads curated TOML content (built in, or a folder given with --content) and \
        shows how a conference changed between two editions.",
    after_help = ROOT_AFTER_HELP,
    // `--help` (not `-h`) lists the keys too, so that it says how to move in what it opens.
    after_long_help = keys::help_text(ROOT_AFTER_HELP, &keys::explorer_and_slides())
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    /// Editions for the explorer: series/stem, or a stem unique across series
    /// [default: the first series' earliest and latest]
    #[arg(
        value_name = "EDITION",
        num_args = 0..=2,
        add = ArgValueCompleter::new(completion::editions)
    )]
    pub editions: Vec<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args, Default)]
pub struct GlobalArgs {
    /// Read content from this folder instead of the built-in content [env: CONFER_CONTENT]
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath)]
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

/// What confer does without a command: the end of `-h`, and of `--help` before the keys.
const ROOT_AFTER_HELP: &str = "Without a command, confer opens the explorer on two editions. \
    Without a terminal it prints their comparison instead, or lists the editions when none is \
    named.";

impl Cli {
    pub(super) fn flags(&self) -> Flags {
        let g = &self.global;
        let (theme, watch) = match &self.command {
            Some(Command::Present(args)) => (args.screen.theme, args.screen.watch),
            Some(Command::Print(PrintArgs { output, .. }))
            | Some(Command::Series(SeriesArgs { output, .. })) => {
                (output.screen.theme, output.screen.watch)
            }
            Some(Command::Check(CheckArgs { screen, .. }))
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
    // The long descriptions are given here: a variant's doc comment sets them anew, over
    // what its struct's own attributes say.
    /// Start an edition: write a commented skeleton file to fill in
    #[command(
        long_about = "Start an edition: write SERIES/STEM.toml in the content folder, a \
        commented skeleton that passes `confer check`, and SERIES/series.toml too when the \
        series is new. An existing file is never overwritten."
    )]
    New(NewArgs),
    /// Print the completion script for a shell
    #[command(
        long_about = "Print the completion script for a shell. The script asks confer \
        itself on each Tab, so it completes commands, options and their values, and the ids of \
        the editions and series in the content the command line names (--content, else \
        CONFER_CONTENT, else the config file's, else the built-in content)."
    )]
    Completions(CompletionsArgs),
    /// Print confer's man page, or write a page for each command into a folder
    #[command(
        long_about = "Print confer's man page (confer.1, in roff) on standard output, or \
        with --out write a page for confer and one for each of its commands (confer-check.1, \
        confer-print.1, ...) into a folder."
    )]
    Man(ManArgs),
    /// Export the content as data: JSON on standard output, or CSV files into a folder
    Export(ExportArgs),
    /// Print the JSON Schema of a kind of content file, for editors (taplo, VS Code), or of
    /// the JSON export
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
#[command(
    after_help = "The content folder is --content DIR, else CONFER_CONTENT, else `content` in \
        the config file; the built-in content is never written to."
)]
pub struct NewArgs {
    /// The edition: its series (a folder, new or not) and its file stem, both ids such as wic/2030
    #[arg(
        value_name = "SERIES/STEM",
        value_parser = crate::scaffold::parse_target,
        add = ArgValueCompleter::new(completion::new_edition)
    )]
    pub edition: crate::scaffold::Target,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Install, for example:\n  \
    confer completions bash > ~/.local/share/bash-completion/completions/confer\n  \
    confer completions zsh > ~/.zfunc/_confer   (a folder on $fpath)\n  \
    confer completions fish > ~/.config/fish/completions/confer.fish\n\
    or load it as the shell starts, e.g. in ~/.bashrc: source <(confer completions bash)")]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "Install, for example:\n  \
    confer man --out ~/.local/share/man/man1\n\
    then man confer, man confer-print. man-db looks there when ~/.local/bin is on the PATH; \
    otherwise export MANPATH=\"$HOME/.local/share/man:\" (the trailing colon keeps the \
    system's pages).")]
pub struct ManArgs {
    /// Write every page into this folder, created if need be (pages of the same name are
    /// replaced), and print their paths
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Every text is exported in every language it is written in: in JSON as an \
        object of language tag to text; in CSV as the columns NAME_en, NAME_ja, NAME_zh and \
        NAME_other_languages (a JSON object of its other languages), the same whatever the \
        content. A text written as a plain string has the tag und. CSV writes \
        series, editions, figures, people, orgs, sessions, topics, outcomes, timeline, \
        notes and sources (.csv), a row per entry per edition; files of those names in \
        DIR are replaced."
)]
pub struct ExportArgs {
    /// Editions to export: series/stem, or a stem unique across series [default: every
    /// edition of every series]
    #[arg(value_name = "EDITION", add = ArgValueCompleter::new(completion::editions))]
    pub editions: Vec<String>,
    /// json: one document on standard output; csv: one file per table into --out DIR
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: crate::export::DataFormat,
    /// The folder to write the CSV files into, created if need be (csv only)
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub out: Option<PathBuf>,
    /// For Excel (csv only): a UTF-8 byte-order mark first, and no cell that starts a formula
    /// (a leading ' is added to a cell starting with = + - @, a tab or CR; a negative number
    /// stays a number)
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
    pub kind: crate::schema::SchemaKind,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Debug, Args)]
#[command(after_long_help = keys::help_text("", &keys::slides()))]
pub struct PresentArgs {
    /// Editions to compare: series/stem, or a stem unique across series
    #[arg(
        value_name = "EDITION",
        num_args = 0..=2,
        add = ArgValueCompleter::new(completion::editions)
    )]
    pub editions: Vec<String>,
    /// Only these kinds of slide, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    pub only: Vec<SlideKind>,
    /// Write the deck as Markdown slides for presenterm instead of showing it (a talk's
    /// notes become presenterm speaker notes)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub export: Option<Export>,
    /// The size of the terminal presenterm will run in, for --export: long slides are cut
    /// into pages that fit it and lines wrapped to its columns
    #[arg(long, value_name = "COLSxROWS", requires = "export", default_value_t = crate::present::export::Size::DEFAULT)]
    pub size: crate::present::export::Size,
    /// Give your own talk: its slides, order and speaker notes from a deck file (see
    /// `confer check DECK`); editions named here win over the deck's
    #[arg(long, value_name = "DECK", value_hint = ValueHint::FilePath)]
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
    #[arg(
        value_name = "EDITION",
        num_args = 0..=2,
        add = ArgValueCompleter::new(completion::editions)
    )]
    pub editions: Vec<String>,
    /// Print only these sections (repeatable)
    #[arg(long = "section", value_enum, value_name = "NAME")]
    pub sections: Vec<Section>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SeriesArgs {
    /// The series to print, by id [default: the series of the editions compared by default];
    /// two series print side by side: the figures both give on one chart a key, the themes of
    /// both by year, and who is listed in both
    #[arg(value_name = "SERIES", num_args = 0..=2, add = ArgValueCompleter::new(completion::series))]
    pub series: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// How `print` and `series` write: the same options, in the same words.
#[derive(Debug, Args, Default)]
pub struct OutputArgs {
    /// Width in columns [default: the terminal's, 100 when not a terminal]
    #[arg(long, value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub screen: QuietScreenArgs,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
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
