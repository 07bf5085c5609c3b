//! The command line in Japanese: `--help`, the usage errors, confer's own errors and the
//! `check` summary under `--lang ja` (or CONFER_LANG, or a Japanese locale), and the same in
//! English exactly as before.

mod common;

use common::{confer, confer_env};

/// The English of the catalogue that a Japanese page must not hold, and common English
/// words that only an untranslated sentence would bring.
fn english_in(text: &str) -> Vec<String> {
    let en = confer::i18n::Lang::En.words().cli.plain_words();
    let ja = confer::i18n::Lang::Ja.words().cli.plain_words();
    let mut found: Vec<String> = en
        .into_iter()
        .filter(|word| word.len() >= 5 && !ja.contains(word) && text.contains(word))
        .map(str::to_string)
        .collect();
    for word in [
        " the ",
        " of ",
        " and ",
        " for ",
        " with ",
        " or ",
        "Usage",
        "Options",
        "Print ",
        "[default",
        "possible values",
        "error:",
        "For more",
    ] {
        if text.contains(word) {
            found.push(word.to_string());
        }
    }
    found
}

#[test]
fn help_is_japanese_under_lang_ja_before_or_after_the_command() {
    for args in [
        &["--lang", "ja", "--help"][..],
        &["--lang=ja", "-h"],
        &["print", "--help", "--lang", "ja"],
        &["present", "--lang", "ja", "--help"],
        &["check", "-h", "--lang=ja"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let help = run.stdout;
        assert!(help.contains("使い方：confer"), "{args:?}:\n{help}");
        assert!(help.contains("オプション："), "{args:?}:\n{help}");
        assert!(help.contains("ヘルプを表示"), "{args:?}:\n{help}");
        assert_eq!(english_in(&help), Vec::<String>::new(), "{args:?}:\n{help}");
    }
    let root = confer(&["--lang", "ja", "--help"]).stdout;
    // Folded to 100 columns (clap's width off a terminal), though Japanese has no spaces.
    let profile = confer::text::Profile::default();
    for line in root.lines() {
        assert!(
            confer::text::display_width(line, &profile) <= 100,
            "wider than 100 columns: {line}"
        );
    }
    assert!(root.contains("コマンド：\n  check"), "{root}");
    assert!(root.contains("二つの回の比較をテキスト"), "{root}");
    // The keys, in the words of the explorer's own `?` list.
    assert!(root.contains("閲覧画面：\n"), "{root}");
    assert!(root.contains("スライドで発表"), "{root}");
    assert!(root.contains("- projector：講義室向け"), "{root}");
    let print = confer(&["print", "--help", "--lang", "ja"]).stdout;
    assert!(print.contains("--width <WIDTH>"), "{print}");
    assert!(print.contains("出力の形式（既定：text）"), "{print}");
}

#[test]
fn the_locale_and_confer_lang_choose_the_help_as_they_choose_the_interface() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for vars in [
        &[("LANG", "ja_JP.UTF-8")][..],
        &[("CONFER_LANG", "ja")],
        &[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")],
    ] {
        let help = confer_env(here, &["print", "-h"], vars).stdout;
        assert!(help.contains("使い方：confer print"), "{vars:?}:\n{help}");
    }
    // `--lang` wins over the locale, in both directions.
    let en = confer_env(here, &["-h", "--lang", "en"], &[("LANG", "ja_JP.UTF-8")]).stdout;
    assert!(en.starts_with("Compare editions"), "{en}");
}

#[test]
fn usage_errors_are_japanese_with_their_hints_and_exit_2() {
    let typo = confer(&["print", "--frmat", "markdown", "--lang", "ja"]);
    assert_eq!(typo.code, 2);
    assert_eq!(
        typo.stderr,
        "エラー：「--frmat」という引数はありません。\n  もしかして「--format」ですか。\n\n\
         使い方：confer print [オプション] [EDITION]...\n\n\
         詳しくは「--help」を付けて実行してください。\n"
    );
    let width = confer(&["--lang", "ja", "print", "--width", "5"]);
    assert_eq!(width.code, 2);
    assert!(
        width
            .stderr
            .starts_with("エラー：「--width <WIDTH>」に「5」は指定できません。\n"),
        "{}",
        width.stderr
    );
    assert!(width.stderr.contains("20～1000"), "{}", width.stderr);
    let value = confer(&["--lang", "ja", "print", "--format", "pdf"]);
    assert_eq!(value.code, 2);
    assert!(
        value.stderr.contains("指定できる値：text、markdown"),
        "{}",
        value.stderr
    );
    let missing = confer(&["--lang", "ja", "schema"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .starts_with("エラー：次の引数が必要です：<KIND>"),
        "{}",
        missing.stderr
    );
    // An option where a value was meant: how to pass it as one, as clap says in English.
    let dashed = confer(&["--lang", "ja", "print", "--x"]);
    assert_eq!(dashed.code, 2);
    assert!(
        dashed
            .stderr
            .contains("「--x」を値として渡すには「-- --x」と書いてください。"),
        "{}",
        dashed.stderr
    );
    let conflict = confer(&[
        "--lang",
        "ja",
        "present",
        "--presenter",
        "--export",
        "markdown",
    ]);
    assert_eq!(conflict.code, 2);
    assert!(
        conflict.stderr.contains("は同時には指定できません。"),
        "{}",
        conflict.stderr
    );
    for run in [typo, width, value, missing, dashed, conflict] {
        assert_eq!(
            english_in(&run.stderr),
            Vec::<String>::new(),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_unknown_edition_is_said_in_japanese_with_the_editions_there_are() {
    let run = confer(&["--lang", "ja", "print", "2005"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with(
            "エラー：「2005」という回はありません。回は次のとおりです：wic/2014、wic/2015、"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(english_in(&run.stderr), Vec::<String>::new());
}

#[test]
fn the_check_summary_counts_in_japanese() {
    let clean = confer(&["--lang", "ja", "check"]);
    assert_eq!(clean.code, 0);
    let last = clean.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("組み込みのコンテンツを検査しました（2シリーズ、32回分、項目"),
        "{last}"
    );
    assert!(last.ends_with("エラー0件、警告0件。"), "{last}");
    let missing = confer(&["--lang", "ja", "check", "tests/fixtures/not-there"]);
    assert_eq!(missing.code, 1);
    let last = missing.stdout.lines().last().unwrap_or_default();
    assert_eq!(
        last,
        "「tests/fixtures/not-there」を検査しました（0シリーズ、0回分、項目0件、出典0件）。\
         エラー1件、警告0件。"
    );
}

/// The English of every one of those, byte for byte as it was before the catalogue.
#[test]
fn english_is_unchanged() {
    let runs = [
        ("help_root", vec!["--help"]),
        ("help_root_short", vec!["-h"]),
        ("help_print", vec!["print", "--help", "--lang", "en"]),
        ("usage_error", vec!["print", "--frmat", "markdown"]),
        ("usage_width", vec!["print", "--width", "5"]),
        ("unknown_edition", vec!["--lang", "en", "print", "2005"]),
        ("check_missing", vec!["check", "tests/fixtures/not-there"]),
    ];
    for (name, args) in runs {
        let run = confer(&args);
        let shown = format!(
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            run.code, run.stdout, run.stderr
        );
        insta::assert_snapshot!(name, shown);
    }
    let check = confer(&["check"]).stdout;
    assert!(
        check.ends_with("; 0 errors, 0 warnings\n") && check.starts_with("checked the built-in"),
        "{check}"
    );
}
