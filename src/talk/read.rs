//! Reading a deck file into a `Talk`: its bytes (size limit, UTF-8), its TOML, and every key
//! against `deck-format.md`, with the content's decoder so that problems read as content's do.

use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::fields::{DECK, DECK_FILE, SHOW_WORDS, SLIDE};
use super::model::{Show, Talk, TalkSlide, TalkSlideKind};
use crate::content::decode::{Decoder, Fields, Value};
use crate::content::diagnostic::{Diagnostic, FileId, Location, Severity, SourceMap, Wording};
use crate::content::files::{MAX_FILE_BYTES, read_bytes, utf8_text};
use crate::content::is_id;
use crate::content::parse::{check_format, parse_toml};
use crate::content::regular::ReadError;
use crate::content::regular::Special;
use crate::text::TextShape::{Line, Paragraph};

/// A deck file read: the talk when it has no errors, where its references were written (kept
/// also when the talk has errors, so that `check` reports every problem in one run), the file
/// for rendering diagnostics, and every problem found.
#[derive(Debug)]
pub struct TalkFile {
    pub talk: Option<Talk>,
    pub references: References,
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// What a deck names in the content, each with the place it was written: checked against the
/// content by `check_references` once the content is open.
#[derive(Clone, Debug)]
pub struct References {
    pub file: FileId,
    /// `[deck] editions`, the well-formed ones.
    pub editions: Vec<Written>,
    /// `[deck] series`.
    pub series: Option<Written>,
    /// The `key` of each `figure` and `series` slide.
    pub keys: Vec<KeyRef>,
}

/// A string from the deck and the byte range of its value in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub value: String,
    pub span: Range<usize>,
}

/// A slide's figure key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRef {
    /// The slide's place among the `[[slides]]`, from 0.
    pub slide: usize,
    /// `Show::Figure` or `Show::Series`.
    pub show: Show,
    pub key: Written,
}

impl References {
    /// The place of a value of this deck, for a diagnostic.
    pub fn at(&self, span: Range<usize>) -> Location {
        Location::Span(self.file, span)
    }
}

/// Reads the deck file at `path`. Never fails: a file that cannot be read, is too large or not
/// UTF-8 is a diagnostic like any other, and `talk` is then `None`.
pub fn read(path: &Path) -> TalkFile {
    let name = path.display().to_string();
    let mut sources = SourceMap::default();
    let file = sources.reserve(name.clone());
    let unread = |sources, diagnostic| TalkFile {
        talk: None,
        references: References::empty(file),
        sources,
        diagnostics: vec![diagnostic],
    };
    let bytes = match read_bytes(path) {
        Ok(bytes) => bytes,
        Err(ReadError::TooLarge(size)) => return unread(sources, too_large(name, size)),
        Err(ReadError::NotRegular(what)) => return unread(sources, not_a_file(name, what)),
        Err(ReadError::Io(e)) => return unread(sources, unreadable(name, &e)),
    };
    match utf8_text(file, Cow::Owned(bytes)) {
        Ok(text) => {
            let mut read = read_text(path, file, &text);
            sources.set_text(file, text);
            read.sources = sources;
            read
        }
        Err(bad) => {
            let (shown, mut diagnostic) = *bad;
            diagnostic.fix_words(&Wording::ENGLISH);
            diagnostic.help = Some("save the file as UTF-8 (deck files are UTF-8 only)".into());
            sources.set_text(file, shown);
            unread(sources, diagnostic)
        }
    }
}

/// Reads a deck from its text, as file `file` of a source map the caller keeps (`sources` of
/// the result is empty). `path` is only what the talk says it was read from.
pub fn read_text(path: &Path, file: FileId, text: &str) -> TalkFile {
    let mut diagnostics = Vec::new();
    let mut references = References::empty(file);
    let talk = {
        let mut d = Decoder::new(file, &mut diagnostics);
        deck_file(&mut d, text, path, &mut references)
    };
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    TalkFile {
        talk: talk.filter(|_| !failed),
        references,
        sources: SourceMap::default(),
        diagnostics,
    }
}

impl References {
    fn empty(file: FileId) -> References {
        References {
            file,
            editions: Vec::new(),
            series: None,
            keys: Vec::new(),
        }
    }
}

fn deck_file(d: &mut Decoder, text: &str, path: &Path, refs: &mut References) -> Option<Talk> {
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref(), &DECK_FILE)?;
    let f = fields(d, root.get_ref(), 0..0, &DECK_FILE);
    let deck = d.optional(&f, "deck", |d, v| deck(d, v, refs));
    let slides = d.optional(&f, "slides", |d, v| Some(slides(d, v, refs)));
    let slides = match slides {
        Ok(Some(slides)) => slides,
        Ok(None) => {
            d.error("a deck needs at least one [[slides]]", 0..0).help =
                Some("add a [[slides]] table with show = \"…\" or title = \"…\"".into());
            return None;
        }
        Err(()) => return None,
    };
    let (title, editions, series) = deck.ok()?.unwrap_or_default();
    Some(Talk {
        path: path.to_path_buf(),
        title,
        editions,
        series,
        slides: slides?,
    })
}

/// `[deck]`: the title, the editions and the series.
type Deck = (Option<crate::content::Text>, Vec<String>, Option<String>);

fn deck(d: &mut Decoder, value: &Value, refs: &mut References) -> Option<Deck> {
    let table = d.table(value, "deck")?;
    let f = fields(d, table, value.span(), &DECK);
    let title = d.optional(&f, "title", |d, v| d.text(v, Line));
    let editions = d.optional(&f, "editions", |d, v| edition_refs(d, v, refs));
    let series = d.optional(&f, "series", Decoder::id);
    if let Ok(Some(series)) = &series {
        refs.series = Some(Written {
            value: series.value.clone(),
            span: series.span.clone(),
        });
    }
    Some((
        title.ok()?,
        editions.ok()?.unwrap_or_default(),
        series.ok()?.map(|s| s.value),
    ))
}

/// `editions`: at most two, each `series/stem` or a stem.
fn edition_refs(d: &mut Decoder, value: &Value, refs: &mut References) -> Option<Vec<String>> {
    let written = d.refs(value)?;
    let mut ok = true;
    for (at, edition) in written.iter().enumerate() {
        if at == 2 {
            ok = false;
            d.error("a deck compares at most two editions", edition.span.clone())
                .help = Some("keep two editions: the left one and the right one".into());
        }
        if !is_edition_ref(&edition.value) {
            ok = false;
            d.error(
                format!("'{}' is not an edition", edition.value),
                edition.span.clone(),
            )
            .help =
                Some("write series/stem, such as wic/2014, or a stem unique across series".into());
            continue;
        }
        refs.editions.push(Written {
            value: edition.value.clone(),
            span: edition.span.clone(),
        });
    }
    ok.then(|| written.into_iter().map(|e| e.value).collect())
}

/// `series/stem` or `stem`, each an id.
fn is_edition_ref(s: &str) -> bool {
    match s.split_once('/') {
        Some((series, stem)) => is_id(series) && is_id(stem),
        None => is_id(s),
    }
}

/// Every `[[slides]]` entry; `None` when one of them is wrong (each is still read, so that
/// every problem is reported).
fn slides(d: &mut Decoder, value: &Value, refs: &mut References) -> Option<Vec<TalkSlide>> {
    let tables = d.tables(value, "slides");
    if tables.is_empty() {
        // A type error (not an array of tables) is reported already.
        if matches!(value.get_ref(), DeValue::Array(items) if items.is_empty()) {
            d.error("a deck needs at least one [[slides]]", value.span())
                .help = Some("add a [[slides]] table with show = \"…\" or title = \"…\"".into());
        }
        return None;
    }
    let count = tables.len();
    let slides: Vec<TalkSlide> = (tables.into_iter().enumerate())
        .filter_map(|(at, (table, span))| slide(d, table, span, at, refs))
        .collect();
    (slides.len() == count).then_some(slides)
}

/// One `[[slides]]` entry: a generated slide (`show`) or one's own (`title`), never both.
fn slide(
    d: &mut Decoder,
    table: &DeTable,
    span: Range<usize>,
    at: usize,
    refs: &mut References,
) -> Option<TalkSlide> {
    let f = fields(d, table, span.clone(), &SLIDE);
    let show = d.optional(&f, "show", |d, v| d.keyword(v, &SHOW_WORDS, show_of_word));
    let key = d.optional(&f, "key", Decoder::string);
    let title = d.optional(&f, "title", |d, v| d.text(v, Line));
    let body = d.optional(&f, "body", |d, v| d.text(v, Paragraph));
    let notes = d.optional(&f, "notes", |d, v| d.text(v, Paragraph));
    let written = |key: &str| table.get_key_value(key).map(|(k, _)| k.span());
    let mut ok = show_or_title(d, f.get("show").is_some(), &written, span.clone());
    let mut wrong = |d: &mut Decoder, message: &str, span: Range<usize>, help: &str| {
        ok = false;
        d.error(message, span).help = Some(help.into());
    };
    let show = show.ok().flatten();
    let takes_key = show.is_some_and(Show::takes_key);
    match (show, written("key"), &key) {
        (Some(show), None, _) if takes_key => wrong(
            d,
            &format!("show = \"{}\" needs a 'key'", show.word()),
            f.get("show").map_or(span.clone(), |v| v.span()),
            "add key = \"…\": the figure to show, such as \"participants\"",
        ),
        (_, Some(key_span), _) if !takes_key && (show.is_some() || f.get("title").is_some()) => {
            wrong(
                d,
                "'key' goes only with show = \"figure\" or \"series\"",
                key_span,
                "remove it: only a figure slide and a series slide show one figure",
            )
        }
        (Some(show), Some(_), Ok(Some(key))) if takes_key => refs.keys.push(KeyRef {
            slide: at,
            show,
            key: Written {
                value: key.value.clone(),
                span: key.span.clone(),
            },
        }),
        _ => {}
    }
    let notes = notes.ok()?;
    let kind = match (show, title.ok()?) {
        (Some(show), None) => TalkSlideKind::Show {
            show,
            key: key.ok()?.map(|k| k.value),
        },
        (None, Some(title)) => TalkSlideKind::Own {
            title,
            body: body.ok()?,
        },
        _ => return None,
    };
    ok.then_some(TalkSlide { kind, notes })
}

/// A slide is generated (`show`) or one's own (`title`), never both, and only one's own has
/// a `body`: false, with the error said, where the slide written is not so.
fn show_or_title(
    d: &mut Decoder,
    show: bool,
    written: &dyn Fn(&str) -> Option<Range<usize>>,
    span: Range<usize>,
) -> bool {
    let mut ok = true;
    let mut wrong = |d: &mut Decoder, message: &str, span: Range<usize>, help: &str| {
        ok = false;
        d.error(message, span).help = Some(help.into());
    };
    match (show, written("title")) {
        (true, Some(title)) => wrong(
            d,
            "a slide has both 'show' and 'title'",
            title,
            "`show` puts a part of the comparison on the slide, `title` makes a slide of \
             one's own: keep one, or make two [[slides]]",
        ),
        (false, None) => wrong(
            d,
            "a slide needs 'show' or 'title'",
            span.clone(),
            "write show = \"figure\" (or another part of the comparison), or title = \"…\" \
             for a slide of one's own",
        ),
        (true, None) => {
            if let Some(body) = written("body") {
                wrong(
                    d,
                    "'body' is only for a slide of one's own (with 'title')",
                    body,
                    "a generated slide has no body; say it in notes, or make a slide of one's own",
                );
            }
        }
        (false, Some(_)) => {}
    }
    ok
}

fn show_of_word(word: &str) -> Option<Show> {
    Show::ALL
        .iter()
        .find(|(_, w)| *w == word)
        .map(|(show, _)| *show)
}

/// `Decoder::fields`, saying of an unknown key that it is not a key of the deck format (the
/// decoder's own label speaks of the content format).
fn fields<'a, 'i>(
    d: &mut Decoder,
    table: &'a DeTable<'i>,
    span: Range<usize>,
    spec: &'static crate::content::fields::TableSpec,
) -> Fields<'a, 'i> {
    let before = d.diagnostics.len();
    let fields = d.fields(table, span, spec);
    for unknown in &mut d.diagnostics[before..] {
        unknown.fix_words(&Wording::ENGLISH);
        unknown.label = Some("not a key of the deck format".into());
    }
    fields
}

fn too_large(name: String, bytes: u64) -> Diagnostic {
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let limit = MAX_FILE_BYTES / (1024 * 1024);
    Diagnostic::error(
        format!("file is {mib:.1} MiB; a deck file may be at most {limit} MiB"),
        Location::Path(name),
    )
    .with_help("is this the deck? A deck is a short hand-written TOML file")
}

fn not_a_file(name: String, what: Special) -> Diagnostic {
    let what = crate::content::diagnostic::special(what);
    Diagnostic::error(
        format!("deck file '{name}' is {what}, not a regular file"),
        Location::Nowhere,
    )
    .with_help("give the path of a deck file (talk.toml), or of a content folder")
}

fn unreadable(name: String, error: &std::io::Error) -> Diagnostic {
    let message = match error.kind() {
        std::io::ErrorKind::NotFound => format!("deck file '{name}' does not exist"),
        _ => format!("cannot read deck file '{name}': {error}"),
    };
    Diagnostic::error(message, Location::Nowhere)
        .with_help("give the path of a deck file (talk.toml), or of a content folder")
}
