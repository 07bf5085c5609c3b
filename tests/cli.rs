//! The command line as a user meets it: the built-in content, `check`, `list`, global
//! options on either side of the subcommand, and exit codes (0 fine, 1 content, 2 usage).

mod common;

use common::{confer, confer_in};
use confer::text::{Profile, display_width};

#[test]
fn check_of_the_built_in_content_is_clean() {
    for args in [
        &["check"][..],
        &["check", "--strict"],
        &["check", "content"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 0, "{args:?}:\n{}", run.stdout);
        let summary = run.stdout.lines().last().unwrap_or_default();
        assert!(
            summary.contains(": 2 series, 32 editions,")
                && summary.ends_with("; 0 errors, 0 warnings"),
            "{args:?}: {summary}"
        );
    }
}

#[test]
fn list_from_an_empty_folder_uses_the_built_in_content() {
    let dir = tempfile::tempdir().unwrap();
    let run = confer_in(dir.path(), &["list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("wic  World Internet Conference\n"),
        "{}",
        run.stdout
    );
    // The lead series first, then the IGF; the columns line up across both.
    let row = |id: &str| {
        run.stdout
            .lines()
            .find(|l| l.starts_with(&format!("  {id}  ")))
    };
    let (first, latest) = (row("wic/2014").unwrap(), row("wic/2025").unwrap());
    assert!(first.contains("19–21 Nov 2014 (3 days)"), "{first}");
    assert!(latest.contains("6–9 Nov 2025 (4 days)"), "{latest}");
    let label_at = |line: &str, label: &str| line.find(label).unwrap();
    assert_eq!(
        label_at(first, "2014 Wuzhen"),
        label_at(latest, "2025 Wuzhen")
    );
    let igf = run.stdout.find("igf  Internet Governance Forum\n").unwrap();
    assert!(igf > run.stdout.find("wic/2025").unwrap(), "{}", run.stdout);
    let kyoto = row("igf/2023").unwrap();
    assert_eq!(
        label_at(kyoto, "2023 Kyoto"),
        label_at(first, "2014 Wuzhen"),
        "{kyoto}"
    );
    // Without a terminal, no command lists too (the explorer needs one).
    assert_eq!(confer_in(dir.path(), &[]).stdout, run.stdout);
    let printed = confer_in(dir.path(), &["wic/2014", "wic/2025"]);
    assert_eq!(printed.code, 0);
    assert!(
        printed.stdout.starts_with("── Overview"),
        "editions named are printed: {}",
        printed.stdout
    );
}

#[test]
fn list_in_japanese_keeps_columns_aligned_by_display_width() {
    let run = confer(&["list", "--lang", "ja"]);
    assert_eq!(run.code, 0);
    let rows: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(rows.len(), 32, "{}", run.stdout);
    let place_column = |row: &str, place: &str| {
        display_width(&row[..row.find(place).unwrap()], &Profile::default())
    };
    assert_eq!(
        place_column(rows[0], "中国浙江省桐郷市烏鎮"),
        place_column(rows[11], "中国浙江省烏鎮"),
        "{}",
        run.stdout
    );
    assert!(rows[0].contains("2014 烏鎮"));
}

#[test]
fn a_series_never_seen_before_loads_and_lists() {
    let run = confer(&["check", "tests/fixtures/good"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("2 series, 2 editions, 8 entries, 2 sources; 0 errors, 0 warnings"),
        "{}",
        run.stdout
    );

    let list = confer(&["--content", "tests/fixtures/good", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(
        list.stdout.contains("netmundial  NETmundial\n"),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout
            .contains("netmundial/2014  23–24 Apr 2014 (2 days)"),
        "{}",
        list.stdout
    );
    assert!(list.stdout.contains("wic-lite/2015"), "{}", list.stdout);
}

#[test]
fn global_options_work_before_and_after_the_subcommand_and_from_the_environment() {
    let before = confer(&["--content", "tests/fixtures/good", "--lang", "ja", "list"]);
    let after = confer(&["list", "--lang", "ja", "--content", "tests/fixtures/good"]);
    assert_eq!(before.code, 0);
    assert_eq!(before.stdout, after.stdout);
    assert!(before.stdout.contains("サンパウロ"), "{}", before.stdout);

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .arg("list")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CONFER_CONTENT", "tests/fixtures/good")
        .env("CONFER_LANG", "ja")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), before.stdout);
}

#[test]
fn warnings_pass_unless_strict() {
    let run = confer(&["check", "tests/fixtures/warnings"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    for (warning, position) in [
        ("ignored 'notes.txt': not a .toml file", "conf/notes.txt"),
        (
            "string holds control characters or bidirectional overrides",
            "conf/2021.toml:4:8",
        ),
        (
            "figure 'people' has a different unit in conf/2020",
            "conf/2021.toml:10:1",
        ),
        (
            "person 'ann' is named differently in conf/2020",
            "conf/2021.toml:17:1",
        ),
        (
            "timeline event of 2021-01 has no sources",
            "conf/2021.toml:22:1",
        ),
    ] {
        let at = run
            .stdout
            .find(&format!("warning: {warning}"))
            .unwrap_or_else(|| panic!("{warning}:\n{}", run.stdout));
        let arrow = run.stdout[at..].lines().nth(1).unwrap_or_default();
        assert!(
            arrow.ends_with(&format!("tests/fixtures/warnings/{position}")),
            "{warning}: {arrow}"
        );
    }
    assert!(
        run.stdout.contains("; 0 errors, 5 warnings"),
        "{}",
        run.stdout
    );

    let strict = confer(&["check", "--strict", "tests/fixtures/warnings"]);
    assert_eq!(strict.code, 1);
    assert!(
        strict.stdout.contains("; 5 errors, 0 warnings"),
        "{}",
        strict.stdout
    );
}

#[test]
fn content_with_warnings_still_lists_and_says_so() {
    let run = confer(&["--content", "tests/fixtures/warnings", "list"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("conf/2021"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Conf 2021␛[31m"),
        "the escape is shown, not sent: {:?}",
        run.stdout
    );
    // `list` reads the series files and each edition's [edition] table, not the editions
    // whole: of the five warnings `check` finds, it sees the file it ignored and the escape
    // in a name it lists.
    assert!(
        run.stderr
            .contains("the content has 2 warnings; `confer check` shows them"),
        "{}",
        run.stderr
    );
}

#[test]
fn content_errors_stop_list_with_exit_1() {
    let run = confer(&["--content", "tests/fixtures/bad/unknown-key", "list"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .contains("error: unknown key 'lable' in [edition]"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--lang", "fr", "list"][..],
        &["frobnicate"],
        &["check", "--strictly"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("error:"), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn help_and_version() {
    let version = confer(&["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.stdout.trim(),
        format!("confer {}", env!("CARGO_PKG_VERSION"))
    );
    for args in [&["--help"][..], &["check", "--help"], &["list", "--help"]] {
        let run = confer(args);
        assert_eq!(run.code, 0, "{args:?}");
        assert!(
            run.stdout.contains("Usage: confer"),
            "{args:?}: {}",
            run.stdout
        );
    }
    assert!(confer(&["check", "--help"]).stdout.contains("--strict"));
}

#[test]
fn the_format_copy_in_docs_matches_the_shared_contract() {
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/content-format.md");
    // CI and developers have shared/ beside the repository; a lone clone has only the copy.
    let Ok(contract) = std::fs::read_to_string(shared) else {
        return;
    };
    let copy = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/content-format.md"
    ))
    .unwrap();
    let copy = copy
        .split_once("-->\n\n")
        .map_or(copy.as_str(), |(_, rest)| rest);
    assert_eq!(
        copy, contract,
        "docs/content-format.md has drifted from shared/content-format.md"
    );
}

#[test]
fn an_empty_or_wrong_environment_variable_is_not_a_usage_error() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .arg("list")
        .env("CONFER_CONTENT", "")
        .env("CONFER_LANG", "fr")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("wic/2014"),
        "the built-in content: {stdout}"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("ignoring CONFER_LANG=\"fr\": expected ja or en"),
        "{stderr}"
    );
}

#[test]
fn ambiguous_width_2_pads_for_a_double_width_terminal() {
    let run = |width: &str| {
        confer(&[
            "--content",
            "tests/fixtures/ambiguous",
            "list",
            "--ambiguous-width",
            width,
        ])
    };
    let narrow = run("1");
    let wide = run("2");
    assert_eq!(narrow.code, 0, "{}", narrow.stderr);
    assert!(
        narrow.stdout.contains("①②·x  PLACE") && narrow.stdout.contains("abcd  PLACE"),
        "{}",
        narrow.stdout
    );
    // ①, ② and · take two columns each there: "abcd" needs three more spaces to match.
    assert!(
        wide.stdout.contains("①②·x  PLACE") && wide.stdout.contains("abcd     PLACE"),
        "{}",
        wide.stdout
    );
    assert_eq!(confer(&["list", "--ambiguous-width", "3"]).code, 2);
}

#[test]
fn settings_come_from_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let with_config = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("CONFER_CONFIG", &config)
            .env_remove("CONFER_LANG")
            .env_remove("CONFER_CONTENT")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    };
    std::fs::write(
        &config,
        "lang = \"ja\"\ncontent = \"tests/fixtures/good\"\n",
    )
    .unwrap();
    let out = with_config(&["list"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("サンパウロ"));
    let flag_wins = with_config(&["list", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&flag_wins.stdout).contains("São Paulo"));
}

/// Runs confer with this config file (a fixture in tests/fixtures/config/).
fn with_config_fixture(name: &str, args: &[&str]) -> common::Run {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CONFER_CONFIG", format!("tests/fixtures/config/{name}"))
        .env_remove("CONFER_LANG")
        .env_remove("CONFER_CONTENT")
        .env("LANG", "C.UTF-8")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    common::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Keys refused in `[keys]` are said in the language the file chose: why, and what to
/// write instead, with no English of the key map's own left in them.
#[test]
fn refused_keys_are_said_in_the_files_language() {
    let run = with_config_fixture("keys-ja.toml", &["list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for said in [
        "設定：[keys] の「swpa」というコマンドはありません。",
        "ヒント: もしかして「swap」ですか？",
        "設定：「Enterr」はキーではありません。",
        "設定：Ctrl-C は常に confer を終了します。",
    ] {
        assert!(run.stderr.contains(said), "{said} in:\n{}", run.stderr);
    }
    for english in [
        "unknown command",
        "did you mean",
        "is not a key",
        "always quits",
        "bind another key",
        "warning",
        "help:",
    ] {
        assert!(
            !run.stderr.contains(english),
            "{english} in:\n{}",
            run.stderr
        );
    }
}

/// A config file never locks its reader out: every problem is a warning at its place, the
/// setting is ignored, the rest applies.
#[test]
fn config_problems_are_warnings_at_their_place_all_at_once() {
    let bad = with_config_fixture("bad-value.toml", &["list"]);
    assert_eq!(bad.code, 0, "{}", bad.stderr);
    assert!(
        bad.stdout.contains("世界インターネット大会"),
        "lang = ja still applies"
    );
    // Said in Japanese, the language the file chose, down to the word "warning".
    assert!(
        bad.stderr.contains(
            "警告: 設定：「theme」に指定できるのは\"dark\"、\"light\"、\"mono\"、\"projector\" のいずれかです。"
        ),
        "{}",
        bad.stderr
    );
    assert!(bad.stderr.contains("bad-value.toml:2:9"), "{}", bad.stderr);

    let unknown = with_config_fixture("unknown-key.toml", &["list"]);
    assert_eq!(unknown.code, 0);
    assert!(
        unknown.stderr.contains("「colour」という設定はない"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("unknown-key.toml:2:1"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("ヒント: 「color」のことですか"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("^^^^^^"),
        "a caret under the key:\n{}",
        unknown.stderr
    );

    let several = with_config_fixture("several.toml", &["list"]);
    assert_eq!(several.code, 0);
    let places: Vec<&str> = several
        .stderr
        .lines()
        .filter(|l| l.contains("--> "))
        .collect();
    assert_eq!(
        places.len(),
        4,
        "every problem in one run:\n{}",
        several.stderr
    );
    for at in [
        "several.toml:1:8",
        "several.toml:2:1",
        "several.toml:4:9",
        "several.toml:7:8",
    ] {
        assert!(several.stderr.contains(at), "{at} in:\n{}", several.stderr);
    }
}

#[test]
fn a_missing_content_folder_named_in_the_config_says_the_config_file() {
    for args in [&["list"][..], &["check"]] {
        let run = with_config_fixture("missing-content.toml", args);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(
            run.stderr
                .contains("content folder '/nonexistent/confer-content' does not exist")
                && run
                    .stderr
                    .contains("named by `content` in tests/fixtures/config/missing-content.toml"),
            "{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("--content or CONFER_CONTENT"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn hostile_content_reaches_the_terminal_only_as_visible_characters() {
    for args in [
        &["--content", "tests/fixtures/hostile", "list"][..],
        &["check", "tests/fixtures/hostile", "--color", "never"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 0, "{args:?}: {}{}", run.stdout, run.stderr);
        let forbidden = |c: char| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        };
        let bad: Vec<char> = run
            .stdout
            .chars()
            .chain(run.stderr.chars())
            .filter(|&c| forbidden(c))
            .collect();
        assert!(bad.is_empty(), "{args:?} wrote {bad:?}");
    }
    let list = confer(&["--content", "tests/fixtures/hostile", "list"]);
    assert!(
        list.stdout.contains("Evil ␛]0;pwned-title␇Series"),
        "{}",
        list.stdout
    );
}

#[test]
fn print_compares_the_first_and_last_editions_by_default() {
    let run = confer(&["print", "--width", "100", "--section", "figures"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("── Figures ──"), "{}", run.stdout);
    assert!(run.stdout.contains("over 1,600 people"), "{}", run.stdout);
    assert!(
        run.stdout.contains("a rise of over 600 (over 60%)"),
        "about 1,000 → over 1,600 is a bound:\n{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains('\u{1b}'),
        "no colour when not a terminal"
    );
    assert!(
        !run.stdout.contains("── Overview"),
        "only the section asked for"
    );
    let same = confer(&[
        "print",
        "wic/2014",
        "wic/2025",
        "--width",
        "100",
        "--section",
        "figures",
    ]);
    assert_eq!(same.stdout, run.stdout);
}

#[test]
fn print_sections_repeat_and_colour_can_be_forced() {
    let run = confer(&[
        "print",
        "--section",
        "topics",
        "--section",
        "notes",
        "--color",
        "always",
        "--width",
        "80",
    ]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("\u{1b}[1m── Topics"),
        "{:?}",
        &run.stdout[..80]
    );
    assert!(run.stdout.contains("── Notes"));
    let no_color = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args(["print", "--section", "topics", "--color", "auto"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\u{1b}'));
}

#[test]
fn print_markdown_is_a_handout() {
    let run = confer(&[
        "print",
        "--format",
        "markdown",
        "--lang",
        "ja",
        "--section",
        "figures",
    ]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("# 世界インターネット大会：2014 烏鎮 / 2025 烏鎮\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| 2014 烏鎮 | 2025 烏鎮 |\n| --- | --- |\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("**1,600人超**"), "{}", run.stdout);
}

#[test]
fn print_refuses_unknown_editions_and_silly_widths_with_exit_2() {
    let run = confer(&["print", "2005"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error: no edition '2005'; the editions are: wic/2014, wic/2015,"),
        "{}",
        run.stderr
    );
    let ambiguous = confer(&[
        "--content",
        "tests/fixtures/good",
        "print",
        "netmundial/2014",
        "nosuch/2015",
    ]);
    assert_eq!(ambiguous.code, 2);
    assert_eq!(confer(&["print", "--width", "5"]).code, 2);
    assert_eq!(confer(&["print", "--section", "gossip"]).code, 2);
    assert_eq!(confer(&["print", "a", "b", "c"]).code, 2);
}

#[test]
fn print_below_60_columns_stacks_the_editions() {
    let run = confer(&["print", "--width", "50", "--section", "figures"]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains('│'));
    let left = run.stdout.find("\n2014 Wuzhen\n").unwrap();
    let right = run.stdout.find("\n2025 Wuzhen\n").unwrap();
    assert!(left < right, "{}", run.stdout);
}

/// Options that do nothing for a command are accepted there but kept out of its help;
/// `--section programme` is the British spelling of `program`.
#[test]
fn help_shows_only_what_applies_and_programme_is_a_section() {
    for command in ["print", "list", "check"] {
        let help = confer(&[command, "--help"]).stdout;
        assert!(
            !help.contains("--theme") && !help.contains("--watch"),
            "{command}:\n{help}"
        );
        assert!(help.contains("--lang"), "global options stay: {help}");
    }
    let present = confer(&["present", "--help"]).stdout;
    assert!(present.contains("--theme") && present.contains("--watch"));
    let run = confer(&[
        "print",
        "--theme",
        "light",
        "--section",
        "programme",
        "--width",
        "80",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("── Programme"), "{}", run.stdout);
}

/// `confer` alone skips building the parser (a tenth of the start): what it uses instead
/// must be what the parser would have made of no arguments.
#[test]
fn no_arguments_is_what_the_parser_makes_of_none() {
    use clap::Parser;
    let parsed = confer::cli::Cli::parse_from(["confer"]);
    assert_eq!(
        format!("{parsed:?}"),
        format!("{:?}", confer::cli::Cli::default())
    );
}

/// `--theme projector` stands before or after a command like the other global options, and
/// the help names it with what it is for.
#[test]
fn the_projector_theme_is_accepted_anywhere_and_in_the_help() {
    for args in [
        &["--theme", "projector", "list"][..],
        &["list", "--theme", "projector"],
        &["--theme", "projector", "print", "--width", "80"],
        &["print", "--width", "80", "--theme=projector"],
    ] {
        let run = confer(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    }
    for help in [
        confer(&["--help"]).stdout,
        confer(&["present", "--help"]).stdout,
    ] {
        assert!(help.contains("- projector: For a seminar room"), "{help}");
    }
    let wrong = confer(&["--theme", "projecter", "list"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("projector"), "{}", wrong.stderr);
}

/// `confer --help` says how to move in what `confer` opens: the explorer's keys and the
/// slides', as the key table has them; `present --help` the slides'; `-h` stays short.
#[test]
fn help_lists_the_keys_of_the_explorer_and_of_the_slides() {
    use confer::tui::keymap::{KeyMap, KeyMode};
    let help = confer(&["--help"]).stdout;
    let keys = &help[help.find("Keys.").expect("a Keys part")..];
    // A row: its keys at the start of the line (then padding), what they do at its end.
    let row = |keys: &str, words: &str| (format!("  {keys} "), words.to_string());
    let has = |text: &str, (start, words): (String, String)| {
        text.lines()
            .any(|line| line.starts_with(&start) && line.trim_end().ends_with(&words))
    };
    let map = KeyMap::default();
    for (mode, heading) in [
        (KeyMode::Browse, "The explorer:"),
        (KeyMode::Slides, "The slides:"),
    ] {
        assert!(keys.contains(heading), "{heading}\n{keys}");
        for (k, words) in map.help(mode, confer::i18n::Lang::En) {
            assert!(has(keys, row(&k, words)), "{mode:?}: {k} {words}\n{keys}");
        }
    }
    for (k, words) in [
        ("j ↓", "next entry"),
        ("/", "search (a name in any language)"),
        ("→ Space PgDn l j ↓", "next slide"),
    ] {
        assert!(has(keys, row(k, words)), "{k}\n{keys}");
    }
    let present = confer(&["present", "--help"]).stdout;
    assert!(
        has(&present, row("b", "blank the screen, and back")),
        "{present}"
    );
    assert!(!present.contains("next section"), "{present}");
    let short = confer(&["-h"]).stdout;
    assert!(!short.contains("Keys."), "{short}");
}
