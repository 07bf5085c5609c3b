//! `[coverage.KIND]` tables: how complete an edition's lists are. The checks that need the
//! lists themselves (a total against the number listed) are made when the edition resolves.

use crate::decode::{Decoder, Located, Value};
use crate::diagnostic::Problem;
use crate::fields::{COVERAGE, TOTAL};
use crate::grammar::closest;
use crate::model::ListKind;
use crate::raw::RawCoverage;
use crate::sanitize::TextShape::Line;

pub(super) fn coverage(d: &mut Decoder, v: &Value) -> Option<Vec<RawCoverage>> {
    let table = d.table(v, "coverage")?;
    let mut kinds: Vec<_> = table.iter().collect();
    kinds.sort_by_key(|(key, _)| key.span().start);
    let mut out = Vec::new();
    for (key, value) in kinds {
        let name = key.get_ref().as_ref();
        let Some(kind) = ListKind::from_word(name) else {
            let problem = Problem::UnknownCoverageKind {
                name: name.to_string(),
                near: closest(name, ListKind::WORDS.iter().copied()).map(str::to_string),
                takes: ListKind::WORDS.to_vec(),
            };
            d.report(problem, key.span());
            continue;
        };
        let what = table_name(kind);
        let Some(fields) = d.table(value, what) else {
            continue;
        };
        let f = d.fields_named(fields, value.span(), what, &COVERAGE);
        let complete = d.required(&f, "complete", |d, v| {
            d.boolean(v).map(|value| Located {
                value,
                span: v.span(),
            })
        });
        let total = d.optional(&f, "total", |d, v| {
            let total = d.integer(v)?;
            match u64::try_from(total.value) {
                Ok(value) if TOTAL.contains(total.value) => Some(Located {
                    value,
                    span: total.span,
                }),
                _ => {
                    let problem = Problem::NegativeTotal { total: total.value };
                    d.report(problem, total.span);
                    None
                }
            }
        });
        let note = d.optional(&f, "note", |d, v| d.text(v, Line));
        let (Some(complete), Ok(total), Ok(note)) = (complete, total, note) else {
            continue;
        };
        out.push(RawCoverage {
            kind,
            complete,
            total,
            note,
        });
    }
    Some(out)
}

/// How messages name a coverage table.
fn table_name(kind: ListKind) -> &'static str {
    match kind {
        ListKind::People => "[coverage.people]",
        ListKind::Orgs => "[coverage.orgs]",
        ListKind::Sessions => "[coverage.sessions]",
        ListKind::Outcomes => "[coverage.outcomes]",
        ListKind::Timeline => "[coverage.timeline]",
    }
}
