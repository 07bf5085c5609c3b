//! The man pages: one file a command, `confer.1` and `confer-check.1` and so on, named as the
//! pages refer to each other (`confer-check(1)`), so that `man confer-check` finds its page
//! once they are installed. Options come from the clap definition, keys from the key table.

use std::io;
use std::path::{Path, PathBuf};

use clap::Command;
use clap_mangen::Man;

use super::keys::{self, KeyGroup};
use super::synopsis;

/// The man section every page is in: user commands.
const SECTION: &str = "1";

/// One command's page.
pub struct Page {
    /// `confer`, `confer-check`: the page's title, and its file's name without `.1`.
    pub name: String,
    pub roff: String,
}

impl Page {
    pub fn file_name(&self) -> String {
        format!("{}.{SECTION}", self.name)
    }
}

/// confer's own page, which names the others; `cli` is confer's command line as clap
/// defines it (`Cli::command()`), handed in so that what is generated from the command line
/// does not reach back into it.
pub fn confer_page(cli: Command) -> Page {
    page(&built_root(cli), None)
}

/// confer's page, then a page for each of its commands.
pub fn pages(cli: Command) -> Vec<Page> {
    let root = built_root(cli);
    let mut pages = vec![page(&root, None)];
    pages.extend(
        root.get_subcommands()
            .filter(|sub| !sub.is_hide_set())
            .map(|sub| page(sub, Some(&root))),
    );
    pages
}

/// The command, built so that each subcommand knows its full name (`confer check`) and
/// carries the global options; without the help command, which would only repeat `--help`.
fn built_root(cli: Command) -> Command {
    let mut root = cli.disable_help_subcommand(true);
    root.build();
    root
}

/// Writes every page into `dir` (created if need be) with `write`, replacing pages of the
/// same name; the paths written, in order.
pub fn write_pages(
    dir: &Path,
    cli: Command,
    write: &dyn Fn(&Path, &[u8]) -> io::Result<()>,
) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    pages(cli)
        .into_iter()
        .map(|page| {
            let path = dir.join(page.file_name());
            write(&path, page.roff.as_bytes())
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            Ok(path)
        })
        .collect()
}

/// `command`'s page; `parent` is confer itself for a command's page.
fn page(command: &Command, parent: Option<&Command>) -> Page {
    let name = command
        .get_display_name()
        .unwrap_or_else(|| command.get_name())
        .to_string();
    let man = Man::new(command.clone())
        .title(name.clone())
        .section(SECTION)
        .source(format!("confer {}", env!("CARGO_PKG_VERSION")));
    // clap_mangen starts each rendering with the same definition of the apostrophe string;
    // the title line goes first, where man and file(1) look for it, then that definition once.
    let title = rendered(&|w| man.render_title(w));
    let (preamble, title) = title.split_at(title.find(".TH ").unwrap_or(0));
    let section = |render: &dyn Fn(&mut dyn io::Write) -> io::Result<()>| {
        let text = rendered(render);
        text.strip_prefix(preamble).unwrap_or(&text).to_string()
    };
    let mut roff = format!("{title}{preamble}");
    roff.push_str(&section(&|w| man.render_name_section(w)));
    roff.push_str(&synopsis::section(command));
    roff.push_str(&section(&|w| man.render_description_section(w)));
    // The short form: the long one adds the keys, which get a section of their own here.
    if let Some(after) = command.get_after_help() {
        roff.push_str(&paragraphs(&after.to_string()));
    }
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        roff.push_str(&section(&|w| man.render_options_section(w)));
    }
    if command.has_subcommands() {
        roff.push_str(&commands(command));
    }
    let key_groups = match (parent, command.get_name()) {
        (None, _) => keys::explorer_and_slides(),
        (Some(_), "present") => keys::slides(),
        _ => Vec::new(),
    };
    if !key_groups.is_empty() {
        roff.push_str(&keys_section(&key_groups));
    }
    if let Some(parent) = parent {
        let name = parent.get_name();
        roff.push_str(&format!(".SH \"SEE ALSO\"\n\\fB{name}\\fR({SECTION})\n"));
    }
    // Only confer has a version; a command's page gives it in its footer.
    if command.get_version().is_some() {
        roff.push_str(&section(&|w| man.render_version_section(w)));
    }
    Page {
        name,
        roff: ascii(&roff),
    }
}

fn rendered(render: &dyn Fn(&mut dyn io::Write) -> io::Result<()>) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = render(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The COMMANDS section: each command's page by the name it is installed under, and what
/// the command does.
fn commands(command: &Command) -> String {
    let parent = command.get_display_name().unwrap_or(command.get_name());
    let mut roff = String::from(".SH COMMANDS\n");
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        roff.push_str(&format!(
            ".TP\n\\fB{}\\-{}\\fR({SECTION})\n{}\n",
            escape(parent),
            escape(sub.get_name()),
            escape(&about)
        ));
    }
    roff
}

/// The KEYS section: a subsection a mode, a tagged paragraph a row.
fn keys_section(groups: &[KeyGroup]) -> String {
    let mut roff = format!(".SH KEYS\n{}\n", escape(keys::PREAMBLE));
    for group in groups {
        roff.push_str(&format!(".SS \"{}\"\n", group.heading));
        if let Some(note) = group.note {
            roff.push_str(&format!("{}\n", escape(note)));
        }
        for (keys, words) in &group.keys {
            roff.push_str(&format!(
                ".TP\n\\fB{}\\fR\n{}\n",
                escape(keys),
                escape(words)
            ));
        }
    }
    roff
}

/// Help text as roff paragraphs: a blank line starts a new one, and an indented line (an
/// example command) is kept as it is written.
fn paragraphs(text: &str) -> String {
    let mut roff = String::from(".PP\n");
    let mut example = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            roff.push_str(".PP\n");
            example = false;
        } else if line.starts_with(' ') {
            roff.push_str(&format!(".br\n\\ \\ {}\n", escape(line.trim_start())));
            example = true;
        } else {
            if std::mem::take(&mut example) {
                roff.push_str(".br\n");
            }
            roff.push_str(&escape(line));
            roff.push('\n');
        }
    }
    roff
}

/// Text as roff reads it literally: the escape character as itself, `-` as the minus sign
/// options are typed with, and a line that would start with a control character kept as
/// text.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// Characters other than ASCII as roff escapes (`→` as `\[u2192]`): groff without preconv
/// takes its input as Latin-1, and the help names characters such as ·, ① and ─.
fn ascii(roff: &str) -> String {
    let mut escaped = String::with_capacity(roff.len());
    for c in roff.chars() {
        if c.is_ascii() {
            escaped.push(c);
        } else {
            escaped.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_example_lines_on_lines_of_their_own() {
        let roff = paragraphs("Install, for example:\n  confer man --out DIR\nthen more.");
        assert_eq!(
            roff,
            ".PP\nInstall, for example:\n.br\n\\ \\ confer man \\-\\-out DIR\n.br\nthen more.\n"
        );
        assert_eq!(escape(".hidden 'x"), "\\&.hidden 'x");
    }
}
