//! Reading the config file: setting by setting from its spanned TOML, so that every problem
//! is a warning at its place and a bad setting never locks the reader out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{AmbiguousChoice, ColorChoice, Config};
use crate::content::diagnostic::{Diagnostic, Location, SourceMap};
use crate::content::regular::{ReadError, read_limited};
use crate::i18n::Lang;
use crate::tui::keymap::KeyMap;
use crate::tui::theme::Theme;

/// What reading the config file found: the settings it could use, and every problem with the
/// rest, each a warning at file:line:col. A bad setting is ignored, never fatal: a config file
/// must not lock its reader out.
#[derive(Debug, Default)]
pub struct ConfigRead {
    pub config: Config,
    pub problems: Vec<Diagnostic>,
    pub sources: SourceMap,
}

/// A config file holds a handful of settings and key bindings, a few hundred bytes: a
/// mebibyte is thousands of times any real one, and keeps a wrong path (a log, /dev/zero)
/// from filling the memory or the start-up time before it is refused.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

const CONFIG_KEYS: [&str; 7] = [
    "content",
    "lang",
    "color",
    "ambiguous-width",
    "theme",
    "watch",
    "keys",
];

/// Reads the config file; a missing file is an empty config.
pub fn read_config(path: &Path) -> ConfigRead {
    let mut read = ConfigRead::default();
    let shown = path.display().to_string();
    let ignored = |why: String, help: &str| {
        Diagnostic::warning(
            format!("config: {why}, so it is ignored"),
            Location::Path(shown.clone()),
        )
        .with_help(help)
    };
    let problem = match read_limited(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(_) => Err(ignored(
                "the config file is not valid UTF-8".into(),
                "save it as UTF-8",
            )),
        },
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return read,
        Err(ReadError::Io(e)) => Err(ignored(
            format!("cannot read the config file: {e}"),
            "fix its permissions, or point CONFER_CONFIG at another file",
        )),
        Err(ReadError::NotRegular(what)) => Err(ignored(
            format!("the config file is {what}, not a regular file"),
            "point CONFER_CONFIG at a config.toml file",
        )),
        Err(ReadError::TooLarge(size)) => Err(ignored(
            format!(
                "the config file is {:.1} MiB; a config file may be at most 1 MiB",
                size as f64 / (1024.0 * 1024.0)
            ),
            "is this the config file? It holds a few settings and key bindings",
        )),
    };
    let text = match problem {
        Ok(text) => text,
        Err(problem) => {
            read.problems.push(problem);
            return read;
        }
    };
    let file = read.sources.add(shown, text.clone());
    let at = |span: std::ops::Range<usize>| Location::Span(file, span);
    let (root, errors) = toml::de::DeTable::parse_recoverable(&text);
    if let Some(error) = errors.first() {
        let message = error.message().trim_end().replace('\n', "; ");
        read.problems.push(
            Diagnostic::warning(
                format!("config: TOML syntax: {message}; the config file is ignored"),
                at(error.span().unwrap_or(0..0)),
            )
            .with_help("see https://toml.io for the syntax"),
        );
        return read;
    }
    let mut entries: Vec<_> = root.get_ref().iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let problem = match name {
            "content" => string_of(value)
                .map(|v| read.config.content = Some(PathBuf::from(v)))
                .ok_or("a path in quotes"),
            "lang" => word_of::<Lang>(value)
                .map(|v| read.config.lang = Some(v))
                .ok_or("\"ja\" or \"en\""),
            "color" => word_of::<ColorChoice>(value)
                .map(|v| read.config.color = Some(v))
                .ok_or("\"auto\", \"always\" or \"never\""),
            "theme" => word_of::<Theme>(value)
                .map(|v| read.config.theme = Some(v))
                .ok_or("\"dark\", \"light\", \"mono\" or \"projector\""),
            "ambiguous-width" => ambiguous_of(value)
                .map(|v| read.config.ambiguous_width = Some(v))
                .ok_or("\"auto\", 1 or 2"),
            "watch" => match value.get_ref() {
                toml::de::DeValue::Boolean(b) => {
                    read.config.watch = Some(*b);
                    Ok(())
                }
                _ => Err("true or false"),
            },
            "keys" => {
                read_keys(value, &at, &mut read);
                Ok(())
            }
            _ => {
                let help = match crate::content::closest(name, CONFIG_KEYS.iter().copied()) {
                    Some(near) => format!("did you mean '{near}'?"),
                    None => format!("the config file takes: {}", CONFIG_KEYS.join(", ")),
                };
                read.problems.push(
                    Diagnostic::warning(
                        format!("config: unknown setting '{name}', ignored"),
                        at(key.span()),
                    )
                    .with_label("not a setting of confer")
                    .with_help(help),
                );
                Ok(())
            }
        };
        if let Err(expected) = problem {
            read.problems.push(
                Diagnostic::warning(
                    format!("config: '{name}' takes {expected}; ignored"),
                    at(value.span()),
                )
                .with_label("not a value it takes"),
            );
        }
    }
    read
}

fn string_of<'a>(value: &'a toml::Spanned<toml::de::DeValue>) -> Option<&'a str> {
    match value.get_ref() {
        toml::de::DeValue::String(s) => Some(s.as_ref()),
        _ => None,
    }
}

fn word_of<T: ValueEnum>(value: &toml::Spanned<toml::de::DeValue>) -> Option<T> {
    T::from_str(string_of(value)?, true).ok()
}

fn ambiguous_of(value: &toml::Spanned<toml::de::DeValue>) -> Option<AmbiguousChoice> {
    let word = match value.get_ref() {
        toml::de::DeValue::Integer(n) => n.as_str().to_string(),
        toml::de::DeValue::String(s) => s.to_string(),
        _ => return None,
    };
    AmbiguousChoice::from_str(&word, true).ok()
}

/// `[keys]`: each command's keys, taken one by one; one that cannot be used (an unknown
/// command or key, a key another command has in the same mode) is a warning and left out.
fn read_keys(
    value: &toml::Spanned<toml::de::DeValue>,
    at: &dyn Fn(std::ops::Range<usize>) -> Location,
    read: &mut ConfigRead,
) {
    let toml::de::DeValue::Table(table) = value.get_ref() else {
        read.problems.push(
            Diagnostic::warning(
                "config: [keys] is a table of command = keys; ignored",
                at(value.span()),
            )
            .with_help("write it as a table: [keys] then swap = \"x\""),
        );
        return;
    };
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    let mut accepted: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, keys) in entries {
        let name = key.get_ref().to_string();
        let list: Option<Vec<String>> = match keys.get_ref() {
            toml::de::DeValue::String(k) => Some(vec![k.to_string()]),
            toml::de::DeValue::Array(items) => items
                .iter()
                .map(|item| string_of(item).map(str::to_string))
                .collect(),
            _ => None,
        };
        let Some(list) = list else {
            read.problems.push(
                Diagnostic::warning(
                    format!("config: keys for '{name}' are a key or a list of keys; ignored"),
                    at(keys.span()),
                )
                .with_help("write e.g. swap = \"x\" or down = [\"j\", \"Down\"]"),
            );
            continue;
        };
        let mut trial = accepted.clone();
        trial.insert(name.clone(), list.clone());
        match KeyMap::with_overrides(&trial) {
            Ok(_) => {
                accepted = trial;
            }
            Err(e) => {
                let mut warning =
                    Diagnostic::warning(format!("config: {}; ignored", e.message), at(keys.span()));
                if let Some(help) = e.help {
                    warning = warning.with_help(help);
                }
                read.problems.push(warning);
            }
        }
    }
    read.config.keys = Some(accepted);
}
