//! The entries of the JSON export: an edition in full (its figures, people, sessions,
//! outcomes, timeline, notes and coverage) and the orgs, topics and sources a series holds too.

use serde::Serialize;
use serde::ser::Serializer;

use super::super::{scope_word, source_ids, topic_ids};
use super::{TextJson, optional, text};
use crate::content::model::{
    Coverage, Edition, Event, Figure, ListKind, Note, Org, Outcome, Person, Session, Source, Topic,
};

#[derive(Serialize)]
pub(super) struct EditionJson<'a> {
    id: String,
    name: TextJson<'a>,
    label: Option<TextJson<'a>>,
    year: i64,
    start: String,
    end: String,
    place: TextJson<'a>,
    theme: Option<TextJson<'a>>,
    summary: Option<TextJson<'a>>,
    sources: Vec<&'a str>,
    figures: Vec<FigureJson<'a>>,
    orgs: Vec<OrgJson<'a>>,
    people: Vec<PersonJson<'a>>,
    sessions: Vec<SessionJson<'a>>,
    topics: Vec<TopicJson<'a>>,
    outcomes: Vec<OutcomeJson<'a>>,
    timeline: Vec<EventJson<'a>>,
    notes: Vec<NoteJson<'a>>,
    own_sources: Vec<SourceJson<'a>>,
    coverage: CoverageJson<'a>,
}

impl<'a> EditionJson<'a> {
    pub(super) fn of(e: &'a Edition) -> Self {
        EditionJson {
            id: e.id.to_string(),
            name: text(&e.name),
            label: optional(&e.label),
            year: e.year,
            start: e.start.to_string(),
            end: e.end.to_string(),
            place: text(&e.place),
            theme: optional(&e.theme),
            summary: optional(&e.summary),
            sources: source_ids(&e.sources),
            figures: e.figures.iter().map(FigureJson::of).collect(),
            orgs: e.orgs.iter().map(|o| OrgJson::of(o)).collect(),
            people: e.people.iter().map(PersonJson::of).collect(),
            sessions: e.sessions.iter().map(|s| SessionJson::of(s)).collect(),
            topics: e.topics.iter().map(|t| TopicJson::of(t)).collect(),
            outcomes: e.outcomes.iter().map(OutcomeJson::of).collect(),
            timeline: e.timeline.iter().map(EventJson::of).collect(),
            notes: e.notes.iter().map(NoteJson::of).collect(),
            own_sources: e.own_sources.iter().map(|s| SourceJson::of(s)).collect(),
            coverage: CoverageJson(&e.coverage),
        }
    }
}

/// `{ "people": { complete, total, note }, … }`, the lists declared, in the order written.
struct CoverageJson<'a>(&'a [(ListKind, Coverage)]);

impl Serialize for CoverageJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(kind, coverage)| {
            let entry = ListCoverageJson {
                complete: coverage.complete,
                total: coverage.total,
                note: optional(&coverage.note),
            };
            (kind.word(), entry)
        }))
    }
}

#[derive(Serialize)]
struct ListCoverageJson<'a> {
    complete: bool,
    total: Option<u64>,
    note: Option<TextJson<'a>>,
}

#[derive(Serialize)]
struct FigureJson<'a> {
    key: &'a str,
    label: TextJson<'a>,
    value: f64,
    approx: &'static str,
    unit: Option<TextJson<'a>>,
    basis: Option<TextJson<'a>>,
    note: Option<TextJson<'a>>,
    sources: Vec<&'a str>,
}

impl<'a> FigureJson<'a> {
    fn of(f: &'a Figure) -> Self {
        FigureJson {
            key: &f.key,
            label: text(&f.label),
            value: f.value,
            approx: f.approx.word(),
            unit: optional(&f.unit),
            basis: optional(&f.basis),
            note: optional(&f.note),
            sources: source_ids(&f.sources),
        }
    }
}

#[derive(Serialize)]
pub(super) struct OrgJson<'a> {
    id: &'a str,
    name: TextJson<'a>,
    kind: Option<&'static str>,
    country: Option<&'a str>,
}

impl<'a> OrgJson<'a> {
    pub(super) fn of(o: &'a Org) -> Self {
        OrgJson {
            id: &o.id,
            name: text(&o.name),
            kind: o.kind.map(|k| k.word()),
            country: o.country.as_deref(),
        }
    }
}

#[derive(Serialize)]
pub(super) struct TopicJson<'a> {
    id: &'a str,
    /// `series` for a topic of the series, also where an edition takes it up.
    scope: &'static str,
    label: TextJson<'a>,
    weight: u8,
    note: Option<TextJson<'a>>,
}

impl<'a> TopicJson<'a> {
    pub(super) fn of(t: &'a Topic) -> Self {
        TopicJson {
            id: &t.id,
            scope: scope_word(t.scope),
            label: text(&t.label),
            weight: t.weight,
            note: optional(&t.note),
        }
    }
}

#[derive(Serialize)]
struct PersonJson<'a> {
    id: &'a str,
    name: TextJson<'a>,
    /// The org's id: defined in the edition's `orgs` or its series'.
    org: Option<&'a str>,
    role: Option<TextJson<'a>>,
    country: Option<&'a str>,
    sessions: Vec<&'a str>,
    note: Option<TextJson<'a>>,
    sources: Vec<&'a str>,
}

impl<'a> PersonJson<'a> {
    fn of(p: &'a Person) -> Self {
        PersonJson {
            id: &p.id,
            name: text(&p.name),
            org: p.org.as_ref().map(|o| o.id.as_str()),
            role: optional(&p.role),
            country: p.country.as_deref(),
            sessions: p.sessions.iter().map(|s| s.id.as_str()).collect(),
            note: optional(&p.note),
            sources: source_ids(&p.sources),
        }
    }
}

#[derive(Serialize)]
struct SessionJson<'a> {
    id: &'a str,
    day: u32,
    title: TextJson<'a>,
    kind: Option<&'static str>,
    topics: Vec<&'a str>,
    highlight: bool,
    note: Option<TextJson<'a>>,
    sources: Vec<&'a str>,
}

impl<'a> SessionJson<'a> {
    fn of(s: &'a Session) -> Self {
        SessionJson {
            id: &s.id,
            day: s.day,
            title: text(&s.title),
            kind: s.kind.map(|k| k.word()),
            topics: topic_ids(&s.topics),
            highlight: s.highlight,
            note: optional(&s.note),
            sources: source_ids(&s.sources),
        }
    }
}

#[derive(Serialize)]
struct OutcomeJson<'a> {
    id: &'a str,
    kind: Option<&'static str>,
    title: TextJson<'a>,
    status: Option<&'static str>,
    date: Option<String>,
    detail: Option<TextJson<'a>>,
    topics: Vec<&'a str>,
    sources: Vec<&'a str>,
}

impl<'a> OutcomeJson<'a> {
    fn of(o: &'a Outcome) -> Self {
        OutcomeJson {
            id: &o.id,
            kind: o.kind.map(|k| k.word()),
            title: text(&o.title),
            status: o.status.map(|s| s.word()),
            date: o.date.map(|d| d.to_string()),
            detail: optional(&o.detail),
            topics: topic_ids(&o.topics),
            sources: source_ids(&o.sources),
        }
    }
}

#[derive(Serialize)]
struct EventJson<'a> {
    date: String,
    title: TextJson<'a>,
    place: Option<TextJson<'a>>,
    topics: Vec<&'a str>,
    sources: Vec<&'a str>,
}

impl<'a> EventJson<'a> {
    fn of(e: &'a Event) -> Self {
        EventJson {
            date: e.date.to_string(),
            title: text(&e.title),
            place: optional(&e.place),
            topics: topic_ids(&e.topics),
            sources: source_ids(&e.sources),
        }
    }
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: &'a str,
    title: TextJson<'a>,
    body: TextJson<'a>,
    topic: Option<&'a str>,
    sources: Vec<&'a str>,
}

impl<'a> NoteJson<'a> {
    fn of(n: &'a Note) -> Self {
        NoteJson {
            id: &n.id,
            title: text(&n.title),
            body: text(&n.body),
            topic: n.topic.as_ref().map(|t| t.id.as_str()),
            sources: source_ids(&n.sources),
        }
    }
}

#[derive(Serialize)]
pub(super) struct SourceJson<'a> {
    id: &'a str,
    title: TextJson<'a>,
    author: Option<TextJson<'a>>,
    publisher: Option<TextJson<'a>>,
    date: Option<String>,
    kind: Option<&'static str>,
    url: Option<&'a str>,
}

impl<'a> SourceJson<'a> {
    pub(super) fn of(s: &'a Source) -> Self {
        SourceJson {
            id: &s.id,
            title: text(&s.title),
            author: optional(&s.author),
            publisher: optional(&s.publisher),
            date: s.date.map(|d| d.to_string()),
            kind: s.kind.map(|k| k.word()),
            url: s.url.as_deref(),
        }
    }
}
