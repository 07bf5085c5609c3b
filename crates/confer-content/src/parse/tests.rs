//! Reading an edition a part at a time is reading it whole: the same entries, the same
//! problems at the same places; and shapes the parts do not read are read whole.

use super::*;
use crate::diagnostic::{Diagnostic, FileId};

/// The raw file as text, its sets of declared ids sorted (their order is a hasher's).
fn shown(file: &Option<RawEditionFile>) -> String {
    let Some(file) = file else {
        return "none".into();
    };
    let sorted = |set: &crate::hash::HashSet<String>| {
        let mut ids: Vec<&String> = set.iter().collect();
        ids.sort();
        format!("{ids:?}")
    };
    let d = &file.declared;
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {} {} {} {} {} {:?}",
        file.edition,
        file.figures,
        file.orgs,
        file.people,
        file.sessions,
        file.topics,
        file.outcomes,
        file.timeline,
        file.notes,
        file.sources,
        file.coverage,
        file.entry_count,
        file.source_count,
        sorted(&d.orgs),
        sorted(&d.topics),
        sorted(&d.sources) + &sorted(&d.sessions),
        d.orphan_refs,
    )
}

fn whole(text: &str) -> (String, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut d = Decoder::new(FileId(0), &mut diagnostics);
    let file = match parse_toml(&mut d, text) {
        Some(root) => check_format(&mut d, root.get_ref(), &EDITION_FILE).map(|()| {
            let mut file = RawEditionFile::default();
            edition_root(&mut d, root.get_ref(), &mut file, true);
            file
        }),
        None => None,
    };
    (shown(&file), sort(diagnostics))
}

fn in_parts(text: &str) -> Option<(String, Vec<Diagnostic>)> {
    let mut diagnostics = Vec::new();
    let mut d = Decoder::new(FileId(0), &mut diagnostics);
    let file = edition_in_parts(&mut d, text)?;
    Some((shown(&file), sort(diagnostics)))
}

fn sort(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    crate::diagnostic::sort(&mut diagnostics);
    diagnostics
}

/// Every edition file of the built-in content and of the test fixtures.
pub(super) fn edition_files() -> Vec<(std::path::PathBuf, String)> {
    let mut found = Vec::new();
    let mut folders = vec![
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")),
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures")),
    ];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                folders.push(path);
            } else if meta.is_file()
                && path.extension().is_some_and(|e| e == "toml")
                && path.file_name().is_some_and(|n| n != "series.toml")
                && let Ok(text) = std::fs::read_to_string(&path)
                && text.contains("[edition]")
            {
                found.push((path, text));
            }
        }
    }
    found
}

#[test]
fn every_edition_file_reads_the_same_in_parts_as_whole() {
    let files = edition_files();
    assert!(files.len() > 30, "{} files", files.len());
    let mut split = 0;
    for (path, text) in files {
        if let Some(parts) = in_parts(&text) {
            split += 1;
            assert_eq!(parts, whole(&text), "{}", path.display());
        }
    }
    assert!(
        split > 20,
        "most files have the shape the parts read: {split}"
    );
}

/// Many entries of every kind, so that they fill several runs, with what makes splitting
/// hard: arrays whose lines start with `[`, a multi-line string holding a header, comments,
/// coverage tables apart, problems in the entries and an unknown array key.
fn large() -> String {
    let mut text = String::from(
        "format = 1 # the version\n\n[edition]\nname = { en = \"Big\" }\nyear = 2024\n\
         start = 2024-11-01\nend = 2024-11-03\nplace = \"Wuzhen\"\nsources = [\n\"src\",\n]\n\
         [coverage.people]\ncomplete = false\n",
    );
    for n in 0..3000 {
        text.push_str(&format!(
            "[[people]] # person {n}\nid = \"p{n}\"\nname = {{ en = \"Person {n}\", ja = \"人物{n}\" }}\n\
             note = \"\"\"\n[[people]]\n[edition]\n\"\"\"\n"
        ));
        if n % 100 == 0 {
            // A line of a value that starts with `[`: no header (and a wrong type).
            text.push_str(&format!("sessions = [\n[\"s{n}\"],\n]\n"));
        }
        if n % 500 == 0 {
            text.push_str(&format!("rol = \"x\"\n[[peple]]\nid = \"q{n}\"\n"));
        }
        if n % 700 == 0 {
            text.push_str(&format!("[[orgs]]\nid = \"o{n}\"\nname = \"Org {n}\"\n"));
        }
        if n == 1500 {
            text.push_str("[coverage.orgs]\ncomplete = true\n");
        }
    }
    text
}

#[test]
fn a_large_file_reads_the_same_in_parts_as_whole() {
    let text = large();
    let parts = parts::Parts::of(&text).expect("the shape the parts read");
    assert!(parts.runs() > 5, "{} runs", parts.runs());
    let (read, diagnostics) = in_parts(&text).expect("read in parts");
    assert_eq!((read, diagnostics.clone()), whole(&text));
    let unknown = diagnostics
        .iter()
        .filter(|d| d.message.contains("unknown key 'peple'"))
        .count();
    assert_eq!(unknown, 1, "one unknown root key, once");
    assert!(diagnostics.iter().any(|d| d.message.contains("'rol'")));
}

#[test]
fn shapes_the_parts_do_not_read_are_read_whole() {
    let base = "format = 1\n[edition]\nname = \"x\"\n[[people]]\nid = \"a\"\n";
    for shape in [
        "[people.extra]\nx = 1\n",
        "[edition]\nname = \"again\"\n",
        "[\"people\"]\nx = 1\n",
        "[a.b.c]\nx = 1\n",
        "[[people]]\nid = \n",
        "[[sessions.x]]\nid = \"s\"\n",
        "[people]\nx = 1\n",
    ] {
        let text = format!("{base}{shape}");
        assert!(in_parts(&text).is_none(), "{shape:?} read in parts");
    }
    assert!(in_parts("people = []\n[[people]]\nid = \"a\"\n").is_none());
    assert!(in_parts("format = 2\n[[people]]\nid = \"a\"\n").is_none());
    assert!(in_parts(base).is_some());
}

/// Pieces of a file that make finding its headers hard: headers, and `[`, quotes and `#`
/// where they start no header, no string or no comment.
const PIECES: &[&str] = &[
    "[[people]]\nid = \"p\"\n",
    "[[people]] # [[orgs]]\nid = 'q'\n",
    "[[orgs]]\nid = \"o\"\nname = \"a \\\" [[people]]\"\n",
    "note = \"\"\"\n[[people]]\n\"\"\"\n",
    "note = '''\n[edition]\n'''\n",
    "note = \"\"\"a\"\"\"\"\"\n",
    "note = \"\"\"\\\"\"\"\n[[x]]\"\"\"\n",
    "sessions = [\n[\"s\"],\n]\n",
    "sessions = [ # [[people]]\n\"s\",\n]\n",
    "# [[people]] \"\n",
    "name = { en = \"[[people]]\" }\n",
    "[coverage.people]\ncomplete = true\n",
    "[coverage.orgs]\ncomplete = false\n",
    "name = '\"'\n",
    "name = \"'\"\n",
    "  [[people]]\nid = \"indented\"\n",
    "[[people]]\r\nid = \"crlf\"\r\n",
    "name = \"unclosed\n",
    "sessions = [\"unclosed\"\n",
    "[[people.sub]]\n",
    "[ [people]]\n",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

    /// Wherever the headers are, a file read in parts is read as it is whole.
    #[test]
    fn any_file_reads_the_same_in_parts_as_whole(
        pieces in proptest::collection::vec(0..PIECES.len(), 0..14),
    ) {
        let mut text = String::from("format = 1\n[edition]\nname = { en = \"x\" }\n");
        for piece in pieces {
            text.push_str(PIECES[piece]);
        }
        if let Some(parts) = in_parts(&text) {
            proptest::prop_assert_eq!(parts, whole(&text), "{:?}", text);
        }
    }
}
