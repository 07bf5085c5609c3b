use crate::i18n::sections::Sections;

pub(crate) const SECTIONS: Sections = Sections {
    list_sep: "、",
    label_sep: "：",
    bullet: "・",
    outcome_sep: "｜",
    weighted: |label, weight| format!("{label}（重要度{weight}）"),
    weight_change: Some(|label, from, to| format!("{label}（重要度{from}→{to}）")),
    weight_scale: Some("重要度：3＝中心、1＝言及のみ"),
    org_and_role: |org, role| {
        // A space only where two Latin or two katakana words would run together:
        // 「ICANN CEO」, 「マイクロソフト エグゼクティブ・バイスプレジデント」.
        let script = |c: Option<char>| match c {
            Some(c) if c.is_ascii_alphanumeric() => Some("latin"),
            Some('ァ'..='ヺ' | 'ー') => Some("katakana"),
            _ => None,
        };
        let (end, start) = (script(org.chars().last()), script(role.chars().next()));
        let space = if end.is_some() && end == start {
            " "
        } else {
            ""
        };
        format!("{org}{space}{role}")
    },
    annotated: |name, about| {
        // No nested brackets: a bracket inside becomes 〔〕, and a name that already ends
        // in one (李彦宏（ロビン・リー）) is followed by a full-width space.
        let about = about.replace('（', "〔").replace('）', "〕");
        if name.ends_with('）') {
            format!("{name}\u{3000}{about}")
        } else {
            format!("{name}（{about}）")
        }
    },
    lasted: |days| format!("（会期は{days}日間）"),
    outcome_kind: |kind| format!("種類：{kind}"),
    outcome_status: |status| format!("状況：{status}"),
    more: |n| format!("ほか{n}件"),
};
