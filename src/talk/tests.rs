//! The reader and the reference check on decks written here, and on the built-in content: the
//! cases `tests/talk.rs` does not reach through the command line.

use std::path::Path;

use super::*;
use crate::content::diagnostic::{Severity, SourceMap};
use crate::content::{ContentLocation, Library};
use crate::i18n::Lang;

/// Reads a deck from text, with its source map, as `read` would from a file.
fn deck(text: &str) -> TalkFile {
    let mut sources = SourceMap::default();
    let file = sources.add("talk.toml".into(), text.into());
    let mut read = read_text(Path::new("talk.toml"), file, text, Lang::En);
    read.sources = sources;
    read
}

fn messages(read: &TalkFile) -> Vec<String> {
    read.diagnostics.iter().map(|d| d.message.clone()).collect()
}

#[test]
fn the_good_deck_reads_whole() {
    let read = read(Path::new("tests/fixtures/talks/good/talk.toml"), Lang::En);
    assert_eq!(messages(&read), Vec::<String>::new());
    let talk = read.talk.expect("the good deck reads");
    assert_eq!(talk.editions, ["wic/2014", "wic/2025"]);
    assert_eq!(talk.series.as_deref(), Some("wic"));
    assert_eq!(talk.title.as_ref().map(|t| t.get("ja")), Some("烏鎮の11年"));
    let shows: Vec<Show> = (talk.slides.iter())
        .filter_map(|s| match &s.kind {
            TalkSlideKind::Show { show, .. } => Some(*show),
            TalkSlideKind::Own { .. } => None,
        })
        .collect();
    let every: Vec<Show> = Show::ALL.iter().map(|(show, _)| *show).collect();
    assert_eq!(shows, every, "every show word, in order");
    assert_eq!(
        talk.slides[1].kind,
        TalkSlideKind::Show {
            show: Show::Figure,
            key: Some("participants".into())
        }
    );
    let last = talk.slides.last().expect("slides");
    let TalkSlideKind::Own { title, body } = &last.kind else {
        panic!("the last slide is one's own: {last:?}");
    };
    assert_eq!(title.get("en"), "What will Japan do?");
    let body = blocks(body.as_ref().expect("a body").get("ja"));
    assert_eq!(body[0], Block::Bullet("2014: 存在感ほぼゼロ".into()));
    assert_eq!(body.len(), 3);
    let notes = last.notes.as_ref().expect("notes");
    assert_eq!(notes.get("ja"), "ここで会場に問いかける。");
    assert_eq!(read.references.keys.len(), 2);
}

#[test]
fn the_show_words_are_the_models() {
    let words: Vec<&str> = Show::ALL.iter().map(|(_, word)| *word).collect();
    assert_eq!(words, super::fields::SHOW_WORDS);
}

#[test]
fn escape_sequences_are_sanitized_with_a_warning() {
    let read = deck("format = 1\n[[slides]]\ntitle = \"a\\u001b]0;owned\\u0007b\\u001b[2J\"\n");
    assert_eq!(read.diagnostics.len(), 1);
    assert_eq!(read.diagnostics[0].severity, Severity::Warning);
    let talk = read.talk.expect("a warning keeps the talk");
    let TalkSlideKind::Own { title, .. } = &talk.slides[0].kind else {
        panic!("an own slide");
    };
    let shown = title.get("en");
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
}

#[test]
fn every_problem_of_a_deck_is_reported_at_once() {
    let read = deck(
        "format = 1\nextra = 1\n[deck]\neditions = [\"wic/2014\", 2014]\n\
         [[slides]]\nshow = \"figure\"\n[[slides]]\ntitle = \"t\"\nkey = \"x\"\n\
         [[slides]]\nshow = \"series\"\nkey = \"forums\"\n",
    );
    assert_eq!(
        messages(&read),
        [
            "unknown key 'extra' in a deck file",
            "expected a string, found an integer",
            "show = \"figure\" needs a 'key'",
            "'key' goes only with show = \"figure\" or \"series\"",
        ]
    );
    assert!(read.talk.is_none());
    // The references are kept for checking all the same.
    assert_eq!(read.references.keys.len(), 1);
    assert_eq!(read.references.keys[0].key.value, "forums");
}

#[test]
fn an_empty_slides_array_is_no_slides() {
    let read = deck("format = 1\nslides = []\n");
    assert_eq!(messages(&read), ["a deck needs at least one [[slides]]"]);
}

#[test]
fn editions_are_refs_of_the_right_shape() {
    let read =
        deck("format = 1\n[deck]\neditions = [\"WIC/2014\"]\n[[slides]]\nshow = \"title\"\n");
    assert_eq!(messages(&read), ["'WIC/2014' is not an edition"]);
    let read = deck("format = 1\n[deck]\neditions = [\"2014\"]\n[[slides]]\nshow = \"title\"\n");
    assert_eq!(messages(&read), Vec::<String>::new());
}

fn builtin() -> Library {
    Library::open(&ContentLocation::BuiltIn)
}

#[test]
fn references_of_the_good_deck_are_in_the_builtin_content() {
    let read = read(Path::new("tests/fixtures/talks/good/talk.toml"), Lang::En);
    let mut library = builtin();
    assert_eq!(
        check_references(&read.references, &mut library, &[], Lang::En),
        []
    );
}

#[test]
fn editions_given_win_over_the_decks() {
    // "media" is a figure of wic/2014 only: a key of the deck's pair, not of the pair given.
    let text = "format = 1\n[deck]\neditions = [\"wic/2014\", \"wic/2025\"]\n\
        [[slides]]\nshow = \"figure\"\nkey = \"media\"\n";
    let read = deck(text);
    let mut library = builtin();
    assert_eq!(
        check_references(&read.references, &mut library, &[], Lang::En),
        []
    );
    let given = ["wic/2015".to_string(), "wic/2016".to_string()];
    let found = check_references(&read.references, &mut library, &given, Lang::En);
    let found: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(found, ["no figure 'media' in wic/2015 or wic/2016"]);
    let (left, right) =
        compared_pair(&library.index, &read.talk.unwrap().editions, None, &given).unwrap();
    let ids: Vec<String> = [left, right]
        .iter()
        .map(|at| library.index.get(*at).unwrap().id.to_string())
        .collect();
    assert_eq!(ids, ["wic/2015", "wic/2016"]);
}

#[test]
fn a_decks_series_alone_compares_its_first_and_latest() {
    let library = builtin();
    let (left, right) = compared_pair(&library.index, &[], Some("wic"), &[]).unwrap();
    let id = |at| library.index.get(at).unwrap().id.to_string();
    assert_eq!(
        (id(left), id(right)),
        ("wic/2014".into(), "wic/2025".into())
    );
}

#[test]
fn a_figure_key_of_neither_edition_is_an_error_at_the_key() {
    let text = "format = 1\n[deck]\neditions = [\"wic/2014\", \"wic/2025\"]\n\
        [[slides]]\nshow = \"figure\"\nkey = \"forumz\"\n";
    let read = deck(text);
    let found = check_references(&read.references, &mut builtin(), &[], Lang::En);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "no figure 'forumz' in wic/2014 or wic/2025"
    );
    assert_eq!(found[0].help.as_deref(), Some("did you mean 'forums'?"));
    assert_eq!(
        found[0].position(&read.sources).as_deref(),
        Some("talk.toml:6:7")
    );
}
