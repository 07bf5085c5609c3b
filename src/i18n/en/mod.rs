//! The interface in English: one file per area.

mod cli;
mod config;
mod console;
mod deck;
mod detail;
mod diagnostics;
mod explorer;
mod key_help;
mod labels;
mod numbers;
mod pair;
mod problems;
mod sections;
mod series;
mod slides;

use super::Words;

pub static WORDS: Words = Words {
    cli: cli::CLI,
    config: config::CONFIG,
    labels: labels::LABELS,
    numbers: numbers::NUMBERS,
    problems: problems::PROBLEMS,
    detail: detail::DETAIL,
    deck: deck::DECK,
    diagnostics: diagnostics::DIAGNOSTICS,
    sections: sections::SECTIONS,
    pair: pair::PAIR,
    series: series::SERIES,
    slides: slides::SLIDES,
    explorer: explorer::EXPLORER,
    console: console::CONSOLE,
    key_help: key_help::KEY_HELP,
};
