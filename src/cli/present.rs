//! `confer present`: the default deck, or a presenter's talk (`--deck`), on the screen, in
//! the presenter console (`--presenter`), or written out for presenterm (`--export`).

use crate::present::SeriesModels;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::output::say;
use super::{
    PresentArgs, Settings, explore, explore_library, interactive, location, with_comparison,
};
use crate::present::room::Room;
use crate::present::{Slide, export};
use crate::talk::{self, Talk, compared_pair};
use crate::tui::Start;

pub(super) fn present(args: &PresentArgs, settings: &Settings) -> ExitCode {
    // A deck is checked first: its problems are worth saying on any output.
    if args.deck.is_none() && args.export.is_none() && !interactive() {
        return needs_a_terminal(settings);
    }
    match &args.deck {
        Some(deck) => present_talk(deck, args, settings),
        None if args.export.is_some() => export(&args.editions, None, args, settings),
        None => explore(&args.editions, settings, Start::Slides(args.only.clone())),
    }
}

/// A talk: the deck read and checked against the content (its problems printed as `check`
/// prints them, exit 1), then shown, or exported.
fn present_talk(deck: &Path, args: &PresentArgs, settings: &Settings) -> ExitCode {
    let checked = talk::check(
        deck,
        &location(settings.content.clone()),
        &args.editions,
        false,
        settings.lang,
    );
    let color = settings.color.enabled(std::io::stderr().is_terminal());
    // Warnings too (a control character taken out of a note): said before the screen opens.
    if checked.has_errors() || !checked.deck.diagnostics.is_empty() {
        let _ = write!(
            std::io::stderr(),
            "{}",
            checked.render(color, settings.lang)
        );
    }
    if checked.has_errors() {
        return ExitCode::from(1);
    }
    let library = checked.content;
    let Some(talk) = checked.deck.talk else {
        return ExitCode::from(1);
    };
    let pair = match compared_pair(
        &library.index,
        &talk.editions,
        talk.series.as_deref(),
        &args.editions,
    ) {
        Ok(pair) => pair,
        Err(error) => return super::choice_failed(&error, settings.lang),
    };
    if args.export.is_none() && !interactive() {
        return needs_a_terminal(settings);
    }
    if args.export.is_some() {
        let ids: Vec<String> = [pair.0, pair.1]
            .iter()
            .filter_map(|&at| library.index.get(at).map(|e| e.id.to_string()))
            .collect();
        return export(&ids, Some(&talk), args, settings);
    }
    // The room keeps this screen and the presenter's on one slide. The console is nothing
    // without it; an audience screen still shows the talk, and says why it follows no one.
    let (room, trouble) = match Room::join(&talk.path) {
        Ok(room) => (Some(room), None),
        Err(e) if args.presenter => {
            let words = &settings.lang.words().cli;
            let why = crate::present::room::said(&e, settings.lang);
            let why = (words.messages.console_unreachable)(&why);
            say!("{}{why}", words.usage.error);
            return ExitCode::from(1);
        }
        // The message names a folder from the environment: drawn, so sanitized.
        Err(e) => (
            None,
            Some(
                crate::text::sanitize(
                    &crate::present::room::said(&e, settings.lang),
                    crate::text::TextShape::Line,
                )
                .text,
            ),
        ),
    };
    let start = Start::Talk {
        talk: Box::new(talk),
        only: args.only.clone(),
        presenter: args.presenter,
        room,
        trouble,
    };
    explore_library(library, pair, settings, start)
}

fn needs_a_terminal(settings: &Settings) -> ExitCode {
    let words = &settings.lang.words().cli;
    say!(
        "{}{}",
        words.usage.error,
        words.messages.slides_need_terminal
    );
    ExitCode::from(2)
}

/// The deck (the default one, or a talk's) as Markdown slides for presenterm, cut into pages
/// for a terminal of `--size`.
fn export(
    ids: &[String],
    talk: Option<&Talk>,
    args: &PresentArgs,
    settings: &Settings,
) -> ExitCode {
    let layout = export::Layout::new(args.size);
    with_comparison(ids, settings, |comparison, library| {
        let pages = export::pages(comparison, talk, &args.only, &layout, settings.lang);
        // The series slide needs every edition of the series (of both, across two), read
        // only when it is asked for.
        let wanted = (pages.iter()).any(|page| matches!(page.slide, Slide::Series(_)));
        let read = |series: &str| {
            wanted
                .then(|| crate::series::read(library, series, &mut |_, _| {}))
                .flatten()
                .map(|read| read.model)
        };
        let left = read(&comparison.left.series.id);
        let right = comparison
            .across_series()
            .then(|| read(&comparison.right.series.id))
            .flatten();
        let series = SeriesModels {
            left: left.as_ref(),
            right: right.as_ref(),
        };
        export::markdown(comparison, talk, &pages, series, settings.lang, &layout)
    })
}
