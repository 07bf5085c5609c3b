//! Content as written in one file: every field read and typed, spans kept, references still
//! strings. `resolve` turns these into the model.

use crate::hash::HashSet;

use serde::{Deserialize, Serialize};
use std::ops::Range;

use super::decode::Located;
use super::model::{
    Approx, Date, ListKind, OrgKind, OutcomeKind, OutcomeStatus, PartialDate, SessionKind,
    SourceKind, Text,
};

pub(crate) type Id = Located<String>;
pub(crate) type Ref = Located<String>;

/// Ids that a file defines, including those of entries too broken to keep, so that a
/// reference to a broken entry does not add a second, misleading error.
#[derive(Default, Debug, Serialize, Deserialize)]
pub(crate) struct Declared {
    pub orgs: HashSet<String>,
    pub topics: HashSet<String>,
    pub sources: HashSet<String>,
    pub sessions: HashSet<String>,
    /// References made by entries that were not kept, still checked so that one run
    /// reports every problem.
    pub orphan_refs: Vec<(RefKind, Ref)>,
}

impl Declared {
    pub fn ids_mut(&mut self, kind: RefKind) -> &mut HashSet<String> {
        match kind {
            RefKind::Org => &mut self.orgs,
            RefKind::Topic => &mut self.topics,
            RefKind::Source => &mut self.sources,
            RefKind::Session => &mut self.sessions,
        }
    }
}

/// What a reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum RefKind {
    Org,
    Topic,
    Source,
    Session,
}

impl RefKind {
    /// The keys under which an entry refers to things of each kind.
    pub const KEYS: &[(&str, RefKind)] = &[
        ("sources", RefKind::Source),
        ("topics", RefKind::Topic),
        ("topic", RefKind::Topic),
        ("org", RefKind::Org),
        ("sessions", RefKind::Session),
    ];
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawSource {
    pub id: Id,
    pub title: Text,
    pub author: Option<Text>,
    pub publisher: Option<Text>,
    pub date: Option<PartialDate>,
    pub kind: Option<SourceKind>,
    pub url: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawOrg {
    pub id: Id,
    pub name: Text,
    pub kind: Option<OrgKind>,
    pub country: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawTopic {
    pub id: Id,
    /// `None` in an edition: the series' topic of this id, taken up.
    pub label: Option<Text>,
    /// As written: a topic taken up without one keeps the series' weight.
    pub weight: Option<u8>,
    pub note: Option<Text>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawFigure {
    pub key: Located<String>,
    pub label: Text,
    pub value: f64,
    pub approx: Approx,
    pub unit: Option<Text>,
    pub basis: Option<Text>,
    pub note: Option<Text>,
    pub sources: Sources,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawPerson {
    pub id: Id,
    pub name: Text,
    pub org: Option<Ref>,
    pub role: Option<Text>,
    pub country: Option<String>,
    pub sessions: Vec<Ref>,
    pub note: Option<Text>,
    pub sources: Sources,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawSession {
    pub id: Id,
    pub day: Located<u32>,
    pub title: Text,
    pub kind: Option<SessionKind>,
    pub topics: Vec<Ref>,
    pub highlight: bool,
    pub note: Option<Text>,
    pub sources: Sources,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawOutcome {
    pub id: Id,
    pub kind: Option<OutcomeKind>,
    pub title: Text,
    pub status: Option<OutcomeStatus>,
    pub date: Option<PartialDate>,
    pub detail: Option<Text>,
    pub topics: Vec<Ref>,
    pub sources: Sources,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawEvent {
    pub date: PartialDate,
    pub title: Text,
    pub place: Option<Text>,
    pub topics: Vec<Ref>,
    pub sources: Sources,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawNote {
    pub id: Id,
    pub title: Text,
    pub body: Text,
    pub topic: Option<Ref>,
    pub sources: Sources,
}

/// A `[coverage.KIND]` table, with the places its checks point at.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawCoverage {
    pub kind: ListKind,
    pub complete: Located<bool>,
    pub total: Option<Located<u64>>,
    pub note: Option<Text>,
}

/// The `sources` of an entry, and where the entry starts (to point a missing-sources warning at).
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Sources {
    pub refs: Vec<Ref>,
    pub entry: Range<usize>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawSeries {
    pub name: Text,
    pub organizer: Option<Text>,
    pub about: Option<Text>,
    pub sources: Vec<Ref>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct RawEdition {
    pub name: Text,
    pub label: Option<Text>,
    pub year: Located<i64>,
    pub start: Located<Date>,
    pub end: Located<Date>,
    pub place: Text,
    pub theme: Option<Text>,
    pub summary: Option<Text>,
    pub sources: Vec<Ref>,
}

/// `series.toml`. `series` is `None` when the `[series]` table was too broken to keep.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct RawSeriesFile {
    pub series: Option<RawSeries>,
    pub orgs: Vec<RawOrg>,
    pub topics: Vec<RawTopic>,
    pub sources: Vec<RawSource>,
    pub declared: Declared,
    /// Entries written in the file, kept or not (for the summary of `check`).
    pub entry_count: usize,
    pub source_count: usize,
}

/// An edition file. `edition` is `None` when the `[edition]` table was too broken to keep.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct RawEditionFile {
    pub edition: Option<RawEdition>,
    pub figures: Vec<RawFigure>,
    pub orgs: Vec<RawOrg>,
    pub people: Vec<RawPerson>,
    pub sessions: Vec<RawSession>,
    pub topics: Vec<RawTopic>,
    pub outcomes: Vec<RawOutcome>,
    pub timeline: Vec<RawEvent>,
    pub notes: Vec<RawNote>,
    pub sources: Vec<RawSource>,
    pub coverage: Vec<RawCoverage>,
    pub declared: Declared,
    pub entry_count: usize,
    pub source_count: usize,
}
