//! Reading one table of each kind into its raw entry: every field, each problem reported.

use crate::decode::{Decoder, Fields, Located, Value};
use crate::diagnostic::Problem;
use crate::fields::{DAY, EDITION, WEIGHT};
use crate::model::{Approx, OrgKind, OutcomeKind, OutcomeStatus, SessionKind, SourceKind};
use crate::raw::*;
use crate::sanitize::TextShape::{Line, Paragraph};

pub(super) fn edition(d: &mut Decoder, v: &Value) -> Option<RawEdition> {
    let table = d.table(v, "edition")?;
    let f = d.fields(table, v.span(), &EDITION);
    let name = d.required(&f, "name", |d, v| d.text(v, Line));
    let label = d.optional(&f, "label", |d, v| d.text(v, Line));
    let year = d.required(&f, "year", Decoder::integer);
    let start = d.required(&f, "start", Decoder::date);
    let end = d.required(&f, "end", Decoder::date);
    let place = d.required(&f, "place", |d, v| d.text(v, Line));
    let theme = d.optional(&f, "theme", |d, v| d.text(v, Line));
    let summary = d.optional(&f, "summary", |d, v| d.text(v, Paragraph));
    let sources = d.optional(&f, "sources", Decoder::refs);
    Some(RawEdition {
        name: name?,
        label: label.ok()?,
        year: year?,
        start: start?,
        end: end?,
        place: place?,
        theme: theme.ok()?,
        summary: summary.ok()?,
        sources: sources.ok()?.unwrap_or_default(),
    })
}

pub(super) fn sources(d: &mut Decoder, f: &Fields) -> Option<Sources> {
    let refs = d.optional(f, "sources", Decoder::refs).ok()?;
    Some(Sources {
        refs: refs.unwrap_or_default(),
        entry: f.span(),
    })
}

pub(super) fn topic_refs(d: &mut Decoder, f: &Fields) -> Option<Vec<Ref>> {
    d.optional(f, "topics", Decoder::refs)
        .ok()
        .map(Option::unwrap_or_default)
}

pub(super) fn figure(d: &mut Decoder, f: &Fields) -> Option<RawFigure> {
    let key = d.required(f, "key", Decoder::id);
    let label = d.required(f, "label", |d, v| d.text(v, Line));
    let value = d.required(f, "value", Decoder::number);
    let approx = d.optional(f, "approx", |d, v| {
        d.keyword(v, Approx::WORDS, Approx::from_word)
    });
    let unit = d.optional(f, "unit", |d, v| d.text(v, Line));
    let basis = d.optional(f, "basis", |d, v| d.text(v, Line));
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    let sources = sources(d, f);
    Some(RawFigure {
        key: key?,
        label: label?,
        value: value?,
        approx: approx.ok()?.unwrap_or(Approx::Exact),
        unit: unit.ok()?,
        basis: basis.ok()?,
        note: note.ok()?,
        sources: sources?,
    })
}

pub(super) fn org(d: &mut Decoder, f: &Fields) -> Option<RawOrg> {
    let id = d.required(f, "id", Decoder::id);
    let name = d.required(f, "name", |d, v| d.text(v, Line));
    let kind = d.optional(f, "kind", |d, v| {
        d.keyword(v, OrgKind::WORDS, OrgKind::from_word)
    });
    let country = d.optional(f, "country", Decoder::country);
    Some(RawOrg {
        id: id?,
        name: name?,
        kind: kind.ok()?,
        country: country.ok()?,
    })
}

pub(super) fn person(d: &mut Decoder, f: &Fields) -> Option<RawPerson> {
    let id = d.required(f, "id", Decoder::id);
    let name = d.required(f, "name", |d, v| d.text(v, Line));
    let org = d.optional(f, "org", Decoder::string);
    let role = d.optional(f, "role", |d, v| d.text(v, Line));
    let country = d.optional(f, "country", Decoder::country);
    let sessions_refs = d.optional(f, "sessions", Decoder::refs);
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    let sources = sources(d, f);
    Some(RawPerson {
        id: id?,
        name: name?,
        org: org.ok()?,
        role: role.ok()?,
        country: country.ok()?,
        sessions: sessions_refs.ok()?.unwrap_or_default(),
        note: note.ok()?,
        sources: sources?,
    })
}

pub(super) fn session(d: &mut Decoder, f: &Fields) -> Option<RawSession> {
    let id = d.required(f, "id", Decoder::id);
    let day = d.required(f, "day", |d, v| {
        let day = d.integer(v)?;
        match u32::try_from(day.value) {
            Ok(n) if DAY.contains(day.value) => Some(Located {
                value: n,
                span: day.span,
            }),
            _ => {
                d.report(Problem::DayNotOfEdition { day: day.value }, day.span);
                None
            }
        }
    });
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let kind = d.optional(f, "kind", |d, v| {
        d.keyword(v, SessionKind::WORDS, SessionKind::from_word)
    });
    let topics = topic_refs(d, f);
    let highlight = d.optional(f, "highlight", Decoder::boolean);
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    let sources = sources(d, f);
    Some(RawSession {
        id: id?,
        day: day?,
        title: title?,
        kind: kind.ok()?,
        topics: topics?,
        highlight: highlight.ok()?.unwrap_or(false),
        note: note.ok()?,
        sources: sources?,
    })
}

pub(super) fn topic(d: &mut Decoder, f: &Fields) -> Option<RawTopic> {
    let id = d.required(f, "id", Decoder::id);
    // Required in series.toml; in an edition, leaving it out takes up the series' topic.
    let read_label = |d: &mut Decoder, v: &Value| d.text(v, Line);
    let label = if f.requires("label") {
        d.required(f, "label", read_label).map(Some).ok_or(())
    } else {
        d.optional(f, "label", read_label)
    };
    let weight = d.optional(f, "weight", |d, v| {
        let weight = d.integer(v)?;
        match u8::try_from(weight.value) {
            Ok(w) if WEIGHT.contains(weight.value) => Some(w),
            _ => {
                let problem = Problem::WeightOutOfRange {
                    weight: weight.value,
                };
                d.report(problem, weight.span);
                None
            }
        }
    });
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    Some(RawTopic {
        id: id?,
        label: label.ok()?,
        weight: weight.ok()?,
        note: note.ok()?,
    })
}

pub(super) fn outcome(d: &mut Decoder, f: &Fields) -> Option<RawOutcome> {
    let id = d.required(f, "id", Decoder::id);
    let kind = d.optional(f, "kind", |d, v| {
        d.keyword(v, OutcomeKind::WORDS, OutcomeKind::from_word)
    });
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let status = d.optional(f, "status", |d, v| {
        d.keyword(v, OutcomeStatus::WORDS, OutcomeStatus::from_word)
    });
    let date = d.optional(f, "date", Decoder::partial_date);
    let detail = d.optional(f, "detail", |d, v| d.text(v, Paragraph));
    let topics = topic_refs(d, f);
    let sources = sources(d, f);
    Some(RawOutcome {
        id: id?,
        kind: kind.ok()?,
        title: title?,
        status: status.ok()?,
        date: date.ok()?,
        detail: detail.ok()?,
        topics: topics?,
        sources: sources?,
    })
}

pub(super) fn event(d: &mut Decoder, f: &Fields) -> Option<RawEvent> {
    let date = d.required(f, "date", Decoder::partial_date);
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let place = d.optional(f, "place", |d, v| d.text(v, Line));
    let topics = topic_refs(d, f);
    let sources = sources(d, f);
    Some(RawEvent {
        date: date?,
        title: title?,
        place: place.ok()?,
        topics: topics?,
        sources: sources?,
    })
}

pub(super) fn note(d: &mut Decoder, f: &Fields) -> Option<RawNote> {
    let id = d.required(f, "id", Decoder::id);
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let body = d.required(f, "body", |d, v| d.text(v, Paragraph));
    let topic = d.optional(f, "topic", Decoder::string);
    let sources = sources(d, f);
    Some(RawNote {
        id: id?,
        title: title?,
        body: body?,
        topic: topic.ok()?,
        sources: sources?,
    })
}

pub(super) fn source(d: &mut Decoder, f: &Fields) -> Option<RawSource> {
    let id = d.required(f, "id", Decoder::id);
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let author = d.optional(f, "author", |d, v| d.text(v, Line));
    let publisher = d.optional(f, "publisher", |d, v| d.text(v, Line));
    let date = d.optional(f, "date", Decoder::partial_date);
    let kind = d.optional(f, "kind", |d, v| {
        d.keyword(v, SourceKind::WORDS, SourceKind::from_word)
    });
    let url = d.optional(f, "url", Decoder::url);
    Some(RawSource {
        id: id?,
        title: title?,
        author: author.ok()?,
        publisher: publisher.ok()?,
        date: date.ok()?,
        kind: kind.ok()?,
        url: url.ok()?.map(|u| u.value),
    })
}
