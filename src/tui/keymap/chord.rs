//! Keys as the key table and the config file write them: a key with or without Ctrl
//! (`Chord`), and the keys of a row (`Keys`), with the names the help and the footer show.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with or without Ctrl.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub ctrl: bool,
}

/// Names of keys in the config file, and how the help and the footer show them.
const NAMED: &[(&str, KeyCode, &str)] = &[
    ("Enter", KeyCode::Enter, "Enter"),
    ("Esc", KeyCode::Esc, "Esc"),
    ("Tab", KeyCode::Tab, "Tab"),
    ("BackTab", KeyCode::BackTab, "S-Tab"),
    ("Backspace", KeyCode::Backspace, "BS"),
    ("Space", KeyCode::Char(' '), "Space"),
    ("Up", KeyCode::Up, "↑"),
    ("Down", KeyCode::Down, "↓"),
    ("Left", KeyCode::Left, "←"),
    ("Right", KeyCode::Right, "→"),
    ("PageUp", KeyCode::PageUp, "PgUp"),
    ("PageDown", KeyCode::PageDown, "PgDn"),
    ("Home", KeyCode::Home, "Home"),
    ("End", KeyCode::End, "End"),
];

impl Chord {
    /// `"j"`, `"G"`, `"?"`, `"Enter"`, `"PageDown"`, `"ctrl-d"`.
    pub fn parse(name: &str) -> Option<Chord> {
        let (ctrl, rest) = match name.strip_prefix("ctrl-").or(name.strip_prefix("Ctrl-")) {
            Some(rest) => (true, rest),
            None => (false, name),
        };
        let code = NAMED
            .iter()
            .find(|(written, _, _)| written.eq_ignore_ascii_case(rest))
            .map(|(_, code, _)| *code)
            .or_else(|| {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_control() => Some(KeyCode::Char(c)),
                    _ => None,
                }
            })?;
        Some(Chord { code, ctrl })
    }

    pub(super) fn of(key: &KeyEvent) -> Chord {
        // Shift is part of the character (G, ?, N); BackTab carries it in its code.
        Chord {
            code: key.code,
            ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// How the help and the footer write it.
    pub fn label(self) -> String {
        let base = NAMED
            .iter()
            .find(|(_, code, _)| *code == self.code)
            .map(|(_, _, shown)| shown.to_string())
            .unwrap_or_else(|| match self.code {
                KeyCode::Char(c) => c.to_string(),
                other => format!("{other:?}"),
            });
        if self.ctrl {
            // As less and vim write them: Ctrl-D, Ctrl-C.
            format!("Ctrl-{}", base.to_uppercase())
        } else {
            base
        }
    }
}

/// The keys of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keys {
    /// Rebindable.
    Chords(Vec<Chord>),
    /// A digit key in this range, written as such in the help.
    Digits(char, char),
    /// Any character without Ctrl (typing a search).
    AnyChar,
}

impl Keys {
    pub(super) fn matches(&self, chord: Chord) -> bool {
        match self {
            Keys::Chords(chords) => chords.contains(&chord),
            Keys::Digits(from, to) => {
                !chord.ctrl && matches!(chord.code, KeyCode::Char(c) if (*from..=*to).contains(&c))
            }
            Keys::AnyChar => !chord.ctrl && matches!(chord.code, KeyCode::Char(_)),
        }
    }

    /// How the help writes them.
    pub fn label(&self) -> String {
        match self {
            Keys::Chords(chords) => chords
                .iter()
                .map(|c| c.label())
                .collect::<Vec<_>>()
                .join(" "),
            Keys::Digits(from, to) => format!("{from}-{to}"),
            Keys::AnyChar => "a-z …".to_string(),
        }
    }

    /// The key the footer names: the first.
    pub fn first_label(&self) -> String {
        match self {
            Keys::Chords(chords) => chords.first().map(|c| c.label()).unwrap_or_default(),
            other => other.label(),
        }
    }
}
