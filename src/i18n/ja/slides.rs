use crate::i18n::slides::Slides;

pub(crate) const SLIDES: Slides = Slides {
    program_title: "プログラムの概観",
    no_sessions: "セッションの記載なし",
    series_title: "推移",
    reading: "全回を読み込み中…",
    no_common_figure: "二つ以上の回に共通する数値はない。",
    glance_title: "数値で見る二つの回",
    returned_both: "両回に登場した人物と組織",
    returned_people: "両回に登場した人物",
    returned_orgs: "両回に登場した組織",
    year: "年",
    value: "数値",
    sessions: |n, complete, total, _| match (complete, total) {
        (None, _) => format!("セッション{n}件"),
        (Some(true), _) => format!("セッション{n}件（全件を掲載）"),
        (Some(false), Some(total)) => format!("セッション全{total}件中{n}件を掲載"),
        (Some(false), None) => format!("セッション{n}件（掲載は一部）"),
    },
    no_such_figure: |key| format!("「{key}」の数値はこのシリーズのどの回にもない。"),
    over_the_years: |label| format!("{label}の推移"),
    year_note: |year, note| format!("{year}年：{note}"),
    elapsed: |time| format!("経過 {time}"),
    only_figures: |label| format!("{label}だけにある数値"),
    part: |title, part, parts| format!("{title}（{part}/{parts}）"),
    left_out_around: |skipped| format!("（画面に収まらない{skipped}回は省略）"),
    left_out: |skipped| format!("（それ以前の{skipped}回は画面に収まらないため省略）"),
};
