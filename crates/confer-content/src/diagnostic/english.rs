//! The English words of every problem: the crate's own (the build script and `--lang en`
//! show them), in one file for a translator to read beside their own language's.

use super::apart::{apart, units_apart};
use super::problem::*;
use crate::model::ListKind;

impl Wording {
    pub const ENGLISH: Wording = Wording {
        error: "error",
        warning: "warning",
        help: "help",
        note: "note",
        say: english,
        more,
    };
}

/// `and 3 more errors and 1 more warning`.
fn more(errors: usize, warnings: usize) -> String {
    let count = |n: usize, word: &str| {
        (n > 0).then(|| format!("{n} more {word}{}", if n == 1 { "" } else { "s" }))
    };
    let parts: Vec<String> = [count(errors, "error"), count(warnings, "warning")]
        .into_iter()
        .flatten()
        .collect();
    format!("and {}", parts.join(" and "))
}

/// How to write an id, with the id it was most likely meant to be.
pub(crate) fn id_hint(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!("ids use lowercase letters, digits and '-', e.g. '{s}'"),
        None => {
            "ids use lowercase letters, digits and '-', and start with a letter or digit".into()
        }
    }
}

const UNREADABLE_HELP: &str =
    "check that it exists and is readable, and is not a symbolic link that leads back to itself";

fn did_you_mean(near: &str) -> String {
    format!("did you mean '{near}'?")
}

pub fn special(what: Special) -> &'static str {
    match what {
        Special::Folder => "a folder",
        Special::Fifo => "a named pipe (FIFO)",
        Special::Socket => "a socket",
        Special::Device => "a device",
        Special::Other => "not a regular file",
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::String => "a string".into(),
        Expected::Text => "a string or a table of language to string".into(),
        Expected::Ids => "an array of ids".into(),
        Expected::Integer => "an integer".into(),
        Expected::Number => "a number".into(),
        Expected::Boolean => "true or false".into(),
        Expected::Date => "a date".into(),
        Expected::DateExample => "a date such as 2014-11-19".into(),
        Expected::DateInString => "a date in a string".into(),
        Expected::ArrayOfTables(key) => format!("an array of tables ([[{key}]])"),
        Expected::TableOf(key) => format!("a table ([[{key}]])"),
        Expected::Table(key) => format!("a table ([{key}])"),
    }
}

fn found(f: Found) -> &'static str {
    match f {
        Found::String => "a string",
        Found::Integer => "an integer",
        Found::Float => "a float",
        Found::Boolean => "a boolean",
        Found::Date => "a date",
        Found::DateTime => "a date-time",
        Found::Array => "an array",
        Found::Table => "a table",
    }
}

fn entry(kind: Entry) -> &'static str {
    match kind {
        Entry::Session => "session",
        Entry::Person => "person",
        Entry::Outcome => "outcome",
        Entry::Note => "note",
        Entry::Topic => "topic",
        Entry::Org => "org",
        Entry::Source => "source",
    }
}

fn listed(l: Listed) -> String {
    let (one, many) = match l.kind {
        ListKind::People => ("person", "people"),
        ListKind::Orgs => ("organization", "organizations"),
        ListKind::Sessions => ("session", "sessions"),
        ListKind::Outcomes => ("outcome", "outcomes"),
        ListKind::Timeline => ("timeline event", "timeline events"),
    };
    format!("{} {}", l.n, if l.n == 1 { one } else { many })
}

fn cited(c: &Cited) -> String {
    match c {
        Cited::Person(id) => format!("person '{id}'"),
        Cited::Figure(key) => format!("figure '{key}'"),
        Cited::Outcome(id) => format!("outcome '{id}'"),
        Cited::Note(id) => format!("note '{id}'"),
        Cited::Event(date) => format!("timeline event of {date}"),
    }
}

/// Every problem in English.
pub fn english(problem: &Problem) -> Said {
    use Problem::*;
    match problem {
        FileNotFolder { path } => Said::new(format!("'{path}' is a file, not a content folder"))
            .help("pass the folder that holds the series folders (e.g. content)"),
        MissingFolder { path, given_to } => {
            let given_to = match given_to {
                GivenTo::ContentOption => "--content or CONFER_CONTENT",
                GivenTo::Check => "`confer check`: a content folder, or a deck file",
            };
            Said::new(format!("content folder '{path}' does not exist"))
                .help(format!("check the path given to {given_to}"))
        }
        CannotOpenFolder { path, why } => {
            Said::new(format!("cannot open content folder '{path}': {why}"))
        }
        CannotRead {
            name: Some(name),
            why,
        } => Said::new(format!("cannot read '{name}': {why}")).help(UNREADABLE_HELP),
        CannotRead { name: None, why } => {
            Said::new(format!("cannot read file: {why}")).help(UNREADABLE_HELP)
        }
        CannotReadSeriesFile { why } => {
            Said::new(format!("cannot read series.toml: {why}")).help(UNREADABLE_HELP)
        }
        CannotReadFolder { name, why } => Said::new(format!("cannot read folder '{name}': {why}"))
            .help("make it readable (chmod u+rx), or move it out of the content folder"),
        CannotList { why } => Said::new(format!("cannot list folder: {why}")),
        IgnoredOutsideSeries { name } => {
            Said::new(format!("ignored '{name}'")).help("files outside series folders are not read")
        }
        IgnoredBuiltIn { path } => Said::new(format!("ignored '{path}'"))
            .help("only files directly inside a series folder are read"),
        IgnoredFolderWithoutSeries { name } => {
            Said::new(format!("ignored folder '{name}': it has no series.toml"))
        }
        IgnoredInSeries { name, folder } => {
            let what = if *folder {
                "folders inside a series are not read"
            } else {
                "not a .toml file"
            };
            Said::new(format!("ignored '{name}': {what}"))
        }
        NoSeries { path } => Said::new(format!("no series in '{path}'"))
            .help("a series is a folder holding a series.toml and one .toml file per edition"),
        NotRegular { what } => Said::new(format!("this is {}, not a regular file", special(*what)))
            .help(
                "content files are regular TOML files: replace it with one, or move it out of \
                 the content folder",
            ),
        FolderNotFile => Said::new("this is a folder, not a file")
            .help("content files are TOML files; rename or remove the folder"),
        NotUtf8 => Said::new("file is not valid UTF-8")
            .help("save the file as UTF-8 (content files are UTF-8 only)"),
        TooLarge { bytes } => {
            let mib = *bytes as f64 / (1024.0 * 1024.0);
            Said::new(format!(
                "file is {mib:.1} MiB; a content file may be at most 16 MiB"
            ))
            .help("split the edition into smaller files, or remove what is not content")
        }
        BadEditionName { stem, suggestion } => {
            Said::new(format!("edition file name '{stem}' is not a valid id"))
                .help(format!("rename the file: {}", id_hint(suggestion)))
        }
        BadSeriesName { name, suggestion } => {
            Said::new(format!("series folder name '{name}' is not a valid id"))
                .help(format!("rename the folder: {}", id_hint(suggestion)))
        }
        TomlSyntax { message } => {
            Said::new(format!("TOML syntax: {message}")).help("see https://toml.io for the syntax")
        }
        MissingFormat { format } => Said::new("missing required key 'format'")
            .help(format!("start the file with `format = {format}`")),
        UnsupportedFormat { version, format } => {
            Said::new(format!("unsupported format version {version}")).help(format!(
                "this confer reads format = {format}; write that, or use a confer that knows \
                 version {version}"
            ))
        }
        UnknownKey {
            key,
            within,
            near,
            takes,
        } => Said::new(format!("unknown key '{key}' in {within}"))
            .label("not a key of the content format")
            .help(match near {
                Some(near) => did_you_mean(near),
                None => format!("{within} takes: {}", takes.join(", ")),
            }),
        UnknownCoverageKind { name, near, takes } => {
            Said::new(format!("unknown coverage kind '{name}'"))
                .label("not a list of the content format")
                .help(match near {
                    Some(near) => did_you_mean(near),
                    None => format!("[coverage] takes: {}", takes.join(", ")),
                })
        }
        MissingKey { key, within } => {
            Said::new(format!("missing required key '{key}' in {within}"))
                .help(format!("add `{key} = …` to this table"))
        }
        WrongType {
            expected: e,
            found: f,
            hint,
        } => Said::new(format!("expected {}, found {}", expected(e), found(*f)))
            .label(format!("this is {}", found(*f)))
            .help_if(hint.as_ref().map(|hint| match hint {
                TypeHint::Unquote { number } => {
                    format!("write the number without quotes: {number}")
                }
                TypeHint::UnquoteDate { date } => {
                    format!("write the date without quotes: {date}")
                }
                TypeHint::Quote { date } => format!("write it in quotes: \"{date}\""),
            })),
        NotWebAddress { url, has_scheme } => Said::new(format!(
            "'{url}' is not an absolute http or https address"
        ))
        .help(if *has_scheme {
            "write an http or https address: https://…"
        } else {
            "write the whole address, with https:// or http:// before the host"
        }),
        ControlCharacters => {
            Said::new("string holds control characters or bidirectional overrides")
                .help("a tab is shown as a blank, the rest as ␛, ␇, � …; remove them from the file")
        }
        NoLanguage => Said::new("a text needs at least one language")
            .help("write e.g. { en = \"…\", ja = \"…\" }"),
        NotLanguageTag { tag, lowercase } => Said::new(format!("'{tag}' is not a language tag"))
            .help(match lowercase {
                Some(lower) => format!("language tags are lowercase: '{lower}'"),
                None => "use a lowercase tag such as en, ja, zh or zh-hant".into(),
            }),
        EmptyText => Said::new("empty text")
            .help("write the text, or leave the key out where it is optional"),
        BadId { id, suggestion } => {
            Said::new(format!("'{id}' is not a valid id")).help(id_hint(suggestion))
        }
        IntegerOutOfRange => Said::new("integer out of range"),
        NotFinite => Said::new("a figure value must be a finite number")
            .help("inf and nan cannot be compared; write the number"),
        NotPartialDate { value } => Said::new(format!("'{value}' is not a partial date"))
            .help("write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""),
        NotAllowed {
            value,
            near,
            allowed,
        } => Said::new(format!("'{value}' is not one of the allowed values")).help(match near {
            Some(near) => did_you_mean(near),
            None => format!("expected one of: {}", allowed.join(", ")),
        }),
        NotCountry { value, hint } => {
            Said::new(format!("'{value}' is not an ISO 3166-1 country code")).help(match hint {
                CountryHint::Uppercase(upper) => format!("country codes are uppercase: '{upper}'"),
                CountryHint::UnitedKingdom => "the ISO code of the United Kingdom is 'GB'".into(),
                CountryHint::None => "use an ISO 3166-1 alpha-2 code such as CN, JP or US".into(),
            })
        }
        DayNotOfEdition { day } => Said::new(format!("day {day} is not a day of the edition"))
            .help("days count from 1, the first day"),
        WeightOutOfRange { weight } => Said::new(format!("weight {weight} is outside 1..3"))
            .help("1 = mentioned, 2 = discussed, 3 = central"),
        NegativeTotal { total } => Said::new(format!("total {total} is below zero"))
            .help("a total counts entries: write 0 or more"),
        TotalBelowListed { total, listed: l } => {
            Said::new(format!("total {total} is below the {} listed", listed(*l)))
                .label("fewer than are listed")
                .help(format!(
                    "a total counts every one there was, listed or not: at least {}",
                    l.n
                ))
        }
        TotalNotListed { total, listed: l } => Said::new(format!(
            "complete = true, but total {total} differs from the {} listed",
            listed(*l)
        ))
        .label("not the number listed")
        .help(format!(
            "set total = {}, or complete = false if the list leaves some out",
            l.n
        )),
        EndBeforeStart { start, end } => Said::new(format!("end {end} is before start {start}"))
            .label("the edition cannot end before it starts")
            .help("swap start and end, or correct the year"),
        YearNotStart {
            year,
            start,
            start_year,
        } => Said::new(format!("year {year} is not the year of start ({start})"))
            .label("an edition's year is the year it starts")
            .help(format!("write `year = {start_year}`, or correct start")),
        DayPastEnd {
            day,
            last,
            start,
            end,
        } => {
            let days = if *last == 1 { "day" } else { "days" };
            Said::new(format!("day {day} is past the edition's last day ({last})"))
                .label(format!("the edition runs {last} {days}, {start} to {end}"))
                .help(format!(
                    "days count from 1 (the first day, {start}); correct the day, or end"
                ))
        }
        DuplicateFigureKey { key } => Said::new(format!("duplicate figure key '{key}'"))
            .label("figures are paired across editions by key: one per edition"),
        NoSources { entry } => Said::new(format!("{} has no sources", cited(entry)))
            .help("add `sources = [\"…\"]` naming a [[sources]] entry: every fact is cited"),
        RedefinesSeriesEntry { kind, id } => Said::new(format!(
            "{} '{id}' is already defined in series.toml",
            entry(*kind)
        ))
        .label("an edition may not redefine a series entry")
        .help(if *kind == Entry::Topic {
            "leave out `label` to take up the series' topic, with this edition's weight"
        } else {
            "remove this entry: the series' entry is shared with every edition"
        }),
        DuplicateId {
            kind,
            id,
            first_line,
        } => Said::new(format!("duplicate {} id '{id}'", entry(*kind)))
            .label("used again here")
            .note(format!("first defined on line {first_line}"))
            .help("ids are unique within their kind; rename one of them"),
        UnknownRef { kind, id, near } => {
            let table = kind.table();
            Said::new(format!("unknown {} '{id}'", entry(*kind)))
                .label(format!("no {table} entry has this id"))
                .help(match near {
                    Some(near) => did_you_mean(near),
                    None if *kind == Entry::Session => {
                        format!("define it in a {table} entry of this edition")
                    }
                    None => {
                        format!("define it in a {table} entry of this edition or of series.toml")
                    }
                })
        }
        TopicWithoutLabel { id, near } => Said::new(format!(
            "topic '{id}' has no label and is no topic of the series"
        ))
        .label("a [[topics]] entry without a label takes up a topic of series.toml")
        .help(match near {
            Some(near) => format!("did you mean '{near}', a topic of the series?"),
            None => "add `label = …` to make it this edition's own topic, or define it in \
                     series.toml"
                .into(),
        }),
        NamedDifferently {
            id,
            first,
            first_name,
            here_name,
        } => Said::new(format!("person '{id}' is named differently in {first}"))
            .note({
                let (first_name, here_name) = apart(first_name, here_name, "en");
                format!("{first}: '{first_name}'; here: '{here_name}'")
            })
            .help("the same id is the same person: write the name the same way"),
        DifferentUnit {
            key,
            first,
            first_unit,
            here_unit,
        } => {
            let (first_unit, here_unit) = units_apart(first_unit, here_unit, "en");
            Said::new(format!("figure '{key}' has a different unit in {first}"))
                .note(format!(
                    "{first}: {}; here: {}",
                    first_unit.unwrap_or("none"),
                    here_unit.unwrap_or("none")
                ))
                .help("figures with different units are shown without a change")
        }
    }
}
