//! The rules of an edition's dates: `end` not before `start`, `year` the year of `start`,
//! and every session on a day of the edition.

use super::Resolver;
use crate::diagnostic::Problem;
use crate::model::Date;
use crate::raw::{RawEdition, RawSession};

impl Resolver<'_> {
    /// Judges the `[edition]` table's dates against each other.
    pub(super) fn edition_dates(&mut self, e: &RawEdition) {
        let (start, end) = (e.start.value, e.end.value);
        if end < start {
            let problem = Problem::EndBeforeStart {
                start: start.to_string(),
                end: end.to_string(),
            };
            self.report(problem, e.end.span.clone());
        }
        if e.year.value != i64::from(start.year) {
            let problem = Problem::YearNotStart {
                year: e.year.value,
                start: start.to_string(),
                start_year: start.year,
            };
            self.report(problem, e.year.span.clone());
        }
    }

    /// Reports each session set on a day after the edition's last (`end - start + 1`).
    pub(super) fn session_days(&mut self, sessions: &[RawSession], start: Date, end: Date) {
        if end < start {
            return; // Already an error; every day would be past a negative length.
        }
        let last = start.days_to(end) + 1;
        for s in sessions {
            let day = i64::from(s.day.value);
            if day > last {
                let problem = Problem::DayPastEnd {
                    day,
                    last,
                    start: start.to_string(),
                    end: end.to_string(),
                };
                self.report(problem, s.day.span.clone());
            }
        }
    }
}
