//! Coverage declarations against the lists they describe: a total is never below what is
//! listed, and a list declared complete lists exactly its total.

use super::Resolver;
use crate::diagnostic::Problem;
use crate::diagnostic::problem::Listed;
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
                    let listed = Listed { kind: c.kind, n };
                    if total.value < n as u64 {
                        let problem = Problem::TotalBelowListed {
                            total: total.value,
                            listed,
                        };
                        self.report(problem, total.span.clone());
                    } else if c.complete.value && total.value != n as u64 {
                        let problem = Problem::TotalNotListed {
                            total: total.value,
                            listed,
                        };
                        self.report(problem, total.span.clone());
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
