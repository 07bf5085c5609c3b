//! The sections two editions are compared in order: the programme day by day, outcomes and
//! timeline by date and merged, notes grouped by topic, and the sources each cites.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Day, NoteGroup, Program, Which};
use crate::content::hash::HashSet;
use crate::content::{Edition, Event, SessionKind, Source};

pub(super) fn program<'a>(left: &'a Edition, right: &'a Edition) -> Program<'a> {
    let last_day = left
        .sessions
        .iter()
        .chain(&right.sessions)
        .map(|s| s.day)
        .max()
        .unwrap_or(0);
    let on = |e: &'a Edition, day: u32| {
        e.sessions
            .iter()
            .filter(|s| s.day == day)
            .map(Arc::as_ref)
            .collect()
    };
    Program {
        days: (1..=last_day)
            .map(|day| Day {
                day,
                left: on(left, day),
                right: on(right, day),
            })
            .filter(|d| !d.left.is_empty() || !d.right.is_empty())
            .collect(),
        left_kinds: kinds(left),
        right_kinds: kinds(right),
    }
}

/// Sessions counted by kind, in the order the kinds are listed in the format.
fn kinds(edition: &Edition) -> Vec<(Option<SessionKind>, usize)> {
    let mut counts: BTreeMap<Option<SessionKind>, usize> = BTreeMap::new();
    for session in &edition.sessions {
        *counts.entry(session.kind).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    // Unkinded sessions last.
    let unkinded = usize::from(counts.first().is_some_and(|(k, _)| k.is_none()));
    counts.rotate_left(unkinded);
    counts
}

pub(super) fn by_date<T>(
    items: &[T],
    date: impl Fn(&T) -> Option<crate::content::PartialDate>,
) -> Vec<&T> {
    let mut sorted: Vec<&T> = items.iter().collect();
    sorted.sort_by_key(|item| (date(item).is_none(), date(item)));
    sorted
}

pub(super) fn merged_timeline<'a>(
    left: &'a Edition,
    right: &'a Edition,
) -> Vec<(Which, &'a Event)> {
    let mut merged: Vec<(Which, &Event)> = left
        .timeline
        .iter()
        .map(|e| (Which::Left, e))
        .chain(right.timeline.iter().map(|e| (Which::Right, e)))
        .collect();
    merged.sort_by_key(|(which, e)| (e.date, *which));
    merged
}

/// Notes grouped by topic id: topics both editions write about first, then the left's, the
/// right's, and notes without a topic last.
pub(super) fn note_groups<'a>(left: &'a Edition, right: &'a Edition) -> Vec<NoteGroup<'a>> {
    let mut groups: Vec<NoteGroup> = Vec::new();
    for (which, note) in left
        .notes
        .iter()
        .map(|n| (Which::Left, n))
        .chain(right.notes.iter().map(|n| (Which::Right, n)))
    {
        let topic = note.topic.as_deref();
        let index = groups
            .iter()
            .position(|g| g.topic.map(|t| &t.id) == topic.map(|t| &t.id));
        let group = match index {
            Some(i) => &mut groups[i],
            None => {
                groups.push(NoteGroup {
                    topic,
                    left: Vec::new(),
                    right: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        match which {
            Which::Left => group.left.push(note),
            Which::Right => group.right.push(note),
        }
    }
    groups.sort_by_key(|g| {
        (
            g.topic.is_none(),
            !(!g.left.is_empty() && !g.right.is_empty()),
            g.left.is_empty(),
        )
    });
    groups
}

/// Every source an edition cites, each once: its own list, then as entries cite them.
pub(super) fn sources_of(edition: &Edition) -> Vec<&Source> {
    let cited = edition
        .sources
        .iter()
        .chain(edition.figures.iter().flat_map(|f| &f.sources))
        .chain(edition.people.iter().flat_map(|p| &p.sources))
        .chain(edition.sessions.iter().flat_map(|s| &s.sources))
        .chain(edition.outcomes.iter().flat_map(|o| &o.sources))
        .chain(edition.timeline.iter().flat_map(|e| &e.sources))
        .chain(edition.notes.iter().flat_map(|n| &n.sources))
        .chain(&edition.own_sources);
    let mut seen: HashSet<&str> = HashSet::default();
    cited
        .map(Arc::as_ref)
        .filter(|s| seen.insert(s.id.as_str()))
        .collect()
}
