//! Popups over the panes: an entry's every field, the keys, the edition picker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::rows::PaneLineKind;
use crate::text::{draw_text, truncate};
use crate::tui::app::{App, PickerLine, View, picker_lines};
use crate::tui::screen::{centred, detail_box, keys_box as keys_area};

fn open(app: &App, buf: &mut Buffer, area: Rect, title: &str) -> Rect {
    super::popup_frame(buf, area, title, app.theme.title(), &app.profile)
}

/// Every edition the selected person or organization of the series view appears in.
pub fn appearances(app: &App, scroll: usize, buf: &mut Buffer, area: Rect) {
    let lines = app.appearance_lines();
    if lines.is_empty() {
        return;
    }
    let title = app.lang.words().explorer.listed_in_title;
    let inner = open(app, buf, detail_box(area), title);
    let scroll = scroll.min(lines.len().saturating_sub(1));
    for (i, (text, tone)) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + i as u16;
        let style = app.theme.tone(*tone);
        draw_text(buf, inner.x, y, inner.width, text, style, &app.profile);
    }
}

pub fn detail(app: &App, view: &View, scroll: usize, buf: &mut Buffer, area: Rect) {
    if app.selected_row(view).is_none() {
        return;
    }
    let title = app.lang.words().explorer.detail_title;
    let inner = open(app, buf, detail_box(area), title);
    let lines = app.detail_lines();
    let half = inner.width.saturating_sub(3) / 2;
    let scroll = scroll.min(lines.len().saturating_sub(1));
    for (i, line) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + i as u16;
        if let PaneLineKind::Cells(l, r) = &line.kind {
            for (para, x) in [(l, inner.x), (r, inner.x + half + 3)] {
                if let Some(p) = para {
                    let style = app.theme.tone(p.tone);
                    super::para_line(buf, (x, y), half, p, style, &app.profile);
                }
            }
            draw_text(
                buf,
                inner.x + half + 1,
                y,
                1,
                app.profile.border_set().vertical_left,
                app.theme.border(),
                &app.profile,
            );
        }
    }
}

/// The explorer's keys, from the key map: browsing, typing a search, and the popups.
pub fn help(app: &App, scroll: usize, buf: &mut Buffer, area: Rect) {
    let title = app.lang.words().explorer.keys_title;
    keys_box(app, &app.help_lines(), Some(scroll), title, buf, area);
}

/// A box of keys and what they do, scrolled where `scroll` is given; a line without keys is
/// a heading. Shared by the explorer's and the slides' help.
pub fn keys_box(
    app: &App,
    lines: &[(String, &str)],
    scroll: Option<usize>,
    title: &str,
    buf: &mut Buffer,
    area: Rect,
) {
    let box_area = keys_area(area, lines.len());
    let inner = open(app, buf, box_area, title);
    let height = usize::from(inner.height);
    let scrollable = scroll.is_some();
    let scroll = scroll.unwrap_or(0).min(lines.len().saturating_sub(height));
    let key_width = 22.min(inner.width / 2);
    for (i, (keys, words)) in lines.iter().skip(scroll).take(height).enumerate() {
        let y = inner.y + i as u16;
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        if keys.is_empty() {
            let heading = truncate(words, usize::from(inner.width), &app.profile);
            draw_text(
                buf,
                inner.x,
                y,
                inner.width,
                &heading,
                app.theme.title(),
                &app.profile,
            );
            continue;
        }
        let keys = truncate(keys, usize::from(key_width.saturating_sub(1)), &app.profile);
        draw_text(buf, inner.x, y, key_width, &keys, bold, &app.profile);
        let text = truncate(words, usize::from(inner.width - key_width), &app.profile);
        draw_text(
            buf,
            inner.x + key_width,
            y,
            inner.width - key_width,
            &text,
            Style::new(),
            &app.profile,
        );
    }
    // More below or above: said in the frame, where it takes no line of its own.
    let more = match (scroll > 0, scroll + height < lines.len()) {
        _ if !scrollable => None,
        (_, true) => Some("↓"),
        (true, false) => Some("↑"),
        (false, false) => None,
    };
    if let Some(arrow) = more {
        let bottom = box_area.y + box_area.height.saturating_sub(1);
        let label = format!(" {arrow} j/k ");
        let width = crate::text::display_width(&label, &app.profile) as u16;
        if box_area.width > width + 4 {
            draw_text(
                buf,
                box_area.x + box_area.width - width - 2,
                bottom,
                width,
                &label,
                app.theme.title(),
                &app.profile,
            );
        }
    }
}

/// Choosing the left edition, then the right (which cannot be the left one): editions
/// grouped under their series' names, each with its dates.
pub fn picker(
    app: &App,
    choosing_right: bool,
    cursor: usize,
    left: usize,
    buf: &mut Buffer,
    area: Rect,
) {
    let words = &app.lang.words().explorer;
    let title = if choosing_right {
        words.choose_right
    } else {
        words.choose_left
    };
    let choices = app.picker_choices(choosing_right, left);
    let lines = picker_lines(&app.library.index, &choices, app.lang, &app.profile);
    // Inside the body's box, its edges left whole (header, tabs and the box's top above;
    // its bottom and the footer below): a long list scrolls instead.
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(6).max(3));
    let box_area = centred(area, 76, height);
    let inner = open(app, buf, box_area, title);
    let at = lines
        .iter()
        .position(|l| l.edition == Some(cursor))
        .unwrap_or(0);
    // The cursor's line on screen; the name of the series at the top stays in the first
    // row when its own line has scrolled away, so that every row shown says its series.
    let height = usize::from(inner.height);
    let first = at.saturating_sub(height.saturating_sub(1));
    let heading = (lines[..=first.min(lines.len().saturating_sub(1))].iter())
        .rposition(|l| l.edition.is_none())
        .filter(|&h| h < first);
    let shown: Vec<(usize, &PickerLine)> = match heading {
        Some(h) => std::iter::once((h, &lines[h]))
            .chain(lines.iter().enumerate().skip(first + 1))
            .take(height)
            .collect(),
        None => lines.iter().enumerate().skip(first).take(height).collect(),
    };
    for (row, (_, line)) in shown.into_iter().enumerate() {
        let y = inner.y + row as u16;
        let style = match line.edition {
            Some(edition) if edition == cursor => app.theme.selected(),
            Some(_) => Style::new(),
            None => app.theme.title(),
        };
        let text = truncate(&line.text, usize::from(inner.width), &app.profile);
        for x in inner.x..inner.x + inner.width {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_style(style);
            }
        }
        draw_text(buf, inner.x, y, inner.width, &text, style, &app.profile);
    }
}
