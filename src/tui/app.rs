//! The explorer's state and every change to it: `update` takes an action and does no IO,
//! so tests drive the explorer with actions alone.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::compare::{Comparison, Side, compare};
use crate::content::{Content, OrgKind};
use crate::i18n::Lang;
use crate::rows::{Item, PaneLine, Row, Section, pane_lines, rows};
use crate::text::Profile;

use super::deck::Deck;
use super::screen::{Screen, tab_at};
use super::search::{fold, search_text};
use super::theme::Theme;
use crate::present::{SlideKind, deck};

/// What the reader asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    NextSection,
    PrevSection,
    Section(Section),
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Mouse wheel: lines down (positive) or up.
    Scroll(i32),
    Click(u16, u16),
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    SearchKeep,
    SearchClear,
    NextMatch,
    PrevMatch,
    Open,
    Close,
    Swap,
    OpenPicker,
    ToggleLang,
    Help,
    FilterKind,
    FilterCountry,
    Resize(u16, u16),
    /// `p`: the comparison as slides.
    Present,
    SlideNext,
    SlidePrevious,
    SlideFirst,
    SlideLast,
    SlideDigit(char),
    SlideJump,
    SlideBlank,
    SlideClock,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Index of the selected entry among the section's item rows.
    pub selected: usize,
    /// First line shown.
    pub scroll: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Typing; Enter keeps the query, Esc clears it.
    pub editing: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Popup {
    Detail {
        scroll: usize,
    },
    Help,
    /// Choosing the left edition (first), then the right; `cursor` indexes all editions.
    Picker {
        choosing_right: bool,
        cursor: usize,
        left: usize,
    },
}

/// Which people and organizations the People section shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleFilter {
    pub kind: Option<OrgKind>,
    pub country: Option<String>,
}

#[derive(Debug)]
pub struct App {
    pub content: Arc<Content>,
    /// Indices into every edition of every series, in order.
    pub left: usize,
    pub right: usize,
    pub section: Section,
    pub lang: Lang,
    pub profile: Profile,
    pub theme: Theme,
    pub size: (u16, u16),
    pub places: [Place; 9],
    pub search: Search,
    pub popup: Option<Popup>,
    pub filter: PeopleFilter,
    /// The presentation, while it is on.
    pub deck: Option<Deck>,
    /// Bumped when the content is replaced (live reload), so cached layouts are dropped.
    pub generation: u64,
    /// Why the last save did not load (file:line:col and the message); the content on
    /// screen is the last that did.
    pub banner: Option<String>,
    cache: RefCell<Option<Rc<Layout>>>,
    pub quit: bool,
}

/// A section laid out for the panes: lines, and where each entry's lines are.
pub struct View {
    pub lines: Rc<Vec<PaneLine>>,
    /// For each item row: (row index, first line, last line, matches the search).
    pub items: Vec<(usize, usize, usize, bool)>,
}

/// What a section's layout depends on; the same key, the same layout.
#[derive(Clone, Debug, PartialEq)]
struct LayoutKey {
    section: Section,
    lang: Lang,
    editions: (usize, usize),
    widths: (usize, usize),
    filter: PeopleFilter,
    generation: u64,
}

/// A section laid out once and kept: its lines, its entries' lines, and each entry's
/// text folded for search, so a keystroke only compares strings.
#[derive(Debug)]
struct Layout {
    key: LayoutKey,
    lines: Rc<Vec<PaneLine>>,
    items: Vec<(usize, usize, usize)>,
    folded: Vec<String>,
}

impl App {
    pub fn new(
        content: Arc<Content>,
        left: usize,
        right: usize,
        lang: Lang,
        profile: Profile,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        App {
            content,
            left,
            right,
            section: Section::Overview,
            lang,
            profile,
            theme,
            size,
            places: [Place::default(); 9],
            search: Search::default(),
            popup: None,
            filter: PeopleFilter::default(),
            deck: None,
            generation: 0,
            banner: None,
            cache: RefCell::new(None),
            quit: false,
        }
    }

    pub fn sides(&self) -> (Side<'_>, Side<'_>) {
        let side = |index: usize| {
            let (series, edition) = self
                .content
                .editions()
                .nth(index)
                .expect("edition indices are kept within the content");
            Side { series, edition }
        };
        (side(self.left), side(self.right))
    }

    pub fn edition_count(&self) -> usize {
        self.content.editions().count()
    }

    /// Runs `f` with the comparison and the current section's rows (filtered).
    pub fn with_rows<R>(&self, f: impl FnOnce(&Comparison, &[Row]) -> R) -> R {
        let (left, right) = self.sides();
        let comparison = compare(left, right);
        let mut section_rows = rows(self.section, &comparison, self.lang);
        if self.section == Section::People {
            section_rows.retain(|row| self.keeps(row));
        }
        f(&comparison, &section_rows)
    }

    fn keeps(&self, row: &Row) -> bool {
        let PeopleFilter { kind, country } = &self.filter;
        let org_ok = |o: &crate::content::Org| {
            kind.is_none_or(|k| o.kind == Some(k))
                && country
                    .as_ref()
                    .is_none_or(|c| o.country.as_ref() == Some(c))
        };
        match row {
            Row::Item(_, _, Item::Person(l, r)) => [l, r].into_iter().flatten().any(|p| {
                let org = p.org.as_deref();
                kind.is_none_or(|k| org.and_then(|o| o.kind) == Some(k))
                    && country.as_ref().is_none_or(|c| {
                        p.country.as_ref() == Some(c)
                            || org.and_then(|o| o.country.as_ref()) == Some(c)
                    })
            }),
            Row::Item(_, _, Item::Org(l, r)) => [l, r].into_iter().flatten().any(|o| org_ok(o)),
            _ => true,
        }
    }

    pub fn screen(&self) -> Option<Screen> {
        Screen::new(self.size.0, self.size.1)
    }

    /// The current section laid out for the panes at the current size.
    pub fn view(&self) -> View {
        let layout = self.layout();
        let query = fold(&self.search.query);
        let items = layout
            .items
            .iter()
            .zip(&layout.folded)
            .map(|(&(row, first, last), text)| {
                (row, first, last, !query.is_empty() && text.contains(&query))
            })
            .collect();
        View {
            lines: Rc::clone(&layout.lines),
            items,
        }
    }

    fn layout(&self) -> Rc<Layout> {
        let widths = self.screen().map_or((38, 38), |s| s.pane_text_width());
        let key = LayoutKey {
            section: self.section,
            lang: self.lang,
            editions: (self.left, self.right),
            widths,
            filter: self.filter.clone(),
            generation: self.generation,
        };
        if let Some(layout) = self.cache.borrow().as_ref().filter(|l| l.key == key) {
            return Rc::clone(layout);
        }
        let layout = Rc::new(self.with_rows(|_, section_rows| {
            let lines = pane_lines(section_rows, widths.0, widths.1, &self.profile);
            // First and last line of every row, in one pass over the lines.
            let mut spans: Vec<Option<(usize, usize)>> = vec![None; section_rows.len()];
            for (n, line) in lines.iter().enumerate() {
                let span = &mut spans[line.row];
                *span = Some(span.map_or((n, n), |(first, _)| (first, n)));
            }
            let mut items = Vec::new();
            let mut folded = Vec::new();
            for (index, row) in section_rows.iter().enumerate() {
                if let (Row::Item(..), Some((first, last))) = (row, spans[index]) {
                    items.push((index, first, last));
                    folded.push(search_text(row));
                }
            }
            Layout {
                key,
                lines: Rc::new(lines),
                items,
                folded,
            }
        }));
        *self.cache.borrow_mut() = Some(Rc::clone(&layout));
        layout
    }

    pub fn place(&self) -> Place {
        self.places[self.section_index()]
    }

    fn section_index(&self) -> usize {
        Section::ALL
            .iter()
            .position(|s| *s == self.section)
            .unwrap_or(0)
    }

    fn page(&self) -> usize {
        self.screen().map_or(10, |s| s.page())
    }

    pub fn update(&mut self, action: Action) {
        if let Action::Resize(w, h) = action {
            self.size = (w, h);
            let view = self.view();
            self.keep_visible(&view);
            return;
        }
        if self.deck.is_some() {
            return self.update_deck(action);
        }
        if self.search.editing {
            return self.update_search(action);
        }
        match self.popup.clone() {
            Some(Popup::Detail { scroll }) => return self.update_detail(action, scroll),
            Some(Popup::Help) => {
                if matches!(
                    action,
                    Action::Close | Action::Help | Action::Quit | Action::Open
                ) {
                    self.popup = None;
                }
                return;
            }
            Some(Popup::Picker {
                choosing_right,
                cursor,
                left,
            }) => return self.update_picker(action, choosing_right, cursor, left),
            None => {}
        }
        let view = self.view();
        let count = view.items.len();
        let i = self.section_index();
        match action {
            Action::Quit => self.quit = true,
            Action::NextSection => self.go(Section::ALL[(i + 1) % 9]),
            Action::PrevSection => self.go(Section::ALL[(i + 8) % 9]),
            Action::Section(s) => self.go(s),
            Action::Down if count > 0 => {
                self.select(&view, (self.place().selected + 1).min(count - 1))
            }
            Action::Up if count > 0 => self.select(&view, self.place().selected.saturating_sub(1)),
            Action::Down | Action::Scroll(1..) => self.scroll_by(&view, 1),
            Action::Up => self.scroll_by(&view, -1),
            Action::Scroll(n) => self.scroll_by(&view, n as isize),
            Action::PageDown => self.scroll_by(&view, self.page() as isize),
            Action::PageUp => self.scroll_by(&view, -(self.page() as isize)),
            Action::Top => {
                self.places[i] = Place::default();
            }
            Action::Bottom => {
                let last = count.saturating_sub(1);
                self.places[i].selected = last;
                self.places[i].scroll = view.lines.len().saturating_sub(self.page());
            }
            Action::Click(x, y) => {
                if y == 1
                    && let Some(s) = tab_at(x, self.section, self.lang, self.size.0, &self.profile)
                {
                    self.go(s);
                }
            }
            Action::StartSearch => {
                self.search = Search {
                    query: String::new(),
                    editing: true,
                };
            }
            Action::SearchClear | Action::Close => self.search = Search::default(),
            Action::NextMatch => self.jump_to_match(&view, true),
            Action::PrevMatch => self.jump_to_match(&view, false),
            Action::Open if count > 0 => self.popup = Some(Popup::Detail { scroll: 0 }),
            Action::Swap => std::mem::swap(&mut self.left, &mut self.right),
            Action::OpenPicker => {
                self.popup = Some(Popup::Picker {
                    choosing_right: false,
                    cursor: self.left,
                    left: self.left,
                })
            }
            Action::ToggleLang => {
                self.lang = self.lang.other();
                let view = self.view();
                self.keep_visible(&view);
            }
            Action::Help => self.popup = Some(Popup::Help),
            Action::Present => self.present(&[], false),
            Action::FilterKind if self.section == Section::People => self.cycle_kind(),
            Action::FilterCountry if self.section == Section::People => self.cycle_country(),
            _ => {}
        }
    }

    /// New content from a save that loaded: the same editions (by id) where they still
    /// exist, the same section, selection and scroll.
    pub fn replace_content(&mut self, content: Content) {
        let id_of = |content: &Content, index: usize| {
            content.editions().nth(index).map(|(_, e)| e.id.clone())
        };
        let (left, right) = (
            id_of(&self.content, self.left),
            id_of(&self.content, self.right),
        );
        let index_of = |id: Option<crate::content::EditionId>, fallback: usize| {
            id.and_then(|id| content.editions().position(|(_, e)| e.id == id))
                .unwrap_or(fallback.min(content.editions().count().saturating_sub(1)))
        };
        self.left = index_of(left, self.left);
        self.right = index_of(right, self.right);
        self.content = Arc::new(content);
        self.generation += 1;
        self.banner = None;
        let view = self.view();
        self.keep_visible(&view);
    }

    /// Starts the presentation on the current editions, with the kinds of slide given.
    pub fn present(&mut self, only: &[SlideKind], standalone: bool) {
        let (left, right) = self.sides();
        let slides = deck(&compare(left, right), only);
        self.deck = Some(Deck::new(slides, standalone));
    }

    fn update_deck(&mut self, action: Action) {
        let Some(deck) = self.deck.as_mut() else {
            return;
        };
        if deck.help {
            if matches!(action, Action::Help | Action::Close | Action::Quit) {
                deck.help = false;
            }
            return;
        }
        match action {
            Action::SlideNext => deck.next(),
            Action::SlidePrevious => deck.previous(),
            Action::SlideFirst => deck.index = 0,
            Action::SlideLast => deck.index = deck.slides.len().saturating_sub(1),
            Action::SlideDigit(d) => deck.jump.push(d),
            Action::SlideJump => deck.jump(),
            Action::SlideBlank => deck.blank = !deck.blank,
            Action::SlideClock => deck.clock = !deck.clock,
            Action::Help => deck.help = true,
            Action::ToggleLang => self.lang = self.lang.other(),
            Action::Resize(w, h) => self.size = (w, h),
            Action::Close | Action::Quit => {
                if deck.standalone {
                    self.quit = true;
                }
                self.deck = None;
            }
            _ => {}
        }
    }

    fn go(&mut self, section: Section) {
        self.section = section;
    }

    fn select(&mut self, view: &View, selected: usize) {
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
        let (_, first, last, _) = view.items[place.selected];
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
        let on_screen = |(_, first, last, _): &(usize, usize, usize, bool)| {
            visible.contains(first) || visible.contains(last)
        };
        if view
            .items
            .get(place.selected)
            .is_some_and(|item| !on_screen(item))
            && let Some(k) = view.items.iter().position(on_screen)
        {
            place.selected = k;
        }
    }

    fn jump_to_match(&mut self, view: &View, forward: bool) {
        let count = view.items.len();
        if count == 0 {
            return;
        }
        let from = self.place().selected;
        let order: Vec<usize> = if forward {
            (1..=count).map(|k| (from + k) % count).collect()
        } else {
            (1..=count).map(|k| (from + count - k) % count).collect()
        };
        if let Some(k) = order.into_iter().find(|k| view.items[*k].3) {
            self.select(view, k);
        }
    }

    fn update_search(&mut self, action: Action) {
        match action {
            Action::SearchInput(c) => self.search.query.push(c),
            Action::SearchBackspace => {
                self.search.query.pop();
            }
            Action::SearchKeep => {
                self.search.editing = false;
                return;
            }
            Action::SearchClear | Action::Close => {
                self.search = Search::default();
                return;
            }
            _ => return,
        }
        // As the reader types, the first match from the top is brought into view.
        let view = self.view();
        if let Some(k) = view.items.iter().position(|item| item.3) {
            self.select(&view, k);
        }
    }

    fn update_detail(&mut self, action: Action, scroll: usize) {
        self.popup = match action {
            Action::Close | Action::Open | Action::Quit => None,
            Action::Down | Action::Scroll(1..) => Some(Popup::Detail { scroll: scroll + 1 }),
            Action::PageDown => Some(Popup::Detail {
                scroll: scroll + self.page(),
            }),
            Action::Up | Action::Scroll(..=-1) => Some(Popup::Detail {
                scroll: scroll.saturating_sub(1),
            }),
            Action::PageUp => Some(Popup::Detail {
                scroll: scroll.saturating_sub(self.page()),
            }),
            Action::Top => Some(Popup::Detail { scroll: 0 }),
            _ => Some(Popup::Detail { scroll }),
        };
    }

    fn update_picker(&mut self, action: Action, choosing_right: bool, cursor: usize, left: usize) {
        let count = self.edition_count();
        self.popup = match action {
            Action::Close | Action::Quit => None,
            Action::Down => Some(Popup::Picker {
                choosing_right,
                cursor: (cursor + 1).min(count - 1),
                left,
            }),
            Action::Up => Some(Popup::Picker {
                choosing_right,
                cursor: cursor.saturating_sub(1),
                left,
            }),
            Action::Open if !choosing_right => Some(Popup::Picker {
                choosing_right: true,
                cursor: self.right,
                left: cursor,
            }),
            Action::Open => {
                self.left = left;
                self.right = cursor;
                self.places = [Place::default(); 9];
                None
            }
            _ => Some(Popup::Picker {
                choosing_right,
                cursor,
                left,
            }),
        };
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

    /// The selected entry's row index in the section, if any.
    pub fn selected_row(&self, view: &View) -> Option<usize> {
        view.items.get(self.place().selected).map(|item| item.0)
    }
}
