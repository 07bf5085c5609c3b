//! The interface's words in Japanese.

mod cli;

use super::Words;

pub static WORDS: Words = Words { cli: cli::CLI };
