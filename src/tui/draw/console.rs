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
use crate::tui::deck::Deck;
use crate::tui::keymap::{Command, KeyMode};

pub fn console(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    Clear.render(area, buf);
    let words = &app.lang.words().console;
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
    let name = words.name;
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
    let page = (parts > 1).then_some((part, parts));
    let at = (words.at)(slide, deck.slides(), &title, page);
    put(buf, 2, &at, bold);
    if let Some(said) = status(deck, app.lang) {
        put(buf, 3, &said, app.theme.subheading());
    }

    if let (Some(frame), Some(inside)) = (layout.preview, layout.preview_inside()) {
        preview(app, deck, frame, inside, buf);
    }
    notes(app, deck, layout.notes, buf);

    put(buf, layout.foot, &rule, app.theme.border());
    let next = (words.next)(app.next_page_title().as_deref());
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
    let words = &lang.words().console;
    if let Some(notice) = &deck.notice {
        return Some(super::slide::notice_text(notice, lang));
    }
    if deck.blank {
        return Some(words.blank.to_string());
    }
    (!deck.jump.is_empty()).then(|| (words.jump)(&deck.jump))
}

/// The audience's page as this console draws it, in a box: the same slide and about the
/// same part of it, at the preview's size.
fn preview(app: &App, deck: &Deck, frame: Rect, inside: Rect, buf: &mut Buffer) {
    let title = app.lang.words().console.preview;
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
    let words = &app.lang.words().console;
    let profile = &app.profile;
    let heading = words.notes;
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
        None => vec![words.no_notes.to_string()],
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
    let said = &app.lang.words().console;
    let words = [
        (Command::SlideNext, said.next_key),
        (Command::SlidePrevious, said.back_key),
        (Command::SlideJump, said.jump_key),
        (Command::SlideBlank, said.blank_key),
        (Command::Help, said.keys_key),
        (Command::Leave, said.quit_key),
    ];
    let mut items = Vec::new();
    for (command, word) in words {
        if let Some(binding) = app
            .keymap
            .in_mode(KeyMode::Slides)
            .find(|b| b.command == command)
        {
            items.push(format!("{} {word}", binding.keys.first_label()));
        }
    }
    items.join(said.key_sep)
}
