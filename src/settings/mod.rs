//! The reader's settings, from the command line, then the environment, then the config file
//! (`$XDG_CONFIG_HOME/confer/config.toml`), then the defaults. Resolving them is pure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Deserialize;

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

/// The config file: the same settings as the global options, and `[keys]` to rebind.
#[derive(Debug, Default, PartialEq)]
pub struct Config {
    pub content: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub color: Option<ColorChoice>,
    pub ambiguous_width: Option<AmbiguousChoice>,
    pub theme: Option<Theme>,
    pub watch: Option<bool>,
    /// Command name to its keys, replacing the defaults (`swap = "x"`); only those that
    /// make a key map without conflicts.
    pub keys: Option<BTreeMap<String, Vec<String>>>,
}

impl Config {
    /// The key map the config asks for: the defaults with `[keys]` applied.
    pub fn keymap(&self) -> KeyMap {
        self.keys
            .as_ref()
            .and_then(|keys| KeyMap::with_overrides(keys).ok())
            .unwrap_or_default()
    }
}

/// Which of the places a setting can come from gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentOrigin {
    Flag,
    Environment,
    ConfigFile,
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
    /// The explorer's and the slides' colours: mono whenever NO_COLOR is set or colour is
    /// `never`.
    pub theme: Theme,
    /// Reload the content folder when a file in it is saved.
    pub watch: bool,
    /// The explorer's and the slides' keys.
    pub keys: KeyMap,
    /// Where `content` came from, to say where to mend it.
    pub content_origin: Option<ContentOrigin>,
    /// The config file read, if any.
    pub config_file: Option<PathBuf>,
    /// Things worth telling the reader (an environment variable that was ignored).
    pub notices: Vec<String>,
}

impl Settings {
    /// Flags win, then the environment, then the config file, then the defaults. An empty
    /// environment variable counts as unset, as shells and NO_COLOR treat it.
    pub fn resolve(flags: Flags, config: Config, var: &dyn Fn(&str) -> Option<String>) -> Settings {
        let set = |name: &str| var(name).filter(|value| !value.is_empty());
        let mut notices = Vec::new();
        let keys = config.keymap();
        let env_lang = set("CONFER_LANG").map(|value| (Lang::from_str(&value, true).ok(), value));
        let (env_lang, refused_lang) = match env_lang {
            Some((None, value)) => (None, Some(value)),
            other => (other.and_then(|(lang, _)| lang), None),
        };
        let env_content = set("CONFER_CONTENT").map(PathBuf::from);
        let content_origin = if flags.content.is_some() {
            Some(ContentOrigin::Flag)
        } else if env_content.is_some() {
            Some(ContentOrigin::Environment)
        } else {
            config.content.as_ref().map(|_| ContentOrigin::ConfigFile)
        };
        let lang = flags
            .lang
            .or(env_lang)
            .or(config.lang)
            .unwrap_or_else(|| Lang::from_locale(|name| var(name)));
        // Said in the language chosen without it.
        if let Some(value) = refused_lang {
            notices.push((lang.words().problems.ignoring_lang)(&value));
        }
        let color = flags.color.or(config.color).unwrap_or(ColorChoice::Auto);
        Settings {
            content_origin,
            config_file: None,
            content: flags.content.or(env_content).or(config.content),
            lang,
            color,
            ambiguous_width: flags
                .ambiguous_width
                .or(config.ambiguous_width)
                .unwrap_or_default(),
            // Asking for no colour wins over any theme, the projector's too: a reader who
            // cannot have colour must not get it from a config file or an alias.
            theme: if set("NO_COLOR").is_some() || color == ColorChoice::Never {
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

mod config_file;
pub use config_file::{ConfigRead, read_config, read_config_in};

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fake_env as env;

    /// The config written as `text`, read as confer reads it.
    fn config(text: &str) -> ConfigRead {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        read_config(&path)
    }

    #[test]
    fn flags_then_environment_then_config_then_defaults() {
        let first =
            config("lang = \"ja\"\ncolor = \"never\"\nambiguous-width = 2\ncontent = \"/c\"")
                .config;
        let s = Settings::resolve(Flags::default(), first, &env(&[]));
        assert_eq!(
            (s.lang, s.color, s.ambiguous_width),
            (Lang::Ja, ColorChoice::Never, AmbiguousChoice::Two)
        );
        assert_eq!(s.content.as_deref(), Some(Path::new("/c")));

        let second = config("lang = \"ja\"\ncontent = \"/c\"").config;
        let s = Settings::resolve(
            Flags::default(),
            second,
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
    fn no_colour_wins_over_the_projector_theme() {
        let projector = || Flags {
            theme: Some(Theme::Projector),
            ..Flags::default()
        };
        let s = Settings::resolve(projector(), Config::default(), &env(&[]));
        assert_eq!(s.theme, Theme::Projector);
        let s = Settings::resolve(projector(), Config::default(), &env(&[("NO_COLOR", "1")]));
        assert_eq!(s.theme, Theme::Mono);
        let never = Flags {
            color: Some(ColorChoice::Never),
            ..projector()
        };
        let s = Settings::resolve(never, Config::default(), &env(&[]));
        assert_eq!(s.theme, Theme::Mono);
        let read = config("theme = \"projector\"\ncolor = \"never\"\n");
        assert!(read.problems.is_empty());
        assert_eq!(read.config.theme, Some(Theme::Projector));
        let s = Settings::resolve(Flags::default(), read.config, &env(&[]));
        assert_eq!(s.theme, Theme::Mono);
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
    fn every_problem_of_the_config_at_once_each_setting_ignored_not_fatal() {
        let read = config(
            "lang = \"fr\"\nambiguous-widht = 2\ntheme = \"light\"\nwatch = \"yes\"\ncolor = \"never\"\n",
        );
        let found: Vec<(String, String)> = read
            .problems
            .iter()
            .map(|d| {
                let at = d.position(&read.sources).unwrap();
                (
                    at[at.rfind("config.toml").unwrap()..].to_string(),
                    d.message.clone(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "config.toml:1:8".to_string(),
                    "config: 'lang' takes \"ja\" or \"en\"; ignored".to_string()
                ),
                (
                    "config.toml:2:1".to_string(),
                    "config: unknown setting 'ambiguous-widht', ignored".to_string()
                ),
                (
                    "config.toml:4:9".to_string(),
                    "config: 'watch' takes true or false; ignored".to_string()
                ),
            ]
        );
        assert!(
            read.problems
                .iter()
                .all(|d| d.severity == crate::content::Severity::Warning)
        );
        assert_eq!(
            read.problems[1].help.as_deref(),
            Some("did you mean 'ambiguous-width'?")
        );
        // What was right is kept.
        assert_eq!(read.config.theme, Some(Theme::Light));
        assert_eq!(read.config.color, Some(ColorChoice::Never));
        assert_eq!(read.config.lang, None);
        assert!(config("").problems.is_empty());
        let broken = config("lang = \"ja\n");
        assert!(broken.problems[0].message.contains("TOML syntax"));
        assert_eq!(
            broken.config,
            Config::default(),
            "a broken file is ignored whole"
        );
        let dir = tempfile::tempdir().unwrap();
        let none = read_config(&dir.path().join("none.toml"));
        assert!(none.problems.is_empty() && none.config == Config::default());
    }

    #[test]
    fn keys_rebind_and_a_conflict_is_left_out_at_its_line() {
        let read = config(
            "[keys]\nswap = \"x\"\ndown = [\"j\", \"ctrl-n\"]\nopen = \"q\"\nswpa = \"z\"\n",
        );
        let s = Settings::resolve(Flags::default(), read.config, &env(&[]));
        let help = s.keys.help(crate::tui::keymap::KeyMode::Browse, Lang::En);
        assert!(
            help.contains(&("x".to_string(), "swap the panes")),
            "{help:?}"
        );
        assert!(
            help.contains(&("j Ctrl-N".to_string(), "next entry")),
            "{help:?}"
        );
        assert!(
            help.contains(&("Enter".to_string(), "detail and sources")),
            "open kept its key"
        );
        let read = config("[keys]\nswap = \"x\"\nopen = \"q\"\nswpa = \"z\"\n");
        let messages: Vec<&str> = read.problems.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "config: q is bound to both 'leave' and 'open' in browsing; ignored",
                "config: unknown command 'swpa' in [keys]; ignored",
            ]
        );
        let at = read.problems[0].position(&read.sources).unwrap();
        assert!(at.ends_with("config.toml:3:8"), "{at}");
    }
}
