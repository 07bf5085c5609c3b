//! The reader's language: chosen by `--lang`, then `CONFER_LANG`, then the locale, then English.

use clap::ValueEnum;

pub mod cli;
mod en;
mod ja;

/// Every word of the interface in one language, by area (one struct per area, one file per
/// area and language: a word missing in one language does not compile).
pub struct Words {
    pub cli: cli::Cli,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// The interface's words in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Ja => &ja::WORDS,
            Lang::En => &en::WORDS,
        }
    }

    /// The other interface language (the `L` key).
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

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

/// The interface's own words, in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Overview,
    Figures,
    Topics,
    People,
    Program,
    Outcomes,
    Timeline,
    Notes,
    Sources,
    Name,
    Dates,
    Place,
    Theme,
    Summary,
    Organizer,
    Days,
    OnlyIn,
    InBoth,
    Returning,
    Organizations,
    Day,
    SessionsByKind,
    NoTopic,
    Weight,
    Unchanged,
    UnitsDiffer,
    CountedDifferently,
    NoFigure,
    Basis,
    BasisNotStated,
    Note,
    HeadlineFigures,
    CentralTopics,
    NoneListed,
    ListEnded,
}

impl Word {
    pub fn text(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            Word::Overview => ("概要", "Overview"),
            Word::Figures => ("数値", "Figures"),
            Word::Topics => ("トピック", "Topics"),
            Word::People => ("人物", "People"),
            Word::Program => ("日程", "Programme"),
            Word::Outcomes => ("成果", "Outcomes"),
            Word::Timeline => ("年表", "Timeline"),
            Word::Notes => ("注記", "Notes"),
            Word::Sources => ("出典", "Sources"),
            Word::Name => ("名称", "Name"),
            Word::Dates => ("会期", "Dates"),
            Word::Place => ("場所", "Place"),
            Word::Theme => ("テーマ", "Theme"),
            Word::Summary => ("あらまし", "Summary"),
            Word::Organizer => ("主催", "Organizer"),
            Word::Days => ("日間", "days"),
            Word::OnlyIn => ("のみ", "Only in"),
            Word::InBoth => ("両回に登場", "In both"),
            Word::Returning => ("両回に登場", "In both"),
            Word::Organizations => ("組織", "Organizations"),
            Word::Day => ("日目", "Day"),
            Word::SessionsByKind => ("種類別のセッション数", "Sessions by kind"),
            Word::NoTopic => ("その他", "Other"),
            Word::Weight => ("重要度", "weight"),
            Word::Unchanged => ("変化なし", "no change"),
            Word::UnitsDiffer => (
                "単位が異なるため、増減は示さない",
                "different units: no change shown",
            ),
            Word::CountedDifferently => (
                "数え方が異なるため、増減は示さない",
                "counted differently: no change shown",
            ),
            Word::NoFigure => ("データなし", "no figure"),
            Word::Basis => ("数え方", "Counted"),
            Word::BasisNotStated => ("特記なし", "not stated"),
            Word::Note => ("注", "Note"),
            Word::HeadlineFigures => ("主な数値", "Headline figures"),
            Word::CentralTopics => ("中心となったトピック", "Central topics"),
            Word::NoneListed => ("記載なし", "none listed"),
            Word::ListEnded => (
                "一覧は前のページで終わり",
                "the list ends on an earlier page",
            ),
        };
        match lang {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// "Only in 2014 Wuzhen" / "2014 烏鎮のみ".
pub fn only_in(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{label}{}", Word::OnlyIn.text(lang)),
        Lang::En => format!("{} {label}", Word::OnlyIn.text(lang)),
    }
}

/// "Not listed for 2025 Wuzhen (partial list)" / 「2025 烏鎮の一覧には記載なし（一覧は一部の
/// ため、不参加とは限らない）」: the
/// heading of entries that the other edition's list does not name, where that list is
/// declared partial (`partial`) or makes no claim to be complete.
pub fn not_listed_for(label: &str, partial: bool, lang: Lang) -> String {
    match (lang, partial) {
        (Lang::Ja, true) => {
            format!("{label}の一覧には記載なし（一覧は一部のため、不参加とは限らない）")
        }
        (Lang::Ja, false) => format!("{label}では未掲載"),
        (Lang::En, true) => format!("Not listed for {label} (partial list)"),
        (Lang::En, false) => format!("Not listed for {label}"),
    }
}

/// "Not in 2025 Wuzhen" / "2025 烏鎮にはない": the empty side of an entry that the other
/// edition's complete (or undeclared) list lacks.
pub fn not_in(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{label}にはない"),
        Lang::En => format!("Not in {label}"),
    }
}

/// "Day 2" / "2日目".
pub fn day(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}{}", Word::Day.text(lang)),
        Lang::En => format!("{} {n}", Word::Day.text(lang)),
    }
}

/// A word of the content format (a kind or status) in the reader's language.
pub fn keyword(word: &str, lang: Lang) -> &str {
    if lang == Lang::En {
        return match word {
            "intl-org" => "international organization",
            "civil-society" => "civil society",
            "closed-door" => "closed-door session",
            other => other,
        };
    }
    match word {
        "ceremony" => "式典",
        "forum" => "フォーラム",
        "panel" => "パネル",
        "dialogue" => "対話",
        "exhibition" => "展示",
        "closed-door" => "非公開会合",
        "declaration" => "宣言",
        "report" => "報告書",
        "award" => "賞",
        "initiative" => "イニシアチブ",
        "agreement" => "合意",
        "adopted" => "採択",
        "published" => "公開",
        "announced" => "発表",
        "proposed" => "提案",
        "withdrawn" => "撤回",
        "company" => "企業",
        "government" => "政府",
        "intl-org" => "国際機関",
        "academia" => "学術機関",
        "media" => "メディア",
        "civil-society" => "市民社会",
        "article" => "記事",
        "slides" => "スライド",
        "web" => "ウェブ",
        "book" => "書籍",
        "other" => "その他",
        _ => word,
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
