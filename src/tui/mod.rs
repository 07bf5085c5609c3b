//! The explorer: two panes, one per edition, rows aligned, in a full-screen terminal app.

pub mod app;
pub mod deck;
mod draw;
pub mod keymap;
pub mod keys;
pub mod screen;
pub mod search;
mod terminal;
pub mod theme;

pub use draw::draw;

use std::sync::Arc;

use crate::content::Content;
use crate::i18n::Lang;
use crate::present::SlideKind;
use crate::text::Profile;
use app::App;
use theme::Theme;

/// What the screen opens on.
pub enum Start {
    Explorer,
    /// `confer present`: the slides of these kinds (all when empty); leaving them quits.
    Slides(Vec<SlideKind>),
}

/// How the reader asked the explorer to be.
pub struct Options {
    pub lang: Lang,
    pub theme: Theme,
    pub keys: keymap::KeyMap,
    pub start: Start,
    /// The content folder to reload on save.
    pub watch: Option<std::path::PathBuf>,
}

/// Why the explorer could not run; the terminal is restored either way.
#[derive(Debug)]
pub enum ExploreError {
    /// Raw mode or the alternate screen could not be entered.
    Open(std::io::Error),
    /// Reading events or drawing failed.
    Run(std::io::Error),
}

impl std::fmt::Display for ExploreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExploreError::Open(e) => write!(f, "cannot open the terminal: {e}"),
            ExploreError::Run(e) => write!(f, "terminal error: {e}"),
        }
    }
}

impl std::error::Error for ExploreError {}

/// Opens the explorer on two editions (indices from `editions::indices`). `profile_of`
/// measures the terminal once it is in raw mode, before the first frame.
pub fn explore(
    content: Content,
    (left, right): (usize, usize),
    options: Options,
    profile_of: impl FnOnce() -> Profile,
) -> Result<(), ExploreError> {
    terminal::enter().map_err(ExploreError::Open)?;
    let profile = profile_of();
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let Options {
        lang,
        theme,
        keys,
        start,
        watch,
    } = options;
    let mut app =
        App::new(Arc::new(content), left, right, lang, profile, theme, size).with_keymap(keys);
    if let Start::Slides(only) = start {
        app.present(&only, true);
    }
    let result = terminal::run(&mut app, watch);
    terminal::restore();
    result.map_err(ExploreError::Run)
}
