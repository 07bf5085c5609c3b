//! The command line's words: `--help`, the errors confer writes, and `check`'s summary.
//!
//! The English help is clap's own, from the doc comments in `cli::args`; the English here
//! holds the same words (a test renders the help with them and compares), so that a
//! language is a translation of this one table.

/// Every word of the command line, by part.
pub struct Cli {
    pub help: Help,
    pub commands: Commands,
    pub args: Args,
    pub values: Values,
    pub usage: UsageErrors,
    pub messages: Messages,
    pub check: Check,
}

/// The frame of every help page: headings, the words clap adds, and the keys.
pub struct Help {
    pub usage: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    pub commands: &'static str,
    /// `[OPTIONS]` and `<COMMAND>` in a usage line.
    pub options_placeholder: &'static str,
    pub command_placeholder: &'static str,
    /// `-h, --help` under `-h`, and under `--help`.
    pub help_flag: &'static str,
    pub help_flag_long: &'static str,
    /// `-h, --help` under `--help`, where there is a short help too.
    pub help_flag_summary: &'static str,
    pub version_flag: &'static str,
    /// The `help` command, and its argument.
    pub help_command: &'static str,
    pub help_command_arg: &'static str,
    /// " [default: text]", after an option's help.
    pub default_value: fn(&str) -> String,
    /// " [possible values: a, b]", after an option's help.
    pub possible_values: fn(&[&str]) -> String,
    /// The heading of the values listed one a line under `--help`.
    pub possible_values_heading: &'static str,
    /// "- projector: For a seminar room"
    pub value_line: fn(&str, &str) -> String,
    /// "Keys. The defaults: …", before the lists of keys under `--help`.
    pub keys_preamble: &'static str,
    pub keys_explorer: &'static str,
    pub keys_search: &'static str,
    pub keys_detail: &'static str,
    pub keys_picker: &'static str,
    pub keys_help: &'static str,
    pub keys_slides: &'static str,
    pub keys_repeats_left_out: &'static str,
    /// "The explorer:" — a heading of the keys.
    pub heading: fn(&str) -> String,
    /// "Usage: confer [OPTIONS]"
    pub usage_line: fn(&str) -> String,
}

/// What each command is: a line (`-h` and the list of commands), and more under `--help`.
pub struct Commands {
    pub about: &'static str,
    pub long_about: &'static str,
    pub after_help: &'static str,
    pub check: &'static str,
    pub check_after: &'static str,
    pub list: &'static str,
    pub print: &'static str,
    pub present: &'static str,
    pub series: &'static str,
    pub new: &'static str,
    pub new_long: &'static str,
    pub new_after: &'static str,
    pub completions: &'static str,
    pub completions_long: &'static str,
    pub completions_after: &'static str,
    pub man: &'static str,
    pub man_long: &'static str,
    pub man_after: &'static str,
    pub export: &'static str,
    pub export_after: &'static str,
    pub schema: &'static str,
    pub schema_after: &'static str,
}

/// What each option and argument is, named by command and option.
pub struct Args {
    pub content: &'static str,
    pub lang: &'static str,
    pub color: &'static str,
    pub ambiguous_width: &'static str,
    pub theme: &'static str,
    pub watch: &'static str,
    pub editions: &'static str,
    pub check_dir: &'static str,
    pub check_strict: &'static str,
    pub print_editions: &'static str,
    pub print_section: &'static str,
    pub width: &'static str,
    pub format: &'static str,
    pub present_editions: &'static str,
    pub present_only: &'static str,
    pub present_export: &'static str,
    pub present_size: &'static str,
    pub present_deck: &'static str,
    pub present_presenter: &'static str,
    pub series_series: &'static str,
    pub new_edition: &'static str,
    pub completions_shell: &'static str,
    pub man_out: &'static str,
    pub export_editions: &'static str,
    pub export_format: &'static str,
    pub export_out: &'static str,
    pub export_bom: &'static str,
    pub schema_kind: &'static str,
}

/// What a value of an option is, where the help says it.
pub struct Values {
    pub theme_projector: &'static str,
    pub slide_figures: &'static str,
    pub slide_people: &'static str,
    pub slide_own: &'static str,
    pub schema_series: &'static str,
    pub schema_edition: &'static str,
    pub schema_export: &'static str,
    pub format_json: &'static str,
    pub format_csv: &'static str,
}

/// A command line clap could not read, said in the reader's language (English is clap's
/// own). The arguments are as typed, quoted by the sentence.
pub struct UsageErrors {
    /// "error: " before every error confer writes.
    pub error: &'static str,
    /// (value, option)
    pub invalid_value: fn(&str, &str) -> String,
    /// (option, the values it takes)
    pub valid_values: fn(&[&str]) -> String,
    /// (argument)
    pub unknown_argument: fn(&str) -> String,
    /// (command)
    pub unknown_command: fn(&str) -> String,
    /// (what was meant): "did you mean '--format'?"
    pub did_you_mean: fn(&str) -> String,
    /// (argument): to pass it as a value.
    pub as_value: fn(&str) -> String,
    /// (option, its help): what an option takes, under a value it refused.
    pub option_takes: fn(&str, &str) -> String,
    /// (option)
    pub missing_value: fn(&str) -> String,
    /// (arguments missing)
    pub missing_argument: fn(&[&str]) -> String,
    pub missing_command: &'static str,
    /// (option, the one it cannot go with)
    pub conflict: fn(&str, &str) -> String,
    /// (value, option)
    pub too_many_values: fn(&str, &str) -> String,
    /// (option): `--opt=value` written without the `=`.
    pub needs_equals: fn(&str) -> String,
    pub not_utf8: &'static str,
    /// Whatever else clap finds wrong.
    pub other: &'static str,
    /// "For more information, try '--help'."
    pub more: &'static str,
}

/// confer's own messages on standard error.
pub struct Messages {
    /// (edition typed, the editions there are)
    pub no_edition: fn(&str, &[String]) -> String,
    pub ambiguous_edition: fn(&str, &[String]) -> String,
    /// (series, its editions)
    pub only_one_edition: fn(&str, &[String]) -> String,
    pub no_editions: fn(&str) -> String,
    pub no_content: &'static str,
    pub too_many_editions: &'static str,
    /// (folder, config file)
    pub config_folder_missing: fn(&str, &str) -> String,
    pub the_config_file: &'static str,
    /// (editions left out, the first's reason)
    pub left_out: fn(usize, &str) -> String,
    /// (warnings)
    pub has_warnings: fn(usize) -> String,
    pub watch_built_in: &'static str,
    pub new_needs_folder: &'static str,
    /// (schema file)
    pub wrote_schema: fn(&str) -> String,
    /// (folder, why)
    pub schemas_not_written: fn(&str, &str) -> String,
    /// (folder)
    pub fill_in: fn(&str) -> String,
    /// (folder, why)
    pub man_not_written: fn(&str, &str) -> String,
    /// (files, folder)
    pub wrote_files: fn(usize, &str) -> String,
    pub slides_need_terminal: &'static str,
    /// (why)
    pub console_unreachable: fn(&str) -> String,
    /// (why): standard output could not be written.
    pub stdout_failed: fn(&str) -> String,
}

/// `check`'s last line.
pub struct Check {
    pub built_in: &'static str,
    /// A content folder, as the summary names it.
    pub folder: fn(&str) -> String,
    /// (place, series, editions, entries, sources, errors, warnings)
    pub summary: fn(&str, &Counts) -> String,
}

/// What `check` counted, for its summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub series: usize,
    pub editions: usize,
    pub entries: usize,
    pub sources: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Cli {
    /// The words that stand alone (not the sentences built by a function), for a test that
    /// looks for one language's words in the other's output.
    pub fn plain_words(&self) -> Vec<&'static str> {
        let h = &self.help;
        let c = &self.commands;
        let a = &self.args;
        let v = &self.values;
        let m = &self.messages;
        vec![
            h.usage,
            h.arguments,
            h.options,
            h.commands,
            h.help_flag,
            h.help_flag_long,
            h.help_flag_summary,
            h.version_flag,
            h.help_command,
            h.help_command_arg,
            h.possible_values_heading,
            h.keys_preamble,
            h.keys_explorer,
            h.keys_search,
            h.keys_detail,
            h.keys_picker,
            h.keys_help,
            h.keys_slides,
            h.keys_repeats_left_out,
            c.about,
            c.long_about,
            c.after_help,
            c.check,
            c.check_after,
            c.list,
            c.print,
            c.present,
            c.series,
            c.new,
            c.new_long,
            c.new_after,
            c.completions,
            c.completions_long,
            c.completions_after,
            c.man,
            c.man_long,
            c.man_after,
            c.export,
            c.export_after,
            c.schema,
            c.schema_after,
            a.content,
            a.lang,
            a.color,
            a.ambiguous_width,
            a.theme,
            a.watch,
            a.editions,
            a.check_dir,
            a.check_strict,
            a.print_editions,
            a.print_section,
            a.width,
            a.format,
            a.present_editions,
            a.present_only,
            a.present_export,
            a.present_size,
            a.present_deck,
            a.present_presenter,
            a.series_series,
            a.new_edition,
            a.completions_shell,
            a.man_out,
            a.export_editions,
            a.export_format,
            a.export_out,
            a.export_bom,
            a.schema_kind,
            v.theme_projector,
            v.slide_figures,
            v.slide_people,
            v.slide_own,
            v.schema_series,
            v.schema_edition,
            v.schema_export,
            v.format_json,
            v.format_csv,
            self.usage.error,
            self.usage.missing_command,
            self.usage.not_utf8,
            self.usage.other,
            self.usage.more,
            m.no_content,
            m.too_many_editions,
            m.the_config_file,
            m.watch_built_in,
            m.new_needs_folder,
            m.slides_need_terminal,
            self.check.built_in,
        ]
    }
}
