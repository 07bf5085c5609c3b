//! The command line's words in Japanese. The help is printed text (である, and 体言止め for
//! what an option does); the errors speak to the reader (です・ます). Values typed on the
//! command line are quoted with 「」.

use crate::i18n::cli::*;

pub(crate) const CLI: Cli = Cli {
    help: Help {
        usage: "使い方",
        arguments: "引数",
        options: "オプション",
        commands: "コマンド",
        options_placeholder: "オプション",
        command_placeholder: "コマンド",
        help_flag: "ヘルプを表示",
        help_flag_long: "ヘルプを表示（詳しくは --help）",
        help_flag_summary: "ヘルプを表示（要約は -h）",
        version_flag: "バージョンを表示",
        help_command: "このヘルプ、または指定したコマンドのヘルプを表示",
        help_command_arg: "ヘルプを表示するコマンド",
        default_value: |value| format!("（既定：{value}）"),
        possible_values: |values| format!("（指定できる値：{}）", values.join("、")),
        possible_values_heading: "指定できる値",
        value_line: |value, help| format!("- {value}：{help}"),
        keys_preamble: "キー操作。以下は既定の割り当てである。設定ファイルの [keys] で割り当てを\
            変えられ、閲覧画面のキー一覧（?）には現在の割り当てが表示される。",
        keys_explorer: "閲覧画面",
        keys_search: "検索語の入力中",
        keys_detail: "詳細の表示中",
        keys_picker: "回の選択中",
        keys_help: "キー一覧の表示中",
        keys_slides: "スライド",
        keys_repeats_left_out: "この一覧とポップアップの一覧では、閲覧画面と同じ働きのキー\
            （ページ送り、Ctrl-C）を省いている。",
        heading: |text| format!("{text}："),
        usage_line: |usage| format!("使い方：{usage}"),
    },
    commands: Commands {
        about: "ある会議の二つの回を並べて比べる",
        long_about: "ある会議の二つの回を並べて比べる。\n\n\
            confer は、整理済みの TOML 形式のコンテンツ（組み込み、または --content で指定した\
            フォルダー）を読み、会議が二つの回の間でどう変わったかを示す。",
        after_help: "コマンドを指定しないと、二つの回を閲覧画面で開く。端末でないときは、\
            代わりに二つの回の比較を出力する（回を指定しなければ回の一覧を出力する）。",
        check: "コンテンツ、またはコンテンツに照らして講演デッキを検査し、すべてのエラーと警告を\
            報告",
        check_after: "ファイル（talk.toml）を指定すると、講演デッキとして検査する。キーを\
            デッキの形式に照らし、デッキが挙げる回・シリーズ・数値のキーをコンテンツ\
            （--content DIR、なければ設定ファイルの `content`、なければ組み込みのコンテンツ）\
            に照らす。",
        list: "すべての回を、ID・会期・名前・場所とともに一覧表示",
        print: "二つの回の比較をテキスト（または Markdown）で出力",
        present: "比較を全画面のスライドで発表（または presenterm 用に書き出し）",
        series: "シリーズの推移を出力：数値のグラフ、テーマ、再び参加した人、トピック",
        new: "回を新しく作成：記入用の注釈付きひな形ファイルを書き出す",
        new_long: "回を新しく作成する。コンテンツフォルダーに SERIES/STEM.toml（`confer check` \
            を通る注釈付きのひな形）を書き出し、シリーズが新しければ SERIES/series.toml も\
            書き出す。既存のファイルを上書きすることはない。",
        new_after: "コンテンツフォルダーは --content DIR、なければ CONFER_CONTENT、なければ\
            設定ファイルの `content` である。組み込みのコンテンツに書き込むことはない。",
        completions: "シェルの補完スクリプトを出力",
        completions_long: "シェルの補完スクリプトを出力する。スクリプトは Tab のたびに confer \
            自身に問い合わせるので、コマンド、オプションとその値、そしてコマンドラインが指す\
            コンテンツ（--content、なければ CONFER_CONTENT、なければ設定ファイルの指定、\
            なければ組み込みのコンテンツ）にある回とシリーズの ID を補完する。",
        completions_after: "インストールの例：\n  \
            confer completions bash > ~/.local/share/bash-completion/completions/confer\n  \
            confer completions zsh > ~/.zfunc/_confer   （$fpath にあるフォルダー）\n  \
            confer completions fish > ~/.config/fish/completions/confer.fish\n\
            または、シェルの起動時に読み込む（例：~/.bashrc に source <(confer completions bash)）",
        man: "confer の man ページを出力、またはコマンドごとのページをフォルダーに書き出し",
        man_long: "confer の man ページ（confer.1、roff 形式）を標準出力に出力する。\
            --out を指定すると、confer のページと各コマンドのページ（confer-check.1、\
            confer-print.1 など）をフォルダーに書き出す。",
        man_after: "インストールの例：\n  \
            confer man --out ~/.local/share/man/man1\n\
            その後 man confer、man confer-print で読める。~/.local/bin が PATH にあれば man-db \
            はそこを探す。なければ export MANPATH=\"$HOME/.local/share/man:\" とする（末尾の\
            コロンでシステムのページも残る）。",
        export: "コンテンツをデータとして書き出し：JSON は標準出力へ、CSV はフォルダーへ",
        export_after: "テキストはすべて、書かれているすべての言語で書き出す。JSON では言語タグ\
            からテキストへのオブジェクトとして、CSV では列 NAME_en、NAME_ja、NAME_zh、\
            NAME_other_languages（その他の言語の JSON オブジェクト）として書き出し、列はどの\
            コンテンツでも同じである。ただの文字列で書かれたテキストのタグは und である。CSV \
            は series、editions、figures、people、orgs、sessions、topics、outcomes、timeline、\
            notes、sources（.csv）を、回ごと・項目ごとに1行で書き出す。DIR にある同名の\
            ファイルは置き換える。",
        schema: "コンテンツファイルの種類ごとの JSON Schema（エディター用：taplo、VS Code）、\
            または JSON 書き出しの JSON Schema を出力",
        schema_after: "コンテンツフォルダーの最上位で：\n  \
            mkdir -p .confer\n  \
            confer schema series > .confer/series.schema.json\n  \
            confer schema edition > .confer/edition.schema.json\n\
            そのうえで各ファイルの1行目を `#:schema ../.confer/edition.schema.json`（series.toml \
            では series.schema.json）とする。VS Code の Even Better TOML と `taplo check` が\
            これを読む。",
    },
    args: Args {
        content: "組み込みのコンテンツの代わりに、このフォルダーからコンテンツを読む\
            （環境変数 CONFER_CONTENT）",
        lang: "表示する言語（環境変数 CONFER_LANG。既定はロケールに従い、なければ en）",
        color: "色を使う場面。auto は NO_COLOR に従う（既定：auto）",
        ambiguous_width: "·、①、─ など幅が曖昧な文字を端末が何桁で描くか。auto は端末に\
            問い合わせる（既定：auto）",
        theme: "閲覧画面とスライドの配色。NO_COLOR または --color never のときは mono\
            （既定：dark）",
        watch: "コンテンツフォルダーのファイルが保存されたら読み直す（閲覧画面とスライド）",
        editions: "閲覧画面で開く回：シリーズ/ファイル名、またはすべてのシリーズで一意な\
            ファイル名（既定：最初のシリーズの最初の回と最新の回）",
        check_dir: "検査するコンテンツフォルダー、またはコンテンツに照らして検査する講演デッキの\
            ファイル（既定：--content、なければ組み込みのコンテンツ）",
        check_strict: "警告もエラーとして扱う",
        print_editions: "比べる回：シリーズ/ファイル名、またはすべてのシリーズで一意な\
            ファイル名（既定：最初のシリーズの最初の回と最新の回）",
        print_section: "このセクションだけを出力（繰り返し指定できる）",
        width: "幅（桁数、20～1000）。既定は端末の幅、端末でなければ100",
        format: "出力の形式",
        present_editions: "比べる回：シリーズ/ファイル名、またはすべてのシリーズで一意な\
            ファイル名",
        present_only: "この種類のスライドだけ（コンマ区切り）",
        present_export: "スライドを表示せず、presenterm 用の Markdown として書き出す\
            （講演のノートは presenterm のスピーカーノートになる）",
        present_size: "--export のとき、presenterm を動かす端末の大きさ（桁数x行数、例：\
            120x40）。長いスライドはこれに収まるページに分け、行はその桁数で折り返す",
        present_deck: "自分の講演を行う：スライド、その順序、スピーカーノートをデッキファイル\
            から読む（`confer check DECK` を参照）。ここで指定した回はデッキの指定より優先する",
        present_presenter: "デッキの発表者コンソール：ノート、次のスライド、経過時間。聴衆の\
            画面（このフラグなしの同じコマンド）の隣の別の端末で実行すると、互いに連動する",
        series_series: "出力するシリーズの ID（既定：既定で比べる回のシリーズ）。二つ挙げると並べて出力する（両方にある数値をキーごとに一つのグラフに、各回のテーマを年ごとに、両方の名簿に載った人物と組織を）",
        new_edition: "作成する回：シリーズ（フォルダー、新規でもよい）とファイル名。どちらも \
            wic/2030 のような ID",
        completions_shell: "補完するシェル",
        man_out: "すべてのページをこのフォルダー（なければ作成）に書き出し、そのパスを出力する\
            （同名のページは置き換える）",
        export_editions: "書き出す回：シリーズ/ファイル名、またはすべてのシリーズで一意な\
            ファイル名（既定：すべてのシリーズのすべての回）",
        export_format: "json：標準出力に一つの文書。csv：表ごとに一つのファイルを --out DIR へ",
        export_out: "CSV ファイルを書き出すフォルダー。なければ作成する（csv のみ）",
        export_bom: "Excel 用（csv のみ）：先頭に UTF-8 の BOM を付け、数式として始まるセルを\
            なくす（= + - @、タブ、CR で始まるセルの先頭に ' を付ける。負の数は数のまま）",
        schema_kind: "ファイルの種類",
    },
    values: Values {
        theme_projector: "講義室向け：黒地に高コントラスト、色覚の多様性に配慮した配色、広めの\
            余白",
        slide_figures: "数値の一覧、両方の回にある数値、片方の回だけにある数値",
        slide_people: "両回に登場した人物と組織",
        slide_own: "講演デッキにある発表者自身のスライド",
        schema_series: "series.toml：シリーズと、その回に共通する事柄",
        schema_edition: "回のファイル（2014.toml）",
        schema_export: "`confer export --format json` が書き出すもの",
        format_json: "標準出力に一つの JSON 文書",
        format_csv: "表ごとに一つの CSV ファイルを、--out で指定したフォルダーへ",
    },
    usage: UsageErrors {
        error: "エラー：",
        invalid_value: |value, option| format!("「{option}」に「{value}」は指定できません。"),
        valid_values: |values| format!("指定できる値：{}", values.join("、")),
        unknown_argument: |arg| format!("「{arg}」という引数はありません。"),
        unknown_command: |command| format!("「{command}」というコマンドはありません。"),
        did_you_mean: |meant| format!("もしかして「{meant}」ですか。"),
        as_value: |arg| format!("「{arg}」を値として渡すには「-- {arg}」と書いてください。"),
        option_takes: |option, help| format!("{option}：{help}"),
        missing_value: |option| format!("「{option}」には値が必要です。"),
        missing_argument: |args| format!("次の引数が必要です：{}", args.join("、")),
        missing_command: "コマンドを指定してください。",
        conflict: |option, other| format!("「{option}」と「{other}」は同時には指定できません。"),
        too_many_values: |value, option| {
            format!("「{option}」に「{value}」は余分です。これ以上の値は指定できません。")
        },
        needs_equals: |option| format!("「{option}」の値は「{option}=値」の形で指定してください。"),
        not_utf8: "引数に UTF-8 として読めないものがあります。",
        other: "コマンドラインを読み取れません。",
        more: "詳しくは「--help」を付けて実行してください。",
    },
    messages: Messages {
        no_edition: |id, known| {
            format!(
                "「{id}」という回はありません。回は次のとおりです：{}",
                known.join("、")
            )
        },
        ambiguous_edition: |id, known| {
            format!(
                "「{id}」に当たる回が複数あります。シリーズ/ファイル名の形で、\
                 次のいずれかを指定してください：{}",
                known.join("、")
            )
        },
        only_one_edition: |series, known| {
            format!(
                "シリーズ「{series}」には回が一つしかありません。比べる回をもう一つ指定して\
                 ください。回は次のとおりです：{}",
                known.join("、")
            )
        },
        no_editions: |series| format!("シリーズ「{series}」には回がありません。"),
        no_content: "比べるコンテンツがありません。",
        too_many_editions: "回は二つまで指定してください。",
        config_folder_missing: |folder, file| {
            format!(
                "コンテンツフォルダー「{folder}」がありません。\n  = 注：{file} の `content` \
                 で指定されています。\n  = ヒント：{file} の `content` を直すか削除するか、\
                 --content を指定してください。"
            )
        },
        the_config_file: "設定ファイル",
        left_out: |count, first| {
            format!(
                "読めない回{}件を除きました（{first}）。理由は `confer check` で確認で\
                 きます。",
                number(count)
            )
        },
        has_warnings: |count| {
            format!(
                "コンテンツに警告が{}件あります。`confer check` で確認できます。",
                number(count)
            )
        },
        watch_built_in: "--watch はコンテンツフォルダーを監視します。組み込みのコンテンツは\
            変わらないため、監視しません。",
        new_needs_folder: "confer new はコンテンツフォルダーに書き込みます。--content DIR を\
            指定してください（または CONFER_CONTENT か、設定ファイルの `content` を設定して\
            ください）。",
        wrote_schema: |file| {
            format!("{file} を書き出しました（エディターが各ファイルの1行目から読むスキーマ）。")
        },
        schemas_not_written: |folder, why| {
            format!(
                "{folder}/.confer にスキーマを書き出せませんでした：{why}\n\
                 `confer schema` で出力できます。"
            )
        },
        fill_in: |folder| format!("空欄を埋めてから `confer check {folder}` を実行してください。"),
        man_not_written: |folder, why| format!("{folder} に man ページを書き出せません：{why}"),
        wrote_files: |count, folder| {
            format!("{folder} に{}個のファイルを書き出しました。", number(count))
        },
        slides_need_terminal: "スライドの表示には端末が必要です。書き出すには --export \
            markdown を指定してください。",
        console_unreachable: |why| format!("発表者コンソールが聴衆の画面とつながりません：{why}"),
        stdout_failed: |why| format!("標準出力に書き込めませんでした：{why}"),
    },
    check: Check {
        built_in: "組み込みのコンテンツ",
        folder: |path| format!("「{path}」"),
        summary: |place, n| {
            format!(
                "{place}を検査しました（{}シリーズ、{}回分、項目{}件、出典{}件）。\
                 エラー{}件、警告{}件。",
                number(n.series),
                number(n.editions),
                number(n.entries),
                number(n.sources),
                number(n.errors),
                number(n.warnings),
            )
        },
    },
};

/// A count as a Japanese publisher writes it: 1,400; 1万2,345; 3億1,000万.
pub(crate) fn number(n: usize) -> String {
    let groups = [(100_000_000, "億"), (10_000, "万")];
    let mut out = String::new();
    let mut rest = n;
    for (unit, name) in groups {
        if rest >= unit {
            out.push_str(&thousands(rest / unit));
            out.push_str(name);
            rest %= unit;
        }
    }
    if rest > 0 || out.is_empty() {
        out.push_str(&thousands(rest));
    }
    out
}

/// 1400 → 1,400.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn large_counts_use_man_and_oku() {
        assert_eq!(number(0), "0");
        assert_eq!(number(1_400), "1,400");
        assert_eq!(number(12_345), "1万2,345");
        assert_eq!(number(30_000), "3万");
        assert_eq!(number(310_000_000), "3億1,000万");
        assert_eq!(number(100_000_001), "1億1");
    }
}
