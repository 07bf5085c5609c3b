//! Two series side by side: `confer series A B` and the series view with a second series.

use super::area::area;

area! {
    /// Two series side by side: their view, text and Markdown.
    pub struct Pair {
        words {
            /// Above the charts of the figures both series give.
            figures_heading,
            no_common_figure,
            themes_heading,
            people_heading,
            orgs_heading,
            /// Under the people and organizations in both series: a short list is not
            /// an absence.
            lists_caveat,
            nobody_in_both,
            /// A year of a table in which a series has no edition in the content.
            no_edition,
            /// The name column of the table of those in both.
            name,
            /// The series view's status line with a second series beside.
            hint,
            /// Between the years of one series in the list of those in both.
            year_sep,
        }
        sentences {
            /// The heading: (one series' name, the other's).
            title: fn(&str, &str) -> String,
            /// A series in the legend: (its id, its name, how many editions over which years).
            legend: fn(&str, &str, &str) -> String,
            /// What the mark of a year counted otherwise means: (mark, series id, year, basis).
            differing: fn(&str, &str, i64, &str) -> String,
            /// A series' years in the list of those in both: (series id, years).
            appearances: fn(&str, &str) -> String,
        }
    }
}
