use crate::i18n::explorer::Explorer;

pub(crate) const EXPLORER: Explorer = Explorer {
    help: "? ヘルプ",
    all: "すべて",
    side_by_side: "左右別",
    merged: "一本",
    value_sep: "：",
    colon: "：",
    not_reloaded: "読み込めません",
    needs_two_editions: "比べるには回が二つ以上必要です",
    not_opened: "この回は開けません",
    alone: "発表者コンソールと連動しません",
    series_tab: "推移",
    listed_in_title: "登場した回（Escで閉じる）",
    detail_title: "詳細（Escで閉じる）",
    keys_title: "キー操作",
    choose_left: "左に表示する回を選ぶ",
    choose_right: "右に表示する回を選ぶ",
    nothing_matches: "該当なし",
    search_mode: "検索語の入力中",
    detail_mode: "詳細",
    picker_mode: "回の選択",
    help_mode: "このヘルプ",
    any_char: "文字",
    browse_mode: Some("閲覧中"),
    checking: |done, total| format!("回を確認中 {done}/{total}  ? ヘルプ"),
    country: |code| crate::content::country_name(code, true),
    search_found: |query, total, by_section| {
        if by_section.is_empty() {
            format!("/{query}（0件）")
        } else {
            format!("/{query}（{total}件：{}）", by_section.join("、"))
        }
    },
    left_out: |count| format!("読めない回{count}件を除外しました（理由は confer check で）"),
    problems: |count| format!("表示していない回に問題が{count}件あります（confer check で一覧）"),
    not_watched: |count| format!("フォルダー{count}個は保存を監視できていません"),
    unwatched: |path, why| format!("「{path}」（{why}）"),
    unwatched_limit: |path| {
        format!("「{path}」（監視の数がシステムの上限 fs.inotify.max_user_watches に達しています）")
    },
    unwatched_link: |path| {
        format!("「{path}」はシンボリックリンクのため、コンテンツのフォルダーの外へはたどりません")
    },
    too_small: |w, h, width, height| {
        // In phrases, each kept whole on a line where it fits: wrapped as one string it
        // breaks inside a word (「広げ／てください」).
        vec![
            "端末が小さすぎます。".to_string(),
            format!("{w}×{h}以上に広げてください"),
            format!("（現在{width}×{height}）"),
        ]
    },
};
