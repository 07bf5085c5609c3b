use crate::i18n::series::Series;

pub(crate) const SERIES: Series = Series {
    figures_heading: "数値の推移",
    no_common_figure: "二つ以上の回に共通する数値はない。",
    single_heading: "一つの回だけにある数値",
    notes_heading: "注",
    themes_heading: "各回のテーマ",
    no_theme: "テーマの記録なし",
    no_theme_md: "（記録なし）",
    topics_heading: "各回のトピック（重要度：3＝中心、1＝言及のみ）",
    topics_heading_md: "## 各回のトピック

重要度：3＝中心、1＝言及のみ

",
    no_topics: "トピックの記録なし",
    people_heading: "複数回登場した人物",
    orgs_heading: "複数回登場した組織",
    nobody_returns: "二つ以上の回の名簿に載った例はない（名簿は網羅的とは限らない）。",
    nobody_returns_md: "二つ以上の回の名簿に載った例はない。",
    times: "回数",
    year: "年",
    value: "数値",
    name: "名前",
    matrix_note_md: "●は名簿に載っている回。空欄はいなかったという意味ではない。",
    basis_not_stated: "数え方の記載なし",
    colon: "：",
    list_sep: "、",
    source_sep: "／",
    sources_lead: "出典：",
    hint: "Enter：登場した回の一覧　[／]：この回を左／右に表示",
    span_of_years: |count, span| format!("全{count}（{span}）"),
    weighted: |label, weight| format!("{label}（{weight}）"),
    legend: |present, absent| {
        format!("{present} 名簿に載っている　{absent} 載っていない（いなかったとは限らない）")
    },
    left_out: |n, span| format!("幅に収まらない{n}回（{span}）は省いた。"),
    compared_mark: |left, right| match (left, right) {
        (true, _) => "左",
        (false, true) => "右",
        (false, false) => "  ",
    },
    single_md: |label, year, value| format!("- **{label}**（{year}年）：{value}\n"),
    differing: |mark, year, basis| format!("{mark} {year}年（{basis}）と数え方が異なる年"),
    differing_heading: |lead| lead.to_string(),
    // 「2014〜2019、2024年（数え方の記載なし）」: 年 once, after the list.
    year_basis: |years, basis| format!("{years}年（{basis}）"),
    run_of_years: |first, last| format!("{first}〜{last}"),
    reading: |done, total| format!("全{total}回を読み込み中… {done}/{total}"),
    unreadable: |n| format!("読めない回{n}件を除いた推移（confer check で理由）"),
    listed_in: |count, of| format!("全{of}回のうち{count}回の名簿に載っています"),
};
