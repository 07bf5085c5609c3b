//! `confer man`: a page a command, written by `--out DIR` under the names the pages refer to
//! each other by, each rendering without a warning as man and groff read it, confer's own
//! page with the keys; `confer man` alone prints confer's page.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::CommandFactory;
use common::confer;
use confer::cli::Cli;

/// The pages `confer man --out` writes into a fresh folder, by file name.
fn written_pages() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let run = confer(&["man", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let listed: Vec<PathBuf> = run.stdout.lines().map(PathBuf::from).collect();
    let mut found: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    found.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, found, "the paths printed are the files written");
    (dir, listed)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn out_writes_a_page_for_confer_and_for_each_of_its_commands() {
    let (_dir, pages) = written_pages();
    let root = Cli::command();
    let mut expected = vec!["confer.1".to_string()];
    expected.extend(
        root.get_subcommands()
            .map(|sub| format!("confer-{}.1", sub.get_name())),
    );
    let names: Vec<String> = pages
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, expected);
    for page in &pages {
        let text = read(page);
        // The title is the name man looks the page up by.
        assert!(
            text.starts_with(&format!(".TH {} 1 ", stem(page))),
            "{}: {}",
            page.display(),
            &text[..60]
        );
        assert_eq!(text.matches(".TH ").count(), 1, "one page a file");
        assert!(text.is_ascii(), "groff without preconv reads Latin-1");
    }
}

/// Every `name(1)` a page refers to is a page written beside it, and every command's page
/// refers back to confer(1): a reader following one never meets a page that is not there.
#[test]
fn every_page_a_page_refers_to_is_written() {
    let (_dir, pages) = written_pages();
    let names: Vec<String> = pages.iter().map(|p| stem(p)).collect();
    let mut references = 0;
    for page in &pages {
        let text = read(page)
            .replace("\\fR", "")
            .replace("\\fB", "")
            .replace("\\-", "-");
        for (at, _) in text.match_indices("(1)") {
            let name = text[..at]
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .next()
                .unwrap();
            if name.starts_with("confer") {
                assert!(
                    names.contains(&name.to_string()),
                    "{}: {name}(1)",
                    stem(page)
                );
                references += 1;
            }
        }
        if stem(page) != "confer" {
            assert!(text.contains("SEE ALSO\"\nconfer(1)"), "{}", stem(page));
        }
    }
    assert!(references > names.len(), "only {references} references");
}

#[test]
fn the_man_page_documents_every_option_of_every_command_with_its_value() {
    let (_dir, pages) = written_pages();
    let root = Cli::command();
    let commands = std::iter::once(("confer".to_string(), &root)).chain(
        root.get_subcommands()
            .map(|sub| (format!("confer-{}", sub.get_name()), sub)),
    );
    let mut checked = 0;
    for (title, command) in commands {
        let page = pages.iter().find(|p| stem(p) == title).unwrap();
        let text = read(page);
        let synopsis =
            &text[text.find(".SH SYNOPSIS").unwrap()..text.find(".SH DESCRIPTION").unwrap()];
        // The global options are on every command's page, as they work after it too.
        let options = command
            .get_arguments()
            .chain(root.get_arguments().filter(|a| a.is_global_set()));
        for arg in options.filter(|a| !a.is_hide_set()) {
            let Some(long) = arg.get_long() else { continue };
            // roff writes each '-' as '\-'.
            let written = format!("--{long}").replace('-', "\\-");
            assert!(text.contains(&written), "{title} lacks --{long}");
            assert!(
                synopsis.contains(&written),
                "{title}'s synopsis lacks --{long}"
            );
            let value = arg.get_value_names().and_then(|v| v.first());
            if let Some(value) = value.filter(|_| arg.get_action().takes_values()) {
                let with_value = format!("{written}\\fR\\ \\fI<{value}>");
                assert!(
                    synopsis.contains(&with_value),
                    "{title}: {with_value}\n{synopsis}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} options checked");
}

#[test]
fn confers_page_lists_the_keys_of_the_explorer_and_of_the_slides() {
    let (_dir, pages) = written_pages();
    let root = read(&pages[0]);
    let keys = &root[root.find(".SH KEYS").expect("a KEYS section")..];
    for heading in ["The explorer", "While typing a search", "The slides"] {
        assert!(keys.contains(&format!(".SS \"{heading}\"")), "{heading}");
    }
    // Keys as the explorer's own help writes them, arrows escaped for groff.
    for (keys_written, words) in [
        ("Tab \\[u2192] l", "next section"),
        ("/", "search (a name in any language)"),
        ("b", "blank the screen, and back"),
    ] {
        assert!(
            keys.contains(&format!(".TP\n\\fB{keys_written}\\fR\n{words}\n")),
            "{keys_written}: {words}"
        );
    }
    let present = read(pages.iter().find(|p| stem(p) == "confer-present").unwrap());
    assert!(present.contains("next slide") && !present.contains("next section"));
    let check = read(pages.iter().find(|p| stem(p) == "confer-check").unwrap());
    assert!(!check.contains(".SH KEYS"));
}

#[test]
fn man_alone_prints_confers_own_page() {
    let run = confer(&["man"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(".TH confer 1 "),
        "{}",
        &run.stdout[..60]
    );
    assert_eq!(run.stdout.matches(".TH ").count(), 1);
    assert!(run.stdout.contains(".SH KEYS"));
    assert!(run.stdout.contains("confer\\-check\\fR(1)"));
}

#[test]
fn out_into_a_file_is_an_error_that_says_where() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let run = confer(&["man", "--out", file.path().to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("cannot write the man pages into"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

/// A tool, if it is installed, with what it said on stderr.
fn stderr_of(program: &str, args: &[&str], env: &[(&str, &str)]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .ok()?;
    assert!(output.status.success(), "{program} {args:?}: {output:?}");
    Some(String::from_utf8_lossy(&output.stderr).into_owned())
}

/// Each page as a reader gets it, `man -l` with its warnings on, and as groff with every
/// warning; both in a UTF-8 locale, as the keys' arrows and the help's ·, ① and ─ need.
#[test]
fn every_page_renders_without_a_warning() {
    let (_dir, pages) = written_pages();
    let utf8 = [("LC_ALL", "C.UTF-8"), ("MANWIDTH", "80")];
    let mut rendered = 0;
    for page in &pages {
        let path = page.to_str().unwrap();
        let man = stderr_of("man", &["-l", "--warnings", path], &utf8);
        let groff = stderr_of("groff", &["-man", "-Tutf8", "-ww", "-z", path], &utf8);
        for (tool, warnings) in [("man", &man), ("groff", &groff)] {
            if let Some(warnings) = warnings {
                assert!(warnings.is_empty(), "{tool} on {path}:\n{warnings}");
                rendered += 1;
            }
        }
    }
    if rendered == 0 {
        eprintln!("skipped: neither man nor groff is installed");
        return;
    }
    // What the reader sees, once: the synopsis with values, the keys.
    let Some(shown) = Command::new("man")
        .args(["-l", pages[0].to_str().unwrap()])
        .envs(utf8)
        .output()
        .ok()
    else {
        return;
    };
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(shown.contains("[--content <DIR>]"), "{shown}");
    assert!(shown.contains("Tab → l"), "{shown}");
}

/// The pages made from confer's command line, as `confer man --out` writes them.
fn pages() -> Vec<confer::generate::man::Page> {
    confer::generate::man::pages(Cli::command())
}

#[test]
fn a_page_a_command_each_named_as_the_others_refer_to_it() {
    let pages = pages();
    let names: Vec<&str> = pages.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names[0], "confer");
    assert!(names.contains(&"confer-check") && names.contains(&"confer-man"));
    assert!(!names.contains(&"confer-help"), "{names:?}");
    for page in &pages {
        assert!(
            page.roff.starts_with(&format!(".TH {} 1 ", page.name)),
            "{}",
            &page.roff[..60]
        );
        assert!(page.roff.is_ascii(), "{}", page.name);
        assert_eq!(page.roff.matches(".TH ").count(), 1, "{}", page.name);
    }
    let root = &pages[0].roff;
    for name in &names[1..] {
        let escaped = name.replace('-', "\\-");
        assert!(root.contains(&format!("\\fB{escaped}\\fR(1)")), "{name}");
    }
}

#[test]
fn synopsis_options_are_written_with_their_values() {
    let pages = pages();
    let page = |name: &str| {
        let roff = &pages.iter().find(|p| p.name == name).unwrap().roff;
        let start = roff.find(".SH SYNOPSIS\n").unwrap();
        let end = roff[start + 1..]
            .find(".SH ")
            .map_or(roff.len(), |e| start + 1 + e);
        roff[start..end].to_string()
    };
    let root = page("confer");
    assert!(
        root.contains("[\\fB\\-\\-content\\fR\\ \\fI<DIR>\\fR]"),
        "{root}"
    );
    assert!(root.contains("[\\fB\\-\\-watch\\fR]"), "{root}");
    assert!(root.contains("[\\fIEDITION\\fR]..."), "{root}");
    assert!(root.ends_with(" \\%[\\fICOMMAND\\fR]\n.ad\n"), "{root}");
    let export = page("confer-export");
    assert!(
        export.starts_with(".SH SYNOPSIS\n.na\n\\%\\fBconfer export\\fR "),
        "{export}"
    );
    // Required: no brackets, after the optional ones.
    assert!(
        export.contains(" \\%\\fB\\-\\-format\\fR\\ \\fI<FORMAT>\\fR "),
        "{export}"
    );
    let print = page("confer-print");
    assert!(print.contains("\\fI<NAME>\\fR...]"), "repeatable: {print}");
}
