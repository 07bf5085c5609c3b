//! One content file's text to its raw form: TOML syntax, then every key and value against the
//! content format. Everything wrong is reported; whatever is whole is kept.

use toml::de::{DeTable, DeValue};

use super::decode::{Decoder, Fields, Located, Value};
use super::model::{Approx, OrgKind, OutcomeKind, OutcomeStatus, SessionKind, SourceKind};
use super::raw::*;
use crate::text::TextShape::{Line, Paragraph};

const FORMAT: i64 = 1;

pub(crate) fn series_file(d: &mut Decoder, text: &str) -> Option<RawSeriesFile> {
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref())?;
    let f = d.fields(
        root.get_ref(),
        0..0,
        "series.toml",
        &["format", "series", "orgs", "topics", "sources"],
    );
    let series = d.required(&f, "series", |d, v| {
        let table = d.table(v, "series")?;
        let f = d.fields(
            table,
            v.span(),
            "[series]",
            &["name", "organizer", "about", "sources"],
        );
        let name = d.required(&f, "name", |d, v| d.text(v, Line));
        let organizer = d.optional(&f, "organizer", |d, v| d.text(v, Line));
        let about = d.optional(&f, "about", |d, v| d.text(v, Paragraph));
        let sources = d.optional(&f, "sources", Decoder::refs);
        Some(RawSeries {
            name: name?,
            organizer: organizer.ok()?,
            about: about.ok()?,
            sources: sources.ok()?.unwrap_or_default(),
        })
    });
    let mut file = RawSeriesFile {
        series,
        ..RawSeriesFile::default()
    };
    (file.orgs, file.topics, file.sources) = shared_kinds(
        d,
        &f,
        &mut file.entry_count,
        &mut file.source_count,
        &mut file.declared,
    );
    Some(file)
}

pub(crate) fn edition_file(d: &mut Decoder, text: &str) -> Option<RawEditionFile> {
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref())?;
    let f = d.fields(
        root.get_ref(),
        0..0,
        "an edition file",
        &[
            "format", "edition", "figures", "orgs", "people", "sessions", "topics", "outcomes",
            "timeline", "notes", "sources",
        ],
    );
    let mut file = RawEditionFile {
        edition: d.required(&f, "edition", edition),
        ..RawEditionFile::default()
    };
    (file.orgs, file.topics, file.sources) = shared_kinds(
        d,
        &f,
        &mut file.entry_count,
        &mut file.source_count,
        &mut file.declared,
    );
    let count = &mut file.entry_count;
    let declared = &mut file.declared;
    file.figures = entries(d, &f, "figures", count, declared, None, figure);
    file.people = entries(d, &f, "people", count, declared, None, person);
    file.sessions = entries(
        d,
        &f,
        "sessions",
        count,
        declared,
        Some(RefKind::Session),
        session,
    );
    file.outcomes = entries(d, &f, "outcomes", count, declared, None, outcome);
    file.timeline = entries(d, &f, "timeline", count, declared, None, event);
    file.notes = entries(d, &f, "notes", count, declared, None, note);
    Some(file)
}

/// The kinds a series shares with its editions, which both kinds of file may hold.
fn shared_kinds(
    d: &mut Decoder,
    f: &Fields,
    entry_count: &mut usize,
    source_count: &mut usize,
    declared: &mut Declared,
) -> (Vec<RawOrg>, Vec<RawTopic>, Vec<RawSource>) {
    let orgs = entries(d, f, "orgs", entry_count, declared, Some(RefKind::Org), org);
    let topics = entries(
        d,
        f,
        "topics",
        entry_count,
        declared,
        Some(RefKind::Topic),
        topic,
    );
    let sources = entries(
        d,
        f,
        "sources",
        source_count,
        declared,
        Some(RefKind::Source),
        source,
    );
    (orgs, topics, sources)
}

fn parse_toml<'i>(d: &mut Decoder, text: &'i str) -> Option<toml::Spanned<DeTable<'i>>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().trim_end().replace('\n', "; ");
        d.error(format!("TOML syntax: {message}"), span).help =
            Some("see https://toml.io for the syntax".into());
    }
    // A partly parsed document would only add errors that follow from the first.
    errors.is_empty().then_some(root)
}

/// Checked before anything else: a file of another version may use keys this one does not know.
fn check_format(d: &mut Decoder, root: &DeTable) -> Option<()> {
    let Some(value) = root.get("format") else {
        d.error("missing required key 'format'", 0..0).help =
            Some(format!("start the file with `format = {FORMAT}`"));
        return None;
    };
    let version = d.integer(value)?;
    if version.value != FORMAT {
        d.error(
            format!("unsupported format version {}", version.value),
            version.span,
        )
        .help = Some(format!(
            "this confer reads format = {FORMAT}; write that, or use a confer that knows version {}",
            version.value
        ));
        return None;
    }
    Some(())
}

/// Reads every table of `[[key]]`, noting declared ids even of entries that are not kept.
fn entries<T>(
    d: &mut Decoder,
    root: &Fields,
    key: &'static str,
    count: &mut usize,
    declared: &mut Declared,
    defines: Option<RefKind>,
    read: fn(&mut Decoder, &Fields) -> Option<T>,
) -> Vec<T> {
    let Some(value) = root.get(key) else {
        return Vec::new();
    };
    let what = entry_name(key);
    let tables = d.tables(value, key);
    *count += tables.len();
    tables
        .into_iter()
        .filter_map(|(table, span)| {
            if let Some(DeValue::String(id)) = table.get("id").map(|v| v.get_ref())
                && let Some(kind) = defines
            {
                declared.ids_mut(kind).insert(id.to_string());
            }
            let fields = d.fields(table, span, what, allowed_keys(key));
            let entry = read(d, &fields);
            if entry.is_none() {
                declared.orphan_refs.extend(refs_in(table));
            }
            entry
        })
        .collect()
}

/// The well-formed references of a table, read without reporting (its problems are reported
/// by the entry's own reading).
fn refs_in(table: &DeTable) -> Vec<(RefKind, Ref)> {
    let mut refs = Vec::new();
    for (key, kind) in RefKind::KEYS {
        let Some(value) = table.get(*key) else {
            continue;
        };
        let items = match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            _ => vec![value],
        };
        for item in items {
            if let DeValue::String(id) = item.get_ref() {
                refs.push((
                    *kind,
                    Located {
                        value: id.to_string(),
                        span: item.span(),
                    },
                ));
            }
        }
    }
    refs
}

fn entry_name(key: &str) -> &'static str {
    match key {
        "figures" => "[[figures]] entry",
        "orgs" => "[[orgs]] entry",
        "people" => "[[people]] entry",
        "sessions" => "[[sessions]] entry",
        "topics" => "[[topics]] entry",
        "outcomes" => "[[outcomes]] entry",
        "timeline" => "[[timeline]] entry",
        "notes" => "[[notes]] entry",
        _ => "[[sources]] entry",
    }
}

fn allowed_keys(key: &str) -> &'static [&'static str] {
    match key {
        "figures" => &["key", "label", "value", "approx", "unit", "note", "sources"],
        "orgs" => &["id", "name", "kind", "country"],
        "people" => &[
            "id", "name", "org", "role", "country", "sessions", "note", "sources",
        ],
        "sessions" => &[
            "id",
            "day",
            "title",
            "kind",
            "topics",
            "highlight",
            "note",
            "sources",
        ],
        "topics" => &["id", "label", "weight", "note"],
        "outcomes" => &[
            "id", "kind", "title", "status", "date", "detail", "topics", "sources",
        ],
        "timeline" => &["date", "title", "place", "topics", "sources"],
        "notes" => &["id", "title", "body", "topic", "sources"],
        _ => &["id", "title", "author", "publisher", "date", "kind", "url"],
    }
}

fn edition(d: &mut Decoder, v: &Value) -> Option<RawEdition> {
    let table = d.table(v, "edition")?;
    let allowed = [
        "name", "label", "year", "start", "end", "place", "theme", "summary", "sources",
    ];
    let f = d.fields(table, v.span(), "[edition]", &allowed);
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
        year: year?.value,
        start: start?,
        end: end?,
        place: place?,
        theme: theme.ok()?,
        summary: summary.ok()?,
        sources: sources.ok()?.unwrap_or_default(),
    })
}

fn sources(d: &mut Decoder, f: &Fields) -> Option<Sources> {
    let refs = d.optional(f, "sources", Decoder::refs).ok()?;
    Some(Sources {
        refs: refs.unwrap_or_default(),
        entry: f.span(),
    })
}

fn topic_refs(d: &mut Decoder, f: &Fields) -> Option<Vec<Ref>> {
    d.optional(f, "topics", Decoder::refs)
        .ok()
        .map(Option::unwrap_or_default)
}

fn figure(d: &mut Decoder, f: &Fields) -> Option<RawFigure> {
    let key = d.required(f, "key", Decoder::string);
    let label = d.required(f, "label", |d, v| d.text(v, Line));
    let value = d.required(f, "value", Decoder::number);
    let approx = d.optional(f, "approx", |d, v| {
        d.keyword(v, Approx::WORDS, Approx::from_word)
    });
    let unit = d.optional(f, "unit", |d, v| d.text(v, Line));
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    let sources = sources(d, f);
    Some(RawFigure {
        key: key?,
        label: label?,
        value: value?,
        approx: approx.ok()?.unwrap_or(Approx::Exact),
        unit: unit.ok()?,
        note: note.ok()?,
        sources: sources?,
    })
}

fn org(d: &mut Decoder, f: &Fields) -> Option<RawOrg> {
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

fn person(d: &mut Decoder, f: &Fields) -> Option<RawPerson> {
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

fn session(d: &mut Decoder, f: &Fields) -> Option<RawSession> {
    let id = d.required(f, "id", Decoder::id);
    let day = d.required(f, "day", |d, v| {
        let day = d.integer(v)?;
        match u32::try_from(day.value) {
            Ok(n) if n >= 1 => Some(n),
            _ => {
                d.error(
                    format!("day {} is not a day of the edition", day.value),
                    day.span,
                )
                .help = Some("days count from 1, the first day".into());
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

fn topic(d: &mut Decoder, f: &Fields) -> Option<RawTopic> {
    let id = d.required(f, "id", Decoder::id);
    let label = d.required(f, "label", |d, v| d.text(v, Line));
    let weight = d.optional(f, "weight", |d, v| {
        let weight = d.integer(v)?;
        match u8::try_from(weight.value) {
            Ok(w @ 1..=3) => Some(w),
            _ => {
                d.error(
                    format!("weight {} is outside 1..3", weight.value),
                    weight.span,
                )
                .help = Some("1 = mentioned, 2 = discussed, 3 = central".into());
                None
            }
        }
    });
    let note = d.optional(f, "note", |d, v| d.text(v, Paragraph));
    Some(RawTopic {
        id: id?,
        label: label?,
        weight: weight.ok()?.unwrap_or(1),
        note: note.ok()?,
    })
}

fn outcome(d: &mut Decoder, f: &Fields) -> Option<RawOutcome> {
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

fn event(d: &mut Decoder, f: &Fields) -> Option<RawEvent> {
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

fn note(d: &mut Decoder, f: &Fields) -> Option<RawNote> {
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

fn source(d: &mut Decoder, f: &Fields) -> Option<RawSource> {
    let id = d.required(f, "id", Decoder::id);
    let title = d.required(f, "title", |d, v| d.text(v, Line));
    let author = d.optional(f, "author", |d, v| d.text(v, Line));
    let publisher = d.optional(f, "publisher", |d, v| d.text(v, Line));
    let date = d.optional(f, "date", Decoder::partial_date);
    let kind = d.optional(f, "kind", |d, v| {
        d.keyword(v, SourceKind::WORDS, SourceKind::from_word)
    });
    let url = d.optional(f, "url", Decoder::string);
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
