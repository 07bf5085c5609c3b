//! The explorer: two panes, one per edition, rows aligned, in a full-screen terminal app.

pub mod app;
pub mod deck;
mod draw;
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

/// Opens the explorer on two editions (indices from `editions::indices`). `profile_of` measures the
/// terminal once it is in raw mode, before the first frame.
/// What the screen opens on.
pub enum Start {
    Explorer,
    /// `confer present`: the slides of these kinds (all when empty); leaving them quits.
    Slides(Vec<SlideKind>),
}

pub fn explore(
    content: Content,
    (left, right): (usize, usize),
    lang: Lang,
    theme: Theme,
    start: Start,
    watch: Option<std::path::PathBuf>,
    profile_of: impl FnOnce() -> Profile,
) -> Result<(), String> {
    terminal::enter().map_err(|e| format!("cannot open the terminal: {e}"))?;
    let profile = profile_of();
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(Arc::new(content), left, right, lang, profile, theme, size);
    if let Start::Slides(only) = start {
        app.present(&only, true);
    }
    let result = terminal::run(&mut app, watch);
    terminal::restore();
    result.map_err(|e| format!("terminal error: {e}"))
}
