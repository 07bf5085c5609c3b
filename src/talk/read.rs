//! Reading a deck file into a `Talk`: its bytes (size limit, UTF-8), its TOML, and every key
//! against `deck-format.md`, with the content's decoder so that problems read as content's do.

use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::fields::{DECK, DECK_FILE, SHOW_WORDS, SLIDE};
use super::model::{Show, Talk, TalkSlide, TalkSlideKind};
use crate::content::decode::{Decoder, Fields, Value};
use crate::content::diagnostic::{Diagnostic, FileId, Location, Severity, SourceMap};
use crate::content::files::{MAX_FILE_BYTES, read_bytes, utf8_text};
use crate::content::is_id;
use crate::content::parse::{check_format, parse_toml};
use crate::content::regular::ReadError;
use crate::content::regular::Special;
use crate::i18n::Lang;
use crate::i18n::deck::Deck as DeckWords;
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
pub fn read(path: &Path, lang: Lang) -> TalkFile {
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
        Err(ReadError::TooLarge(size)) => return unread(sources, too_large(name, size, lang)),
        Err(ReadError::NotRegular(what)) => return unread(sources, not_a_file(name, what, lang)),
        Err(ReadError::Io(e)) => return unread(sources, unreadable(name, &e, lang)),
    };
    match utf8_text(file, Cow::Owned(bytes)) {
        Ok(text) => {
            let mut read = read_text(path, file, &text, lang);
            sources.set_text(file, text);
            read.sources = sources;
            read
        }
        Err(bad) => {
            let (shown, mut diagnostic) = *bad;
            diagnostic.fix_words(&lang.words().diagnostics.wording());
            diagnostic.help = Some(lang.words().deck.not_utf8_help.into());
            sources.set_text(file, shown);
            unread(sources, diagnostic)
        }
    }
}

/// Reads a deck from its text, as file `file` of a source map the caller keeps (`sources` of
/// the result is empty). `path` is only what the talk says it was read from.
pub fn read_text(path: &Path, file: FileId, text: &str, lang: Lang) -> TalkFile {
    let mut diagnostics = Vec::new();
    let mut references = References::empty(file);
    let talk = {
        let mut d = Decoder::new(file, &mut diagnostics);
        deck_file(&mut d, text, path, &mut references, lang)
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

fn deck_file(
    d: &mut Decoder,
    text: &str,
    path: &Path,
    refs: &mut References,
    lang: Lang,
) -> Option<Talk> {
    let w = &lang.words().deck;
    let root = parse_toml(d, text)?;
    check_format(d, root.get_ref(), &DECK_FILE)?;
    let f = fields(d, root.get_ref(), 0..0, &DECK_FILE, lang);
    let deck = d.optional(&f, "deck", |d, v| deck(d, v, refs, lang));
    let slides = d.optional(&f, "slides", |d, v| Some(slides(d, v, refs, lang)));
    let slides = match slides {
        Ok(Some(slides)) => slides,
        Ok(None) => {
            d.error(w.no_slides, 0..0).help = Some(w.no_slides_help.into());
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

fn deck(d: &mut Decoder, value: &Value, refs: &mut References, lang: Lang) -> Option<Deck> {
    let table = d.table(value, "deck")?;
    let f = fields(d, table, value.span(), &DECK, lang);
    let title = d.optional(&f, "title", |d, v| d.text(v, Line));
    let editions = d.optional(&f, "editions", |d, v| edition_refs(d, v, refs, lang));
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
fn edition_refs(
    d: &mut Decoder,
    value: &Value,
    refs: &mut References,
    lang: Lang,
) -> Option<Vec<String>> {
    let w = &lang.words().deck;
    let written = d.refs(value)?;
    let mut ok = true;
    for (at, edition) in written.iter().enumerate() {
        if at == 2 {
            ok = false;
            d.error(w.too_many_editions, edition.span.clone()).help =
                Some(w.too_many_editions_help.into());
        }
        if !is_edition_ref(&edition.value) {
            ok = false;
            d.error((w.not_an_edition)(&edition.value), edition.span.clone())
                .help = Some(w.not_an_edition_help.into());
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
fn slides(
    d: &mut Decoder,
    value: &Value,
    refs: &mut References,
    lang: Lang,
) -> Option<Vec<TalkSlide>> {
    let w = &lang.words().deck;
    let tables = d.tables(value, "slides");
    if tables.is_empty() {
        // A type error (not an array of tables) is reported already.
        if matches!(value.get_ref(), DeValue::Array(items) if items.is_empty()) {
            d.error(w.no_slides, value.span()).help = Some(w.no_slides_help.into());
        }
        return None;
    }
    let count = tables.len();
    let slides: Vec<TalkSlide> = (tables.into_iter().enumerate())
        .filter_map(|(at, (table, span))| slide(d, table, span, at, refs, lang))
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
    lang: Lang,
) -> Option<TalkSlide> {
    let w = &lang.words().deck;
    let f = fields(d, table, span.clone(), &SLIDE, lang);
    let show = d.optional(&f, "show", |d, v| d.keyword(v, &SHOW_WORDS, show_of_word));
    let key = d.optional(&f, "key", Decoder::string);
    let title = d.optional(&f, "title", |d, v| d.text(v, Line));
    let body = d.optional(&f, "body", |d, v| d.text(v, Paragraph));
    let notes = d.optional(&f, "notes", |d, v| d.text(v, Paragraph));
    let written = |key: &str| table.get_key_value(key).map(|(k, _)| k.span());
    let mut ok = show_or_title(d, f.get("show").is_some(), &written, span.clone(), w);
    let mut wrong = |d: &mut Decoder, message: &str, span: Range<usize>, help: &str| {
        ok = false;
        d.error(message, span).help = Some(help.into());
    };
    let show = show.ok().flatten();
    let takes_key = show.is_some_and(Show::takes_key);
    match (show, written("key"), &key) {
        (Some(show), None, _) if takes_key => wrong(
            d,
            &(w.needs_key)(show.word()),
            f.get("show").map_or(span.clone(), |v| v.span()),
            w.needs_key_help,
        ),
        (_, Some(key_span), _) if !takes_key && (show.is_some() || f.get("title").is_some()) => {
            wrong(d, w.key_only_with, key_span, w.key_only_with_help)
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
    w: &DeckWords,
) -> bool {
    let mut ok = true;
    let mut wrong = |d: &mut Decoder, message: &str, span: Range<usize>, help: &str| {
        ok = false;
        d.error(message, span).help = Some(help.into());
    };
    match (show, written("title")) {
        (true, Some(title)) => wrong(d, w.show_and_title, title, w.show_and_title_help),
        (false, None) => wrong(d, w.show_or_title, span.clone(), w.show_or_title_help),
        (true, None) => {
            if let Some(body) = written("body") {
                wrong(d, w.body_only_own, body, w.body_only_own_help);
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
    lang: Lang,
) -> Fields<'a, 'i> {
    let before = d.diagnostics.len();
    let fields = d.fields(table, span, spec);
    for unknown in &mut d.diagnostics[before..] {
        unknown.fix_words(&lang.words().diagnostics.wording());
        unknown.label = Some(lang.words().deck.not_a_deck_key.into());
    }
    fields
}

fn too_large(name: String, bytes: u64, lang: Lang) -> Diagnostic {
    let w = &lang.words().deck;
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let limit = MAX_FILE_BYTES / (1024 * 1024);
    Diagnostic::error((w.too_large)(mib, limit), Location::Path(name)).with_help(w.too_large_help)
}

fn not_a_file(name: String, what: Special, lang: Lang) -> Diagnostic {
    let words = lang.words();
    let what = (words.diagnostics.special)(what);
    Diagnostic::error((words.deck.not_a_file)(&name, what), Location::Nowhere)
        .with_help(words.deck.point_at_a_deck)
}

fn unreadable(name: String, error: &std::io::Error, lang: Lang) -> Diagnostic {
    let w = &lang.words().deck;
    let message = match error.kind() {
        std::io::ErrorKind::NotFound => (w.missing)(&name),
        _ => (w.unreadable)(&name, &error.to_string()),
    };
    Diagnostic::error(message, Location::Nowhere).with_help(w.point_at_a_deck)
}
