//! Problems in content and in decks are said in the reader's language: under `--lang ja`
//! nothing of the English of the problem table is left in them, under `--lang en` nothing
//! of its Japanese, for every bad fixture (content folders, files and decks); and a few
//! typical problems pinned in Japanese.

mod common;

use std::path::Path;

use common::confer;
use confer::i18n::Lang;

/// The sources of each language's problem words: what a leak would be made of.
const ENGLISH: &[&str] = &[
    include_str!("../crates/confer-content/src/diagnostic/english.rs"),
    include_str!("../src/i18n/en/deck.rs"),
];
const JAPANESE: &[&str] = &[
    include_str!("../src/i18n/ja/diagnostics.rs"),
    include_str!("../src/i18n/ja/deck.rs"),
];

/// The string literals of Rust source (comments left out), each cut at its placeholders
/// (`{…}`): the fixed parts of every word and sentence.
fn fixed_parts(source: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for line_start in source.lines().map(str::trim_start) {
        if line_start.starts_with("//") {
            continue;
        }
        let mut chars = line_start.chars().peekable();
        let mut inside: Option<String> = None;
        while let Some(c) = chars.next() {
            match (&mut inside, c) {
                (None, '"') => inside = Some(String::new()),
                (None, '/') if chars.peek() == Some(&'/') => break,
                (None, _) => {}
                (Some(s), '\\') => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some(other) => s.push(other),
                    None => {} // A string going on on the next line: cut here.
                },
                (Some(s), '"') => {
                    parts.push(std::mem::take(s));
                    inside = None;
                }
                (Some(s), c) => s.push(c),
            }
        }
        if let Some(s) = inside {
            parts.push(s);
        }
    }
    parts
        .iter()
        .flat_map(|literal| {
            // Cut at every placeholder.
            let mut out = vec![String::new()];
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        out.push(String::new());
                    }
                    '}' if depth > 0 => depth -= 1,
                    _ if depth > 0 => {}
                    c => out.last_mut().unwrap().push(c),
                }
            }
            out
        })
        .collect()
}

/// English long enough to mean something: two words or more, twelve characters or more.
fn english_words() -> Vec<String> {
    let mut words: Vec<String> = ENGLISH
        .iter()
        .flat_map(|source| fixed_parts(source))
        .map(|part| {
            part.trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .filter(|part| {
            part.len() >= 12
                && part
                    .split(' ')
                    .filter(|w| w.len() >= 3 && w.chars().all(char::is_alphabetic))
                    .count()
                    >= 2
        })
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Japanese sentences, not names: four characters or more, with hiragana in them.
fn japanese_words() -> Vec<String> {
    let mut words: Vec<String> = JAPANESE
        .iter()
        .flat_map(|source| fixed_parts(source))
        .map(|part| {
            part.trim_matches(|c: char| c.is_ascii() || c.is_whitespace())
                .to_string()
        })
        .filter(|part| {
            part.chars().count() >= 4
                && part.chars().any(|c| ('\u{3041}'..='\u{309f}').contains(&c))
        })
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Every bad fixture, as `confer check` is given it: content folders and deck files.
fn bad_fixtures() -> Vec<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sorted = |dir: &str| {
        let mut paths: Vec<String> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
        paths.sort();
        paths
    };
    let mut runs: Vec<Vec<String>> = Vec::new();
    let folders = [
        "tests/fixtures/bad",
        "tests/fixtures/hostile",
        "tests/fixtures/warnings",
    ];
    for folder in folders
        .iter()
        .map(|f| f.to_string())
        .chain(sorted("tests/fixtures/bad"))
    {
        runs.push(vec!["check".into(), "--content".into(), folder]);
    }
    for deck in sorted("tests/fixtures/talks/bad") {
        runs.push(vec!["check".into(), deck]);
    }
    // A folder that is not there.
    runs.push(vec!["check".into(), "tests/fixtures/no-such-folder".into()]);
    runs
}

fn check_in(lang: &str, args: &[String]) -> String {
    let mut all: Vec<&str> = vec!["--lang", lang];
    all.extend(args.iter().map(String::as_str));
    let run = confer(&all);
    run.stdout + &run.stderr
}

#[test]
fn no_problem_of_a_bad_fixture_is_said_in_english_under_japanese() {
    let english = english_words();
    assert!(english.len() > 80, "the table's English: {}", english.len());
    assert!(
        english.iter().any(|w| w == "is not a valid id"),
        "{english:?}"
    );
    for args in bad_fixtures() {
        let out = check_in("ja", &args);
        assert!(
            out.contains("エラー: ") || out.contains("警告: "),
            "{args:?} finds a problem:\n{out}"
        );
        let leaks: Vec<&String> = english
            .iter()
            .filter(|w| out.contains(w.as_str()))
            .collect();
        assert!(leaks.is_empty(), "{args:?}: English {leaks:?} in:\n{out}");
        for word in ["error:", "warning:", "= help:", "= note:", "and 1 more"] {
            assert!(!out.contains(word), "{args:?}: {word:?} in:\n{out}");
        }
    }
}

#[test]
fn no_problem_of_a_bad_fixture_is_said_in_japanese_under_english() {
    let japanese = japanese_words();
    assert!(
        japanese.len() > 80,
        "the table's Japanese: {}",
        japanese.len()
    );
    for args in bad_fixtures() {
        let out = check_in("en", &args);
        assert!(
            out.contains("error: ") || out.contains("warning: "),
            "{args:?} finds a problem:\n{out}"
        );
        let leaks: Vec<&String> = japanese
            .iter()
            .filter(|w| out.contains(w.as_str()))
            .collect();
        assert!(leaks.is_empty(), "{args:?}: Japanese {leaks:?} in:\n{out}");
        for word in ["エラー", "警告", "ヒント", "補足"] {
            assert!(!out.contains(word), "{args:?}: {word:?} in:\n{out}");
        }
    }
}

/// Past the cap, the problems not shown are counted in the reader's language.
#[test]
fn the_count_past_the_cap_is_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("test");
    std::fs::create_dir(&series).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/unknown-key/test");
    std::fs::copy(fixture.join("series.toml"), series.join("series.toml")).unwrap();
    let mut edition = std::fs::read_to_string(fixture.join("2014.toml")).unwrap();
    for n in 0..250 {
        edition.push_str(&format!("lable{n} = 1\n"));
    }
    std::fs::write(series.join("2014.toml"), edition).unwrap();
    let folder = dir.path().to_string_lossy().to_string();
    let out = check_in("ja", &["check".into(), "--content".into(), folder]);
    assert!(
        out.contains("ほかにエラー51件があります"),
        "{}",
        &out[out.len().saturating_sub(600)..]
    );
    assert!(!out.contains("more error"), "{out}");
}

/// Typical problems as a Japanese reader sees them, pinned.
#[test]
fn typical_problems_in_japanese() {
    for (name, folder) in [
        ("unknown_key", "unknown-key"),
        ("wrong_type", "wrong-type"),
        ("missing_key", "missing-key"),
        ("unknown_id", "dangling-ref"),
        ("duplicate_id", "duplicate-id"),
        ("toml_syntax", "syntax"),
        ("unreadable_file", "symlink-loop"),
    ] {
        let args = [
            "check".into(),
            "--content".into(),
            format!("tests/fixtures/bad/{folder}"),
        ];
        insta::assert_snapshot!(name, check_in("ja", &args));
    }
}

/// A caret under a value that follows wide characters, with a Japanese message and label:
/// it stands under the value, counted in terminal columns as the text module counts them,
/// and the `-->` line's arrow stays in the gutter.
#[test]
fn the_caret_stays_under_its_value_after_wide_characters() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("test");
    std::fs::create_dir(&series).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/unknown-key/test");
    std::fs::copy(fixture.join("series.toml"), series.join("series.toml")).unwrap();
    let edition = std::fs::read_to_string(fixture.join("2014.toml"))
        .unwrap()
        .replace(
            "lable = { en = \"2014\" }",
            "theme = { ja = \"烏鎮・世界インターネット大会\", en = 5 }",
        );
    std::fs::write(series.join("2014.toml"), edition).unwrap();
    let folder = dir.path().to_string_lossy().to_string();
    let out = check_in("ja", &["check".into(), "--content".into(), folder]);
    let lines: Vec<&str> = out.lines().collect();
    let source = lines
        .iter()
        .position(|l| l.contains("theme = "))
        .expect(&out);
    let caret = lines[source + 1];
    let profile = confer::text::Profile::default();
    let width = |s: &str| confer::text::display_width(s, &profile);
    let value = lines[source].find("5 }").unwrap();
    let at = caret.find('^').expect(&out);
    assert_eq!(
        width(&caret[..at]),
        width(&lines[source][..value]),
        "\n{out}"
    );
    assert!(caret.ends_with("^ これは整数です"), "{out}");
    let gutter = lines[source].find('|').unwrap();
    let arrow = lines.iter().find(|l| l.contains("--> ")).unwrap();
    assert_eq!(arrow.find("-->").unwrap() + 1, gutter, "{out}");
}

/// The explorer's banner after a reload says the problem in the reader's language: where,
/// and what; and content left with one edition is said so in it too.
#[test]
fn a_reload_banner_says_the_problem_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_builtin(dir.path());
    let mut a = common::folder_app(dir.path());
    a.lang = Lang::Ja;
    let shown = dir.path().join("wic/2014.toml");
    let text = std::fs::read_to_string(&shown).unwrap();
    std::fs::write(&shown, format!("{text}\n[[people]\n")).unwrap();
    common::reload(&mut a);
    let detail = a.banner.as_ref().expect("a banner").detail.said(Lang::Ja);
    assert!(detail.contains("wic/2014.toml:"), "{detail}");
    assert!(detail.contains("TOML として読めません："), "{detail}");
    assert!(!detail.contains("TOML syntax"), "{detail}");
    let on_screen = common::screen(&a);
    assert!(on_screen.contains("TOML として読めません"), "{on_screen}");
    // The language changed (the L key): the problem is said again in it.
    common::press(&mut a, "L");
    assert_eq!(a.lang, Lang::En);
    let on_screen = common::screen(&a);
    assert!(
        on_screen.contains("not reloaded: ") && on_screen.contains("TOML syntax: "),
        "{on_screen}"
    );
    assert!(!on_screen.contains("TOML として"), "{on_screen}");
    common::press(&mut a, "L");

    // Every edition but one gone: nothing to compare, said in Japanese.
    for entry in std::fs::read_dir(dir.path().join("wic")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name != "series.toml" && name != "2025.toml" {
            std::fs::remove_file(path).unwrap();
        }
    }
    common::reload(&mut a);
    let detail = a.banner.as_ref().expect("a banner").detail.said(Lang::Ja);
    assert_eq!(detail, "比べるには回が二つ以上必要です");
    assert!(common::screen(&a).contains("比べるには回が二つ以上必要です"));
    // And again in the language switched to.
    common::press(&mut a, "L");
    let on_screen = common::screen(&a);
    assert!(
        on_screen.contains("the content needs two editions to compare"),
        "{on_screen}"
    );
    assert!(!on_screen.contains("二つ以上"), "{on_screen}");
}
