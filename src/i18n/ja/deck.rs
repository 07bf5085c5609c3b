//! A deck's problems in Japanese: です・ます, the deck's own words quoted in 「」.

use crate::i18n::deck::Deck;

pub(crate) const DECK: Deck = Deck {
    not_utf8_help: "UTF-8 で保存し直してください（デッキのファイルは UTF-8 に限ります）",
    no_slides: "デッキには [[slides]] が少なくとも一つ必要です",
    no_slides_help: "show = \"…\" か title = \"…\" を書いた [[slides]] の表を書き加えてください",
    too_many_editions: "デッキで比べられる回は二つまでです",
    too_many_editions_help: "回は左と右の二つにしてください",
    not_an_edition_help: "wic/2014 のように「シリーズ/回」で書くか、シリーズをまたいで一つに\
        決まる回の名前を書いてください",
    needs_key_help: "key = \"…\" で表示する数値を書き加えてください（例：\"participants\"）",
    key_only_with: "「key」を書けるのは show = \"figure\" か \"series\" のスライドだけです",
    key_only_with_help: "取り除いてください。数値を一つ表示するのは、figure と series の\
        スライドだけです",
    show_and_title: "スライドに「show」と「title」の両方があります",
    show_and_title_help: "`show` は比較の一部をスライドにし、`title` は自作のスライドを作ります。\
        どちらか一方を残すか、[[slides]] を二つに分けてください",
    show_or_title: "スライドには「show」か「title」が必要です",
    show_or_title_help: "show = \"figure\"（または比較のほかの部分）か、自作のスライドなら \
        title = \"…\" を書いてください",
    body_only_own: "「body」を書けるのは自作のスライド（「title」のあるもの）だけです",
    body_only_own_help: "生成されるスライドに本文はありません。notes に書くか、自作のスライドに\
        してください",
    not_a_deck_key: "デッキの形式にないキーです",
    too_large_help: "本当にデッキのファイルですか？デッキは手で書く短い TOML ファイルです",
    point_at_a_deck: "デッキのファイル（talk.toml）か、コンテンツのフォルダーのパスを指定して\
        ください",
    does_not_read_help: "この回のファイルにエラーがあります。コンテンツを `confer check` で\
        検査すると分かります",
    check_content_help: "理由はコンテンツを `confer check` で検査すると分かります",
    series_are: "シリーズ",
    editions_are: "回",
    their_figures_are: "両回の数値",
    its_figures_are: "このシリーズの数値",
    not_an_edition: |value| format!("「{value}」は回の指定ではありません"),
    needs_key: |word| format!("show = \"{word}\" には「key」が必要です"),
    too_large: |mib, limit| {
        format!("ファイルが {mib:.1} MiB あります。デッキのファイルは {limit} MiB までです")
    },
    not_a_file: |name, what| {
        format!("デッキのファイル「{name}」は{what}です。通常のファイルではありません")
    },
    missing: |name| format!("デッキのファイル「{name}」がありません"),
    unreadable: |name, why| format!("デッキのファイル「{name}」を読めません：{why}"),
    no_series: |series| format!("シリーズ「{series}」はありません"),
    no_edition: |edition| format!("回「{edition}」はありません"),
    does_not_read: |edition| format!("回「{edition}」を読めません"),
    more_than_one: |stem| format!("「{stem}」に当たる回が複数あります"),
    write_series_stem: |editions| {
        format!("「シリーズ/回」で書いてください：{}", editions.join(", "))
    },
    keys_unchecked: |why| format!("数値のキーを確かめられません：{why}"),
    keys_content_errors: |editions| {
        format!("数値のキーを確かめられません。{editions}のコンテンツにエラーがあります")
    },
    no_figure: |key, editions| format!("{editions}に数値「{key}」はありません"),
    no_figure_in_series: |key, series| {
        format!("シリーズ「{series}」のどの回にも数値「{key}」はありません")
    },
    did_you_mean: |near| format!("もしかして「{near}」ですか？"),
    listing: |what, names| match names {
        [] => format!("{what}：ありません"),
        names => format!("{what}：{}", names.join(", ")),
    },
    editions: |ids, both| {
        let quoted: Vec<String> = ids.iter().map(|id| format!("「{id}」")).collect();
        quoted.join(if both { "と" } else { "か" })
    },
};
