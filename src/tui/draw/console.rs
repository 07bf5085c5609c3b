//! The presenter's console (`present --deck --presenter`): where the talk is, the current
//! slide's speaker notes, the next slide's title and the time, for the presenter's eyes only.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Clear, Widget};

use crate::compare::compare;
use crate::i18n::Lang;
use crate::present::page_title;
use crate::text::{display_width, draw_text, truncate, wrap};
use crate::tui::app::App;
use crate::tui::deck::Deck;
use crate::tui::keymap::{Command, KeyMode};

pub fn console(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    Clear.render(area, buf);
    let ja = app.lang == Lang::Ja;
    let profile = &app.profile;
    let (margin, _) = app.theme.margins(area);
    let (x, width) = (margin, area.width.saturating_sub(2 * margin));
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

    // The time, right-aligned on the top line; the console's name on its left.
    let elapsed = deck.started.elapsed().as_secs();
    let clock = format!(
        "{} {}:{:02}:{:02}",
        if ja { "経過" } else { "elapsed" },
        elapsed / 3600,
        elapsed / 60 % 60,
        elapsed % 60
    );
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

    let (left, right) = app.sides();
    let c = compare(left, right);
    let series = app.series_model().map(|m| m.as_ref());
    let talk = deck.talk.as_ref();
    let place = deck.place();
    let slides = deck.pages.iter().filter(|p| p.part == 0).count();
    let now = match deck.page() {
        Some(page) => page_title(page, &c, series, talk, app.lang),
        None => String::new(),
    };
    // Another screen cuts this slide into more pages: say which of them the room sees.
    let room = match deck.room_page() {
        Some((page, of)) if ja => format!("（聴衆の画面では {page}/{of} ページ）"),
        Some((page, of)) => format!(" (page {page}/{of} on the audience's screen)"),
        None => String::new(),
    };
    let at = if ja {
        format!("スライド {}/{}　{now}{room}", place.index + 1, slides)
    } else {
        format!("Slide {}/{}  {now}{room}", place.index + 1, slides)
    };
    put(buf, 2, &at, bold);
    if deck.blank {
        let blank = if ja {
            "聴衆の画面は消えています（b で戻す）"
        } else {
            "The audience's screen is blank (b brings it back)"
        };
        put(buf, 3, blank, app.theme.subheading());
    } else if !deck.jump.is_empty() {
        let typed = if ja {
            format!("移動先：{}（Enter で移動）", deck.jump)
        } else {
            format!("Go to: {} (Enter)", deck.jump)
        };
        put(buf, 3, &typed, app.theme.subheading());
    }

    // The notes fill the middle; the next slide and the keys sit at the foot.
    let foot = area.height.saturating_sub(3);
    put(
        buf,
        4,
        if ja { "メモ" } else { "Notes" },
        app.theme.subheading(),
    );
    let notes = deck
        .talk_slide()
        .and_then(|i| talk?.slides.get(i)?.notes.as_ref())
        .map(|n| n.get(app.lang.tag()).to_string());
    let lines = match &notes {
        Some(notes) => wrap(notes, usize::from(width), profile),
        None => vec![
            if ja {
                "（メモなし）"
            } else {
                "(no notes)"
            }
            .to_string(),
        ],
    };
    let room = usize::from(foot.saturating_sub(5));
    for (i, line) in lines.iter().take(room).enumerate() {
        let line = if i + 1 == room && lines.len() > room {
            // The rest would not fit: say so rather than stop mid-thought without a sign.
            format!("{line}{}", profile.ellipsis())
        } else {
            line.clone()
        };
        put(buf, 5 + i as u16, &line, Style::new());
    }
    put(buf, foot, &rule, app.theme.border());
    let next = deck
        .next_page()
        .map(|page| page_title(page, &c, series, talk, app.lang));
    let next = match (next, ja) {
        (Some(title), true) => format!("次：{title}"),
        (Some(title), false) => format!("Next: {title}"),
        (None, true) => "次：（最後のスライド）".to_string(),
        (None, false) => "Next: (this is the last slide)".to_string(),
    };
    put(buf, foot + 1, &next, bold);
    put(
        buf,
        foot + 2,
        &keys(app),
        app.theme.tone(crate::rows::Tone::Dim),
    );
    if deck.help {
        super::slide::help(app, area, buf);
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
