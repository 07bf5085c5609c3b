use crate::i18n::pair::Pair;

pub(crate) const PAIR: Pair = Pair {
    figures_heading: "両シリーズに共通する数値の推移",
    no_common_figure: "同じキーの数値は両シリーズにない。",
    themes_heading: "各回のテーマ",
    people_heading: "両シリーズの名簿に載った人物",
    orgs_heading: "両シリーズの名簿に載った組織",
    lists_caveat: "名簿は網羅的とは限らない。ここにないものが両方にいなかったとは限らない。",
    nobody_in_both: "両シリーズの名簿に載った例はない。",
    no_edition: "（収録なし）",
    name: "名前",
    hint: "二つのシリーズを並べて表示　o：次のシリーズ（最後は元に戻る）",
    year_sep: "、",
    title: |a, b| format!("{a}と{b}"),
    legend: |id, name, span| format!("{id}　{name}：{span}"),
    differing: |mark, id, year, basis| format!("{mark} {id} {year}年（{basis}）と数え方が異なる年"),
    appearances: |id, years| format!("{id} {years}"),
};
