//! Every change to the explorer's state, one function per mode (the slides' in `slides.rs`,
//! the picker's in `picker.rs`). Ctrl-C (`Action::Quit`) and a resize mean the same in every
//! mode and are handled first. Each returns what the shell is to do next (`Effect`).

use super::{Action, App, Effect, Effects, Mode, Place};
use crate::rows::Section;
use crate::tui::deck::Deck;
use crate::tui::screen::{Tab, detail_box, keys_box, tab_at};
use ratatui::layout::Rect;

impl App {
    /// Changes the state for an action and says what IO should follow: the reading asked
    /// for, and, on a talk's slides, what the other screens of the room are to be told.
    pub fn update(&mut self, action: Action) -> Effects {
        let before = self.deck().map(Deck::place);
        // A move the room made here is the room's already: telling it back would echo.
        let by_reader = !action.from_room();
        let mut effects = self.apply(action);
        if let Some(now) = self.deck().map(Deck::place)
            && by_reader
            && before != Some(now)
        {
            effects.push(Effect::Moved(now));
        }
        effects.extend(self.pages_to_tell());
        effects
    }

    fn apply(&mut self, action: Action) -> Effects {
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
                Mode::Browse => return self.update_browse(action),
                Mode::Search => self.update_search(action),
                Mode::Detail { scroll } => self.update_detail(action, scroll),
                Mode::Appearances { scroll } => self.update_appearances(action, scroll),
                Mode::Help { scroll } => self.update_help(action, scroll),
                Mode::Picker {
                    choosing_right,
                    cursor,
                    left,
                } => return self.update_picker(action, choosing_right, cursor, left),
                Mode::Slides(_) => {}
            },
        }
        Effects::new()
    }

    /// Browsing: the keys that move between sections, with the series view before the first
    /// section in the cycle (as on the tabs); the series view's own keys while it is open;
    /// then the section's.
    fn update_browse(&mut self, action: Action) -> Effects {
        let i = self.section_index();
        let last = Section::ALL.len() - 1;
        match action {
            Action::NextSection if self.series.open => self.go(Section::ALL[0]),
            Action::PrevSection if self.series.open => self.go(Section::ALL[last]),
            Action::NextSection if i == last => return self.open_series().into_iter().collect(),
            Action::PrevSection if i == 0 => return self.open_series().into_iter().collect(),
            Action::NextSection => self.go(Section::ALL[i + 1]),
            Action::PrevSection => self.go(Section::ALL[i - 1]),
            _ => {
                if self.series.open
                    && let Some(effects) = self.update_series(&action)
                {
                    return effects;
                }
                let view = self.view();
                return self.update_sections(action, &view);
            }
        }
        Effects::new()
    }

    /// A key on a section (the series view's own keys are `update_series`'s).
    fn update_sections(&mut self, action: Action, view: &super::View) -> Effects {
        let count = view.items.len();
        let i = self.section_index();
        match action {
            Action::Leave => self.quit = true,
            Action::Section(s) => self.go(s),
            Action::Series => return self.open_series().into_iter().collect(),
            Action::Down if count > 0 => {
                self.select(view, (self.place().selected + 1).min(count - 1))
            }
            Action::Up if count > 0 => self.select(view, self.place().selected.saturating_sub(1)),
            Action::Down | Action::Scroll(1..) => self.scroll_by(view, 1),
            Action::Up => self.scroll_by(view, -1),
            Action::Scroll(n) => self.scroll_by(view, n as isize),
            Action::HalfPageDown => self.scroll_by(view, (self.page() / 2).max(1) as isize),
            Action::HalfPageUp => self.scroll_by(view, -((self.page() / 2).max(1) as isize)),
            Action::PageDown => self.scroll_by(view, self.page() as isize),
            Action::PageUp => self.scroll_by(view, -(self.page() as isize)),
            Action::Top => self.places[i] = Place::default(),
            Action::Bottom => {
                self.places[i].selected = count.saturating_sub(1);
                self.places[i].scroll = view.lines.len().saturating_sub(self.page());
            }
            Action::Click(x, y) => return self.click(x, y).into_iter().collect(),
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
            Action::Present => return self.present(&[], false),
            Action::FilterKind if self.section == Section::People => self.cycle_kind(),
            Action::FilterCountry if self.section == Section::People => self.cycle_country(),
            Action::TimelineAxis if self.section == Section::Timeline => {
                self.timeline_merged = !self.timeline_merged;
                self.places[self.section_index()] = Place::default();
            }
            _ => {}
        }
        Effects::new()
    }

    /// A click on a tab opens it; the tabs are wherever the theme's margins put them.
    fn click(&mut self, x: u16, y: u16) -> Option<Effect> {
        let tabs = self.screen()?.tabs;
        if y != tabs.y || x < tabs.x {
            return None;
        }
        match tab_at(x - tabs.x, self.tab(), self.lang, tabs.width, &self.profile)? {
            Tab::Series => self.open_series(),
            Tab::Section(s) => {
                self.go(s);
                None
            }
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
}
