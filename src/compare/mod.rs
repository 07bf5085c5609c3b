//! How two editions compare: figure pairs with their change, topic shift, who and what
//! returned, the programme by day, outcomes and timeline by date, notes by topic, sources.
//! Pure data from the model; every view draws from this.

use crate::content::hash::{HashMap, HashSet};

use crate::content::{
    Coverage, Edition, Event, ListKind, Note, Org, Outcome, Person, Series, Session, SessionKind,
    Source, Text, Topic,
};

mod figures;
mod sections;
use figures::figure_pairs;
pub use figures::{Change, FigurePair, Precision, Verdict, same_basis, verdict};
use sections::{by_date, merged_timeline, note_groups, program, sources_of};

/// One edition with the series it belongs to (its shared orgs and topics are part of it).
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub series: &'a Series,
    pub edition: &'a Edition,
}

/// Which edition something belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Which {
    Left,
    Right,
}

impl Which {
    pub fn other(self) -> Which {
        match self {
            Which::Left => Which::Right,
            Which::Right => Which::Left,
        }
    }
}

/// How an entry that one edition lists and the other does not is to be named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absence {
    /// The other list is declared complete: the entry is only on this side.
    OnlyIn,
    /// The other list is declared partial (`partial`), or makes no claim either way: its
    /// silence is no evidence of absence.
    NotListed { partial: bool },
}

impl Absence {
    /// What the other side's coverage of a list allows to be said of an entry it lacks.
    pub fn given(other: Option<&Coverage>) -> Absence {
        match other {
            Some(coverage) if coverage.complete => Absence::OnlyIn,
            Some(_) => Absence::NotListed { partial: true },
            None => Absence::NotListed { partial: false },
        }
    }
}

/// Things matched across editions by id.
#[derive(Debug)]
pub struct Matched<T> {
    pub both: Vec<(T, T)>,
    pub only_left: Vec<T>,
    pub only_right: Vec<T>,
}

#[derive(Debug)]
pub struct Day<'a> {
    pub day: u32,
    pub left: Vec<&'a Session>,
    pub right: Vec<&'a Session>,
}

#[derive(Debug)]
pub struct Program<'a> {
    pub days: Vec<Day<'a>>,
    pub left_kinds: Vec<(Option<SessionKind>, usize)>,
    pub right_kinds: Vec<(Option<SessionKind>, usize)>,
}

/// Notes about one topic (or none), from each edition.
#[derive(Debug)]
pub struct NoteGroup<'a> {
    pub topic: Option<&'a Topic>,
    pub left: Vec<&'a Note>,
    pub right: Vec<&'a Note>,
}

#[derive(Debug)]
pub struct Comparison<'a> {
    pub left: Side<'a>,
    pub right: Side<'a>,
    pub figures: Vec<FigurePair<'a>>,
    pub topics: Matched<&'a Topic>,
    pub people: Matched<&'a Person>,
    pub orgs: Matched<&'a Org>,
    pub program: Program<'a>,
    /// Each side's outcomes by date (undated last).
    pub outcomes: (Vec<&'a Outcome>, Vec<&'a Outcome>),
    /// Each side's timeline by date.
    pub timeline: (Vec<&'a Event>, Vec<&'a Event>),
    /// Both timelines on one date axis.
    pub merged_timeline: Vec<(Which, &'a Event)>,
    pub notes: Vec<NoteGroup<'a>>,
    /// The sources each side cites, the edition's own list first.
    pub sources: (Vec<&'a Source>, Vec<&'a Source>),
}

pub fn compare<'a>(left: Side<'a>, right: Side<'a>) -> Comparison<'a> {
    let (l, r) = (left.edition, right.edition);
    Comparison {
        left,
        right,
        figures: figure_pairs(&l.figures, &r.figures, left.series.id != right.series.id),
        topics: matched(topics_of(left), topics_of(right), |t| &t.id),
        people: matched(l.people.iter().collect(), r.people.iter().collect(), |p| {
            &p.id
        }),
        orgs: matched(orgs_of(left), orgs_of(right), |o| &o.id),
        program: program(l, r),
        outcomes: (
            by_date(&l.outcomes, |o| o.date),
            by_date(&r.outcomes, |o| o.date),
        ),
        timeline: (
            by_date(&l.timeline, |e| Some(e.date)),
            by_date(&r.timeline, |e| Some(e.date)),
        ),
        merged_timeline: merged_timeline(l, r),
        notes: note_groups(l, r),
        sources: (sources_of(l), sources_of(r)),
    }
}

fn matched<'a, T: ?Sized>(
    left: Vec<&'a T>,
    right: Vec<&'a T>,
    id: impl Fn(&T) -> &String,
) -> Matched<&'a T> {
    // By id through a map: editions with tens of thousands of people stay linear.
    let right_ids: HashMap<&String, &'a T> = right.iter().map(|r| (id(r), *r)).collect();
    let left_ids: HashSet<&String> = left.iter().map(|l| id(l)).collect();
    let both = left
        .iter()
        .filter_map(|l| right_ids.get(id(l)).map(|r| (*l, *r)))
        .collect();
    let only_left = left
        .iter()
        .filter(|l| !right_ids.contains_key(id(l)))
        .copied()
        .collect();
    let only_right = right
        .iter()
        .filter(|r| !left_ids.contains(id(r)))
        .copied()
        .collect();
    Matched {
        both,
        only_left,
        only_right,
    }
}

/// An edition's topics, the series' only where it lists or refers to them, heaviest first.
fn topics_of(side: Side<'_>) -> Vec<&Topic> {
    let mut topics = side.edition.topics_present();
    topics.sort_by_key(|t| std::cmp::Reverse(t.weight));
    topics
}

fn orgs_of(side: Side<'_>) -> Vec<&Org> {
    side.edition.orgs_present()
}

impl<'a> Comparison<'a> {
    pub fn side(&self, which: Which) -> Side<'a> {
        match which {
            Which::Left => self.left,
            Which::Right => self.right,
        }
    }

    /// What one edition declares about the completeness of one of its lists.
    pub fn coverage(&self, which: Which, kind: ListKind) -> Option<&'a Coverage> {
        self.side(which).edition.coverage(kind)
    }

    /// How many entries one edition lists of a kind.
    pub fn listed(&self, which: Which, kind: ListKind) -> usize {
        self.side(which).edition.listed(kind)
    }

    /// For an entry that only `present` lists: whether the other edition's list can say it
    /// was not there. "Only in" only where that list declares itself complete.
    pub fn absence(&self, present: Which, kind: ListKind) -> Absence {
        Absence::given(self.coverage(present.other(), kind))
    }
}

impl Comparison<'_> {
    /// Whether the two editions are of two series (`wic/2014` beside `igf/2014`): then every
    /// view says which series each side is.
    pub fn across_series(&self) -> bool {
        self.left.series.id != self.right.series.id
    }

    /// The short label of each edition, for column heads.
    pub fn labels(&self) -> (&Text, &Text) {
        (
            self.left.edition.label_or_name(),
            self.right.edition.label_or_name(),
        )
    }
}

/// The built-in comparison shown by default (the first edition against the last), for the
/// tests of every module that reads a comparison.
#[cfg(test)]
pub(crate) fn with_builtin(check: impl FnOnce(&Comparison)) {
    let loaded = crate::content::load(&crate::content::ContentLocation::BuiltIn);
    let series = &loaded.content.series[0];
    let side = |e| Side { series, edition: e };
    check(&compare(
        side(&series.editions[0]),
        side(series.editions.last().unwrap()),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participants_pair_with_their_change() {
        with_builtin(|c| {
            let p = c.figures.iter().find(|f| f.key == "participants").unwrap();
            let change = p.change().unwrap();
            assert_eq!(change.absolute, 600.0);
            assert_eq!(change.percent.map(f64::round), Some(60.0));
            // About 1,000 → over 1,600: more than +600.
            assert_eq!(change.precision, Precision::Over);
            let only_right = c.figures.iter().find(|f| f.key == "exhibitors").unwrap();
            assert!(only_right.left.is_none() && only_right.change().is_none());
            let only_left = c.figures.iter().find(|f| f.key == "media").unwrap();
            assert!(only_left.right.is_none());
        });
    }

    #[test]
    fn topics_people_and_orgs_split_three_ways() {
        with_builtin(|c| {
            let both: Vec<&str> = c.topics.both.iter().map(|(l, _)| l.id.as_str()).collect();
            assert!(
                both.contains(&"governance")
                    && both.contains(&"security")
                    && both.contains(&"japan")
            );
            let (l, r) = c
                .topics
                .both
                .iter()
                .find(|(l, _)| l.id == "governance")
                .unwrap();
            assert_eq!((l.weight, r.weight), (3, 2));
            assert!(c.topics.only_left.iter().any(|t| t.id == "sovereignty"));
            assert!(c.topics.only_right.iter().any(|t| t.id == "ai"));
            assert_eq!(c.people.both.len(), 1);
            assert_eq!(c.people.both[0].0.id, "richard-liu");
            let returning: Vec<&str> = c.orgs.both.iter().map(|(o, _)| o.id.as_str()).collect();
            assert_eq!(
                returning,
                [
                    "alibaba",
                    "tencent",
                    "jd",
                    "microsoft",
                    "gsma",
                    "baidu",
                    "cac",
                    "zhejiang-committee"
                ]
            );
            assert!(c.orgs.only_left.iter().any(|o| o.id == "xiaomi"));
            assert!(c.orgs.only_right.iter().any(|o| o.id == "deepseek"));
        });
    }

    #[test]
    fn programme_timeline_notes_and_sources() {
        with_builtin(|c| {
            assert_eq!(c.program.days.len(), 4, "2025 ran a day longer");
            assert_eq!(c.program.days[0].left.len(), 6);
            assert_eq!(c.program.days[0].right.len(), 4);
            assert!(c.program.days[3].left.is_empty());
            let ceremonies = c
                .program
                .left_kinds
                .iter()
                .find(|(k, _)| *k == Some(SessionKind::Ceremony));
            assert_eq!(ceremonies.map(|(_, n)| *n), Some(2));
            let dates: Vec<_> = c.merged_timeline.iter().map(|(_, e)| e.date).collect();
            assert!(dates.windows(2).all(|w| w[0] <= w[1]), "one date axis");
            assert!(c.merged_timeline.iter().any(|(w, _)| *w == Which::Right));
            let japan = c
                .notes
                .iter()
                .find(|g| g.topic.is_some_and(|t| t.id == "japan"))
                .unwrap();
            assert!(!japan.left.is_empty() && !japan.right.is_empty());
            assert!(
                !c.notes[0].left.is_empty() && !c.notes[0].right.is_empty(),
                "shared topics first"
            );
            assert!(c.sources.0.iter().any(|s| s.id == "aizu-2015"));
            assert!(c.sources.1.iter().any(|s| s.id == "wic-2025-convenes-ja"));
            let outcome_dates: Vec<_> = c.outcomes.1.iter().map(|o| o.date).collect();
            assert!(
                outcome_dates
                    .windows(2)
                    .all(|w| w[0] <= w[1] || w[1].is_none())
            );
        });
    }
}
