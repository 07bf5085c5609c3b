//! The series view: one box over both panes, its lines drawn span by span, the selected
//! line marked; while the series is read, how far the reading has got.

use ratatui::buffer::Buffer;

use crate::text::{display_width, draw_text, truncate};
use crate::tui::app::App;
use crate::tui::screen::Screen;

use super::bordered;

pub fn series(app: &App, screen: &Screen, buf: &mut Buffer) {
    let body = screen.body();
    // The series is named in the header and on the first line: the box says which view.
    let title = crate::tui::screen::Tab::Series.title(app.lang);
    bordered(buf, body, title, app.theme.border(), &app.profile);
    let area = app.series_area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let words = &app.lang.words().series;
    let status = match (app.series.reading, app.series_loaded()) {
        (Some((done, total)), _) => (words.reading)(done, total),
        (None, Some(loaded)) if loaded.left_out > 0 => (words.unreadable)(loaded.left_out),
        _ if app.beside_model().is_some() => app.lang.words().pair.hint.to_string(),
        _ => words.hint.to_string(),
    };
    let status = truncate(&status, usize::from(area.width), &app.profile);
    draw_text(
        buf,
        area.x,
        area.y,
        area.width,
        &status,
        app.theme.footer(),
        &app.profile,
    );
    if app.series.reading.is_some() {
        return;
    }
    let laid = app.series_lines();
    let selected = app.series_selected().map(|(line, _)| line);
    let place = app.series.place;
    let shown = laid
        .lines
        .iter()
        .enumerate()
        .skip(place.scroll)
        .take(usize::from(area.height.saturating_sub(1)));
    for (row, (n, line)) in shown.enumerate() {
        let y = area.y + 1 + row as u16;
        let highlight = (Some(n) == selected).then(|| app.theme.selected());
        if let Some(style) = highlight {
            for x in area.x..area.x + area.width {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.set_style(style);
                }
            }
        }
        let mut x = area.x;
        for span in &line.spans {
            let room = (area.x + area.width).saturating_sub(x);
            if room == 0 {
                break;
            }
            let mut style = if line.heading {
                app.theme.subheading()
            } else {
                app.theme.tone(span.tone)
            };
            if let Some(h) = highlight {
                style = style.patch(h);
            }
            draw_text(buf, x, y, room, &span.text, style, &app.profile);
            x += display_width(&span.text, &app.profile) as u16;
        }
    }
}
