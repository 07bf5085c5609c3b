//! A deck's references checked against the content: its editions and series exist, and each
//! slide's figure key names a figure of the editions compared (or of the series).

use std::collections::BTreeSet;

use super::model::Show;
use super::read::{References, Written};
use crate::content::diagnostic::{Diagnostic, Location};
use crate::content::{EditionId, Index, Library, closest};
use crate::editions::{ChoiceError, indices};
use crate::i18n::Lang;
use crate::i18n::deck::Deck as DeckWords;

/// The editions a deck compares, as positions in `index.editions()`: those `given` (the
/// command line) win, then the deck's `editions`, then the first and latest edition of the
/// deck's `series`, then the pair the command line would choose by default.
pub fn compared_pair(
    index: &Index,
    deck_editions: &[String],
    deck_series: Option<&str>,
    given: &[String],
) -> Result<(usize, usize), ChoiceError> {
    if !given.is_empty() {
        return indices(index, given);
    }
    if !deck_editions.is_empty() {
        return indices(index, deck_editions);
    }
    let Some(series) = deck_series else {
        return indices(index, &[]);
    };
    let found = index.series.iter().find(|s| s.id == series);
    match found.and_then(|s| s.editions.last()) {
        // One edition named, the latest: compared with the first, as the command line does.
        Some(latest) => indices(index, &[latest.id.to_string()]),
        None => Err(ChoiceError::NoEditions {
            series: series.to_string(),
        }),
    }
}

/// Every reference of a deck that the content does not have, each an error at the reference
/// with "did you mean". `given` are editions named on the command line, which win over the
/// deck's. Editions are read whole where figure keys need them (hence `&mut`).
pub fn check_references(
    refs: &References,
    library: &mut Library,
    given: &[String],
    lang: Lang,
) -> Vec<Diagnostic> {
    let w = &lang.words().deck;
    let mut out = Vec::new();
    for edition in &refs.editions {
        if let Some(problem) = unknown_edition(library, refs, edition, w) {
            out.push(problem);
        }
    }
    if let Some(series) = &refs.series
        && !library.index.series.iter().any(|s| s.id == series.value)
    {
        let known: Vec<&str> = library.index.series.iter().map(|s| s.id.as_str()).collect();
        out.push(unknown(
            refs,
            series,
            (w.no_series)(&series.value),
            &known,
            w.series_are,
            w,
        ));
    }
    // Which editions are compared cannot be told from editions that are not there.
    if !out.is_empty() || refs.keys.is_empty() {
        return out;
    }
    let editions: Vec<String> = refs.editions.iter().map(|e| e.value.clone()).collect();
    let series = refs.series.as_ref().map(|s| s.value.as_str());
    let pair: Result<Vec<EditionId>, ChoiceError> =
        compared_pair(&library.index, &editions, series, given).map(|(left, right)| {
            [left, right]
                .iter()
                .filter_map(|at| library.index.get(*at).map(|e| e.id.clone()))
                .collect()
        });
    let has_figures = refs.keys.iter().any(|k| k.show == Show::Figure);
    match &pair {
        Ok(pair) if has_figures => figure_keys(refs, library, pair, &mut out, w),
        Err(choice) if has_figures => out.push(Diagnostic::error(
            (w.keys_unchecked)(&choice.said(&lang.words().cli.messages)),
            Location::Nowhere,
        )),
        _ => {}
    }
    // The deck's series is the one shown when no editions say otherwise.
    let shown_series = if given.is_empty() && editions.is_empty() && series.is_some() {
        series.map(str::to_string)
    } else {
        pair.ok()
            .and_then(|pair| pair.first().map(|id| id.series.clone()))
    };
    if let Some(shown_series) = shown_series {
        series_keys(refs, library, &shown_series, &mut out, w);
    }
    out
}

/// `[deck] editions`: one that is not there, or a stem that names more than one.
fn unknown_edition(
    library: &Library,
    refs: &References,
    edition: &Written,
    w: &DeckWords,
) -> Option<Diagnostic> {
    let index = &library.index;
    let matching: Vec<String> = index
        .editions()
        .filter(|(_, e)| e.id.to_string() == edition.value || e.id.stem == edition.value)
        .map(|(_, e)| e.id.to_string())
        .collect();
    match matching.len() {
        1 => None,
        0 if left_out(library, &edition.value) => Some(
            Diagnostic::error(
                (w.does_not_read)(&edition.value),
                refs.at(edition.span.clone()),
            )
            .with_help(w.does_not_read_help),
        ),
        0 => {
            let known: Vec<String> = index.editions().map(|(_, e)| e.id.to_string()).collect();
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            Some(unknown(
                refs,
                edition,
                (w.no_edition)(&edition.value),
                &known,
                w.editions_are,
                w,
            ))
        }
        _ => Some(
            Diagnostic::error(
                (w.more_than_one)(&edition.value),
                refs.at(edition.span.clone()),
            )
            .with_help((w.write_series_stem)(&matching)),
        ),
    }
}

/// Whether the edition named is in the content but left out of its index, its file having
/// errors: "no edition" would send the reader looking for a typo.
fn left_out(library: &Library, edition: &str) -> bool {
    let file = format!("/{edition}.toml");
    library.left_out().into_iter().any(|d| match &d.location {
        Location::Span(id, _) => library.sources.get(*id).name.ends_with(&file),
        Location::Path(path) => path.ends_with(&file),
        Location::Nowhere => false,
    })
}

/// `figure` slides: the key is a figure of either edition compared.
fn figure_keys(
    refs: &References,
    library: &mut Library,
    pair: &[EditionId],
    out: &mut Vec<Diagnostic>,
    w: &DeckWords,
) {
    let keyed: Vec<&Written> = refs
        .keys
        .iter()
        .filter(|k| k.show == Show::Figure)
        .map(|k| &k.key)
        .collect();
    if keyed.is_empty() {
        return;
    }
    if !library.read(pair).is_empty() {
        out.push(
            Diagnostic::error(
                (w.keys_content_errors)(&names(pair, true, w)),
                Location::Nowhere,
            )
            .with_help(w.check_content_help),
        );
        return;
    }
    let mut known = BTreeSet::new();
    for id in pair {
        if let Some((_, edition)) = library.edition(id) {
            known.extend(edition.figures.iter().map(|f| f.key.clone()));
        }
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    for key in keyed {
        if !known.contains(&key.value.as_str()) {
            let message = (w.no_figure)(&key.value, &names(pair, false, w));
            out.push(unknown(refs, key, message, &known, w.their_figures_are, w));
        }
    }
}

/// `series` slides: the key is a figure of some edition of the series shown.
fn series_keys(
    refs: &References,
    library: &Library,
    series: &str,
    out: &mut Vec<Diagnostic>,
    w: &DeckWords,
) {
    let keyed: Vec<&Written> = refs
        .keys
        .iter()
        .filter(|k| k.show == Show::Series)
        .map(|k| &k.key)
        .collect();
    if keyed.is_empty() {
        return;
    }
    let mut known = BTreeSet::new();
    library.each_edition_of(series, &mut |edition| {
        if let Ok(edition) = edition {
            known.extend(edition.figures.iter().map(|f| f.key.clone()));
        }
    });
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    for key in keyed {
        if !known.contains(&key.value.as_str()) {
            let message = (w.no_figure_in_series)(&key.value, series);
            out.push(unknown(refs, key, message, &known, w.its_figures_are, w));
        }
    }
}

/// An error at a name the content does not have: "did you mean" when one is near, else the
/// names there are.
fn unknown(
    refs: &References,
    written: &Written,
    message: String,
    known: &[&str],
    listing: &str,
    w: &DeckWords,
) -> Diagnostic {
    let help = match closest(&written.value, known.iter().copied()) {
        Some(near) => (w.did_you_mean)(near),
        None => (w.listing)(listing, known),
    };
    Diagnostic::error(message, refs.at(written.span.clone())).with_help(help)
}

/// `wic/2014 or wic/2025` (`and` with `both`), or the one.
fn names(pair: &[EditionId], both: bool, w: &DeckWords) -> String {
    let mut ids: Vec<String> = pair.iter().map(EditionId::to_string).collect();
    ids.dedup();
    (w.editions)(&ids, both)
}
