//! A man page's SYNOPSIS with the value each option takes (`[--content <DIR>]`): clap_mangen
//! writes the options' names only (`[--content]`), which tells a reader nothing of what
//! follows them.

use clap::{Arg, ArgAction, Command};

/// The SYNOPSIS section of `command`'s page, in roff.
pub fn section(command: &Command) -> String {
    let name = command.get_bin_name().unwrap_or_else(|| command.get_name());
    let mut words = vec![bold(name)];
    let options = command
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional());
    // Optional ones first, then those that must be given, as clap's usage line orders them.
    let (required, optional): (Vec<&Arg>, Vec<&Arg>) = options.partition(|a| a.is_required_set());
    words.extend(optional.into_iter().chain(required).map(option));
    words.extend(
        command
            .get_positionals()
            .filter(|a| !a.is_hide_set())
            .map(positional),
    );
    if command.has_subcommands() {
        let value = command.get_subcommand_value_name().unwrap_or("COMMAND");
        let value = italic(value);
        words.push(if command.is_subcommand_required_set() {
            value
        } else {
            format!("[{value}]")
        });
    }
    // `\%` before each word: never hyphenated (`--ambigu-ous-width`); `.na`: not stretched
    // to the right margin either, as a synopsis is read word by word.
    let words: Vec<String> = words.into_iter().map(|w| format!("\\%{w}")).collect();
    format!(".SH SYNOPSIS\n.na\n{}\n.ad\n", words.join(" "))
}

/// `[--content <DIR>]`, `[-h|--help]`, `--format <FORMAT>`: the brackets unless it must be
/// given, the value's name in italics, joined by unbreakable spaces so that a line break never
/// parts an option from its value.
fn option(arg: &Arg) -> String {
    let names: Vec<String> = arg
        .get_short()
        .map(|s| format!("-{s}"))
        .into_iter()
        .chain(arg.get_long().map(|l| format!("--{l}")))
        .map(|n| bold(&n))
        .collect();
    let mut text = names.join("|");
    if takes_value(arg) {
        for value in value_names(arg) {
            text.push_str("\\ ");
            text.push_str(&italic(&format!("<{value}>")));
        }
        if arg.get_num_args().is_some_and(|n| n.max_values() > 1) || repeats(arg) {
            text.push_str("...");
        }
    }
    if arg.is_required_set() {
        text
    } else {
        format!("[{text}]")
    }
}

/// `[EDITION]...`, `<SERIES/STEM>`.
fn positional(arg: &Arg) -> String {
    let value = value_names(arg).join(" ");
    let value = italic(&value);
    let text = if arg.is_required_set() {
        format!("<{value}>")
    } else {
        format!("[{value}]")
    };
    if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
        format!("{text}...")
    } else {
        text
    }
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// An option given again adds a value (`--section figures --section topics`).
fn repeats(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Append)
}

/// The value's names as `--help` shows them: given, else the argument's id in capitals.
fn value_names(arg: &Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

fn bold(text: &str) -> String {
    format!("\\fB{}\\fR", escape(text))
}

fn italic(text: &str) -> String {
    format!("\\fI{}\\fR", escape(text))
}

/// roff's escape character written as itself, and `-` as the minus sign that options are
/// typed with (a plain `-` may print as a hyphen that cannot be copied into a shell).
fn escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}
