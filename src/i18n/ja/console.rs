use crate::i18n::console::Console;

pub(crate) const CONSOLE: Console = Console {
    name: "発表者コンソール",
    blank: "聴衆の画面は消えています（b で戻す）",
    preview: "聴衆の画面",
    notes: "メモ",
    no_notes: "（メモなし）",
    next_key: "次",
    back_key: "前",
    jump_key: "番号で移動",
    blank_key: "消す",
    keys_key: "キー",
    quit_key: "終了",
    key_sep: "　",
    at: |slide, slides, title, page| match page {
        Some((part, parts)) => {
            format!("スライド {slide}/{slides}　{title}　聴衆の画面 {part}/{parts} ページ")
        }
        None => format!("スライド {slide}/{slides}　{title}"),
    },
    next: |title| match title {
        Some(title) => format!("次：{title}"),
        None => "次：（最後のスライド）".to_string(),
    },
    jump: |typed| format!("移動先のスライド：{typed}（Enter で移動）"),
    no_such_slide: |typed, slides| format!("スライド {typed} はありません（全{slides}枚）"),
};
