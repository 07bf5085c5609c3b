//! The interface's words in English.

mod cli;

use super::Words;

pub static WORDS: Words = Words { cli: cli::CLI };
