//! The explorer's state: the editions, the section and place in each, the search, and the
//! one mode the reader is in. `update` (in update.rs) takes an action and does no IO, so
//! tests drive the explorer with actions alone.

mod banner;
mod detail;
mod find;
mod series;
mod slides;
mod update;
pub use banner::{Banner, BannerKind};
pub use series::{Loaded as LoadedSeries, SeriesPane};
pub use update::said;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::compare::{Comparison, Side, compare};
use crate::content::{Library, OrgKind};
use crate::i18n::Lang;
use ratatui::layout::Rect;

use crate::rows::{Item, PaneLine, Row, Section, pane_lines, rows};
use crate::text::Profile;

use super::deck::Deck;
use super::keymap::{KeyMap, KeyMode};
use super::screen::{Screen, inside};
use super::theme::Theme;

/// What the reader asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Ctrl-C: leave confer, from any mode.
    Quit,
    /// `q`: close what is open; quit from browsing.
    Leave,
    /// Esc: close what is open; clear a search.
    Close,
    NextSection,
    PrevSection,
    Section(Section),
    /// `0`: the series view.
    Series,
    /// `[` and `]` on a chart row of the series view: that edition on the left or right.
    CompareLeft,
    CompareRight,
    Down,
    Up,
    HalfPageDown,
    HalfPageUp,
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
    Swap,
    OpenPicker,
    ToggleLang,
    Help,
    FilterKind,
    FilterCountry,
    /// `m` in the Timeline: side by side, or both on one date axis.
    TimelineAxis,
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
    /// Another screen of the talk (the console or an audience screen) moved here.
    SlideFollow(crate::present::room::Position),
    /// How many pages the audience's screens of the talk cut each slide into (slide, pages),
    /// so that moving here steps through every page the audience sees.
    SlidePagesElsewhere(Vec<(usize, usize)>),
    /// The talk's clock started then: the first screen of the room's start.
    SlideStartedAt(std::time::SystemTime),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Index of the selected entry among the section's item rows.
    pub selected: usize,
    /// First line shown.
    pub scroll: usize,
}

/// What the reader is doing: exactly one of these at a time.
#[derive(Clone, Debug)]
pub enum Mode {
    Browse,
    /// Typing a search (the query is in `App::query`).
    Search,
    /// Every field of the selected entry.
    Detail {
        scroll: usize,
    },
    /// Every edition the selected person or organization of the series view appears in.
    Appearances {
        scroll: usize,
    },
    /// The keys.
    Help {
        scroll: usize,
    },
    /// Choosing the left edition (first), then the right; `cursor` indexes all editions.
    Picker {
        choosing_right: bool,
        cursor: usize,
        left: usize,
    },
    Slides(Box<Deck>),
}

impl Mode {
    /// Which keys mean what in this mode.
    pub fn keys(&self) -> KeyMode {
        match self {
            Mode::Browse => KeyMode::Browse,
            Mode::Search => KeyMode::Search,
            Mode::Detail { .. } | Mode::Appearances { .. } => KeyMode::Detail,
            Mode::Help { .. } => KeyMode::Help,
            Mode::Picker { .. } => KeyMode::Picker,
            Mode::Slides(deck) if deck.help => KeyMode::SlideHelp,
            Mode::Slides(_) => KeyMode::Slides,
        }
    }
}

/// Which people and organizations the People section shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleFilter {
    pub kind: Option<OrgKind>,
    pub country: Option<String>,
}

/// What the app asks of the shell, which does the reading (the app does no IO).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Read the editions at these positions of the index, then call `App::shown`.
    Show { left: usize, right: usize },
    /// Read every edition of a series into its model, then call `App::series_read`.
    ReadSeries { series: String, generation: u64 },
}

#[derive(Debug)]
pub struct App {
    /// The content: the index of every edition, and those read whole so far.
    pub library: Library,
    /// Positions in the index (every edition of every series, in order).
    pub left: usize,
    pub right: usize,
    pub section: Section,
    /// The series view, over the sections while it is open.
    pub series: SeriesPane,
    pub lang: Lang,
    pub profile: Profile,
    pub theme: Theme,
    pub keymap: Arc<KeyMap>,
    pub size: (u16, u16),
    pub places: [Place; Section::ALL.len()],
    /// The search query: typed in `Mode::Search`, kept after it.
    pub query: String,
    pub mode: Mode,
    pub filter: PeopleFilter,
    /// The timeline on one date axis (`m`) rather than each edition's in its column.
    pub timeline_merged: bool,
    /// Bumped when the content is replaced (live reload), so cached layouts are dropped.
    pub generation: u64,
    /// A problem worth a line above the footer until it is mended.
    pub banner: Option<Banner>,
    /// The check of the rest of the folder, while it runs: editions judged, of how many.
    pub checking: Option<(usize, usize)>,
    /// Asked of the shell by the last update, not yet done.
    pub request: Option<Request>,
    cache: RefCell<Option<Rc<Layout>>>,
    /// Every section's entries folded for search, built at the first search.
    index: RefCell<Option<Rc<find::SearchIndex>>>,
    /// The last query's matches in every section, with the index they were found in.
    found: RefCell<Option<find::Found>>,
    /// The detail popup's lines, for the entry and popup width they were laid out for.
    detail_cache: RefCell<Option<(DetailKey, Rc<Vec<PaneLine>>)>>,
    /// The slide on screen, drawn once: frames that only move the clock copy it.
    pub(crate) slide_cache: RefCell<Option<(SlideKey, ratatui::buffer::Buffer)>>,
    pub quit: bool,
}

/// A filter can empty a group: its heading goes too, so that no heading stands over nothing.
fn without_empty_groups(rows: Vec<Row<'_>>) -> Vec<Row<'_>> {
    let mut kept: Vec<Row> = Vec::with_capacity(rows.len());
    let mut pending: Option<Row> = None;
    for row in rows {
        match row {
            Row::Subheading(_) => pending = Some(row),
            Row::Item(..) | Row::Pair(..) => {
                kept.extend(pending.take());
                kept.push(row);
            }
            other => {
                pending = None;
                kept.push(other);
            }
        }
    }
    kept
}

/// Where one entry of a section stands in its laid-out lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemLines {
    /// Its row among the section's rows.
    pub row: usize,
    pub first: usize,
    pub last: usize,
    /// It matches the search.
    pub matches: bool,
}

/// A section laid out for the panes: lines, and where each entry's lines are.
pub struct View {
    pub lines: Rc<Vec<PaneLine>>,
    pub items: Vec<ItemLines>,
}

/// What the detail popup's lines depend on: the section's layout, the entry, the width.
type DetailKey = (LayoutKey, usize, u16);

/// What a drawn slide depends on; the same key, the same picture.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SlideKey {
    /// The page shown: its slide and which part of it.
    pub page: crate::present::Page,
    /// The room's page of the slide and how many it has (the title's "2/3"), which can
    /// change while this screen shows the same page of its own.
    pub room_page: (usize, usize),
    pub lang: Lang,
    pub size: (u16, u16),
    pub editions: (usize, usize),
    pub generation: u64,
    pub theme: Theme,
    /// Whether the series model had been read (the series slide says so until it is).
    pub series_read: bool,
}

/// What a section's layout depends on; the same key, the same layout.
#[derive(Clone, Debug, PartialEq)]
struct LayoutKey {
    section: Section,
    lang: Lang,
    editions: (usize, usize),
    timeline_merged: bool,
    widths: (usize, usize),
    filter: PeopleFilter,
    generation: u64,
}

/// A section laid out once and kept: its lines and its entries' lines.
#[derive(Debug)]
struct Layout {
    key: LayoutKey,
    lines: Rc<Vec<PaneLine>>,
    items: Vec<ItemLines>,
}

impl App {
    pub fn new(
        library: Library,
        left: usize,
        right: usize,
        lang: Lang,
        profile: Profile,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        App {
            library,
            left,
            right,
            section: Section::Overview,
            series: SeriesPane::default(),
            lang,
            profile,
            theme,
            keymap: Arc::new(KeyMap::default()),
            size,
            places: [Place::default(); Section::ALL.len()],
            query: String::new(),
            mode: Mode::Browse,
            filter: PeopleFilter::default(),
            timeline_merged: false,
            generation: 0,
            banner: None,
            checking: None,
            request: None,
            cache: RefCell::new(None),
            index: RefCell::new(None),
            found: RefCell::new(None),
            detail_cache: RefCell::new(None),
            slide_cache: RefCell::new(None),
            quit: false,
        }
    }

    /// The key bindings in force (the config file's `[keys]`, or the defaults).
    pub fn with_keymap(mut self, keymap: KeyMap) -> App {
        self.keymap = Arc::new(keymap);
        self
    }

    /// The slides, while they are on.
    pub fn deck(&self) -> Option<&Deck> {
        match &self.mode {
            Mode::Slides(deck) => Some(deck),
            _ => None,
        }
    }

    /// The two editions shown. They are read whole before they are shown (`App::show`).
    pub fn sides(&self) -> (Side<'_>, Side<'_>) {
        let side = |at: usize| {
            let (series, edition) = self
                .library
                .index
                .get(at)
                .and_then(|e| self.library.edition(&e.id))
                .expect("the editions shown are read before they are shown");
            Side { series, edition }
        };
        (side(self.left), side(self.right))
    }

    pub fn edition_count(&self) -> usize {
        self.library.index.len()
    }

    /// Runs `f` with the comparison and the current section's rows (filtered).
    pub fn with_rows<R>(&self, f: impl FnOnce(&Comparison, &[Row]) -> R) -> R {
        self.with_section_rows(self.section, f)
    }

    /// Runs `f` with the comparison and a section's rows (filtered).
    fn with_section_rows<R>(
        &self,
        section: Section,
        f: impl FnOnce(&Comparison, &[Row]) -> R,
    ) -> R {
        let (left, right) = self.sides();
        let comparison = compare(left, right);
        let section_rows = self.section_rows(section, &comparison);
        f(&comparison, &section_rows)
    }

    /// A section's rows as the reader sees them: the People filter applied, the timeline on
    /// the axis chosen.
    fn section_rows<'c>(&self, section: Section, comparison: &'c Comparison<'c>) -> Vec<Row<'c>> {
        if section == Section::Timeline && self.timeline_merged {
            return crate::rows::merged_timeline(comparison, self.lang);
        }
        let mut section_rows = rows(section, comparison, self.lang);
        if section == Section::People && self.filter != PeopleFilter::default() {
            section_rows.retain(|row| self.keeps(row));
            section_rows = without_empty_groups(section_rows);
            // A filter that keeps nothing says so, rather than leaving a blank screen.
            if !section_rows.iter().any(|row| matches!(row, Row::Item(..))) {
                let none = self.lang.words().explorer.nothing_matches;
                let said = vec![crate::rows::Para::new(none, crate::rows::Tone::Dim)];
                section_rows.push(Row::Pair(said, Vec::new()));
            }
        }
        section_rows
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
        let (width, height) = self.size;
        let margins = self.theme.margins(Rect::new(0, 0, width, height));
        let screen = Screen::inset(width, height, margins)?;
        Some(if self.banner.is_some() {
            screen.with_banner()
        } else {
            screen
        })
    }

    /// The current section laid out for the panes at the current size.
    pub fn view(&self) -> View {
        let layout = self.layout();
        let matched = self.matches_in(self.section);
        let items = layout
            .items
            .iter()
            .enumerate()
            .map(|(k, item)| ItemLines {
                matches: matched.binary_search(&k).is_ok(),
                ..*item
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
            timeline_merged: self.timeline_merged,
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
            for (index, row) in section_rows.iter().enumerate() {
                if let (Row::Item(..), Some((first, last))) = (row, spans[index]) {
                    items.push(ItemLines {
                        row: index,
                        first,
                        last,
                        matches: false,
                    });
                }
            }
            Layout {
                key,
                lines: Rc::new(lines),
                items,
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

    /// The lines of the detail popup for the selected entry, at the popup's width.
    /// The explorer's help: browsing, typing a search, and each popup, under headings
    /// (lines without keys).
    pub fn help_lines(&self) -> Vec<(String, &'static str)> {
        let words = &self.lang.words().explorer;
        let mut lines = Vec::new();
        // Where the language heads every group, the first too, so that it is not read as
        // the title's.
        if let Some(heading) = words.browse_mode {
            lines.push((String::new(), heading));
        }
        lines.extend(self.keymap.help(KeyMode::Browse, self.lang));
        for (mode, title) in [
            (KeyMode::Search, words.search_mode),
            (KeyMode::Detail, words.detail_mode),
            (KeyMode::Picker, words.picker_mode),
            (KeyMode::Help, words.help_mode),
        ] {
            lines.push((String::new(), ""));
            lines.push((String::new(), title));
            lines.extend(self.keymap.help(mode, self.lang));
        }
        lines
    }

    /// How far a popup of `lines` lines in `area` can scroll.
    pub fn last_scroll(&self, lines: usize, popup: Rect) -> usize {
        lines.saturating_sub(usize::from(inside(popup).height))
    }

    /// The selected entry's row index in the section, if any.
    pub fn selected_row(&self, view: &View) -> Option<usize> {
        view.items.get(self.place().selected).map(|item| item.row)
    }
}
