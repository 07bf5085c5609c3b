//! A series model laid out as lines at a width: a bar chart per figure, themes and topics
//! by year, and a matrix each of the people and organizations who came back. The series
//! view, `confer series` and the series slide all draw these lines.

use super::{Returning, SeriesModel};
use crate::i18n::Lang;
use crate::rows::Tone;
use crate::rows::wording::{editions, years};
use crate::text::{Profile, display_width, pad_to_width, truncate, wrap};

/// A piece of a line in one tone.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub tone: Tone,
}

/// What a line is about, for the keys that act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A chart row: the edition in this column (`[` and `]` compare it).
    Edition(usize),
    /// A returning person or organization (`Enter` lists their editions).
    Person(usize),
    Org(usize),
}

/// One line of the series view, within the width it was laid out for.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesLine {
    pub spans: Vec<Span>,
    pub target: Option<Target>,
    /// A section's title.
    pub heading: bool,
}

impl SeriesLine {
    pub(super) fn new(spans: Vec<Span>) -> SeriesLine {
        SeriesLine {
            spans,
            target: None,
            heading: false,
        }
    }

    pub(super) fn text(text: impl Into<String>, tone: Tone) -> SeriesLine {
        SeriesLine::new(vec![span(text, tone)])
    }

    fn heading(text: &str) -> SeriesLine {
        SeriesLine {
            heading: true,
            ..SeriesLine::text(text, Tone::Strong)
        }
    }

    /// A heading wrapped to the width, a line each.
    pub(super) fn headings(text: &str, width: usize, profile: &Profile) -> Vec<SeriesLine> {
        wrap(text, width, profile)
            .iter()
            .map(|line| SeriesLine::heading(line))
            .collect()
    }

    /// Cut to `width` columns: a chart row whose value is wider than a narrow screen
    /// allows, say. Nothing the layout meant to show is cut at any usual width.
    fn fitted(mut self, width: usize, profile: &Profile) -> SeriesLine {
        let mut used = 0;
        let mut kept = Vec::with_capacity(self.spans.len());
        for mut span in self.spans.drain(..) {
            let w = display_width(&span.text, profile);
            if used + w > width {
                span.text = truncate(&span.text, width - used, profile);
                kept.push(span);
                break;
            }
            used += w;
            kept.push(span);
        }
        self.spans = kept;
        self
    }

    pub(super) fn blank() -> SeriesLine {
        SeriesLine::new(Vec::new())
    }

    pub(super) fn aimed(mut self, target: Target) -> SeriesLine {
        self.target = Some(target);
        self
    }

    /// The line as plain text.
    pub fn plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

pub(super) fn span(text: impl Into<String>, tone: Tone) -> Span {
    Span {
        text: text.into(),
        tone,
    }
}

/// The two editions compared, as columns of the model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Compared {
    pub left: Option<usize>,
    pub right: Option<usize>,
}

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

/// Columns of the year and the space after it, where lines beside a year start.
pub(super) const YEAR_INDENT: usize = 6;

/// The year, then text wrapped beside it with a hanging indent.
fn by_year(
    out: &mut Vec<SeriesLine>,
    year: i64,
    text: &str,
    tone: Tone,
    width: usize,
    profile: &Profile,
) {
    by_year_at(out, 0, year, text, tone, width, profile);
}

/// As `by_year`, the year `indent` columns in.
pub(super) fn by_year_at(
    out: &mut Vec<SeriesLine>,
    indent: usize,
    year: i64,
    text: &str,
    tone: Tone,
    width: usize,
    profile: &Profile,
) {
    let room = width.saturating_sub(indent + YEAR_INDENT).max(1);
    beside_year_at(out, indent, year, wrap(text, room, profile), tone);
}

/// Lines already fitted to the width less the indent: the first beside the year, the rest
/// under the text.
fn beside_year(out: &mut Vec<SeriesLine>, year: i64, lines: Vec<String>, tone: Tone) {
    beside_year_at(out, 0, year, lines, tone);
}

fn beside_year_at(
    out: &mut Vec<SeriesLine>,
    indent: usize,
    year: i64,
    lines: Vec<String>,
    tone: Tone,
) {
    let margin = " ".repeat(indent);
    for (k, line) in lines.into_iter().enumerate() {
        let lead = if k == 0 {
            span(format!("{margin}{year:>4}  "), Tone::Dim)
        } else {
            span(" ".repeat(indent + YEAR_INDENT), Tone::Plain)
        };
        out.push(SeriesLine::new(vec![lead, span(line, tone)]));
    }
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
