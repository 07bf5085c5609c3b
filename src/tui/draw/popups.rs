//! Popups over the panes: an entry's every field, the keys, the edition picker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::i18n::Lang;
use crate::rows::{PaneLineKind, Row, detail as detail_cells, pane_lines};
use crate::text::{draw_text, truncate};
use crate::tui::app::{App, View};

use super::bordered;

/// A centred area of at most `w` x `h`, leaving a margin.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(2)).max(1);
    let h = h.min(area.height.saturating_sub(2)).max(1);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn open(app: &App, buf: &mut Buffer, area: Rect, title: &str) -> Rect {
    Clear.render(area, buf);
    bordered(buf, area, title, app.theme.title(), &app.profile);
    Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

pub fn detail(app: &App, view: &View, scroll: usize, buf: &mut Buffer, area: Rect) {
    let Some(row) = app.selected_row(view) else {
        return;
    };
    let (left, right) = app.sides();
    let box_area = centred(
        area,
        area.width.saturating_sub(4).max(40),
        area.height.saturating_sub(2),
    );
    let title = match app.lang {
        Lang::Ja => "詳細 (Esc で閉じる)",
        Lang::En => "Detail (Esc closes)",
    };
    let inner = open(app, buf, box_area, title);
    let lines = app.with_rows(|comparison, rows| {
        let Some(Row::Item(_, _, item)) = rows.get(row) else {
            return Vec::new();
        };
        let (l, r) = detail_cells(item, comparison, app.lang);
        let heads = vec![crate::rows::Para::new(
            left.edition.label_or_name().get(app.lang.tag()),
            crate::rows::Tone::Strong,
        )];
        let heads_right = vec![crate::rows::Para::new(
            right.edition.label_or_name().get(app.lang.tag()),
            crate::rows::Tone::Strong,
        )];
        let half = usize::from(inner.width.saturating_sub(3)) / 2;
        let detail_rows = [Row::Pair(heads, heads_right), Row::Pair(l, r)];
        pane_lines(&detail_rows, half, half, &app.profile)
    });
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
                    draw_text(
                        buf,
                        x,
                        y,
                        half,
                        &p.text,
                        app.theme.tone(p.tone),
                        &app.profile,
                    );
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

pub fn help(app: &App, buf: &mut Buffer, area: Rect) {
    let ja = app.lang == Lang::Ja;
    let keys: &[(&str, &str, &str)] = &[
        ("1-9  Tab  ← →  h l", "セクション", "sections"),
        ("j k  ↓ ↑", "選択", "select"),
        ("Space  PgDn  PgUp", "ページ", "page"),
        ("g  G", "先頭・末尾", "top, bottom"),
        (
            "/",
            "検索（Enter 確定、Esc 消去）",
            "search (Enter keeps, Esc clears)",
        ),
        ("n  N", "次・前の一致", "next, previous match"),
        ("Enter", "詳細と出典", "detail and sources"),
        ("s", "左右を入れ替え", "swap the panes"),
        ("e", "版を選ぶ", "choose editions"),
        (
            "f  c",
            "人：組織の種類・国で絞る",
            "people: filter by kind, country",
        ),
        ("L", "日本語 / English", "English / 日本語"),
        ("p", "スライドで見せる", "present as slides"),
        ("q", "終了", "quit"),
    ];
    let box_area = centred(area, 60, keys.len() as u16 + 2);
    let inner = open(app, buf, box_area, if ja { "キー" } else { "Keys" });
    for (i, (key, ja_text, en_text)) in keys.iter().enumerate().take(usize::from(inner.height)) {
        let y = inner.y + i as u16;
        let key_width = 20.min(inner.width);
        draw_text(
            buf,
            inner.x,
            y,
            key_width,
            key,
            Style::new().add_modifier(ratatui::style::Modifier::BOLD),
            &app.profile,
        );
        let text = if ja { ja_text } else { en_text };
        let text = truncate(text, usize::from(inner.width - key_width), &app.profile);
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
}

pub fn picker(app: &App, choosing_right: bool, cursor: usize, buf: &mut Buffer, area: Rect) {
    let ja = app.lang == Lang::Ja;
    let title = match (ja, choosing_right) {
        (true, false) => "左の版を選ぶ",
        (true, true) => "右の版を選ぶ",
        (false, false) => "Choose the left edition",
        (false, true) => "Choose the right edition",
    };
    let editions: Vec<String> = app
        .content
        .editions()
        .map(|(series, e)| {
            format!(
                "{}  {}  {}",
                e.id,
                e.label_or_name().get(app.lang.tag()),
                series.name.get(app.lang.tag())
            )
        })
        .collect();
    let box_area = centred(area, 70, editions.len() as u16 + 2);
    let inner = open(app, buf, box_area, title);
    let first = cursor.saturating_sub(usize::from(inner.height).saturating_sub(1));
    for (i, text) in editions
        .iter()
        .enumerate()
        .skip(first)
        .take(usize::from(inner.height))
    {
        let y = inner.y + (i - first) as u16;
        let style = if i == cursor {
            app.theme.selected()
        } else {
            Style::new()
        };
        let text = truncate(text, usize::from(inner.width), &app.profile);
        for x in inner.x..inner.x + inner.width {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_style(style);
            }
        }
        draw_text(buf, inner.x, y, inner.width, &text, style, &app.profile);
    }
}
