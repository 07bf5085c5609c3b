//! The slides: their titles and what they say when there is nothing to show.

use super::area::area;

area! {
    /// The slides: their titles and what they say when there is nothing to show.
    pub struct Slides {
        words {
            program_title,
            no_sessions,
            series_title,
            reading,
            no_common_figure,
            glance_title,
            returned_both,
            returned_people,
            returned_orgs,
            /// The year column of an exported chart.
            year,
            /// The value column of an exported chart.
            value,
        }
        sentences {
            /// Above a chart too long for the screen: how many earlier editions are left out.
            left_out: fn(usize) -> String,
            /// The same, where later editions are left out too, to keep the two compared
            /// on the chart.
            left_out_around: fn(usize) -> String,
            /// An edition's count of sessions: (count, complete?, total, count as a number).
            sessions: fn(&str, Option<bool>, Option<&str>, usize) -> String,
            /// A series slide whose figure no edition gives.
            no_such_figure: fn(&str) -> String,
            /// The title of a figure's chart.
            over_the_years: fn(&str) -> String,
            /// A year's note under a chart.
            year_note: fn(i64, &str) -> String,
            /// The talk's clock.
            elapsed: fn(&str) -> String,
            /// The figures one edition alone gives.
            only_figures: fn(&str) -> String,
            /// A slide's title with its page where it is in parts.
            part: fn(&str, usize, usize) -> String,
        }
    }
}
