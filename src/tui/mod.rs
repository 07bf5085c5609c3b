//! The explorer: two panes, one per edition, rows aligned, in a full-screen terminal app.

pub mod action;
pub mod app;
pub mod console_layout;
pub mod deck;
mod draw;
pub mod keymap;
pub mod keys;
mod noted;
pub mod screen;
pub mod search;
pub mod shell;
mod signals;
mod terminal;
pub mod theme;
mod tty;
mod watch;

pub use draw::draw;

use crate::content::{Diagnostic, EditionId, Library};
use crate::i18n::Lang;
use crate::present::SlideKind;
use crate::text::Profile;
use app::{App, Effects};
use shell::{Shell, Surroundings};
use theme::Theme;

/// What the screen opens on.
pub enum Start {
    Explorer,
    /// `confer present`: the slides of these kinds (all when empty); leaving them quits.
    Slides(Vec<SlideKind>),
    /// `confer present --deck`: a talk, on the audience screen or in the presenter's
    /// console, in its room (none when it could not be joined: `trouble` says why).
    Talk {
        talk: Box<crate::talk::Talk>,
        only: Vec<SlideKind>,
        presenter: bool,
        room: Option<crate::present::room::Room>,
        trouble: Option<String>,
    },
}

/// How the reader asked the explorer to be.
pub struct Options {
    pub lang: Lang,
    pub theme: Theme,
    pub keys: keymap::KeyMap,
    pub start: Start,
    /// The content folder to reload on save.
    pub watch: Option<std::path::PathBuf>,
    /// Whether to reload a talk's deck on save (`--watch`).
    pub watch_deck: bool,
}

/// Why the explorer could not run; the terminal is restored either way.
#[derive(Debug)]
pub enum ExploreError {
    /// An edition to show has errors: they are printed once the screen is closed.
    Content(Box<Library>, Vec<Diagnostic>),
    /// Raw mode or the alternate screen could not be entered.
    Open(std::io::Error),
    /// Reading events or drawing failed.
    Run(std::io::Error),
}

impl ExploreError {
    /// Said in the reader's language (the system's errors inside in its own words).
    pub fn said(&self, lang: Lang) -> String {
        let words = &lang.words().problems;
        match self {
            ExploreError::Content(_, errors) => (words.explore_content)(errors.len()),
            ExploreError::Open(e) => (words.terminal_not_opened)(&e.to_string()),
            ExploreError::Run(e) => (words.terminal_failed)(&e.to_string()),
        }
    }
}

impl std::fmt::Display for ExploreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl std::error::Error for ExploreError {}

/// Opens the explorer on two editions (positions from `editions::indices`). They are read
/// while the terminal answers the questions `profile_of` asks it (`profile_of` runs the
/// work it is given once, between asking and reading the answers): the terminal and the
/// processor each work while the other would wait, on one thread.
pub fn explore(
    mut library: Library,
    (left, right): (usize, usize),
    options: Options,
    profile_of: impl FnOnce(&mut dyn FnMut()) -> Profile,
) -> Result<(), ExploreError> {
    let shown: Vec<EditionId> = [left, right]
        .into_iter()
        .filter_map(|at| library.index.get(at).map(|e| e.id.clone()))
        .collect();
    let signals = match terminal::enter() {
        Ok(signals) => signals,
        Err(e) => {
            terminal::restore();
            return Err(ExploreError::Open(e));
        }
    };
    // While the probe's answers travel: the editions shown read, and the screen's buffers
    // made (fresh memory, faulted in as they are filled), neither needing the answers.
    let (mut read, mut made) = (None, None);
    let profile = profile_of(&mut || {
        read = Some(library.read(&shown));
        made = Some(terminal::screen());
    });
    let errors = read.unwrap_or_else(|| library.read(&shown));
    if !errors.is_empty() {
        terminal::restore();
        return Err(ExploreError::Content(Box::new(library), errors));
    }
    let screen = match made.unwrap_or_else(terminal::screen) {
        Ok(screen) => screen,
        Err(e) => {
            terminal::restore();
            return Err(ExploreError::Open(e));
        }
    };
    let size = screen.size();
    let Options {
        lang,
        theme,
        keys,
        start,
        watch,
        watch_deck,
    } = options;
    let mut app = App::new(library, left, right, lang, profile, theme, size).with_keymap(keys);
    app.banner = app.left_out_banner();
    let mut around = Surroundings {
        content: watch,
        ..Default::default()
    };
    // What the app asks before the loop begins is done once the first frame is out.
    let first = begin(&mut app, start, watch_deck, &mut around);
    let result = terminal::run(&mut app, screen, signals, Shell::new(around), first);
    terminal::restore();
    result.map_err(ExploreError::Run)
}

/// Where the explorer starts (browsing, the slides, a talk's screen or its console), and
/// what that asks of the shell once the first frame is out.
fn begin(app: &mut App, start: Start, watch_deck: bool, around: &mut Surroundings) -> Effects {
    match start {
        Start::Explorer => Effects::new(),
        Start::Slides(only) => app.present(&only, true),
        Start::Talk {
            talk,
            only,
            presenter,
            room: joined,
            trouble,
        } => {
            around.room = joined;
            if watch_deck {
                around.deck = Some(talk.path.clone());
            }
            let first = if presenter {
                app.present_console(*talk, &only)
            } else {
                app.present_talk(*talk, &only, true)
            };
            if let Some(trouble) = trouble {
                app.banner = Some(app::Banner {
                    kind: app::BannerKind::Alone,
                    detail: trouble.into(),
                });
            }
            first
        }
    }
}
