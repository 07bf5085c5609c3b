//! What each section says, cell by cell, in the reader's language.

use super::lists::{Groups, coverage_para, coverage_row, one_side_heading};
use super::wording::{date_range, kind_count, labels, partial_date, total_count};
use super::{Cell, Item, Para, Row, Section, Tone};
use crate::compare::{Comparison, Which};
use crate::content::{Event, ListKind, Note, Org, Outcome, Person, Session, Source, Text, Topic};
use crate::i18n::Lang;

/// The rows of one section, starting with its heading.
pub fn rows<'a>(section: Section, c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let mut rows = vec![Row::Heading(section.title(lang).to_string())];
    let body = match section {
        Section::Overview => overview(c, lang),
        Section::Figures => spaced(super::figures::figures(c, lang)),
        Section::Topics => topics(c, lang),
        Section::People => people(c, lang),
        Section::Program => program(c, lang),
        Section::Outcomes => outcomes(c, lang),
        Section::Timeline => timeline(c, lang),
        Section::Notes => notes(c, lang),
        Section::Sources => sources(c, lang),
    };
    rows.extend(body);
    rows
}

/// ", " / "、".
fn list_sep(lang: Lang) -> &'static str {
    lang.words().sections.list_sep
}

fn t(text: &Text, lang: Lang) -> String {
    text.get(lang.tag()).to_string()
}

fn para(text: impl Into<String>) -> Para {
    Para::new(text, Tone::Plain)
}

fn strong(text: impl Into<String>) -> Para {
    Para::new(text, Tone::Strong)
}

fn dim(text: impl Into<String>) -> Para {
    Para::new(text, Tone::Dim)
}

/// "Label: value" in the reader's language.
fn field(label: &str, value: impl AsRef<str>, lang: Lang) -> Para {
    para(super::labelled(label, value.as_ref(), lang))
}

/// An empty pair between items that take several lines, so each reads as one.
pub(super) fn spaced(rows: Vec<Row<'_>>) -> Vec<Row<'_>> {
    let mut out = Vec::with_capacity(rows.len() * 2);
    for row in rows {
        let cells = |r: &Row| matches!(r, Row::Pair(..) | Row::Item(..));
        if cells(&row) && out.last().is_some_and(cells) {
            out.push(Row::Pair(Vec::new(), Vec::new()));
        }
        out.push(row);
    }
    out
}

/// Lists two sides side by side, entry by entry; the shorter side ends first.
fn zip<'a, T: Copy>(
    left: &[T],
    right: &[T],
    cell: impl Fn(T) -> Cell,
    item: impl Fn(Option<T>, Option<T>) -> Item<'a>,
) -> Vec<Row<'a>> {
    (0..left.len().max(right.len()))
        .map(|i| {
            let (l, r) = (left.get(i).copied(), right.get(i).copied());
            Row::Item(
                l.map(&cell).unwrap_or_default(),
                r.map(&cell).unwrap_or_default(),
                item(l, r),
            )
        })
        .collect()
}

fn overview<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let (l, r) = (c.left.edition, c.right.edition);
    let (ll, rl) = labels(c, lang);
    let mut rows = vec![Row::Heads(vec![strong(ll)], vec![strong(rl)])];
    rows.push(Row::Pair(
        vec![field(lang.words().labels.name, t(&l.name, lang), lang)],
        vec![field(lang.words().labels.name, t(&r.name, lang), lang)],
    ));
    rows.push(Row::Pair(
        vec![field(
            lang.words().labels.dates,
            date_range(l.start, l.end, lang),
            lang,
        )],
        vec![field(
            lang.words().labels.dates,
            date_range(r.start, r.end, lang),
            lang,
        )],
    ));
    rows.push(Row::Pair(
        vec![field(lang.words().labels.place, t(&l.place, lang), lang)],
        vec![field(lang.words().labels.place, t(&r.place, lang), lang)],
    ));
    let optional = |word: &str, text: Option<&Text>| -> Cell {
        text.map(|x| vec![field(word, t(x, lang), lang)])
            .unwrap_or_default()
    };
    rows.push(Row::Pair(
        optional(lang.words().labels.theme, l.theme.as_ref()),
        optional(lang.words().labels.theme, r.theme.as_ref()),
    ));
    let organizer = |side: &crate::compare::Side| {
        optional(
            lang.words().labels.organizer,
            side.series.organizer.as_ref(),
        )
    };
    if c.left.series.id != c.right.series.id {
        rows.push(Row::Pair(organizer(&c.left), organizer(&c.right)));
    }
    let summary = |text: Option<&Text>| -> Cell {
        text.map(|x| vec![dim(lang.words().labels.summary), para(t(x, lang))])
            .unwrap_or_default()
    };
    rows.push(Row::Pair(
        summary(l.summary.as_ref()),
        summary(r.summary.as_ref()),
    ));
    rows.extend(super::glance::glance(c, lang));
    rows
}

/// "AI (weight 3)" / 「人工知能（重要度3）」.
fn weight(topic: &crate::content::Topic, lang: Lang) -> Para {
    let label = t(&topic.label, lang);
    para((lang.words().sections.weighted)(&label, topic.weight))
}

fn topics<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let (ll, rl) = labels(c, lang);
    // No edition can declare its topics complete: what one lacks is not listed for it.
    let groups = Groups {
        matched: &c.topics,
        headings: [
            lang.words().labels.in_both.to_string(),
            (lang.words().labels.not_listed_for)(&rl, false),
            (lang.words().labels.not_listed_for)(&ll, false),
        ],
        keep_empty: false,
    };
    let both = |l: &Topic, r: &Topic| {
        let delta = i16::from(r.weight) - i16::from(l.weight);
        // Japanese says the change inside the entry: 「人工知能（重要度3→2）」.
        if let (true, Some(inside)) = (delta != 0, lang.words().sections.weight_change) {
            let tone = if delta > 0 { Tone::Up } else { Tone::Down };
            let changed = inside(&t(&r.label, lang), l.weight, r.weight);
            return (vec![weight(l, lang)], vec![Para::new(changed, tone)]);
        }
        let mut right = vec![weight(r, lang)];
        if delta != 0 {
            let tone = if delta > 0 { Tone::Up } else { Tone::Down };
            let sign = if delta > 0 { "+" } else { "-" };
            right.push(Para::new(format!("{sign}{}", delta.abs()), tone));
        }
        (vec![weight(l, lang)], right)
    };
    let mut rows = Vec::new();
    // 重要度 alone is not self-explaining: its scale is said once, above the topics.
    if let Some(scale) = lang.words().sections.weight_scale {
        rows.push(Row::Pair(vec![dim(scale)], Vec::new()));
    }
    rows.extend(groups.rows(both, |tp| vec![weight(tp, lang)], Item::Topic));
    rows
}

/// "Jack Ma (Executive Chairman, Alibaba)", 「馬雲（アリババ会長）」: one line per person, so
/// long lists stay short. Japanese writes the organisation before the title, as one word
/// (a space only where two Latin or two katakana words would run together: 「ICANN CEO」,
/// 「マイクロソフト エグゼクティブ・バイスプレジデント」).
fn person(p: &Person, lang: Lang) -> Cell {
    let role = p.role.as_ref().map(|r| t(r, lang));
    let org = p.org.as_ref().map(|o| t(&o.name, lang));
    let about = match (org, role) {
        (Some(org), Some(role)) => (lang.words().sections.org_and_role)(&org, &role),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    };
    vec![para(annotated(&t(&p.name, lang), &about, lang))]
}

/// A name with what is said of it: "Jack Ma (Executive Chairman, Alibaba)". Japanese nests
/// no brackets: a bracket inside what is said becomes 〔〕, and a name that already ends in
/// one (李彦宏（ロビン・リー）) is followed by a full-width space, not a second bracket.
fn annotated(name: &str, about: &str, lang: Lang) -> String {
    if about.is_empty() {
        return name.to_string();
    }
    (lang.words().sections.annotated)(name, about)
}

fn org(o: &Org, lang: Lang) -> Cell {
    let mut about: Vec<&str> = o
        .kind
        .map(|k| (lang.words().labels.keyword)(k.word()))
        .into_iter()
        .collect();
    if let Some(country) = &o.country {
        about.push((lang.words().labels.country)(country));
    }
    let about = about.join(list_sep(lang));
    vec![para(annotated(&t(&o.name, lang), &about, lang))]
}

fn people<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    let side_headings =
        |kind| [Which::Left, Which::Right].map(|which| one_side_heading(c, which, kind, lang));
    let [left_people, right_people] = side_headings(ListKind::People);
    let mut rows: Vec<Row> = coverage_row(c, ListKind::People, lang)
        .into_iter()
        .collect();
    let people = Groups {
        matched: &c.people,
        headings: [
            lang.words().labels.returning.to_string(),
            left_people,
            right_people,
        ],
        keep_empty: true,
    };
    rows.extend(people.rows(
        |l, r| (person(l, lang), person(r, lang)),
        |p| person(p, lang),
        Item::Person,
    ));
    rows.push(Row::Blank);
    let orgs_title = lang.words().labels.organizations;
    if let Some(coverage) = coverage_row(c, ListKind::Orgs, lang) {
        // Titled, so that it is not read as the people's.
        rows.push(Row::Subheading(orgs_title.to_string()));
        rows.push(coverage);
    }
    let sep = lang.words().sections.label_sep;
    let [left_orgs, right_orgs] = side_headings(ListKind::Orgs);
    let orgs = Groups {
        matched: &c.orgs,
        headings: [
            lang.words().labels.returning.to_string(),
            left_orgs,
            right_orgs,
        ]
        .map(|group| format!("{orgs_title}{sep}{group}")),
        keep_empty: true,
    };
    rows.extend(orgs.rows(
        |l, r| (org(l, lang), org(r, lang)),
        |o| org(o, lang),
        Item::Org,
    ));
    rows
}

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

fn program<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
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

fn outcomes<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
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
fn timeline<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
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

fn notes<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
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

fn sources<'a>(c: &'a Comparison<'a>, lang: Lang) -> Vec<Row<'a>> {
    spaced(zip(
        &c.sources.0,
        &c.sources.1,
        |s| source(s, lang),
        Item::Source,
    ))
}
