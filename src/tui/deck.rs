//! The presentation's state: which slide, blanked or not, the clock, a slide number being
//! typed. Changed only by `App::update`, like the rest of the explorer.

use std::time::Instant;

use crate::present::Slide;

#[derive(Clone, Debug)]
pub struct Deck {
    pub slides: Vec<Slide>,
    pub index: usize,
    /// The screen is blank (`b`), to turn the room's eyes to the speaker.
    pub blank: bool,
    /// Time elapsed since the start is shown (`t`).
    pub clock: bool,
    pub started: Instant,
    /// Digits typed before Enter, to jump to a slide.
    pub jump: String,
    pub help: bool,
    /// Started with `confer present`: leaving the deck quits.
    pub standalone: bool,
}

impl Deck {
    pub fn new(slides: Vec<Slide>, standalone: bool) -> Deck {
        Deck {
            slides,
            index: 0,
            blank: false,
            clock: false,
            started: Instant::now(),
            jump: String::new(),
            help: false,
            standalone,
        }
    }

    pub fn slide(&self) -> Option<Slide> {
        self.slides.get(self.index).copied()
    }

    pub fn next(&mut self) {
        self.index = (self.index + 1).min(self.slides.len().saturating_sub(1));
    }

    pub fn previous(&mut self) {
        self.index = self.index.saturating_sub(1);
    }

    /// Jumps to the slide typed (1-based); an out-of-range number goes to the nearest end.
    pub fn jump(&mut self) {
        if let Ok(n) = self.jump.parse::<usize>() {
            self.index = n.clamp(1, self.slides.len().max(1)) - 1;
        }
        self.jump.clear();
    }
}
