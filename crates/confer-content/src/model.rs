//! The validated content: every required field present, every reference resolved to the
//! thing it names. Views read this and never meet a dangling id.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// A text in one or more languages, in the order the author wrote them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    #[serde(deserialize_with = "interned_tags")]
    entries: Vec<(Tag, TextString)>,
}

/// One language's string of a text: for the built-in content, borrowed from the compiled
/// form in the binary (no allocation, no copy); owned when read from a file.
type TextString = Cow<'static, str>;

/// Built-in content is read from bytes: its tags are shared, as when it is parsed.
fn interned_tags<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<(Tag, TextString)>, D::Error> {
    struct Interned(Tag);
    impl<'de> serde::Deserialize<'de> for Interned {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Visit;
            impl serde::de::Visitor<'_> for Visit {
                type Value = Interned;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a language tag")
                }
                // A common tag is known by its bytes, with no check of them as UTF-8.
                fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Interned, E> {
                    if let Some(common) = COMMON_TAGS.iter().find(|t| t.as_bytes() == bytes) {
                        return Ok(Interned(Tag::Borrowed(common)));
                    }
                    match simdutf8::basic::from_utf8(bytes) {
                        Ok(text) => Ok(Interned(tag(text))),
                        Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
                    }
                }
                fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Interned, E> {
                    Ok(Interned(tag(text)))
                }
            }
            d.deserialize_bytes(Visit)
        }
    }
    let entries: Vec<(Interned, Checked)> = serde::Deserialize::deserialize(deserializer)?;
    Ok(entries.into_iter().map(|(t, s)| (t.0, s.0)).collect())
}

/// A text's string, taken as bytes: borrowed where they lie in the built-in content's
/// compiled form, else checked as UTF-8 with SIMD (the standard check was a third of reading
/// a built-in edition, whose texts are mostly Japanese and Chinese, where it goes a character
/// at a time). Strings in other forms are taken as they come.
struct Checked(TextString);

impl<'de> serde::Deserialize<'de> for Checked {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Checked;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_bytes<E: serde::de::Error>(
                self,
                bytes: &'de [u8],
            ) -> Result<Checked, E> {
                match super::compiled::built_in_text(bytes) {
                    Some(text) => Ok(Checked(Cow::Borrowed(text))),
                    None => self.visit_bytes(bytes),
                }
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Checked, E> {
                match simdutf8::basic::from_utf8(bytes) {
                    Ok(text) => Ok(Checked(Cow::Owned(text.to_owned()))),
                    Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(bytes), &self)),
                }
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Checked, E> {
                Ok(Checked(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Checked, E> {
                Ok(Checked(Cow::Owned(text)))
            }
        }
        d.deserialize_bytes(Visit)
    }
}

/// A language tag: the common ones are not allocated for each of the many texts of a file.
pub type Tag = std::borrow::Cow<'static, str>;

/// The tags most texts are written in: shared, never allocated.
const COMMON_TAGS: [&str; 8] = ["", "en", "ja", "zh", "zh-hans", "zh-hant", "ko", "fr"];

/// `tag` as a `Tag`, shared where it is a common one.
pub fn tag(tag: &str) -> Tag {
    match COMMON_TAGS.iter().find(|common| **common == tag) {
        Some(common) => Tag::Borrowed(common),
        None => Tag::Owned(tag.to_string()),
    }
}

impl Text {
    /// `entries` must not be empty; the loader guarantees it.
    pub fn new(entries: Vec<(Tag, String)>) -> Self {
        debug_assert!(!entries.is_empty());
        Text {
            entries: entries
                .into_iter()
                .map(|(tag, text)| (tag, Cow::Owned(text)))
                .collect(),
        }
    }

    /// A text made in code rather than read from a file (a talk built by a tool or a test),
    /// in the languages given; sanitized like a paragraph read at load. `None` when no
    /// language is given.
    pub fn written(entries: &[(&str, &str)]) -> Option<Text> {
        use crate::sanitize::{TextShape, sanitize};
        let entries: Vec<(Tag, String)> = entries
            .iter()
            .map(|(lang, text)| (tag(lang), sanitize(text, TextShape::Paragraph).text))
            .collect();
        (!entries.is_empty()).then(|| Text::new(entries))
    }

    /// The reader's language, falling back to `en`, then `ja`, then the first entry.
    pub fn get(&self, lang: &str) -> &str {
        [lang, "en", "ja"]
            .iter()
            .find_map(|want| self.lookup(want))
            .or_else(|| self.entries.first().map(|(_, text)| text.as_ref()))
            .unwrap_or_default()
    }

    /// The text in exactly this language, if the author wrote one.
    pub fn lookup(&self, lang: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(tag, _)| tag.as_ref() == lang)
            .map(|(_, text)| text.as_ref())
    }

    /// Written as a plain string: one text for every reader, in no particular language.
    pub fn is_language_neutral(&self) -> bool {
        self.entries.len() == 1 && self.entries[0].0.is_empty()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(tag, _)| tag.as_ref())
    }

    /// Two texts name the same thing when every language both have agrees.
    pub fn agrees_with(&self, other: &Text) -> bool {
        let mut shared = self
            .entries
            .iter()
            .filter_map(|(tag, text)| other.lookup(tag).map(|theirs| theirs == text.as_ref()))
            .peekable();
        shared.peek().is_some() && shared.all(|same| same)
    }
}

/// A calendar date (TOML local date).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl Date {
    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_to(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (for differences only).
    fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(self.day) - 1
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`; sorts by its first day, the vaguer first on a tie.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn first_day(&self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

macro_rules! keyword_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, as written in content files.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some(Self::$variant),)+ _ => None }
            }

            pub fn word(self) -> &'static str {
                match self { $(Self::$variant => $word),+ }
            }
        }
    };
}

keyword_enum!(
    /// How precise a figure is; carried into the wording ("about 1,000").
    Approx { Exact = "exact", About = "about", Over = "over", Under = "under" }
);
keyword_enum!(OrgKind {
    Company = "company",
    Government = "government",
    IntlOrg = "intl-org",
    Academia = "academia",
    Media = "media",
    CivilSociety = "civil-society",
    Other = "other",
});
keyword_enum!(SessionKind {
    Ceremony = "ceremony",
    Forum = "forum",
    Panel = "panel",
    Dialogue = "dialogue",
    Exhibition = "exhibition",
    ClosedDoor = "closed-door",
    Other = "other",
});
keyword_enum!(OutcomeKind {
    Declaration = "declaration",
    Report = "report",
    Award = "award",
    Initiative = "initiative",
    Agreement = "agreement",
    Exhibition = "exhibition",
    Other = "other",
});
keyword_enum!(OutcomeStatus {
    Adopted = "adopted",
    Published = "published",
    Announced = "announced",
    Proposed = "proposed",
    Withdrawn = "withdrawn",
    Other = "other",
});
keyword_enum!(SourceKind {
    Article = "article",
    Slides = "slides",
    Report = "report",
    Web = "web",
    Book = "book",
    Other = "other",
});

keyword_enum!(
    /// The lists of an edition whose completeness the content can declare (`[coverage.KIND]`).
    ListKind {
        People = "people",
        Orgs = "orgs",
        Sessions = "sessions",
        Outcomes = "outcomes",
        Timeline = "timeline",
    }
);

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
