//! The header (series and editions), the section tabs and the footer (keys, search).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::i18n::Lang;
use crate::rows::Section;
use crate::series::Target;
use crate::text::{display_width, draw_text, truncate};
use crate::tui::app::{App, Banner, BannerKind, View};
use crate::tui::keymap::{Command, KeyMode};
use crate::tui::screen::tabs as tab_layout;

pub fn header(app: &App, buf: &mut Buffer, area: Rect) {
    let (left, _) = app.sides();
    let name = left.series.name.get(app.lang.tag());
    let help = match (app.lang, app.checking) {
        (Lang::Ja, Some((done, total))) => format!("回を確認中 {done}/{total}  ? ヘルプ"),
        (Lang::En, Some((done, total))) => format!("checking {done}/{total}  ? help"),
        (Lang::Ja, None) => "? ヘルプ".to_string(),
        (Lang::En, None) => "? help".to_string(),
    };
    let help = help.as_str();
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
    let current = app.tab();
    for (tab, text, x) in tab_layout(current, app.lang, area.width, &app.profile) {
        if x >= area.width {
            break;
        }
        let style = app.theme.tab(tab == current);
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

/// The keys of the mode the reader is in, from the key map: only those that do something
/// now, and `?` and `q` kept at the end whatever the width.
pub fn footer(app: &App, view: &View, buf: &mut Buffer, area: Rect) {
    let ja = app.lang == Lang::Ja;
    let mode = app.mode.keys();
    let has_query = !app.query.is_empty();
    let series = app
        .series
        .open
        .then(|| app.series_selected().map(|(_, t)| t));
    let available = |command: Command| match command {
        Command::Open => match series {
            Some(target) => matches!(target, Some(Target::Person(_) | Target::Org(_))),
            None => !view.items.is_empty(),
        },
        Command::CompareLeft | Command::CompareRight => {
            matches!(series, Some(Some(Target::Edition(_))))
        }
        Command::NextMatch | Command::PrevMatch => has_query,
        Command::Close if mode == KeyMode::Browse => has_query,
        Command::FilterKind | Command::FilterCountry => {
            series.is_none() && app.section == Section::People
        }
        Command::TimelineAxis => series.is_none() && app.section == Section::Timeline,
        _ => true,
    };
    let mut items: Vec<(Command, String)> = app.keymap.footer(mode, app.lang, available);
    for (command, text) in &mut items {
        // The People filters say what they are set to.
        let value = match command {
            Command::FilterKind => Some(
                app.filter
                    .kind
                    .map_or(if ja { "すべて" } else { "-" }, |k| {
                        (app.lang.words().labels.keyword)(k.word())
                    }),
            ),
            // Japanese names the country; English keeps the short code the key cycles.
            Command::FilterCountry => Some(match (app.filter.country.as_deref(), ja) {
                (None, true) => "すべて",
                (None, false) => "-",
                (Some(code), true) => crate::content::country_name(code, true),
                (Some(code), false) => code,
            }),
            // The timeline says which axis it is on.
            Command::TimelineAxis => Some(match (app.timeline_merged, ja) {
                (false, true) => "左右別",
                (false, false) => "side by side",
                (true, true) => "一本",
                (true, false) => "merged",
            }),
            _ => None,
        };
        if let Some(value) = value {
            text.push_str(if ja { "：" } else { ":" });
            text.push_str(value);
        }
    }
    // With a query, moving between matches and clearing them come first.
    items.sort_by_key(|(command, _)| {
        !(has_query && matches!(command, Command::NextMatch | Command::Close))
    });
    let mut lead = String::new();
    if matches!(app.mode, crate::tui::app::Mode::Search) || has_query {
        // Every section's hits, so that a match elsewhere is never missed.
        let hits = app.hits_by_section();
        let total: usize = hits.iter().map(|(_, n)| n).sum();
        let mut by_section: Vec<String> = hits
            .iter()
            .take(3)
            .map(|(section, n)| format!("{} {n}", section.title(app.lang)))
            .collect();
        if hits.len() > 3 {
            by_section.push("…".to_string());
        }
        lead = match (ja, by_section.is_empty()) {
            (true, true) => format!("/{}（0件）", app.query),
            (true, false) => format!("/{}（{total}件：{}）", app.query, by_section.join("、")),
            (false, true) => format!("/{}  (0 found)", app.query),
            (false, false) => format!("/{}  ({total} found: {})", app.query, by_section.join(", ")),
        };
    }
    let text = fit_footer(&lead, &items, usize::from(area.width), &app.profile);
    let style = if matches!(app.mode, crate::tui::app::Mode::Search) {
        Style::new()
    } else {
        app.theme.footer()
    };
    draw_text(buf, area.x, area.y, area.width, &text, style, &app.profile);
}

/// The lead, then as many items as fit, always keeping the last two (help and quit, or
/// close): where there is no room, the middle goes first.
fn fit_footer(
    lead: &str,
    items: &[(Command, String)],
    width: usize,
    profile: &crate::text::Profile,
) -> String {
    const GAP: &str = "  ";
    let pinned = items.len().saturating_sub(2);
    let tail: Vec<&str> = items[pinned..].iter().map(|(_, t)| t.as_str()).collect();
    let tail = tail.join(GAP);
    let mut head: Vec<&str> = Vec::new();
    if !lead.is_empty() {
        head.push(lead);
    }
    let room = width.saturating_sub(display_width(&tail, profile) + GAP.len());
    let mut used = head
        .iter()
        .map(|t| display_width(t, profile) + GAP.len())
        .sum::<usize>();
    for (_, text) in &items[..pinned] {
        let w = display_width(text, profile) + GAP.len();
        if used + w > room {
            break;
        }
        used += w;
        head.push(text);
    }
    head.push(&tail);
    let line = head
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(GAP);
    truncate(&line, width, profile)
}

/// A problem the screen does not show: what kind, then where and what.
pub fn banner_line(app: &App, banner: &Banner, buf: &mut Buffer, area: Rect) {
    let ja = app.lang == Lang::Ja;
    let lead = match (banner.kind, ja) {
        (BannerKind::NotReloaded, true) => "読み込めません".to_string(),
        (BannerKind::NotReloaded, false) => "not reloaded".to_string(),
        (BannerKind::NotOpened, true) => "この回は開けません".to_string(),
        (BannerKind::NotOpened, false) => "cannot open that edition".to_string(),
        (BannerKind::LeftOut { count }, true) => {
            format!("読めない回{count}件を除外しました（理由は confer check で）")
        }
        (BannerKind::LeftOut { count: 1 }, false) => {
            "an edition is left out (confer check shows why)".to_string()
        }
        (BannerKind::LeftOut { count }, false) => {
            format!("{count} editions are left out (confer check shows why)")
        }
        (BannerKind::Problems { count }, true) => {
            format!("表示していない回に問題が{count}件あります（confer check で一覧）")
        }
        (BannerKind::Problems { count: 1 }, false) => {
            "an edition not shown has a problem (confer check shows it)".to_string()
        }
        (BannerKind::Problems { count }, false) => {
            format!("editions not shown have {count} problems (confer check shows them)")
        }
        (BannerKind::Alone, true) => "発表者コンソールと連動しません".to_string(),
        (BannerKind::Alone, false) => "not following a presenter console".to_string(),
        (BannerKind::NotWatched { count }, true) => {
            format!("{count}個のフォルダの保存は監視していません")
        }
        (BannerKind::NotWatched { count: 1 }, false) => {
            "a folder is not watched for saves".to_string()
        }
        (BannerKind::NotWatched { count }, false) => {
            format!("{count} folders are not watched for saves")
        }
    };
    let colon = if ja { "：" } else { ": " };
    let text = truncate(
        &format!("{lead}{colon}{}", banner.detail),
        usize::from(area.width),
        &app.profile,
    );
    let style = Style::new()
        .add_modifier(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::BOLD);
    draw_text(buf, area.x, area.y, area.width, &text, style, &app.profile);
}
