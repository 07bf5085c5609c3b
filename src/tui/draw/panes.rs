//! The two panes: each edition's side of the same lines, scrolled together, with the
//! selected entry and search matches marked in both.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::rows::{PaneLineKind, date_range_place};
use crate::text::{draw_text, truncate};
use crate::tui::app::{App, View};
use crate::tui::screen::Screen;

use super::{bordered, para_line};

pub fn panes(app: &App, view: &View, screen: &Screen, buf: &mut Buffer) {
    let (left, right) = app.sides();
    let place = app.place();
    let selected_row = app.selected_row(view);
    let matched_rows: Vec<usize> = view
        .items
        .iter()
        .filter(|i| i.matches)
        .map(|i| i.row)
        .collect();
    for (area, side, is_left) in [(screen.left, left, true), (screen.right, right, false)] {
        let label = side.edition.label_or_name().get(app.lang.tag());
        bordered(buf, area, label, app.theme.border(), &app.profile);
        if area.width < 3 || area.height < 3 {
            continue;
        }
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        // Beside an edition of another series, each side says its own.
        let info = if left.series.id == right.series.id {
            date_range_place(side.edition, app.lang)
        } else {
            let series = side.series.name.get(app.lang.tag());
            format!("{series}  {}", date_range_place(side.edition, app.lang))
        };
        let info = truncate(&info, usize::from(inner.width), &app.profile);
        draw_text(
            buf,
            inner.x,
            inner.y,
            inner.width,
            &info,
            app.theme.footer(),
            &app.profile,
        );
        let body = Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height.saturating_sub(1),
        );
        for (i, line) in view
            .lines
            .iter()
            .skip(place.scroll)
            .take(usize::from(body.height))
            .enumerate()
        {
            let y = body.y + i as u16;
            let mut style = ratatui::style::Style::new();
            let para = match &line.kind {
                PaneLineKind::Title(p) => {
                    style = app.theme.subheading();
                    Some(p)
                }
                PaneLineKind::Cells(l, r) => {
                    let p = if is_left { l.as_ref() } else { r.as_ref() };
                    if let Some(p) = p {
                        style = app.theme.tone(p.tone);
                    }
                    p
                }
            };
            if matched_rows.contains(&line.row) {
                style = style.patch(app.theme.matched());
            }
            if Some(line.row) == selected_row {
                let highlight = app.theme.selected();
                for x in body.x..body.x + body.width {
                    if let Some(cell) = buf.cell_mut((x, y)) {
                        cell.set_style(highlight);
                    }
                }
                style = style.patch(highlight);
            }
            if let Some(p) = para {
                para_line(buf, (body.x, y), body.width, p, style, &app.profile);
            }
        }
    }
}
