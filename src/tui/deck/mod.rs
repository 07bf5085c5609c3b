//! The presentation's state: the slide on screen and the room's page of it, blanked or not,
//! the clock, a slide number being typed. Changed only by `App::update`, like the rest of
//! the explorer.
//!
//! The room counts one way on every screen: the slide of the deck, and the page of it the
//! audience sees. This screen cuts each slide into pages at its own size (`pages`); where an
//! audience's screen cuts a slide into another number of pages, the room's count is the
//! audience's, and this screen shows the page of its own that covers about the same part of
//! the slide. On the presenter's console the audience's count always wins (the console's
//! own pages are only its preview); on an audience's screen the most pages any audience's
//! screen needs, so that no one in the room misses a page.

use std::time::{Duration, Instant, SystemTime};

use crate::present::room::Position;
use crate::present::{Page, SlideKind, same_place};
use crate::talk::Talk;

#[derive(Clone, Debug)]
pub struct Deck {
    /// The deck at this screen's size: built again (`Deck::repage`) when that changes.
    pub pages: Vec<Page>,
    /// Where each slide's first page is in `pages`.
    starts: Vec<usize>,
    /// The slide on screen, by its place in the deck (0-based).
    slide: usize,
    /// The room's page of that slide (0-based, of `room_parts`).
    part: usize,
    /// For each slide an audience's screen of the talk has shown, the most pages it is cut
    /// into there (`Room::pages_elsewhere`).
    pub elsewhere: Vec<(usize, usize)>,
    /// The talk the deck follows, if any (its own slides, its order, its notes).
    pub talk: Option<Talk>,
    /// The kinds of slide asked for (`--only`); all when empty.
    pub only: Vec<SlideKind>,
    /// The screen is blank (`b`), to turn the room's eyes to the speaker.
    pub blank: bool,
    /// Time elapsed since the start is shown (`t`).
    pub clock: bool,
    /// When the talk started: this screen's start, or the first screen's of the room.
    pub started: Instant,
    /// Digits typed before Enter, to go to a slide.
    pub jump: String,
    /// What the last key could not do, said until the next key.
    pub notice: Option<Notice>,
    pub help: bool,
    /// Started with `confer present`: leaving the deck quits.
    pub standalone: bool,
    /// The presenter's console (`--presenter`): the notes, a preview of the audience's
    /// page, the next slide and the time are drawn instead of the slide.
    pub console: bool,
}

/// Something a key asked for that the deck cannot do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A slide number past the end (or 0): what was typed, and how many slides there are.
    NoSuchSlide { typed: String, slides: usize },
}

impl Deck {
    pub fn new(
        pages: Vec<Page>,
        talk: Option<Talk>,
        only: Vec<SlideKind>,
        standalone: bool,
    ) -> Deck {
        Deck {
            starts: starts(&pages),
            pages,
            slide: 0,
            part: 0,
            elsewhere: Vec::new(),
            talk,
            only,
            blank: false,
            clock: false,
            started: Instant::now(),
            jump: String::new(),
            notice: None,
            help: false,
            standalone,
            console: false,
        }
    }

    /// How many slides the deck has (a slide in parts counts once).
    pub fn slides(&self) -> usize {
        self.starts.len()
    }

    /// The slide on screen and the room's page of it, as (slide, page, pages), 1-based.
    pub fn at(&self) -> (usize, usize, usize) {
        (self.slide + 1, self.part() + 1, self.room_parts(self.slide))
    }

    /// This screen's page on screen: the one of the room's page, or the one covering about
    /// the same part of the slide where this screen cuts it into another number of pages.
    pub fn index(&self) -> usize {
        let Some(&start) = self.starts.get(self.slide) else {
            return 0;
        };
        let own = self.own_parts(self.slide);
        let room = self.room_parts(self.slide);
        let part = if own == room {
            self.part()
        } else {
            self.part() * own / room
        };
        start + part.min(own.saturating_sub(1))
    }

    /// The page on screen.
    pub fn page(&self) -> Option<&Page> {
        self.pages.get(self.index())
    }

    /// The place the next press goes to, as (slide, page, pages), 1-based; `None` on the
    /// last page of the last slide.
    pub fn next_at(&self) -> Option<(usize, usize, usize)> {
        let (slide, part) = self.after()?;
        Some((slide + 1, part + 1, self.room_parts(slide)))
    }

    /// The first page of slide `slide` (1-based) on this screen, for its title.
    pub fn page_of_slide(&self, slide: usize) -> Option<&Page> {
        let start = *self.starts.get(slide.checked_sub(1)?)?;
        self.pages.get(start)
    }

    /// The talk's `[[slides]]` entry the page on screen comes from (its notes are the
    /// presenter's, never the room's).
    pub fn talk_slide(&self) -> Option<usize> {
        self.page().and_then(|p| p.talk_slide)
    }

    /// Pages built again (a new size, language or deck), the reader kept on the same slide
    /// and, where the room's count of its pages is still the same, on the same page.
    pub fn repage(&mut self, pages: Vec<Page>) {
        let own_before = self.own_parts(self.slide);
        let first = self.starts.get(self.slide).copied().unwrap_or(0);
        let at = same_place(&self.pages, first, &pages);
        self.starts = starts(&pages);
        self.pages = pages;
        self.slide = self.starts.iter().rposition(|&s| s <= at).unwrap_or(0);
        if self.audience_parts(self.slide).is_none() && own_before != self.own_parts(self.slide) {
            // Only this screen counts the slide's pages: about the same part of it.
            self.part = self.part * self.own_parts(self.slide) / own_before.max(1);
        }
        self.part = self.part.min(self.room_parts(self.slide).saturating_sub(1));
    }

    /// The next page as the room counts them, or the next slide; nothing at the end.
    pub fn next(&mut self) {
        if let Some((slide, part)) = self.after() {
            (self.slide, self.part) = (slide, part);
        }
    }

    /// The page before as the room counts them: back into the slide before at its last.
    pub fn previous(&mut self) {
        if self.part() > 0 {
            self.part = self.part() - 1;
        } else if self.slide > 0 {
            self.slide -= 1;
            self.part = self.room_parts(self.slide).saturating_sub(1);
        }
    }

    /// The first page of the first slide.
    pub fn first(&mut self) {
        (self.slide, self.part) = (0, 0);
    }

    /// The last page of the last slide.
    pub fn last(&mut self) {
        self.slide = self.slides().saturating_sub(1);
        self.part = self.room_parts(self.slide).saturating_sub(1);
    }

    /// Goes to the slide typed (1-based), at its first page; a number that is no slide of
    /// the deck moves nothing and is said (`notice`).
    pub fn jump(&mut self) {
        let typed = std::mem::take(&mut self.jump);
        match typed.parse::<usize>() {
            Ok(n) if (1..=self.slides()).contains(&n) => (self.slide, self.part) = (n - 1, 0),
            // Digits only reach here: a number too long to read is past the end too.
            _ if !typed.is_empty() => {
                self.notice = Some(Notice::NoSuchSlide {
                    typed,
                    slides: self.slides(),
                });
            }
            _ => {}
        }
    }

    /// The talk's clock started at `since` (the first screen of the room's start).
    pub fn started_at(&mut self, since: SystemTime) {
        let ago = SystemTime::now()
            .duration_since(since)
            .unwrap_or(Duration::ZERO);
        if let Some(started) = Instant::now().checked_sub(ago) {
            self.started = started;
        }
    }

    /// Where the reader is, in terms every screen of the deck shares: the slide, the room's
    /// page of it, and whether the screen is blanked.
    pub fn place(&self) -> Position {
        Position {
            index: self.slide,
            part: self.part,
            blank: self.blank,
        }
    }

    /// Goes to a place another screen is at: its slide (the last, when this deck has fewer:
    /// the file changed between the two starts) and page.
    pub fn go(&mut self, to: Position) {
        if self.slides() > 0 {
            self.slide = to.index.min(self.slides() - 1);
            // A page past what any count here knows is kept (the mover knows better), up to
            // a bound that a stray number cannot make the drawing pay for.
            self.part = to.part.min(self.room_parts(self.slide).max(MAX_PARTS) - 1);
        }
        self.blank = to.blank;
        self.jump.clear();
    }

    /// The place after this one, as (slide, part), 0-based.
    fn after(&self) -> Option<(usize, usize)> {
        if self.part() + 1 < self.room_parts(self.slide) {
            Some((self.slide, self.part() + 1))
        } else if self.slide + 1 < self.slides() {
            Some((self.slide + 1, 0))
        } else {
            None
        }
    }

    /// The room's page of the slide on screen, within the room's count as this screen knows
    /// it: a page heard before the audience's count of the slide is shown as its last, and
    /// the next press moves on from there.
    fn part(&self) -> usize {
        self.part.min(self.room_parts(self.slide) - 1)
    }

    /// How many pages this screen cuts slide `slide` into.
    fn own_parts(&self, slide: usize) -> usize {
        self.starts
            .get(slide)
            .and_then(|&start| self.pages.get(start))
            .map_or(1, |p| p.parts.max(1))
    }

    /// How many pages the room counts slide `slide` in: the audience's where an audience's
    /// screen has told it (on an audience's screen, the most of its own and theirs).
    fn room_parts(&self, slide: usize) -> usize {
        let own = self.own_parts(slide);
        match self.audience_parts(slide) {
            Some(theirs) if self.console => theirs,
            Some(theirs) => theirs.max(own),
            None => own,
        }
    }

    /// The most pages an audience's screen cuts slide `slide` into, if one has said.
    fn audience_parts(&self, slide: usize) -> Option<usize> {
        self.elsewhere
            .iter()
            .find(|(s, _)| *s == slide)
            .map(|(_, parts)| (*parts).max(1))
    }
}

/// More pages than any slide is cut into on any screen: a bound on a page number heard.
const MAX_PARTS: usize = 10_000;

/// Where each slide starts in `pages`.
fn starts(pages: &[Page]) -> Vec<usize> {
    pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.part == 0)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests;
