//! Everything about one entry, for the detail view: every field in the reader's language,
//! the names in every language of the content, and the sources. Also what search looks in.

use std::sync::Arc;

use super::figures::{basis_para, value_cell, verdict_para};
use super::lists::coverage_para;
use super::wording::{figure_value, partial_date};
use super::{Cell, Item, Para, Tone};
use crate::compare::{Absence, Comparison, FigurePair, Which};
use crate::content::{Figure, ListKind, Outcome, Person, Session, Source, Text, Topic};
use crate::i18n::Lang;

fn field(label: &str, value: impl AsRef<str>, lang: Lang) -> Para {
    Para::new(super::labelled(label, value.as_ref(), lang), Tone::Plain)
}

/// A name in every language the content gives, the reader's first.
fn all_languages(text: &Text, lang: Lang) -> String {
    let first = text.get(lang.tag());
    let mut names = vec![first.to_string()];
    for tag in text.languages() {
        if let Some(other) = text.lookup(tag)
            && !names.iter().any(|n| n == other)
        {
            names.push(other.to_string());
        }
    }
    names.join(" / ")
}

fn sources(list: &[Arc<Source>], lang: Lang, cell: &mut Cell) {
    if list.is_empty() {
        return;
    }
    cell.push(Para::new(lang.words().detail.sources, Tone::Dim));
    for s in list {
        let mut line = format!("[{}] {}", s.id, s.title.get(lang.tag()));
        if let Some(date) = s.date {
            let date = partial_date(date, lang);
            line.push_str(&(lang.words().detail.dated)(&date));
        }
        cell.push(Para::new(line, Tone::Dim));
        if let Some(url) = &s.url {
            cell.push(Para::address("  ", url, Tone::Dim));
        }
    }
}

fn t(text: &Text, lang: Lang) -> String {
    text.get(lang.tag()).to_string()
}

/// Each edition's cell, from its entry (an empty cell where it has none).
fn sides<T>(left: Option<T>, right: Option<T>, fill: impl Fn(T, &mut Cell)) -> (Cell, Cell) {
    let side = |entry: Option<T>| {
        let mut cell = Vec::new();
        if let Some(entry) = entry {
            fill(entry, &mut cell);
        }
        cell
    };
    (side(left), side(right))
}

/// Every field of the entry, for each edition, with what each edition's list declares about
/// its completeness, and, for a person or organization one edition lacks, what that absence
/// can and cannot mean.
pub fn detail(item: &Item, c: &Comparison, lang: Lang) -> (Cell, Cell) {
    let (mut left, mut right) = fields(item, lang);
    if let Item::Figure(pair) = item {
        // A side without the figure says so (the later says, under its value, what may be
        // said of the two: see `figure`).
        for (figure, cell) in [(pair.left, &mut left), (pair.right, &mut right)] {
            if figure.is_none() {
                *cell = value_cell(pair, None, Tone::Dim, lang);
            }
        }
        return (left, right);
    }
    let Some(kind) = list_kind(item) else {
        return (left, right);
    };
    let matched_by_id = matches!(item, Item::Person(..) | Item::Org(..));
    for (which, cell) in [(Which::Left, &mut left), (Which::Right, &mut right)] {
        if cell.is_empty() {
            // Sessions, outcomes and events stand side by side, not matched: an empty side
            // there says nothing about the other edition.
            if !matched_by_id {
                continue;
            }
            let (ll, rl) = c.labels();
            let label = match which {
                Which::Left => ll,
                Which::Right => rl,
            }
            .get(lang.tag());
            let absence = c.absence(which.other(), kind);
            let coverage = coverage_para(c, which, kind, lang);
            // Japanese says a partial list once: absence and coverage in one sentence.
            if let (Absence::NotListed { partial: true }, Some(cov), Some(once)) =
                (absence, &coverage, lang.words().detail.absent_from_partial)
            {
                let said = once(label, &cov.text);
                cell.push(Para::new(said, Tone::Plain));
                continue;
            }
            let absent = match absence {
                Absence::OnlyIn => (lang.words().labels.not_in)(label),
                Absence::NotListed { partial } => {
                    (lang.words().labels.not_listed_for)(label, partial)
                }
            };
            cell.push(Para::new(absent, Tone::Plain));
            cell.extend(coverage);
            continue;
        }
        cell.extend(coverage_para(c, which, kind, lang));
    }
    (left, right)
}

/// The list an entry belongs to, for the kinds whose completeness can be declared.
fn list_kind(item: &Item) -> Option<ListKind> {
    match item {
        Item::Person(..) => Some(ListKind::People),
        Item::Org(..) => Some(ListKind::Orgs),
        Item::Session(..) => Some(ListKind::Sessions),
        Item::Outcome(..) => Some(ListKind::Outcomes),
        Item::Event(..) => Some(ListKind::Timeline),
        Item::Figure(_) | Item::Topic(..) | Item::Note(..) | Item::Source(..) => None,
    }
}

/// The entry's own fields, for each edition.
fn fields(item: &Item, lang: Lang) -> (Cell, Cell) {
    match *item {
        Item::Figure(pair) => sides(pair.left, pair.right, |f, cell| figure(pair, f, lang, cell)),
        Item::Topic(l, r) => sides(l, r, |tp, cell| {
            cell.push(title(&tp.label, lang));
            cell.push(field(
                lang.words().detail.weight,
                tp.weight.to_string(),
                lang,
            ));
            opt(lang.words().detail.note, &tp.note, lang, cell);
        }),
        Item::Person(l, r) => sides(l, r, |p, cell| person(p, lang, cell)),
        Item::Org(l, r) => sides(l, r, |o, cell| {
            cell.push(title(&o.name, lang));
            if let Some(kind) = o.kind {
                cell.push(field(
                    lang.words().detail.kind,
                    (lang.words().labels.keyword)(kind.word()),
                    lang,
                ));
            }
            if let Some(country) = &o.country {
                cell.push(field(
                    lang.words().detail.country,
                    (lang.words().labels.country)(country),
                    lang,
                ));
            }
        }),
        Item::Session(l, r) => sides(l, r, |s, cell| session(s, lang, cell)),
        Item::Outcome(l, r) => sides(l, r, |o, cell| outcome(o, lang, cell)),
        Item::Event(l, r) => sides(l, r, |e, cell| {
            cell.push(title(&e.title, lang));
            cell.push(field(
                lang.words().detail.date,
                partial_date(e.date, lang),
                lang,
            ));
            opt(lang.words().detail.place, &e.place, lang, cell);
            topics(&e.topics, lang, cell);
            sources(&e.sources, lang, cell);
        }),
        Item::Note(l, r) => sides(l, r, |n, cell| {
            cell.push(title(&n.title, lang));
            if let Some(tp) = &n.topic {
                cell.push(field(lang.words().detail.topic, t(&tp.label, lang), lang));
            }
            cell.push(Para::new(t(&n.body, lang), Tone::Plain));
            sources(&n.sources, lang, cell);
        }),
        Item::Source(l, r) => sides(l, r, |s, cell| source(s, lang, cell)),
    }
}

/// How exact a figure is, in words.
fn precision(approx: crate::content::Approx, lang: Lang) -> &'static str {
    use crate::content::Approx;
    let words = &lang.words().detail;
    match approx {
        Approx::Exact => words.exact,
        Approx::About => words.about,
        Approx::Over => words.over,
        Approx::Under => words.under,
    }
}

/// The entry's name in every language, as its title.
fn title(text: &Text, lang: Lang) -> Para {
    Para::new(all_languages(text, lang), Tone::Strong)
}

fn opt(label: &str, text: &Option<Text>, lang: Lang, cell: &mut Cell) {
    if let Some(text) = text {
        cell.push(field(label, t(text, lang), lang));
    }
}

fn topics(list: &[Arc<Topic>], lang: Lang, cell: &mut Cell) {
    for tp in list {
        cell.push(field(lang.words().detail.topic, t(&tp.label, lang), lang));
    }
}

fn figure(pair: &FigurePair, f: &Figure, lang: Lang, cell: &mut Cell) {
    cell.push(title(&f.label, lang));
    cell.push(Para::new(figure_value(f, lang), Tone::Plain));
    // How it was counted, or that it does not say where the other side does.
    cell.extend(basis_para(pair, f, lang));
    if pair.left.is_some() && pair.right.is_some_and(|r| std::ptr::eq(r, f)) {
        cell.extend(verdict_para(pair, lang));
    }
    cell.push(field(
        lang.words().detail.precision,
        precision(f.approx, lang),
        lang,
    ));
    opt(lang.words().detail.note, &f.note, lang, cell);
    cell.push(field(lang.words().detail.key, &f.key, lang));
    sources(&f.sources, lang, cell);
}

fn person(p: &Person, lang: Lang, cell: &mut Cell) {
    cell.push(title(&p.name, lang));
    // Not only titles: 「日本のインターネットの父（卓越貢献賞受賞）」 is a standing, not a post.
    opt(lang.words().detail.role, &p.role, lang, cell);
    if let Some(org) = &p.org {
        cell.push(field(
            lang.words().detail.organization,
            all_languages(&org.name, lang),
            lang,
        ));
    }
    if let Some(country) = &p.country {
        cell.push(field(
            lang.words().detail.country,
            (lang.words().labels.country)(country),
            lang,
        ));
    }
    for s in &p.sessions {
        cell.push(field(lang.words().detail.session, t(&s.title, lang), lang));
    }
    opt(lang.words().detail.note, &p.note, lang, cell);
    sources(&p.sources, lang, cell);
}

fn session(s: &Session, lang: Lang, cell: &mut Cell) {
    cell.push(title(&s.title, lang));
    cell.push(field(lang.words().detail.day, s.day.to_string(), lang));
    if let Some(kind) = s.kind {
        cell.push(field(
            lang.words().detail.kind,
            (lang.words().labels.keyword)(kind.word()),
            lang,
        ));
    }
    topics(&s.topics, lang, cell);
    if s.highlight {
        let marked = lang.words().detail.notable;
        cell.push(Para::new(marked, Tone::Dim));
    }
    opt(lang.words().detail.note, &s.note, lang, cell);
    sources(&s.sources, lang, cell);
}

fn outcome(o: &Outcome, lang: Lang, cell: &mut Cell) {
    cell.push(title(&o.title, lang));
    if let Some(date) = o.date {
        cell.push(field(
            lang.words().detail.date,
            partial_date(date, lang),
            lang,
        ));
    }
    if let Some(kind) = o.kind {
        cell.push(field(
            lang.words().detail.kind,
            (lang.words().labels.keyword)(kind.word()),
            lang,
        ));
    }
    if let Some(status) = o.status {
        cell.push(field(
            lang.words().detail.status,
            (lang.words().labels.keyword)(status.word()),
            lang,
        ));
    }
    if let Some(detail) = &o.detail {
        cell.push(Para::new(t(detail, lang), Tone::Plain));
    }
    topics(&o.topics, lang, cell);
    sources(&o.sources, lang, cell);
}

fn source(s: &Source, lang: Lang, cell: &mut Cell) {
    cell.push(title(&s.title, lang));
    cell.push(field(lang.words().detail.id, &s.id, lang));
    opt(lang.words().detail.author, &s.author, lang, cell);
    opt(lang.words().detail.publisher, &s.publisher, lang, cell);
    if let Some(date) = s.date {
        cell.push(field(
            lang.words().detail.date,
            partial_date(date, lang),
            lang,
        ));
    }
    if let Some(kind) = s.kind {
        cell.push(field(
            lang.words().detail.kind,
            (lang.words().labels.keyword)(kind.word()),
            lang,
        ));
    }
    if let Some(url) = &s.url {
        let label = field(lang.words().detail.url, "", lang).text;
        cell.push(Para::address(label, url, Tone::Plain));
    }
}

/// The texts search looks in: every language of every name, title and label of the entry.
pub fn search_texts<'a>(item: &Item<'a>) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut all = |text: &'a Text| out.extend(text.languages().filter_map(|tag| text.lookup(tag)));
    match *item {
        Item::Figure(pair) => {
            for f in [pair.left, pair.right].into_iter().flatten() {
                all(&f.label);
            }
        }
        Item::Topic(l, r) => [l, r].into_iter().flatten().for_each(|tp| all(&tp.label)),
        Item::Person(l, r) => {
            for p in [l, r].into_iter().flatten() {
                all(&p.name);
                if let Some(role) = &p.role {
                    all(role);
                }
                if let Some(org) = &p.org {
                    all(&org.name);
                }
            }
        }
        Item::Org(l, r) => [l, r].into_iter().flatten().for_each(|o| all(&o.name)),
        Item::Session(l, r) => [l, r].into_iter().flatten().for_each(|s| all(&s.title)),
        Item::Outcome(l, r) => {
            for o in [l, r].into_iter().flatten() {
                all(&o.title);
                if let Some(detail) = &o.detail {
                    all(detail);
                }
            }
        }
        Item::Event(l, r) => [l, r].into_iter().flatten().for_each(|e| all(&e.title)),
        Item::Note(l, r) => {
            for n in [l, r].into_iter().flatten() {
                all(&n.title);
                all(&n.body);
            }
        }
        Item::Source(l, r) => [l, r].into_iter().flatten().for_each(|s| all(&s.title)),
    }
    out
}
