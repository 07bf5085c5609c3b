//! confer: compare editions of a conference side by side.
//! The library holds everything; `main.rs` only parses the command line and runs a command.

pub mod cli;
pub mod content;
pub mod i18n;
pub mod list;
pub mod settings;
pub mod text;
