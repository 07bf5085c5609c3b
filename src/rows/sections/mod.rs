//! What each section says, cell by cell, in the reader's language.

use super::lists::{Groups, coverage_row, one_side_heading};
use super::wording::{date_range, labels};
use super::{Cell, Item, Para, Row, Section, Tone};
use crate::compare::{Comparison, Which};
use crate::content::{ListKind, Org, Person, Text, Topic};
use crate::i18n::Lang;

mod proceedings;

pub use proceedings::merged_timeline;
use proceedings::{notes, outcomes, program, sources, timeline};

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
    // Beside an edition of another series, each side first says which conference it is.
    if c.across_series() {
        let conference = |side: &crate::compare::Side| {
            vec![field(
                lang.words().labels.conference,
                t(&side.series.name, lang),
                lang,
            )]
        };
        rows.push(Row::Pair(conference(&c.left), conference(&c.right)));
    }
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
    if c.across_series() {
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
