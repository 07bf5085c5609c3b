//! `confer present --deck`: a talk is checked before it is shown (its problems at
//! file:line:col, exit 1, as `check` says them), exported for presenterm with its notes as
//! speaker notes, and `--presenter` asks for a deck.

mod common;

use common::confer;

const GOOD: &str = "tests/fixtures/talks/good/talk.toml";

#[test]
fn a_broken_deck_is_said_at_its_place_and_nothing_is_shown() {
    let path = "tests/fixtures/talks/bad/unknown-figure-key.toml";
    for args in [
        vec!["present", "--deck", path, "--export", "markdown"],
        vec!["present", "--deck", path],
    ] {
        let run = confer(&args);
        assert_eq!(run.code, 1, "{args:?}\n{}", run.stderr);
        assert!(
            run.stderr.contains(&format!("--> {path}:8:7")),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("participants"),
            "did you mean:\n{}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
}

#[test]
fn a_talk_exported_for_presenterm_keeps_its_order_and_notes() {
    let run = confer(&[
        "present", "--deck", GOOD, "--export", "markdown", "--lang", "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = &run.stdout;
    let title = md.find("Eleven years of Wuzhen").expect("the talk's title");
    let note = md
        .find("<!-- speaker_note: \"Keep the introduction short.\" -->")
        .expect("the title slide's note");
    let figure = md.find("Participants").expect("the figure slide");
    assert!(title < note && note < figure, "in the talk's order:\n{md}");
    assert!(
        md.contains("<!-- speaker_note: \"1.6 times. But 2020...\" -->"),
        "{md}"
    );
    let ja = confer(&[
        "present", "--deck", GOOD, "--export", "markdown", "--lang", "ja",
    ]);
    assert!(
        ja.stdout
            .contains("<!-- speaker_note: \"自己紹介は短く。\" -->"),
        "{}",
        ja.stdout
    );
}

#[test]
fn the_console_needs_a_deck_and_a_screen() {
    let run = confer(&["present", "--presenter"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--deck"), "{}", run.stderr);
    let run = confer(&[
        "present",
        "--deck",
        GOOD,
        "--presenter",
        "--export",
        "markdown",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let help = confer(&["present", "--help"]);
    assert!(help.stdout.contains("--deck <DECK>") && help.stdout.contains("--presenter"));
}
