//! Section names, field labels and the words around a comparison shared by every view.

use super::area::area;

area! {
    /// The names of the sections and of the fields they show.
    pub struct Labels {
        words {
            overview, figures, topics, people, program, outcomes, timeline, notes, sources,
            name, dates, place, theme, summary, organizer, conference, organizations,
            in_both, returning, sessions_by_kind, no_topic, unchanged,
            units_differ, counted_differently, units_differ_across, counted_differently_across, no_figure, basis, basis_not_stated, note,
            headline_figures, central_topics, none_listed, list_ended,
        }
        sentences {
            /// "Only in 2014 Wuzhen".
            only_in: fn(&str) -> String,
            /// The heading of entries the other edition's list does not name; `true` when
            /// that list is declared partial.
            not_listed_for: fn(&str, bool) -> String,
            /// The empty side of an entry the other edition's complete list lacks.
            not_in: fn(&str) -> String,
            /// "Day 2".
            day: fn(u32) -> String,
            /// "Counted: as reported", a label before its value.
            labelled: fn(&str, &str) -> String,
            /// A remark in brackets: "(none listed)".
            bracketed: fn(&str) -> String,
            /// A country's name from its ISO code.
            country: fn(&str) -> &str,
            /// A word of the content format (a kind or a status).
            keyword: fn(&str) -> &str,
        }
    }
}
