//! Messages to the reader: です・ます, values typed or named quoted with 「」.

use super::cli::number;
use crate::i18n::problems::Problems;

pub(crate) const PROBLEMS: Problems = Problems {
    csv_needs_out: "--format csv は表ごとにファイルを書き出します。書き出すフォルダーを \
        --out DIR で指定してください。",
    out_needs_csv: "--out は --format csv のためのオプションです。JSON は標準出力に書き出す\
        ので、ファイルにはリダイレクトしてください（> FILE）。",
    bom_needs_csv: "--bom は --format csv のためのオプションです。JSON はバイト順マークを\
        付けずに書き出します。",
    room_symlink: |dir| {
        format!(
            "「{dir}」は非公開のフォルダーではなく、シンボリックリンクです。削除して\
             （rm {dir}）、やり直してください。"
        )
    },
    room_not_folder: |dir| {
        format!("「{dir}」はフォルダーではありません。削除して（rm {dir}）、やり直してください。")
    },
    room_not_yours: |dir, owner, me| {
        format!(
            "「{dir}」の所有者はユーザー{owner}で、あなた（ユーザー{me}）ではありません。\
             削除するか、XDG_RUNTIME_DIR に自分のフォルダーを指定してください。"
        )
    },
    room_open: |dir, mode| {
        format!(
            "「{dir}」はほかのユーザーも開けます（モード{mode:o}）。chmod 700 {dir} で\
             非公開にしてください。"
        )
    },
    socket_too_long: |path, len, max| {
        format!(
            "「{path}」：ソケットのパスが{len}バイトあり、ソケットに使える{max}バイトを\
             超えています。XDG_RUNTIME_DIR か TMPDIR に短いフォルダーを指定してください。"
        )
    },
    edition_exists: |path| {
        format!(
            "「{path}」はすでにあります。confer new がファイルを上書きすることはありません\
             （そのファイルを編集するか、別の STEM を指定してください）。"
        )
    },
    not_written: |path, why| format!("「{path}」に書き込めませんでした：{why}"),
    schema_folder: |folder| {
        format!(
            "「{folder}」はフォルダーではありません（シンボリックリンクかもしれません）。\
             削除すれば、confer がフォルダーを作ります。"
        )
    },
    explore_content: |count| format!("表示する回にエラーが{}件あります", number(count)),
    terminal_not_opened: |why| format!("端末を開けません：{why}"),
    terminal_failed: |why| format!("端末でエラーが起きました：{why}"),
    no_completions: |shell| format!("confer は {shell} の補完にまだ対応していません"),
    deck_summary: |d| {
        let slides = match d.slides {
            Some(n) => format!("スライド{}枚", number(n)),
            None => "デッキ全体は読めませんでした".to_string(),
        };
        let place = match d.folder {
            Some(folder) => format!("「{folder}」"),
            None => "組み込みのコンテンツ".to_string(),
        };
        format!(
            "「{}」を{place}に照らして検査しました（{slides}）。エラー{}件、警告{}件。",
            d.name,
            number(d.errors),
            number(d.warnings),
        )
    },
    size_unread: |given| {
        format!("「{given}」は読めません。桁数x行数の形（例：120x40）で指定してください。")
    },
    size_too_small: |size, min| format!("{size} は小さすぎます。{min} 以上を指定してください。"),
    size_too_large: |size, max| {
        format!("{size} は大きすぎます。{max}x{max} 以下を指定してください。")
    },
    target_unread: |given| {
        format!(
            "「{given}」は読めません。SERIES/STEM の形（例：wic/2030。シリーズのフォルダー、\
             ファイル名の順）で指定してください。"
        )
    },
    // The English help on ids comes from the content's grammar: said here in its place.
    target_not_an_id: |series, id, _| {
        let what = if series { "シリーズ" } else { "STEM" };
        format!(
            "{what}の「{id}」は ID として使えません。ID には英小文字・数字・「-」を使い、\
             英小文字か数字で始めてください。"
        )
    },
    ignoring_lang: |value| {
        format!("CONFER_LANG={value:?} は使えないため無視しました（ja か en を指定してください）。")
    },
};
