//! Every edition of one series, one after another: for views of the whole series (the
//! series model). An edition not read yet is read, handed over and dropped, so memory
//! follows the largest edition, not the series; those already read whole are handed as
//! they are.

use super::Library;
use crate::builtin::BuiltIn;
use crate::diagnostic::Severity;
use crate::model::{Edition, EditionId, Series};
use crate::reading::read_whole;

impl<B: BuiltIn> Library<B> {
    /// Hands `visit` each edition of the series `id` in date order: the edition, or its id
    /// where it does not read. `None` when there is no such series.
    pub fn each_edition_of(
        &self,
        id: &str,
        visit: &mut dyn FnMut(Result<&Edition, &EditionId>),
    ) -> Option<&Series> {
        let series = self.content.series.iter().find(|s| s.id == id)?;
        let indexed = self.index.series.iter().find(|s| s.id == id)?;
        let scope = self.scopes.iter().find(|(s, _)| s.id == id).map(|(s, _)| s);
        for entry in &indexed.editions {
            if let Some(edition) = series.editions.iter().find(|e| e.id == entry.id) {
                visit(Ok(edition));
                continue;
            }
            let reading = scope
                .zip(entry.found.as_ref())
                .map(|(scope, found)| read_whole(scope, found));
            let kept = reading.and_then(|reading| {
                let failed = reading
                    .diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error);
                reading.edition.filter(|_| !failed)
            });
            match &kept {
                Some(edition) => visit(Ok(edition)),
                None => visit(Err(&entry.id)),
            }
        }
        Some(series)
    }
}
