//! Coverage declarations against the lists they describe: a total is never below what is
//! listed, and a list declared complete lists exactly its total.

use super::Resolver;
use crate::diagnostic::Diagnostic;
use crate::model::{Coverage, ListKind};
use crate::raw::RawCoverage;

impl Resolver<'_> {
    pub(super) fn coverage_of(
        &mut self,
        raw: &[RawCoverage],
        listed: impl Fn(ListKind) -> usize,
    ) -> Vec<(ListKind, Coverage)> {
        raw.iter()
            .map(|c| {
                let n = listed(c.kind);
                if let Some(total) = &c.total {
                    let what = listed_words(c.kind, n);
                    if total.value < n as u64 {
                        Diagnostic::error(
                            format!("total {} is below the {what} listed", total.value),
                            self.at(total.span.clone()),
                        )
                        .with_label("fewer than are listed")
                        .with_help(format!(
                            "a total counts every one there was, listed or not: at least {n}"
                        ))
                        .push_to(self.diagnostics);
                    } else if c.complete.value && total.value != n as u64 {
                        Diagnostic::error(
                            format!(
                                "complete = true, but total {} differs from the {what} listed",
                                total.value
                            ),
                            self.at(total.span.clone()),
                        )
                        .with_label("not the number listed")
                        .with_help(format!(
                            "set total = {n}, or complete = false if the list leaves some out"
                        ))
                        .push_to(self.diagnostics);
                    }
                }
                let coverage = Coverage {
                    complete: c.complete.value,
                    total: c.total.as_ref().map(|t| t.value),
                    note: c.note.clone(),
                };
                (c.kind, coverage)
            })
            .collect()
    }
}

/// "16 sessions", "1 person".
fn listed_words(kind: ListKind, n: usize) -> String {
    let (one, many) = match kind {
        ListKind::People => ("person", "people"),
        ListKind::Orgs => ("organization", "organizations"),
        ListKind::Sessions => ("session", "sessions"),
        ListKind::Outcomes => ("outcome", "outcomes"),
        ListKind::Timeline => ("timeline event", "timeline events"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}
