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
    /// How many of the room's pages past this screen's last page of the slide the room is
    /// on: another screen cuts the slide into more pages, and this one, showing its last,
    /// still steps the room through them. 0 almost always.
    pub beyond: usize,
    /// For each slide another screen of the talk has shown, the most pages it is cut into
    /// there (`Room::pages_elsewhere`).
    pub elsewhere: Vec<(usize, usize)>,
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
            beyond: 0,
            elsewhere: Vec::new(),
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
        self.beyond = 0;
    }

    /// The next page: of this screen, or of another screen that cuts the slide into more.
    pub fn next(&mut self) {
        let Some(page) = self.page() else { return };
        let own_next = self.pages.get(self.index + 1).is_some_and(|p| p.part > 0);
        if !own_next && page.part + self.beyond + 1 < self.pages_elsewhere(self.slide()) {
            self.beyond += 1;
        } else {
            self.show((self.index + 1).min(self.pages.len().saturating_sub(1)));
        }
    }

    /// The page before: back into another screen's extra pages of the slide before too.
    pub fn previous(&mut self) {
        if self.beyond > 0 {
            self.beyond -= 1;
            return;
        }
        let Some(index) = self.index.checked_sub(1) else {
            return;
        };
        let from_slide = self.page().is_some_and(|p| p.part == 0);
        self.show(index);
        if from_slide && let Some(page) = self.page() {
            self.beyond = self
                .pages_elsewhere(self.slide())
                .saturating_sub(page.part + 1);
        }
    }

    /// Shows page `index` of this screen, at the start of no one else's extra pages.
    pub fn show(&mut self, index: usize) {
        self.index = index;
        self.beyond = 0;
    }

    /// Jumps to the page typed (1-based); an out-of-range number goes to the nearest end.
    pub fn jump(&mut self) {
        if let Ok(n) = self.jump.parse::<usize>() {
            self.show(n.clamp(1, self.pages.len().max(1)) - 1);
        }
        self.jump.clear();
    }

    /// The page of the slide on screen the room is on, of the most any screen cuts it into
    /// (1-based), when another screen cuts it into more pages than this one.
    pub fn room_page(&self) -> Option<(usize, usize)> {
        let page = self.page()?;
        let most = self.pages_elsewhere(self.slide());
        (most > page.parts).then_some((page.part + self.beyond + 1, most))
    }

    /// The slide on screen, counted as `Position::index` counts it.
    fn slide(&self) -> usize {
        let shown = self.pages.get(..=self.index).unwrap_or_default();
        shown
            .iter()
            .filter(|p| p.part == 0)
            .count()
            .saturating_sub(1)
    }

    /// The most pages another screen cuts slide `index` into; 0 when none has said.
    fn pages_elsewhere(&self, index: usize) -> usize {
        self.elsewhere
            .iter()
            .find(|(slide, _)| *slide == index)
            .map_or(0, |(_, parts)| *parts)
    }

    /// Where the reader is, in terms every screen of the deck shares: the slide (counted
    /// without its continuation pages, which depend on each screen's size), the page within
    /// it, and whether the screen is blanked.
    pub fn place(&self) -> Position {
        Position {
            index: self.slide(),
            part: self.page().map_or(0, |p| p.part) + self.beyond,
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
            // Kept, so that this screen goes on from the room's page, not its own last.
            self.beyond = to.part.saturating_sub(parts - 1);
        }
        self.blank = to.blank;
        self.jump.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::Slide;

    /// A deck whose slides are cut into these many pages on this screen.
    fn deck(parts: &[usize]) -> Deck {
        let pages = parts
            .iter()
            .enumerate()
            .flat_map(|(slide, &parts)| {
                (0..parts).map(move |part| Page {
                    slide: Slide::Notes(slide),
                    part,
                    parts,
                    talk_slide: None,
                })
            })
            .collect();
        Deck::new(pages, None, Vec::new(), true)
    }

    fn at(deck: &Deck) -> (usize, usize) {
        let place = deck.place();
        (place.index, place.part)
    }

    #[test]
    fn a_screen_steps_through_the_pages_another_screen_cuts_a_slide_into() {
        // Slide 1 is one page here and three on the audience's screen.
        let mut console = deck(&[1, 1, 2]);
        console.elsewhere = vec![(1, 3)];
        let mut seen = vec![at(&console)];
        for _ in 0..5 {
            console.next();
            seen.push(at(&console));
        }
        assert_eq!(seen, [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]);
        assert_eq!(console.page().unwrap().slide, Slide::Notes(2));
        let mut back = Vec::new();
        for _ in 0..5 {
            console.previous();
            back.push(at(&console));
        }
        // Back into slide 1 at the audience's last page, not this screen's.
        assert_eq!(back, [(2, 0), (1, 2), (1, 1), (1, 0), (0, 0)]);
    }

    #[test]
    fn the_room_page_is_said_only_where_another_screen_cuts_more() {
        let mut console = deck(&[1, 1]);
        assert_eq!(console.room_page(), None);
        console.elsewhere = vec![(0, 1), (1, 2)];
        assert_eq!(console.room_page(), None);
        console.next();
        assert_eq!(console.room_page(), Some((1, 2)));
        console.next();
        assert_eq!(console.room_page(), Some((2, 2)));
        assert_eq!(console.index, 1, "this screen shows its own last page");
    }

    #[test]
    fn following_a_page_this_screen_does_not_have_goes_on_from_it() {
        let mut small = deck(&[1, 1, 1]);
        small.elsewhere = vec![(1, 3)];
        small.go(Position {
            index: 1,
            part: 2,
            blank: false,
        });
        assert_eq!((small.index, at(&small)), (1, (1, 2)));
        small.previous();
        assert_eq!(at(&small), (1, 1));
        small.next();
        small.next();
        assert_eq!(at(&small), (2, 0));
        // A jump, the first or the last page start from this screen's own pages.
        small.go(Position {
            index: 1,
            part: 2,
            blank: false,
        });
        small.show(0);
        assert_eq!(at(&small), (0, 0));
    }
}
