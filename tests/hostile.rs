//! Content that tries to break confer: escape sequences, C1 controls, bidi overrides,
//! invisible and combining characters, emoji sequences, endless paragraphs, 100,000 people,
//! BOMs, CRLF, duplicate keys. No panic, no hang, a clear message where it is an error, and
//! nothing from the content reaches the terminal raw.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::confer_in;
use confer::text::{Profile, display_width};

const SERIES: &str =
    "format = 1\n[series]\nname = \"Hostile\"\n[[sources]]\nid = \"s\"\ntitle = \"S\"\n";

/// Payloads a terminal would act on, as TOML escapes, and the raw bytes they would become.
const PAYLOADS: &[(&str, &str)] = &[
    ("\\u001b]0;pwned\\u0007", "\u{1b}]0;pwned"),
    ("\\u001b]52;c;aGk=\\u0007", "\u{1b}]52;c;aGk="),
    ("\\u001b[2Jcleared", "\u{1b}[2Jcleared"),
    ("\\u001b[10;10Hmoved", "\u{1b}[10;10Hmoved"),
    ("\\u009b31mcsi", "\u{9b}31mcsi"),
    ("\\u202eesrever\\u202c", "\u{202e}esrever"),
    ("\\u2066iso\\u2069", "\u{2066}iso"),
];

fn edition(year: u32, extra: &str) -> String {
    let attack: String = PAYLOADS
        .iter()
        .map(|(toml, _)| *toml)
        .collect::<Vec<_>>()
        .join(" ");
    // 3,000 characters without a space.
    let endless = "烏鎮で開かれた会議には内外の企業の大物が多数参加した".repeat(120);
    format!(
        "format = 1\n[edition]\nname = \"Edition\\t{year} {attack}\"\nlabel = \"{year} 👨\\u200d👩\\u200d👧 🇯🇵 e\\u0301\\u0302 🏽\\u0301 \\u200b\\ufeff\"\n\
         year = {year}\nstart = {year}-01-01\nend = {year}-01-02\nplace = \"Z\\u0335\\u0321a\\u0334l\\u0301go {attack}\"\n\
         summary = \"{endless}\"\nsources = [\"s\"]\n\
         [[figures]]\nkey = \"k\"\nlabel = \"Count {attack}\"\nvalue = {year}\nunit = \"👍🏽\"\nsources = [\"s\"]\n\
         [[people]]\nid = \"p\"\nname = \"Person\\tTab {attack}\"\nrole = \"{endless}\"\nsources = [\"s\"]\n{extra}"
    )
}

fn hostile_content(dir: &Path) {
    let series = dir.join("hostile");
    std::fs::create_dir_all(&series).unwrap();
    std::fs::write(series.join("series.toml"), SERIES).unwrap();
    std::fs::write(series.join("2020.toml"), edition(2020, "")).unwrap();
    std::fs::write(series.join("2021.toml"), edition(2021, "")).unwrap();
}

fn assert_nothing_raw(output: &str, what: &str) {
    for (_, raw) in PAYLOADS {
        assert!(!output.contains(raw), "{what} let {raw:?} through");
    }
    let bad: Vec<char> = output
        .chars()
        .filter(|&c| c.is_control() && c != '\n')
        .collect();
    assert!(bad.is_empty(), "{what} wrote controls {bad:?}");
}

#[test]
fn escape_sequences_and_invisible_characters_are_shown_not_sent() {
    let dir = tempfile::tempdir().unwrap();
    hostile_content(dir.path());
    let check = confer_in(dir.path(), &["check", "."]);
    assert_eq!(check.code, 0, "warnings only: {}", check.stdout);
    assert!(
        check
            .stdout
            .contains("warning: string holds control characters or bidirectional overrides")
    );
    assert_nothing_raw(&check.stdout, "check");
    for width in ["40", "80", "200"] {
        for lang in ["en", "ja"] {
            let run = confer_in(
                dir.path(),
                &["--content", ".", "print", "--width", width, "--lang", lang],
            );
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_nothing_raw(&run.stdout, "print");
            let width: usize = width.parse().unwrap();
            for line in run.stdout.lines() {
                assert!(
                    display_width(line, &Profile::default()) <= width,
                    "{line:?}"
                );
            }
            assert!(run.stdout.contains("␛]0;pwned␇"), "shown as pictures");
        }
    }
    let markdown = confer_in(
        dir.path(),
        &["--content", ".", "present", "--export", "markdown"],
    );
    assert_eq!(markdown.code, 0);
    assert_nothing_raw(&markdown.stdout, "present --export");
}

#[test]
fn a_tab_kept_in_a_name_is_a_blank_column_on_screen_and_a_tab_in_the_data() {
    let dir = tempfile::tempdir().unwrap();
    hostile_content(dir.path());
    // The data keeps the tab as written...
    let json = confer_in(
        dir.path(),
        &["--content", ".", "export", "--format", "json"],
    );
    assert_eq!(json.code, 0, "{}", json.stderr);
    assert!(
        json.stdout.contains(r#""Person\tTab "#),
        "{}",
        &json.stdout[..400]
    );
    // ...and every screen cell of every section shows it as a blank, never the raw byte.
    let mut app = common::folder_app(dir.path());
    let mut seen_name = false;
    for section in 1..=9 {
        common::press(&mut app, &section.to_string());
        let screen = common::cells(&app).concat().concat();
        assert!(!screen.contains('\t'), "section {section}: {screen}");
        seen_name |= screen.contains("Person Tab");
    }
    assert!(
        seen_name,
        "the person's name, its tab a space, is on some section"
    );
}

#[test]
fn a_hundred_thousand_people_load_and_print_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("big");
    std::fs::create_dir_all(&series).unwrap();
    std::fs::write(series.join("series.toml"), SERIES).unwrap();
    let mut people = String::new();
    for i in 0..100_000 {
        people.push_str(&format!(
            "[[people]]\nid = \"p{i}\"\nname = \"Person {i}\"\nsources = [\"s\"]\n"
        ));
    }
    std::fs::write(
        series.join("2020.toml"),
        edition(2020, &people.replace("id = \"p0\"", "id = \"p-zero\"")),
    )
    .unwrap();
    std::fs::write(series.join("2021.toml"), edition(2021, "")).unwrap();
    let start = Instant::now();
    let check = confer_in(dir.path(), &["check", "."]);
    assert_eq!(
        check.code,
        0,
        "{}",
        check.stdout.lines().last().unwrap_or_default()
    );
    assert!(
        check.stdout.contains("2 editions, 100004 entries"),
        "{}",
        check.stdout.lines().last().unwrap_or_default()
    );
    let print = confer_in(
        dir.path(),
        &[
            "--content",
            ".",
            "print",
            "--section",
            "people",
            "--width",
            "100",
        ],
    );
    assert_eq!(print.code, 0);
    assert!(print.stdout.contains("Person 99999"));
    assert!(
        start.elapsed() < Duration::from_secs(120),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn a_bom_and_crlf_line_endings_are_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("windows");
    std::fs::create_dir_all(&series).unwrap();
    let crlf = |s: &str| format!("\u{feff}{}", s.replace('\n', "\r\n"));
    std::fs::write(series.join("series.toml"), crlf(SERIES)).unwrap();
    let with_paragraph = "format = 1\n[edition]\nname = \"E\"\nyear = 2020\nstart = 2020-01-01\nend = 2020-01-01\nplace = \"P\"\nsummary = \"\"\"\nline one\nline two\"\"\"\n";
    std::fs::write(series.join("2020.toml"), crlf(with_paragraph)).unwrap();
    let run = confer_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.ends_with("0 errors, 0 warnings\n"),
        "{}",
        run.stdout
    );
    let loaded =
        confer::content::load(&confer::content::ContentLocation::Folder(dir.path().into()));
    let summary = loaded.content.series[0].editions[0]
        .summary
        .as_ref()
        .unwrap()
        .get("en")
        .to_string();
    assert_eq!(
        summary, "line one\nline two",
        "CRLF inside a paragraph is a line break"
    );
}

#[test]
fn duplicate_keys_are_an_error_at_the_second_one() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("dup");
    std::fs::create_dir_all(&series).unwrap();
    std::fs::write(
        series.join("series.toml"),
        "format = 1\n[series]\nname = \"A\"\nname = \"B\"\n",
    )
    .unwrap();
    let run = confer_in(dir.path(), &["check", "."]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("error: TOML syntax: duplicate key"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("dup/series.toml:4:1"), "{}", run.stdout);
}
