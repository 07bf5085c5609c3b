//! Moving within a section: the selection, the scroll that keeps it on screen, and the
//! People filters that start a section's place afresh.

use super::{App, ItemLines, Place, View};
use crate::content::OrgKind;
use crate::rows::Section;

impl App {
    /// Another section, leaving the series view.
    pub(super) fn go(&mut self, section: Section) {
        self.section = section;
        self.series.open = false;
    }

    pub(super) fn select(&mut self, view: &View, selected: usize) {
        self.places[self.section_index()].selected = selected;
        self.keep_visible(view);
    }

    /// Scrolls so that the selected entry is on screen, its first line if it is too tall.
    pub(super) fn keep_visible(&mut self, view: &View) {
        let page = self.page();
        let i = self.section_index();
        let place = &mut self.places[i];
        if view.items.is_empty() {
            place.scroll = place.scroll.min(view.lines.len().saturating_sub(1));
            return;
        }
        place.selected = place.selected.min(view.items.len() - 1);
        let ItemLines { first, last, .. } = view.items[place.selected];
        if first < place.scroll {
            place.scroll = first;
        } else if last >= place.scroll + page {
            place.scroll = (last + 1).saturating_sub(page).min(first);
        }
    }

    /// Scrolls by lines; the selection follows onto the screen.
    pub(super) fn scroll_by(&mut self, view: &View, lines: isize) {
        let page = self.page();
        let i = self.section_index();
        let max = view.lines.len().saturating_sub(page);
        let place = &mut self.places[i];
        place.scroll = place.scroll.saturating_add_signed(lines).min(max);
        let visible = place.scroll..place.scroll + page;
        let on_screen =
            |item: &ItemLines| visible.contains(&item.first) || visible.contains(&item.last);
        if view
            .items
            .get(place.selected)
            .is_some_and(|item| !on_screen(item))
            && let Some(k) = view.items.iter().position(on_screen)
        {
            place.selected = k;
        }
    }

    pub(super) fn cycle_kind(&mut self) {
        let kinds = OrgKind::WORDS.iter().filter_map(|w| OrgKind::from_word(w));
        let all: Vec<Option<OrgKind>> = std::iter::once(None).chain(kinds.map(Some)).collect();
        let at = all.iter().position(|k| *k == self.filter.kind).unwrap_or(0);
        self.filter.kind = all[(at + 1) % all.len()];
        self.places[self.section_index()] = Place::default();
    }

    pub(super) fn cycle_country(&mut self) {
        let mut countries: Vec<String> = self.with_rows(|c, _| {
            let people = c.left.edition.people.iter().chain(&c.right.edition.people);
            people.filter_map(|p| p.country.clone()).collect()
        });
        countries.sort();
        countries.dedup();
        let all: Vec<Option<String>> = std::iter::once(None)
            .chain(countries.into_iter().map(Some))
            .collect();
        let at = all
            .iter()
            .position(|c| *c == self.filter.country)
            .unwrap_or(0);
        self.filter.country = all[(at + 1) % all.len()].clone();
        self.places[self.section_index()] = Place::default();
    }
}
