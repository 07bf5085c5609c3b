//! The header (series and editions), the section tabs and the footer (keys, search).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::rows::Section;
use crate::series::Target;
use crate::text::{display_width, draw_text, truncate};
use crate::tui::app::{App, Banner, BannerKind, View};
use crate::tui::keymap::{Command, KeyMode};
use crate::tui::screen::tabs as tab_layout;

pub fn header(app: &App, buf: &mut Buffer, area: Rect) {
    let (left, right) = app.sides();
    let name = crate::rows::series_title(left.series, right.series, app.lang);
    let words = &app.lang.words().explorer;
    let help = match app.checking {
        Some((done, total)) => (words.checking)(done, total),
        None => words.help.to_string(),
    };
    let help = help.as_str();
    let help_width = display_width(help, &app.profile) as u16;
    let room = area.width.saturating_sub(help_width + 1);
    let name = truncate(&name, usize::from(room), &app.profile);
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
    let words = &app.lang.words().explorer;
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
        // Another series: in the picker and the series view, where there is one.
        Command::OtherSeries => {
            app.library.index.series.len() > 1 && (mode == KeyMode::Picker || series.is_some())
        }
        _ => true,
    };
    let mut items: Vec<(Command, String)> = app.keymap.footer(mode, app.lang, available);
    for (command, text) in &mut items {
        // The People filters say what they are set to.
        let value = match command {
            Command::FilterKind => Some(
                app.filter
                    .kind
                    .map_or(words.all, |k| (app.lang.words().labels.keyword)(k.word())),
            ),
            Command::FilterCountry => Some(match app.filter.country.as_deref() {
                None => words.all,
                Some(code) => (words.country)(code),
            }),
            // The timeline says which axis it is on.
            Command::TimelineAxis => Some(if app.timeline_merged {
                words.merged
            } else {
                words.side_by_side
            }),
            _ => None,
        };
        if let Some(value) = value {
            text.push_str(words.value_sep);
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
        lead = (words.search_found)(&app.query, total, &by_section);
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
    let words = &app.lang.words().explorer;
    let lead = match banner.kind {
        BannerKind::NotReloaded => words.not_reloaded.to_string(),
        BannerKind::NotOpened => words.not_opened.to_string(),
        BannerKind::LeftOut { count } => (words.left_out)(count),
        BannerKind::Problems { count } => (words.problems)(count),
        BannerKind::Alone => words.alone.to_string(),
        BannerKind::NotWatched { count } => (words.not_watched)(count),
    };
    let colon = words.colon;
    let text = truncate(
        &format!("{lead}{colon}{}", banner.detail.said(app.lang)),
        usize::from(area.width),
        &app.profile,
    );
    let style = Style::new()
        .add_modifier(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::BOLD);
    draw_text(buf, area.x, area.y, area.width, &text, style, &app.profile);
}
