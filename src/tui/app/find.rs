//! Search across every section: each section's entries folded once per content, language,
//! editions and filter, so a keystroke only compares strings; matches by section, and moving
//! to the next or previous match wherever it is.

use std::rc::Rc;

use super::{App, PeopleFilter, Row};
use crate::compare::compare;
use crate::i18n::Lang;
use crate::rows::Section;
use crate::tui::search::{fold_query, search_text};

/// What the folded entries depend on.
#[derive(Clone, Debug, PartialEq)]
struct IndexKey {
    lang: Lang,
    editions: (usize, usize),
    filter: PeopleFilter,
    generation: u64,
}

/// Each section's entries (its item rows, in order) folded for search.
#[derive(Debug)]
pub struct SearchIndex {
    key: IndexKey,
    sections: Vec<Vec<String>>,
}

/// A query, the index it was matched in, and its matches by section.
pub type Found = (String, Rc<SearchIndex>, Rc<Vec<Vec<usize>>>);

impl App {
    fn search_index(&self) -> Rc<SearchIndex> {
        let key = IndexKey {
            lang: self.lang,
            editions: (self.left, self.right),
            filter: self.filter.clone(),
            generation: self.generation,
        };
        if let Some(index) = self.index.borrow().as_ref().filter(|i| i.key == key) {
            return Rc::clone(index);
        }
        // One comparison for every section.
        let (left, right) = self.sides();
        let comparison = compare(left, right);
        let sections = Section::ALL
            .iter()
            .map(|&section| {
                self.section_rows(section, &comparison)
                    .iter()
                    .filter(|row| matches!(row, Row::Item(..)))
                    .map(search_text)
                    .collect()
            })
            .collect();
        let index = Rc::new(SearchIndex { key, sections });
        *self.index.borrow_mut() = Some(Rc::clone(&index));
        index
    }

    /// Every section's matching entries for the query, by their index among its entries:
    /// folded and compared once per query and index, then kept, since the panes, the footer
    /// and each `n` all ask.
    fn all_matches(&self) -> Rc<Vec<Vec<usize>>> {
        let index = self.search_index();
        if let Some((query, index_seen, matches)) = self.found.borrow().as_ref()
            && *query == self.query
            && Rc::ptr_eq(index_seen, &index)
        {
            return Rc::clone(matches);
        }
        let folded = fold_query(&self.query);
        let matches: Vec<Vec<usize>> = index
            .sections
            .iter()
            .map(|texts| {
                texts
                    .iter()
                    .enumerate()
                    .filter(|(_, text)| text.contains(&folded))
                    .map(|(k, _)| k)
                    .collect()
            })
            .collect();
        let matches = Rc::new(matches);
        *self.found.borrow_mut() = Some((self.query.clone(), index, Rc::clone(&matches)));
        matches
    }

    /// The entries of a section that match the query, by their index among its entries.
    pub fn matches_in(&self, section: Section) -> Vec<usize> {
        if fold_query(&self.query).is_empty() {
            return Vec::new();
        }
        let at = Section::ALL.iter().position(|s| *s == section).unwrap_or(0);
        self.all_matches()[at].clone()
    }

    /// How many entries match in each section that has any, in the sections' order.
    pub fn hits_by_section(&self) -> Vec<(Section, usize)> {
        Section::ALL
            .iter()
            .map(|&s| (s, self.matches_in(s).len()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The next (or previous) match from the selection: in this section, else the first
    /// (or last) match of the next (or previous) section that has one, round the sections.
    pub(super) fn jump_to_match(&mut self, forward: bool) {
        let here = self.section_index();
        let selected = self.place().selected;
        let count = Section::ALL.len();
        for step in 0..=count {
            let at = if forward {
                (here + step) % count
            } else {
                (here + count - step % count) % count
            };
            let section = Section::ALL[at];
            let matches = self.matches_in(section);
            let pick = match (step, forward) {
                (0, true) => matches.iter().copied().find(|&k| k > selected),
                (0, false) => matches.iter().copied().rev().find(|&k| k < selected),
                // Round to this section again: its first (or last) match.
                (_, true) => matches.first().copied(),
                (_, false) => matches.last().copied(),
            };
            if let Some(k) = pick {
                self.section = section;
                let view = self.view();
                self.select(&view, k);
                return;
            }
        }
    }
}
