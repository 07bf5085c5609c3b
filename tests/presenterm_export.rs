//! `confer present --export markdown` read back as presenterm 0.16 reads it: the front
//! matter and every comment command parsed by serde_yaml (presenterm's parser) give the
//! deck's title and notes exactly, whatever they hold; no slide is taller than presenterm's
//! window at the stated size and no line wider than its column; a paragraph after a list
//! stays a paragraph; and `--size` is checked.

mod common;
#[path = "common/presenterm.rs"]
mod presenterm;

use std::path::Path;

use common::confer;
use confer::talk::Talk;
use presenterm::{Window, commands, front_matter, lay_out, shown, shown_slide, slides};

const HOSTILE: &str = "tests/fixtures/talks/good/hostile.toml";
const GOOD: &str = "tests/fixtures/talks/good/talk.toml";
const LANGS: [&str; 2] = ["en", "ja"];

/// presenterm's window, measured in tmux: at 120x40 text runs from column 10 to 109, the
/// columns are 46 wide, and the body has rows 5 to 36 above the footer; at 80x24, 66, 29
/// and rows 5 to 20.
const SIZES: [(&str, Window); 2] = [
    (
        "120x40",
        Window {
            width: 100,
            column: 46,
            body_rows: 32,
        },
    ),
    (
        "80x24",
        Window {
            width: 66,
            column: 29,
            body_rows: 16,
        },
    ),
];

fn export(args: &[&str]) -> String {
    let mut all = vec!["present", "--export", "markdown"];
    all.extend(args);
    let run = confer(&all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

fn talk(path: &str) -> Talk {
    let read = confer::talk::read(Path::new(path), confer::i18n::Lang::En);
    read.talk
        .unwrap_or_else(|| panic!("{path}: {:?}", read.diagnostics))
}

#[test]
fn the_title_and_every_note_read_back_exactly() {
    for path in [HOSTILE, GOOD] {
        let talk = talk(path);
        for lang in LANGS {
            let md = export(&["--deck", path, "--lang", lang]);
            // The front matter: YAML that presenterm reads, then Markdown that it renders.
            let front = front_matter(&md);
            let title = talk.title.as_ref().expect("a title").get(lang);
            assert_eq!(shown(&front["title"]), title, "{path} {lang}");
            assert!(
                !presenterm::has_unescaped_markup(&front["title"]),
                "{path} {lang}: the audience would see Markdown formatting: {}",
                front["title"]
            );
            let editions = match lang {
                "ja" => "2014 烏鎮 / 2025 烏鎮",
                _ => "2014 Wuzhen / 2025 Wuzhen",
            };
            assert_eq!(shown(&front["sub_title"]), editions);
            // Every comment is a command presenterm knows.
            for command in commands(&md) {
                let known = [
                    "end_slide",
                    "column_layout",
                    "column",
                    "reset_layout",
                    "speaker_note",
                ];
                let name = match &command {
                    serde_yaml::Value::String(name) => name.clone(),
                    serde_yaml::Value::Mapping(map) => {
                        assert_eq!(map.len(), 1, "{command:?}");
                        map.keys().next().unwrap().as_str().unwrap().to_string()
                    }
                    other => panic!("not a command: {other:?}"),
                };
                assert!(known.contains(&name.as_str()), "{name}");
            }
            // The notes, each once, in the talk's order, and none of them on a slide.
            let expected: Vec<&str> = talk
                .slides
                .iter()
                .filter_map(|s| s.notes.as_ref())
                .map(|n| n.get(lang))
                .collect();
            assert_eq!(presenterm::speaker_notes(&md), expected, "{path} {lang}");
            let on_slides: String = slides(&md).iter().map(|s| shown_slide(s)).collect();
            for note in &expected {
                for part in note
                    .split(['\n', '.', '。'])
                    .filter(|p| p.trim().len() > 12)
                {
                    assert!(
                        !on_slides.contains(part.trim()),
                        "{path} {lang}: a note on a slide: {part}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_hostile_deck_holds_what_it_is_meant_to() {
    // The fixture is only worth its name if the export has to escape these.
    let md = export(&["--deck", HOSTILE, "--lang", "en"]);
    let notes = presenterm::speaker_notes(&md).join("\n");
    for hostile in [
        ": ", "-->", "--!>", "'", "\"", "{", "[", "#", "\n", "\t", "\\",
    ] {
        assert!(notes.contains(hostile), "no {hostile:?} in the notes");
    }
    let title = &front_matter(&md)["title"];
    for hostile in [": ", "#", "_", "*", "'", "\"", "{", "[", "-->"] {
        assert!(
            shown(title).contains(hostile),
            "no {hostile:?} in the title"
        );
    }
}

#[test]
fn no_slide_is_taller_than_the_window_nor_a_line_wider_than_its_column() {
    for (size, window) in SIZES {
        for lang in LANGS {
            for deck in [None, Some(HOSTILE)] {
                let mut args = vec!["--lang", lang, "--size", size];
                if let Some(deck) = deck {
                    args.extend(["--deck", deck]);
                }
                let md = export(&args);
                let mut japanese = 0;
                for (at, slide) in slides(&md).iter().enumerate() {
                    let laid = lay_out(slide, window);
                    let what = format!("{size} {lang} {deck:?} slide {}", at + 1);
                    assert!(
                        laid.rows <= window.body_rows,
                        "{what}: {} rows of {}\n{slide}",
                        laid.rows,
                        window.body_rows
                    );
                    for line in &laid.lines {
                        let w = presenterm::width(&line.text);
                        assert!(
                            w <= line.room,
                            "{what}: {w} columns in {}: {}",
                            line.room,
                            line.text
                        );
                        if presenterm::is_japanese(&line.text) && line.room == window.column {
                            japanese += usize::from(w > window.column * 3 / 4);
                        }
                    }
                }
                if lang == "ja" {
                    assert!(
                        japanese > 10,
                        "{size} {deck:?}: Japanese lines fill columns"
                    );
                }
            }
        }
    }
}

#[test]
fn a_long_slide_goes_on_over_pages_titled_as_on_screen() {
    let md = export(&["--lang", "en", "--only", "timeline"]);
    let titles: Vec<String> = slides(&md)
        .iter()
        .map(|s| s.trim_start().lines().next().unwrap().to_string())
        .collect();
    let n = titles.len();
    assert!(n > 1, "{titles:?}");
    let expected: Vec<String> = (1..=n).map(|k| format!("Timeline ({k}/{n})")).collect();
    assert_eq!(titles, expected);
    // A smaller window, more pages.
    let small = export(&["--lang", "en", "--only", "timeline", "--size", "80x24"]);
    assert!(slides(&small).len() > n);
}

#[test]
fn a_paragraph_after_a_list_stays_a_paragraph() {
    for (lang, bullets, after) in [
        (
            "en",
            ["\\- one", "\\- two"],
            "A paragraph right after the list.",
        ),
        ("ja", ["・一つ目", "・二つ目"], "箇条のすぐ後の段落。"),
    ] {
        let md = export(&["--deck", HOSTILE, "--lang", lang]);
        // In the fixture the paragraph follows the last bullet without a blank line.
        let expected = format!("{}\\\n{}\n\n{after}\n", bullets[0], bullets[1]);
        assert!(md.contains(&expected), "{lang}:\n{md}");
        // And the one written with a blank line keeps it.
        let written = match lang {
            "en" => "\\- 2025: Jun Murai honoured\n\nEnd on the question.",
            _ => "・2025年：村井純氏が受賞\n\n問いを残して終わる。",
        };
        assert!(md.contains(written), "{lang}:\n{md}");
    }
}

#[test]
fn a_size_that_is_not_one_is_a_usage_error() {
    for (size, said) in [
        ("120", "expected COLSxROWS, such as 120x40"),
        ("wide", "expected COLSxROWS"),
        ("20x10", "at least 40x12"),
        ("5000x40", "at most 1000x1000"),
    ] {
        let run = confer(&["present", "--export", "markdown", "--size", size]);
        assert_eq!(run.code, 2, "{size}: {}", run.stderr);
        assert!(run.stderr.contains(said), "{size}: {}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    // A size is for the export: on the screen, the terminal's own is used.
    let run = confer(&["present", "--size", "80x24"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--export"), "{}", run.stderr);
}
