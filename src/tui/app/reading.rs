//! The content the shell read for the app: two editions chosen, or the folder again after a
//! save. Each is shown if it reads, else the screen stays and a banner says why.

use super::banner::Detail;
use super::{App, Banner, BannerKind, Effects, Place};
use crate::content::{Content, Diagnostic, EditionId, Library};
use crate::rows::Section;

impl App {
    /// The editions at two positions of the index.
    pub fn ids_at(&self, left: usize, right: usize) -> Vec<EditionId> {
        [left, right]
            .into_iter()
            .filter_map(|at| self.library.index.get(at).map(|e| e.id.clone()))
            .collect()
    }

    /// Two editions (positions in the index) after the shell has read them: shown, or, if
    /// one did not read, the pair as it was and a banner saying why.
    pub fn shown(&mut self, left: usize, right: usize, errors: &[Diagnostic]) -> Effects {
        if let Some(first) = errors.first() {
            self.banner = Some(Banner {
                kind: BannerKind::NotOpened,
                detail: said(first, &self.library),
            });
            return Effects::new();
        }
        // Only editions that were read are ever shown (content built in memory has no file
        // to read an edition from).
        let ids = self.ids_at(left, right);
        if ids.len() < 2 || !ids.iter().all(|id| self.library.is_read(id)) {
            return Effects::new();
        }
        self.left = left;
        self.right = right;
        self.places = [Place::default(); Section::ALL.len()];
        // An edition that would not open is no longer the news.
        if self.banner.as_ref().map(|b| b.kind) == Some(BannerKind::NotOpened) {
            self.banner = self.left_out_banner();
        }
        self.want_series_where_shown().into_iter().collect()
    }

    /// A save that did not load: the content on screen stays, the banner says why.
    pub fn not_reloaded(&mut self, detail: impl Into<Detail>) {
        self.banner = Some(Banner {
            kind: BannerKind::NotReloaded,
            detail: detail.into(),
        });
    }

    /// Where the editions shown stand in content read again: the same ones where they
    /// still exist, else the nearest, never one edition against itself.
    pub fn positions_in(&self, new: &Library) -> (usize, usize) {
        let shown = self.ids_at(self.left, self.right);
        let last = new.index.len().saturating_sub(1);
        let position = |id: Option<&EditionId>| id.and_then(|id| new.index.position(id));
        let left = position(shown.first()).unwrap_or(self.left.min(last));
        let mut right = position(shown.get(1)).unwrap_or(self.right.min(last));
        if right == left {
            // The file of one side was removed and the nearest edition is the other side.
            right = if left < last {
                left + 1
            } else {
                left.saturating_sub(1)
            };
        }
        (left, right)
    }

    /// The content after a save, read by the shell (the editions at `left` and `right`
    /// read whole): the same section, selection and scroll.
    pub fn reopened(&mut self, mut new: Library, (left, right): (usize, usize)) -> Effects {
        let old = std::mem::replace(&mut self.library, Library::of(Content::default()));
        new.carry_over(old);
        self.library = new;
        self.left = left;
        self.right = right;
        self.generation += 1;
        self.banner = self.left_out_banner();
        self.series.reading = None;
        let mut effects: Effects = self.want_series_where_shown().into_iter().collect();
        let view = self.view();
        self.keep_visible(&view);
        // New content may have more or fewer entries, and so pages: the room hears how many.
        self.repage();
        effects.extend(self.pages_to_tell());
        effects
    }
}

/// A problem for the banner: where, and what.
pub fn said(d: &Diagnostic, library: &Library) -> Detail {
    Detail::of(d, &library.sources)
}
