//! Warnings to the reader: です・ます; names and values as written in the file.

use crate::i18n::config::Config;
use crate::key_words::{KeyMode, Refused};

pub(crate) const CONFIG: Config = Config {
    not_utf8: "設定ファイルが UTF-8 として正しくありません",
    save_as_utf8: "UTF-8 で保存してください",
    fix_permissions: "権限を直すか、CONFER_CONFIG にほかのファイルを指定してください",
    point_at_a_file: "CONFER_CONFIG に config.toml ファイルを指定してください",
    is_this_it: "設定ファイルで合っていますか。設定ファイルにはいくつかの設定とキーの割り当て\
        だけを書きます",
    toml_help: "書き方は https://toml.io を参照してください",
    not_a_setting: "confer の設定ではありません",
    not_a_value: "指定できる値ではありません",
    keys_not_a_table: "設定：[keys] は「コマンド = キー」の表です。無視しました。",
    keys_table_help: "表として書いてください：[keys] の次の行に swap = \"x\"",
    keys_list_help: "例：swap = \"x\" または down = [\"j\", \"Down\"]",
    a_path: "引用符で囲んだパス",
    true_or_false: "true か false",
    named_missing: "設定：CONFER_CONFIG が指すファイルがないため、設定を読みませんでした。",
    named_missing_help: "ファイルを作るか、CONFER_CONFIG を直すか解除してください",
    ignored: |why| format!("設定：{why}ため、設定ファイルを無視しました。"),
    cannot_read: |why| format!("設定ファイルを読めない（{why}）"),
    not_regular: |what| format!("設定ファイルが通常のファイルではない（{what}）"),
    too_large: |mib| format!("設定ファイルが{mib:.1} MiB ある（上限は1 MiB）"),
    toml_syntax: |message| {
        format!("設定：TOML の構文エラーのため、設定ファイルを無視しました（{message}）。")
    },
    did_you_mean: |near| format!("「{near}」のことですか"),
    settings_are: |all| format!("設定ファイルで使える設定：{}", all.join("、")),
    unknown_setting: |name| format!("設定：「{name}」という設定はないため、無視しました。"),
    one_of: |values| match values {
        [one] => one.to_string(),
        _ => format!("{} のいずれか", values.join("、")),
    },
    takes: |name, expected| {
        format!("設定：「{name}」に指定できるのは{expected}です。無視しました。")
    },
    keys_not_a_list: |name| {
        format!("設定：「{name}」のキーは、一つのキーかキーのリストで書きます。無視しました。")
    },
    keys_refused: |why| format!("設定：{why}。無視しました。"),
    key_refused_why: |name, refused| match refused {
        Refused::UnknownCommand { near, names } => (
            format!("[keys] の「{name}」というコマンドはありません"),
            match near {
                Some(near) => format!("もしかして「{near}」ですか？"),
                None => format!("[keys] に書けるコマンド：{}", names.join("、")),
            },
        ),
        Refused::Clash {
            key,
            first,
            second,
            mode,
        } => (
            format!(
                "{}で {key} が「{first}」と「{second}」の両方に割り当てられています",
                match mode {
                    KeyMode::Browse => "閲覧中",
                    KeyMode::Search => "検索の入力中",
                    KeyMode::Detail => "詳細の表示中",
                    KeyMode::Help => "キー一覧の表示中",
                    KeyMode::Picker => "回の選択中",
                    KeyMode::Slides => "スライドの表示中",
                    KeyMode::SlideHelp => "スライドのキー一覧の表示中",
                }
            ),
            "[keys] でどちらかに別のキーを割り当ててください".into(),
        ),
        Refused::NotAKey { key } => (
            format!("「{key}」はキーではありません"),
            "文字（\"x\"、\"G\"、\"?\"）、キーの名前（Enter、Esc、Tab、Space、Up、Down、\
             PageDown、Home など）、またはそれらの前に ctrl- を付けたものを書いてください"
                .into(),
        ),
        Refused::CtrlC => (
            "Ctrl-C は常に confer を終了します".into(),
            "別のキーを割り当ててください".into(),
        ),
    },
};
