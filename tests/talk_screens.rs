//! A presenter's talk as the room and the presenter see it, at 60x20 and 120x40 in Japanese
//! and English (TestBackend snapshots): the audience's pages of the talk, and the console
//! with the notes of the slide shown and the title of the next; an own slide's paragraph after
//! a list, set off from the last bullet. The elapsed time is the only thing that changes
//! between runs; it is masked.

mod common;

use common::{screen, text};
use confer::content::Text;
use confer::i18n::Lang;
use confer::talk::{Show, Talk, TalkSlide, TalkSlideKind};
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;

const SIZES: [(u16, u16); 2] = [(60, 20), (120, 40)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::Ja, "ja")];

fn talk() -> Talk {
    let show = |show, key: Option<&str>, notes: Text| TalkSlide {
        kind: TalkSlideKind::Show {
            show,
            key: key.map(String::from),
        },
        notes: Some(notes),
    };
    Talk {
        path: "talk.toml".into(),
        title: Some(text("烏鎮の11年", "Eleven years of Wuzhen")),
        editions: Vec::new(),
        series: None,
        slides: vec![
            show(
                Show::Title,
                None,
                text(
                    "自己紹介は短く。会場に、2014年の大会を知っている人がいるか聞く。",
                    "Keep the introduction short. Ask who in the room knew of the 2014 meeting.",
                ),
            ),
            TalkSlide {
                kind: TalkSlideKind::Own {
                    title: text("日本はどうするの？", "What will Japan do?"),
                    body: Some(text(
                        "11年で何が変わったか。\n\n- 2014年：存在感はほぼゼロ\n- 2025年：村井純氏が受賞",
                        "What changed in eleven years.\n\n- 2014: all but absent\n- 2025: Jun Murai honoured",
                    )),
                },
                notes: Some(text(
                    "受賞の出典を示す。ここで質問を受けない。",
                    "Show the source of the award. No questions yet.",
                )),
            },
            show(
                Show::Figure,
                Some("participants"),
                text(
                    "約1.6倍。数え方の違いに触れる。",
                    "About 1.6 times. Mention how each counted.",
                ),
            ),
        ],
    }
}

fn app(size: (u16, u16), lang: Lang) -> App {
    common::builtin_app(size, lang, Theme::Mono)
}

/// The console's clock, whatever it says, as `0:00` ("経過 0:00", "0:00 elapsed").
fn without_clock(shown: &str) -> String {
    let is_time = |c: char| c.is_ascii_digit() || c == ':';
    shown
        .lines()
        .map(|line| {
            let mut out = line.to_string();
            if let Some(at) = out.find("経過 ") {
                let start = at + "経過 ".len();
                let end = out[start..]
                    .find(|c| !is_time(c))
                    .map_or(out.len(), |n| start + n);
                out.replace_range(start..end, "0:00");
            }
            if let Some(end) = out.find(" elapsed") {
                let start = out[..end].rfind(|c| !is_time(c)).map_or(0, |n| n + 1);
                out.replace_range(start..end, "0:00");
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_talk_as_the_room_sees_it() {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(size, lang);
            a.present_talk(talk(), &[], true);
            let pages = a.deck().unwrap().pages.len();
            assert_eq!(pages, 3, "{tag} {size:?}: one page a slide");
            let mut shown = String::new();
            for _ in 0..pages {
                shown.push_str(&screen(&a));
                shown.push_str("\n--- next page ---\n");
                a.update(Action::SlideNext);
            }
            for note in [
                "1.6",
                "自己紹介",
                "introduction",
                "出典",
                "source of the award",
            ] {
                assert!(!shown.contains(note), "a note on the room's screen: {note}");
            }
            insta::assert_snapshot!(format!("talk_{tag}_{}x{}", size.0, size.1), shown);
        }
    }
}

#[test]
fn the_console_shows_the_notes_the_next_title_and_where_the_talk_is() {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(size, lang);
            a.present_console(talk(), &[]);
            a.update(Action::SlideNext);
            let shown = without_clock(&screen(&a));
            let (notes, next, at) = match lang {
                Lang::Ja => ("受賞の出典を示す", "次：参加者", "スライド 2/3"),
                Lang::En => (
                    "Show the source of the award",
                    "Next: Participants",
                    "Slide 2/3",
                ),
            };
            for said in [notes, next, at] {
                assert!(shown.contains(said), "{tag} {size:?}: {said}\n{shown}");
            }
            insta::assert_snapshot!(format!("console_{tag}_{}x{}", size.0, size.1), shown);
            // Blanking the room's screen is said on the console, which stays readable.
            a.update(Action::SlideBlank);
            let blank = screen(&a);
            assert!(blank.contains(notes), "{blank}");
            let said = match lang {
                Lang::Ja => "聴衆の画面は消えています",
                Lang::En => "The audience's screen is blank",
            };
            assert!(blank.contains(said), "{blank}");
        }
    }
}

/// An own slide whose paragraph follows a list, with and without the blank line between.
fn list_then_paragraph(blank: bool) -> Talk {
    let gap = if blank { "\n\n" } else { "\n" };
    Talk {
        path: "talk.toml".into(),
        title: None,
        editions: Vec::new(),
        series: None,
        slides: vec![TalkSlide {
            kind: TalkSlideKind::Own {
                title: text("箇条の後の段落", "A paragraph after a list"),
                body: Some(text(
                    &format!("- 一つ目\n- 二つ目{gap}箇条の後の段落。"),
                    &format!("- one\n- two{gap}A paragraph after the list."),
                )),
            },
            notes: None,
        }],
    }
}

#[test]
fn a_paragraph_after_a_list_stays_apart_from_its_last_bullet() {
    for (lang, tag) in LANGS {
        let (last, after) = match lang {
            Lang::Ja => ("・二つ目", "箇条の後の段落。"),
            Lang::En => ("- two", "A paragraph after the list."),
        };
        for blank in [true, false] {
            let mut a = app((60, 20), lang);
            a.present_talk(list_then_paragraph(blank), &[], true);
            let shown = screen(&a);
            let lines: Vec<&str> = shown.lines().map(str::trim).collect();
            let at = lines
                .iter()
                .position(|l| *l == last)
                .unwrap_or_else(|| panic!("{tag}: no last bullet\n{shown}"));
            assert_eq!(
                &lines[at + 1..at + 3],
                ["", after],
                "{tag} blank={blank}: a blank line, then the paragraph\n{shown}"
            );
            if blank {
                insta::assert_snapshot!(format!("list_then_paragraph_{tag}_60x20"), shown);
            }
        }
    }
}
