//! The export as one JSON document: the resolved model, series by series, each edition in
//! full, every reference written as the id it resolved to.
//!
//! Shape: `{ "format": 1, "series": [ { id, name, organizer, about, sources, orgs, topics,
//! own_sources, editions: [ { id, name, label, year, start, end, place, theme, summary,
//! sources, figures, orgs, people, sessions, topics, outcomes, timeline, notes, own_sources,
//! coverage } ] } ] }`.
//! A text is an object of language tag to string (`{"en": …, "ja": …}`, `und` for a plain
//! string); an absent optional value is `null`; dates are `YYYY-MM-DD`, partial dates as
//! written; kinds are the words of the content format. `orgs`, `topics` and `own_sources`
//! hold the entries defined at that level (an edition's people may name an org of its
//! series) and a topic's `scope` says whether it is the series' (an edition may take one
//! up); `coverage` has a key for each list whose completeness the author declared. Its
//! JSON Schema is `schema.rs`'s, which a test holds every export to.
//! The types here exist only to be serialized, so that the model stays free of serde.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

mod entries;

use super::{Chosen, FORMAT, export_tag, source_ids};
use crate::content::model::{EditionId, Series, Text};
use entries::{EditionJson, OrgJson, SourceJson, TopicJson};

/// The document, pretty-printed with a final newline; or the editions that did not read.
pub fn document(chosen: Chosen) -> Result<String, Vec<EditionId>> {
    let mut out = Vec::new();
    serde_json::to_writer_pretty(&mut out, &Document { chosen: &chosen })
        .expect("writing JSON to memory does not fail: keys are strings, numbers finite");
    chosen.finish()?;
    out.push(b'\n');
    Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
}

struct Document<'c, 'a> {
    chosen: &'c Chosen<'a>,
}

impl Serialize for Document<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("format", &FORMAT)?;
        let series = SeriesList {
            chosen: self.chosen,
        };
        map.serialize_entry("series", &series)?;
        map.end()
    }
}

struct SeriesList<'c, 'a> {
    chosen: &'c Chosen<'a>,
}

impl Serialize for SeriesList<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.chosen
                .series()
                .map(|series| SeriesJson::of(self.chosen, series)),
        )
    }
}

/// A text in every language the author wrote, in the order written.
struct TextJson<'a>(&'a Text);

impl Serialize for TextJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.0;
        serializer.collect_map(
            text.languages()
                .map(|tag| (export_tag(tag), text.lookup(tag).unwrap_or_default())),
        )
    }
}

fn text(text: &Text) -> TextJson<'_> {
    TextJson(text)
}

fn optional(text: &Option<Text>) -> Option<TextJson<'_>> {
    text.as_ref().map(TextJson)
}

#[derive(Serialize)]
struct SeriesJson<'c, 'a> {
    id: &'a str,
    name: TextJson<'a>,
    organizer: Option<TextJson<'a>>,
    about: Option<TextJson<'a>>,
    sources: Vec<&'a str>,
    orgs: Vec<OrgJson<'a>>,
    topics: Vec<TopicJson<'a>>,
    own_sources: Vec<SourceJson<'a>>,
    editions: EditionList<'c, 'a>,
}

impl<'c, 'a> SeriesJson<'c, 'a> {
    fn of(chosen: &'c Chosen<'a>, series: &'a Series) -> Self {
        SeriesJson {
            id: &series.id,
            name: text(&series.name),
            organizer: optional(&series.organizer),
            about: optional(&series.about),
            sources: source_ids(&series.sources),
            orgs: series.orgs.iter().map(|o| OrgJson::of(o)).collect(),
            topics: series.topics.iter().map(|t| TopicJson::of(t)).collect(),
            own_sources: series
                .own_sources
                .iter()
                .map(|s| SourceJson::of(s))
                .collect(),
            editions: EditionList { chosen, series },
        }
    }
}

/// The editions of a series, serialized as they are read: one edition in memory at a time.
struct EditionList<'c, 'a> {
    chosen: &'c Chosen<'a>,
    series: &'a Series,
}

impl Serialize for EditionList<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        let mut failed = None;
        self.chosen.each_edition(self.series, &mut |edition| {
            if failed.is_none() {
                failed = seq.serialize_element(&EditionJson::of(edition)).err();
            }
        });
        match failed {
            Some(error) => Err(error),
            None => seq.end(),
        }
    }
}
