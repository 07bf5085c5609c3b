//! Keys as data: one table of (modes, keys, command, words) from which the dispatcher, the
//! `?` help of the explorer and of the slides, and the footer are all drawn, so that none of
//! them can drift from the others. The config file's `[keys]` table rebinds a command by name;
//! a key bound twice in one mode is refused.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::Action;
use crate::i18n::Lang;
pub use crate::i18n::key_help::Says;
use crate::rows::Section;

/// What the reader is doing, as far as keys are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyMode {
    Browse,
    /// Typing a search.
    Search,
    Detail,
    Help,
    Picker,
    Slides,
    SlideHelp,
}

impl KeyMode {
    pub const ALL: [KeyMode; 7] = [
        KeyMode::Browse,
        KeyMode::Search,
        KeyMode::Detail,
        KeyMode::Help,
        KeyMode::Picker,
        KeyMode::Slides,
        KeyMode::SlideHelp,
    ];

    fn name(self) -> &'static str {
        match self {
            KeyMode::Browse => "browsing",
            KeyMode::Search => "typing a search",
            KeyMode::Detail => "the detail",
            KeyMode::Help => "the keys",
            KeyMode::Picker => "the edition picker",
            KeyMode::Slides => "the slides",
            KeyMode::SlideHelp => "the slides' keys",
        }
    }
}

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

    fn of(key: &KeyEvent) -> Chord {
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

/// What a row of the table does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    /// Ctrl-C: leave confer from any mode.
    Quit,
    /// `q`: close a popup or the slides; quit from browsing.
    Leave,
    /// Esc: close a popup or the slides; clear a search.
    Close,
    NextSection,
    PrevSection,
    /// The digit keys, one per section (0 the series view).
    Section,
    CompareLeft,
    CompareRight,
    Down,
    Up,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Search,
    NextMatch,
    PrevMatch,
    Open,
    Swap,
    Editions,
    Language,
    FilterKind,
    FilterCountry,
    TimelineAxis,
    Present,
    Help,
    SearchKeep,
    SearchClear,
    SearchBackspace,
    /// Any character while typing a search.
    Type,
    SlideNext,
    SlidePrevious,
    SlideFirst,
    SlideLast,
    /// A digit of a slide number.
    SlideDigit,
    SlideJump,
    SlideBlank,
    SlideClock,
}

impl Command {
    /// The name the config file's `[keys]` table uses.
    pub fn name(self) -> &'static str {
        match self {
            Command::Quit => "quit",
            Command::Leave => "leave",
            Command::Close => "close",
            Command::NextSection => "next-section",
            Command::PrevSection => "prev-section",
            Command::Section => "section",
            Command::CompareLeft => "compare-left",
            Command::CompareRight => "compare-right",
            Command::Down => "down",
            Command::Up => "up",
            Command::HalfPageDown => "half-page-down",
            Command::HalfPageUp => "half-page-up",
            Command::PageDown => "page-down",
            Command::PageUp => "page-up",
            Command::Top => "top",
            Command::Bottom => "bottom",
            Command::Search => "search",
            Command::NextMatch => "next-match",
            Command::PrevMatch => "prev-match",
            Command::Open => "open",
            Command::Swap => "swap",
            Command::Editions => "editions",
            Command::Language => "language",
            Command::FilterKind => "filter-kind",
            Command::FilterCountry => "filter-country",
            Command::TimelineAxis => "timeline-axis",
            Command::Present => "present",
            Command::Help => "help",
            Command::SearchKeep => "search-keep",
            Command::SearchClear => "search-clear",
            Command::SearchBackspace => "search-backspace",
            Command::Type => "type",
            Command::SlideNext => "slide-next",
            Command::SlidePrevious => "slide-previous",
            Command::SlideFirst => "slide-first",
            Command::SlideLast => "slide-last",
            Command::SlideDigit => "slide-digit",
            Command::SlideJump => "slide-jump",
            Command::SlideBlank => "slide-blank",
            Command::SlideClock => "slide-clock",
        }
    }

    /// The action a key of this command asks for.
    fn action(self, chord: Chord) -> Option<Action> {
        let digit = match chord.code {
            KeyCode::Char(c) if c.is_ascii_digit() => Some(c),
            _ => None,
        };
        Some(match self {
            Command::Quit => Action::Quit,
            Command::Leave => Action::Leave,
            Command::Close => Action::Close,
            Command::NextSection => Action::NextSection,
            Command::PrevSection => Action::PrevSection,
            Command::Section => {
                let n = digit?.to_digit(10)? as usize;
                match n.checked_sub(1) {
                    None => Action::Series,
                    Some(k) => Action::Section(*Section::ALL.get(k)?),
                }
            }
            Command::CompareLeft => Action::CompareLeft,
            Command::CompareRight => Action::CompareRight,
            Command::Down => Action::Down,
            Command::Up => Action::Up,
            Command::HalfPageDown => Action::HalfPageDown,
            Command::HalfPageUp => Action::HalfPageUp,
            Command::PageDown => Action::PageDown,
            Command::PageUp => Action::PageUp,
            Command::Top => Action::Top,
            Command::Bottom => Action::Bottom,
            Command::Search => Action::StartSearch,
            Command::NextMatch => Action::NextMatch,
            Command::PrevMatch => Action::PrevMatch,
            Command::Open => Action::Open,
            Command::Swap => Action::Swap,
            Command::Editions => Action::OpenPicker,
            Command::Language => Action::ToggleLang,
            Command::FilterKind => Action::FilterKind,
            Command::FilterCountry => Action::FilterCountry,
            Command::TimelineAxis => Action::TimelineAxis,
            Command::Present => Action::Present,
            Command::Help => Action::Help,
            Command::SearchKeep => Action::SearchKeep,
            Command::SearchClear => Action::SearchClear,
            Command::SearchBackspace => Action::SearchBackspace,
            Command::Type => match chord.code {
                KeyCode::Char(c) if !chord.ctrl => Action::SearchInput(c),
                _ => return None,
            },
            Command::SlideNext => Action::SlideNext,
            Command::SlidePrevious => Action::SlidePrevious,
            Command::SlideFirst => Action::SlideFirst,
            Command::SlideLast => Action::SlideLast,
            Command::SlideDigit => Action::SlideDigit(digit?),
            Command::SlideJump => Action::SlideJump,
            Command::SlideBlank => Action::SlideBlank,
            Command::SlideClock => Action::SlideClock,
        })
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
    fn matches(&self, chord: Chord) -> bool {
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

mod table;
use table::defaults;

/// A `[keys]` entry that cannot be used, with the command it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyError {
    /// The command name as written in the config file.
    pub name: String,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message)
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
            let Some(command) = rebindable.iter().copied().find(|c| c.name() == name) else {
                // Each name once, in the table's order.
                let mut seen = std::collections::HashSet::new();
                let names: Vec<&str> = rebindable
                    .iter()
                    .map(|c| c.name())
                    .filter(|n| seen.insert(*n))
                    .collect();
                let help = crate::content::closest(name, names.iter().copied())
                    .map(|near| format!("did you mean '{near}'?"))
                    .unwrap_or_else(|| format!("[keys] takes: {}", names.join(", ")));
                return Err(KeyError {
                    name: name.clone(),
                    message: format!("unknown command '{name}' in [keys]"),
                    help: Some(help),
                });
            };
            let mut chords = Vec::new();
            for key in keys {
                let chord = Chord::parse(key).ok_or_else(|| KeyError {
                    name: name.clone(),
                    message: format!("'{key}' is not a key"),
                    help: Some(
                        "write a character (\"x\", \"G\", \"?\"), a key name (Enter, Esc, Tab, \
                         Space, Up, Down, PageDown, Home …) or ctrl- before either"
                            .into(),
                    ),
                })?;
                if chord
                    == (Chord {
                        code: KeyCode::Char('c'),
                        ctrl: true,
                    })
                {
                    return Err(KeyError {
                        name: name.clone(),
                        message: "Ctrl-C always quits confer".into(),
                        help: Some("bind another key".into()),
                    });
                }
                chords.push(chord);
            }
            for binding in map.bindings.iter_mut().filter(|b| b.command == command) {
                binding.keys = Keys::Chords(chords.clone());
            }
        }
        map.check_conflicts()?;
        Ok(map)
    }

    /// A key that two rows of one mode claim.
    fn check_conflicts(&self) -> Result<(), KeyError> {
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
                            name: a.command.name().to_string(),
                            message: format!(
                                "{} is bound to both '{}' and '{}' in {}",
                                chord.label(),
                                first.command.name(),
                                second.command.name(),
                                mode.name()
                            ),
                            help: Some("give one of them another key in [keys]".into()),
                        });
                    }
                }
            }
        }
        Ok(())
    }

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
            .and_then(|b| b.command.action(chord))
    }

    /// The keys of one mode as the help lists them: the keys, and what they do.
    pub fn help(&self, mode: KeyMode, lang: Lang) -> Vec<(String, &'static str)> {
        self.in_mode(mode)
            .filter(|b| b.keys != Keys::Chords(Vec::new()))
            .map(|b| {
                let keys = match &b.keys {
                    Keys::AnyChar => lang.words().explorer.any_char.to_string(),
                    keys => keys.label(),
                };
                (keys, b.words(lang))
            })
            .collect()
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

#[cfg(test)]
mod tests {
    use super::KeyMode::{Browse, Detail, Search, Slides};
    use super::*;

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

        let clash = KeyMap::with_overrides(&one("swap", &["q"])).unwrap_err();
        assert_eq!(
            clash.message,
            "q is bound to both 'leave' and 'swap' in browsing"
        );
        let digit = KeyMap::with_overrides(&one("swap", &["4"])).unwrap_err();
        assert!(
            digit.message.contains("'section' and 'swap'"),
            "{}",
            digit.message
        );
        let typo = KeyMap::with_overrides(&one("swpa", &["x"])).unwrap_err();
        assert_eq!(typo.help.as_deref(), Some("did you mean 'swap'?"));
        let far = KeyMap::with_overrides(&one("zzzz", &["x"])).unwrap_err();
        let listed = far.help.unwrap();
        assert_eq!(
            listed.matches(" down,").count(),
            1,
            "each name once: {listed}"
        );
        let bad = KeyMap::with_overrides(&one("swap", &["Enterr"])).unwrap_err();
        assert_eq!(bad.message, "'Enterr' is not a key");
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
