//! The validated content: every required field present, every reference resolved to the
//! thing it names. Views read this and never meet a dangling id.

use std::fmt;
use std::sync::Arc;

mod date;
mod keywords;
mod text;

pub use date::{Date, PartialDate};
pub use keywords::*;
pub use text::{Tag, Text, tag};

/// How complete one list of an edition is, as its author declared it. A list without a
/// declaration makes no claim either way.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// Every one is listed.
    pub complete: bool,
    /// How many there were in all, where a source says.
    pub total: Option<u64>,
    /// What the list covers ("speakers named in the press").
    pub note: Option<Text>,
}

/// Where an entry of a shareable kind (orgs, topics, sources) was defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Series,
    Edition,
}

#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub author: Option<Text>,
    pub publisher: Option<Text>,
    pub date: Option<PartialDate>,
    pub kind: Option<SourceKind>,
    pub url: Option<String>,
    pub scope: Scope,
}

#[derive(Debug, PartialEq)]
pub struct Org {
    pub id: String,
    pub name: Text,
    pub kind: Option<OrgKind>,
    pub country: Option<String>,
    pub scope: Scope,
}

#[derive(Debug, PartialEq)]
pub struct Topic {
    pub id: String,
    pub label: Text,
    /// 1 (mentioned) to 3 (central).
    pub weight: u8,
    pub note: Option<Text>,
    pub scope: Scope,
}

/// The figure keys the format names so that editions and series pair: what each counts is
/// in content-format.md. In the order a reader meets them.
pub const WELL_KNOWN_KEYS: [&str; 8] = [
    "participants",
    "countries",
    "days",
    "sessions",
    "forums",
    "speakers",
    "exhibitors",
    "media",
];

#[derive(Debug, PartialEq)]
pub struct Figure {
    pub key: String,
    pub label: Text,
    pub value: f64,
    pub approx: Approx,
    pub unit: Option<Text>,
    /// How this edition counted it ("guests on site"); `None` says nothing particular.
    pub basis: Option<Text>,
    pub note: Option<Text>,
    pub sources: Vec<Arc<Source>>,
}

#[derive(Debug, PartialEq)]
pub struct Session {
    pub id: String,
    /// 1 is the first day.
    pub day: u32,
    pub title: Text,
    pub kind: Option<SessionKind>,
    pub topics: Vec<Arc<Topic>>,
    pub highlight: bool,
    pub note: Option<Text>,
    pub sources: Vec<Arc<Source>>,
}

#[derive(Debug, PartialEq)]
pub struct Person {
    pub id: String,
    /// Shared with what the rules across editions note of it (a check notes every name).
    pub name: Arc<Text>,
    pub org: Option<Arc<Org>>,
    pub role: Option<Text>,
    pub country: Option<String>,
    pub sessions: Vec<Arc<Session>>,
    pub note: Option<Text>,
    pub sources: Vec<Arc<Source>>,
}

#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub id: String,
    pub kind: Option<OutcomeKind>,
    pub title: Text,
    pub status: Option<OutcomeStatus>,
    pub date: Option<PartialDate>,
    pub detail: Option<Text>,
    pub topics: Vec<Arc<Topic>>,
    pub sources: Vec<Arc<Source>>,
}

#[derive(Debug, PartialEq)]
pub struct Event {
    pub date: PartialDate,
    pub title: Text,
    pub place: Option<Text>,
    pub topics: Vec<Arc<Topic>>,
    pub sources: Vec<Arc<Source>>,
}

#[derive(Debug, PartialEq)]
pub struct Note {
    pub id: String,
    pub title: Text,
    pub body: Text,
    pub topic: Option<Arc<Topic>>,
    pub sources: Vec<Arc<Source>>,
}

/// `SERIES/STEM`, e.g. `wic/2014`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EditionId {
    pub series: String,
    pub stem: String,
}

impl fmt::Display for EditionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.series, self.stem)
    }
}

#[derive(Debug, PartialEq)]
pub struct Edition {
    pub id: EditionId,
    pub name: Text,
    pub label: Option<Text>,
    pub year: i64,
    pub start: Date,
    pub end: Date,
    pub place: Text,
    pub theme: Option<Text>,
    pub summary: Option<Text>,
    pub sources: Vec<Arc<Source>>,
    pub figures: Vec<Figure>,
    /// The edition's own orgs; people may also name the series' orgs.
    pub orgs: Vec<Arc<Org>>,
    pub people: Vec<Person>,
    pub sessions: Vec<Arc<Session>>,
    /// What this edition was about, with weights; the series' topics are not repeated here.
    pub topics: Vec<Arc<Topic>>,
    pub outcomes: Vec<Outcome>,
    pub timeline: Vec<Event>,
    pub notes: Vec<Note>,
    /// The edition's own sources; entries may also cite the series' sources.
    pub own_sources: Vec<Arc<Source>>,
    /// The lists whose completeness the author declared, in the order written.
    pub coverage: Vec<(ListKind, Coverage)>,
}

impl Edition {
    /// The short label for pane titles, or the name where no label was written.
    pub fn label_or_name(&self) -> &Text {
        self.label.as_ref().unwrap_or(&self.name)
    }

    /// What the author declared about one of the edition's lists, if anything.
    pub fn coverage(&self, kind: ListKind) -> Option<&Coverage> {
        self.coverage
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, coverage)| coverage)
    }

    /// The organizations of this edition: its own and those its entries refer to (a
    /// person's `org`), the series' among them, each once. An organization of the series
    /// that no entry of the edition names is not the edition's.
    pub fn orgs_present(&self) -> Vec<&Org> {
        let mut seen = crate::hash::HashSet::default();
        let people_orgs = self.people.iter().filter_map(|p| p.org.as_deref());
        self.orgs
            .iter()
            .map(Arc::as_ref)
            .chain(people_orgs)
            .filter(|org| seen.insert(org.id.as_str()))
            .collect()
    }

    /// What this edition was about: the topics it lists (its own, and the series' it takes
    /// up), then the series' topics its entries refer to, each once. A topic of the series
    /// that the edition neither lists nor refers to is not the edition's.
    pub fn topics_present(&self) -> Vec<&Topic> {
        let mut seen = crate::hash::HashSet::default();
        let referred = self
            .sessions
            .iter()
            .flat_map(|s| &s.topics)
            .chain(self.outcomes.iter().flat_map(|o| &o.topics))
            .chain(self.timeline.iter().flat_map(|e| &e.topics))
            .chain(self.notes.iter().filter_map(|n| n.topic.as_ref()));
        self.topics
            .iter()
            .chain(referred)
            .map(Arc::as_ref)
            .filter(|topic| seen.insert(topic.id.as_str()))
            .collect()
    }

    /// How many entries one of the edition's lists holds: what a coverage `total` is
    /// measured against.
    pub fn listed(&self, kind: ListKind) -> usize {
        match kind {
            ListKind::People => self.people.len(),
            ListKind::Orgs => self.orgs_present().len(),
            ListKind::Sessions => self.sessions.len(),
            ListKind::Outcomes => self.outcomes.len(),
            ListKind::Timeline => self.timeline.len(),
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Series {
    pub id: String,
    pub name: Text,
    pub organizer: Option<Text>,
    pub about: Option<Text>,
    pub sources: Vec<Arc<Source>>,
    pub orgs: Vec<Arc<Org>>,
    pub topics: Vec<Arc<Topic>>,
    pub own_sources: Vec<Arc<Source>>,
    /// In order of their start date.
    pub editions: Vec<Edition>,
}

/// Everything that was loaded: series in order of their id.
#[derive(Debug, PartialEq, Default)]
pub struct Content {
    pub series: Vec<Series>,
}

impl Content {
    pub fn editions(&self) -> impl Iterator<Item = (&Series, &Edition)> {
        self.series
            .iter()
            .flat_map(|series| series.editions.iter().map(move |e| (series, e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(entries: &[(&str, &str)]) -> Text {
        Text::new(
            entries
                .iter()
                .map(|(a, b)| (tag(a), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn text_falls_back_to_en_then_ja_then_first() {
        let t = text(&[("zh", "乌镇"), ("ja", "烏鎮"), ("en", "Wuzhen")]);
        assert_eq!(t.get("ja"), "烏鎮");
        assert_eq!(t.get("fr"), "Wuzhen");
        assert_eq!(text(&[("zh", "乌镇"), ("ja", "烏鎮")]).get("fr"), "烏鎮");
        assert_eq!(text(&[("zh", "乌镇")]).get("en"), "乌镇");
    }

    #[test]
    fn texts_agree_only_on_shared_languages() {
        let a = text(&[("en", "Jack Ma"), ("ja", "馬雲")]);
        assert!(a.agrees_with(&text(&[("en", "Jack Ma"), ("zh", "马云")])));
        assert!(!a.agrees_with(&text(&[("en", "Ma Yun")])));
        assert!(!a.agrees_with(&text(&[("zh", "马云")])));
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        let vague = PartialDate {
            year: 2014,
            month: Some(11),
            day: None,
        };
        let exact = PartialDate {
            year: 2014,
            month: Some(11),
            day: Some(1),
        };
        assert!(vague < exact);
        assert_eq!(vague.first_day(), exact.first_day());
        assert_eq!(vague.to_string(), "2014-11");
    }
}
