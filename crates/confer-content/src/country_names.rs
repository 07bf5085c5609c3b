//! Countries and regions by name, as readers know them: 中国, 日本 / China, Japan. A code
//! outside this table is shown as written (it is still a valid ISO code, checked at load).

/// (code, ja, en), in the order of the code.
const NAMES: &[(&str, &str, &str)] = &[
    ("AE", "アラブ首長国連邦", "United Arab Emirates"),
    ("AR", "アルゼンチン", "Argentina"),
    ("AT", "オーストリア", "Austria"),
    ("AU", "オーストラリア", "Australia"),
    ("BD", "バングラデシュ", "Bangladesh"),
    ("BE", "ベルギー", "Belgium"),
    ("BR", "ブラジル", "Brazil"),
    ("BY", "ベラルーシ", "Belarus"),
    ("CA", "カナダ", "Canada"),
    ("CH", "スイス", "Switzerland"),
    ("CI", "コートジボワール", "Côte d'Ivoire"),
    ("CL", "チリ", "Chile"),
    ("CN", "中国", "China"),
    ("CU", "キューバ", "Cuba"),
    ("CZ", "チェコ", "Czechia"),
    ("DE", "ドイツ", "Germany"),
    ("DK", "デンマーク", "Denmark"),
    ("EG", "エジプト", "Egypt"),
    ("ES", "スペイン", "Spain"),
    ("ET", "エチオピア", "Ethiopia"),
    ("FI", "フィンランド", "Finland"),
    ("FR", "フランス", "France"),
    ("GB", "英国", "United Kingdom"),
    ("GH", "ガーナ", "Ghana"),
    ("GR", "ギリシャ", "Greece"),
    ("HK", "香港", "Hong Kong"),
    ("HU", "ハンガリー", "Hungary"),
    ("ID", "インドネシア", "Indonesia"),
    ("IE", "アイルランド", "Ireland"),
    ("IL", "イスラエル", "Israel"),
    ("IN", "インド", "India"),
    ("IR", "イラン", "Iran"),
    ("IT", "イタリア", "Italy"),
    ("JP", "日本", "Japan"),
    ("KE", "ケニア", "Kenya"),
    ("KH", "カンボジア", "Cambodia"),
    ("KR", "韓国", "South Korea"),
    ("KZ", "カザフスタン", "Kazakhstan"),
    ("LA", "ラオス", "Laos"),
    ("LK", "スリランカ", "Sri Lanka"),
    ("MM", "ミャンマー", "Myanmar"),
    ("MN", "モンゴル", "Mongolia"),
    ("MO", "マカオ", "Macao"),
    ("MX", "メキシコ", "Mexico"),
    ("MY", "マレーシア", "Malaysia"),
    ("NG", "ナイジェリア", "Nigeria"),
    ("NL", "オランダ", "Netherlands"),
    ("NO", "ノルウェー", "Norway"),
    ("NP", "ネパール", "Nepal"),
    ("NZ", "ニュージーランド", "New Zealand"),
    ("PH", "フィリピン", "Philippines"),
    ("PK", "パキスタン", "Pakistan"),
    ("PL", "ポーランド", "Poland"),
    ("PT", "ポルトガル", "Portugal"),
    ("QA", "カタール", "Qatar"),
    ("RS", "セルビア", "Serbia"),
    ("RU", "ロシア", "Russia"),
    ("RW", "ルワンダ", "Rwanda"),
    ("SA", "サウジアラビア", "Saudi Arabia"),
    ("SE", "スウェーデン", "Sweden"),
    ("SG", "シンガポール", "Singapore"),
    ("TH", "タイ", "Thailand"),
    ("TR", "トルコ", "Türkiye"),
    ("TW", "台湾", "Taiwan"),
    ("TZ", "タンザニア", "Tanzania"),
    ("UA", "ウクライナ", "Ukraine"),
    ("US", "米国", "United States"),
    ("UZ", "ウズベキスタン", "Uzbekistan"),
    ("VN", "ベトナム", "Vietnam"),
    ("ZA", "南アフリカ", "South Africa"),
];

/// The name of a country or region in Japanese or English; the code where the table has
/// no name for it.
pub fn country_name(code: &str, japanese: bool) -> &str {
    match NAMES.binary_search_by(|(c, _, _)| (*c).cmp(code)) {
        Ok(i) if japanese => NAMES[i].1,
        Ok(i) => NAMES[i].2,
        Err(_) => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_both_languages_and_every_name_a_known_code() {
        assert_eq!(country_name("CN", true), "中国");
        assert_eq!(country_name("JP", false), "Japan");
        assert_eq!(
            country_name("ZW", false),
            "ZW",
            "a code without a name stays a code"
        );
        assert!(
            NAMES.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for the search"
        );
        assert!(
            NAMES
                .iter()
                .all(|(c, _, _)| super::super::country::is_assigned(c))
        );
    }
}
