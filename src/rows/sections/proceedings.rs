//! What happened at each edition, section by section: the programme day by day, outcomes,
//! the timeline (side by side or merged), notes by topic, and the sources.

use super::super::lists::{coverage_para, coverage_row};
use super::super::wording::{kind_count, partial_date, total_count};
use super::super::{Cell, Item, Para, Row, Section, Tone};
use super::{annotated, dim, list_sep, para, spaced, strong, t, zip};
use crate::compare::{Comparison, Which};
use crate::content::{Event, ListKind, Note, Outcome, Session, Source};
use crate::i18n::Lang;

/// "* Opening Ceremony (ceremony)": the star is the source's mark of a notable session.
fn session(s: &Session, lang: Lang) -> Cell {
    let mark = if s.highlight { "* " } else { "" };
    let kind = s
        .kind
        .map(|k| (lang.words().labels.keyword)(k.word()))
        .unwrap_or_default();
    let tone = if s.highlight {
        Tone::Strong
    } else {
        Tone::Plain
    };
    vec![Para::new(
        format!("{mark}{}", annotated(&t(&s.title, lang), kind, lang)),
        tone,
    )]
}

pub(super) fn program<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows: Vec<Row> = coverage_row(c, ListKind::Sessions, lang)
        .into_iter()
        .collect();
    for d in &c.program.days {
        rows.push(Row::Subheading((lang.words().labels.day)(d.day)));
        // A day past an edition's last is no day of it: said, so that its empty column is
        // not read as a day with nothing listed.
        let past_end = [c.left.edition, c.right.edition].map(|e| {
            let days = e.start.days_to(e.end) + 1;
            (i64::from(d.day) > days).then(|| vec![dim(lasted(days, lang))])
        });
        if let [left, right] = &past_end
            && (left.is_some() || right.is_some())
        {
            rows.push(Row::Pair(
                left.clone().unwrap_or_default(),
                right.clone().unwrap_or_default(),
            ));
        }
        rows.extend(zip(&d.left, &d.right, |s| session(s, lang), Item::Session));
    }
    // A count beside its coverage, so that a short list is never read as a small programme.
    let counts = |kinds: &[(Option<crate::content::SessionKind>, usize)], which| -> Cell {
        let total: usize = kinds.iter().map(|(_, n)| n).sum();
        let parts: Vec<String> = kinds
            .iter()
            .map(|(k, n)| {
                let kind = k.map_or((lang.words().labels.keyword)("other"), |k| {
                    (lang.words().labels.keyword)(k.word())
                });
                kind_count(kind, *n, lang)
            })
            .collect();
        let mut cell = vec![
            strong(total_count(total, lang)),
            para(parts.join(list_sep(lang))),
        ];
        cell.extend(coverage_para(c, which, ListKind::Sessions, lang));
        cell
    };
    rows.push(Row::Subheading(
        lang.words().labels.sessions_by_kind.to_string(),
    ));
    rows.push(Row::Pair(
        counts(&c.program.left_kinds, Which::Left),
        counts(&c.program.right_kinds, Which::Right),
    ));
    rows
}

/// "(the meeting lasted 3 days)", under a day heading past an edition's last day.
fn lasted(days: i64, lang: Lang) -> String {
    (lang.words().sections.lasted)(days)
}

fn outcome(o: &Outcome, lang: Lang) -> Cell {
    let mut cell = vec![strong(t(&o.title, lang))];
    let mut about: Vec<String> = Vec::new();
    if let Some(date) = o.date {
        about.push(partial_date(date, lang));
    }
    // Japanese names each value, so that a kind and a status are not read as one list:
    // 「2014年11月｜種類：その他｜状況：公開」.
    let words = &lang.words().sections;
    if let Some(kind) = o.kind {
        let kind = (lang.words().labels.keyword)(kind.word());
        about.push((words.outcome_kind)(kind));
    }
    if let Some(status) = o.status {
        let status = (lang.words().labels.keyword)(status.word());
        about.push((words.outcome_status)(status));
    }
    if !about.is_empty() {
        cell.push(dim(about.join(words.outcome_sep)));
    }
    if let Some(detail) = &o.detail {
        cell.push(para(t(detail, lang)));
    }
    cell
}

pub(super) fn outcomes<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows: Vec<Row> = coverage_row(c, ListKind::Outcomes, lang)
        .into_iter()
        .collect();
    rows.extend(zip(
        &c.outcomes.0,
        &c.outcomes.1,
        |o| outcome(o, lang),
        Item::Outcome,
    ));
    spaced(rows)
}

fn event(e: &Event, lang: Lang) -> Cell {
    let place = e.place.as_ref().map(|p| t(p, lang)).unwrap_or_default();
    let date = partial_date(e.date, lang);
    vec![para(format!(
        "{date}  {}",
        annotated(&t(&e.title, lang), &place, lang)
    ))]
}

/// Each edition's timeline in its own column, each from the top, by date: two timelines
/// that do not overlap in time never leave one side's first screen empty.
pub(super) fn timeline<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows = timeline_coverage(c, lang);
    rows.extend(zip(
        &c.timeline.0,
        &c.timeline.1,
        |e| event(e, lang),
        Item::Event,
    ));
    rows
}

/// Both timelines on one date axis: each event on its own line, in its edition's column.
pub fn merged_timeline<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows = vec![Row::Heading(Section::Timeline.title(lang).to_string())];
    rows.extend(timeline_coverage(c, lang));
    rows.extend(c.merged_timeline.iter().map(|&(which, e)| match which {
        Which::Left => Row::Item(event(e, lang), Vec::new(), Item::Event(Some(e), None)),
        Which::Right => Row::Item(Vec::new(), event(e, lang), Item::Event(None, Some(e))),
    }));
    rows
}

/// Each timeline's coverage, where one is declared, and a gap after it.
fn timeline_coverage<'a>(c: &Comparison, lang: Lang) -> Vec<Row<'a>> {
    let mut rows: Vec<Row> = coverage_row(c, ListKind::Timeline, lang)
        .into_iter()
        .collect();
    if !rows.is_empty() {
        rows.push(Row::Pair(Vec::new(), Vec::new()));
    }
    rows
}

fn note(n: &Note, lang: Lang) -> Cell {
    vec![strong(t(&n.title, lang)), para(t(&n.body, lang))]
}

pub(super) fn notes<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for group in &c.notes {
        let title = group.topic.map_or_else(
            || lang.words().labels.no_topic.to_string(),
            |tp| t(&tp.label, lang),
        );
        rows.push(Row::Subheading(title));
        rows.extend(spaced(zip(
            &group.left,
            &group.right,
            |n| note(n, lang),
            Item::Note,
        )));
    }
    rows
}

fn source(s: &Source, lang: Lang) -> Cell {
    let mut about: Vec<String> = Vec::new();
    for text in [&s.author, &s.publisher].into_iter().flatten() {
        about.push(t(text, lang));
    }
    if let Some(date) = s.date {
        about.push(partial_date(date, lang));
    }
    let mut cell = vec![para(format!("[{}] {}", s.id, t(&s.title, lang)))];
    if !about.is_empty() {
        cell.push(dim(about.join(list_sep(lang))));
    }
    if let Some(url) = &s.url {
        cell.push(Para::address("", url, Tone::Dim));
    }
    cell
}

pub(super) fn sources<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    spaced(zip(
        &c.sources.0,
        &c.sources.1,
        |s| source(s, lang),
        Item::Source,
    ))
}
