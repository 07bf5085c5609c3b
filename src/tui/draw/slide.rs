//! A slide on the whole screen: its title, its body (two columns, or large numerals), the
//! slide counter in the corner, and the clock when asked for. Readable from the back of a
//! room: bold and plain text only, nothing that needs colour to be understood.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Clear, Widget};

use super::slide_body::{chart_body, columns, figure_body, text_lines};
use crate::compare::compare;
use crate::i18n::Lang;
use crate::present::paging::{Frame, flowing_pages, paired_pages, text_pages};
use crate::present::{Body, content, elapsed, titled_at};
use crate::rows::{PaneLineKind, Row};
use crate::text::{display_width, draw_text, truncate, wrap};
use crate::tui::app::{App, SlideKey};
use crate::tui::deck::Deck;
use crate::tui::deck::Notice;
use crate::tui::keymap::KeyMode;

pub fn slide(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    Clear.render(area, buf);
    if deck.blank {
        return;
    }
    let margin = slide_frame(app, area).margin;
    // A deck of no pages (`--only` kinds this comparison has none of) still has its keys.
    if let Some(page) = deck.page() {
        cached(app, deck, page, buf);
    }
    footer(app, deck, area, margin, buf);
    if let Some(banner) = &app.banner {
        let row = Rect::new(0, area.height.saturating_sub(2), area.width, 1);
        super::chrome::banner_line(app, banner, buf, row);
    }
    if deck.help {
        help(app, area, buf);
    }
}

/// The page on screen alone, its title, rule and body, at the size of `buf` (the
/// presenter's console previews it so).
pub(super) fn page_only(app: &App, deck: &Deck, buf: &mut Buffer) {
    if let Some(page) = deck.page() {
        cached(app, deck, page, buf);
    }
}

/// The page drawn once and copied after: frames that only move the clock draw nothing new.
fn cached(app: &App, deck: &Deck, page: &crate::present::Page, buf: &mut Buffer) {
    let area = buf.area;
    let (_, part, parts) = deck.at();
    // What is shown: the page (its slide and part) and all a drawing of it depends on.
    let key = SlideKey {
        page: page.clone(),
        room_page: (part, parts),
        lang: app.lang,
        size: (area.width, area.height),
        editions: (app.left, app.right),
        generation: app.generation,
        theme: app.theme,
        series_read: (app.series_model().is_some(), app.right_model().is_some()),
    };
    let mut cache = app.slide_cache.borrow_mut();
    match cache
        .as_ref()
        .filter(|(k, drawn)| *k == key && drawn.area == area)
    {
        Some((_, drawn)) => buf.content.clone_from(&drawn.content),
        None => {
            let mut drawn = Buffer::empty(area);
            slide_itself(app, deck, &mut drawn);
            buf.content.clone_from(&drawn.content);
            *cache = Some((key, drawn));
        }
    }
}

/// The page's title (with "2/3" where the slide is in parts), rule and body.
fn slide_itself(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    let Some(page) = deck.page() else {
        return;
    };
    let frame = slide_frame(app, area);
    let (left, right) = app.sides();
    let comparison = compare(left, right);
    let series = app.slide_models();
    let talk = deck.talk.as_ref();
    let (title, body) = content(&page.slide, &comparison, series, talk, app.lang);
    let profile = &app.profile;
    let (margin, width) = (frame.margin, frame.width);
    title_and_rule(app, deck, &title, margin, width, buf);
    let body_area = Rect::new(margin, frame.body_top, width, frame.body_height);
    let (l, r) = comparison.labels();
    let labels = (l.get(app.lang.tag()), r.get(app.lang.tag()));
    let (half, height) = (usize::from(frame.half()), frame.column_height());
    let part = page.part;
    match body {
        Body::Title {
            subtitle,
            left,
            right,
        } => {
            let mut below = body_area;
            if let Some(subtitle) = subtitle {
                let line = truncate(&subtitle, usize::from(width), profile);
                draw_text(
                    buf,
                    margin,
                    below.y,
                    width,
                    &line,
                    app.theme.title(),
                    profile,
                );
                below = Rect::new(margin, below.y + 2, width, below.height.saturating_sub(2));
            }
            let rows = [Row::Pair(left, right)];
            let pages = paired_pages(&rows, half, height, profile);
            let lines = pages.first().map_or(&[][..], Vec::as_slice);
            columns(app, labels, lines, [false; 2], below, buf);
        }
        Body::Figure {
            left,
            right,
            change,
        } => figure_body(app, labels, [left, right], change, body_area, buf),
        Body::Rows(rows) => {
            let pages = flowing_pages(&rows, half, height, profile);
            page_of_columns(app, labels, &pages, part, body_area, buf);
        }
        Body::Paired(rows) => {
            let pages = paired_pages(&rows, half, height, profile);
            page_of_columns(app, labels, &pages, part, body_area, buf);
        }
        Body::Chart(chart) => chart_body(app, &chart, body_area, buf),
        Body::Text(blocks) => {
            let height = usize::from(body_area.height);
            let pages = text_pages(&blocks, usize::from(width), height, app.lang, profile);
            let lines = pages
                .get(part)
                .or(pages.last())
                .map_or(&[][..], Vec::as_slice);
            text_lines(app, lines, Style::new(), body_area, buf);
        }
        Body::Message(text) => {
            let lines = wrap(&text, usize::from(width), profile);
            text_lines(app, &lines, Style::new(), body_area, buf);
        }
    }
}

/// The title, with the room's page of the slide, and a rule under it.
fn title_and_rule(app: &App, deck: &Deck, title: &str, margin: u16, width: u16, buf: &mut Buffer) {
    let profile = &app.profile;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let (_, room_part, room_parts) = deck.at();
    let title = titled_at(title, room_part, room_parts, app.lang);
    let title = truncate(&title, usize::from(width), profile);
    draw_text(buf, margin, 1, width, &title, bold, profile);
    let rule = profile.border_set().horizontal_top.repeat(
        usize::from(width) / display_width(profile.border_set().horizontal_top, profile).max(1),
    );
    draw_text(buf, margin, 2, width, &rule, app.theme.border(), profile);
}

/// One page of a list in two columns; a column that had entries on an earlier page and has
/// none on this one says its list ended there.
fn page_of_columns(
    app: &App,
    labels: (&str, &str),
    pages: &[Vec<PaneLineKind>],
    part: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let has = |page: &Vec<PaneLineKind>, left: bool| {
        page.iter().any(|line| match line {
            PaneLineKind::Title(_) => true,
            PaneLineKind::Cells(l, r) => if left { l } else { r }.is_some(),
        })
    };
    let part = part.min(pages.len().saturating_sub(1));
    let before = &pages[..part];
    let ended = [true, false].map(|left| before.iter().any(|p| has(p, left)));
    let lines = pages.get(part).map_or(&[][..], Vec::as_slice);
    columns(app, labels, lines, ended, area, buf);
}

/// The slide of the deck on the right ("5/7"), with the number being typed or what the
/// last key could not do; the talk's clock on the left when asked for.
fn footer(app: &App, deck: &Deck, area: Rect, margin: u16, buf: &mut Buffer) {
    let profile = &app.profile;
    let y = area.height.saturating_sub(1);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let (slide, _, _) = deck.at();
    let counter = format!("{slide}/{}", deck.slides());
    let counter = match &deck.notice {
        Some(notice) => format!("{}  {counter}", notice_text(notice, app.lang)),
        None if !deck.jump.is_empty() => format!("> {}  {counter}", deck.jump),
        None => counter,
    };
    let room = usize::from(area.width.saturating_sub(2 * margin));
    let counter = truncate(&counter, room, profile);
    let w = display_width(&counter, profile) as u16;
    if area.width >= w + margin {
        draw_text(buf, area.width - margin - w, y, w, &counter, bold, profile);
    }
    if deck.clock {
        let clock = elapsed(deck.started.elapsed(), app.lang);
        let clock_width = display_width(&clock, profile) as u16;
        // Left of the counter, never over it.
        if margin + clock_width + 2 + w <= area.width.saturating_sub(margin) {
            draw_text(buf, margin, y, clock_width, &clock, bold, profile);
        }
    }
}

/// The slides' keys over the screen (`?`): the slides and the console share them.
pub(super) fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = app.keymap.help(KeyMode::Slides, app.lang);
    let title = app.lang.words().explorer.keys_title;
    super::popups::keys_box(app, &lines, None, title, buf, area);
}

/// Where the slide's parts go on this screen, with the theme's margins: the frame the deck
/// was cut into pages with (`App::slide_frame`), for the screen the slide is drawn on.
fn slide_frame(app: &App, area: Rect) -> Frame {
    Frame::with_margin((area.width, area.height), app.theme.slide_margins(area).0)
}

/// A notice (on the slide's footer and the console's) as the reader's language says it.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::NoSuchSlide { typed, slides } => {
            (lang.words().console.no_such_slide)(typed, *slides)
        }
    }
}
