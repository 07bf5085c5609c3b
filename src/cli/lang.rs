//! The command line in the reader's language: the language known before clap reads the
//! line (so that `--help` is written in it), and the help's words replaced from the
//! catalogue (the errors are `cli::said`'s).
//!
//! English is clap's own rendering of `cli::args`, untouched; another language rewrites
//! the built command from `Words::cli`.

use std::ffi::OsString;

use clap::{Arg, Command, CommandFactory};

use crate::generate::keys::KeyGroup;
use crate::i18n::Lang;
use crate::i18n::cli::Cli as Words;
use crate::settings::{Config, Flags, Settings};
use crate::text::{Profile, display_width, pad_to_width};
use crate::tui::keymap::{KeyMap, KeyMode};

/// The language of the line's own words: `--lang` wherever it stands on the line (before
/// or after the command), else as settings choose it (CONFER_LANG, then `config_lang`, the
/// config file's, then the locale). A `--lang` clap would refuse is left to clap to refuse,
/// in that fallback.
pub fn of_line(
    args: &[OsString],
    var: &dyn Fn(&str) -> Option<String>,
    config_lang: Option<Lang>,
) -> Lang {
    let typed = crate::completion::option_value(args, "--lang")
        .and_then(|lang| <Lang as clap::ValueEnum>::from_str(&lang.to_string_lossy(), true).ok());
    if let Some(lang) = typed {
        return lang;
    }
    let config = Config {
        lang: config_lang,
        ..Config::default()
    };
    Settings::resolve(Flags::default(), config, var).lang
}

/// The parser in `lang`: clap's own for English, the catalogue's words otherwise.
pub fn command(lang: Lang) -> Command {
    let command = super::Cli::command();
    match lang {
        Lang::En => command,
        _ => localized(command, &lang.words().cli, lang),
    }
}

/// `command` built (so that the help flags, the `help` command and the global options are
/// in every command), then each of its words replaced by the catalogue's.
pub fn localized(mut command: Command, words: &Words, lang: Lang) -> Command {
    command.build();
    let mut command = rewrite(command, words, "", lang);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    // One level: the `help` command's own copies of the commands are never shown.
    for name in names {
        command = command.mut_subcommand(&name, |sub| rewrite(sub, words, &name, lang));
    }
    command
}

/// One command's words: `name` is "" for confer itself.
fn rewrite(mut command: Command, words: &Words, name: &str, lang: Lang) -> Command {
    let c = &words.commands;
    let texts = match name {
        "" => Some((c.about, Some(c.long_about), Some(c.after_help))),
        "check" => Some((c.check, None, Some(c.check_after))),
        "list" => Some((c.list, None, None)),
        "print" => Some((c.print, None, None)),
        "present" => Some((c.present, None, None)),
        "series" => Some((c.series, None, None)),
        "new" => Some((c.new, Some(c.new_long), Some(c.new_after))),
        "completions" => Some((
            c.completions,
            Some(c.completions_long),
            Some(c.completions_after),
        )),
        "man" => Some((c.man, Some(c.man_long), Some(c.man_after))),
        "export" => Some((c.export, None, Some(c.export_after))),
        "schema" => Some((c.schema, None, Some(c.schema_after))),
        "help" => Some((words.help.help_command, None, None)),
        _ => None,
    };
    if let Some((about, long_about, after)) = texts {
        command = command.about(about);
        if let Some(long) = long_about {
            command = command.long_about(long);
        }
        if let Some(after) = after {
            command = command.after_help(after);
        }
    }
    match name {
        "" => command = command.after_long_help(keys_help(words, lang, true)),
        "present" => command = command.after_long_help(keys_help(words, lang, false)),
        _ => {}
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| rewrite_arg(arg, name, words));
    }
    let usage = usage(&mut command, words);
    let template = template(&command, words);
    command
        .help_template(template)
        // Folded by `cli::wrap`, which can break Japanese; clap breaks only at spaces.
        .term_width(0)
        .override_usage(usage)
        .subcommand_help_heading(words.help.commands)
}

/// The usage line as clap makes it, its placeholders in the catalogue's words.
fn usage(command: &mut Command, words: &Words) -> String {
    let rendered = command.render_usage().to_string();
    let line = rendered
        .split_once(':')
        .map_or(rendered.as_str(), |(_, line)| line)
        .trim();
    let (options, commands) = (
        words.help.options_placeholder,
        words.help.command_placeholder,
    );
    line.replace("[OPTIONS]", &format!("[{options}]"))
        .replace("[COMMAND]", &format!("[{commands}]"))
        .replace("<COMMAND>", &format!("<{commands}>"))
}

/// clap's layout with the catalogue's headings, each section there only when it has rows.
fn template(command: &Command, words: &Words) -> String {
    let h = &words.help;
    let shown = |arg: &&Arg| !arg.is_hide_set();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}",
        (h.usage_line)("{usage}")
    );
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        template.push_str(&format!("\n\n{}\n{{subcommands}}", (h.heading)(h.commands)));
    }
    if command.get_positionals().any(|arg| shown(&arg)) {
        template.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            (h.heading)(h.arguments)
        ));
    }
    if command
        .get_arguments()
        .any(|arg| !arg.is_positional() && shown(&arg))
    {
        template.push_str(&format!("\n\n{}\n{{options}}", (h.heading)(h.options)));
    }
    template.push_str("{after-help}");
    template
}

/// One option's help from the catalogue, with its default and values said in its words
/// (clap's `[default: …]` and `[possible values: …]` are English, so they are hidden).
fn rewrite_arg(arg: Arg, command: &str, words: &Words) -> Arg {
    let h = &words.help;
    let id = arg.get_id().as_str().to_string();
    let help = match id.as_str() {
        "help" if arg.get_long_help().is_some() => {
            return arg.help(h.help_flag_long).long_help(h.help_flag_summary);
        }
        "help" => return arg.help(h.help_flag),
        "version" => return arg.help(h.version_flag),
        _ => arg_help(words, command, &id),
    };
    let Some(help) = help else {
        return arg;
    };
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|value| !value.is_hide_set())
        .collect();
    let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
    let default: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let mut short = help.to_string();
    // A flag's "false" is no value the reader gives.
    let takes_value = arg.get_action().takes_values();
    if takes_value && !default.is_empty() && !arg.is_hide_default_value_set() {
        short.push_str(&(h.default_value)(&default.join(",")));
    }
    let mut long = short.clone();
    if !names.is_empty() {
        short.push_str(&(h.possible_values)(&names));
        let helped: Vec<(&str, Option<&'static str>)> = names
            .iter()
            .map(|name| (*name, value_help(words, command, &id, name)))
            .collect();
        if helped.iter().any(|(_, help)| help.is_some()) {
            long.push_str(&format!("\n\n{}", (h.heading)(h.possible_values_heading)));
            for (name, help) in helped {
                match help {
                    Some(help) => long.push_str(&format!("\n{}", (h.value_line)(name, help))),
                    None => long.push_str(&format!("\n- {name}")),
                }
            }
        } else {
            let values = (h.possible_values)(&names);
            long.push_str(&format!("\n\n{}", values.trim_start()));
        }
    }
    arg.help(short)
        .long_help(long)
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// The catalogue's help of option `id` of `command` ("" for confer itself).
fn arg_help(words: &Words, command: &str, id: &str) -> Option<&'static str> {
    let a = &words.args;
    Some(match (command, id) {
        (_, "content") => a.content,
        (_, "lang") => a.lang,
        (_, "color") => a.color,
        (_, "ambiguous_width") => a.ambiguous_width,
        (_, "theme") => a.theme,
        (_, "watch") => a.watch,
        ("", "editions") => a.editions,
        ("check", "dir") => a.check_dir,
        ("check", "strict") => a.check_strict,
        ("print", "editions") => a.print_editions,
        ("print", "sections") => a.print_section,
        ("print" | "series", "width") => a.width,
        ("print" | "series", "format") => a.format,
        ("present", "editions") => a.present_editions,
        ("present", "only") => a.present_only,
        ("present", "export") => a.present_export,
        ("present", "size") => a.present_size,
        ("present", "deck") => a.present_deck,
        ("present", "presenter") => a.present_presenter,
        ("series", "series") => a.series_series,
        ("new", "edition") => a.new_edition,
        ("completions", "shell") => a.completions_shell,
        ("man", "out") => a.man_out,
        ("export", "editions") => a.export_editions,
        ("export", "format") => a.export_format,
        ("export", "out") => a.export_out,
        ("export", "bom") => a.export_bom,
        ("schema", "kind") => a.schema_kind,
        ("help", "subcommand") => words.help.help_command_arg,
        _ => return None,
    })
}

/// What a value means, where the help says it.
fn value_help(words: &Words, command: &str, id: &str, value: &str) -> Option<&'static str> {
    let v = &words.values;
    Some(match (command, id, value) {
        (_, "theme", "projector") => v.theme_projector,
        ("present", "only", "figures") => v.slide_figures,
        ("present", "only", "people") => v.slide_people,
        ("present", "only", "own") => v.slide_own,
        ("schema", "kind", "series") => v.schema_series,
        ("schema", "kind", "edition") => v.schema_edition,
        ("schema", "kind", "export") => v.schema_export,
        ("export", "format", "json") => v.format_json,
        ("export", "format", "csv") => v.format_csv,
        _ => return None,
    })
}

/// The keys under `--help`, as `generate::keys` lists them, in `lang`: confer's (the
/// explorer's and the slides') or `present`'s (the slides' only).
fn keys_help(words: &Words, lang: Lang, explorer: bool) -> String {
    let h = &words.help;
    let map = KeyMap::default();
    let mut groups: Vec<KeyGroup> = Vec::new();
    if explorer {
        let modes = [
            (KeyMode::Browse, h.keys_explorer),
            (KeyMode::Search, h.keys_search),
            (KeyMode::Detail, h.keys_detail),
            (KeyMode::Picker, h.keys_picker),
            (KeyMode::Help, h.keys_help),
        ];
        let browsing = map.help(KeyMode::Browse, lang);
        for (at, (mode, heading)) in modes.into_iter().enumerate() {
            let mut keys = map.help(mode, lang);
            if at > 0 {
                keys.retain(|row| !browsing.contains(row));
            }
            let note = (at == 1).then_some(h.keys_repeats_left_out);
            groups.push(KeyGroup {
                heading,
                note,
                keys,
            });
        }
    }
    groups.push(KeyGroup {
        heading: h.keys_slides,
        note: None,
        keys: map.help(KeyMode::Slides, lang),
    });
    let profile = Profile::default();
    let column = groups
        .iter()
        .flat_map(|group| &group.keys)
        .map(|(keys, _)| display_width(keys, &profile))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    if explorer {
        out.push_str(words.commands.after_help);
        out.push_str("\n\n");
    }
    out.push_str(h.keys_preamble);
    out.push('\n');
    for group in groups {
        out.push_str(&format!("\n{}\n", (h.heading)(group.heading)));
        if let Some(note) = group.note {
            out.push_str(&format!("{note}\n"));
        }
        for (keys, what) in group.keys {
            out.push_str(&format!(
                "  {}  {what}\n",
                pad_to_width(&keys, column, &profile)
            ));
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help page of `command`, short and long, by command.
    fn pages(mut command: Command) -> Vec<(String, String)> {
        command.build();
        let mut names = vec![String::new()];
        names.extend(command.get_subcommands().map(|s| s.get_name().to_string()));
        let mut pages = Vec::new();
        for name in names {
            let command = match name.as_str() {
                "" => &mut command,
                name => command.find_subcommand_mut(name).expect("a command"),
            };
            pages.push((format!("{name} -h"), command.render_help().to_string()));
            pages.push((
                format!("{name} --help"),
                command.render_long_help().to_string(),
            ));
        }
        pages
    }

    /// The English of the catalogue is clap's own help word for word: the catalogue is the
    /// whole of what a translator translates, and its English says what each word is for.
    #[test]
    fn the_english_words_rewrite_the_help_into_itself() {
        let own = pages(super::super::Cli::command());
        let rewritten = localized(
            super::super::Cli::command(),
            &Lang::En.words().cli,
            Lang::En,
        );
        let rewritten = pages(rewritten);
        assert_eq!(own.len(), rewritten.len());
        // Word for word: the list of values clap lays out itself is laid out here with
        // another indent (English never takes this path; its help is clap's own).
        let words = |page: &str| page.split_whitespace().collect::<Vec<_>>().join(" ");
        for ((name, own), (_, rewritten)) in own.iter().zip(&rewritten) {
            assert_eq!(words(own), words(rewritten), "confer {name}");
        }
    }

    #[test]
    fn japanese_help_has_no_english_heading() {
        for (name, page) in pages(localized(
            super::super::Cli::command(),
            &Lang::Ja.words().cli,
            Lang::Ja,
        )) {
            for english in ["Usage:", "Options:", "Arguments:", "Commands:", "[default"] {
                assert!(!page.contains(english), "confer {name}: {english}\n{page}");
            }
        }
    }
}
