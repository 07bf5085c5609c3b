use crate::i18n::config::Config;
use crate::key_words::{KeyMode, Refused};

pub(crate) const CONFIG: Config = Config {
    not_utf8: "the config file is not valid UTF-8",
    save_as_utf8: "save it as UTF-8",
    fix_permissions: "fix its permissions, or point CONFER_CONFIG at another file",
    point_at_a_file: "point CONFER_CONFIG at a config.toml file",
    is_this_it: "is this the config file? It holds a few settings and key bindings",
    toml_help: "see https://toml.io for the syntax",
    not_a_setting: "not a setting of confer",
    not_a_value: "not a value it takes",
    keys_not_a_table: "config: [keys] is a table of command = keys; ignored",
    keys_table_help: "write it as a table: [keys] then swap = \"x\"",
    keys_list_help: "write e.g. swap = \"x\" or down = [\"j\", \"Down\"]",
    a_path: "a path in quotes",
    true_or_false: "true or false",
    named_missing: "config: CONFER_CONFIG names a file that does not exist, so no config is read",
    named_missing_help: "create the file, or correct or unset CONFER_CONFIG",
    ignored: |why| format!("config: {why}, so it is ignored"),
    cannot_read: |why| format!("cannot read the config file: {why}"),
    not_regular: |what| format!("the config file is {what}, not a regular file"),
    too_large: |mib| format!("the config file is {mib:.1} MiB; a config file may be at most 1 MiB"),
    toml_syntax: |message| format!("config: TOML syntax: {message}; the config file is ignored"),
    did_you_mean: |near| format!("did you mean '{near}'?"),
    settings_are: |all| format!("the config file takes: {}", all.join(", ")),
    unknown_setting: |name| format!("config: unknown setting '{name}', ignored"),
    one_of: |values| match values.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    },
    takes: |name, expected| format!("config: '{name}' takes {expected}; ignored"),
    keys_not_a_list: |name| {
        format!("config: keys for '{name}' are a key or a list of keys; ignored")
    },
    keys_refused: |why| format!("config: {why}; ignored"),
    key_refused_why: |name, refused| match refused {
        Refused::UnknownCommand { near, names } => (
            format!("unknown command '{name}' in [keys]"),
            match near {
                Some(near) => format!("did you mean '{near}'?"),
                None => format!("[keys] takes: {}", names.join(", ")),
            },
        ),
        Refused::Clash {
            key,
            first,
            second,
            mode,
        } => (
            format!(
                "{key} is bound to both '{first}' and '{second}' in {}",
                match mode {
                    KeyMode::Browse => "browsing",
                    KeyMode::Search => "typing a search",
                    KeyMode::Detail => "the detail",
                    KeyMode::Help => "the keys",
                    KeyMode::Picker => "the edition picker",
                    KeyMode::Slides => "the slides",
                    KeyMode::SlideHelp => "the slides' keys",
                }
            ),
            "give one of them another key in [keys]".into(),
        ),
        Refused::NotAKey { key } => (
            format!("'{key}' is not a key"),
            "write a character (\"x\", \"G\", \"?\"), a key name (Enter, Esc, Tab, Space, Up, \
             Down, PageDown, Home …) or ctrl- before either"
                .into(),
        ),
        Refused::CtrlC => (
            "Ctrl-C always quits confer".into(),
            "bind another key".into(),
        ),
    },
};
