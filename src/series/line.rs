//! One line of the series view and its spans, and the year a line starts with: what the
//! charts and the lists of the series are both written in.

use crate::rows::Tone;
use crate::text::{Profile, display_width, truncate, wrap};
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
    pub(super) fn fitted(mut self, width: usize, profile: &Profile) -> SeriesLine {
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

/// Columns of the year and the space after it, where lines beside a year start.
pub(super) const YEAR_INDENT: usize = 6;

/// The year, then text wrapped beside it with a hanging indent.
pub(super) fn by_year(
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

/// Text beside a lead of any width (years "2014–2019, 2024", or a series and its years),
/// `indent` columns in: wrapped under its own start where the lead leaves it half the
/// width or more, else on the lines after the lead, as under a year.
pub(super) fn by_lead_at(
    out: &mut Vec<SeriesLine>,
    indent: usize,
    lead: &str,
    text: &str,
    tone: Tone,
    width: usize,
    profile: &Profile,
) {
    let margin = " ".repeat(indent);
    let room = width.saturating_sub(indent).max(1);
    let lead_width = display_width(lead, profile) + 2;
    if lead_width <= room / 2 {
        let lines = wrap(text, room - lead_width, profile);
        for (k, line) in lines.into_iter().enumerate() {
            let first = if k == 0 {
                span(format!("{margin}{lead}  "), Tone::Dim)
            } else {
                span(" ".repeat(indent + lead_width), Tone::Plain)
            };
            out.push(SeriesLine::new(vec![first, span(line, tone)]));
        }
        return;
    }
    for line in wrap(lead, room, profile) {
        out.push(SeriesLine::new(vec![span(
            format!("{margin}{line}"),
            Tone::Dim,
        )]));
    }
    let under = width.saturating_sub(indent + YEAR_INDENT).max(1);
    for line in wrap(text, under, profile) {
        let margin = span(" ".repeat(indent + YEAR_INDENT), Tone::Plain);
        out.push(SeriesLine::new(vec![margin, span(line, tone)]));
    }
}

/// Lines already fitted to the width less the indent: the first beside the year, the rest
/// under the text.
pub(super) fn beside_year(out: &mut Vec<SeriesLine>, year: i64, lines: Vec<String>, tone: Tone) {
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
