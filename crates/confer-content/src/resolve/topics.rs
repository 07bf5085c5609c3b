//! An edition's topics: its own, each with a label, and the series' topics it takes up by
//! id without one, with its own weight and note.

use std::sync::Arc;

use super::{Catalog, Resolver};
use crate::diagnostic::Problem;
use crate::diagnostic::problem::Entry;
use crate::grammar::closest;
use crate::hash::HashSet;
use crate::model::{Scope, Topic};
use crate::raw::RawTopic;

impl Resolver<'_> {
    /// The topics of one file. `series` is the series' catalog when the file is an edition.
    pub(super) fn topics_of(
        &mut self,
        raw: Vec<RawTopic>,
        scope: Scope,
        series: Option<&Catalog>,
        catalog: &mut Catalog,
    ) -> Vec<Arc<Topic>> {
        let labelled: HashSet<&str> = raw
            .iter()
            .filter(|t| t.label.is_some())
            .map(|t| t.id.value.as_str())
            .collect();
        let keep = self.check_unique(Entry::Topic, raw.iter().map(|t| &t.id), |id| {
            labelled.contains(id) && series.is_some_and(|c| c.topics.contains_key(id))
        });
        let mut out = Vec::with_capacity(raw.len());
        for (t, keep) in raw.into_iter().zip(keep) {
            if !keep {
                continue;
            }
            let topic = match t.label {
                Some(label) => Topic {
                    id: t.id.value,
                    label,
                    weight: t.weight.unwrap_or(1),
                    note: t.note,
                    scope,
                },
                None => match series.and_then(|c| c.topics.get(&t.id.value)) {
                    Some(shared) => Topic {
                        id: t.id.value,
                        label: shared.label.clone(),
                        weight: t.weight.unwrap_or(shared.weight),
                        note: t.note.or_else(|| shared.note.clone()),
                        scope: Scope::Series,
                    },
                    None => {
                        self.no_such_series_topic(&t, series, catalog);
                        continue;
                    }
                },
            };
            let topic = Arc::new(topic);
            // Entries of this file that refer to the id find this edition's weight.
            catalog.topics.insert(topic.id.clone(), Arc::clone(&topic));
            out.push(topic);
        }
        out
    }

    /// A label-less `[[topics]]` entry whose id no topic of the series has.
    fn no_such_series_topic(
        &mut self,
        t: &RawTopic,
        series: Option<&Catalog>,
        catalog: &mut Catalog,
    ) {
        // Refs to it would only repeat this.
        catalog.broken.insert(t.id.value.clone());
        if series.is_none_or(|c| c.series_unknown) {
            return;
        }
        let shared = series.map(|c| &c.topics);
        let mut ids: Vec<&str> = shared
            .into_iter()
            .flat_map(|m| m.keys().map(String::as_str))
            .collect();
        ids.sort_unstable();
        let problem = Problem::TopicWithoutLabel {
            id: t.id.value.clone(),
            near: closest(&t.id.value, ids.iter().copied()).map(str::to_string),
        };
        self.report(problem, t.id.span.clone());
    }
}
