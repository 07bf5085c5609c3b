//! The presentation's state changes: starting a deck (the default one or a talk's), the
//! keys that move through it, and cutting it into pages again when the screen changes.

use super::{Action, App, Mode};
use crate::compare::compare;
use crate::present::paging::Frame;
use crate::present::{Page, Slide, SlideKind, pages};
use crate::talk::Talk;
use crate::tui::deck::Deck;

impl App {
    /// Starts the presentation on the current editions, with the kinds of slide given.
    pub fn present(&mut self, only: &[SlideKind], standalone: bool) {
        self.start_deck(None, only, standalone);
    }

    /// Starts the presentation of a talk on the current editions, in the talk's order.
    pub fn present_talk(&mut self, talk: Talk, only: &[SlideKind], standalone: bool) {
        self.start_deck(Some(talk), only, standalone);
    }

    /// Starts a talk in the presenter's console: the same deck and keys, drawn as notes,
    /// the next slide and the time.
    pub fn present_console(&mut self, talk: Talk, only: &[SlideKind]) {
        self.start_deck(Some(talk), only, true);
        if let Mode::Slides(deck) = &mut self.mode {
            deck.console = true;
            deck.clock = true;
        }
    }

    /// The talk read again (`--watch`): its pages cut anew, the reader kept on the slide
    /// they were on.
    pub fn replace_talk(&mut self, talk: Talk) {
        if let Mode::Slides(deck) = &mut self.mode {
            deck.talk = Some(talk);
        }
        self.slide_cache.replace(None);
        self.repage();
    }

    fn start_deck(&mut self, talk: Option<Talk>, only: &[SlideKind], standalone: bool) {
        let pages = self.pages_of(talk.as_ref(), only);
        if pages.iter().any(|p| matches!(p.slide, Slide::Series(_))) {
            self.want_series();
        }
        // Another talk may show other things under the same pages: nothing drawn is kept.
        self.slide_cache.replace(None);
        self.mode = Mode::Slides(Box::new(Deck::new(pages, talk, only.to_vec(), standalone)));
    }

    /// The deck's pages at the screen's size, in the reader's language.
    fn pages_of(&self, talk: Option<&Talk>, only: &[SlideKind]) -> Vec<Page> {
        let (left, right) = self.sides();
        pages(
            &compare(left, right),
            talk,
            only,
            self.slide_frame(),
            self.lang,
            &self.profile,
        )
    }

    /// The frame a slide is drawn in: the screen less the theme's blank rows above and
    /// below (`draw::slide_within_rows`), with the theme's margins either side.
    fn slide_frame(&self) -> Frame {
        let (width, height) = self.size;
        let area = ratatui::layout::Rect::new(0, 0, width, height);
        let (columns, rows) = self.theme.slide_margins(area);
        let height = if rows > 0 && height > 2 * rows {
            height - 2 * rows
        } else {
            height
        };
        Frame::with_margin((width, height), columns)
    }

    /// Cuts the deck into pages again (after a resize, a new language, new content),
    /// keeping the reader on the slide they were on.
    pub(super) fn repage(&mut self) {
        let Some(deck) = self.deck() else {
            return;
        };
        let pages = self.pages_of(deck.talk.as_ref(), &deck.only);
        if let Mode::Slides(deck) = &mut self.mode {
            deck.repage(pages);
        }
    }

    pub(super) fn update_slides(&mut self, action: Action) {
        let Mode::Slides(deck) = &mut self.mode else {
            return;
        };
        // Followed even with the help open: the room moved, and this screen must show it.
        if let Action::SlideFollow(to) = action {
            deck.go(to);
            return;
        }
        if let Action::SlidePagesElsewhere(elsewhere) = action {
            deck.elsewhere = elsewhere;
            return;
        }
        if deck.help {
            if matches!(action, Action::Help | Action::Close | Action::Leave) {
                deck.help = false;
            }
            return;
        }
        let moves = matches!(
            action,
            Action::SlideNext | Action::SlidePrevious | Action::SlideFirst | Action::SlideLast
        );
        // After `b`, the first move brings the screen back where it was.
        if moves && deck.blank {
            deck.blank = false;
            return;
        }
        match action {
            Action::SlideNext => deck.next(),
            Action::SlidePrevious => deck.previous(),
            Action::SlideFirst => deck.show(0),
            Action::SlideLast => deck.show(deck.pages.len().saturating_sub(1)),
            Action::SlideDigit(d) => deck.jump.push(d),
            Action::SlideJump => deck.jump(),
            Action::SlideBlank => deck.blank = !deck.blank,
            Action::SlideClock => deck.clock = !deck.clock,
            Action::Help => deck.help = true,
            Action::ToggleLang => {
                self.lang = self.lang.other();
                // Another language wraps otherwise: the pages are cut again.
                self.repage();
            }
            Action::Close | Action::Leave => {
                if deck.standalone {
                    self.quit = true;
                }
                self.mode = Mode::Browse;
            }
            _ => {}
        }
    }

    /// The title of the page after the one on screen ("Timeline (2/3)"), for the
    /// presenter's console; `None` on the last page or outside the slides.
    pub fn next_page_title(&self) -> Option<String> {
        let deck = self.deck()?;
        let page = deck.next_page()?;
        let (left, right) = self.sides();
        let c = compare(left, right);
        let series = self.series_model().map(|m| m.as_ref());
        Some(crate::present::page_title(
            page,
            &c,
            series,
            deck.talk.as_ref(),
            self.lang,
        ))
    }
}
