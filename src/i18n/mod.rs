//! The reader's language (chosen by `--lang`, then `CONFER_LANG`, then the locale, then
//! English) and the catalogue of the interface's words in each language.
//!
//! One folder per language (`ja/`, `en/`) holds one file per area; each area is a struct
//! whose fields are its words, sentences and rules, so a word missing in one language
//! fails to compile. Callers write `lang.words().labels.people`, never `match lang`.
//!
//! A new interface language `xx`: copy `en/` to `xx/` and translate every file in it (the
//! words, and the rules in `numbers.rs`: how numbers, dates and counts are written), except
//! `diagnostics.rs`, whose English is the content crate's own
//! (`crates/confer-content/src/diagnostic/english.rs`): copy `ja/diagnostics.rs` instead and
//! say each problem of its exhaustive match from that English file. Add `Xx` to `Lang` and
//! to `Lang::ALL`, and one arm each to `Lang::words`, `Lang::tag` and `Lang::from_locale`.
//! `tests/interface_words.rs` then checks its screens for leaks, and
//! `tests/diagnostic_words.rs` its problems in content and decks.

use clap::ValueEnum;

mod area;
pub mod cli;
pub mod config;
pub mod console;
pub mod deck;
pub mod detail;
pub mod diagnostics;
mod en;
pub mod explorer;
mod ja;
pub mod key_help;
pub mod labels;
pub mod numbers;
pub mod pair;
pub mod problems;
pub mod sections;
pub mod series;
pub mod slides;

/// Every area of the catalogue.
pub struct Words {
    pub cli: cli::Cli,
    pub config: config::Config,
    pub labels: labels::Labels,
    pub key_help: key_help::KeyHelp,
    pub console: console::Console,
    pub explorer: explorer::Explorer,
    pub slides: slides::Slides,
    pub pair: pair::Pair,
    pub series: series::Series,
    pub sections: sections::Sections,
    pub numbers: numbers::Numbers,
    pub problems: problems::Problems,
    pub detail: detail::Detail,
    pub deck: deck::Deck,
    pub diagnostics: diagnostics::Diagnostics,
}

impl Words {
    /// Every plain word of every area (not the sentences, which take values).
    pub fn plain_words(&self) -> Vec<&'static str> {
        // Every area of the struct above: one missing here goes unchecked by the test of
        // leaks (tests/interface_words.rs), which is how a missing area was once found.
        let areas = [
            self.cli.plain_words(),
            self.config.plain_words(),
            self.labels.plain_words(),
            self.key_help.plain_words(),
            self.console.plain_words(),
            self.explorer.plain_words(),
            self.slides.plain_words(),
            self.series.plain_words(),
            self.pair.plain_words(),
            self.sections.plain_words(),
            self.detail.plain_words(),
            self.problems.plain_words(),
            self.diagnostics.plain_words(),
            self.deck.plain_words(),
            vec![self.numbers.about_same],
        ];
        areas.into_iter().flatten().collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Every interface language, in the order the `L` key steps through them.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The next interface language (the `L` key): the one after this in `ALL`, round.
    pub fn other(self) -> Lang {
        let here = Lang::ALL.iter().position(|&l| l == self).unwrap_or(0);
        Lang::ALL[(here + 1) % Lang::ALL.len()]
    }

    /// The words of the interface in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Ja => &ja::WORDS,
            Lang::En => &en::WORDS,
        }
    }

    /// The tag that picks this language out of a content Text.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// From the POSIX locale variables, in their order of precedence; English otherwise.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty());
        match locale {
            Some(value) if value.starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fake_env as env;

    #[test]
    fn the_l_key_steps_through_every_language_and_back() {
        let mut lang = Lang::ALL[0];
        let mut seen = Vec::new();
        for _ in Lang::ALL {
            seen.push(lang);
            lang = lang.other();
        }
        assert_eq!(lang, Lang::ALL[0], "round");
        assert_eq!(seen, Lang::ALL, "each once, in order");
    }

    #[test]
    fn no_word_of_any_language_is_empty() {
        for lang in Lang::ALL {
            let words = lang.words().plain_words();
            assert!(words.len() > 150, "{lang:?}: {}", words.len());
            assert!(
                words.iter().all(|w| !w.is_empty()),
                "{lang:?}: an empty word"
            );
        }
    }

    #[test]
    fn locale_picks_japanese_only_for_ja() {
        assert_eq!(Lang::from_locale(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        let both = [("LC_ALL", "en_GB.UTF-8"), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(Lang::from_locale(env(&both)), Lang::En, "LC_ALL wins");
        let empty_all = [("LC_ALL", ""), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(
            Lang::from_locale(env(&empty_all)),
            Lang::Ja,
            "an empty LC_ALL is unset"
        );
    }
}
