//! The command line's words in English: the help as clap writes it from `cli::args`, and
//! confer's own messages.

use crate::i18n::cli::*;

pub(crate) const CLI: Cli = Cli {
    help: Help {
        usage: "Usage",
        arguments: "Arguments",
        options: "Options",
        commands: "Commands",
        options_placeholder: "OPTIONS",
        command_placeholder: "COMMAND",
        help_flag: "Print help",
        help_flag_long: "Print help (see more with '--help')",
        help_flag_summary: "Print help (see a summary with '-h')",
        version_flag: "Print version",
        help_command: "Print this message or the help of the given subcommand(s)",
        help_command_arg: "Print help for the subcommand(s)",
        default_value: |value| format!(" [default: {value}]"),
        possible_values: |values| format!(" [possible values: {}]", values.join(", ")),
        possible_values_heading: "Possible values",
        value_line: |value, help| format!("- {value}: {help}"),
        keys_preamble: "Keys. The defaults: [keys] in the config file rebinds a command, and \
            the explorer's own list of keys shows those in force.",
        keys_explorer: "The explorer",
        keys_search: "While typing a search",
        keys_detail: "In the detail",
        keys_picker: "In the edition picker",
        keys_help: "In the list of keys",
        keys_slides: "The slides",
        keys_repeats_left_out: "This list and those of the popups leave out the keys that do \
            the same as in the explorer (paging, Ctrl-C).",
        heading: |text| format!("{text}:"),
        usage_line: |usage| format!("Usage: {usage}"),
    },
    commands: Commands {
        about: "Compare editions of a conference side by side",
        long_about: "Compare editions of a conference side by side.\n\n\
            confer reads curated TOML content (built in, or a folder given with --content) and \
            shows how a conference changed between two editions.",
        after_help: "Without a command, confer opens the explorer on two editions. Without a \
            terminal it prints their comparison instead, or lists the editions when none is \
            named.",
        check: "Check content, or a talk deck against the content, and report every error and \
            warning",
        check_after: "Given a file (talk.toml), check it as a talk deck: its keys against the \
            deck format, and the editions, series and figure keys it names against the content \
            (--content DIR, else `content` in the config file, else the built-in content).",
        list: "List every edition with its id, dates, label and place",
        print: "Print the comparison of two editions as text (or Markdown)",
        present: "Present the comparison as full-screen slides (or export them for presenterm)",
        series: "Print a series over the years: figures as charts, themes, who came back, topics",
        new: "Start an edition: write a commented skeleton file to fill in",
        new_long: "Start an edition: write SERIES/STEM.toml in the content folder, a commented \
            skeleton that passes `confer check`, and SERIES/series.toml too when the series is \
            new. An existing file is never overwritten.",
        new_after: "The content folder is --content DIR, else CONFER_CONTENT, else `content` in \
            the config file; the built-in content is never written to.",
        completions: "Print the completion script for a shell",
        completions_long: "Print the completion script for a shell. The script asks confer \
            itself on each Tab, so it completes commands, options and their values, and the ids \
            of the editions and series in the content the command line names (--content, else \
            CONFER_CONTENT, else the config file's, else the built-in content).",
        completions_after: "Install, for example:\n  \
            confer completions bash > ~/.local/share/bash-completion/completions/confer\n  \
            confer completions zsh > ~/.zfunc/_confer   (a folder on $fpath)\n  \
            confer completions fish > ~/.config/fish/completions/confer.fish\n\
            or load it as the shell starts, e.g. in ~/.bashrc: source <(confer completions bash)",
        man: "Print confer's man page, or write a page for each command into a folder",
        man_long: "Print confer's man page (confer.1, in roff) on standard output, or with \
            --out write a page for confer and one for each of its commands (confer-check.1, \
            confer-print.1, ...) into a folder.",
        man_after: "Install, for example:\n  \
            confer man --out ~/.local/share/man/man1\n\
            then man confer, man confer-print. man-db looks there when ~/.local/bin is on the \
            PATH; otherwise export MANPATH=\"$HOME/.local/share/man:\" (the trailing colon keeps \
            the system's pages).",
        export: "Export the content as data: JSON on standard output, or CSV files into a folder",
        export_after: "Every text is exported in every language it is written in: in JSON as \
            an object of language tag to text; in CSV as the columns NAME_en, NAME_ja, NAME_zh \
            and NAME_other_languages (a JSON object of its other languages), the same whatever \
            the content. A text written as a plain string has the tag und. CSV writes series, \
            editions, figures, people, orgs, sessions, topics, outcomes, timeline, notes and \
            sources (.csv), a row per entry per edition; files of those names in DIR are \
            replaced.",
        schema: "Print the JSON Schema of a kind of content file, for editors (taplo, VS Code), \
            or of the JSON export",
        schema_after: "At the root of a content folder:\n  \
            mkdir -p .confer\n  \
            confer schema series > .confer/series.schema.json\n  \
            confer schema edition > .confer/edition.schema.json\n\
            then make `#:schema ../.confer/edition.schema.json` (series.schema.json in \
            series.toml) the first line of each file: VS Code's Even Better TOML and `taplo \
            check` read it.",
    },
    args: Args {
        content: "Read content from this folder instead of the built-in content [env: \
            CONFER_CONTENT]",
        lang: "Language of the content shown [env: CONFER_LANG; default: from the locale, else \
            en]",
        color: "When to use colour; auto respects NO_COLOR [default: auto]",
        ambiguous_width: "How wide the terminal draws ambiguous characters such as ·, ① and ─; \
            auto asks it [default: auto]",
        theme: "The explorer's and the slides' colours; NO_COLOR or --color never means mono \
            [default: dark]",
        watch: "Reload the content folder when a file in it is saved (explorer and slides)",
        editions: "Editions for the explorer: series/stem, or a stem unique across series \
            [default: the first series' earliest and latest]",
        check_dir: "Content folder to check, or a talk deck file to check against the content \
            [default: --content, else the built-in content]",
        check_strict: "Treat warnings as errors",
        print_editions: "Editions to compare: series/stem, or a stem unique across series \
            [default: the first series' earliest and latest]",
        print_section: "Print only these sections (repeatable)",
        width: "Width in columns [default: the terminal's, 100 when not a terminal]",
        format: "Output format",
        present_editions: "Editions to compare: series/stem, or a stem unique across series",
        present_only: "Only these kinds of slide, comma-separated",
        present_export: "Write the deck as Markdown slides for presenterm instead of showing it \
            (a talk's notes become presenterm speaker notes)",
        present_size: "The size of the terminal presenterm will run in, for --export: long \
            slides are cut into pages that fit it and lines wrapped to its columns",
        present_deck: "Give your own talk: its slides, order and speaker notes from a deck file \
            (see `confer check DECK`); editions named here win over the deck's",
        present_presenter: "The presenter console for the deck: notes, the next slide, the \
            time; run it in a second terminal beside the audience screen (the same command \
            without this flag), and each follows the other",
        series_series: "The series to print, by id [default: the series of the editions \
            compared by default]; two series print side by side: the figures both \
            give on one chart a key, the themes of both by year, and who is listed in \
            both",
        new_edition: "The edition: its series (a folder, new or not) and its file stem, both \
            ids such as wic/2030",
        completions_shell: "The shell to complete in",
        man_out: "Write every page into this folder, created if need be (pages of the same name \
            are replaced), and print their paths",
        export_editions: "Editions to export: series/stem, or a stem unique across series \
            [default: every edition of every series]",
        export_format: "json: one document on standard output; csv: one file per table into \
            --out DIR",
        export_out: "The folder to write the CSV files into, created if need be (csv only)",
        export_bom: "For Excel (csv only): a UTF-8 byte-order mark first, and no cell that \
            starts a formula (a leading ' is added to a cell starting with = + - @, a tab or \
            CR; a negative number stays a number)",
        schema_kind: "The kind of file",
    },
    values: Values {
        theme_projector: "For a seminar room: high contrast on solid black, colour-blind-safe \
            colours, wider margins",
        slide_figures: "The figures at a glance, each figure both editions give, and those only \
            one gives",
        slide_people: "Who and what returned: people and organizations in both",
        slide_own: "A presenter's own slides in a talk deck",
        schema_series: "series.toml: a series and what its editions share",
        schema_edition: "an edition file (2014.toml)",
        schema_export: "what `confer export --format json` writes",
        format_json: "One JSON document on standard output",
        format_csv: "One CSV file per table, into the folder given with --out",
    },
    usage: UsageErrors {
        error: "error: ",
        invalid_value: |value, option| format!("invalid value '{value}' for '{option}'"),
        valid_values: |values| format!("possible values: {}", values.join(", ")),
        unknown_argument: |arg| format!("unexpected argument '{arg}' found"),
        unknown_command: |command| format!("unrecognized subcommand '{command}'"),
        did_you_mean: |meant| format!("a similar argument exists: '{meant}'"),
        as_value: |arg| format!("to pass '{arg}' as a value, use '-- {arg}'"),
        option_takes: |option, help| format!("{option}: {help}"),
        missing_value: |option| format!("a value is required for '{option}' but none was supplied"),
        missing_argument: |args| {
            format!(
                "the following required arguments were not provided: {}",
                args.join(" ")
            )
        },
        missing_command: "a subcommand is required but one was not provided",
        conflict: |option, other| format!("the argument '{option}' cannot be used with '{other}'"),
        too_many_values: |value, option| {
            format!("unexpected value '{value}' for '{option}' found; no more were expected")
        },
        needs_equals: |option| format!("equal sign is needed when assigning values to '{option}'"),
        not_utf8: "invalid UTF-8 was detected in one or more arguments",
        other: "the command line could not be read",
        more: "For more information, try '--help'.",
    },
    messages: Messages {
        no_edition: |id, known| {
            format!("no edition '{id}'; the editions are: {}", known.join(", "))
        },
        ambiguous_edition: |id, known| {
            format!(
                "'{id}' names more than one edition; write series/stem: {}",
                known.join(", ")
            )
        },
        only_one_edition: |series, known| {
            format!(
                "series '{series}' has only one edition; name a second one: the editions are: {}",
                known.join(", ")
            )
        },
        no_editions: |series| format!("series '{series}' has no editions"),
        no_content: "there is no content to compare",
        too_many_editions: "give at most two editions",
        config_folder_missing: |folder, file| {
            format!(
                "content folder '{folder}' does not exist\n  = note: it is named by `content` \
                 in {file}\n  = help: correct or remove `content` in {file}, or give --content"
            )
        },
        the_config_file: "the config file",
        left_out: |count, first| {
            let are = if count == 1 {
                "edition is"
            } else {
                "editions are"
            };
            format!("{count} {are} left out ({first}); `confer check` shows why")
        },
        has_warnings: |count| {
            let warnings = if count == 1 { "warning" } else { "warnings" };
            format!("the content has {count} {warnings}; `confer check` shows them")
        },
        watch_built_in: "--watch watches a content folder; the built-in content does not change",
        new_needs_folder: "confer new writes into a content folder; give --content DIR (or set \
            CONFER_CONTENT, or `content` in the config file)",
        wrote_schema: |file| {
            format!("wrote {file} (the schema editors read from each file's first line)")
        },
        schemas_not_written: |folder, why| {
            format!(
                "could not write the schemas into {folder}/.confer: {why}; `confer schema` \
                 prints them"
            )
        },
        fill_in: |folder| format!("fill in the placeholders, then run `confer check {folder}`"),
        man_not_written: |folder, why| format!("cannot write the man pages into {folder}: {why}"),
        wrote_files: |count, folder| format!("wrote {count} files to {folder}"),
        slides_need_terminal: "the slides need a terminal; use --export markdown to write them \
            out",
        console_unreachable: |why| {
            format!("the presenter console cannot reach the audience screens: {why}")
        },
        stdout_failed: |why| format!("could not write to standard output: {why}"),
    },
    check: Check {
        built_in: "the built-in content",
        folder: str::to_string,
        summary: |place, n| {
            format!(
                "checked {place}: {} series, {} {}, {} {}, {} {}; {} {}, {} {}",
                n.series,
                n.editions,
                plural(n.editions, "edition", "editions"),
                n.entries,
                plural(n.entries, "entry", "entries"),
                n.sources,
                plural(n.sources, "source", "sources"),
                n.errors,
                plural(n.errors, "error", "errors"),
                n.warnings,
                plural(n.warnings, "warning", "warnings"),
            )
        },
    },
};

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}
