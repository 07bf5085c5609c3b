//! confer: compare editions of a conference side by side.
//! The library holds everything; `main.rs` only parses the command line and runs a command.

pub use confer_content::allocator;
pub mod builtin;
pub mod cli;
pub mod compare;
pub mod completion;
pub mod content;
pub mod editions;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod key_words;
pub mod list;
pub mod present;
pub mod print;
pub mod rows;
pub mod scaffold;
pub mod schema;
pub mod series;
pub mod settings;
pub mod talk;
pub mod text;
pub mod tui;
pub mod whole_file;

/// An environment for tests: the variables given, and nothing else.
#[cfg(test)]
pub(crate) fn fake_env<'a>(
    pairs: &'a [(&'a str, &'a str)],
) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}
