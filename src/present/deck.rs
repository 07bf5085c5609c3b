//! The deck: which slides, in which order (the default deck, or a talk's), cut into pages
//! at the screen's size. A pure function of what is compared, the talk, the kinds asked
//! for, the size, the language and the terminal's profile: built again on a resize.

use crate::compare::{Comparison, Which};
use crate::i18n::Lang;
use crate::talk::{Show, Talk, TalkSlideKind};
use crate::text::Profile;

use super::SeriesModels;
use super::content::content;
use super::figures::only_in;
use super::paging::{Frame, parts};
use super::slide::{Returned, Slide, SlideKind};

/// One screen of the deck: a slide, or a part of a slide too long for one screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub slide: Slide,
    /// 0-based, of `parts`.
    pub part: usize,
    pub parts: usize,
    /// The talk's `[[slides]]` entry this page comes from (for its speaker notes).
    pub talk_slide: Option<usize>,
}

impl Page {
    /// "2/3" for a slide in parts, nothing for a slide of one page.
    pub fn counter(&self) -> Option<String> {
        (self.parts > 1).then(|| format!("{}/{}", self.part + 1, self.parts))
    }
}

/// A slide of a deck before paging, and the talk slide it comes from.
pub type Entry = (Slide, Option<usize>);

/// The default deck's slides: the title, the series, the figures at a glance, a large
/// numeral slide for each figure both editions give, the figures only one gives (one slide
/// an edition), then the sections; only the kinds asked for (all when `only` is empty).
pub fn default_slides(c: &Comparison, only: &[SlideKind]) -> Vec<Entry> {
    let mut slides = vec![Slide::Title, Slide::Series(None), Slide::Glance];
    slides.extend(
        c.figures
            .iter()
            .filter(|f| f.left.is_some() && f.right.is_some())
            .map(|f| Slide::Figure(f.key.to_string())),
    );
    for which in [Which::Left, Which::Right] {
        if c.figures.iter().any(|f| only_in(f) == Some(which)) {
            slides.push(Slide::OnlyFigures(which));
        }
    }
    slides.extend([
        Slide::Topics,
        Slide::People(Returned::PeopleAndOrgs),
        Slide::Program,
        Slide::Outcomes,
        Slide::Timeline,
    ]);
    slides.extend((0..c.notes.len()).map(Slide::Notes));
    slides.push(Slide::Sources);
    slides
        .into_iter()
        .filter(|s| wanted(s, only))
        .map(|s| (s, None))
        .collect()
}

/// A talk's slides in its order, each with the index of the entry it comes from: `notes`
/// brings every note group, the rest one slide each.
pub fn talk_slides(talk: &Talk, c: &Comparison, only: &[SlideKind]) -> Vec<Entry> {
    let mut out = Vec::new();
    for (at, entry) in talk.slides.iter().enumerate() {
        let slides = match &entry.kind {
            TalkSlideKind::Own { .. } => vec![Slide::Own(at)],
            TalkSlideKind::Show { show, key } => match show {
                Show::Title => vec![Slide::Title],
                Show::Figure => vec![Slide::Figure(key.clone().unwrap_or_default())],
                Show::Figures => vec![Slide::Glance],
                Show::Topics => vec![Slide::Topics],
                Show::People => vec![Slide::People(Returned::People)],
                Show::Orgs => vec![Slide::People(Returned::Orgs)],
                Show::Programme => vec![Slide::Program],
                Show::Outcomes => vec![Slide::Outcomes],
                Show::Timeline => vec![Slide::Timeline],
                Show::Notes => (0..c.notes.len()).map(Slide::Notes).collect(),
                Show::Sources => vec![Slide::Sources],
                Show::Series => vec![Slide::Series(key.clone())],
            },
        };
        out.extend(
            slides
                .into_iter()
                .filter(|s| wanted(s, only))
                .map(|s| (s, Some(at))),
        );
    }
    out
}

fn wanted(slide: &Slide, only: &[SlideKind]) -> bool {
    only.is_empty() || only.contains(&slide.kind())
}

/// The deck's pages in a screen `frame`: the talk's slides when there is a talk, else the
/// default deck; every slide in as many pages as it needs, none cut.
pub fn pages(
    c: &Comparison,
    talk: Option<&Talk>,
    only: &[SlideKind],
    frame: Frame,
    lang: Lang,
    profile: &Profile,
) -> Vec<Page> {
    let slides = match talk {
        Some(talk) => talk_slides(talk, c, only),
        None => default_slides(c, only),
    };
    paged(slides, c, talk, frame, lang, profile)
}

/// The default deck's pages (see [`pages`]).
pub fn deck(
    c: &Comparison,
    only: &[SlideKind],
    size: (u16, u16),
    lang: Lang,
    profile: &Profile,
) -> Vec<Page> {
    pages(c, None, only, Frame::new(size), lang, profile)
}

/// A talk's pages, in its order (see [`pages`]).
pub fn talk_deck(
    talk: &Talk,
    c: &Comparison,
    only: &[SlideKind],
    size: (u16, u16),
    lang: Lang,
    profile: &Profile,
) -> Vec<Page> {
    pages(c, Some(talk), only, Frame::new(size), lang, profile)
}

fn paged(
    slides: Vec<Entry>,
    c: &Comparison,
    talk: Option<&Talk>,
    frame: Frame,
    lang: Lang,
    profile: &Profile,
) -> Vec<Page> {
    let mut out = Vec::new();
    for (slide, talk_slide) in slides {
        // The series' chart is one page whatever it holds: the series model is not needed.
        let (_, body) = content(&slide, c, SeriesModels::default(), talk, lang);
        let count = parts(&body, &frame, lang, profile);
        out.extend((0..count).map(|part| Page {
            slide: slide.clone(),
            part,
            parts: count,
            talk_slide,
        }));
    }
    out
}

/// Where the reader of `old[at]` is in `new`: the same slide (and talk entry), the part at
/// about the same place in it; the nearest page when the slide is gone.
pub fn same_place(old: &[Page], at: usize, new: &[Page]) -> usize {
    let Some(page) = old.get(at) else {
        return 0;
    };
    let same = |p: &Page| p.slide == page.slide && p.talk_slide == page.talk_slide;
    // The n-th showing of this slide, for a talk that shows a slide twice.
    let nth = old[..at.saturating_sub(page.part)]
        .iter()
        .filter(|p| same(p) && p.part == 0)
        .count();
    let starts: Vec<usize> = new
        .iter()
        .enumerate()
        .filter(|(_, p)| same(p) && p.part == 0)
        .map(|(i, _)| i)
        .collect();
    match starts.get(nth).or(starts.last()) {
        Some(&start) => {
            let parts = new[start].parts;
            // Proportionally: part 3 of 4 is about part 2 of 3.
            let part = (page.part * parts / page.parts.max(1)).min(parts.saturating_sub(1));
            start + part
        }
        None => at.min(new.len().saturating_sub(1)),
    }
}
