//! A slide on the whole screen: its title, its body (two columns, or large numerals), the
//! slide counter in the corner, and the clock when asked for. Readable from the back of a
//! room: bold and plain text only, nothing that needs colour to be understood.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Clear, Widget};

use crate::compare::compare;
use crate::i18n::Lang;
use crate::present::font::big;
use crate::present::{BigValue, Body, content};
use crate::rows::{PaneLineKind, Para, Row, pane_lines};
use crate::text::{display_width, draw_text, truncate, wrap};
use crate::tui::app::{App, SlideKey};
use crate::tui::deck::Deck;
use crate::tui::keymap::KeyMode;

pub fn slide(app: &App, deck: &Deck, buf: &mut Buffer) {
    let area = buf.area;
    Clear.render(area, buf);
    if deck.blank {
        return;
    }
    let (margin, _) = app.theme.slide_margins(area);
    // The slide itself changes only when the reader moves; the clock ticks every second.
    let key = SlideKey {
        index: deck.index,
        lang: app.lang,
        size: (area.width, area.height),
        editions: (app.left, app.right),
        generation: app.generation,
        theme: app.theme,
        series_read: app.series_model().is_some(),
    };
    let mut cache = app.slide_cache.borrow_mut();
    match cache
        .as_ref()
        .filter(|(k, drawn)| *k == key && drawn.area == area)
    {
        Some((_, drawn)) => buf.content.clone_from(&drawn.content),
        None => {
            let mut drawn = Buffer::empty(area);
            slide_itself(app, deck, margin, &mut drawn);
            buf.content.clone_from(&drawn.content);
            *cache = Some((key, drawn));
        }
    }
    drop(cache);
    footer(app, deck, area, margin, buf);
    if let Some(banner) = &app.banner {
        let row = Rect::new(0, area.height.saturating_sub(2), area.width, 1);
        super::chrome::banner_line(app, banner, buf, row);
    }
    if deck.help {
        help(app, area, buf);
    }
}

/// The slide's title, rule and body.
fn slide_itself(app: &App, deck: &Deck, margin: u16, buf: &mut Buffer) {
    let area = buf.area;
    let Some(slide) = deck.slide() else {
        return;
    };
    let (left, right) = app.sides();
    let comparison = compare(left, right);
    let series = app.series_model().map(|m| m.as_ref());
    let (title, body) = content(slide, &comparison, series, app.lang);
    let profile = &app.profile;
    let width = area.width.saturating_sub(2 * margin);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    // Title, and a rule under it.
    let title = truncate(&title, usize::from(width), profile);
    draw_text(buf, margin, 1, width, &title, bold, profile);
    let rule = profile.border_set().horizontal_top.repeat(
        usize::from(width) / display_width(profile.border_set().horizontal_top, profile).max(1),
    );
    draw_text(buf, margin, 2, width, &rule, app.theme.border(), profile);
    let body_area = Rect::new(margin, 4, width, area.height.saturating_sub(6));
    let labels = (
        left.edition.label_or_name().get(app.lang.tag()),
        right.edition.label_or_name().get(app.lang.tag()),
    );
    match body {
        Body::Title {
            series,
            left,
            right,
        } => title_body(app, labels, &series, left, right, body_area, buf),
        Body::Figure {
            left,
            right,
            change,
        } => figure_body(app, labels, [left, right], change, body_area, buf),
        Body::Rows(rows) => columns(app, &rows, body_area, buf),
        Body::Chart(chart) => chart_body(app, &chart, body_area, buf),
        Body::Message(text) => {
            for (i, line) in wrap(&text, usize::from(body_area.width), &app.profile)
                .iter()
                .take(usize::from(body_area.height))
                .enumerate()
            {
                let y = body_area.y + i as u16;
                draw_text(
                    buf,
                    body_area.x,
                    y,
                    body_area.width,
                    line,
                    Style::new(),
                    &app.profile,
                );
            }
        }
    }
}

/// A bar an edition: the year, the bar, the value in words; the two editions compared in
/// bold with a marker, so that the pair stands out without colour. Where the editions do
/// not all fit, the most recent that do, with a line saying so.
fn chart_body(app: &App, chart: &crate::present::chart::Chart, area: Rect, buf: &mut Buffer) {
    let profile = &app.profile;
    let height = usize::from(area.height);
    let fit = if chart.rows.len() > height {
        height.saturating_sub(1)
    } else {
        chart.rows.len()
    };
    let skipped = chart.rows.len() - fit;
    let mut y = area.y;
    if skipped > 0 {
        let note = match app.lang {
            Lang::Ja => format!("（それ以前の{skipped}回は画面に収まらないため省略）"),
            Lang::En => format!("({skipped} earlier editions do not fit and are left out)"),
        };
        let note = truncate(&note, usize::from(area.width), profile);
        draw_text(
            buf,
            area.x,
            y,
            area.width,
            &note,
            app.theme.footer(),
            profile,
        );
        y += 1;
    }
    let words_width = chart.rows[skipped..]
        .iter()
        .map(|r| display_width(&r.words, profile))
        .max()
        .unwrap_or(0);
    // Marker (2), year (4), a space either side of the bar.
    let bar_room = usize::from(area.width)
        .saturating_sub(2 + 4 + 2 + words_width)
        .max(1);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    for row in &chart.rows[skipped..] {
        let style = if row.compared { bold } else { Style::new() };
        let marker = if row.compared { "> " } else { "  " };
        let mut line = format!("{marker}{:>4} ", row.year);
        if let Some(fraction) = row.fraction {
            // A value above nothing shows at least a sliver; nothing shows nothing.
            let cells = ((fraction * bar_room as f64).round() as usize)
                .max(usize::from(fraction > 0.0))
                .min(bar_room);
            line.push_str(&profile.bar_block().repeat(cells));
            line.push_str(&" ".repeat(bar_room - cells + 1));
        }
        line.push_str(&row.words);
        let line = truncate(&line, usize::from(area.width), profile);
        draw_text(buf, area.x, y, area.width, &line, style, profile);
        y += 1;
    }
}

/// The title slide: the series, then each edition's name, dates, place and theme.
fn title_body(
    app: &App,
    labels: (&str, &str),
    series: &str,
    left: crate::rows::Cell,
    right: crate::rows::Cell,
    area: Rect,
    buf: &mut Buffer,
) {
    let profile = &app.profile;
    let series = truncate(series, usize::from(area.width), profile);
    draw_text(
        buf,
        area.x,
        area.y,
        area.width,
        &series,
        app.theme.title(),
        profile,
    );
    let rows = vec![
        Row::Pair(
            vec![Para::new(labels.0, crate::rows::Tone::Strong)],
            vec![Para::new(labels.1, crate::rows::Tone::Strong)],
        ),
        Row::Pair(left, right),
    ];
    let below = Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height.saturating_sub(2),
    );
    columns(app, &rows, below, buf);
}

/// A figure slide: each edition's value in large numerals under its label, the change
/// at the foot.
fn figure_body(
    app: &App,
    labels: (&str, &str),
    values: [Option<crate::present::BigValue>; 2],
    change: Option<Para>,
    area: Rect,
    buf: &mut Buffer,
) {
    let profile = &app.profile;
    let half = area.width.saturating_sub(3) / 2;
    let room = area.height.saturating_sub(4);
    let [left, right] = values;
    for (value, x, label) in [
        (left, area.x, labels.0),
        (right, area.x + half + 3, labels.1),
    ] {
        draw_text(
            buf,
            x,
            area.y,
            half,
            &truncate(label, usize::from(half), profile),
            app.theme.tone(crate::rows::Tone::Dim),
            profile,
        );
        if let Some(value) = value {
            numeral(app, &value, Rect::new(x, area.y + 1, half, room), buf);
        }
    }
    if let Some(change) = change {
        let y = area.y + area.height.saturating_sub(1);
        let text = truncate(&change.text, usize::from(area.width), profile);
        // Under the right value where it fits, across the slide where it does not.
        let x = if display_width(&text, profile) as u16 > half {
            area.x
        } else {
            area.x + half + 3
        };
        draw_text(
            buf,
            x,
            y,
            area.width,
            &text,
            app.theme.tone(change.tone).add_modifier(Modifier::BOLD),
            profile,
        );
    }
}

/// A value in large numerals where they fit, in bold text where they do not; the words
/// ("over 1,600 people") under it.
fn numeral(app: &App, value: &BigValue, area: Rect, buf: &mut Buffer) {
    let profile = &app.profile;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let words = wrap(&value.words, usize::from(area.width), profile);
    let room = usize::from(area.height).saturating_sub(words.len() + 1);
    let mut y = area.y;
    if let Some(rows) = big(
        &value.number,
        usize::from(area.width),
        room,
        profile.bar_block(),
    ) {
        for row in rows {
            draw_text(buf, area.x, y, area.width, &row, bold, profile);
            y += 1;
        }
        y += 1;
    }
    for line in words
        .iter()
        .take(usize::from((area.y + area.height).saturating_sub(y)))
    {
        draw_text(buf, area.x, y, area.width, line, bold, profile);
        y += 1;
    }
}

/// Rows in two columns with a gutter; what does not fit is counted, not cut.
fn columns(app: &App, rows: &[Row], area: Rect, buf: &mut Buffer) {
    let profile = &app.profile;
    let half = area.width.saturating_sub(3) / 2;
    let lines = pane_lines(rows, usize::from(half), usize::from(half), profile);
    let height = usize::from(area.height);
    let shown = if lines.len() > height {
        height.saturating_sub(1)
    } else {
        lines.len()
    };
    let gutter = profile.border_set().vertical_left;
    for (i, line) in lines.iter().take(shown).enumerate() {
        let y = area.y + i as u16;
        match &line.kind {
            PaneLineKind::Title(p) => {
                draw_text(
                    buf,
                    area.x,
                    y,
                    area.width,
                    &p.text,
                    app.theme.subheading(),
                    profile,
                );
            }
            PaneLineKind::Cells(l, r) => {
                for (para, x) in [(l, area.x), (r, area.x + half + 3)] {
                    if let Some(p) = para {
                        draw_text(buf, x, y, half, &p.text, app.theme.tone(p.tone), profile);
                    }
                }
                draw_text(
                    buf,
                    area.x + half + 1,
                    y,
                    1,
                    gutter,
                    app.theme.border(),
                    profile,
                );
            }
        }
    }
    if shown < lines.len() {
        let more = lines.len() - shown;
        let text = match app.lang {
            Lang::Ja => format!("（ほか {more} 行は探索画面で）"),
            Lang::En => format!("(+{more} more lines in the explorer)"),
        };
        let text = truncate(&text, usize::from(area.width), profile);
        draw_text(
            buf,
            area.x,
            area.y + shown as u16,
            area.width,
            &text,
            app.theme.tone(crate::rows::Tone::Dim),
            profile,
        );
    }
}

fn footer(app: &App, deck: &Deck, area: Rect, margin: u16, buf: &mut Buffer) {
    let profile = &app.profile;
    let y = area.height.saturating_sub(1);
    let counter = format!("{}/{}", deck.index + 1, deck.slides.len());
    let counter = if deck.jump.is_empty() {
        counter
    } else {
        format!("> {}  {counter}", deck.jump)
    };
    let w = display_width(&counter, profile) as u16;
    if area.width > w + margin {
        draw_text(
            buf,
            area.width - margin - w,
            y,
            w,
            &counter,
            Style::new().add_modifier(Modifier::BOLD),
            profile,
        );
    }
    if deck.clock {
        let elapsed = deck.started.elapsed().as_secs();
        let clock = format!("{}:{:02}", elapsed / 60, elapsed % 60);
        draw_text(
            buf,
            margin,
            y,
            area.width.saturating_sub(margin),
            &clock,
            Style::new().add_modifier(Modifier::BOLD),
            profile,
        );
    }
}

fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = app.keymap.help(KeyMode::Slides, app.lang);
    let title = if app.lang == Lang::Ja {
        "キー"
    } else {
        "Keys"
    };
    super::popups::keys_box(app, &lines, None, title, buf, area);
}
