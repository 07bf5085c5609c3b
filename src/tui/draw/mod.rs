//! Drawing the explorer: pure functions of the app state onto a ratatui buffer. Every text
//! goes through the text module's `draw_text`, under the terminal's profile.

pub(crate) mod chrome;
mod console;
mod panes;
pub(crate) mod popups;
mod series;
mod slide;
mod slide_body;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

use super::app::{App, Mode};
use crate::rows::Para;
use crate::text::{Profile, display_width, draw_link, draw_text, fit};

/// Draws the whole screen, then gives what is left in the terminal's colours the theme's,
/// and writes each link once a line rather than once a glyph.
pub fn draw(app: &App, buf: &mut Buffer) {
    draw_views(app, buf);
    app.theme.paint_ground(buf);
    if app.profile.hyperlinks {
        crate::text::join_links(buf);
    }
}

fn draw_views(app: &App, buf: &mut Buffer) {
    // Lets the tests prove that a panic while drawing still restores the terminal; debug
    // builds only, so no release binary carries it.
    #[cfg(debug_assertions)]
    if std::env::var_os("CONFER_TEST_PANIC_IN_DRAW").is_some() {
        panic!("a test asked for a panic while drawing");
    }
    // As an allocation that fails aborts: the terminal is restored on SIGABRT too.
    #[cfg(debug_assertions)]
    if std::env::var_os("CONFER_TEST_ABORT_IN_DRAW").is_some() {
        std::process::abort();
    }
    let area = buf.area;
    let Some(screen) = app.screen() else {
        too_small(app, buf, area);
        return;
    };
    if let Mode::Slides(deck) = &app.mode {
        if deck.console {
            console::console(app, deck, buf);
        } else {
            slide_within_rows(app, deck, buf);
        }
        return;
    }
    let view = app.view();
    chrome::header(app, buf, screen.header);
    chrome::tabs(app, buf, screen.tabs);
    if app.series.open {
        series::series(app, &screen, buf);
    } else {
        panes::panes(app, &view, &screen, buf);
    }
    chrome::footer(app, &view, buf, screen.footer);
    if let (Some(banner), Some(row)) = (&app.banner, screen.banner) {
        chrome::banner_line(app, banner, buf, row);
    }
    match &app.mode {
        Mode::Detail { scroll } => popups::detail(app, &view, *scroll, buf, area),
        Mode::Appearances { scroll } => popups::appearances(app, *scroll, buf, area),
        Mode::Help { scroll } => popups::help(app, *scroll, buf, area),
        Mode::Picker {
            choosing_right,
            cursor,
            left,
        } => popups::picker(app, *choosing_right, *cursor, *left, buf, area),
        Mode::Browse | Mode::Search | Mode::Slides(_) => {}
    }
}

/// One line of a cell at (x, y), in at most `width` columns: its text, and the address in it
/// (or the piece of it on this line) as a link where the terminal takes them. The text
/// after the address is the mark of a piece that goes on, outside the link.
pub(crate) fn para_line(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    width: u16,
    para: &Para,
    style: Style,
    profile: &Profile,
) -> u16 {
    let Some(link) = &para.link else {
        return draw_text(buf, x, y, width, &para.text, style, profile);
    };
    let at = link.at.clone();
    let mut used = draw_text(buf, x, y, width, &para.text[..at.start], style, profile);
    let text = &para.text[at.clone()];
    used += draw_link(
        buf,
        x + used,
        y,
        width - used,
        text,
        &link.url,
        style,
        profile,
    );
    used + draw_text(
        buf,
        x + used,
        y,
        width - used,
        &para.text[at.end..],
        style,
        profile,
    )
}

/// A slide inside the theme's blank rows above and below: drawn on a shorter screen and
/// set in place, so that the slide's own layout (and its columns, which depend on the
/// width alone) stays the slide module's.
fn slide_within_rows(app: &App, deck: &crate::tui::deck::Deck, buf: &mut Buffer) {
    let area = buf.area;
    let (_, rows) = app.theme.slide_margins(area);
    if rows == 0 || area.height <= 2 * rows {
        slide::slide(app, deck, buf);
        return;
    }
    let mut slide_buf = Buffer::empty(Rect::new(0, 0, area.width, area.height - 2 * rows));
    slide::slide(app, deck, &mut slide_buf);
    ratatui::widgets::Clear.render(area, buf);
    for y in 0..slide_buf.area.height {
        for x in 0..area.width {
            if let (Some(from), Some(to)) = (
                slide_buf.cell((x, y)),
                buf.cell_mut((area.x + x, area.y + rows + y)),
            ) {
                *to = from.clone();
            }
        }
    }
}

fn too_small(app: &App, buf: &mut Buffer, area: Rect) {
    let (w, h) = super::screen::MIN_SIZE;
    // In phrases, each kept whole on a line where it fits.
    let phrases = (app.lang.words().explorer.too_small)(w, h, area.width, area.height);
    let y = area.height / 2;
    let width = usize::from(area.width);
    let mut lines: Vec<String> = Vec::new();
    for phrase in phrases {
        match lines.last_mut() {
            Some(last) if display_width(&format!("{last}{phrase}"), &app.profile) <= width => {
                last.push_str(&phrase);
            }
            _ => lines.extend(crate::text::wrap(&phrase, width, &app.profile)),
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let row = y + i as u16;
        if row < area.height {
            draw_text(buf, 0, row, area.width, line, Style::new(), &app.profile);
        }
    }
}

/// A bordered box in the profile's border characters, with a title drawn by the text module.
/// A box drawn over the panes (a popup, the keys over the slides): cleared, with every edge
/// intact whatever wide text lay under it. Returns the area inside the border.
fn popup_frame(buf: &mut Buffer, area: Rect, title: &str, style: Style, profile: &Profile) -> Rect {
    // A blank column either side sets the box apart from the text behind it, which could
    // otherwise run into its edge ("…+-11-07" reads as one more corner).
    let left = area.x.saturating_sub(1).max(buf.area.x);
    let right = (area.right() + 1).min(buf.area.right());
    let outer = Rect::new(left, area.y, right - left, area.height);
    crate::text::clear_under(buf, outer, profile);
    ratatui::widgets::Clear.render(outer, buf);
    bordered(buf, area, title, style, profile);
    Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

fn bordered(buf: &mut Buffer, area: Rect, title: &str, style: Style, profile: &Profile) {
    Block::bordered()
        .border_set(profile.border_set())
        .border_style(style)
        .render(area, buf);
    if area.width > 4 {
        let room = usize::from(area.width - 4);
        let title = fit(
            &format!(" {title} "),
            room.min(display_width(title, profile) + 2),
            profile,
        );
        // The title is the edition's label: it reads as text, not as part of the frame.
        let title_style = Style::new()
            .fg(ratatui::style::Color::Reset)
            .add_modifier(ratatui::style::Modifier::BOLD);
        draw_text(
            buf,
            area.x + 2,
            area.y,
            area.width - 4,
            &title,
            title_style,
            profile,
        );
    }
}
