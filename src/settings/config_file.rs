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

/// Reads the config file; a missing file is an empty config. Its problems are said in
/// English: `read_config_in` says them in another language.
pub fn read_config(path: &Path) -> ConfigRead {
    read_config_in(path, Lang::En)
}

/// Reads the config file, its problems said in `lang`.
pub fn read_config_in(path: &Path, lang: Lang) -> ConfigRead {
    let w = &lang.words().config;
    let mut read = ConfigRead::default();
    let shown = path.display().to_string();
    let text = match read_text(path, &shown, lang) {
        Ok(Some(text)) => text,
        Ok(None) => return read,
        Err(problem) => {
            read.problems.push(*problem);
            return read;
        }
    };
    let file = read.sources.add(shown, text.clone());
    let at = |span: std::ops::Range<usize>| Location::Span(file, span);
    let (root, errors) = toml::de::DeTable::parse_recoverable(&text);
    if let Some(error) = errors.first() {
        let message = error.message().trim_end().replace('\n', "; ");
        read.problems.push(
            Diagnostic::warning((w.toml_syntax)(&message), at(error.span().unwrap_or(0..0)))
                .with_help(w.toml_help),
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
                .ok_or_else(|| w.a_path.to_string()),
            "lang" => word_of::<Lang>(value)
                .map(|v| read.config.lang = Some(v))
                .ok_or_else(|| (w.one_of)(&["\"ja\"", "\"en\""])),
            "color" => word_of::<ColorChoice>(value)
                .map(|v| read.config.color = Some(v))
                .ok_or_else(|| (w.one_of)(&["\"auto\"", "\"always\"", "\"never\""])),
            "theme" => word_of::<Theme>(value)
                .map(|v| read.config.theme = Some(v))
                .ok_or_else(|| (w.one_of)(&["\"dark\"", "\"light\"", "\"mono\"", "\"projector\""])),
            "ambiguous-width" => ambiguous_of(value)
                .map(|v| read.config.ambiguous_width = Some(v))
                .ok_or_else(|| (w.one_of)(&["\"auto\"", "1", "2"])),
            "watch" => match value.get_ref() {
                toml::de::DeValue::Boolean(b) => {
                    read.config.watch = Some(*b);
                    Ok(())
                }
                _ => Err(w.true_or_false.to_string()),
            },
            "keys" => {
                read_keys(value, &at, &mut read, lang);
                Ok(())
            }
            _ => {
                let help = match crate::content::closest(name, CONFIG_KEYS.iter().copied()) {
                    Some(near) => (w.did_you_mean)(near),
                    None => (w.settings_are)(&CONFIG_KEYS),
                };
                read.problems.push(
                    Diagnostic::warning((w.unknown_setting)(name), at(key.span()))
                        .with_label(w.not_a_setting)
                        .with_help(help),
                );
                Ok(())
            }
        };
        if let Err(expected) = problem {
            read.problems.push(
                Diagnostic::warning((w.takes)(name, &expected), at(value.span()))
                    .with_label(w.not_a_value),
            );
        }
    }
    read
}

/// The config file's text; `None` when there is no file (an empty config), a warning
/// when it cannot be read as one.
fn read_text(path: &Path, shown: &str, lang: Lang) -> Result<Option<String>, Box<Diagnostic>> {
    let w = &lang.words().config;
    let ignored = |why: String, help: &str| {
        Box::new(
            Diagnostic::warning((w.ignored)(&why), Location::Path(shown.to_string()))
                .with_help(help),
        )
    };
    match read_limited(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(text)),
            Err(_) => Err(ignored(w.not_utf8.into(), w.save_as_utf8)),
        },
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(ReadError::Io(e)) => Err(ignored((w.cannot_read)(&e.to_string()), w.fix_permissions)),
        Err(ReadError::NotRegular(what)) => Err(ignored(
            (w.not_regular)((lang.words().diagnostics.special)(what)),
            w.point_at_a_file,
        )),
        Err(ReadError::TooLarge(size)) => Err(ignored(
            (w.too_large)(size as f64 / (1024.0 * 1024.0)),
            w.is_this_it,
        )),
    }
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
    lang: Lang,
) {
    let w = &lang.words().config;
    let toml::de::DeValue::Table(table) = value.get_ref() else {
        read.problems.push(
            Diagnostic::warning(w.keys_not_a_table, at(value.span())).with_help(w.keys_table_help),
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
                Diagnostic::warning((w.keys_not_a_list)(&name), at(keys.span()))
                    .with_help(w.keys_list_help),
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
                let (why, help) = e.said(lang);
                let warning = Diagnostic::warning((w.keys_refused)(&why), at(keys.span()));
                read.problems.push(warning.with_help(help));
            }
        }
    }
    read.config.keys = Some(accepted);
}
