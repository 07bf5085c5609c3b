//! Keys as data: one table of (modes, keys, command, words) from which the dispatcher, the
//! `?` help of the explorer and of the slides, and the footer are all drawn, so that none of
//! them can drift from the others. The config file's `[keys]` table rebinds a command by name
//! (`overrides`); a key bound twice in one mode is refused.

mod chord;
mod overrides;
mod table;

pub use crate::key_words::{KeyMode, Refused};
pub use chord::{Chord, Keys};
pub use overrides::KeyError;

use crossterm::event::{KeyCode, KeyEvent};

use crate::i18n::Lang;
pub use crate::i18n::key_help::Says;
use crate::rows::Section;
use crate::tui::action::Action;
pub use crate::tui::action::Command;
use table::defaults;

/// How a row shows in the footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Footer {
    /// Not in the footer (the help lists it).
    No,
    /// "j move": its first key and this word.
    Word(Says),
    /// Its first key joined to the item before: "j/k move".
    Joined,
}

/// One row of the table: in these modes, these keys do this.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub command: Command,
    pub modes: &'static [KeyMode],
    pub keys: Keys,
    /// What it does, as the help says it: a word of the catalogue.
    pub says: Says,
    pub footer: Footer,
}

impl Binding {
    pub fn words(&self, lang: Lang) -> &'static str {
        self.says.said(lang)
    }
}

/// The bindings in force.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyMap {
    bindings: Vec<Binding>,
}

impl Default for KeyMap {
    fn default() -> KeyMap {
        KeyMap {
            bindings: defaults(),
        }
    }
}

impl KeyMap {
    pub fn in_mode(&self, mode: KeyMode) -> impl Iterator<Item = &Binding> {
        self.bindings
            .iter()
            .filter(move |b| b.modes.contains(&mode))
    }

    /// The action a key asks for in a mode, if any.
    pub fn action(&self, mode: KeyMode, key: &KeyEvent) -> Option<Action> {
        let chord = Chord::of(key);
        self.in_mode(mode)
            .find(|b| b.keys.matches(chord))
            .and_then(|b| action_of(b.command, chord))
    }

    /// The keys of one mode as the help lists them: the keys, and what they do.
    pub fn help(&self, mode: KeyMode, lang: Lang) -> Vec<(String, &'static str)> {
        self.help_lines(mode, lang, false)
    }

    /// The keys of one mode as the `?` popup lists them: `help`'s, with every section
    /// named under the digits that open it, as the tab row names them (where it has the
    /// room: at 80 columns it shows most of them by their digit only).
    pub fn popup_help(&self, mode: KeyMode, lang: Lang) -> Vec<(String, &'static str)> {
        self.help_lines(mode, lang, true)
    }

    fn help_lines(&self, mode: KeyMode, lang: Lang, sections: bool) -> Vec<(String, &'static str)> {
        let mut lines = Vec::new();
        for b in self
            .in_mode(mode)
            .filter(|b| b.keys != Keys::Chords(Vec::new()))
        {
            let keys = match &b.keys {
                Keys::AnyChar => lang.words().explorer.any_char.to_string(),
                keys => keys.label(),
            };
            lines.push((keys, b.words(lang)));
            if sections && b.command == Command::Section && matches!(b.keys, Keys::Digits(..)) {
                let tabs = crate::tui::screen::Tab::all();
                lines.extend(tabs.map(|(key, tab)| (format!("  {key}"), tab.title(lang))));
            }
        }
        lines
    }

    /// The footer's items for a mode, each "keys word", leaving out the commands that
    /// `available` says do nothing now.
    pub fn footer(
        &self,
        mode: KeyMode,
        lang: Lang,
        available: impl Fn(Command) -> bool,
    ) -> Vec<(Command, String)> {
        let mut items: Vec<(Command, String)> = Vec::new();
        let mut last_shown = false;
        for b in self.in_mode(mode) {
            match b.footer {
                Footer::No => {}
                Footer::Word(says) => {
                    last_shown = available(b.command) && b.keys != Keys::Chords(Vec::new());
                    if last_shown {
                        let word = says.said(lang);
                        items.push((b.command, format!("{} {word}", b.keys.first_label())));
                    }
                }
                Footer::Joined => {
                    if last_shown && let Some((_, text)) = items.last_mut() {
                        // "j move" becomes "j/k move".
                        if let Some(space) = text.find(' ') {
                            text.insert_str(space, &format!("/{}", b.keys.first_label()));
                        }
                    }
                }
            }
        }
        items
    }

    /// Every key of every mode is in its help: the table is the help.
    pub fn modes_of(&self, command: Command) -> Vec<KeyMode> {
        KeyMode::ALL
            .into_iter()
            .filter(|m| self.in_mode(*m).any(|b| b.command == command))
            .collect()
    }
}

/// The action a key of this command asks for: the key's own digit or character where the
/// command carries one.
fn action_of(command: Command, chord: Chord) -> Option<Action> {
    let digit = match chord.code {
        KeyCode::Char(c) if c.is_ascii_digit() => Some(c),
        _ => None,
    };
    match command {
        Command::Section | Command::Series => {
            let n = digit?.to_digit(10)? as usize;
            Some(match n.checked_sub(1) {
                None => Action::Series,
                Some(k) => Action::Section(*Section::ALL.get(k)?),
            })
        }
        Command::SearchInput => match chord.code {
            KeyCode::Char(c) if !chord.ctrl => Some(Action::SearchInput(c)),
            _ => None,
        },
        Command::SlideDigit => Some(Action::SlideDigit(digit?)),
        other => other.bare(),
    }
}

/// A bound command's name in `[keys]` (every command the table binds has one).
fn name_of(command: Command) -> &'static str {
    command.name().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::KeyMode::{Browse, Detail, Search, Slides};
    use super::*;
    use crossterm::event::KeyModifiers;
    use std::collections::BTreeMap;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    #[test]
    fn the_default_table_has_no_conflicts() {
        KeyMap::default().check_conflicts().unwrap();
    }

    #[test]
    fn every_command_the_table_binds_has_a_name_for_keys() {
        for binding in KeyMap::default().bindings {
            assert!(binding.command.name().is_some(), "{:?}", binding.command);
        }
    }

    #[test]
    fn ctrl_c_quits_from_every_mode() {
        let map = KeyMap::default();
        for mode in KeyMode::ALL {
            assert_eq!(map.action(mode, &ctrl('c')), Some(Action::Quit), "{mode:?}");
        }
    }

    #[test]
    fn one_key_one_meaning_by_mode() {
        let map = KeyMap::default();
        assert_eq!(
            map.action(Browse, &key(KeyCode::Char('q'))),
            Some(Action::Leave)
        );
        assert_eq!(
            map.action(Detail, &key(KeyCode::Char('q'))),
            Some(Action::Leave)
        );
        assert_eq!(
            map.action(Search, &key(KeyCode::Char('q'))),
            Some(Action::SearchInput('q'))
        );
        assert_eq!(
            map.action(Browse, &key(KeyCode::Char('3'))),
            Some(Action::Section(Section::Topics))
        );
        assert_eq!(
            map.action(Browse, &key(KeyCode::Char('0'))),
            Some(Action::Series)
        );
        assert_eq!(
            map.action(Browse, &key(KeyCode::Char(']'))),
            Some(Action::CompareRight)
        );
        assert_eq!(
            map.action(Slides, &key(KeyCode::Char('0'))),
            Some(Action::SlideDigit('0'))
        );
        assert_eq!(
            map.action(Slides, &key(KeyCode::Backspace)),
            Some(Action::SlidePrevious)
        );
        assert_eq!(map.action(Browse, &ctrl('d')), Some(Action::HalfPageDown));
        assert_eq!(map.action(Browse, &ctrl('f')), Some(Action::PageDown));
    }

    #[test]
    fn keys_rebind_by_name_and_conflicts_are_refused() {
        let one = |name: &str, keys: &[&str]| {
            BTreeMap::from([(
                name.to_string(),
                keys.iter().map(|k| k.to_string()).collect(),
            )])
        };
        let map = KeyMap::with_overrides(&one("swap", &["x", "ctrl-s"])).unwrap();
        assert_eq!(
            map.action(Browse, &key(KeyCode::Char('x'))),
            Some(Action::Swap)
        );
        assert_eq!(map.action(Browse, &key(KeyCode::Char('s'))), None);
        assert!(
            map.help(Browse, Lang::En)
                .contains(&("x Ctrl-S".into(), "swap the panes"))
        );

        let said = |keys: &BTreeMap<String, Vec<String>>| {
            KeyMap::with_overrides(keys).unwrap_err().said(Lang::En)
        };
        let (clash, _) = said(&one("swap", &["q"]));
        assert_eq!(clash, "q is bound to both 'leave' and 'swap' in browsing");
        let (digit, _) = said(&one("swap", &["4"]));
        assert!(digit.contains("'section' and 'swap'"), "{digit}");
        let (_, typo) = said(&one("swpa", &["x"]));
        assert_eq!(typo, "did you mean 'swap'?");
        let (_, listed) = said(&one("zzzz", &["x"]));
        assert_eq!(
            listed.matches(" down,").count(),
            1,
            "each name once: {listed}"
        );
        let (bad, _) = said(&one("swap", &["Enterr"]));
        assert_eq!(bad, "'Enterr' is not a key");
        assert!(KeyMap::with_overrides(&one("quit", &["x"])).is_err());
        assert!(KeyMap::with_overrides(&one("swap", &["ctrl-c"])).is_err());
    }

    #[test]
    fn the_footer_joins_pairs_and_leaves_out_what_does_nothing() {
        let map = KeyMap::default();
        let items: Vec<String> = map
            .footer(Browse, Lang::En, |c| c != Command::Open)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert_eq!(items[0], "j/k move");
        assert!(!items.iter().any(|t| t.contains("detail")));
        assert!(items.contains(&"n/N next/previous".to_string()));
        let popup: Vec<String> = map
            .footer(Detail, Lang::En, |_| true)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(popup, ["j/k scroll", "Esc/q close"]);
    }
}
