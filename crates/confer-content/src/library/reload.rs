//! Reading a folder again after a save: only the editions whose file, or whose series
//! file, changed are read again; the others are carried over as they were.

use super::super::diagnostic::{Diagnostic, FileId};
use super::super::files::Stamp;
use super::super::model::{Content, Edition, EditionId};
use super::Library;
use crate::builtin::BuiltIn;

impl<B: BuiltIn> Library<B> {
    /// The folder read again after a change. The editions named are read whole again only
    /// where their file or their series file changed; the others are left to `carry_over`
    /// from this library, once the caller has seen that the new one has no errors.
    pub fn reopen(&self, shown: &[EditionId]) -> (Self, Vec<Diagnostic>) {
        let Some(location) = &self.location else {
            return (Self::of(Content::default()), Vec::new());
        };
        let mut new = Self::open_with(location, Some(&self.index));
        let mut changed = Vec::new();
        for id in shown {
            match self.unchanged_in(&new, id) {
                Some((file, at)) => new.carried.push((id.clone(), file, at)),
                None => changed.push(id.clone()),
            }
        }
        let mut errors = new.read(&changed);
        // An edition shown that no longer indexes (a half-written file): its problems are
        // those of the content shown.
        for id in shown.iter().filter(|id| new.index.position(id).is_none()) {
            let file = format!("{}/{}.toml", id.series, id.stem);
            errors.extend(
                new.left_out()
                    .into_iter()
                    .filter(|d| new.names(d).is_some_and(|name| name.ends_with(&file)))
                    .cloned(),
            );
        }
        crate::diagnostic::sort(&mut errors);
        (new, errors)
    }

    /// Whether `new`, opened again from the same folder, found what this one found: the same
    /// editions with the same stamps, the same series files, the same files left out. A
    /// look at the folder that finds nothing changed then changes nothing on screen.
    pub fn same_files_as(&self, new: &Self) -> bool {
        let editions = |l: &Self| -> Vec<_> {
            l.index
                .editions()
                .map(|(_, e)| (e.id.clone(), e.found.as_ref().map(|f| f.stamp)))
                .collect()
        };
        let series = |l: &Self| -> Vec<_> {
            l.scopes
                .iter()
                .map(|(s, file)| (s.id.clone(), l.sources.get(*file).text.clone()))
                .collect()
        };
        let left_out = |l: &Self| l.left_out().len();
        editions(self) == editions(new)
            && series(self) == series(new)
            && left_out(self) == left_out(new)
    }

    /// Takes over from the library this one was reopened from the editions that did not
    /// change, so that they are not read again.
    pub fn carry_over(&mut self, mut old: Self) {
        for (id, file, at) in std::mem::take(&mut self.carried) {
            if let Some(edition) = old.take(&id) {
                self.read.push((file, Some(at)));
                self.stats.editions += 1;
                self.keep(edition);
            }
        }
        // What was judged of a file still listed as it was holds for it still.
        let listed: Vec<_> = self
            .index
            .editions()
            .filter_map(|(_, e)| e.found.as_ref())
            .map(|found| (found.name.clone(), found.stamp))
            .collect();
        for judged in std::mem::take(&mut old.judged) {
            let still = |(name, stamp): &(String, Option<Stamp>)| judged.is_of(name, *stamp);
            let known = |(name, stamp): &(String, Option<Stamp>)| {
                self.judged.iter().any(|j| j.is_of(name, *stamp))
            };
            if listed.iter().any(|f| still(f) && !known(f)) {
                self.judged.push(judged);
            }
        }
    }

    /// Where an edition's file is in `new` and when it was read, if it and its series file
    /// are as they were when it was read.
    fn unchanged_in(&self, new: &Self, id: &EditionId) -> Option<(FileId, Stamp)> {
        let found_in = |library: &Self| {
            library
                .index
                .editions()
                .find(|(_, e)| &e.id == id)
                .and_then(|(_, e)| e.found.clone())
        };
        let series_text = |library: &Self| {
            library
                .scopes
                .iter()
                .find(|(s, _)| s.id == id.series)
                .map(|(_, file)| library.sources.get(*file).text.clone())
        };
        let (old, now) = (found_in(self)?, found_in(new)?);
        let (_, read_at) = self.read.iter().find(|(f, _)| *f == old.file)?;
        let read_at = (*read_at)?;
        let same = now.stamp == Some(read_at)
            && series_text(self).is_some()
            && series_text(self) == series_text(new);
        same.then_some((now.file, read_at))
    }

    fn take(&mut self, id: &EditionId) -> Option<Edition> {
        let series = self.content.series.iter_mut().find(|s| s.id == id.series)?;
        let at = series.editions.iter().position(|e| &e.id == id)?;
        Some(series.editions.remove(at))
    }
}
