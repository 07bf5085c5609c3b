//! What the key map and the catalogue of words both name: the modes a key belongs to, and
//! why a `[keys]` entry was refused. Below both, so that the catalogue says them without
//! importing the key map, which draws on the catalogue.

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
}

/// Why a `[keys]` entry was refused; said in the reader's language by the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No command that can take other keys has the name: the nearest name, or every one.
    UnknownCommand {
        near: Option<String>,
        names: Vec<&'static str>,
    },
    /// A key that two commands have in one mode (their names in the table's order).
    Clash {
        key: String,
        first: &'static str,
        second: &'static str,
        mode: KeyMode,
    },
    /// A written key that is no key.
    NotAKey { key: String },
    /// Ctrl-C, which always quits.
    CtrlC,
}
