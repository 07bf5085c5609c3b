//! Two series laid out as lines at a width: a legend, a chart per figure key both give
//! (both series' years on one scale, each series with its own bar), the themes of both by
//! year, and who is listed in both.

use super::{InBoth, Pair, PairFigure, Side};
use crate::i18n::Lang;
use crate::rows::Tone;
use crate::series::bar::{Bar, ValueColumn, push_bar};
use crate::series::charts::{UNDER_CHART, indented};
use crate::series::line::{SeriesLine, Span, by_lead_at, span};
use crate::text::{Profile, display_width, pad_to_width, truncate, wrap};

/// The two series laid out at `width` columns: no line is wider, whatever the width.
pub fn lines(pair: Pair, width: usize, lang: Lang, profile: &Profile) -> Vec<SeriesLine> {
    let width = width.max(1);
    let words = &lang.words().pair;
    let tag = lang.tag();
    let mut out = Vec::new();
    let title = (words.title)(pair.first.name.get(tag), pair.second.name.get(tag));
    out.extend(SeriesLine::headings(&title, width, profile));
    legend(&mut out, pair, width, lang, profile);
    out.push(SeriesLine::blank());
    out.extend(SeriesLine::headings(words.figures_heading, width, profile));
    let figures = pair.figures();
    if figures.is_empty() {
        out.push(SeriesLine::text(words.no_common_figure, Tone::Dim));
        out.push(SeriesLine::blank());
    }
    for figure in &figures {
        for line in wrap(figure.label.get(tag), width, profile) {
            out.push(SeriesLine::text(line, Tone::Strong));
        }
        chart(&mut out, pair, figure, width, lang, profile);
        under_chart(&mut out, pair, figure, width, lang, profile);
        out.push(SeriesLine::blank());
    }
    themes(&mut out, pair, width, lang, profile);
    let (people, orgs) = (pair.people(), pair.orgs());
    in_both(
        &mut out,
        pair,
        words.people_heading,
        &people,
        width,
        lang,
        profile,
    );
    in_both(
        &mut out,
        pair,
        words.orgs_heading,
        &orgs,
        width,
        lang,
        profile,
    );
    out.into_iter().map(|l| l.fitted(width, profile)).collect()
}

/// The bar block of a side: the first series' full block, the second's a shade, so that the
/// two tell apart without colour.
fn block(side: Side, profile: &Profile) -> &'static str {
    match side {
        Side::First => profile.bar_block(),
        Side::Second => profile.second_bar_block(),
    }
}

/// The widest of the two series' ids: the column a row's series stands in.
fn id_width(pair: Pair, profile: &Profile) -> usize {
    let first = display_width(&pair.first.id, profile);
    first.max(display_width(&pair.second.id, profile))
}

/// A line a series: its bar, its id, its name, how many editions over which years.
fn legend(out: &mut Vec<SeriesLine>, pair: Pair, width: usize, lang: Lang, profile: &Profile) {
    for side in [Side::First, Side::Second] {
        let said = pair.legend(side, lang);
        let lead = format!("{} ", block(side, profile));
        let room = width.saturating_sub(display_width(&lead, profile)).max(1);
        for (k, line) in wrap(&said, room, profile).into_iter().enumerate() {
            let first = if k == 0 {
                span(lead.clone(), Tone::Plain)
            } else {
                span(" ".repeat(display_width(&lead, profile)), Tone::Plain)
            };
            out.push(SeriesLine::new(vec![first, span(line, Tone::Dim)]));
        }
    }
}

/// The year, where it is the first row of its year, and the row's series id.
fn lead(row_year: Option<i64>, id: &str, id_width: usize, profile: &Profile) -> Vec<Span> {
    let year = row_year.map_or_else(|| " ".repeat(4), |y| format!("{y:>4}"));
    vec![
        span(format!(" {year}  "), Tone::Dim),
        span(
            format!("{}  ", pad_to_width(id, id_width, profile)),
            Tone::Plain,
        ),
    ]
}

/// A bar a row, both series on one scale, the value after it, marked where it was counted
/// otherwise than the chart's latest value.
fn chart(
    out: &mut Vec<SeriesLine>,
    pair: Pair,
    figure: &PairFigure,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let worded: Vec<String> = figure.rows.iter().map(|r| r.words(lang)).collect();
    let given = (figure.rows.iter().zip(&worded)).filter(|(r, _)| r.value.is_some());
    let any_marked = figure.rows.iter().any(|r| r.marked);
    let value = ValueColumn::of(given.map(|(_, w)| w.as_str()), any_marked, profile);
    let ids = id_width(pair, profile);
    // A space, the year (4), two spaces, the id, two spaces; a space before the value.
    let bar_room = width
        .saturating_sub(1 + 4 + 2 + ids + 2 + 1 + value.width)
        .max(1);
    let mut last_year = None;
    for (row, words) in figure.rows.iter().zip(&worded) {
        let year = (last_year != Some(row.year)).then_some(row.year);
        last_year = Some(row.year);
        let mut spans = lead(year, &pair.model(row.side).id, ids, profile);
        let bar = Bar {
            block: block(row.side, profile),
            tone: Tone::Plain,
            fraction: figure.fraction(row),
            words,
            marked: row.marked,
        };
        push_bar(&mut spans, bar, bar_room, value, profile);
        out.push(SeriesLine::new(spans));
    }
}

/// Under a chart: the rows counted otherwise than its latest value and how, then each
/// row's note.
fn under_chart(
    out: &mut Vec<SeriesLine>,
    pair: Pair,
    figure: &PairFigure,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let room = width.saturating_sub(UNDER_CHART).max(1);
    if let Some((heading, marked)) = figure.differing(pair, lang) {
        indented(out, wrap(&heading, room, profile), Tone::Dim);
        for group in marked {
            let lead = format!("{} {}", pair.model(group.side).id, group.years);
            by_lead_at(
                out,
                UNDER_CHART,
                &lead,
                &group.basis,
                Tone::Dim,
                width,
                profile,
            );
        }
    }
    let mut notes = figure.notes().peekable();
    if notes.peek().is_some() {
        let label = lang.words().series.notes_heading;
        indented(out, vec![label.to_string()], Tone::Dim);
    }
    for (row, note) in notes {
        let lead = format!("{:>4} {}", row.year, pair.model(row.side).id);
        let note = note.get(lang.tag());
        by_lead_at(out, UNDER_CHART, &lead, note, Tone::Dim, width, profile);
    }
}

/// Each edition's theme by year, the two series' editions of a year together.
fn themes(out: &mut Vec<SeriesLine>, pair: Pair, width: usize, lang: Lang, profile: &Profile) {
    let words = &lang.words().pair;
    out.extend(SeriesLine::headings(words.themes_heading, width, profile));
    let ids = id_width(pair, profile);
    let indent = 1 + 4 + 2 + ids + 2;
    let room = width.saturating_sub(indent).max(1);
    let mut last_year = None;
    for (year, side, column) in pair.editions() {
        let shown = (last_year != Some(year)).then_some(year);
        last_year = Some(year);
        let model = pair.model(side);
        let (text, tone) = match &model.columns[column].theme {
            Some(theme) => (theme.get(lang.tag()), Tone::Plain),
            None => (lang.words().series.no_theme, Tone::Dim),
        };
        for (k, line) in wrap(text, room, profile).into_iter().enumerate() {
            let mut spans = if k == 0 {
                lead(shown, &model.id, ids, profile)
            } else {
                vec![span(" ".repeat(indent), Tone::Plain)]
            };
            spans.push(span(line, tone));
            out.push(SeriesLine::new(spans));
        }
    }
    out.push(SeriesLine::blank());
}

/// Those listed in both series: a name, then each series' id and years.
fn in_both(
    out: &mut Vec<SeriesLine>,
    pair: Pair,
    title: &str,
    entries: &[InBoth],
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let words = &lang.words().pair;
    out.extend(SeriesLine::headings(title, width, profile));
    let (caveat, tone) = if entries.is_empty() {
        (
            format!("{} {}", words.nobody_in_both, words.lists_caveat),
            Tone::Dim,
        )
    } else {
        (words.lists_caveat.to_string(), Tone::Dim)
    };
    for line in wrap(&caveat, width, profile) {
        out.push(SeriesLine::text(line, tone));
    }
    let tag = lang.tag();
    let widest = (entries.iter())
        .map(|e| display_width(e.name.get(tag), profile))
        .max()
        .unwrap_or(0);
    let name_width = widest.clamp(6, (width / 3).max(6));
    let room = width.saturating_sub(name_width + 2).max(1);
    for entry in entries {
        let name = truncate(entry.name.get(tag), name_width, profile);
        let listed = [
            (&pair.first.id, &entry.first),
            (&pair.second.id, &entry.second),
        ]
        .map(|(id, years)| {
            let years: Vec<String> = years.iter().map(i64::to_string).collect();
            (words.appearances)(id, &years.join(words.year_sep))
        })
        .join("   ");
        for (k, line) in wrap(&listed, room, profile).into_iter().enumerate() {
            let first = if k == 0 {
                pad_to_width(&name, name_width, profile)
            } else {
                " ".repeat(name_width)
            };
            out.push(SeriesLine::new(vec![
                span(format!("{first}  "), Tone::Plain),
                span(line, Tone::Dim),
            ]));
        }
    }
    out.push(SeriesLine::blank());
}
