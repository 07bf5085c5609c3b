//! What is generated from the command line's own definition: shell completion scripts,
//! the man page and the keys listed in `--help`, so that none of them can drift from the
//! options confer really takes or the keys it really reads.

pub mod keys;

use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::Man;

use crate::cli::Cli;

/// The completion script for `shell`, as bytes to write out.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    // Into memory rather than to stdout: clap_complete panics on a write error, and a
    // closed pipe is no reason to panic.
    clap_complete::generate(shell, &mut command, "confer", &mut script);
    script
}

/// The man page in roff: confer's own page, then one page per command (`confer-check`
/// and so on) in the same file, so that a single `confer.1` documents every option.
pub fn man() -> Vec<u8> {
    // Built, so that the global options are propagated into each command's page; the help
    // command would only repeat `--help`.
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let source = format!("confer {}", env!("CARGO_PKG_VERSION"));
    let mut pages = String::new();
    render(&command, &source, &mut pages);
    pages.into_bytes()
}

/// `command`'s page, then its commands' pages, depth first.
fn render(command: &clap::Command, source: &str, out: &mut String) {
    let mut page = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = Man::new(command.clone()).source(source).render(&mut page);
    let page = String::from_utf8_lossy(&page);
    // roff puts its definition of the apostrophe string before `.TH`; the title line goes
    // first, where man and file(1) look for it (the definition still precedes every use).
    let mut lines: Vec<&str> = page.lines().collect();
    if let Some(title) = lines.iter().position(|line| line.starts_with(".TH ")) {
        lines[..=title].rotate_right(1);
    }
    for line in lines {
        out.push_str(&ascii(line));
        out.push('\n');
    }
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        render(sub, source, out);
    }
}

/// Other characters than ASCII as roff escapes (`·` as `\[u00B7]`): groff without preconv
/// takes its input as Latin-1, and the help names characters such as ·, ① and ─.
fn ascii(line: &str) -> String {
    let mut escaped = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_ascii() {
            escaped.push(c);
        } else {
            escaped.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    escaped
}
