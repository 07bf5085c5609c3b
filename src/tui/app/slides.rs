//! The presentation's state changes: starting a deck (the default one or a talk's), the
//! keys that move through it, and cutting it into pages again when the screen changes.

use super::{Action, App, Effect, Effects, Mode};
use crate::compare::compare;
use crate::present::paging::Frame;
use crate::present::{Page, SlideKind, content, pages, titled_at};
use crate::talk::Talk;
use crate::tui::console_layout::ConsoleLayout;
use crate::tui::deck::Deck;

impl App {
    /// Starts the presentation on the current editions, with the kinds of slide given.
    pub fn present(&mut self, only: &[SlideKind], standalone: bool) -> Effects {
        self.start_deck(None, only, standalone)
    }

    /// Starts the presentation of a talk on the current editions, in the talk's order.
    pub fn present_talk(&mut self, talk: Talk, only: &[SlideKind], standalone: bool) -> Effects {
        self.start_deck(Some(talk), only, standalone)
    }

    /// Starts a talk in the presenter's console: the same deck and keys, drawn as notes,
    /// the next slide and the time.
    pub fn present_console(&mut self, talk: Talk, only: &[SlideKind]) -> Effects {
        let effects = self.start_deck(Some(talk), only, true);
        if let Mode::Slides(deck) = &mut self.mode {
            deck.console = true;
            deck.clock = true;
        }
        // Its pages are its preview's, cut at the preview's size.
        self.repage();
        effects
    }

    /// The talk read again (`--watch`): its pages cut anew, the reader kept on the slide
    /// they were on, the room told how many pages this screen cuts it into now, and the
    /// series read if a series slide now wants it.
    pub fn replace_talk(&mut self, talk: Talk) -> Effects {
        if let Mode::Slides(deck) = &mut self.mode {
            deck.talk = Some(talk);
        }
        self.slide_cache.replace(None);
        self.repage();
        // A series slide the talk now has asks for its models.
        let want = self.want_series_where_shown();
        self.pages_to_tell().into_iter().chain(want).collect()
    }

    /// What the other screens of the talk are to hear of this one: how many pages this
    /// audience's screen cuts the slide on screen into (the room sends it only when that
    /// changed). The console's own pages are only its preview's: it tells none.
    pub fn pages_to_tell(&self) -> Option<Effect> {
        let deck = self.deck().filter(|d| !d.console)?;
        let page = deck.page()?;
        Some(Effect::Pages {
            slide: deck.place().index,
            pages: page.parts.max(1),
        })
    }

    fn start_deck(&mut self, talk: Option<Talk>, only: &[SlideKind], standalone: bool) -> Effects {
        let pages = self.pages_of(talk.as_ref(), only);
        // Another talk may show other things under the same pages: nothing drawn is kept.
        self.slide_cache.replace(None);
        self.mode = Mode::Slides(Box::new(Deck::new(pages, talk, only.to_vec(), standalone)));
        // A series slide asks for the models it lacks, now that the deck is up.
        self.want_series_where_shown().into_iter().collect()
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
    /// below (`draw::slide_within_rows`), with the theme's margins either side; on the
    /// presenter's console, its preview of the audience's page.
    fn slide_frame(&self) -> Frame {
        // A screen too small for the explorer says so and shows no slide: its deck is cut
        // as on the smallest screen that shows one, not into pages a column or two wide,
        // thousands of them, on each step of a window dragged through tiny sizes.
        let (width, height) = match self.screen() {
            Some(_) => self.size,
            None => crate::tui::screen::MIN_SIZE,
        };
        let area = ratatui::layout::Rect::new(0, 0, width, height);
        if self.deck().is_some_and(|d| d.console)
            && let Some(preview) = ConsoleLayout::new(area, self.theme).preview_inside()
        {
            let size = (preview.width, preview.height);
            return Frame::with_margin(size, self.theme.slide_margins(preview).0);
        }
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
        match action {
            Action::SlideFollow(to) => return deck.go(to),
            Action::SlidePagesElsewhere(elsewhere) => {
                deck.elsewhere = elsewhere;
                return;
            }
            Action::SlideStartedAt(since) => return deck.started_at(since),
            // What a key could not do is said until the next key.
            _ => deck.notice = None,
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
            Action::SlideFirst => deck.first(),
            Action::SlideLast => deck.last(),
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

    /// The title of the page the next press shows, as the room counts pages ("Timeline
    /// (2/3)"), for the presenter's console; `None` on the last page or outside the slides.
    pub fn next_page_title(&self) -> Option<String> {
        let deck = self.deck()?;
        let (slide, part, parts) = deck.next_at()?;
        self.slide_title(deck, slide, part, parts)
    }

    /// The title of the page on screen, as the room counts pages.
    pub fn page_title(&self) -> Option<String> {
        let deck = self.deck()?;
        let (slide, part, parts) = deck.at();
        self.slide_title(deck, slide, part, parts)
    }

    fn slide_title(&self, deck: &Deck, slide: usize, part: usize, parts: usize) -> Option<String> {
        let page = deck.page_of_slide(slide)?;
        let (left, right) = self.sides();
        let c = compare(left, right);
        let series = self.slide_models();
        let (title, _) = content(&page.slide, &c, series, deck.talk.as_ref(), self.lang);
        Some(titled_at(&title, part, parts, self.lang))
    }
}
