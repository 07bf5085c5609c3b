//! A series model laid out as lines at a width: a bar chart per figure, themes and topics
//! by year, and a matrix each of the people and organizations who came back. The series
//! view, `confer series` and the series slide all draw these lines.

use super::line::{Compared, SeriesLine, Target, YEAR_INDENT, beside_year, by_year, span};
use super::{Returning, SeriesModel};
use crate::i18n::Lang;
use crate::rows::Tone;
use crate::rows::wording::{editions, years};
use crate::text::{Profile, display_width, pad_to_width, truncate, wrap};

/// Width of a year column in the matrices, with the space after it.
const YEAR_COLUMN: usize = 5;

/// The series laid out at `width` columns: no line is wider, whatever the width.
pub fn lines(
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
    compared: Compared,
) -> Vec<SeriesLine> {
    let width = width.max(1);
    let words = &lang.words().series;
    let tag = lang.tag();
    let mut out = Vec::new();
    let first = model.columns.first().map_or(0, |c| c.year);
    let last = model.columns.last().map_or(0, |c| c.year);
    let (count, span) = (
        editions(model.columns.len(), lang),
        years(first, last, lang),
    );
    let span_of_years = (words.span_of_years)(&count, &span);
    out.extend(SeriesLine::headings(model.name.get(tag), width, profile));
    out.push(SeriesLine::text(span_of_years, Tone::Dim));
    out.push(SeriesLine::blank());
    super::charts::figures(&mut out, model, width, lang, profile, compared);
    themes(&mut out, model, width, lang, profile);
    let (people, orgs) = (words.people_heading, words.orgs_heading);
    matrix(
        &mut out,
        people,
        &model.people,
        model,
        width,
        lang,
        profile,
        Target::Person,
    );
    matrix(
        &mut out,
        orgs,
        &model.orgs,
        model,
        width,
        lang,
        profile,
        Target::Org,
    );
    topics(&mut out, model, width, lang, profile);
    out.into_iter().map(|l| l.fitted(width, profile)).collect()
}

fn themes(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let words = &lang.words().series;
    out.extend(SeriesLine::headings(words.themes_heading, width, profile));
    let none = words.no_theme;
    for column in &model.columns {
        let (text, tone) = match &column.theme {
            Some(theme) => (theme.get(lang.tag()), Tone::Plain),
            None => (none, Tone::Dim),
        };
        by_year(out, column.year, text, tone, width, profile);
    }
    out.push(SeriesLine::blank());
}

fn topics(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let words = &lang.words().series;
    out.extend(SeriesLine::headings(words.topics_heading, width, profile));
    for column in &model.columns {
        if column.topics.is_empty() {
            let none = words.no_topics;
            by_year(out, column.year, none, Tone::Dim, width, profile);
            continue;
        }
        let listed: Vec<String> = column
            .topics
            .iter()
            .map(|(label, weight)| (words.weighted)(label.get(lang.tag()), *weight))
            .collect();
        let separator = words.list_sep;
        let room = width.saturating_sub(YEAR_INDENT).max(1);
        let flowed = flow(&listed, separator, room, profile);
        beside_year(out, column.year, flowed, Tone::Plain);
    }
    out.push(SeriesLine::blank());
}

/// Items joined by `separator` into lines of at most `width`, never breaking inside an item
/// that fits on a line of its own ("AI (3)" stays whole); a longer one is wrapped.
fn flow(items: &[String], separator: &str, width: usize, profile: &Profile) -> Vec<String> {
    // An English separator's space is where a line may break; the Japanese 、 has none.
    let (mark, gap) = match separator.strip_suffix(' ') {
        Some(mark) => (mark, " "),
        None => (separator, ""),
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (k, item) in items.iter().enumerate() {
        let piece = if k + 1 < items.len() {
            format!("{item}{mark}")
        } else {
            item.clone()
        };
        let gap = if line.is_empty() { "" } else { gap };
        let needed = display_width(&line, profile) + gap.len() + display_width(&piece, profile);
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if line.is_empty() && display_width(&piece, profile) > width {
            let mut wrapped = wrap(&piece, width, profile);
            line = wrapped.pop().unwrap_or_default();
            lines.extend(wrapped);
            continue;
        }
        if !line.is_empty() {
            line.push_str(gap);
        }
        line.push_str(&piece);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The editions a matrix can show at `width` beside names of `name_width`: all, or the most
/// recent that fit.
pub fn matrix_columns(editions: usize, width: usize, name_width: usize) -> std::ops::Range<usize> {
    let fit = (width.saturating_sub(name_width + 1) / YEAR_COLUMN).max(1);
    editions.saturating_sub(fit)..editions
}

#[allow(clippy::too_many_arguments)]
fn matrix(
    out: &mut Vec<SeriesLine>,
    title: &str,
    entries: &[Returning],
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
    target: fn(usize) -> Target,
) {
    let words = &lang.words().series;
    out.extend(SeriesLine::headings(title, width, profile));
    if entries.is_empty() {
        let none = words.nobody_returns;
        for line in wrap(none, width, profile) {
            out.push(SeriesLine::text(line, Tone::Dim));
        }
        out.push(SeriesLine::blank());
        return;
    }
    let tag = lang.tag();
    let widest = entries
        .iter()
        .map(|e| display_width(e.name.get(tag), profile))
        .max()
        .unwrap_or(0);
    let name_width = widest.clamp(6, (width / 3).max(6));
    // How many editions in all, whether or not their columns fit.
    let count_width = 4;
    let shown = matrix_columns(model.columns.len(), width, name_width + count_width);
    let legend = (words.legend)(profile.present_mark(), profile.absent_mark());
    for line in wrap(&legend, width, profile) {
        out.push(SeriesLine::text(line, Tone::Dim));
    }
    if shown.start > 0 {
        let first = model.columns[0].year;
        let last = model.columns[shown.start - 1].year;
        let span = years(first, last, lang);
        let note = (words.left_out)(shown.start, &span);
        for line in wrap(&note, width, profile) {
            out.push(SeriesLine::text(line, Tone::Dim));
        }
    }
    let times = words.times;
    let mut head = vec![
        span(" ".repeat(name_width), Tone::Plain),
        span(format!("{times} "), Tone::Dim),
    ];
    for column in &model.columns[shown.clone()] {
        head.push(span(format!("{:<5}", column.year), Tone::Dim));
    }
    out.push(SeriesLine::new(head));
    for (k, entry) in entries.iter().enumerate() {
        let name = truncate(entry.name.get(tag), name_width, profile);
        let mut spans = vec![
            span(pad_to_width(&name, name_width, profile), Tone::Plain),
            span(format!("{:>4} ", entry.appearances.len()), Tone::Dim),
        ];
        for column in shown.clone() {
            let (symbol, tone) = match entry.at(column) {
                Some(_) => (profile.present_mark(), Tone::Strong),
                None => (profile.absent_mark(), Tone::Dim),
            };
            spans.push(span(format!(" {symbol}   "), tone));
        }
        out.push(SeriesLine::new(spans).aimed(target(k)));
    }
    out.push(SeriesLine::blank());
}
