//! Problems in content, in Japanese: です・ます; the file's own words (keys, values, ids,
//! table names) and what is not ours (a path, an OS error, the TOML parser's message) are
//! quoted as written, in 「」.

use super::cli::number;
use crate::content::ListKind;
use crate::content::diagnostic::problem::*;
use crate::content::diagnostic::{apart, units_apart};
use crate::i18n::diagnostics::Diagnostics;

pub(crate) const DIAGNOSTICS: Diagnostics = Diagnostics {
    error: "エラー",
    warning: "警告",
    help: "ヒント",
    note: "補足",
    say,
    more,
    special,
};

/// `ほかにエラー3件、警告1件`.
fn more(errors: usize, warnings: usize) -> String {
    let parts: Vec<String> = [("エラー", errors), ("警告", warnings)]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(word, n)| format!("{word}{}件", number(n)))
        .collect();
    format!("ほかに{}があります（表示していません）", parts.join("、"))
}

const UNREADABLE_HELP: &str = "存在するか、読み取りの権限があるか、自分自身を指すシンボリックリンク\
    になっていないかを確かめてください";

fn did_you_mean(near: &str) -> String {
    format!("もしかして「{near}」ですか？")
}

fn id_hint(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!("ID に使えるのは英小文字・数字・「-」です（例：「{s}」）"),
        None => "ID に使えるのは英小文字・数字・「-」で、先頭は英小文字か数字にします".into(),
    }
}

fn special(what: Special) -> &'static str {
    match what {
        Special::Folder => "フォルダー",
        Special::Fifo => "名前付きパイプ（FIFO）",
        Special::Socket => "ソケット",
        Special::Device => "デバイス",
        Special::Other => "通常のファイル以外のもの",
    }
}

fn expected(e: &Expected) -> String {
    match e {
        Expected::String => "文字列".into(),
        Expected::Text => "文字列か、言語から文字列への表".into(),
        Expected::Ids => "ID の配列".into(),
        Expected::Integer => "整数".into(),
        Expected::Number => "数".into(),
        Expected::Boolean => "true か false".into(),
        Expected::Date => "日付".into(),
        Expected::DateExample => "日付（例：2014-11-19）".into(),
        Expected::DateInString => "文字列で書いた日付".into(),
        Expected::ArrayOfTables(key) => format!("表の配列（[[{key}]]）"),
        Expected::TableOf(key) => format!("表（[[{key}]]）"),
        Expected::Table(key) => format!("表（[{key}]）"),
    }
}

fn found(f: Found) -> &'static str {
    match f {
        Found::String => "文字列",
        Found::Integer => "整数",
        Found::Float => "浮動小数点数",
        Found::Boolean => "真偽値",
        Found::Date => "日付",
        Found::DateTime => "日時",
        Found::Array => "配列",
        Found::Table => "表",
    }
}

fn entry(kind: Entry) -> &'static str {
    match kind {
        Entry::Session => "セッション",
        Entry::Person => "人物",
        Entry::Outcome => "成果",
        Entry::Note => "注記",
        Entry::Topic => "トピック",
        Entry::Org => "組織",
        Entry::Source => "出典",
    }
}

/// `人物3人`, `セッション16件`.
fn listed(l: Listed) -> String {
    let n = number(l.n);
    match l.kind {
        ListKind::People => format!("人物{n}人"),
        ListKind::Orgs => format!("組織{n}件"),
        ListKind::Sessions => format!("セッション{n}件"),
        ListKind::Outcomes => format!("成果{n}件"),
        ListKind::Timeline => format!("年表の出来事{n}件"),
    }
}

fn cited(c: &Cited) -> String {
    match c {
        Cited::Person(id) => format!("人物「{id}」"),
        Cited::Figure(key) => format!("数値「{key}」"),
        Cited::Outcome(id) => format!("成果「{id}」"),
        Cited::Note(id) => format!("注記「{id}」"),
        Cited::Event(date) => format!("{date}の年表の出来事"),
    }
}

/// Every problem in Japanese.
fn say(problem: &Problem) -> Said {
    use Problem::*;
    match problem {
        FileNotFolder { path } => Said::new(format!(
            "「{path}」はファイルです。コンテンツのフォルダーを指定してください"
        ))
        .help("シリーズのフォルダーを収めたフォルダー（例：content）を指定してください"),
        MissingFolder { path, given_to } => Said::new(format!(
            "コンテンツのフォルダー「{path}」がありません"
        ))
        .help(match given_to {
            GivenTo::ContentOption => {
                "--content か CONFER_CONTENT に指定したパスを確かめてください"
            }
            GivenTo::Check => {
                "`confer check` に指定したパス（コンテンツのフォルダーかデッキのファイル）を\
                     確かめてください"
            }
        }),
        CannotOpenFolder { path, why } => Said::new(format!(
            "コンテンツのフォルダー「{path}」を開けません：{why}"
        )),
        CannotRead {
            name: Some(name),
            why,
        } => Said::new(format!("「{name}」を読めません：{why}")).help(UNREADABLE_HELP),
        CannotRead { name: None, why } => {
            Said::new(format!("ファイルを読めません：{why}")).help(UNREADABLE_HELP)
        }
        CannotReadSeriesFile { why } => {
            Said::new(format!("series.toml を読めません：{why}")).help(UNREADABLE_HELP)
        }
        CannotReadFolder { name, why } => {
            Said::new(format!("フォルダー「{name}」を読めません：{why}")).help(
                "読み取りの権限を与える（chmod u+rx）か、コンテンツのフォルダーの外に移して\
                 ください",
            )
        }
        CannotList { why } => Said::new(format!("フォルダーの中身を一覧できません：{why}")),
        IgnoredOutsideSeries { name } => Said::new(format!("「{name}」は読みませんでした"))
            .help("シリーズのフォルダーの外にあるファイルは読みません"),
        IgnoredBuiltIn { path } => Said::new(format!("「{path}」は読みませんでした"))
            .help("読むのはシリーズのフォルダーの直下にあるファイルだけです"),
        IgnoredFolderWithoutSeries { name } => Said::new(format!(
            "フォルダー「{name}」は読みませんでした。series.toml がありません"
        )),
        IgnoredInSeries { name, folder } => {
            let why = if *folder {
                "シリーズの中のフォルダーは読みません"
            } else {
                ".toml のファイルではありません"
            };
            Said::new(format!("「{name}」は読みませんでした。{why}"))
        }
        NoSeries { path } => Said::new(format!("「{path}」にシリーズがありません"))
            .help("シリーズは、series.toml と回ごとの .toml ファイルを収めたフォルダーです"),
        NotRegular { what } => Said::new(format!(
            "これは{}です。通常のファイルではありません",
            special(*what)
        ))
        .help(
            "コンテンツのファイルは通常の TOML ファイルです。TOML ファイルに置き換えるか、\
             コンテンツのフォルダーの外に移してください",
        ),
        FolderNotFile => Said::new("これはフォルダーです。ファイルではありません").help(
            "コンテンツのファイルは TOML ファイルです。フォルダーの名前を変えるか、削除して\
             ください",
        ),
        NotUtf8 => Said::new("ファイルが UTF-8 として正しくありません")
            .help("UTF-8 で保存し直してください（コンテンツのファイルは UTF-8 に限ります）"),
        TooLarge { bytes } => {
            let mib = *bytes as f64 / (1024.0 * 1024.0);
            Said::new(format!(
                "ファイルが {mib:.1} MiB あります。コンテンツのファイルは 16 MiB までです"
            ))
            .help("回を複数のファイルに分けるか、コンテンツでない部分を取り除いてください")
        }
        BadEditionName { stem, suggestion } => Said::new(format!(
            "回のファイル名「{stem}」は ID として正しくありません"
        ))
        .help(format!(
            "ファイルの名前を変えてください。{}",
            id_hint(suggestion)
        )),
        BadSeriesName { name, suggestion } => Said::new(format!(
            "シリーズのフォルダー名「{name}」は ID として正しくありません"
        ))
        .help(format!(
            "フォルダーの名前を変えてください。{}",
            id_hint(suggestion)
        )),
        TomlSyntax { message } => Said::new(format!("TOML として読めません：{message}"))
            .help("TOML の書き方は https://toml.io を参照してください"),
        MissingFormat { format } => Said::new("必須のキー「format」がありません").help(format!(
            "ファイルの先頭に `format = {format}` と書いてください"
        )),
        UnsupportedFormat { version, format } => {
            Said::new(format!("形式のバージョン {version} には対応していません")).help(format!(
                "この confer が読むのは format = {format} です。そう書き直すか、\
                 バージョン {version} に対応した confer を使ってください"
            ))
        }
        UnknownKey {
            key,
            within,
            near,
            takes,
        } => Said::new(format!("{within} に未知のキー「{key}」があります"))
            .label("コンテンツの形式にないキーです")
            .help(match near {
                Some(near) => did_you_mean(near),
                None => format!("{within} に書けるキー：{}", takes.join(", ")),
            }),
        UnknownCoverageKind { name, near, takes } => {
            Said::new(format!("未知の一覧の種類「{name}」があります"))
                .label("コンテンツの形式にない一覧です")
                .help(match near {
                    Some(near) => did_you_mean(near),
                    None => format!("[coverage] に書ける種類：{}", takes.join(", ")),
                })
        }
        MissingKey { key, within } => {
            Said::new(format!("{within} に必須のキー「{key}」がありません"))
                .help(format!("この表に `{key} = …` を書き加えてください"))
        }
        WrongType {
            expected: e,
            found: f,
            hint,
        } => Said::new(format!(
            "{}を書くところに{}が書かれています",
            expected(e),
            found(*f)
        ))
        .label(format!("これは{}です", found(*f)))
        .help_if(hint.as_ref().map(|hint| match hint {
            TypeHint::Unquote { number } => {
                format!("数は引用符を付けずに書いてください：{number}")
            }
            TypeHint::UnquoteDate { date } => {
                format!("日付は引用符を付けずに書いてください：{date}")
            }
            TypeHint::Quote { date } => format!("引用符で囲んでください：\"{date}\""),
        })),
        NotWebAddress { url, has_scheme } => Said::new(format!(
            "「{url}」は http か https で始まる完全なアドレスではありません"
        ))
        .help(if *has_scheme {
            "http か https のアドレスを書いてください（https://…）"
        } else {
            "ホスト名の前に https:// か http:// を付けて、アドレス全体を書いてください"
        }),
        ControlCharacters => Said::new("文字列に制御文字か双方向の上書き文字が含まれています")
            .help(
                "タブは空白として、そのほかは ␛、␇、� などとして表示されます。ファイルから\
                 取り除いてください",
            ),
        NoLanguage => Said::new("テキストには少なくとも一つの言語が必要です")
            .help("例：{ en = \"…\", ja = \"…\" }"),
        NotLanguageTag { tag, lowercase } => {
            Said::new(format!("「{tag}」は言語タグではありません")).help(match lowercase {
                Some(lower) => format!("言語タグは小文字で書きます：「{lower}」"),
                None => "en、ja、zh、zh-hant のような小文字のタグを使ってください".into(),
            })
        }
        EmptyText => Said::new("テキストが空です")
            .help("テキストを書いてください。省略できるキーなら、キーごと取り除いてもかまいません"),
        BadId { id, suggestion } => {
            Said::new(format!("「{id}」は ID として正しくありません")).help(id_hint(suggestion))
        }
        IntegerOutOfRange => Said::new("整数が扱える範囲を超えています"),
        NotFinite => Said::new("数値の値は有限の数でなければなりません")
            .help("inf や nan は比べられません。数を書いてください"),
        NotPartialDate { value } => Said::new(format!("「{value}」は日付として読めません"))
            .help("\"YYYY\"、\"YYYY-MM\"、\"YYYY-MM-DD\" のいずれかで書いてください"),
        NotAllowed {
            value,
            near,
            allowed,
        } => Said::new(format!("「{value}」は書ける値ではありません")).help(match near {
            Some(near) => did_you_mean(near),
            None => format!("書ける値：{}", allowed.join(", ")),
        }),
        NotCountry { value, hint } => {
            Said::new(format!("「{value}」は ISO 3166-1 の国コードではありません")).help(match hint
            {
                CountryHint::Uppercase(upper) => {
                    format!("国コードは大文字で書きます：「{upper}」")
                }
                CountryHint::UnitedKingdom => "英国の ISO コードは「GB」です".into(),
                CountryHint::None => {
                    "CN、JP、US のような ISO 3166-1 alpha-2 のコードを使ってください".into()
                }
            })
        }
        DayNotOfEdition { day } => {
            Said::new(format!("{day}日目という日はありません")).help("日は初日を1として数えます")
        }
        WeightOutOfRange { weight } => {
            Said::new(format!("重み {weight} は1から3の範囲にありません"))
                .help("1＝言及、2＝議論、3＝中心")
        }
        NegativeTotal { total } => Said::new(format!("総数 {total} が0を下回っています"))
            .help("総数は件数です。0以上を書いてください"),
        TotalBelowListed { total, listed: l } => Said::new(format!(
            "総数 {total} が、一覧にある{}より少なくなっています",
            listed(*l)
        ))
        .label("一覧にある数より少ない")
        .help(format!(
            "総数は一覧にあるかどうかにかかわらず全体を数えます。少なくとも{}です",
            number(l.n)
        )),
        TotalNotListed { total, listed: l } => Said::new(format!(
            "complete = true ですが、総数 {total} が一覧にある{}と一致しません",
            listed(*l)
        ))
        .label("一覧にある数と異なる")
        .help(format!(
            "total = {} とするか、一覧に漏れがあるなら complete = false としてください",
            l.n
        )),
        EndBeforeStart { start, end } => Said::new(format!(
            "終了日 {end} が開始日 {start} より前になっています"
        ))
        .label("回は始まる前に終わることはできません")
        .help("start と end を入れ替えるか、年を直してください"),
        YearNotStart {
            year,
            start,
            start_year,
        } => Said::new(format!(
            "year の {year} が開始日（{start}）の年と一致しません"
        ))
        .label("回の年は始まった年です")
        .help(format!(
            "`year = {start_year}` と書くか、start を直してください"
        )),
        DayPastEnd {
            day,
            last,
            start,
            end,
        } => Said::new(format!(
            "{day}日目は、この回の最終日（{last}日目）より後です"
        ))
        .label(format!("この回は {start} から {end} までの{last}日間です"))
        .help(format!(
            "日は初日（{start}）を1として数えます。日か end を直してください"
        )),
        DuplicateFigureKey { key } => Said::new(format!("数値のキー「{key}」が重複しています"))
            .label("数値はキーで回どうしを対応させます。キーは回ごとに一つです"),
        NoSources { entry } => Said::new(format!("{}に出典がありません", cited(entry))).help(
            "[[sources]] の項目を示す `sources = [\"…\"]` を書き加えてください。事実には\
             すべて出典を付けます",
        ),
        RedefinesSeriesEntry { kind, id } => Said::new(format!(
            "{}「{id}」は series.toml ですでに定義されています",
            entry(*kind)
        ))
        .label("回の中でシリーズの項目を定義し直すことはできません")
        .help(if *kind == Entry::Topic {
            "`label` を省くと、シリーズのトピックをこの回の重みで使えます"
        } else {
            "この項目を削除してください。シリーズの項目はすべての回で共有されます"
        }),
        DuplicateId {
            kind,
            id,
            first_line,
        } => Said::new(format!("{}の ID「{id}」が重複しています", entry(*kind)))
            .label("ここで再び使われています")
            .note(format!("最初の定義は{first_line}行目です"))
            .help("ID は種類ごとに一つだけです。どちらかの ID を変えてください"),
        UnknownRef { kind, id, near } => {
            let table = kind.table();
            Said::new(format!("{}「{id}」が見つかりません", entry(*kind)))
                .label(format!("この ID の {table} の項目はありません"))
                .help(match near {
                    Some(near) => did_you_mean(near),
                    None if *kind == Entry::Session => {
                        format!("この回の {table} の項目として定義してください")
                    }
                    None => format!("この回か series.toml の {table} の項目として定義してください"),
                })
        }
        TopicWithoutLabel { id, near } => Said::new(format!(
            "トピック「{id}」には label がなく、シリーズのトピックでもありません"
        ))
        .label("label のない [[topics]] の項目は、series.toml のトピックを使います")
        .help(match near {
            Some(near) => format!("もしかしてシリーズのトピック「{near}」ですか？"),
            None => "`label = …` を書き加えてこの回だけのトピックにするか、series.toml で\
                     定義してください"
                .into(),
        }),
        NamedDifferently {
            id,
            first,
            first_name,
            here_name,
        } => Said::new(format!("人物「{id}」の名前が {first} と異なります"))
            .note({
                let (first_name, here_name) = apart(first_name, here_name, "ja");
                format!("{first}：「{first_name}」、ここ：「{here_name}」")
            })
            .help("同じ ID は同じ人物です。名前を同じように書いてください"),
        DifferentUnit {
            key,
            first,
            first_unit,
            here_unit,
        } => {
            let (first_unit, here_unit) = units_apart(first_unit, here_unit, "ja");
            let shown = |u: Option<&str>| match u {
                Some(unit) => format!("「{unit}」"),
                None => "なし".into(),
            };
            Said::new(format!("数値「{key}」の単位が {first} と異なります"))
                .note(format!(
                    "{first}：{}、ここ：{}",
                    shown(first_unit),
                    shown(here_unit)
                ))
                .help("単位が異なる数値は、増減を示さずに表示します")
        }
    }
}
