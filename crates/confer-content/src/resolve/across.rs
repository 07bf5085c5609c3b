//! The rules that span editions: a person id names the same person, a figure key keeps its
//! unit. Each edition resolves on its own and notes what these rules need (`Seen`); the
//! notes are then judged in reading order, so that editions can resolve in parallel and be
//! dropped as soon as they are judged.

use crate::hash::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, FileId, Location, Problem};
use crate::model::{EditionId, Text};

/// What one edition holds that the cross-edition rules judge: each person's name and each
/// figure's unit, with the span of the entry a warning points at.
#[derive(Clone, Debug, Default)]
pub(crate) struct Seen {
    pub names: Vec<(String, Arc<Text>, Range<usize>)>,
    pub units: Vec<(String, Option<Text>, Range<usize>)>,
}

/// The first place each person id and figure key was seen, to warn when a later edition differs.
/// The edition is shared by all it is the first to name (100,000 people, not 100,000 copies).
#[derive(Default)]
pub(crate) struct FirstSeen {
    people: HashMap<String, (Arc<EditionId>, Arc<Text>)>,
    units: HashMap<String, (Arc<EditionId>, Option<Text>)>,
}

impl FirstSeen {
    /// Judges one edition's notes against every edition read before it, and remembers what
    /// it is the first to say.
    pub fn judge(
        &mut self,
        edition: &EditionId,
        file: FileId,
        seen: Seen,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let at = |span: Range<usize>| Location::Span(file, span);
        let edition = Arc::new(edition.clone());
        for (id, name, entry) in seen.names {
            match self.people.get(&id) {
                Some((first, first_name)) if !first_name.agrees_with(&name) => {
                    let problem = Problem::NamedDifferently {
                        first_name: Text::clone(first_name),
                        here_name: Text::clone(&name),
                        first: first.to_string(),
                        id,
                    };
                    diagnostics.push(Diagnostic::of(problem, at(entry)));
                }
                Some(_) => {}
                None => {
                    self.people.insert(id, (Arc::clone(&edition), name));
                }
            }
        }
        for (key, unit, entry) in seen.units {
            match self.units.get(&key) {
                Some((first, first_unit)) if !same_unit(first_unit, &unit) => {
                    let problem = Problem::DifferentUnit {
                        first_unit: first_unit.clone(),
                        here_unit: unit,
                        first: first.to_string(),
                        key,
                    };
                    diagnostics.push(Diagnostic::of(problem, at(entry)));
                }
                Some(_) => {}
                None => {
                    self.units.insert(key, (Arc::clone(&edition), unit));
                }
            }
        }
    }
}

fn same_unit(a: &Option<Text>, b: &Option<Text>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.agrees_with(b),
        _ => false,
    }
}
