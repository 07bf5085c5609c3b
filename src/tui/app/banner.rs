//! The line above the footer: a problem with the content that the screen does not show,
//! and which of them is said when several are known.

use super::App;
use crate::content::{Diagnostic, SourceMap};
use crate::i18n::Lang;

/// A line above the footer: a problem with the content that the screen does not show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub kind: BannerKind,
    /// Where and what: `content/wic/2014.toml:3:1: TOML syntax: …`.
    pub detail: Detail,
}

/// A banner's where and what, said when it is drawn: a problem in content is said again in
/// the language chosen since (the `L` key).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Words already chosen: a path, the system's error.
    Text(String),
    /// A problem at its place (`content/wic/2014.toml:3:1`), kept past its sources.
    Problem {
        place: Option<String>,
        diagnostic: Box<Diagnostic>,
    },
    /// A folder whose saves are not seen (`--watch`), and why.
    Unwatched(Unwatched),
    /// The content read again has fewer than two editions: nothing to compare.
    NeedsTwoEditions,
}

/// A folder of the content that is not watched for saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unwatched {
    pub path: String,
    pub why: WhyUnwatched,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhyUnwatched {
    /// The system refused, in its own words.
    System(String),
    /// The system's limit of watches is reached.
    Limit,
    /// A symbolic link: not followed out of the content folder.
    Link,
}

impl Detail {
    /// `d`, at its place in `sources`.
    pub fn of(d: &Diagnostic, sources: &SourceMap) -> Detail {
        Detail::Problem {
            place: d.position(sources),
            diagnostic: Box::new(d.clone()),
        }
    }

    /// On one line, safe to draw, in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            Detail::Text(text) => text.clone(),
            Detail::Problem { place, diagnostic } => {
                diagnostic.one_line_at(place.as_deref(), &lang.words().diagnostics.wording())
            }
            Detail::Unwatched(Unwatched { path, why }) => {
                let words = &lang.words().explorer;
                match why {
                    WhyUnwatched::System(text) => (words.unwatched)(path, text),
                    WhyUnwatched::Limit => (words.unwatched_limit)(path),
                    WhyUnwatched::Link => (words.unwatched_link)(path),
                }
            }
            Detail::NeedsTwoEditions => lang.words().explorer.needs_two_editions.to_string(),
        }
    }
}

impl From<String> for Detail {
    fn from(text: String) -> Detail {
        Detail::Text(text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    /// A save did not load; the content on screen is the last that did.
    NotReloaded,
    /// An edition chosen in the picker could not be read; the pair stays as it was.
    NotOpened,
    /// `count` editions that could not be read are not offered.
    LeftOut { count: usize },
    /// The check of the whole folder found `count` errors in editions not shown.
    Problems { count: usize },
    /// A talk's screen could not join its room: it shows the talk, following no console.
    Alone,
    /// `count` folders of the content are not watched for saves (`--watch`).
    NotWatched { count: usize },
}

impl App {
    /// What the check of the whole folder found: said unless a more pressing banner (a save
    /// that did not load, an edition that would not open) is up.
    pub fn checked(&mut self, banner: Banner) {
        let pressing = self
            .banner
            .as_ref()
            .is_some_and(|b| matches!(b.kind, BannerKind::NotReloaded | BannerKind::NotOpened));
        if !pressing {
            self.banner = Some(banner);
        }
    }

    /// The banner for editions left out of the index, if any were.
    pub fn left_out_banner(&self) -> Option<Banner> {
        let left_out = self.library.left_out();
        let first = left_out.first()?;
        Some(Banner {
            kind: BannerKind::LeftOut {
                count: self.library.left_out_files(),
            },
            detail: Detail::of(first, &self.library.sources),
        })
    }
}
