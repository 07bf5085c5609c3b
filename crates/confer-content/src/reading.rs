//! One edition read whole: parsed from its file and resolved against its series, or, for
//! the built-in content, taken from the form build.rs read it into. `check` reads every
//! edition the first way, keeping only what it judges.

use super::compiled;
use super::decode::Decoder;
use super::diagnostic::{Diagnostic, FileId, Location};
use super::files::{self, FoundEdition, Place, Stamp};
use super::model::Edition;
use super::parse;
use super::raw::RawEditionFile;
use super::resolve::{self, Seen, SeriesScope};

/// One edition read whole on its own thread.
pub(crate) struct Reading {
    pub edition: Option<Edition>,
    /// Its text when a problem points into it (or the lossy text of invalid UTF-8).
    pub text: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the rules across editions judge of it, when it parsed.
    pub seen: Option<Seen>,
    /// Read as UTF-8 text: counted among the editions, as `check` counts them.
    pub counted: bool,
    pub entries: usize,
    pub sources: usize,
}

impl Reading {
    pub fn failed() -> Reading {
        Reading {
            edition: None,
            text: None,
            diagnostics: Vec::new(),
            seen: None,
            counted: false,
            entries: 0,
            sources: 0,
        }
    }
}

/// What `check` judges of an edition read whole from a folder, kept without the edition:
/// a check run beside the explorer takes it for the same file unchanged instead of reading
/// that file again (two 13 MB editions shown: about 100 MiB the check need not take while
/// their models are in memory).
#[derive(Clone)]
pub struct Judged {
    /// The file as the folder's listing names it, and when it was last changed: a listing
    /// of the same folder finds it again by both.
    name: String,
    stamp: Stamp,
    /// Where the library's diagnostics point (another listing numbers the files anew).
    file: FileId,
    text: Option<String>,
    diagnostics: Vec<Diagnostic>,
    seen: Option<Seen>,
    counted: bool,
    entries: usize,
    sources: usize,
}

impl Judged {
    /// What is judged of `reading`, which was read from `found`; its `seen` is taken, as
    /// nothing else uses it. `None` for the built-in content, which has no stamps.
    pub(super) fn take(found: &FoundEdition, reading: &mut Reading) -> Option<Judged> {
        Some(Judged {
            name: found.name.clone(),
            stamp: found.stamp?,
            file: found.file,
            text: reading.text.clone(),
            diagnostics: reading.diagnostics.clone(),
            seen: reading.seen.take(),
            counted: reading.counted,
            entries: reading.entries,
            sources: reading.sources,
        })
    }

    /// Whether this is what was judged of the file `name` as it was at `stamp`.
    pub(super) fn is_of(&self, name: &str, stamp: Option<Stamp>) -> bool {
        self.name == name && Some(self.stamp) == stamp
    }

    /// As a reading of `found` (without the edition), if `found` is the same file unchanged
    /// and every diagnostic points into that file or at no place in it.
    pub(crate) fn reading_of(&self, found: &FoundEdition) -> Option<Reading> {
        if !self.is_of(&found.name, found.stamp) {
            return None;
        }
        let mut diagnostics = self.diagnostics.clone();
        for d in &mut diagnostics {
            match &mut d.location {
                Location::Span(file, _) if *file == self.file => *file = found.file,
                Location::Span(..) => return None,
                Location::Path(_) | Location::Nowhere => {}
            }
        }
        Some(Reading {
            edition: None,
            text: self.text.clone(),
            diagnostics,
            seen: self.seen.clone(),
            counted: self.counted,
            entries: self.entries,
            sources: self.sources,
        })
    }
}

pub(super) fn read_whole(scope: &SeriesScope, found: &FoundEdition) -> Reading {
    if let Place::BuiltIn(file) = found.place
        && let Some(reading) =
            compiled::edition(file).and_then(|raw| resolve_builtin(scope, found, raw))
    {
        return reading;
    }
    parse_and_resolve(scope, found)
}

/// Reads an edition's file, parses it and resolves it against its series.
pub(crate) fn parse_and_resolve(scope: &SeriesScope, found: &FoundEdition) -> Reading {
    let read = files::read_edition(found);
    let mut reading = Reading {
        text: read.shown,
        diagnostics: read.diagnostics,
        ..Reading::failed()
    };
    let Some(text) = read.text else {
        return reading;
    };
    reading.counted = true;
    crate::allocator::prepare_to_parse(text.len());
    let mut d = Decoder::new(found.file, &mut reading.diagnostics);
    if let Some(raw) = parse::edition_file(&mut d, &text) {
        reading.entries = raw.entry_count;
        reading.sources = raw.source_count;
        let (edition, seen) = resolve::edition(
            scope,
            &found.stem,
            found.file,
            &text,
            raw,
            &mut reading.diagnostics,
        );
        reading.edition = edition;
        reading.seen = Some(seen);
    }
    // Kept for the diagnostics that point into it, and for a reload to compare.
    if !reading.diagnostics.is_empty() {
        reading.text = Some(text);
    }
    reading
}

/// A built-in edition, read and checked at build time: resolved against its series only.
/// `None` if that finds a problem (it cannot, unless the build was skipped): the file is
/// then read from its TOML, for diagnostics that show its lines.
fn resolve_builtin(
    scope: &SeriesScope,
    found: &FoundEdition,
    raw: RawEditionFile,
) -> Option<Reading> {
    let mut reading = Reading {
        entries: raw.entry_count,
        sources: raw.source_count,
        ..Reading::failed()
    };
    let (edition, _) = resolve::edition(
        scope,
        &found.stem,
        found.file,
        "",
        raw,
        &mut reading.diagnostics,
    );
    reading.edition = edition;
    reading.diagnostics.is_empty().then_some(reading)
}
