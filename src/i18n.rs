//! The reader's language: chosen by `--lang`, then `CONFER_LANG`, then the locale, then English.

use clap::ValueEnum;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// The tag that picks this language out of a content Text.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// From the POSIX locale variables, in their order of precedence; English otherwise.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty());
        match locale {
            Some(value) if value.starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fake_env as env;

    #[test]
    fn locale_picks_japanese_only_for_ja() {
        assert_eq!(Lang::from_locale(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        let both = [("LC_ALL", "en_GB.UTF-8"), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(Lang::from_locale(env(&both)), Lang::En, "LC_ALL wins");
        let empty_all = [("LC_ALL", ""), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(
            Lang::from_locale(env(&empty_all)),
            Lang::Ja,
            "an empty LC_ALL is unset"
        );
    }
}
