//! Every change to the explorer's state, one function per mode (the slides' in `slides.rs`).
//! Ctrl-C (`Action::Quit`) and a resize mean the same in every mode and are handled first.

use super::{Action, App, Banner, BannerKind, ItemLines, Mode, Place, Request, View};
use crate::content::{Content, Diagnostic, EditionId, Library, OrgKind};
use crate::rows::Section;
use crate::tui::screen::{Tab, detail_box, keys_box, tab_at};
use ratatui::layout::Rect;

impl App {
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => {
                self.size = (w, h);
                let view = self.view();
                self.keep_visible(&view);
                self.repage();
            }
            // The deck (its pages, its talk) is not copied for a key: its state is changed
            // in place.
            action if matches!(self.mode, Mode::Slides(_)) => self.update_slides(action),
            action => match self.mode.clone() {
                Mode::Browse => self.update_browse(action),
                Mode::Search => self.update_search(action),
                Mode::Detail { scroll } => self.update_detail(action, scroll),
                Mode::Appearances { scroll } => self.update_appearances(action, scroll),
                Mode::Help { scroll } => self.update_help(action, scroll),
                Mode::Picker {
                    choosing_right,
                    cursor,
                    left,
                } => self.update_picker(action, choosing_right, cursor, left),
                Mode::Slides(_) => {}
            },
        }
    }

    fn update_browse(&mut self, action: Action) {
        let view = self.view();
        let count = view.items.len();
        let i = self.section_index();
        let sections = Section::ALL.len();
        // The series view comes before the first section, in the cycle as on the tabs.
        if self.series.open {
            match action {
                Action::NextSection => return self.go(Section::ALL[0]),
                Action::PrevSection => return self.go(Section::ALL[sections - 1]),
                _ if self.update_series(&action) => return,
                _ => {}
            }
        }
        match action {
            Action::Leave => self.quit = true,
            Action::NextSection if i + 1 == sections => self.open_series(),
            Action::PrevSection if i == 0 => self.open_series(),
            Action::NextSection => self.go(Section::ALL[i + 1]),
            Action::PrevSection => self.go(Section::ALL[i - 1]),
            Action::Section(s) => self.go(s),
            Action::Series => self.open_series(),
            Action::Down if count > 0 => {
                self.select(&view, (self.place().selected + 1).min(count - 1))
            }
            Action::Up if count > 0 => self.select(&view, self.place().selected.saturating_sub(1)),
            Action::Down | Action::Scroll(1..) => self.scroll_by(&view, 1),
            Action::Up => self.scroll_by(&view, -1),
            Action::Scroll(n) => self.scroll_by(&view, n as isize),
            Action::HalfPageDown => self.scroll_by(&view, (self.page() / 2).max(1) as isize),
            Action::HalfPageUp => self.scroll_by(&view, -((self.page() / 2).max(1) as isize)),
            Action::PageDown => self.scroll_by(&view, self.page() as isize),
            Action::PageUp => self.scroll_by(&view, -(self.page() as isize)),
            Action::Top => self.places[i] = Place::default(),
            Action::Bottom => {
                self.places[i].selected = count.saturating_sub(1);
                self.places[i].scroll = view.lines.len().saturating_sub(self.page());
            }
            Action::Click(x, y) => {
                // The tabs are wherever the theme's margins put them.
                let Some(tabs) = self.screen().map(|s| s.tabs) else {
                    return;
                };
                if y != tabs.y || x < tabs.x {
                    return;
                }
                match tab_at(x - tabs.x, self.tab(), self.lang, tabs.width, &self.profile) {
                    Some(Tab::Series) => self.open_series(),
                    Some(Tab::Section(s)) => self.go(s),
                    None => {}
                }
            }
            Action::StartSearch => {
                self.query.clear();
                self.mode = Mode::Search;
            }
            Action::Close | Action::SearchClear => self.query.clear(),
            Action::NextMatch => self.jump_to_match(true),
            Action::PrevMatch => self.jump_to_match(false),
            Action::Open if count > 0 => self.mode = Mode::Detail { scroll: 0 },
            Action::Swap => std::mem::swap(&mut self.left, &mut self.right),
            Action::OpenPicker => {
                self.mode = Mode::Picker {
                    choosing_right: false,
                    cursor: self.left,
                    left: self.left,
                }
            }
            Action::ToggleLang => {
                self.lang = self.lang.other();
                let view = self.view();
                self.keep_visible(&view);
            }
            Action::Help => self.mode = Mode::Help { scroll: 0 },
            Action::Present => self.present(&[], false),
            Action::FilterKind if self.section == Section::People => self.cycle_kind(),
            Action::FilterCountry if self.section == Section::People => self.cycle_country(),
            Action::TimelineAxis if self.section == Section::Timeline => {
                self.timeline_merged = !self.timeline_merged;
                self.places[self.section_index()] = Place::default();
            }
            _ => {}
        }
    }

    fn update_search(&mut self, action: Action) {
        match action {
            Action::SearchInput(c) => self.query.push(c),
            Action::SearchBackspace => {
                self.query.pop();
            }
            Action::SearchKeep => {
                self.mode = Mode::Browse;
                return;
            }
            Action::SearchClear | Action::Close => {
                self.query.clear();
                self.mode = Mode::Browse;
                return;
            }
            _ => return,
        }
        // As the reader types, the first match is brought into view: in this section, or in
        // the first section that has one.
        let here = self.matches_in(self.section);
        if let Some(&k) = here.first() {
            let view = self.view();
            self.select(&view, k);
        } else if let Some((section, _)) = self.hits_by_section().first() {
            self.section = *section;
            self.series.open = false;
            let k = self.matches_in(*section)[0];
            let view = self.view();
            self.select(&view, k);
        }
    }

    /// Scrolling a popup's text, kept between its top and the last screenful.
    fn scrolled(&self, action: &Action, scroll: usize, last: usize) -> Option<usize> {
        let page = self.page();
        let scroll = match action {
            Action::Down | Action::Scroll(1..) => scroll + 1,
            Action::Up | Action::Scroll(..=-1) => scroll.saturating_sub(1),
            Action::HalfPageDown => scroll + (page / 2).max(1),
            Action::HalfPageUp => scroll.saturating_sub((page / 2).max(1)),
            Action::PageDown => scroll + page,
            Action::PageUp => scroll.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return None,
        };
        Some(scroll.min(last))
    }

    fn update_detail(&mut self, action: Action, scroll: usize) {
        if matches!(action, Action::Close | Action::Leave) {
            self.mode = Mode::Browse;
            return;
        }
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let last = self.last_scroll(self.detail_lines().len(), detail_box(area));
        if let Some(scroll) = self.scrolled(&action, scroll, last) {
            self.mode = Mode::Detail { scroll };
        }
    }

    fn update_appearances(&mut self, action: Action, scroll: usize) {
        if matches!(action, Action::Close | Action::Leave) {
            self.mode = Mode::Browse;
            return;
        }
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let last = self.last_scroll(self.appearance_lines().len(), detail_box(area));
        if let Some(scroll) = self.scrolled(&action, scroll, last) {
            self.mode = Mode::Appearances { scroll };
        }
    }

    fn update_help(&mut self, action: Action, scroll: usize) {
        if matches!(action, Action::Close | Action::Leave | Action::Help) {
            self.mode = Mode::Browse;
            return;
        }
        let lines = self.help_lines().len();
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let last = self.last_scroll(lines, keys_box(area, lines));
        if let Some(scroll) = self.scrolled(&action, scroll, last) {
            self.mode = Mode::Help { scroll };
        }
    }

    /// The editions the picker offers: all of them for the left, all but the left one for
    /// the right (an edition against itself shows everything twice).
    pub fn picker_choices(&self, choosing_right: bool, left: usize) -> Vec<usize> {
        (0..self.edition_count())
            .filter(|&i| !choosing_right || i != left)
            .collect()
    }

    fn update_picker(&mut self, action: Action, choosing_right: bool, cursor: usize, left: usize) {
        let choices = self.picker_choices(choosing_right, left);
        let at = choices.iter().position(|&c| c == cursor).unwrap_or(0);
        let picked = |k: usize| choices.get(k).copied().unwrap_or(cursor);
        let cursor = match action {
            Action::Close | Action::Leave => {
                self.mode = Mode::Browse;
                return;
            }
            Action::Down => picked((at + 1).min(choices.len().saturating_sub(1))),
            Action::Up => picked(at.saturating_sub(1)),
            Action::Top => picked(0),
            Action::Bottom => picked(choices.len().saturating_sub(1)),
            Action::Open if !choosing_right => {
                let others = self.picker_choices(true, cursor);
                let right = if self.right != cursor {
                    self.right
                } else {
                    others.first().copied().unwrap_or(cursor)
                };
                self.mode = Mode::Picker {
                    choosing_right: true,
                    cursor: right,
                    left: cursor,
                };
                return;
            }
            Action::Open => {
                self.mode = Mode::Browse;
                // Reading is the shell's to do (`tui::effects`); the app only asks.
                self.request = Some(Request::Show {
                    left,
                    right: cursor,
                });
                return;
            }
            _ => cursor,
        };
        self.mode = Mode::Picker {
            choosing_right,
            cursor,
            left,
        };
    }

    /// The editions at two positions of the index.
    pub fn ids_at(&self, left: usize, right: usize) -> Vec<EditionId> {
        [left, right]
            .into_iter()
            .filter_map(|at| self.library.index.get(at).map(|e| e.id.clone()))
            .collect()
    }

    /// Two editions (positions in the index) after the shell has read them: shown, or, if
    /// one did not read, the pair as it was and a banner saying why.
    pub fn shown(&mut self, left: usize, right: usize, errors: &[Diagnostic]) {
        if let Some(first) = errors.first() {
            self.banner = Some(Banner {
                kind: BannerKind::NotOpened,
                detail: said(first, &self.library),
            });
            return;
        }
        // Only editions that were read are ever shown (content built in memory has no file
        // to read an edition from).
        let ids = self.ids_at(left, right);
        if ids.len() < 2 || !ids.iter().all(|id| self.library.is_read(id)) {
            return;
        }
        self.left = left;
        self.right = right;
        self.places = [Place::default(); Section::ALL.len()];
        self.want_series_if_open();
        // An edition that would not open is no longer the news.
        if self.banner.as_ref().map(|b| b.kind) == Some(BannerKind::NotOpened) {
            self.banner = self.left_out_banner();
        }
    }

    /// A save that did not load: the content on screen stays, the banner says why.
    pub fn not_reloaded(&mut self, detail: String) {
        self.banner = Some(Banner {
            kind: BannerKind::NotReloaded,
            detail,
        });
    }

    /// Where the editions shown stand in content read again: the same ones where they
    /// still exist, else the nearest, never one edition against itself.
    pub fn positions_in(&self, new: &Library) -> (usize, usize) {
        let shown = self.ids_at(self.left, self.right);
        let last = new.index.len().saturating_sub(1);
        let position = |id: Option<&EditionId>| id.and_then(|id| new.index.position(id));
        let left = position(shown.first()).unwrap_or(self.left.min(last));
        let mut right = position(shown.get(1)).unwrap_or(self.right.min(last));
        if right == left {
            // The file of one side was removed and the nearest edition is the other side.
            right = if left < last {
                left + 1
            } else {
                left.saturating_sub(1)
            };
        }
        (left, right)
    }

    /// The content after a save, read by the shell (the editions at `left` and `right`
    /// read whole): the same section, selection and scroll.
    pub fn reopened(&mut self, mut new: Library, (left, right): (usize, usize)) {
        let old = std::mem::replace(&mut self.library, Library::of(Content::default()));
        new.carry_over(old);
        self.library = new;
        self.left = left;
        self.right = right;
        self.generation += 1;
        self.banner = self.left_out_banner();
        self.series.reading = None;
        self.want_series_if_open();
        let view = self.view();
        self.keep_visible(&view);
        // New content may have more or fewer entries, and so pages.
        self.repage();
    }

    fn go(&mut self, section: Section) {
        self.section = section;
        self.series.open = false;
    }

    pub(super) fn select(&mut self, view: &View, selected: usize) {
        self.places[self.section_index()].selected = selected;
        self.keep_visible(view);
    }

    /// Scrolls so that the selected entry is on screen, its first line if it is too tall.
    fn keep_visible(&mut self, view: &View) {
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
    fn scroll_by(&mut self, view: &View, lines: isize) {
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

    fn cycle_kind(&mut self) {
        let kinds = OrgKind::WORDS.iter().filter_map(|w| OrgKind::from_word(w));
        let all: Vec<Option<OrgKind>> = std::iter::once(None).chain(kinds.map(Some)).collect();
        let at = all.iter().position(|k| *k == self.filter.kind).unwrap_or(0);
        self.filter.kind = all[(at + 1) % all.len()];
        self.places[self.section_index()] = Place::default();
    }

    fn cycle_country(&mut self) {
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

/// A problem as one line for the banner: where, and what.
pub fn said(d: &Diagnostic, library: &Library) -> String {
    d.one_line(&library.sources)
}
