//! `confer check talk.toml`: each rule of the deck format (deck-format.md) broken by one
//! fixture in tests/fixtures/talks/bad/, reported at its file:line:col with exit 1; the good
//! deck passes with exit 0.

mod common;

use common::{Run, confer, confer_in};

const BAD: &str = "tests/fixtures/talks/bad";

fn check(args: &[&str]) -> Run {
    let run = confer(args);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

/// The diagnostic block that starts with `{severity}: {message}`.
fn block<'a>(run: &'a Run, heading: &str) -> &'a str {
    let start = run
        .stdout
        .find(heading)
        .unwrap_or_else(|| panic!("no `{heading}` in:\n{}", run.stdout));
    let rest = &run.stdout[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

/// Checks a bad fixture: exit 1, one error, with `message` at `position` (line:col).
fn assert_error_at(case: &str, position: &str, message: &str) -> String {
    let path = format!("{BAD}/{case}.toml");
    let run = check(&["check", "--color", "never", &path]);
    assert_eq!(run.code, 1, "exit code for {case}:\n{}", run.stdout);
    let found = block(&run, &format!("error: {message}"));
    let arrow = format!("--> {path}:{position}");
    assert!(found.contains(&arrow), "expected `{arrow}` in:\n{found}");
    assert!(
        run.stdout.contains("; 1 error, 0 warnings\n"),
        "one error only:\n{}",
        run.stdout
    );
    found.to_string()
}

#[test]
fn the_good_deck_passes() {
    let run = check(&["check", "tests/fixtures/talks/good/talk.toml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.stdout,
        "checked tests/fixtures/talks/good/talk.toml: 13 slides, against the built-in \
         content; 0 errors, 0 warnings\n"
    );
}

#[test]
fn each_broken_rule_is_an_error_at_its_place() {
    let cases = [
        (
            "unknown-top-key",
            "2:1",
            "unknown key 'slide' in a deck file",
        ),
        ("unknown-deck-key", "4:1", "unknown key 'edition' in [deck]"),
        (
            "unknown-slide-key",
            "5:1",
            "unknown key 'notse' in [[slides]] entry",
        ),
        (
            "show-and-title",
            "5:1",
            "a slide has both 'show' and 'title'",
        ),
        (
            "neither-show-nor-title",
            "6:1",
            "a slide needs 'show' or 'title'",
        ),
        (
            "key-on-topics",
            "5:1",
            "'key' goes only with show = \"figure\" or \"series\"",
        ),
        (
            "missing-figure-key",
            "4:8",
            "show = \"figure\" needs a 'key'",
        ),
        (
            "missing-series-key",
            "7:8",
            "show = \"series\" needs a 'key'",
        ),
        (
            "unknown-show",
            "4:8",
            "'figurs' is not one of the allowed values",
        ),
        (
            "body-on-generated",
            "5:1",
            "'body' is only for a slide of one's own",
        ),
        ("no-slides", "1:1", "a deck needs at least one [[slides]]"),
        ("format-2", "1:10", "unsupported format version 2"),
        (
            "too-many-editions",
            "4:37",
            "a deck compares at most two editions",
        ),
        ("unknown-edition", "4:25", "no edition 'wic/2041'"),
        ("unknown-series", "4:10", "no series 'wc'"),
        (
            "unknown-figure-key",
            "8:7",
            "no figure 'participant' in wic/2014 or wic/2025",
        ),
        (
            "unknown-series-key",
            "8:7",
            "no figure 'forum' in any edition of series 'wic'",
        ),
        (
            "wrong-type",
            "5:9",
            "expected a string or a table of language to string, found an integer",
        ),
        ("invalid-utf8", "4:13", "file is not valid UTF-8"),
    ];
    for (case, position, message) in cases {
        assert_error_at(case, position, message);
    }
}

#[test]
fn near_misses_say_what_was_meant() {
    for (case, message, meant) in [
        ("unknown-top-key", "unknown key 'slide'", "slides"),
        ("unknown-deck-key", "unknown key 'edition'", "editions"),
        ("unknown-slide-key", "unknown key 'notse'", "notes"),
        ("unknown-show", "'figurs' is not", "figure"),
        ("unknown-series", "no series 'wc'", "wic"),
        (
            "unknown-figure-key",
            "no figure 'participant'",
            "participants",
        ),
        ("unknown-series-key", "no figure 'forum'", "forums"),
    ] {
        let run = check(&["check", &format!("{BAD}/{case}.toml")]);
        let found = block(&run, &format!("error: {message}"));
        let help = format!("help: did you mean '{meant}'?");
        assert!(
            found.contains(&help),
            "{case}: expected `{help}` in:\n{found}"
        );
    }
    let run = check(&["check", &format!("{BAD}/unknown-slide-key.toml")]);
    assert!(
        run.stdout.contains("^^^^^ not a key of the deck format"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_escape_sequence_in_a_title_is_a_warning_and_never_reaches_the_terminal() {
    let path = format!("{BAD}/escape-in-title.toml");
    let run = check(&["check", "--color", "never", &path]);
    assert_eq!(run.code, 0, "a warning alone passes:\n{}", run.stdout);
    let found = block(&run, "warning: string holds control characters");
    assert!(found.contains(&format!("--> {path}:4:9")), "{found}");
    assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{7}'));
    let strict = check(&["check", "--strict", &path]);
    assert_eq!(
        strict.code, 1,
        "--strict fails on warnings:\n{}",
        strict.stdout
    );
    assert!(
        strict.stdout.contains("; 1 error, 0 warnings"),
        "{}",
        strict.stdout
    );
}

#[test]
fn a_file_over_16_mib_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    // Sparse: 17 MiB on paper, nothing on disk.
    let big = std::fs::File::create(dir.path().join("talk.toml")).unwrap();
    big.set_len(17 * 1024 * 1024).unwrap();
    let run = confer_in(dir.path(), &["check", "talk.toml"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let found = block(
        &run,
        "error: file is 17.0 MiB; a deck file may be at most 16 MiB",
    );
    assert!(found.contains("--> talk.toml"), "{found}");
}

#[test]
fn a_missing_deck_is_a_clear_error() {
    let run = check(&["check", "no/such/talk.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("error: deck file 'no/such/talk.toml' does not exist"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_deck_is_checked_against_the_content_folder_given() {
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("talk.toml");
    std::fs::write(
        &deck,
        "format = 1\n[deck]\neditions = [\"netmundial/2014\", \"wic-lite/2015\"]\n\
         [[slides]]\nshow = \"figure\"\nkey = \"participants\"\n",
    )
    .unwrap();
    let deck = deck.to_str().unwrap();
    let run = check(&["check", "--content", "tests/fixtures/good", deck]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let found = block(
        &run,
        "error: no figure 'participants' in netmundial/2014 or wic-lite/2015",
    );
    assert!(found.contains("help: their figures are: share"), "{found}");
    assert!(
        run.stdout.contains("against tests/fixtures/good; 1 error"),
        "{}",
        run.stdout
    );
    // The same deck against the built-in content names editions that are not there.
    let run = check(&["check", deck]);
    assert!(
        run.stdout.contains("error: no edition 'netmundial/2014'"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_content_folder_is_still_checked_as_before() {
    let run = check(&["check", "tests/fixtures/good"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("checked tests/fixtures/good: "),
        "{}",
        run.stdout
    );
}

#[test]
fn the_help_says_a_deck_can_be_checked() {
    let run = check(&["check", "--help"]);
    assert!(run.stdout.contains("DIR|DECK"), "{}", run.stdout);
    assert!(run.stdout.contains("talk deck"), "{}", run.stdout);
}

#[test]
fn an_edition_whose_file_has_errors_is_not_called_missing() {
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("talk.toml");
    std::fs::write(
        &deck,
        "format = 1\n[deck]\neditions = [\"test/2014\"]\n[[slides]]\nshow = \"title\"\n",
    )
    .unwrap();
    // Its [edition] table lacks `place`, so the edition is left out of the index.
    let content = "tests/fixtures/bad/missing-key";
    let run = check(&["check", "--content", content, deck.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let found = block(&run, "error: edition 'test/2014' does not read");
    assert!(found.contains("talk.toml:3:13"), "{found}");
}
