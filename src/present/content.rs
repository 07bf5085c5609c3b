//! What each slide says: its title and body in the reader's language, from the comparison
//! (and the talk, for a presenter's own slides). Pure; laying out and drawing come later.

use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::rows::wording::date_range;
use crate::rows::{Cell, Item, Para, Row, Section, Tone, rows};
use crate::series::pair::Pair;
use crate::talk::{Talk, TalkSlideKind, blocks};

use super::body::Body;
use super::chart::{SeriesModels, pair_chart, series_chart};
use super::figures::{figure_slide, glance_rows, only_figures_slide};
use super::program::program_slide;
use super::slide::{Returned, Slide};

/// A slide's title and body in the reader's language; `series` the models of the series
/// compared, once read; `talk` the talk the deck follows, if any.
pub fn content<'a>(
    slide: &Slide,
    c: &'a Comparison<'a>,
    series: SeriesModels,
    talk: Option<&Talk>,
    lang: Lang,
) -> (String, Body<'a>) {
    let section = |section: Section| section.title(lang).to_string();
    match slide {
        Slide::Title => title_slide(c, talk, lang),
        Slide::Series(key) => series_slide(c, series, key.as_deref(), lang),
        Slide::Glance => {
            let title = lang.words().slides.glance_title;
            (title.to_string(), Body::Paired(glance_rows(c, lang, None)))
        }
        Slide::Figure(key) => figure_slide(c, key, lang),
        Slide::OnlyFigures(which) => only_figures_slide(c, *which, lang),
        // Paired as in the explorer: a topic both editions list sits on one row, so that
        // what each made of it is read across.
        Slide::Topics => (
            section(Section::Topics),
            Body::Paired(without_heading(rows(Section::Topics, c, lang))),
        ),
        Slide::People(whom) => people_slide(c, *whom, lang),
        Slide::Program => program_slide(c, lang),
        // Titles, dates and status only: the details are for the explorer.
        Slide::Outcomes => (
            section(Section::Outcomes),
            Body::Rows(brief(rows(Section::Outcomes, c, lang), 2)),
        ),
        Slide::Timeline => (
            section(Section::Timeline),
            Body::Rows(without_heading(rows(Section::Timeline, c, lang))),
        ),
        Slide::Notes(i) => notes_slide(*i, c, lang),
        Slide::Sources => (
            section(Section::Sources),
            Body::Rows(brief(rows(Section::Sources, c, lang), 1)),
        ),
        Slide::Own(i) => own_slide(talk, *i, lang),
    }
}

fn own_slide<'a>(talk: Option<&Talk>, i: usize, lang: Lang) -> (String, Body<'a>) {
    match talk.and_then(|t| t.slides.get(i)).map(|s| &s.kind) {
        Some(TalkSlideKind::Own { title, body }) => (
            title.get(lang.tag()).to_string(),
            Body::Text(
                body.as_ref()
                    .map_or_else(Vec::new, |b| blocks(b.get(lang.tag()))),
            ),
        ),
        // A deck built from this talk names only its own slides this way.
        _ => (String::new(), Body::Text(Vec::new())),
    }
}

/// One figure over the years; across two series, both on one chart.
fn series_slide<'a>(
    c: &Comparison,
    series: SeriesModels,
    key: Option<&str>,
    lang: Lang,
) -> (String, Body<'a>) {
    let words = &lang.words().slides;
    let title = words.series_title;
    let reading = || (title.to_string(), Body::Message(words.reading.to_string()));
    let compared = [&c.left.edition.id, &c.right.edition.id];
    let chart = if c.across_series() {
        let (Some(first), Some(second)) = (series.left, series.right) else {
            return reading();
        };
        pair_chart(Pair { first, second }, key, compared, lang)
    } else {
        let Some(model) = series.left else {
            return reading();
        };
        series_chart(model, key, compared, lang)
    };
    match chart {
        Some((title, chart)) => (title, Body::Chart(chart)),
        None => {
            let none = match key {
                Some(key) => (words.no_such_figure)(key),
                None => words.no_common_figure.to_string(),
            };
            (title.to_string(), Body::Message(none))
        }
    }
}

/// Titled with the conference's name (or the talk's own title), each edition below.
fn title_slide<'a>(c: &Comparison, talk: Option<&Talk>, lang: Lang) -> (String, Body<'a>) {
    let tag = lang.tag();
    let across = c.across_series();
    let side = |s: &crate::compare::Side| -> Cell {
        let e = s.edition;
        let mut cell = Vec::new();
        // Beside an edition of another series, each side says which series it is.
        if across {
            cell.push(Para::new(s.series.name.get(tag), Tone::Dim));
        }
        cell.extend([
            Para::new(e.name.get(tag), Tone::Strong),
            Para::new(date_range(e.start, e.end, lang), Tone::Plain),
            Para::new(e.place.get(tag), Tone::Plain),
        ]);
        if let Some(theme) = &e.theme {
            cell.push(Para::new(theme.get(tag), Tone::Dim));
        }
        cell
    };
    let series = crate::rows::series_title(c.left.series, c.right.series, lang);
    let (title, subtitle) = match talk.and_then(|t| t.title.as_ref()) {
        Some(own) => (own.get(tag).to_string(), Some(series)),
        None => (series, None),
    };
    let body = Body::Title {
        subtitle,
        left: side(&c.left),
        right: side(&c.right),
    };
    (title, body)
}

fn people_slide<'a>(c: &'a Comparison<'a>, whom: Returned, lang: Lang) -> (String, Body<'a>) {
    let words = &lang.words().slides;
    let title = match whom {
        Returned::PeopleAndOrgs => words.returned_both,
        Returned::People => words.returned_people,
        Returned::Orgs => words.returned_orgs,
    };
    let (people, orgs) = match whom {
        Returned::PeopleAndOrgs => (true, true),
        Returned::People => (true, false),
        Returned::Orgs => (false, true),
    };
    let all = rows(Section::People, c, lang);
    // The organizations' part starts at its own titled coverage row or its first group.
    let orgs_from = all
        .iter()
        .position(|r| matches!(r, Row::Blank))
        .unwrap_or(all.len());
    let part: Vec<Row> = all
        .into_iter()
        .enumerate()
        .filter(|(at, _)| if *at < orgs_from { people } else { orgs })
        .map(|(_, row)| row)
        .collect();
    let kept = keep_groups(part, |item| match item {
        Item::Person(l, r) => l.is_some() && r.is_some(),
        Item::Org(l, r) => l.is_some() && r.is_some(),
        _ => false,
    });
    (title.to_string(), Body::Paired(kept))
}

/// The i-th group of notes: from its subheading to the next, titled by its topic.
fn notes_slide<'a>(i: usize, c: &'a Comparison<'a>, lang: Lang) -> (String, Body<'a>) {
    let all = rows(Section::Notes, c, lang);
    let starts: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Row::Subheading(_)))
        .map(|(k, _)| k)
        .collect();
    let start = starts.get(i).copied().unwrap_or(all.len());
    let end = starts.get(i + 1).copied().unwrap_or(all.len());
    let mut group: Vec<Row> = all.into_iter().take(end).skip(start).collect();
    let title = match group.first() {
        Some(Row::Subheading(t)) => t.clone(),
        _ => Section::Notes.title(lang).to_string(),
    };
    if !group.is_empty() {
        group.remove(0);
    }
    (title, Body::Rows(group))
}

/// A section's rows with each entry cut to its first paragraphs.
fn brief(rows: Vec<Row>, paragraphs: usize) -> Vec<Row> {
    without_heading(rows)
        .into_iter()
        .map(|row| match row {
            Row::Item(l, r, item) => Row::Item(
                l.into_iter().take(paragraphs).collect(),
                r.into_iter().take(paragraphs).collect(),
                item,
            ),
            other => other,
        })
        .collect()
}

fn without_heading(mut rows: Vec<Row>) -> Vec<Row> {
    rows.retain(|r| !matches!(r, Row::Heading(_)));
    rows
}

/// Keeps the item rows `keep` accepts, the subheadings of groups that still have some, and
/// the rows that say how complete the lists are.
fn keep_groups<'a>(rows: Vec<Row<'a>>, keep: impl Fn(&Item) -> bool) -> Vec<Row<'a>> {
    let mut out: Vec<Row> = Vec::new();
    let mut pending: Option<Row> = None;
    for row in rows {
        match row {
            Row::Subheading(_) => pending = Some(row),
            Row::Pair(..) => out.push(row),
            Row::Item(_, _, ref item) if keep(item) => {
                if let Some(heading) = pending.take() {
                    out.push(heading);
                }
                out.push(row);
            }
            _ => {}
        }
    }
    out
}
