//! confer's messages beyond the command line's own (export's options, `confer new`, a
//! deck's check, CONFER_LANG, the terminal) in Japanese under `--lang ja`, and in English
//! exactly as before.

mod common;

use common::{confer, confer_env};
use confer::i18n::Lang;

/// The one line of standard error that starts with `start`.
fn line<'a>(stderr: &'a str, start: &str) -> &'a str {
    stderr
        .lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line starting {start:?} in:\n{stderr}"))
}

/// No run of English words: what an untranslated sentence would bring.
fn is_japanese(text: &str) -> bool {
    let english = [" the ", " is ", " for ", " with ", " not ", " a ", "error:"];
    text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))
        && !english.iter().any(|w| text.contains(w))
}

#[test]
fn exports_options_that_do_not_go_together_are_said_in_japanese() {
    let cases: [&[&str]; 3] = [
        &["export", "--format", "csv"],
        &["export", "--format", "json", "--out", "/nonexistent/x"],
        &["export", "--format", "json", "--bom"],
    ];
    for args in cases {
        let ja = confer(&[&["--lang", "ja"], args].concat());
        assert_eq!(ja.code, 2, "{args:?}");
        let said = line(&ja.stderr, "エラー：");
        assert!(is_japanese(said), "{args:?}: {said}");
        let en = confer(&[&["--lang", "en"], args].concat());
        assert_eq!(en.code, 2, "{args:?}");
        assert!(
            en.stderr.starts_with("error: --"),
            "{args:?}: {}",
            en.stderr
        );
    }
    let en = confer(&["--lang", "en", "export", "--format", "csv"]);
    assert_eq!(
        en.stderr,
        "error: --format csv writes a file per table: name their folder with --out DIR\n"
    );
}

#[test]
fn new_into_an_edition_that_exists_is_refused_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().to_str().unwrap();
    std::fs::create_dir(dir.path().join("wic2")).unwrap();
    std::fs::write(dir.path().join("wic2").join("2030.toml"), "# mine\n").unwrap();
    let ja = confer(&["--lang", "ja", "--content", content, "new", "wic2/2030"]);
    assert_eq!(ja.code, 1, "{}", ja.stderr);
    let said = line(&ja.stderr, "エラー：");
    assert!(said.contains("2030.toml」はすでにあります"), "{said}");
    assert!(is_japanese(said), "{said}");
    let en = confer(&["--lang", "en", "--content", content, "new", "wic2/2030"]);
    let said = line(&en.stderr, "error: ");
    assert!(
        said.ends_with(
            "2030.toml' already exists; confer new never overwrites a file (edit it, or choose another stem)"
        ),
        "{said}"
    );
}

#[test]
fn a_decks_check_summary_is_japanese() {
    let deck = "tests/fixtures/talks/bad/unknown-edition.toml";
    let ja = confer(&["--lang", "ja", "check", deck]);
    assert_eq!(ja.code, 1, "{}", ja.stderr);
    let summary = ja.stdout.lines().last().unwrap_or_default();
    assert!(
        summary.contains("組み込みのコンテンツに照らして検査しました")
            && summary.contains("エラー1件、警告0件。"),
        "{summary}"
    );
    assert!(is_japanese(summary), "{summary}");
    let en = confer(&["--lang", "en", "check", deck]);
    let summary = en.stdout.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with(&format!("checked {deck}: 1 slide, ")),
        "{summary}"
    );
    assert!(
        summary.ends_with(", against the built-in content; 1 error, 0 warnings"),
        "{summary}"
    );
}

#[test]
fn an_unknown_confer_lang_is_said_in_the_language_chosen() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let ja = confer_env(here, &["--lang", "ja", "list"], &[("CONFER_LANG", "fr")]);
    let said = line(&ja.stderr, "confer: ");
    assert!(
        said.contains("CONFER_LANG=\"fr\"") && is_japanese(said),
        "{said}"
    );
    let en = confer_env(here, &["--lang", "en", "list"], &[("CONFER_LANG", "fr")]);
    assert_eq!(
        line(&en.stderr, "confer: "),
        "confer: ignoring CONFER_LANG=\"fr\": expected ja or en"
    );
}

#[test]
fn the_terminal_failing_is_said_in_japanese() {
    let why = || std::io::Error::other("os said no");
    let open = confer::tui::ExploreError::Open(why());
    assert_eq!(open.said(Lang::Ja), "端末を開けません：os said no");
    assert_eq!(open.to_string(), "cannot open the terminal: os said no");
    let run = confer::tui::ExploreError::Run(why());
    assert!(is_japanese(&run.said(Lang::Ja)));
    assert_eq!(run.to_string(), "terminal error: os said no");
}

#[test]
fn a_refused_size_or_target_says_why_in_japanese() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["present", "--export", "markdown", "--size", "5x5"],
            "小さすぎます",
        ),
        (
            &["present", "--export", "markdown", "--size", "wide"],
            "桁数x行数",
        ),
        (&["new", "WIC/2030"], "「WIC」は ID として使えません"),
        (&["new", "wic"], "SERIES/STEM の形"),
    ];
    for (args, why) in cases {
        let ja = confer(&[&["--lang", "ja"], args].concat());
        assert_eq!(ja.code, 2, "{args:?}");
        assert!(ja.stderr.contains(why), "{args:?}:\n{}", ja.stderr);
        assert!(is_japanese(&ja.stderr), "{args:?}:\n{}", ja.stderr);
    }
    let en = confer(&[
        "--lang", "en", "present", "--export", "markdown", "--size", "5x5",
    ]);
    assert!(
        en.stderr.starts_with(
            "error: invalid value '5x5' for '--size <COLSxROWS>': 5x5 is too small: at least 40x12\n"
        ),
        "{}",
        en.stderr
    );
}

#[test]
fn the_config_files_problems_are_said_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "colour = \"x\"\ntheme = 3\n").unwrap();
    let config = file.to_str().unwrap();
    let vars = [("CONFER_CONFIG", config)];
    // Chosen on the command line, and by the file itself.
    for (args, file_lang) in [
        (&["--lang", "ja", "list"][..], ""),
        (&["list"], "lang = \"ja\"\n"),
    ] {
        std::fs::write(&file, format!("{file_lang}colour = \"x\"\ntheme = 3\n")).unwrap();
        let ja = confer_env(
            dir.path(),
            args,
            &[("CONFER_CONFIG", config), ("LANG", "C")],
        );
        assert!(
            ja.stderr.contains("設定：「colour」という設定はないため"),
            "{}",
            ja.stderr
        );
        assert!(
            ja.stderr.contains("「theme」に指定できるのは"),
            "{}",
            ja.stderr
        );
        assert!(!ja.stderr.contains("config:"), "{}", ja.stderr);
    }
    std::fs::write(&file, "colour = \"x\"\n").unwrap();
    let en = confer_env(dir.path(), &["--lang", "en", "list"], &vars);
    assert!(
        en.stderr
            .starts_with("warning: config: unknown setting 'colour', ignored\n"),
        "{}",
        en.stderr
    );
    assert!(
        en.stderr.contains("= help: did you mean 'color'?"),
        "{}",
        en.stderr
    );
}
