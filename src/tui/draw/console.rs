//! The presenter's console (`present --deck --presenter`): where the talk is, a preview of
//! the audience's page, the current slide's speaker notes, the next slide's title and the
//! talk's clock, for the presenter's eyes only.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Clear, Widget};

use ratatui::layout::Rect;

use crate::i18n::Lang;
use crate::present::elapsed;
use crate::text::{display_width, draw_text, truncate, wrap};
use crate::tui::app::App;
use crate::tui::console_layout::ConsoleLayout;
use crate::tui::deck::{Deck, Notice};
use crate::tui::keymap::{Command, KeyMode};

pub fn console(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    Clear.render(area, buf);
    let ja = app.lang == Lang::Ja;
    let profile = &app.profile;
    let layout = ConsoleLayout::new(area, app.theme);
    let (x, width) = (layout.x, layout.width);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let put = |buf: &mut Buffer, y: u16, text: &str, style: Style| {
        if y < area.height {
            draw_text(
                buf,
                x,
                y,
                width,
                &truncate(text, usize::from(width), profile),
                style,
                profile,
            );
        }
    };
    let rule = profile.border_set().horizontal_top.repeat(
        usize::from(width) / display_width(profile.border_set().horizontal_top, profile).max(1),
    );

    // The talk's clock, right-aligned on the top line, written as the audience's screen
    // writes it; the console's name on its left.
    let clock = elapsed(deck.started.elapsed(), app.lang);
    let clock_width = display_width(&clock, profile) as u16;
    let name = if ja {
        "発表者コンソール"
    } else {
        "Presenter console"
    };
    put(buf, 0, name, app.theme.title());
    if width > clock_width {
        draw_text(
            buf,
            x + width - clock_width,
            0,
            clock_width,
            &clock,
            bold,
            profile,
        );
    }
    put(buf, 1, &rule, app.theme.border());

    // Where the talk is, as the room counts: the slide of the deck, the audience's page.
    let (slide, part, parts) = deck.at();
    let title = app.page_title().unwrap_or_default();
    let at = match (ja, parts > 1) {
        (true, true) => format!(
            "スライド {slide}/{}　{title}　聴衆の画面 {part}/{parts} ページ",
            deck.slides()
        ),
        (true, false) => format!("スライド {slide}/{}　{title}", deck.slides()),
        (false, true) => format!(
            "Slide {slide}/{}  {title}  audience's page {part}/{parts}",
            deck.slides()
        ),
        (false, false) => format!("Slide {slide}/{}  {title}", deck.slides()),
    };
    put(buf, 2, &at, bold);
    if let Some(said) = status(deck, app.lang) {
        put(buf, 3, &said, app.theme.subheading());
    }

    if let (Some(frame), Some(inside)) = (layout.preview, layout.preview_inside()) {
        preview(app, deck, frame, inside, buf);
    }
    notes(app, deck, layout.notes, buf);

    put(buf, layout.foot, &rule, app.theme.border());
    let next = match (app.next_page_title(), ja) {
        (Some(title), true) => format!("次：{title}"),
        (Some(title), false) => format!("Next: {title}"),
        (None, true) => "次：（最後のスライド）".to_string(),
        (None, false) => "Next: (this is the last slide)".to_string(),
    };
    put(buf, layout.foot + 1, &next, bold);
    put(
        buf,
        layout.foot + 2,
        &keys(app),
        app.theme.tone(crate::rows::Tone::Dim),
    );
    if deck.help {
        super::slide::help(app, area, buf);
    }
}

/// What the console says under where the talk is: the audience's screen blanked, a slide
/// number being typed, or what the last key could not do.
pub fn status(deck: &Deck, lang: Lang) -> Option<String> {
    let ja = lang == Lang::Ja;
    if let Some(notice) = &deck.notice {
        return Some(notice_text(notice, lang));
    }
    if deck.blank {
        return Some(
            if ja {
                "聴衆の画面は消えています（b で戻す）"
            } else {
                "The audience's screen is blank (b brings it back)"
            }
            .to_string(),
        );
    }
    (!deck.jump.is_empty()).then(|| {
        if ja {
            format!("移動先のスライド：{}（Enter で移動）", deck.jump)
        } else {
            format!("Go to slide: {} (Enter)", deck.jump)
        }
    })
}

/// A notice as the reader's language says it.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match (notice, lang) {
        (Notice::NoSuchSlide { typed, slides }, Lang::Ja) => {
            format!("スライド {typed} はありません（全{slides}枚）")
        }
        (Notice::NoSuchSlide { typed, slides }, Lang::En) => {
            let s = if *slides == 1 { "" } else { "s" };
            format!("No slide {typed}: the deck has {slides} slide{s}")
        }
    }
}

/// The audience's page as this console draws it, in a box: the same slide and about the
/// same part of it, at the preview's size.
fn preview(app: &App, deck: &Deck, frame: Rect, inside: Rect, buf: &mut Buffer) {
    let title = if app.lang == Lang::Ja {
        "聴衆の画面"
    } else {
        "Audience's screen"
    };
    super::popup_frame(buf, frame, title, app.theme.border(), &app.profile);
    if deck.blank {
        return;
    }
    let mut drawn = Buffer::empty(Rect::new(0, 0, inside.width, inside.height));
    super::slide::page_only(app, deck, &mut drawn);
    for y in 0..inside.height {
        for x in 0..inside.width {
            if let (Some(from), Some(to)) = (
                drawn.cell((x, y)),
                buf.cell_mut((inside.x + x, inside.y + y)),
            ) {
                *to = from.clone();
            }
        }
    }
}

/// The speaker notes of the slide on screen, under their heading; cut with a sign where
/// they do not fit.
fn notes(app: &App, deck: &Deck, area: Rect, buf: &mut Buffer) {
    let ja = app.lang == Lang::Ja;
    let profile = &app.profile;
    let heading = if ja { "メモ" } else { "Notes" };
    draw_text(
        buf,
        area.x,
        area.y,
        area.width,
        heading,
        app.theme.subheading(),
        profile,
    );
    let notes = deck
        .talk_slide()
        .and_then(|i| deck.talk.as_ref()?.slides.get(i)?.notes.as_ref())
        .map(|n| n.get(app.lang.tag()).to_string());
    let lines = match &notes {
        Some(notes) => wrap(notes, usize::from(area.width), profile),
        None => vec![
            if ja {
                "（メモなし）"
            } else {
                "(no notes)"
            }
            .to_string(),
        ],
    };
    let room = usize::from(area.height.saturating_sub(1));
    for (i, line) in lines.iter().take(room).enumerate() {
        let line = if i + 1 == room && lines.len() > room {
            // The rest would not fit: say so rather than stop mid-thought without a sign.
            format!("{line}{}", profile.ellipsis())
        } else {
            line.clone()
        };
        let line = truncate(&line, usize::from(area.width), profile);
        draw_text(
            buf,
            area.x,
            area.y + 1 + i as u16,
            area.width,
            &line,
            Style::new(),
            profile,
        );
    }
}

/// The console's keys, from the keymap (so a reader's own keys show): the first key of
/// each command, with a short word.
fn keys(app: &App) -> String {
    let ja = app.lang == Lang::Ja;
    let words = [
        (Command::SlideNext, "次", "next"),
        (Command::SlidePrevious, "前", "back"),
        (Command::SlideJump, "番号で移動", "jump"),
        (Command::SlideBlank, "消す", "blank"),
        (Command::Help, "キー", "keys"),
        (Command::Leave, "終了", "quit"),
    ];
    let mut items = Vec::new();
    for (command, word_ja, word_en) in words {
        if let Some(binding) = app
            .keymap
            .in_mode(KeyMode::Slides)
            .find(|b| b.command == command)
        {
            let word = if ja { word_ja } else { word_en };
            items.push(format!("{} {word}", binding.keys.first_label()));
        }
    }
    items.join(if ja { "　" } else { "  " })
}
