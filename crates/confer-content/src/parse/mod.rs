//! One content file's text to its raw form: TOML syntax, then every key and value against the
//! content format. Everything wrong is reported; whatever is whole is kept.

use toml::de::{DeTable, DeValue};

use super::decode::{Decoder, Fields, Located};
use super::fields::{EDITION_FILE, FORMAT, FieldKind, SERIES, SERIES_FILE, TableSpec};
use super::raw::*;
use entries::*;

mod coverage;
mod entries;
mod headers;
mod parts;
mod plain;
use crate::diagnostic::Problem;
use crate::sanitize::TextShape::{Line, Paragraph};

pub(crate) fn series_file(d: &mut Decoder, text: &str) -> Option<RawSeriesFile> {
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref(), &SERIES_FILE)?;
    let f = d.fields(root.get_ref(), 0..0, &SERIES_FILE);
    let series = d.required(&f, "series", |d, v| {
        let table = d.table(v, "series")?;
        let f = d.fields(table, v.span(), &SERIES);
        let name = d.required(&f, "name", |d, v| d.text(v, Line));
        let organizer = d.optional(&f, "organizer", |d, v| d.text(v, Line));
        let about = d.optional(&f, "about", |d, v| d.text(v, Paragraph));
        let sources = d.optional(&f, "sources", Decoder::refs);
        Some(RawSeries {
            name: name?,
            organizer: organizer.ok()?,
            about: about.ok()?,
            sources: sources.ok()?.unwrap_or_default(),
        })
    });
    let mut file = RawSeriesFile {
        series,
        ..RawSeriesFile::default()
    };
    (file.orgs, file.topics, file.sources) = shared_kinds(
        d,
        &f,
        &mut file.entry_count,
        &mut file.source_count,
        &mut file.declared,
    );
    Some(file)
}

pub(crate) fn edition_file(d: &mut Decoder, text: &str) -> Option<RawEditionFile> {
    if text.len() >= parts::WORTH_SPLITTING {
        let before = d.diagnostics.len();
        if let Some(file) = edition_in_parts(d, text) {
            return file;
        }
        // A shape or a problem the parts do not read: the whole parse says what it is.
        d.diagnostics.truncate(before);
    }
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref(), &EDITION_FILE)?;
    let mut file = RawEditionFile::default();
    edition_root(d, root.get_ref(), &mut file, true);
    Some(file)
}

/// An edition file read a part at a time, each part let go once its entries are read;
/// `None` when the file is to be parsed whole instead.
fn edition_in_parts(d: &mut Decoder, text: &str) -> Option<Option<RawEditionFile>> {
    let parts = parts::Parts::of(text)?;
    let format = d.diagnostics.len();
    if check_format(d, &parts.head, &EDITION_FILE).is_none() {
        d.diagnostics.truncate(format);
        return None;
    }
    let mut file = RawEditionFile::default();
    edition_root(d, &parts.head, &mut file, true);
    // A key of the root that is no key of the format is reported once, not once a run.
    let mut unknown: Vec<String> = Vec::new();
    for at in 0..parts.runs() {
        let mut run = parts.run(at)?;
        for key in &unknown {
            run.remove(key.as_str());
        }
        unknown.extend(
            run.keys()
                .map(|key| key.get_ref().to_string())
                .filter(|key| EDITION_FILE.field(key).is_none()),
        );
        edition_root(d, &run, &mut file, false);
    }
    Some(Some(file))
}

/// The entries of one root table of an edition file (the whole file's, or one part's) added
/// to `file`; with `head`, the keys that are not arrays of tables too.
fn edition_root(d: &mut Decoder, root: &DeTable, file: &mut RawEditionFile, head: bool) {
    let f = d.fields(root, 0..0, &EDITION_FILE);
    if head {
        file.edition = d.required(&f, "edition", edition);
        if let Ok(Some(coverage)) = d.optional(&f, "coverage", coverage::coverage) {
            file.coverage = coverage;
        }
    } else {
        // A run holds arrays of tables only: the other keys are read in the head.
        f.read_elsewhere();
    }
    let (orgs, topics, sources) = shared_kinds(
        d,
        &f,
        &mut file.entry_count,
        &mut file.source_count,
        &mut file.declared,
    );
    file.orgs.extend(orgs);
    file.topics.extend(topics);
    file.sources.extend(sources);
    let count = &mut file.entry_count;
    let declared = &mut file.declared;
    file.figures
        .extend(entries(d, &f, "figures", count, declared, None, figure));
    file.people
        .extend(entries(d, &f, "people", count, declared, None, person));
    file.sessions.extend(entries(
        d,
        &f,
        "sessions",
        count,
        declared,
        Some(RefKind::Session),
        session,
    ));
    file.outcomes
        .extend(entries(d, &f, "outcomes", count, declared, None, outcome));
    file.timeline
        .extend(entries(d, &f, "timeline", count, declared, None, event));
    file.notes
        .extend(entries(d, &f, "notes", count, declared, None, note));
}

/// Only the `[edition]` table of an edition file's text, for the index: `None` when the
/// text is not TOML or the table is not whole (the whole file then says why).
pub(crate) fn edition_table(d: &mut Decoder, text: &str) -> Option<RawEdition> {
    let root = parse_toml(d, text)?;
    let value = root.get_ref().get("edition")?;
    edition(d, value)
}

/// The kinds a series shares with its editions, which both kinds of file may hold.
fn shared_kinds(
    d: &mut Decoder,
    f: &Fields,
    entry_count: &mut usize,
    source_count: &mut usize,
    declared: &mut Declared,
) -> (Vec<RawOrg>, Vec<RawTopic>, Vec<RawSource>) {
    let orgs = entries(d, f, "orgs", entry_count, declared, Some(RefKind::Org), org);
    let topics = entries(
        d,
        f,
        "topics",
        entry_count,
        declared,
        Some(RefKind::Topic),
        topic,
    );
    let sources = entries(
        d,
        f,
        "sources",
        source_count,
        declared,
        Some(RefKind::Source),
        source,
    );
    (orgs, topics, sources)
}

pub fn parse_toml<'i>(d: &mut Decoder, text: &'i str) -> Option<toml::Spanned<DeTable<'i>>> {
    let (root, errors) = DeTable::parse_recoverable(text);
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().trim_end().replace('\n', "; ");
        d.report(Problem::TomlSyntax { message }, span);
    }
    // A partly parsed document would only add errors that follow from the first.
    errors.is_empty().then_some(root)
}

/// Checked before anything else: a file of another version may use keys this one does not know.
pub fn check_format(d: &mut Decoder, root: &DeTable, spec: &TableSpec) -> Option<()> {
    debug_assert!(
        spec.field("format")
            .is_some_and(|f| f.required && matches!(f.kind, FieldKind::Version(FORMAT))),
        "src/content/fields.rs declares no required 'format = {FORMAT}' in {}",
        spec.what
    );
    let Some(value) = root.get("format") else {
        d.report(Problem::MissingFormat { format: FORMAT }, 0..0);
        return None;
    };
    let version = d.integer(value)?;
    if version.value != FORMAT {
        let problem = Problem::UnsupportedFormat {
            version: version.value,
            format: FORMAT,
        };
        d.report(problem, version.span);
        return None;
    }
    Some(())
}

/// Reads every table of `[[key]]`, noting declared ids even of entries that are not kept.
fn entries<T>(
    d: &mut Decoder,
    root: &Fields,
    key: &'static str,
    count: &mut usize,
    declared: &mut Declared,
    defines: Option<RefKind>,
    read: fn(&mut Decoder, &Fields) -> Option<T>,
) -> Vec<T> {
    // The kind of its tables, as fields.rs declares the key in the file's root.
    let Some(FieldKind::Tables(spec)) = root.kind(key) else {
        debug_assert!(
            false,
            "the loader reads '{key}' in {} as an array of tables, but src/content/fields.rs \
             does not declare it so",
            root.what
        );
        return Vec::new();
    };
    let Some(value) = root.get(key) else {
        return Vec::new();
    };
    let tables = d.tables(value, key);
    *count += tables.len();
    tables
        .into_iter()
        .filter_map(|(table, span)| {
            if let Some(DeValue::String(id)) = table.get("id").map(|v| v.get_ref())
                && let Some(kind) = defines
            {
                declared.ids_mut(kind).insert(id.to_string());
            }
            let fields = d.fields(table, span, spec);
            let entry = read(d, &fields);
            if entry.is_none() {
                declared.orphan_refs.extend(refs_in(table));
            }
            entry
        })
        .collect()
}

/// The well-formed references of a table, read without reporting (its problems are reported
/// by the entry's own reading).
fn refs_in(table: &DeTable) -> Vec<(RefKind, Ref)> {
    let mut refs = Vec::new();
    for (key, kind) in RefKind::KEYS {
        let Some(value) = table.get(*key) else {
            continue;
        };
        let items = match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            _ => vec![value],
        };
        for item in items {
            if let DeValue::String(id) = item.get_ref() {
                refs.push((
                    *kind,
                    Located {
                        value: id.to_string(),
                        span: item.span(),
                    },
                ));
            }
        }
    }
    refs
}

#[cfg(test)]
mod tests;
