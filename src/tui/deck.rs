//! The presentation's state: the pages and which one is shown, blanked or not, the clock,
//! a slide number being typed. Changed only by `App::update`, like the rest of the explorer.

use std::time::Instant;

use crate::present::room::Position;
use crate::present::{Page, SlideKind, same_place};
use crate::talk::Talk;

#[derive(Clone, Debug)]
pub struct Deck {
    /// The deck at the screen's size: built again (`Deck::repage`) when that changes.
    pub pages: Vec<Page>,
    pub index: usize,
    /// The talk the deck follows, if any (its own slides, its order, its notes).
    pub talk: Option<Talk>,
    /// The kinds of slide asked for (`--only`); all when empty.
    pub only: Vec<SlideKind>,
    /// The screen is blank (`b`), to turn the room's eyes to the speaker.
    pub blank: bool,
    /// Time elapsed since the start is shown (`t`).
    pub clock: bool,
    pub started: Instant,
    /// Digits typed before Enter, to jump to a page.
    pub jump: String,
    pub help: bool,
    /// Started with `confer present`: leaving the deck quits.
    pub standalone: bool,
    /// The presenter's console (`--presenter`): the notes, the next slide and the time are
    /// drawn instead of the slide.
    pub console: bool,
}

impl Deck {
    pub fn new(
        pages: Vec<Page>,
        talk: Option<Talk>,
        only: Vec<SlideKind>,
        standalone: bool,
    ) -> Deck {
        Deck {
            pages,
            index: 0,
            talk,
            only,
            blank: false,
            clock: false,
            started: Instant::now(),
            jump: String::new(),
            help: false,
            standalone,
            console: false,
        }
    }

    /// The page on screen.
    pub fn page(&self) -> Option<&Page> {
        self.pages.get(self.index)
    }

    /// The page after the one on screen, for the presenter's console.
    pub fn next_page(&self) -> Option<&Page> {
        self.pages.get(self.index + 1)
    }

    /// The talk's `[[slides]]` entry the page on screen comes from (its notes are the
    /// presenter's, never the room's).
    pub fn talk_slide(&self) -> Option<usize> {
        self.page().and_then(|p| p.talk_slide)
    }

    /// Pages built again (a new size or language), the reader kept on the same slide.
    pub fn repage(&mut self, pages: Vec<Page>) {
        self.index = same_place(&self.pages, self.index, &pages);
        self.pages = pages;
    }

    pub fn next(&mut self) {
        self.index = (self.index + 1).min(self.pages.len().saturating_sub(1));
    }

    pub fn previous(&mut self) {
        self.index = self.index.saturating_sub(1);
    }

    /// Jumps to the page typed (1-based); an out-of-range number goes to the nearest end.
    pub fn jump(&mut self) {
        if let Ok(n) = self.jump.parse::<usize>() {
            self.index = n.clamp(1, self.pages.len().max(1)) - 1;
        }
        self.jump.clear();
    }

    /// Where the reader is, in terms every screen of the deck shares: the slide (counted
    /// without its continuation pages, which depend on each screen's size), the page within
    /// it, and whether the screen is blanked.
    pub fn place(&self) -> Position {
        let shown = self.pages.get(..=self.index).unwrap_or_default();
        Position {
            index: shown
                .iter()
                .filter(|p| p.part == 0)
                .count()
                .saturating_sub(1),
            part: self.page().map_or(0, |p| p.part),
            blank: self.blank,
        }
    }

    /// Goes to a place another screen is at: its slide, the same page of it or this
    /// screen's last (a smaller screen cuts a slide into fewer pages), or the last slide
    /// when this deck has fewer (the file changed between the two starts).
    pub fn go(&mut self, to: Position) {
        let starts: Vec<usize> = self
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.part == 0)
            .map(|(i, _)| i)
            .collect();
        if let Some(&start) = starts.get(to.index).or(starts.last()) {
            let parts = self.pages[start].parts.max(1);
            self.index = start + to.part.min(parts - 1);
        }
        self.blank = to.blank;
        self.jump.clear();
    }
}
