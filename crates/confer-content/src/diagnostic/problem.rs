//! Every problem the crate finds in content, as a key with its values: the words are chosen
//! when it is shown (`english.rs` here; other languages in the application's catalogue),
//! so that one problem can be said in the reader's language.
//!
//! Values are kept as the file or the system wrote them (keys, ids, paths, an OS error's
//! text, the TOML parser's message): they are quoted, never translated.

use super::Severity;
use crate::model::Text;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    // Folders and files.
    FileNotFolder {
        path: String,
    },
    MissingFolder {
        path: String,
        given_to: GivenTo,
    },
    CannotOpenFolder {
        path: String,
        why: String,
    },
    CannotRead {
        name: Option<String>,
        why: String,
    },
    CannotReadSeriesFile {
        why: String,
    },
    CannotReadFolder {
        name: String,
        why: String,
    },
    CannotList {
        why: String,
    },
    IgnoredOutsideSeries {
        name: String,
    },
    IgnoredBuiltIn {
        path: String,
    },
    IgnoredFolderWithoutSeries {
        name: String,
    },
    IgnoredInSeries {
        name: String,
        folder: bool,
    },
    NoSeries {
        path: String,
    },
    NotRegular {
        what: Special,
    },
    FolderNotFile,
    NotUtf8,
    TooLarge {
        bytes: u64,
    },
    BadEditionName {
        stem: String,
        suggestion: Option<String>,
    },
    BadSeriesName {
        name: String,
        suggestion: Option<String>,
    },
    // The TOML and the format's keys.
    TomlSyntax {
        message: String,
    },
    MissingFormat {
        format: i64,
    },
    UnsupportedFormat {
        version: i64,
        format: i64,
    },
    UnknownKey {
        key: String,
        within: &'static str,
        near: Option<String>,
        takes: Vec<&'static str>,
    },
    UnknownCoverageKind {
        name: String,
        near: Option<String>,
        takes: Vec<&'static str>,
    },
    MissingKey {
        key: String,
        within: &'static str,
    },
    WrongType {
        expected: Expected,
        found: Found,
        hint: Option<TypeHint>,
    },
    // Values.
    NotWebAddress {
        url: String,
        has_scheme: bool,
    },
    ControlCharacters,
    NoLanguage,
    NotLanguageTag {
        tag: String,
        lowercase: Option<String>,
    },
    EmptyText,
    BadId {
        id: String,
        suggestion: Option<String>,
    },
    IntegerOutOfRange,
    NotFinite,
    NotPartialDate {
        value: String,
    },
    NotAllowed {
        value: String,
        near: Option<String>,
        allowed: &'static [&'static str],
    },
    NotCountry {
        value: String,
        hint: CountryHint,
    },
    DayNotOfEdition {
        day: i64,
    },
    WeightOutOfRange {
        weight: i64,
    },
    NegativeTotal {
        total: i64,
    },
    // Across entries and editions.
    TotalBelowListed {
        total: u64,
        listed: Listed,
    },
    TotalNotListed {
        total: u64,
        listed: Listed,
    },
    EndBeforeStart {
        start: String,
        end: String,
    },
    YearNotStart {
        year: i64,
        start: String,
        start_year: u16,
    },
    DayPastEnd {
        day: i64,
        last: i64,
        start: String,
        end: String,
    },
    DuplicateFigureKey {
        key: String,
    },
    NoSources {
        entry: Cited,
    },
    RedefinesSeriesEntry {
        kind: Entry,
        id: String,
    },
    DuplicateId {
        kind: Entry,
        id: String,
        first_line: usize,
    },
    UnknownRef {
        kind: Entry,
        id: String,
        near: Option<String>,
    },
    TopicWithoutLabel {
        id: String,
        near: Option<String>,
    },
    /// The names and units are the content's texts, each said in the reader's language.
    NamedDifferently {
        id: String,
        first: String,
        first_name: Text,
        here_name: Text,
    },
    DifferentUnit {
        key: String,
        first: String,
        first_unit: Option<Text>,
        here_unit: Option<Text>,
    },
}

/// Where the path of a missing content folder came from, for the reader to correct it there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GivenTo {
    /// `--content` or `CONFER_CONTENT`.
    ContentOption,
    /// `confer check`'s argument: a content folder or a deck file.
    Check,
}

/// What a path is when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Folder,
    Fifo,
    Socket,
    Device,
    Other,
}

/// What a value was expected to be; a table's name is the file's own word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    String,
    Text,
    Ids,
    Integer,
    Number,
    Boolean,
    Date,
    DateExample,
    DateInString,
    /// `[[key]]`.
    ArrayOfTables(String),
    /// One of `[[key]]`.
    TableOf(String),
    /// `[key]`.
    Table(String),
}

/// What a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    String,
    Integer,
    Float,
    Boolean,
    Date,
    DateTime,
    Array,
    Table,
}

/// How to write a value of the wrong type rightly, when it is plain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeHint {
    /// A number in quotes: the number as it should be written.
    Unquote { number: String },
    /// A date in quotes.
    UnquoteDate { date: String },
    /// A date that should be a string.
    Quote { date: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CountryHint {
    Uppercase(String),
    UnitedKingdom,
    None,
}

/// The entries a coverage total counts, and how many are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listed {
    pub kind: crate::model::ListKind,
    pub n: usize,
}

/// The kinds of entries that have ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Session,
    Person,
    Outcome,
    Note,
    Topic,
    Org,
    Source,
}

impl Entry {
    /// The table its entries are written in: the file's own word.
    pub fn table(self) -> &'static str {
        match self {
            Entry::Session => "[[sessions]]",
            Entry::Person => "[[people]]",
            Entry::Outcome => "[[outcomes]]",
            Entry::Note => "[[notes]]",
            Entry::Topic => "[[topics]]",
            Entry::Org => "[[orgs]]",
            Entry::Source => "[[sources]]",
        }
    }
}

/// An entry that must cite a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cited {
    Person(String),
    Figure(String),
    Outcome(String),
    Note(String),
    Event(String),
}

impl Problem {
    /// Whether it stops the content from being read (an error) or is only worth knowing.
    pub fn severity(&self) -> Severity {
        use Problem::*;
        match self {
            IgnoredOutsideSeries { .. }
            | IgnoredBuiltIn { .. }
            | IgnoredFolderWithoutSeries { .. }
            | IgnoredInSeries { .. }
            | ControlCharacters
            | NoSources { .. }
            | NamedDifferently { .. }
            | DifferentUnit { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A problem said in words: what a diagnostic shows besides its place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Said {
    pub message: String,
    /// Under the caret.
    pub label: Option<String>,
    pub help: Option<String>,
    pub note: Option<String>,
}

impl Said {
    pub fn new(message: impl Into<String>) -> Said {
        Said {
            message: message.into(),
            ..Said::default()
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Said {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Said {
        self.help = Some(help.into());
        self
    }

    pub fn help_if(mut self, help: Option<String>) -> Said {
        self.help = help;
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Said {
        self.note = Some(note.into());
        self
    }
}

/// The words a listing of diagnostics is shown with, in one language: the application
/// chooses them from its catalogue; [`Wording::ENGLISH`] is the crate's own.
pub struct Wording {
    pub error: &'static str,
    pub warning: &'static str,
    pub help: &'static str,
    pub note: &'static str,
    /// A problem in words.
    pub say: fn(&Problem) -> Said,
    /// The count of those not shown past the cap: errors, then warnings (either may be 0,
    /// not both).
    pub more: fn(usize, usize) -> String,
}
