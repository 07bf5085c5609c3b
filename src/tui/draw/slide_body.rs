//! A slide's body on the screen: two labelled columns, large numerals, the series' bars, a
//! presenter's own text. What goes on which page is decided in `present::paging`; this only
//! draws it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::present::chart::{Chart, ChartRow, fit_rows};
use crate::present::figure_layout::{Ink, figure_layout};
use crate::present::{BigValue, no_figure};
use crate::rows::{PaneLineKind, Para, Tone};
use crate::text::{display_width, draw_text, hanging, pad_to_width, truncate, wrap};
use crate::tui::app::App;

/// Lines of text from the top of `area`, as many as fit.
pub fn text_lines(app: &App, lines: &[String], style: Style, area: Rect, buf: &mut Buffer) {
    for (i, line) in lines.iter().take(usize::from(area.height)).enumerate() {
        let line = truncate(line, usize::from(area.width), &app.profile);
        let y = area.y + i as u16;
        draw_text(buf, area.x, y, area.width, &line, style, &app.profile);
    }
}

/// A page of two columns under the editions' labels. A column with nothing on this page
/// says why, so that no half of a slide is left blank: its list ended on an earlier page
/// (`ended`), or it lists nothing.
pub fn columns(
    app: &App,
    labels: (&str, &str),
    lines: &[PaneLineKind],
    ended: [bool; 2],
    area: Rect,
    buf: &mut Buffer,
) {
    let profile = &app.profile;
    let half = area.width.saturating_sub(3) / 2;
    let right_x = area.x + half + 3;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    for (label, x) in [(labels.0, area.x), (labels.1, right_x)] {
        let label = truncate(label, usize::from(half), profile);
        draw_text(buf, x, area.y, half, &label, bold, profile);
    }
    let gutter = profile.border_set().vertical_left;
    let top = area.y + 1;
    let height = usize::from(area.height.saturating_sub(1));
    let mut has = [false, false];
    for (i, line) in lines.iter().take(height).enumerate() {
        let y = top + i as u16;
        match line {
            PaneLineKind::Title(p) => {
                has = [true, true];
                let text = truncate(&p.text, usize::from(area.width), profile);
                draw_text(
                    buf,
                    area.x,
                    y,
                    area.width,
                    &text,
                    app.theme.subheading(),
                    profile,
                );
            }
            PaneLineKind::Cells(l, r) => {
                for (side, (para, x)) in [(l, area.x), (r, right_x)].into_iter().enumerate() {
                    if let Some(p) = para {
                        has[side] |= !p.text.trim().is_empty();
                        let style = app.theme.tone(p.tone);
                        super::para_line(buf, (x, y), half, p, style, profile);
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
    for (side, x) in [area.x, right_x].into_iter().enumerate() {
        if has[side] || height == 0 {
            continue;
        }
        let labels = &app.lang.words().labels;
        let why = if ended[side] {
            labels.list_ended
        } else {
            labels.none_listed
        };
        let said = (labels.bracketed)(why);
        for (i, line) in wrap(&said, usize::from(half), profile)
            .iter()
            .take(height)
            .enumerate()
        {
            let y = top + i as u16;
            draw_text(buf, x, y, half, line, app.theme.tone(Tone::Dim), profile);
        }
    }
}

/// A figure slide as `present::figure_layout` lays it out: each edition's value in large
/// numerals under its label (or in words, or "no figure"), the rule between the two, the
/// change under them.
pub fn figure_body(
    app: &App,
    labels: (&str, &str),
    values: [Option<BigValue>; 2],
    change: Option<Para>,
    area: Rect,
    buf: &mut Buffer,
) {
    let profile = &app.profile;
    let [left, right] = &values;
    let laid = figure_layout(
        [labels.0, labels.1],
        [left.as_ref(), right.as_ref()],
        no_figure(app.lang),
        change.as_ref(),
        (area.width, area.height),
        profile.bar_block(),
        profile,
    );
    let bold = Style::new().add_modifier(Modifier::BOLD);
    for line in laid.lines.iter().filter(|l| l.y < area.height) {
        let style = match line.ink {
            Ink::Label | Ink::Numeral | Ink::Words => bold,
            Ink::Quiet => app.theme.tone(Tone::Dim),
            Ink::Change(tone) => app.theme.tone(tone).add_modifier(Modifier::BOLD),
        };
        let (x, y) = (area.x + line.x, area.y + line.y);
        let room = area.width.saturating_sub(line.x);
        draw_text(buf, x, y, room, &line.text, style, profile);
    }
    let gutter = profile.border_set().vertical_left;
    for y in laid.rule.filter(|y| *y < area.height) {
        let x = area.x + laid.columns.rule;
        draw_text(buf, x, area.y + y, 1, gutter, app.theme.border(), profile);
    }
}

/// A bar an edition: the year, the bar, the value in words; the two editions compared in
/// bold with a marker, so that the pair stands out without colour; a year counted otherwise
/// than the latest marked after its value, and said so under the bars. Where the editions
/// do not all fit, the most recent that do, with a line saying so.
pub fn chart_body(app: &App, chart: &Chart, area: Rect, buf: &mut Buffer) {
    let profile = &app.profile;
    let width = usize::from(area.width);
    // Which series is which, above the bars: kept whole, as the explanation is.
    // Each series after the block of its bars, its wrapped lines under its text.
    let blocks = [profile.bar_block(), profile.second_bar_block()];
    let legend: Vec<String> = (chart.legend.iter().zip(blocks))
        .flat_map(|(line, block)| hanging(&format!("{block} {line}"), block, width, profile))
        .take(usize::from(area.height) / 2)
        .collect();
    let below = Rect {
        y: area.y + legend.len() as u16,
        height: area.height - legend.len() as u16,
        ..area
    };
    let dim = app.theme.tone(Tone::Dim);
    for (k, line) in legend.iter().enumerate() {
        draw_text(
            buf,
            area.x,
            area.y + k as u16,
            area.width,
            line,
            dim,
            profile,
        );
    }
    let area = below;
    let explained = under_the_bars(chart, area, profile);
    let kept = explained.len();
    let height = usize::from(area.height) - kept;
    let fitted = fit_rows(&chart.rows, height);
    let mut y = area.y;
    if fitted.left_out > 0 {
        let words = &app.lang.words().slides;
        let note = if fitted.only_earlier {
            (words.left_out)(fitted.left_out)
        } else {
            (words.left_out_around)(fitted.left_out)
        };
        let note = truncate(&note, width, profile);
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
    let shown: Vec<&ChartRow> = fitted.shown.iter().map(|&k| &chart.rows[k]).collect();
    let mark = format!(" {}", crate::series::MARK);
    let mark_width = if shown.iter().any(|r| r.marked) {
        display_width(&mark, profile)
    } else {
        0
    };
    let words_width = shown
        .iter()
        .map(|r| display_width(&r.words, profile))
        .max()
        .unwrap_or(0);
    // Two series on one chart: each row's series after its year, in a column.
    let series_width = (shown.iter())
        .filter_map(|r| r.series.as_deref())
        .map(|id| display_width(id, profile) + 1)
        .max()
        .unwrap_or(0);
    // Marker (2), year (4), a space either side of the bar.
    let bar_room = width
        .saturating_sub(2 + 4 + series_width + 2 + words_width + mark_width)
        .max(1);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let columns = Columns {
        series: series_width,
        bar: bar_room,
        words: words_width,
    };
    for row in shown {
        let style = if row.compared { bold } else { Style::new() };
        let line = bar_line(row, columns, &mark, profile);
        let line = truncate(&line, width, profile);
        draw_text(buf, area.x, y, area.width, &line, style, profile);
        y += 1;
    }
    for line in &explained {
        draw_text(buf, area.x, y, area.width, line, dim, profile);
        y += 1;
    }
}

/// Under the bars, the explanation of the marks, then the notes of the two editions
/// compared. The marks' explanation may take rows from the earliest bars (two bars stay at
/// least); the notes only take rows that every bar leaves free.
fn under_the_bars(chart: &Chart, area: Rect, profile: &crate::text::Profile) -> Vec<String> {
    let width = usize::from(area.width);
    let wrapped = |texts: &[String]| -> Vec<String> {
        texts.iter().flat_map(|t| wrap(t, width, profile)).collect()
    };
    let explanation = wrapped(chart.explanation.as_slice());
    let notes = wrapped(&chart.notes);
    let free = usize::from(area.height).saturating_sub(chart.rows.len());
    let for_marks = explanation
        .len()
        .min(usize::from(area.height).saturating_sub(2));
    let for_notes = notes.len().min(free.saturating_sub(for_marks));
    let mut explained = cut(explanation, for_marks, width, profile);
    explained.extend(cut(notes, for_notes, width, profile));
    explained
}

/// The widths of a chart's columns: the series (with the space after it; 0 for a chart of
/// one series), the bars at most, the values in words.
#[derive(Clone, Copy)]
struct Columns {
    series: usize,
    bar: usize,
    words: usize,
}

/// One edition's line of the chart: its marker, year, series where the chart has two, bar
/// and value in words, and the mark of a year counted otherwise.
fn bar_line(
    row: &ChartRow,
    columns: Columns,
    mark: &str,
    profile: &crate::text::Profile,
) -> String {
    let Columns {
        series: series_width,
        bar: bar_room,
        words: words_width,
    } = columns;
    let marker = if row.compared { "> " } else { "  " };
    let mut line = format!("{marker}{:>4} ", row.year);
    if series_width > 0 {
        let id = row.series.as_deref().unwrap_or_default();
        line.push_str(&pad_to_width(id, series_width, profile));
    }
    if let Some(fraction) = row.fraction {
        // A value above nothing shows at least a sliver; nothing shows nothing.
        let cells = ((fraction * bar_room as f64).round() as usize)
            .max(usize::from(fraction > 0.0))
            .min(bar_room);
        let block = if row.second {
            profile.second_bar_block()
        } else {
            profile.bar_block()
        };
        line.push_str(&block.repeat(cells));
        line.push_str(&" ".repeat(bar_room - cells + 1));
    }
    if row.marked {
        // After the longest value, so that the marks stand in one column.
        line.push_str(&pad_to_width(&row.words, words_width, profile));
        line.push_str(mark);
    } else {
        line.push_str(&row.words);
    }
    line
}

/// The first `keep` lines; the last kept ends in an ellipsis where lines were cut.
fn cut(
    mut lines: Vec<String>,
    keep: usize,
    width: usize,
    profile: &crate::text::Profile,
) -> Vec<String> {
    if keep < lines.len() {
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last}…"), width, profile);
        }
    }
    lines
}
