//! The rules of an edition's dates: `end` not before `start`, `year` the year of `start`,
//! and every session on a day of the edition.

use super::Resolver;
use crate::diagnostic::Diagnostic;
use crate::model::Date;
use crate::raw::{RawEdition, RawSession};

impl Resolver<'_> {
    /// Judges the `[edition]` table's dates against each other.
    pub(super) fn edition_dates(&mut self, e: &RawEdition) {
        let (start, end) = (e.start.value, e.end.value);
        if end < start {
            Diagnostic::error(
                format!("end {end} is before start {start}"),
                self.at(e.end.span.clone()),
            )
            .with_label("the edition cannot end before it starts")
            .with_help("swap start and end, or correct the year")
            .push_to(self.diagnostics);
        }
        if e.year.value != i64::from(start.year) {
            Diagnostic::error(
                format!("year {} is not the year of start ({start})", e.year.value),
                self.at(e.year.span.clone()),
            )
            .with_label("an edition's year is the year it starts")
            .with_help(format!("write `year = {}`, or correct start", start.year))
            .push_to(self.diagnostics);
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
                let days = if last == 1 { "day" } else { "days" };
                Diagnostic::error(
                    format!("day {day} is past the edition's last day ({last})"),
                    self.at(s.day.span.clone()),
                )
                .with_label(format!("the edition runs {last} {days}, {start} to {end}"))
                .with_help(format!(
                    "days count from 1 (the first day, {start}); correct the day, or end"
                ))
                .push_to(self.diagnostics);
            }
        }
    }
}
