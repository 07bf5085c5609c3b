//! What the picker, `list` and the choice of editions need of every edition (its id, dates
//! and names), read without parsing the edition: only its `[edition]` table, from the first
//! few kilobytes of the file.

use std::io::Read;

use super::decode::Decoder;
use super::diagnostic::{Diagnostic, Location, Severity};
use super::files::{FoundEdition, Place};
use super::model::{Date, EditionId, Text};
use super::parse;
use super::raw::RawEdition;

/// Every edition that could be indexed, series by id, editions by start date then id: the
/// order of `Content::editions`.
#[derive(Clone, Debug, Default)]
pub struct Index {
    pub series: Vec<IndexedSeries>,
}

#[derive(Clone, Debug)]
pub struct IndexedSeries {
    pub id: String,
    pub name: Text,
    pub editions: Vec<IndexedEdition>,
}

#[derive(Clone, Debug)]
pub struct IndexedEdition {
    pub id: EditionId,
    pub name: Text,
    pub label: Option<Text>,
    pub start: Date,
    pub end: Date,
    pub place: Text,
    /// Where to read the whole edition; `None` for content that was never a folder.
    pub(crate) found: Option<FoundEdition>,
}

impl IndexedEdition {
    /// The short label where there is one (`第1回`), else the full name.
    pub fn label_or_name(&self) -> &Text {
        self.label.as_ref().unwrap_or(&self.name)
    }
}

impl Index {
    pub fn editions(&self) -> impl Iterator<Item = (&IndexedSeries, &IndexedEdition)> {
        self.series
            .iter()
            .flat_map(|series| series.editions.iter().map(move |e| (series, e)))
    }

    pub fn len(&self) -> usize {
        self.series.iter().map(|s| s.editions.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// An edition's place in `editions()`.
    pub fn position(&self, id: &EditionId) -> Option<usize> {
        self.editions().position(|(_, e)| &e.id == id)
    }

    pub fn get(&self, position: usize) -> Option<&IndexedEdition> {
        self.editions().nth(position).map(|(_, e)| e)
    }

    /// The entry of an edition file that has not changed since this index was made.
    pub(crate) fn unchanged(&self, series: &str, found: &FoundEdition) -> Option<&IndexedEdition> {
        found.stamp?;
        self.series
            .iter()
            .find(|s| s.id == series)?
            .editions
            .iter()
            .find(|e| {
                e.found
                    .as_ref()
                    .is_some_and(|f| f.name == found.name && f.stamp == found.stamp)
            })
    }

    /// The index of content already loaded whole (tests, and content built in memory).
    pub fn of(content: &super::Content) -> Index {
        Index {
            series: content
                .series
                .iter()
                .map(|s| IndexedSeries {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    editions: s
                        .editions
                        .iter()
                        .map(|e| IndexedEdition {
                            id: e.id.clone(),
                            name: e.name.clone(),
                            label: e.label.clone(),
                            start: e.start,
                            end: e.end,
                            place: e.place.clone(),
                            found: None,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// How much of a file is read first: an `[edition]` table is a kilobyte or two near the
/// top of the file (every built-in one ends before 2.5 KB); a longer one is read whole.
const FIRST_READ: usize = 16 * 1024;

/// Why an edition could not be indexed: the problems of the whole file, and its text for
/// showing them.
pub(crate) struct Unindexed {
    pub diagnostics: Vec<Diagnostic>,
    pub text: Option<String>,
}

/// An edition's `[edition]` table, with the warnings found reading it and, when there are
/// any, the text they point into.
pub(crate) struct Indexed {
    pub edition: RawEdition,
    pub warnings: Vec<Diagnostic>,
    pub text: Option<String>,
}

/// An edition's `[edition]` table, or why it could not be read (the problems of the whole
/// file, when the table alone did not say). An edition whose file has errors is not
/// indexed: reading it to show it would stop at the same errors.
pub(crate) fn index_edition(found: &FoundEdition) -> Result<Indexed, Unindexed> {
    if let Place::BuiltIn(file) = found.place
        && let Some(edition) = super::compiled::header(file)
    {
        return Ok(Indexed {
            edition,
            warnings: Vec::new(),
            text: None,
        });
    }
    if let Some((text, whole)) = first_part(found)
        && let Some((edition, warnings)) = table_alone(found, &text, whole)
    {
        // The part read is the start of the file: the warnings' places are right in it.
        let text = (!warnings.is_empty()).then_some(text);
        return Ok(Indexed {
            edition,
            warnings,
            text,
        });
    }
    // Unusual layout or a broken table: the whole file decides, with its own diagnostics.
    let read = super::files::read_edition(found);
    let mut diagnostics = read.diagnostics;
    let Some(text) = read.text else {
        return Err(Unindexed {
            diagnostics,
            text: read.shown,
        });
    };
    let mut d = Decoder::new(found.file, &mut diagnostics);
    let edition = parse::edition_file(&mut d, &text).and_then(|raw| raw.edition);
    let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    match edition {
        Some(edition) if !errors => Ok(Indexed {
            edition,
            text: (!diagnostics.is_empty()).then_some(text),
            warnings: diagnostics,
        }),
        _ => Err(Unindexed {
            diagnostics,
            text: Some(text),
        }),
    }
}

/// The `[edition]` table read on its own, when it is whole and clean.
fn table_alone(
    found: &FoundEdition,
    text: &str,
    whole: bool,
) -> Option<(RawEdition, Vec<Diagnostic>)> {
    let table = edition_table_text(text, whole)?;
    let offset = table.as_ptr() as usize - text.as_ptr() as usize;
    let mut found_here = Vec::new();
    let mut d = Decoder::new(found.file, &mut found_here);
    let raw = parse::edition_table(&mut d, table)?;
    if found_here.iter().any(|d| d.severity == Severity::Error) {
        return None;
    }
    // Spans in the table alone, moved to where the table is in the file.
    for d in &mut found_here {
        if let Location::Span(_, span) = &mut d.location {
            *span = span.start + offset..span.end + offset;
        }
    }
    Some((raw, found_here))
}

/// The first part of the file as text (all of it when short, else up to `FIRST_READ` bytes
/// cut at a character boundary), and whether that is the whole file. `None` when it cannot
/// be read as UTF-8.
fn first_part(found: &FoundEdition) -> Option<(String, bool)> {
    let bytes = match &found.place {
        Place::BuiltIn(file) => file.toml.to_vec(),
        Place::Disk(path) => {
            let mut bytes = Vec::with_capacity(FIRST_READ);
            // Never a plain open: a named pipe would block it (see `open_regular`).
            super::regular::open_regular(path)
                .ok()?
                .0
                .take(FIRST_READ as u64)
                .read_to_end(&mut bytes)
                .ok()?;
            bytes
        }
    };
    let whole = matches!(found.place, Place::BuiltIn(_)) || bytes.len() < FIRST_READ;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        // A character cut by the end of the read: keep what came before it.
        Err(e) if e.error_len().is_none() && !whole => {
            String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned()
        }
        Err(_) => return None,
    };
    Some((text, whole))
}

/// The lines of the `[edition]` table, from its header to the next table header (outside
/// multi-line strings). `None` when there is no such header, or the table may go on past
/// the end of `text` (no header after it) while `text` may be only part of the file: the
/// caller then reads the whole file.
fn edition_table_text(text: &str, whole: bool) -> Option<&str> {
    let mut start = None;
    let mut in_string: Option<&str> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        if let Some(quote) = in_string {
            if line.matches(quote).count() % 2 == 1 {
                in_string = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            if start.is_some() {
                return start.map(|s| &text[s..here]);
            }
            if is_edition_header(trimmed) {
                start = Some(here);
            }
            continue;
        }
        for quote in ["\"\"\"", "'''"] {
            if line.matches(quote).count() % 2 == 1 {
                in_string = Some(quote);
                break;
            }
        }
    }
    // The table runs to the end of what was read: whole only if that is the whole file.
    start.filter(|_| whole).map(|s| &text[s..])
}

/// `[edition]`, with any spacing and a comment after it.
fn is_edition_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("edition") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix(']') else {
        return false;
    };
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edition_table_ends_at_the_next_header() {
        let text = "format = 1\n[edition]\nname = \"A\"\n\n[[people]]\nid = \"x\"\n";
        assert_eq!(
            edition_table_text(text, false),
            Some("[edition]\nname = \"A\"\n\n")
        );
    }

    #[test]
    fn a_header_inside_a_multiline_string_is_text() {
        let text = "[edition]\nsummary = \"\"\"\n[[people]]\n\"\"\"\nplace = \"x\"\n[[orgs]]\n";
        let table = edition_table_text(text, false).unwrap();
        assert!(table.contains("place = \"x\""), "{table}");
        assert!(!table.contains("[[orgs]]"), "{table}");
    }

    #[test]
    fn windows_line_ends_and_a_table_after_others_are_found() {
        let text = "format = 1\r\n[[orgs]]\r\nid = \"a\"\r\n[edition] # here\r\nname = \"A\"\r\n[[people]]\r\n";
        assert_eq!(
            edition_table_text(text, true),
            Some("[edition] # here\r\nname = \"A\"\r\n")
        );
        // A line of a multi-line array that starts with '[' ends the part early; the
        // table then fails to read and the whole file decides.
        let nested = "[edition]\nx = [\n[1],\n]\n";
        assert_eq!(edition_table_text(nested, true), Some("[edition]\nx = [\n"));
    }

    #[test]
    fn no_header_means_the_whole_file_decides() {
        assert_eq!(
            edition_table_text("format = 1\nedition.name = \"A\"\n", true),
            None
        );
        // A table that runs to the end of a part of the file may go on: read the rest.
        assert_eq!(edition_table_text("[edition]\nname = \"A\"\n", false), None);
        assert!(edition_table_text("[edition]\nname = \"A\"\n", true).is_some());
        assert!(is_edition_header("[ edition ]  # the edition\n"));
        assert!(!is_edition_header("[editions]\n"));
        assert!(!is_edition_header("[[edition]]\n"));
    }
}
