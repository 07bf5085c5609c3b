use crate::i18n::config::Config;

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
};
