//! The presentation: deck keys to state, every page of the default deck and of a talk drawn
//! at 60x20 and 120x40 in Japanese and English and read as the room reads it, and the
//! Markdown export for presenterm.

mod common;
#[path = "common/presenterm.rs"]
mod presenterm;

use common::{cells, screen, text, with_comparison};
use confer::i18n::Lang;
use confer::present::{Page, Slide, SlideKind};
use confer::rows::wording::figure_value;
use confer::talk::{Show, Talk, TalkSlide, TalkSlideKind};
use confer::tui::app::{Action, App};
use confer::tui::theme::Theme;
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 2] = [(60, 20), (120, 40)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::Ja, "ja")];

fn app(size: (u16, u16), lang: Lang) -> App {
    common::builtin_app(size, lang, Theme::Mono)
}

fn presenting(size: (u16, u16), lang: Lang) -> App {
    let mut a = app(size, lang);
    // The series slide asks for every edition of the series; the shell reads them.
    let asked = a.present(&[], true);
    common::perform(&mut a, asked);
    a
}

fn pages(a: &App) -> Vec<Page> {
    a.deck().unwrap().pages.clone()
}

/// To this screen's page `index`, as a presenter gets there: from the first, page by page.
fn go(a: &mut App, index: usize) {
    a.update(Action::SlideFirst);
    while a.deck().unwrap().index() < index {
        a.update(Action::SlideNext);
    }
    assert_eq!(a.deck().unwrap().index(), index);
}

/// The text of a block of cells, lines joined.
fn region(grid: &[Vec<String>], xs: std::ops::Range<usize>, ys: std::ops::Range<usize>) -> String {
    ys.map(|y| grid[y][xs.clone()].concat())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each column of the body (below the labels' line), as drawn: the slides' geometry.
fn halves(a: &App, grid: &[Vec<String>]) -> (String, String) {
    let (w, h) = (usize::from(a.size.0), usize::from(a.size.1));
    let margin = if w >= 80 { 4 } else { 2 };
    let half = (w - 2 * margin - 3) / 2;
    let ys = 5..h - 2;
    (
        region(grid, margin..margin + half, ys.clone()),
        region(grid, margin + half + 3..w - margin, ys),
    )
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn two_columns(slide: &Slide) -> bool {
    !matches!(slide, Slide::Series(_) | Slide::Own(_))
}

#[test]
fn every_page_of_the_default_deck_at_60x20_and_120x40_in_ja_and_en() {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = presenting(size, lang);
            let all = pages(&a);
            let mut drawn: Vec<(Page, String, String, String)> = Vec::new();
            for (at, page) in all.iter().enumerate() {
                go(&mut a, at);
                let grid = cells(&a);
                let shown = screen(&a);
                let (left, right) = halves(&a, &grid);
                let name = format!("{tag} {}x{} page {} {:?}", size.0, size.1, at + 1, page);
                for line in shown.lines() {
                    assert!(line.width() <= usize::from(size.0), "{name}: {line:?}");
                }
                if two_columns(&page.slide) {
                    assert!(
                        !left.trim().is_empty() && !right.trim().is_empty(),
                        "{name}: a half is empty\n{shown}"
                    );
                }
                if let Some(k) = page.counter() {
                    let title = shown.lines().nth(1).unwrap_or_default();
                    assert!(title.contains(&k), "{name}: the title says {k}\n{shown}");
                }
                drawn.push((page.clone(), shown, left, right));
            }
            with_comparison(|c| {
                let name = format!("{tag} {}x{}", size.0, size.1);
                let series = c.left.series.name.get(tag);
                let (l, r) = c.labels();
                let title = &drawn[0].1;
                assert!(
                    title.lines().nth(1).unwrap().contains(series),
                    "{name}: the title slide is titled with the conference\n{title}"
                );
                // The editions' labels over the columns of every two-column page.
                for (page, shown, ..) in &drawn {
                    if two_columns(&page.slide) && !matches!(page.slide, Slide::Title) {
                        let labels = shown.lines().nth(4).unwrap_or_default();
                        assert!(
                            labels.contains(l.get(tag)) && labels.contains(r.get(tag)),
                            "{name}: {page:?} labels its columns\n{shown}"
                        );
                    }
                }
                let of = |slide: &dyn Fn(&Slide) -> bool, left: bool| -> String {
                    drawn
                        .iter()
                        .filter(|(p, ..)| slide(&p.slide))
                        .map(|(_, _, l, r)| squeezed(if left { l } else { r }))
                        .collect()
                };
                // Every figure of both editions on the glance slide: its label, and each
                // edition's value in its column or that it has none.
                let glance = |s: &Slide| *s == Slide::Glance;
                let screens: String = drawn
                    .iter()
                    .filter(|(p, ..)| glance(&p.slide))
                    .map(|(_, shown, ..)| squeezed(shown))
                    .collect();
                for pair in &c.figures {
                    for (figure, left) in [(pair.left, true), (pair.right, false)] {
                        let value = match figure {
                            Some(f) => {
                                let label = squeezed(f.label.get(tag));
                                assert!(screens.contains(&label), "{name}: {label} at a glance");
                                squeezed(&figure_value(f, lang))
                            }
                            None => squeezed(confer::present::no_figure(lang)),
                        };
                        assert!(
                            of(&glance, left).contains(&value),
                            "{name}: {} says {value} in its column",
                            pair.key
                        );
                    }
                }
                // Every event and every topic on some page of its slide, nothing cut.
                let timeline = |s: &Slide| *s == Slide::Timeline;
                for (events, left) in [(&c.timeline.0, true), (&c.timeline.1, false)] {
                    let shown = of(&timeline, left);
                    for e in events.iter() {
                        let title = squeezed(e.title.get(tag));
                        assert!(shown.contains(&title), "{name}: {title} on the timeline");
                    }
                }
                let topics = |s: &Slide| *s == Slide::Topics;
                let (topics_l, topics_r) = (of(&topics, true), of(&topics, false));
                for (t, _) in &c.topics.both {
                    assert!(topics_l.contains(&squeezed(t.label.get(tag))));
                }
                for t in &c.topics.only_left {
                    assert!(topics_l.contains(&squeezed(t.label.get(tag))), "{name}");
                }
                for t in &c.topics.only_right {
                    assert!(topics_r.contains(&squeezed(t.label.get(tag))), "{name}");
                }
            });
            // One snapshot of each kind of slide, its first page, reviewed like code.
            let mut seen = Vec::new();
            for (page, shown, ..) in &drawn {
                let kind = format!("{:?}", page.slide.kind()).to_lowercase();
                let name = match &page.slide {
                    Slide::Glance => "glance".to_string(),
                    Slide::OnlyFigures(_) => "only_figures".to_string(),
                    _ => kind,
                };
                if page.part == 0 && !seen.contains(&name) {
                    insta::assert_snapshot!(
                        format!("slide_{tag}_{}x{}_{name}", size.0, size.1),
                        shown
                    );
                    seen.push(name);
                }
            }
        }
    }
}

#[test]
fn long_lists_continue_on_the_next_page() {
    let a = presenting((60, 20), Lang::En);
    let timeline: Vec<Page> = pages(&a)
        .into_iter()
        .filter(|p| p.slide == Slide::Timeline)
        .collect();
    assert!(timeline.len() > 2, "{timeline:?}");
    assert!(timeline.iter().all(|p| p.parts == timeline.len()));
    assert_eq!(
        timeline.last().unwrap().counter().unwrap(),
        format!("{0}/{0}", timeline.len())
    );
}

#[test]
fn a_resize_keeps_the_reader_on_the_same_slide() {
    let mut a = presenting((60, 20), Lang::En);
    let at = pages(&a)
        .iter()
        .position(|p| p.slide == Slide::Timeline && p.part == 2)
        .unwrap();
    go(&mut a, at);
    let page = |a: &App| a.deck().unwrap().page().unwrap().clone();
    a.update(Action::Resize(120, 40));
    assert_eq!(page(&a).slide, Slide::Timeline);
    assert!(screen(&a).contains("Timeline"));
    a.update(Action::Resize(60, 20));
    assert_eq!(page(&a).slide, Slide::Timeline);
    a.update(Action::ToggleLang);
    assert_eq!(
        page(&a).slide,
        Slide::Timeline,
        "so does a change of language"
    );
    assert!(screen(&a).contains("年表"), "{}", screen(&a));
}

const SECRET: &str = "Only-the-speaker-reads-this";

/// A talk as a presenter would write it: its own order, its own slide, notes everywhere.
fn talk() -> Talk {
    let own = TalkSlide {
        kind: TalkSlideKind::Own {
            title: text("日本はどうするの？", "What will Japan do?"),
            body: Some(text(
                "11年で何が変わったか。\n\n- 2014年：存在感はほぼゼロ\n- 2025年：村井純氏が受賞",
                "What changed in eleven years.\n\n- 2014: all but absent\n- 2025: Jun Murai honoured",
            )),
        },
        notes: Some(text(
            &format!("{SECRET} --> ja"),
            &format!("{SECRET} --> en"),
        )),
    };
    common::talk_with(own, text(&format!("{SECRET} ja"), &format!("{SECRET} en")))
}

#[test]
fn a_talk_deck_in_its_order_without_its_notes() {
    for size in SIZES {
        for (lang, tag) in LANGS {
            let mut a = app(size, lang);
            let asked = a.present_talk(talk(), &[], true);
            common::perform(&mut a, asked);
            let all = pages(&a);
            let from: Vec<usize> = all.iter().map(|p| p.talk_slide.unwrap()).collect();
            assert!(from.windows(2).all(|w| w[0] <= w[1]), "in the talk's order");
            assert_eq!(from.first(), Some(&0));
            assert_eq!(from.last(), Some(&6));
            let kinds: Vec<&Slide> = all
                .iter()
                .filter(|p| p.part == 0)
                .map(|p| &p.slide)
                .collect();
            assert_eq!(
                kinds[..5],
                [
                    &Slide::Title,
                    &Slide::Own(1),
                    &Slide::Figure("participants".into()),
                    &Slide::Series(Some("participants".into())),
                    &Slide::Glance
                ]
            );
            // The presenter's console shows what comes next.
            go(&mut a, 0);
            let own = if lang == Lang::Ja {
                "日本はどうするの？"
            } else {
                "What will Japan do?"
            };
            assert_eq!(a.next_page_title().as_deref(), Some(own));
            let mut everything = String::new();
            for (at, from) in from.iter().enumerate() {
                go(&mut a, at);
                let shown = screen(&a);
                let name = format!("{tag} {}x{} page {}", size.0, size.1, at + 1);
                assert!(
                    !shown.contains(SECRET),
                    "{name}: notes on the slide\n{shown}"
                );
                assert_eq!(a.deck().unwrap().talk_slide(), Some(*from));
                if std::env::var("SHOW_SLIDES").is_ok() {
                    eprintln!("{shown}");
                }
                everything.push_str(&shown);
            }
            let (title, bullet, figure, series) = match lang {
                Lang::Ja => (
                    "烏鎮の11年",
                    "・2025年：村井純氏が受賞",
                    "1,600",
                    "参加者の推移",
                ),
                Lang::En => (
                    "Eleven years of Wuzhen",
                    "- 2025: Jun Murai honoured",
                    "1,600",
                    "Participants over the years",
                ),
            };
            for said in [title, bullet, figure, series] {
                assert!(
                    everything.contains(said),
                    "{tag} {size:?}: {said}\n{everything}"
                );
            }
        }
    }
}

#[test]
fn deck_keys_step_jump_blank_and_leave() {
    let mut a = presenting((80, 24), Lang::En);
    let count = a.deck().unwrap().pages.len();
    let index = |a: &App| a.deck().unwrap().index();
    a.update(Action::SlideNext);
    a.update(Action::SlideNext);
    assert_eq!(index(&a), 2);
    a.update(Action::SlidePrevious);
    assert_eq!(index(&a), 1);
    a.update(Action::SlideLast);
    assert_eq!(index(&a), count - 1);
    a.update(Action::SlideNext);
    assert_eq!(index(&a), count - 1, "stays on the last slide");
    // The counter and the numbers typed are the deck's slides, not this screen's pages.
    let slides = a.deck().unwrap().slides();
    assert!(
        slides < count,
        "the default deck has a slide in parts at 80x24"
    );
    a.update(Action::SlideDigit('1'));
    a.update(Action::SlideDigit('2'));
    assert!(screen(&a).contains(&format!("> 12  {slides}/{slides}")));
    a.update(Action::SlideJump);
    assert_eq!(a.deck().unwrap().at().0, 12);
    let twelfth = a.deck().unwrap().page_of_slide(12).unwrap().clone();
    assert_eq!(a.deck().unwrap().page(), Some(&twelfth), "its first page");
    assert!(screen(&a).contains(&format!("12/{slides}")));
    // A number past the end moves nothing and says so, until the next key.
    for d in "99".chars() {
        a.update(Action::SlideDigit(d));
    }
    a.update(Action::SlideJump);
    assert_eq!(a.deck().unwrap().at().0, 12);
    let said = format!("No slide 99: the deck has {slides} slides");
    assert!(screen(&a).contains(&said), "{}", screen(&a));
    a.update(Action::SlideClock);
    assert!(!screen(&a).contains(&said));
    a.update(Action::SlideClock);
    a.update(Action::SlideBlank);
    assert!(screen(&a).trim().is_empty(), "blank means blank");
    a.update(Action::SlideBlank);
    a.update(Action::SlideClock);
    assert!(screen(&a).contains("0:0"), "the clock shows time elapsed");
    a.update(Action::ToggleLang);
    assert_eq!(a.lang, Lang::Ja);
    a.update(Action::Close);
    assert!(a.quit, "leaving slides started with `present` quits");
}

#[test]
fn p_in_the_explorer_presents_and_q_comes_back() {
    let mut a = app((100, 30), Lang::En);
    a.update(Action::Present);
    assert!(a.deck().is_some());
    a.update(Action::Close);
    assert!(a.deck().is_none() && !a.quit, "back in the explorer");
}

#[test]
fn only_picks_kinds_of_slide() {
    let mut a = app((100, 30), Lang::En);
    a.present(&[SlideKind::Figures], true);
    let all = pages(&a);
    assert!(!all.is_empty());
    assert!(all.iter().all(|p| p.slide.kind() == SlideKind::Figures));
}

#[test]
fn export_for_presenterm() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .args([
            "present",
            "--export",
            "markdown",
            "--only",
            "title,figures,notes",
        ])
        .env_remove("CONFER_CONFIG")
        .env("XDG_CONFIG_HOME", "/nonexistent/confer-test-config")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let deck = String::from_utf8(output.stdout).unwrap();
    assert!(deck.starts_with("---\ntitle: \"World Internet Conference\"\n"));
    let slides = deck.matches("<!-- end_slide -->").count() + 1;
    assert!(
        !deck.trim_end().ends_with("<!-- end_slide -->"),
        "no empty last slide"
    );
    assert!(deck.contains("Participants\n===\n"));
    // More than one page at the default 120x40, each titled with its place.
    assert!(deck.contains("The figures at a glance (1/"));
    assert!(deck.contains("The figures at a glance (2/"));
    assert!(deck.contains("# 1,600"));
    assert_eq!(
        deck.matches("<!-- column_layout: [1, 1] -->").count(),
        slides
    );
    assert_eq!(deck.matches("<!-- reset_layout -->").count(), slides);
    let no_terminal = std::process::Command::new(env!("CARGO_BIN_EXE_confer"))
        .arg("present")
        .output()
        .unwrap();
    assert_eq!(no_terminal.status.code(), Some(2), "slides need a terminal");
}

#[test]
fn a_talk_exported_keeps_its_notes_for_the_speaker() {
    use confer::present::export::{Layout, Size, markdown, pages};
    let talk = talk();
    let layout = Layout::new(Size::DEFAULT);
    with_comparison(|c| {
        for (lang, tag) in LANGS {
            let deck = markdown(
                c,
                Some(&talk),
                &pages(c, Some(&talk), &[], &layout, lang),
                confer::present::SeriesModels::default(),
                lang,
                &layout,
            );
            let title = if lang == Lang::Ja {
                "烏鎮の11年"
            } else {
                "Eleven years of Wuzhen"
            };
            assert!(
                deck.starts_with(&format!("---\ntitle: \"{title}\"")),
                "{deck}"
            );
            let notes: Vec<&str> = deck
                .lines()
                .filter(|l| l.starts_with("<!-- speaker_note:"))
                .collect();
            assert_eq!(notes.len(), talk.slides.len(), "{tag}: one note a slide");
            for note in &notes {
                assert!(note.contains(SECRET) && note.ends_with(" -->"));
                assert_eq!(
                    note.matches("-->").count(),
                    1,
                    "{note}: ends only at its end"
                );
            }
            // Outside the comments, nothing of the notes.
            let shown: String = deck
                .lines()
                .filter(|l| !l.starts_with("<!-- speaker_note:"))
                .collect();
            assert!(!shown.contains(SECRET));
            // Nothing cut: every event of both timelines, on one page or another (its lines
            // joined again as presenterm shows them).
            let unbroken: String = deck
                .lines()
                .map(presenterm::shown)
                .collect::<String>()
                .split(char::is_whitespace)
                .collect();
            for event in c.timeline.0.iter().chain(&c.timeline.1) {
                let title: String = event.title.get(lang.tag()).split_whitespace().collect();
                assert!(unbroken.contains(&title), "{tag}: {title}");
            }
            assert!(deck.contains(if lang == Lang::Ja {
                "・2025年：村井純氏が受賞"
            } else {
                "\\- 2025: Jun Murai honoured"
            }));
        }
    });
}

#[test]
fn a_talk_figure_one_edition_lacks_says_so_and_a_long_own_slide_continues() {
    let long: String = (1..=30)
        .map(|i| format!("- 論点{i}：烏鎮で語られたこと\n"))
        .collect();
    let talk = Talk {
        path: "talk.toml".into(),
        title: None,
        editions: Vec::new(),
        series: None,
        slides: vec![
            TalkSlide {
                kind: TalkSlideKind::Show {
                    show: Show::Figure,
                    key: Some("media".into()),
                },
                notes: None,
            },
            TalkSlide {
                kind: TalkSlideKind::Own {
                    title: text("論点", "Points"),
                    body: Some(text(&long, &long)),
                },
                notes: None,
            },
        ],
    };
    let mut a = app((60, 20), Lang::Ja);
    a.present_talk(talk, &[], true);
    let shown = screen(&a);
    assert!(
        shown.contains("報道関係者") && shown.contains("データなし"),
        "{shown}"
    );
    let all = pages(&a);
    let own: Vec<&Page> = all.iter().filter(|p| p.slide == Slide::Own(1)).collect();
    assert!(own.len() > 1, "thirty bullets do not fit 60x20");
    let mut said = String::new();
    for at in 1..all.len() {
        go(&mut a, at);
        let shown = screen(&a);
        assert!(
            shown.contains(&format!("論点（{}/{}）", at, own.len())),
            "{shown}"
        );
        said.push_str(&shown);
    }
    for i in 1..=30 {
        assert!(said.contains(&format!("・論点{i}：")), "bullet {i}");
    }
}
