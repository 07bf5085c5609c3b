//! The config file's `[keys]` table over the default one: a command named gets the keys
//! given; an unknown name, a key that is no key, Ctrl-C, or a key bound twice in one mode
//! is refused with what to write instead.

use std::collections::{BTreeMap, HashSet};

use crossterm::event::KeyCode;

use super::chord::{Chord, Keys};
use super::{Binding, KeyMap, KeyMode, Refused, name_of};
use crate::i18n::Lang;
use crate::tui::action::Command;

/// A `[keys]` entry that cannot be used, with the command it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyError {
    /// The command name as written in the config file.
    pub name: String,
    pub refused: Refused,
}

impl KeyError {
    /// What is wrong, and what to write instead, in `lang`.
    pub fn said(&self, lang: Lang) -> (String, String) {
        (lang.words().config.key_refused_why)(&self.name, &self.refused)
    }
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.said(Lang::En).0)
    }
}

impl KeyMap {
    /// The default table with the config file's `[keys]`: each command named gets the keys
    /// given instead of its own, in every mode it has. Ctrl-C always quits.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> Result<KeyMap, KeyError> {
        let mut map = KeyMap::default();
        let rebindable: Vec<Command> = map
            .bindings
            .iter()
            .filter(|b| matches!(b.keys, Keys::Chords(_)) && b.command != Command::Quit)
            .map(|b| b.command)
            .collect();
        for (name, keys) in overrides {
            let Some(command) = rebindable
                .iter()
                .copied()
                .find(|c| c.name() == Some(name.as_str()))
            else {
                return Err(unknown(name, &rebindable));
            };
            let chords = chords_of(name, keys)?;
            for binding in map.bindings.iter_mut().filter(|b| b.command == command) {
                binding.keys = Keys::Chords(chords.clone());
            }
        }
        map.check_conflicts()?;
        Ok(map)
    }

    /// A key that two rows of one mode claim.
    pub(super) fn check_conflicts(&self) -> Result<(), KeyError> {
        for mode in KeyMode::ALL {
            let rows: Vec<&Binding> = self.in_mode(mode).collect();
            for (i, a) in rows.iter().enumerate() {
                let Keys::Chords(chords) = &a.keys else {
                    continue;
                };
                for chord in chords {
                    if let Some(b) = rows
                        .iter()
                        .enumerate()
                        .find(|(j, b)| *j != i && b.command != a.command && b.keys.matches(*chord))
                        .map(|(_, b)| b)
                    {
                        let (first, second) = if a.command < b.command {
                            (a, b)
                        } else {
                            (b, a)
                        };
                        return Err(KeyError {
                            name: name_of(a.command).to_string(),
                            refused: Refused::Clash {
                                key: chord.label(),
                                first: name_of(first.command),
                                second: name_of(second.command),
                                mode,
                            },
                        });
                    }
                }
            }
        }
        Ok(())
    }
}

/// A name that is no rebindable command: the nearest one, or all of them.
fn unknown(name: &str, rebindable: &[Command]) -> KeyError {
    // Each name once, in the table's order.
    let mut seen = HashSet::new();
    let names: Vec<&str> = rebindable
        .iter()
        .map(|c| name_of(*c))
        .filter(|n| seen.insert(*n))
        .collect();
    let near = crate::content::closest(name, names.iter().copied()).map(str::to_string);
    KeyError {
        name: name.to_string(),
        refused: Refused::UnknownCommand { near, names },
    }
}

/// The keys written for a command, each one a key and none of them Ctrl-C.
fn chords_of(name: &str, keys: &[String]) -> Result<Vec<Chord>, KeyError> {
    let refused = |refused: Refused| KeyError {
        name: name.to_string(),
        refused,
    };
    let ctrl_c = Chord {
        code: KeyCode::Char('c'),
        ctrl: true,
    };
    keys.iter()
        .map(|key| match Chord::parse(key) {
            None => Err(refused(Refused::NotAKey { key: key.clone() })),
            Some(chord) if chord == ctrl_c => Err(refused(Refused::CtrlC)),
            Some(chord) => Ok(chord),
        })
        .collect()
}
