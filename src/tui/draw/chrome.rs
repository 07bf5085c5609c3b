//! The header (series and editions), the section tabs and the footer (keys, search).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::i18n::Lang;
use crate::rows::Section;
use crate::text::{display_width, draw_text, truncate};
use crate::tui::app::{App, View};
use crate::tui::screen::tabs as tab_layout;

pub fn header(app: &App, buf: &mut Buffer, area: Rect) {
    let (left, _) = app.sides();
    let name = left.series.name.get(app.lang.tag());
    let help = match app.lang {
        Lang::Ja => "? ヘルプ",
        Lang::En => "? help",
    };
    let help_width = display_width(help, &app.profile) as u16;
    let room = area.width.saturating_sub(help_width + 1);
    let name = truncate(name, usize::from(room), &app.profile);
    draw_text(
        buf,
        area.x,
        area.y,
        room,
        &name,
        app.theme.title(),
        &app.profile,
    );
    if area.width > help_width {
        draw_text(
            buf,
            area.x + area.width - help_width,
            area.y,
            help_width,
            help,
            app.theme.footer(),
            &app.profile,
        );
    }
}

pub fn tabs(app: &App, buf: &mut Buffer, area: Rect) {
    for (section, text, x) in tab_layout(app.section, app.lang, area.width, &app.profile) {
        if x >= area.width {
            break;
        }
        let style = app.theme.tab(section == app.section);
        draw_text(
            buf,
            area.x + x,
            area.y,
            area.width - x,
            &text,
            style,
            &app.profile,
        );
    }
}

pub fn footer(app: &App, view: &View, buf: &mut Buffer, area: Rect) {
    let ja = app.lang == Lang::Ja;
    if let Some(banner) = &app.banner {
        banner_line(app, banner, buf, area);
        return;
    }
    let text = if app.search.editing || !app.search.query.is_empty() {
        let matches = view.items.iter().filter(|i| i.3).count();
        let state = if app.search.editing {
            if ja {
                "Enter 確定  Esc 消去"
            } else {
                "Enter keep  Esc clear"
            }
        } else if ja {
            "n/N 次/前  Esc 消去"
        } else {
            "n/N next/previous  Esc clear"
        };
        let found = if ja {
            format!("{matches}件")
        } else {
            format!("{matches} found")
        };
        format!("/{}  ({found})  {state}", app.search.query)
    } else {
        let mut keys = if ja {
            "j/k 移動  Enter 詳細  / 検索  s 入替  e 版  L English  q 終了".to_string()
        } else {
            "j/k move  Enter detail  / search  s swap  e editions  L 日本語  q quit".to_string()
        };
        if app.section == Section::People {
            let kind = app
                .filter
                .kind
                .map_or("-", |k| crate::i18n::keyword(k.word(), app.lang));
            let country = app.filter.country.as_deref().unwrap_or("-");
            keys = if ja {
                format!("f 種類:{kind}  c 国:{country}  {keys}")
            } else {
                format!("f kind:{kind}  c country:{country}  {keys}")
            };
        }
        keys
    };
    let text = truncate(&text, usize::from(area.width), &app.profile);
    let style = if app.search.editing {
        Style::new()
    } else {
        app.theme.footer()
    };
    draw_text(buf, area.x, area.y, area.width, &text, style, &app.profile);
}

/// A save that did not load: where, and what, until the next good save.
pub fn banner_line(app: &App, banner: &str, buf: &mut Buffer, area: Rect) {
    let lead = if app.lang == Lang::Ja {
        "読み込めません"
    } else {
        "not reloaded"
    };
    let text = truncate(
        &format!("{lead}: {banner}"),
        usize::from(area.width),
        &app.profile,
    );
    let style = Style::new()
        .add_modifier(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::BOLD);
    draw_text(buf, area.x, area.y, area.width, &text, style, &app.profile);
}
