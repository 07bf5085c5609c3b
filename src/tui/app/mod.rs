//! The explorer's state: the editions, the section and place in each, the search, and the
//! one mode the reader is in. `update` (in update.rs) takes an action, does no IO, and
//! returns what IO should follow (`Effect`), which the shell does: tests drive the explorer
//! with actions, through the same shell as the event loop.

mod banner;
mod detail;
mod effect;
mod find;
mod layout;
mod picker;
mod places;
mod reading;
mod series;
mod slides;
mod update;
pub use super::action::Action;
pub use banner::{Banner, BannerKind, Detail, Unwatched, WhyUnwatched};
pub use effect::{Effect, Effects};
pub use layout::{ItemLines, View};
pub use picker::{PickerLine, picker_lines, same_year_elsewhere};
pub use reading::said;
pub use series::{Loaded as LoadedSeries, SeriesPane};

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::compare::Side;
use crate::content::{Library, OrgKind};
use crate::i18n::Lang;
use ratatui::layout::Rect;

use crate::rows::{PaneLine, Row, Section};
use crate::text::Profile;

use super::deck::Deck;
use super::keymap::{KeyMap, KeyMode};
use super::screen::{Screen, inside};
use super::theme::Theme;
use layout::{DetailKey, Layout};

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
    /// Whether the series models had been read, the left and the right edition's (the series
    /// slide says so until they are).
    pub series_read: (bool, bool),
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
        lines.extend(self.keymap.popup_help(KeyMode::Browse, self.lang));
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
