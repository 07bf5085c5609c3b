//! Slides from a comparison, for a seminar: the default deck (a title, the figures at a
//! glance and in large numerals, the sections) or a presenter's talk, cut into pages at the
//! screen's size. Pure; drawing is in the explorer's code.

mod body;
pub mod chart;
mod clock;
mod content;
mod deck;
pub mod export;
pub mod figure_layout;
mod figures;
pub mod font;
pub mod paging;
mod program;
pub mod room;
mod slide;

pub use body::{BigValue, Body};
pub use chart::SeriesModels;
pub use clock::elapsed;
pub use content::content;
pub use deck::{Entry, Page, deck, default_slides, pages, same_place, talk_deck, talk_slides};
pub use figures::no_figure;
pub use slide::{Returned, Slide, SlideKind};

use crate::compare::Comparison;
use crate::i18n::Lang;
use crate::talk::Talk;

/// A page's title as shown: the slide's, with "2/3" where the slide is in parts.
pub fn page_title(
    page: &Page,
    c: &Comparison,
    series: SeriesModels,
    talk: Option<&Talk>,
    lang: Lang,
) -> String {
    let (title, _) = content(&page.slide, c, series, talk, lang);
    titled(&title, page, lang)
}

/// A title with the page's place in its slide.
pub fn titled(title: &str, page: &Page, lang: Lang) -> String {
    titled_at(title, page.part + 1, page.parts, lang)
}

/// A title with page `part` of `parts` (1-based) where the slide is in parts: "Timeline
/// (2/3)", 「年表（2/3）」.
pub fn titled_at(title: &str, part: usize, parts: usize, lang: Lang) -> String {
    if parts <= 1 {
        title.to_string()
    } else {
        (lang.words().slides.part)(title, part, parts)
    }
}

#[cfg(test)]
mod tests;
