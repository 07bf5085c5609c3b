//! One language on screen (issue 30): every view and popup in Japanese shows no word of the
//! English catalogue, and every view in English no word of the Japanese one. A word the
//! catalogue lacks (a branch left in a view) shows its other language here.

mod common;

use common::{confer, screen};
use confer::i18n::Lang;
use confer::tui::app::Action;
use confer::tui::theme::Theme;

/// The words of `other`'s catalogue that would be a leak on a screen in `lang`: long enough
/// to mean something, not the same in both languages, and not a name or an acronym.
fn foreign_words(lang: Lang, other: Lang) -> Vec<&'static str> {
    let own = lang.words().plain_words();
    let mut words: Vec<&str> = other
        .words()
        .plain_words()
        .into_iter()
        .filter(|w| !own.contains(w))
        .filter(|w| match other {
            // English: a word of four letters or more, not all capitals (CEO, PDF).
            Lang::En => {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    && w.chars().any(|c| c.is_lowercase())
            }
            // Japanese: two characters or more that are not Latin.
            Lang::Ja => w.chars().filter(|c| !c.is_ascii()).count() >= 2,
        })
        .collect();
    words.sort();
    words.dedup();
    words
}

/// What is shown without its web addresses: they are content, not interface, and hold
/// English words ("detail" in ".../article/detail/299").
fn without_addresses(shown: &str) -> String {
    shown
        .split_inclusive(char::is_whitespace)
        .filter(|token| !token.contains("://"))
        .collect()
}

/// Whether `word` stands in `shown` as a word: an English word inside a longer one ("Note"
/// in "Notes", "detail" in "detail-2") is not that word.
fn shows(shown: &str, word: &str) -> bool {
    let latin = |c: char| c.is_ascii_alphanumeric() || "-/_=%".contains(c);
    shown.match_indices(word).any(|(at, _)| {
        let before = shown[..at].chars().next_back();
        let after = shown[at + word.len()..].chars().next();
        !word.starts_with(latin) || !before.is_some_and(latin) && !after.is_some_and(latin)
    })
}

fn assert_one_language(lang: Lang, screens: &[(String, String)]) {
    let other = lang.other();
    let foreign = foreign_words(lang, other);
    assert!(
        foreign.len() > 20,
        "the catalogue lists its words: {foreign:?}"
    );
    let mut leaks = Vec::new();
    for (name, shown) in screens {
        let shown = without_addresses(shown);
        for word in &foreign {
            if shows(&shown, word) {
                leaks.push(format!("{lang:?} {name}: {word:?}\n{shown}"));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "{} leaks:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

fn explorer_screens(lang: Lang) -> Vec<(String, String)> {
    let mut shown = Vec::new();
    for size in [(120, 40), (80, 24)] {
        let mut a = common::builtin_app(size, lang, Theme::Mono);
        shown.extend(
            common::every_screen(&mut a)
                .into_iter()
                .map(|(name, s)| (format!("{name} {size:?}"), s)),
        );
    }
    shown
}

/// The presenter's console of a talk, on a slide with notes, and with the room blanked.
fn console_screens(lang: Lang) -> Vec<(String, String)> {
    let notes = common::text("注記", "notes");
    let own = confer::talk::TalkSlide {
        kind: confer::talk::TalkSlideKind::Own {
            title: common::text("題", "title"),
            body: Some(common::text("- 一\n- 二", "- one\n- two")),
        },
        notes: Some(notes.clone()),
    };
    let mut a = common::builtin_app((120, 40), lang, Theme::Mono);
    a.present_console(common::talk_with(own, notes), &[]);
    let mut shown = Vec::new();
    for page in 0..4 {
        shown.push((format!("console {page}"), screen(&a)));
        a.update(Action::SlideNext);
    }
    a.update(Action::SlideBlank);
    shown.push(("console blank".into(), screen(&a)));
    shown
}

/// What confer prints: the comparison as text and Markdown, the series as text and
/// Markdown, the slides as Markdown.
fn printed(lang: Lang) -> Vec<(String, String)> {
    let tag = lang.tag();
    let runs: [&[&str]; 5] = [
        &["print", "--width", "100"],
        &["print", "--format", "markdown"],
        &["series", "--width", "100"],
        &["series", "--format", "markdown"],
        &["present", "--export", "markdown"],
    ];
    runs.iter()
        .map(|args| {
            let mut all = vec!["--lang", tag];
            all.extend_from_slice(args);
            let run = confer(&all);
            assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
            (args.join(" "), run.stdout)
        })
        .collect()
}

#[test]
fn japanese_screens_show_no_english_interface_word() {
    assert_one_language(Lang::Ja, &explorer_screens(Lang::Ja));
    assert_one_language(Lang::Ja, &console_screens(Lang::Ja));
}

#[test]
fn english_screens_show_no_japanese_interface_word() {
    assert_one_language(Lang::En, &explorer_screens(Lang::En));
    assert_one_language(Lang::En, &console_screens(Lang::En));
}

#[test]
fn printed_output_is_in_one_language() {
    for lang in Lang::ALL {
        assert_one_language(lang, &printed(lang));
    }
}

#[test]
fn the_test_sees_a_word_of_the_other_language() {
    let leaked = "人物：3  Headline figures";
    assert!(shows(leaked, Lang::En.words().labels.headline_figures));
    assert!(shows(leaked, Lang::Ja.words().labels.people));
    assert!(!shows("Notes", "Note"), "a word inside a longer one");
    let addressed = without_addresses("https://example.com/detail/1 and detail-2");
    assert!(!shows(&addressed, "detail"));
    assert!(foreign_words(Lang::Ja, Lang::En).contains(&"Headline figures"));
}
