//! The programme slide: each edition's days and how many sessions it lists, said once and
//! with how complete the list is, then the sessions by kind. The explorer's programme
//! section says the count three ways (a line, a total, the coverage); a slide says it once.

use crate::compare::{Comparison, Which};
use crate::content::{ListKind, SessionKind};
use crate::i18n::Lang;
use crate::rows::wording::{date_range, number_in};
use crate::rows::{Cell, Para, Row, Tone};

use super::body::Body;

pub fn program_slide<'a>(c: &'a Comparison<'a>, lang: Lang) -> (String, Body<'a>) {
    let title = lang.words().slides.program_title;
    let side = |which: Which| -> Cell {
        let e = c.side(which).edition;
        let mut cell = vec![
            Para::new(date_range(e.start, e.end, lang), Tone::Plain),
            Para::new(session_count(c, which, lang), Tone::Strong),
        ];
        // What the list covers, in the content's words: how far a short list goes.
        let note = c
            .coverage(which, ListKind::Sessions)
            .and_then(|cv| cv.note.as_ref());
        cell.extend(note.map(|n| Para::new(n.get(lang.tag()), Tone::Dim)));
        cell
    };
    let mut body = vec![Row::Pair(side(Which::Left), side(Which::Right))];
    let (left, right) = (
        by_kind(&c.program.left_kinds, lang),
        by_kind(&c.program.right_kinds, lang),
    );
    if !left.is_empty() || !right.is_empty() {
        body.push(Row::Blank);
        body.push(Row::Subheading(
            lang.words().labels.sessions_by_kind.to_string(),
        ));
        body.push(Row::Pair(left, right));
    }
    (title.to_string(), Body::Paired(body))
}

/// "16 sessions listed (a partial list)" / 「セッション16件（掲載は一部）」: how many
/// sessions the edition lists and, where it says, how complete that is.
fn session_count(c: &Comparison, which: Which, lang: Lang) -> String {
    let listed = c.listed(which, ListKind::Sessions);
    let n = number_in(listed as f64, lang);
    let coverage = c.coverage(which, ListKind::Sessions);
    let total = coverage
        .and_then(|cv| cv.total)
        .map(|t| number_in(t as f64, lang));
    let complete = coverage.map(|cv| cv.complete);
    if listed == 0 {
        return lang.words().slides.no_sessions.to_string();
    }
    (lang.words().slides.sessions)(&n, complete, total.as_deref(), listed)
}

/// "ceremony 2, forum 11" / 「式典2件、フォーラム11件」: the kinds' counts, which add up to the
/// count said above and so do not say it again.
fn by_kind(kinds: &[(Option<SessionKind>, usize)], lang: Lang) -> Cell {
    if kinds.is_empty() {
        return Vec::new();
    }
    let sep = lang.words().sections.list_sep;
    let parts: Vec<String> = kinds
        .iter()
        .map(|(kind, n)| {
            let word = kind.map_or((lang.words().labels.keyword)("other"), |k| {
                (lang.words().labels.keyword)(k.word())
            });
            crate::rows::wording::kind_count(word, *n, lang)
        })
        .collect();
    vec![Para::new(parts.join(sep), Tone::Plain)]
}
