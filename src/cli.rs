//! The command line: options, subcommands, and running one of them to an exit code
//! (0 fine, 1 content errors, 2 usage errors).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::content::{self, ContentLocation, Loaded, Severity};
use crate::i18n::Lang;
use crate::list;

#[derive(Debug, Parser)]
#[command(
    name = "confer",
    version,
    about = "Compare editions of a conference side by side",
    long_about = "Compare editions of a conference side by side.\n\n\
        confer reads curated TOML content (built in, or a folder given with --content) and \
        shows how a conference changed between two editions.",
    after_help = "Without a command, confer lists the editions it knows."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options accepted before or after the subcommand.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Read content from this folder instead of the built-in content [env: CONFER_CONTENT]
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Language of the content shown [env: CONFER_LANG; default: from the locale, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// When to use colour (NO_COLOR is respected by auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream: `auto` means a terminal, and NO_COLOR not set.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content against the format and report every error and warning
    Check(CheckArgs),
    /// List every edition with its id, dates, label and place
    List,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Content folder to check [default: --content, else the built-in content]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Treat warnings as errors
    #[arg(long)]
    pub strict: bool,
}

/// Parses the arguments (exiting 2 on a usage error, as clap does) and runs the command.
pub fn main() -> ExitCode {
    let mut cli = Cli::parse();
    cli.global.fill_from_env(|name| std::env::var(name).ok());
    run(cli)
}

impl GlobalArgs {
    /// Options left out on the command line come from the environment. An empty variable
    /// counts as unset, as shells and NO_COLOR treat it.
    pub fn fill_from_env(&mut self, var: impl Fn(&str) -> Option<String>) {
        let set = |name: &str| var(name).filter(|value| !value.is_empty());
        if self.content.is_none() {
            self.content = set("CONFER_CONTENT").map(PathBuf::from);
        }
        if self.lang.is_none()
            && let Some(value) = set("CONFER_LANG")
        {
            self.lang = Lang::from_str(&value, true).ok();
            if self.lang.is_none() {
                eprintln!("confer: ignoring CONFER_LANG={value:?}: expected ja or en");
            }
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let global = &cli.global;
    match &cli.command {
        Some(Command::Check(args)) => {
            let folder = args.dir.clone().or_else(|| global.content.clone());
            check(location(folder), args.strict, global.color)
        }
        Some(Command::List) | None => {
            let lang = Lang::resolve(global.lang);
            with_content(global, |content| list::render(content, lang))
        }
    }
}

fn location(folder: Option<PathBuf>) -> ContentLocation {
    folder.map_or(ContentLocation::BuiltIn, ContentLocation::Folder)
}

fn check(location: ContentLocation, strict: bool, color: ColorChoice) -> ExitCode {
    let mut loaded = content::load(&location);
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
    out.push_str(&summary(&loaded, &location));
    out.push('\n');
    print(&out);
    if loaded.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `checked content: 1 series, 2 editions, 140 entries, 9 sources; 0 errors, 2 warnings`
pub fn summary(loaded: &Loaded, location: &ContentLocation) -> String {
    let s = loaded.stats;
    let place = match location {
        ContentLocation::BuiltIn => "the built-in content".to_string(),
        ContentLocation::Folder(path) => {
            crate::text::sanitize(&path.display().to_string(), crate::text::TextShape::Line).text
        }
    };
    let errors = loaded.count(Severity::Error);
    let warnings = loaded.count(Severity::Warning);
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

/// Loads the content for a command that shows it: on errors, prints them and exits 1.
fn with_content(global: &GlobalArgs, show: impl FnOnce(&content::Content) -> String) -> ExitCode {
    let location = location(global.content.clone());
    let loaded = content::load(&location);
    if loaded.has_errors() {
        let color = global.color.enabled(std::io::stderr().is_terminal());
        let mut err = String::new();
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
        {
            err.push_str(&d.render(&loaded.sources, color));
            err.push_str("\n\n");
        }
        err.push_str(&summary(&loaded, &location));
        eprintln!("{err}");
        return ExitCode::from(1);
    }
    let warnings = loaded.count(Severity::Warning);
    if warnings > 0 {
        eprintln!(
            "confer: the content has {warnings} {}; `confer check` shows them",
            plural(warnings, "warning")
        );
    }
    print(&show(&loaded.content));
    ExitCode::SUCCESS
}

/// Writes to stdout; a closed pipe (`confer list | head -1`) is not an error worth a panic.
fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
