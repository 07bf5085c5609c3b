//! The reader's settings, from the command line, then the environment, then the config file
//! (`$XDG_CONFIG_HOME/confer/config.toml`), then the defaults. Resolving them is pure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Deserialize;

use crate::content::diagnostic::{Diagnostic, Location, SourceMap};
use crate::i18n::Lang;
use crate::tui::keymap::KeyMap;
use crate::tui::theme::Theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream: `auto` means a terminal, and NO_COLOR not set.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// `--ambiguous-width`: ask the terminal, or say how it draws ambiguous characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum AmbiguousChoice {
    #[default]
    Auto,
    #[value(name = "1")]
    One,
    #[value(name = "2")]
    Two,
}

impl<'de> Deserialize<'de> for AmbiguousChoice {
    /// Written as in the option: `"auto"`, or the number `1` or `2` (quoted or not).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Number(i64),
            Word(String),
        }
        let word = match Written::deserialize(d)? {
            Written::Number(n) => n.to_string(),
            Written::Word(w) => w,
        };
        AmbiguousChoice::from_str(&word, true)
            .map_err(|_| serde::de::Error::custom("expected \"auto\", 1 or 2"))
    }
}

/// The keys of a command in `[keys]`: one, or a list.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum KeyList {
    One(String),
    Many(Vec<String>),
}

impl KeyList {
    fn keys(&self) -> Vec<String> {
        match self {
            KeyList::One(key) => vec![key.clone()],
            KeyList::Many(keys) => keys.clone(),
        }
    }
}

/// The config file: the same settings as the global options, and `[keys]` to rebind.
#[derive(Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub content: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub color: Option<ColorChoice>,
    pub ambiguous_width: Option<AmbiguousChoice>,
    pub theme: Option<Theme>,
    pub watch: Option<bool>,
    /// Command name to its keys, replacing the defaults (`swap = "x"`).
    pub keys: Option<BTreeMap<String, toml::Spanned<KeyList>>>,
}

impl Config {
    /// The key map the config asks for: the defaults with `[keys]` applied.
    pub fn keymap(&self) -> Result<KeyMap, crate::tui::keymap::KeyError> {
        let overrides: BTreeMap<String, Vec<String>> = self
            .keys
            .iter()
            .flatten()
            .map(|(name, keys)| (name.clone(), keys.get_ref().keys()))
            .collect();
        KeyMap::with_overrides(&overrides)
    }
}

/// What the command line said; `None` where an option was left out.
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub content: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub color: Option<ColorChoice>,
    pub ambiguous_width: Option<AmbiguousChoice>,
    pub theme: Option<Theme>,
    pub watch: bool,
}

/// The settings in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub content: Option<PathBuf>,
    pub lang: Lang,
    pub color: ColorChoice,
    pub ambiguous_width: AmbiguousChoice,
    /// The explorer's colours: mono whenever NO_COLOR is set.
    pub theme: Theme,
    /// Reload the content folder when a file in it is saved.
    pub watch: bool,
    /// The explorer's and the slides' keys.
    pub keys: KeyMap,
    /// Things worth telling the reader (an environment variable that was ignored).
    pub notices: Vec<String>,
}

impl Settings {
    /// Flags win, then the environment, then the config file, then the defaults. An empty
    /// environment variable counts as unset, as shells and NO_COLOR treat it.
    pub fn resolve(flags: Flags, config: Config, var: &dyn Fn(&str) -> Option<String>) -> Settings {
        let set = |name: &str| var(name).filter(|value| !value.is_empty());
        let mut notices = Vec::new();
        // read_config has refused a `[keys]` that does not make a key map.
        let keys = config.keymap().unwrap_or_default();
        let env_lang = set("CONFER_LANG").and_then(|value| {
            let lang = Lang::from_str(&value, true).ok();
            if lang.is_none() {
                notices.push(format!("ignoring CONFER_LANG={value:?}: expected ja or en"));
            }
            lang
        });
        Settings {
            content: flags
                .content
                .or_else(|| set("CONFER_CONTENT").map(PathBuf::from))
                .or(config.content),
            lang: flags
                .lang
                .or(env_lang)
                .or(config.lang)
                .unwrap_or_else(|| Lang::from_locale(|name| var(name))),
            color: flags.color.or(config.color).unwrap_or(ColorChoice::Auto),
            ambiguous_width: flags
                .ambiguous_width
                .or(config.ambiguous_width)
                .unwrap_or_default(),
            theme: if set("NO_COLOR").is_some() {
                Theme::Mono
            } else {
                flags.theme.or(config.theme).unwrap_or_default()
            },
            watch: flags.watch || config.watch.unwrap_or(false),
            keys,
            notices,
        }
    }
}

/// Where the config file is: `CONFER_CONFIG`, else `$XDG_CONFIG_HOME/confer/config.toml`,
/// else `~/.config/confer/config.toml`.
pub fn config_path(var: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    if let Some(path) = set("CONFER_CONFIG") {
        return Some(PathBuf::from(path));
    }
    let base = set("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| set("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(base.join("confer").join("config.toml"))
}

/// A config file that could not be read, with the file kept to show the line.
#[derive(Debug)]
pub struct ConfigError {
    pub diagnostic: Diagnostic,
    pub sources: SourceMap,
}

/// Reads the config file; a missing file is an empty config. A broken one is a diagnostic
/// naming the file, line and column (rendered with the map returned alongside).
pub fn read_config(path: &Path) -> Result<Config, Box<ConfigError>> {
    let mut sources = SourceMap::default();
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            let diagnostic = Diagnostic::error(
                format!("cannot read the config file: {e}"),
                Location::Path(shown),
            );
            return Err(Box::new(ConfigError {
                diagnostic,
                sources,
            }));
        }
    };
    let config: Config = toml::from_str(&text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let message = e.message().trim_end().replace('\n', "; ");
        let file = sources.add(shown.clone(), text.clone());
        let diagnostic = Diagnostic::error(
            format!("config: {message}"),
            Location::Span(file, span),
        )
        .with_help(
            "the config file takes: content, lang, color, ambiguous-width, theme, watch, [keys]",
        );
        Box::new(ConfigError {
            diagnostic,
            sources: std::mem::take(&mut sources),
        })
    })?;
    if let Err(e) = config.keymap() {
        let span = config
            .keys
            .as_ref()
            .and_then(|keys| keys.get(&e.name))
            .map_or(0..0, |keys| keys.span());
        let file = sources.add(shown, text);
        let mut diagnostic =
            Diagnostic::error(format!("config: {}", e.message), Location::Span(file, span));
        if let Some(help) = e.help {
            diagnostic = diagnostic.with_help(help);
        }
        return Err(Box::new(ConfigError {
            diagnostic,
            sources,
        }));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fake_env as env;

    #[test]
    fn flags_then_environment_then_config_then_defaults() {
        let config: Config = toml::from_str(
            "lang = \"ja\"\ncolor = \"never\"\nambiguous-width = 2\ncontent = \"/c\"",
        )
        .unwrap();
        let s = Settings::resolve(Flags::default(), config, &env(&[]));
        assert_eq!(
            (s.lang, s.color, s.ambiguous_width),
            (Lang::Ja, ColorChoice::Never, AmbiguousChoice::Two)
        );
        assert_eq!(s.content.as_deref(), Some(Path::new("/c")));

        let config: Config = toml::from_str("lang = \"ja\"\ncontent = \"/c\"").unwrap();
        let s = Settings::resolve(
            Flags::default(),
            config,
            &env(&[("CONFER_LANG", "en"), ("CONFER_CONTENT", "/e")]),
        );
        assert_eq!(
            (s.lang, s.content.as_deref()),
            (Lang::En, Some(Path::new("/e")))
        );

        let flags = Flags {
            lang: Some(Lang::Ja),
            ambiguous_width: Some(AmbiguousChoice::One),
            ..Flags::default()
        };
        let s = Settings::resolve(flags, Config::default(), &env(&[("CONFER_LANG", "en")]));
        assert_eq!(
            (s.lang, s.ambiguous_width),
            (Lang::Ja, AmbiguousChoice::One)
        );

        let s = Settings::resolve(
            Flags::default(),
            Config::default(),
            &env(&[("LANG", "ja_JP.UTF-8"), ("CONFER_CONTENT", "")]),
        );
        assert_eq!(
            (s.lang, s.content, s.ambiguous_width),
            (Lang::Ja, None, AmbiguousChoice::Auto)
        );
    }

    #[test]
    fn a_wrong_language_in_the_environment_is_a_notice_not_an_error() {
        let s = Settings::resolve(
            Flags::default(),
            Config::default(),
            &env(&[("CONFER_LANG", "fr")]),
        );
        assert_eq!(s.lang, Lang::En);
        assert_eq!(
            s.notices,
            ["ignoring CONFER_LANG=\"fr\": expected ja or en"]
        );
    }

    #[test]
    fn the_config_file_is_found_where_xdg_says() {
        assert_eq!(
            config_path(&env(&[("XDG_CONFIG_HOME", "/x")])),
            Some(PathBuf::from("/x/confer/config.toml"))
        );
        assert_eq!(
            config_path(&env(&[("HOME", "/h")])),
            Some(PathBuf::from("/h/.config/confer/config.toml"))
        );
        assert_eq!(
            config_path(&env(&[("CONFER_CONFIG", "/c.toml"), ("HOME", "/h")])),
            Some(PathBuf::from("/c.toml"))
        );
    }

    #[test]
    fn a_broken_config_names_the_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "lang = \"ja\"\nambiguous-widht = 2\n").unwrap();
        let e = read_config(&path).unwrap_err();
        let position = e.diagnostic.position(&e.sources).unwrap();
        assert!(position.ends_with("config.toml:2:1"), "{position}");
        let message = &e.diagnostic.message;
        assert!(
            message.contains("unknown field `ambiguous-widht`"),
            "{message}"
        );
        std::fs::write(&path, "ambiguous-width = 3\n").unwrap();
        let e = read_config(&path).unwrap_err();
        assert!(
            e.diagnostic.message.contains("expected \"auto\", 1 or 2"),
            "{}",
            e.diagnostic.message
        );
        assert_eq!(
            read_config(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn keys_rebind_and_a_conflict_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[keys]\nswap = \"x\"\ndown = [\"j\", \"ctrl-n\"]\n").unwrap();
        let config = read_config(&path).unwrap();
        let s = Settings::resolve(Flags::default(), config, &env(&[]));
        let help = s.keys.help(crate::tui::keymap::KeyMode::Browse, Lang::En);
        assert!(
            help.contains(&("x".to_string(), "swap the panes")),
            "{help:?}"
        );

        std::fs::write(&path, "lang = \"en\"\n[keys]\nswap = \"q\"\n").unwrap();
        let e = read_config(&path).unwrap_err();
        let position = e.diagnostic.position(&e.sources).unwrap();
        assert!(position.ends_with("config.toml:3:8"), "{position}");
        assert_eq!(
            e.diagnostic.message,
            "config: q is bound to both 'leave' and 'swap' in browsing"
        );
    }
}
