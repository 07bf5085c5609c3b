//! The figures of a series laid out as lines: a bar chart a figure, each year's value after
//! its bar, the years counted differently marked and explained and the notes under it, then
//! the figures only one edition gives.

use super::bar::{Bar, ValueColumn, push_bar};
use super::line::{Compared, SeriesLine, Span, Target, YEAR_INDENT, by_lead_at, by_year_at, span};
use super::{FigureLine, MARK, SeriesModel};
use crate::i18n::Lang;
use crate::rows::{Tone, labelled};
use crate::text::{Profile, hanging, wrap};

/// The figures section: a chart for each figure two or more editions give, then those one
/// edition gives.
pub(super) fn figures(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
    compared: Compared,
) {
    let words = &lang.words().series;
    out.extend(SeriesLine::headings(words.figures_heading, width, profile));
    if model.figures.is_empty() {
        let none = words.no_common_figure;
        out.push(SeriesLine::text(none, Tone::Dim));
        out.push(SeriesLine::blank());
    }
    for figure in &model.figures {
        for line in wrap(figure.label.get(lang.tag()), width, profile) {
            out.push(SeriesLine::text(line, Tone::Strong));
        }
        chart(out, model, figure, width, lang, profile, compared);
        under_chart(out, model, figure, width, lang, profile);
        out.push(SeriesLine::blank());
    }
    single(out, model, width, lang, profile);
}

/// A bar a year, the value after it, marked where the year was counted differently.
fn chart(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    figure: &FigureLine,
    width: usize,
    lang: Lang,
    profile: &Profile,
    compared: Compared,
) {
    let columns = 0..figure.values.len();
    let worded: Vec<String> = columns.clone().map(|c| figure.words(c, lang)).collect();
    let marked: Vec<bool> = columns
        .clone()
        .map(|c| figure.counted_differently(c))
        .collect();
    let given = columns.clone().filter(|c| figure.values[*c].is_some());
    let value = ValueColumn::of(
        given.map(|c| worded[c].as_str()),
        marked.contains(&true),
        profile,
    );
    // Mark (2), a space, year (4), two spaces; the value after the bar, a space before it.
    let bar_room = width.saturating_sub(2 + 1 + 4 + 2 + 1 + value.width).max(1);
    for column in columns {
        let mut spans = vec![
            mark(column, compared, lang),
            span(format!(" {:>4}  ", model.columns[column].year), Tone::Dim),
        ];
        let tone = if is_compared(column, compared) {
            Tone::Up
        } else {
            Tone::Plain
        };
        let bar = Bar {
            block: profile.bar_block(),
            tone,
            fraction: figure.fraction(column),
            words: &worded[column],
            marked: marked[column],
        };
        push_bar(&mut spans, bar, bar_room, value, profile);
        out.push(SeriesLine::new(spans).aimed(Target::Edition(column)));
    }
}

/// Columns before a line under a chart: its years stand under the bars' years.
pub(super) const UNDER_CHART: usize = 3;

/// Under a chart: the years counted otherwise than the latest and how, then each year's
/// note, where the content keeps what its sources disagree on.
fn under_chart(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    figure: &FigureLine,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    let room = width.saturating_sub(UNDER_CHART).max(1);
    if let Some(differing) = figure.differing(model) {
        // The mark leads the heading; what follows it hangs under its text.
        let lines = hanging(&differing.heading(lang), MARK, room, profile);
        indented(out, lines, Tone::Dim);
        for (years, basis) in differing.groups(lang) {
            by_lead_at(out, UNDER_CHART, &years, &basis, Tone::Dim, width, profile);
        }
    }
    let mut notes = figure.notes().peekable();
    if notes.peek().is_some() {
        let label = lang.words().series.notes_heading;
        indented(out, vec![label.to_string()], Tone::Dim);
    }
    for (column, note) in notes {
        let year = model.columns[column].year;
        by_year_at(
            out,
            UNDER_CHART,
            year,
            note.get(lang.tag()),
            Tone::Dim,
            width,
            profile,
        );
    }
}

/// Lines under a chart, each after its indent.
pub(super) fn indented(out: &mut Vec<SeriesLine>, lines: Vec<String>, tone: Tone) {
    for line in lines {
        out.push(SeriesLine::new(vec![
            span(" ".repeat(UNDER_CHART), Tone::Plain),
            span(line, tone),
        ]));
    }
}

/// The figures only one edition gives, under the charts: a chart of one bar says nothing
/// of the years, but the number is still the content's.
fn single(
    out: &mut Vec<SeriesLine>,
    model: &SeriesModel,
    width: usize,
    lang: Lang,
    profile: &Profile,
) {
    if model.single.is_empty() {
        return;
    }
    let title = lang.words().series.single_heading;
    for line in wrap(title, width, profile) {
        out.push(SeriesLine::text(line, Tone::Strong));
    }
    let room = width.saturating_sub(UNDER_CHART + YEAR_INDENT).max(1);
    for figure in &model.single {
        let tag = lang.tag();
        let year = model.columns[figure.edition].year;
        let value = labelled_text(figure.label.get(tag), &figure.value.words(lang), lang);
        let mut lines = wrap(&value, room, profile);
        let mut dim = Vec::new();
        if let Some(basis) = &figure.value.basis {
            dim.extend(wrap(
                &labelled(lang.words().labels.basis, basis.get(tag), lang),
                room,
                profile,
            ));
        }
        if let Some(note) = &figure.value.note {
            dim.extend(wrap(
                &labelled(lang.words().labels.note, note.get(tag), lang),
                room,
                profile,
            ));
        }
        let plain = lines.len();
        lines.extend(dim);
        for (k, line) in lines.into_iter().enumerate() {
            let lead = if k == 0 {
                format!("{}{year:>4}  ", " ".repeat(UNDER_CHART))
            } else {
                " ".repeat(UNDER_CHART + YEAR_INDENT)
            };
            let (lead_tone, tone) = match k {
                0 => (Tone::Dim, Tone::Plain),
                k if k < plain => (Tone::Plain, Tone::Plain),
                _ => (Tone::Plain, Tone::Dim),
            };
            out.push(SeriesLine::new(vec![
                span(lead, lead_tone),
                span(line, tone),
            ]));
        }
    }
    out.push(SeriesLine::blank());
}

/// "Exhibition booths: 40", 「展示ブース：40」.
fn labelled_text(label: &str, value: &str, lang: Lang) -> String {
    (lang.words().labels.labelled)(label, value)
}

fn is_compared(column: usize, compared: Compared) -> bool {
    compared.left == Some(column) || compared.right == Some(column)
}

/// Two columns saying which side of the comparison an edition is on, if either.
fn mark(column: usize, compared: Compared, lang: Lang) -> Span {
    let text = (lang.words().series.compared_mark)(
        compared.left == Some(column),
        compared.right == Some(column),
    );
    span(text, Tone::Strong)
}
