//! The config file's problems, each a warning at its place: what is wrong and what to do.

use super::area::area;
use crate::key_words::Refused;

area! {
    /// The config file's problems.
    pub struct Config {
        words {
            not_utf8,
            save_as_utf8,
            fix_permissions,
            point_at_a_file,
            is_this_it,
            toml_help,
            not_a_setting,
            not_a_value,
            keys_not_a_table,
            keys_table_help,
            keys_list_help,
            /// What `content` takes.
            a_path,
            /// What `watch` takes.
            true_or_false,
            /// CONFER_CONFIG names no file.
            named_missing,
            named_missing_help,
        }
        sentences {
            /// (why): the whole file is left out.
            ignored: fn(&str) -> String,
            /// (the system's error)
            cannot_read: fn(&str) -> String,
            /// (what it is instead)
            not_regular: fn(&str) -> String,
            /// (its size in MiB)
            too_large: fn(f64) -> String,
            /// (the TOML parser's message)
            toml_syntax: fn(&str) -> String,
            /// (the setting meant)
            did_you_mean: fn(&str) -> String,
            /// (every setting)
            settings_are: fn(&[&str]) -> String,
            /// (setting)
            unknown_setting: fn(&str) -> String,
            /// (values, quoted as written in the file): "\"ja\" or \"en\"".
            one_of: fn(&[&str]) -> String,
            /// (setting, what it takes)
            takes: fn(&str, &str) -> String,
            /// (command)
            keys_not_a_list: fn(&str) -> String,
            /// (why the key map refused them)
            keys_refused: fn(&str) -> String,
            /// (the command as written, why): what is wrong and what to write instead.
            key_refused_why: fn(&str, &Refused) -> (String, String),
        }
    }
}
